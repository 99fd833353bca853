import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { parseCriteria } from '../../src/domain/criteria/parse-criteria';
import { unwrap } from './load-instrument';

const kept = (version: number): unknown =>
  JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/formats/lansinventering-criteria', `v${version}.json`), 'utf8'));

const fromVersion2 = unwrap(parseCriteria(kept(2)), 'the kept version-2 criteria');

test('criteria of version 2 are read as revision 1 of the rule, with no earlier revisions and no guide', () => {
  expect(fromVersion2.version).toBe(3);
  expect(fromVersion2.revision).toBe(1);
  expect(fromVersion2.revisions).toEqual([]);
  expect(fromVersion2.guide).toBeUndefined();
});

test('an area of version 2 keeps its title and takes it as its short title too', () => {
  expect(fromVersion2.areas.map((area) => area.shortTitle)).toEqual(fromVersion2.areas.map((area) => area.title));
});

test('a condition of version 2 says that its file did not state its basis, and counts as the file’s own choice', () => {
  const bases = fromVersion2.areas.flatMap((area) => area.levels.flatMap((level) => level.conditions.map((condition) => condition.basis)));
  expect(bases.length).toBeGreaterThan(0);
  expect(new Set(bases.map((basis) => `${basis.kind}: ${basis.why.sv}`))).toEqual(
    new Set(['tolkning: Kriteriefilen (version 2) angav inte villkorets grund.']),
  );
});

test('the levels of version 2 have no descriptions and the conditions it had', () => {
  const area4 = fromVersion2.areas.find((area) => area.id === '4');
  expect(area4?.levels.map((level) => level.description)).toEqual([undefined, undefined, undefined]);
  expect(area4?.levels[1]?.conditions.map((condition) => condition.statements)).toEqual([['4.1']]);
});

test('criteria of version 1 pass through version 2 to the same result', () => {
  const fromVersion1 = unwrap(parseCriteria(kept(1)), 'the kept version-1 criteria');
  expect(fromVersion1.revision).toBe(1);
  expect(fromVersion1.areas[0]?.levels[0]?.conditions[0]?.basis.kind).toBe('tolkning');
});
