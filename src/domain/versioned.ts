import * as z from 'zod/mini';
import { fail, formatPath, ok, problemsFromZod, swedishErrors, type Problem, type Result } from './problems';

/** `migrations[v]` lifts a parsed version-v document to version v + 1. */
export type Migrations = Readonly<Record<number, (previous: unknown) => unknown>>;

/**
 * A file format with a name and numbered versions. Each version has its own zod schema; an old
 * file is read by parsing it with its own schema and migrating it step by step to the current
 * version, where the current schema checks the result again.
 */
export type VersionedFormat<Current> = {
  format: string;
  /** Swedish name used in messages, e.g. "kriteriefilen". */
  noun: string;
  current: number;
  currentSchema: z.ZodMiniType<Current>;
  olderSchemas: Record<number, z.ZodMiniType>;
  migrations: Migrations;
};

const headerSchema = z.object({ format: z.string(), version: z.unknown() });

/**
 * JSON.parse keeps a key named "__proto__" as an ordinary key, but copying it into a new object
 * (as schema parsing does) silently drops it. Such a key is never valid, so it is reported.
 */
function findProtoKeys(value: unknown, path: PropertyKey[] = []): Problem[] {
  if (typeof value !== 'object' || value === null) return [];
  const found: Problem[] = [];
  for (const key of Object.keys(value)) {
    if (key === '__proto__') {
      found.push({ path: `${formatPath(path)}["__proto__"]`, message: 'otillåten nyckel "__proto__"' });
    } else {
      const at = [...path, Array.isArray(value) ? Number(key) : key];
      found.push(...findProtoKeys((value as Record<string, unknown>)[key], at));
    }
  }
  return found;
}

export function readVersioned<Current>(input: unknown, spec: VersionedFormat<Current>): Result<Current> {
  const header = headerSchema.safeParse(input, swedishErrors);
  if (!header.success) {
    const problems: Problem[] = [
      { path: '(filen)', message: `${spec.noun} saknar "format" och "version" och kan inte läsas` },
    ];
    return fail(problems);
  }
  const { format, version } = header.data;
  if (format !== spec.format) {
    return fail([{ path: 'format', message: `förväntade "${spec.format}", fick "${format}"` }]);
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return fail([{ path: 'version', message: `ska vara ett heltal, fick ${JSON.stringify(version)}` }]);
  }
  const protoKeys = findProtoKeys(input);
  if (protoKeys.length > 0) return fail(protoKeys);
  if (version > spec.current) {
    return fail([
      {
        path: 'version',
        message: `version ${version} är nyare än den här appen kan läsa (högst ${spec.current}); uppdatera appen`,
      },
    ]);
  }
  if (version === spec.current) return parseWith(spec.currentSchema, input);
  const schema = spec.olderSchemas[version];
  if (!schema) return fail([{ path: 'version', message: `okänd version ${version}` }]);
  const parsed = parseWith(schema, input);
  if (!parsed.ok) return parsed;
  let doc = parsed.value;
  for (let v = version; v < spec.current; v += 1) {
    const migrate = spec.migrations[v];
    if (!migrate) return fail([{ path: 'version', message: `ingen migrering från version ${v}` }]);
    doc = migrate(doc);
  }
  return parseWith(spec.currentSchema, doc);
}

function parseWith<T>(schema: z.ZodMiniType<T>, input: unknown): Result<T> {
  const parsed = schema.safeParse(input, swedishErrors);
  return parsed.success ? ok(parsed.data) : fail(problemsFromZod(parsed.error));
}
