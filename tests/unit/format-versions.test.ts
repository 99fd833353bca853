import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import * as z from 'zod/mini';
import { FORMATS } from '../../src/domain/formats';
import { readVersioned } from '../../src/domain/versioned';
import { loadInstrument } from './load-instrument';

const instrument = loadInstrument();
const fixturePath = (format: string, version: number) =>
  resolve(process.cwd(), 'tests/fixtures/formats', format, `v${version}.json`);

// One kept example per version per format. Old versions must go on loading, through every
// migration, for as long as the app exists; a new migration without its old fixture fails here.
const everyVersion = FORMATS.flatMap((entry) =>
  Array.from({ length: entry.current }, (_, index) => ({ ...entry, version: index + 1 })),
);

test.each(everyVersion)('a kept $format file of version $version still loads', ({ format, version, read }) => {
  const path = fixturePath(format, version);
  expect(existsSync(path), `missing fixture ${path}`).toBe(true);
  const result = read(JSON.parse(readFileSync(path, 'utf8')) as unknown, instrument);
  expect(result.ok ? [] : result.problems).toEqual([]);
});

test.each(FORMATS)('$format has one migration for each version before the current one', ({ current, migrations }) => {
  expect(Object.keys(migrations).map(Number).sort((a, b) => a - b)).toEqual(
    Array.from({ length: current - 1 }, (_, index) => index + 1),
  );
});

test.each(FORMATS)('$format refuses a file of a version newer than $current and says so', ({ format, current, read }) => {
  const result = read({ format, version: current + 1 }, instrument);
  expect(result.ok).toBe(false);
  expect(result.ok ? '' : result.problems[0]?.message).toMatch(/nyare än den här appen kan läsa/);
});

// No format has needed a migration yet, so the chain is proven on a made-up format of three versions.
const v1 = z.strictObject({ format: z.literal('exempel'), version: z.literal(1), namn: z.string() });
const v2 = z.strictObject({ format: z.literal('exempel'), version: z.literal(2), namn: z.string(), poang: z.number() });
const v3 = z.strictObject({ format: z.literal('exempel'), version: z.literal(3), titel: z.string(), poang: z.number() });
const spec = {
  format: 'exempel',
  noun: 'exempelfilen',
  current: 3,
  currentSchema: v3,
  olderSchemas: { 1: v1, 2: v2 },
  migrations: {
    1: (doc: unknown) => ({ ...(doc as z.infer<typeof v1>), version: 2, poang: 0 }),
    2: (doc: unknown) => {
      const { namn, ...rest } = doc as z.infer<typeof v2>;
      return { ...rest, version: 3, titel: namn };
    },
  },
};

test.each([
  [{ format: 'exempel', version: 1, namn: 'Gotland' }, { format: 'exempel', version: 3, titel: 'Gotland', poang: 0 }],
  [{ format: 'exempel', version: 2, namn: 'Gotland', poang: 2 }, { format: 'exempel', version: 3, titel: 'Gotland', poang: 2 }],
  [{ format: 'exempel', version: 3, titel: 'Gotland', poang: 1 }, { format: 'exempel', version: 3, titel: 'Gotland', poang: 1 }],
])('an old file is read with its own schema and migrated step by step to the current version', (input, expected) => {
  expect(readVersioned(input, spec)).toEqual({ ok: true, value: expected });
});

test('an old file that does not fit its own version is refused with the place of the problem', () => {
  expect(readVersioned({ format: 'exempel', version: 1, namn: 7 }, spec)).toEqual({
    ok: false,
    problems: [{ path: 'namn', message: expect.stringContaining('förväntat string') as unknown }],
  });
});
