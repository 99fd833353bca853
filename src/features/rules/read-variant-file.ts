import type { Criteria } from '../../domain/criteria/criteria-schema';
import type { Result } from '../../domain/problems';
import { parseRuleVariant, type RuleVariant } from '../../domain/rules/rule-variant';

const MAX_BYTES = 1024 * 1024;

const problem = (message: string): Result<RuleVariant> => ({ ok: false, problems: [{ path: '(filen)', message }] });

/** Reads a chosen variant file and checks it against the criteria. Never throws. */
export async function readVariantFile(file: File, criteria: Criteria): Promise<Result<RuleVariant>> {
  if (file.size > MAX_BYTES) return problem('filen är större än 1 MB och kan inte vara en regelvariant');
  let text: string;
  try {
    text = await file.text();
  } catch {
    return problem('filen kunde inte läsas');
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return problem(`är inte giltig JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return parseRuleVariant(json, criteria);
}
