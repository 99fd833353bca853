import type { core } from 'zod/mini';
import sv from 'zod/v4/locales/sv.js';

/** One thing wrong with an input file, with the place it is wrong. */
export type Problem = { path: string; message: string };

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T>(problems: Problem[]): Result<T> => ({ ok: false, problems });

/** Parse options that make zod speak Swedish. */
export const swedishErrors = { error: sv().localeError };

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Writes a path the way a person editing the JSON would look for it:
 * `areas[2].levels[0].conditions[1].statements[3]` or `assessments[3].scores["1.9"]`.
 */
export function formatPath(path: readonly PropertyKey[], lastIsRecordKey = false): string {
  let out = '';
  for (const [index, key] of path.entries()) {
    const recordKey = lastIsRecordKey && index === path.length - 1;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key) && !recordKey) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === '' ? '(filen)' : out;
}

export function problemsFromZod(error: core.$ZodError): Problem[] {
  return error.issues.map((issue) => {
    // A rejected record key ("1.9" in scores) carries the reason in its own nested issues.
    const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
    return { path: formatPath(issue.path, issue.code === 'invalid_key'), message };
  });
}

export function describeProblem(problem: Problem): string {
  return `${problem.path}: ${problem.message}`;
}
