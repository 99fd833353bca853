import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildInstrument } from '../../src/domain/criteria/instrument';
import { describeProblem } from '../../src/domain/problems';
import { rateArea } from '../../src/domain/rating/rate-area';
import {
  applyVariant,
  isDefaultVariant,
  parseRuleVariant,
  toRuleVariantFile,
  variantFromCriteria,
  withThreshold,
  type RuleVariant,
} from '../../src/domain/rules/rule-variant';
import { allScored, areaById, loadCounties, loadCriteria } from './load-instrument';

const criteria = loadCriteria();
const counties = loadCounties();
const defaults = () => variantFromCriteria(criteria, 'Prov');
const file = () => JSON.parse(JSON.stringify(toRuleVariantFile(defaults()))) as Record<string, unknown> & ReturnType<typeof toRuleVariantFile>;

/** Runs `edit` on a fresh copy of the default variant file and reads it back. */
function problemsAfter(edit: (doc: ReturnType<typeof file>) => void): string[] {
  const doc = file();
  edit(doc);
  const result = parseRuleVariant(doc, criteria);
  return result.ok ? [] : result.problems.map(describeProblem);
}

describe('variantFromCriteria and the file', () => {
  test('the default variant has the criteria thresholds in the same places', () => {
    const variant = defaults();
    expect(variant.criteria).toBe('bilaga1-2016');
    expect(variant.areas.map((area) => area.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(variant.areas[4]?.levels).toEqual([{ conditions: [{ minScore: 2, atLeast: 8 }] }, { conditions: [{ minScore: 1, atLeast: 1 }] }, { conditions: [] }]);
    expect(isDefaultVariant(criteria, variant)).toBe(true);
  });

  test('a written variant file reads back to the same variant', () => {
    const variant = withThreshold(defaults(), 4, 0, 0, { minScore: 2, atLeast: 6 });
    const result = parseRuleVariant(JSON.parse(JSON.stringify(toRuleVariantFile(variant))), criteria);
    expect(result).toEqual({ ok: true, value: variant });
    expect(isDefaultVariant(criteria, variant)).toBe(false);
  });

  test('the kept example file loads', () => {
    const path = resolve(process.cwd(), 'tests/fixtures/formats/lansinventering-rule-variant/v1.json');
    const result = parseRuleVariant(JSON.parse(readFileSync(path, 'utf8')), criteria);
    expect(result.ok && result.value.areas[4]?.levels[0]?.conditions[0]).toEqual({ minScore: 2, atLeast: 6 });
  });

  test('a file written before revision 2 of the rule gets the condition it added, with the criteria’s thresholds', () => {
    const path = resolve(process.cwd(), 'tests/fixtures/formats/lansinventering-rule-variant/v1.json');
    const result = parseRuleVariant(JSON.parse(readFileSync(path, 'utf8')), criteria);
    expect(result.ok && result.value.areas[3]?.levels[1]?.conditions).toEqual([
      { minScore: 1, atLeast: 1 },
      { minScore: 1, atLeast: 1 },
    ]);
  });
});

/* [what is wrong, edit, expected messages] */
test.each<[string, (doc: ReturnType<typeof file>) => void, string[]]>([
  ['atLeast above the statements read', (d) => { d.areas[2]!.levels[0]!.conditions[0]!.atLeast = 4; }, ['areas[2].levels[0].conditions[0].atLeast: atLeast 4 är fler än villkorets 3 påståenden']],
  ['atLeast 0', (d) => { d.areas[2]!.levels[0]!.conditions[0]!.atLeast = 0; }, ['areas[2].levels[0].conditions[0].atLeast: atLeast måste vara minst 1']],
  ['minScore 3', (d) => { (d.areas[0]!.levels[1]!.conditions[1] as { minScore: number }).minScore = 3; }, ['areas[0].levels[1].conditions[1].minScore: poängen måste vara 0, 1 eller 2']],
  ['another criteria id', (d) => { d.criteria = 'annan'; }, ["criteria: varianten gäller kriterierna 'annan', men de inlästa kriterierna är 'bilaga1-2016'"]],
  ['an area too few', (d) => { d.areas.pop(); }, ['areas: ska ha 6 områden som kriterierna, har 5']],
  ['areas in another order', (d) => { d.areas.reverse(); }, expect.arrayContaining(["areas[0].id: förväntade området '1', fick '6'"]) as unknown as string[]],
  ['a level too few', (d) => { d.areas[1]!.levels.pop(); }, ['areas[1].levels: ska ha 3 nivåer som kriterierna, har 2']],
  ['a condition too many', (d) => { d.areas[3]!.levels[1]!.conditions.push({ minScore: 1, atLeast: 1 }); }, ['areas[3].levels[1].conditions: ska ha 2 villkor som kriterierna, har 3']],
  ['no name', (d) => { d.name = '  '; }, ['name: varianten måste ha ett namn']],
  ['an unknown field', (d) => { (d as Record<string, unknown>).extra = 1; }, [expect.stringMatching(/^\(filen\): .*extra/) as unknown as string]],
])('a variant file with %s is refused with its place', (_what, edit, expected) => {
  expect(problemsAfter(edit)).toEqual(expected);
});

test('a file of another format or a newer version is refused', () => {
  expect(parseRuleVariant({ format: 'lansinventering-scores', version: 1 }, criteria)).toMatchObject({ ok: false, problems: [{ path: 'format' }] });
  expect(parseRuleVariant({ format: 'lansinventering-rule-variant', version: 2 }, criteria)).toMatchObject({ ok: false, problems: [{ path: 'version' }] });
});

describe('applyVariant', () => {
  test('the default variant gives back the criteria unchanged', () => {
    expect(applyVariant(criteria, defaults())).toEqual({ ok: true, value: criteria });
  });

  test('only the thresholds change; statements, labels and texts stay', () => {
    const result = applyVariant(criteria, withThreshold(defaults(), 4, 0, 0, { minScore: 2, atLeast: 6 }));
    if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
    const [before, after] = [criteria.areas[4]!, result.value.areas[4]!];
    expect(after.levels[0]?.conditions[0]).toEqual({ ...before.levels[0]!.conditions[0], atLeast: 6 });
    expect({ ...after, levels: [] }).toEqual({ ...before, levels: [] });
    expect(after.levels.map((level) => level.label)).toEqual(before.levels.map((level) => level.label));
    expect(criteria.areas[4]?.levels[0]?.conditions[0]?.atLeast).toBe(8);
  });

  test('the built instrument rates with the new thresholds', () => {
    const result = applyVariant(criteria, withThreshold(defaults(), 1, 0, 0, { minScore: 1, atLeast: 6 }));
    if (!result.ok) throw new Error('expected ok');
    const instrument = buildInstrument(result.value, counties);
    const rating = rateArea(instrument, areaById(instrument, '2'), allScored(instrument, 1));
    expect(rating.status === 'rated' && rating.level).toBe(2);
  });

  test.each<[string, RuleVariant, string[]]>([
    ['atLeast above the statements', withThreshold(defaults(), 3, 0, 1, { minScore: 2, atLeast: 2 }), ['areas[3].levels[0].conditions[1].atLeast: atLeast 2 är fler än villkorets 1 påståenden']],
    ['another criteria id', { ...defaults(), criteria: 'x' }, ["criteria: varianten gäller kriterierna 'x', men de inlästa kriterierna är 'bilaga1-2016'"]],
    ['atLeast 0', withThreshold(defaults(), 0, 0, 0, { minScore: 2, atLeast: 0 }), ['areas[0].levels[0].conditions[0].atLeast: atLeast måste vara minst 1']],
  ])('a variant with %s is refused by path', (_what, variant, expected) => {
    const result = applyVariant(criteria, variant);
    expect(result.ok ? [] : result.problems.map(describeProblem)).toEqual(expected);
  });
});
