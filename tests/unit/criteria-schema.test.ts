import { describe, expect, test } from 'vitest';
import { parseCounties, parseCriteria } from '../../src/domain/criteria/parse-criteria';
import { formatPath, type Problem } from '../../src/domain/problems';
import { areaById, idRange, loadCounties, loadCriteria, loadInstrument, readCriteriaJson } from './load-instrument';

/* The mutations below poke into raw JSON; this is the loosest honest type for it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function problemsOf(mutate: (json: Json) => void): Problem[] {
  const json = readCriteriaJson('bilaga1.json') as Json;
  mutate(json);
  const result = parseCriteria(json);
  if (result.ok) throw new Error('expected the mutated criteria to be rejected');
  return result.problems;
}

describe('the shipped Bilaga 1', () => {
  test('the shipped criteria file parses', () => {
    expect(parseCriteria(readCriteriaJson('bilaga1.json')).ok).toBe(true);
  });

  test('it has the 32 statements of Bilaga 1 with ids in instrument order', () => {
    const expected = [
      ...idRange('1.', 1, 8),
      ...idRange('2.', 1, 6),
      ...idRange('3.', 1, 3),
      ...idRange('4.', 1, 2),
      ...idRange('5.', 1, 8),
      ...idRange('6.', 1, 5),
    ];
    const instrument = loadInstrument();
    expect(expected).toHaveLength(32);
    expect(instrument.statements.map((statement) => statement.id)).toEqual(expected);
    expect([...instrument.order.entries()]).toEqual(expected.map((id, index) => [id, index]));
  });

  test('it has six areas drawn as Figur 1 to 6', () => {
    const criteria = loadCriteria();
    expect(criteria.areas.map((area) => area.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(criteria.areas.map((area) => area.figure)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test.each([
    ['1', ['Outvecklad struktur', 'Bitvis välutvecklad struktur', 'Välutvecklad struktur']],
    ['2', ['Aktör saknas', 'Aktör finns inom vissa områden', 'Aktör finns inom alla områden']],
    ['3', ['Outvecklat stöd', 'Bitvis välutvecklat stöd', 'Välutvecklat stöd']],
    [
      '4',
      [
        'Outvecklade samarbeten och överblick',
        'Bitvis välutvecklade samarbeten och överblick',
        'Välutvecklade samarbeten och överblick',
      ],
    ],
    [
      '5',
      [
        'Otillräcklig kapacitet och kompetens',
        'Bitvis välutvecklad kapacitet och kompetens',
        'Välutvecklad kapacitet och kompetens',
      ],
    ],
    ['6', ['Otillräcklig kvalitetssäkring', 'Bitvis välutvecklad kvalitetssäkring', 'Välutvecklad kvalitetssäkring']],
  ])('area %s has the report’s level labels, weakest first', (areaId, labels) => {
    const area = loadInstrument().areas.find((candidate) => candidate.area.id === areaId);
    expect(area?.levelsWeakestFirst.map((level) => level.label.sv)).toEqual(labels);
    expect(area?.levelsWeakestFirst.map((level) => level.level)).toEqual([0, 1, 2]);
  });

  test.each([
    ['1', 'Styrning och mandat inom politik och förvaltning', 'Styrning och mandat'],
    ['2', 'Aktörer med länsövergripande utvecklingsansvar', 'Aktörer med utvecklingsansvar'],
    ['3', 'Geografi och täckning', 'Geografi och täckning'],
    ['4', 'Förutsättningar för samarbete', 'Samarbeten'],
    ['5', 'Kapacitet och kompetens för utvecklingsstöd i länet', 'Kapacitet och kompetens'],
    ['6', 'Kvalitetssäkring på länsövergripande nivå', 'Kvalitetssäkring'],
  ])('area %s has the report’s full name, %s, and the short %s', (areaId, title, shortTitle) => {
    const area = loadCriteria().areas.find((candidate) => candidate.id === areaId);
    expect([area?.title.sv, area?.shortTitle.sv]).toEqual([title, shortTitle]);
  });

  test('every level carries the report’s description of it, but the weakest of area 5, which the report does not describe', () => {
    const undescribed = loadInstrument().areas.flatMap((area) =>
      area.levelsWeakestFirst.filter((level) => !level.description?.en).map((level) => `${area.area.id}/${level.level}`),
    );
    expect(undescribed).toEqual(['5/0']);
  });

  test('the middle level of area 4 is described with 4.2’s own words', () => {
    const middle = areaById(loadInstrument(), '4').levelsWeakestFirst[1];
    expect(middle?.description?.sv).toContain('god kunskap om hur dessa aktörers kompetens kan åberopas');
  });

  /* Per area, per level strongest first (the fallback has none), the basis of each condition. */
  test.each([
    ['1', ['text tolkning tolkning', 'tolkning tolkning']],
    ['2', ['tolkning', 'tolkning']],
    ['3', ['text', 'text text']],
    ['4', ['text text', 'text text']],
    ['5', ['text', 'tolkning']],
    ['6', ['text', 'tolkning tolkning']],
  ])('the conditions of area %s say where they come from: %j', (areaId, expected) => {
    const area = loadCriteria().areas.find((candidate) => candidate.id === areaId);
    const kinds = area?.levels.slice(0, -1).map((level) => level.conditions.map((condition) => condition.basis.kind).join(' '));
    expect(kinds).toEqual(expected);
  });

  test('every “at least k of” threshold below all of its statements is a tolkning', () => {
    const conditions = loadCriteria().areas.flatMap((area) => area.levels.flatMap((level) => level.conditions));
    const partial = conditions.filter((condition) => condition.atLeast < condition.statements.length);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.every((condition) => condition.basis.kind === 'tolkning')).toBe(true);
  });

  test('the scale reads Obefintligt, Till viss del, Väl uppfyllt for 0, 1, 2', () => {
    expect(loadCriteria().scale).toEqual([
      { value: 0, label: { sv: 'Obefintligt', en: 'Not at all' } },
      { value: 1, label: { sv: 'Till viss del', en: 'To some extent' } },
      { value: 2, label: { sv: 'Väl uppfyllt', en: 'Fully' } },
    ]);
  });

  test('the county list has the 21 counties with their SCB codes, in code order', () => {
    const expected =
      '01 Stockholm · 03 Uppsala · 04 Södermanland · 05 Östergötland · 06 Jönköping · 07 Kronoberg · ' +
      '08 Kalmar · 09 Gotland · 10 Blekinge · 12 Skåne · 13 Halland · 14 Västra Götaland · 17 Värmland · ' +
      '18 Örebro · 19 Västmanland · 20 Dalarna · 21 Gävleborg · 22 Västernorrland · 23 Jämtland · ' +
      '24 Västerbotten · 25 Norrbotten';
    const counties = loadCounties();
    expect(counties).toHaveLength(21);
    expect(counties.map((county) => `${county.code} ${county.name}`).join(' · ')).toBe(expected);
  });
});

describe('invalid criteria', () => {
  test.each<[string, (json: Json) => void, string, string]>([
    [
      'a duplicate statement id',
      (json) => (json.areas[0].groups[1].statements[1].id = '1.7'),
      'areas[0].groups[1].statements[1].id',
      "dubblett: påståendet '1.7'",
    ],
    [
      'a condition naming an unknown statement',
      (json) => (json.areas[2].levels[0].conditions[0].statements[0] = '3.9'),
      'areas[2].levels[0].conditions[0].statements[0]',
      "okänt påstående '3.9'",
    ],
    [
      'minScore 3, outside the 0–2 scale',
      (json) => (json.areas[0].levels[0].conditions[0].minScore = 3),
      'areas[0].levels[0].conditions[0].minScore',
      'poängen måste vara 0, 1 eller 2',
    ],
    ['an area with two levels', (json) => json.areas[3].levels.splice(1, 1), 'areas[3].levels', 'exakt 3 nivåer'],
    [
      'a level without a label',
      (json) => delete json.areas[0].levels[0].label,
      'areas[0].levels[0].label',
      'förväntat object',
    ],
    ['a level with a blank label', (json) => (json.areas[0].levels[0].label.sv = '  '), 'areas[0].levels[0].label.sv', 'tom'],
    [
      'atLeast greater than the statements of the condition',
      (json) => (json.areas[1].levels[0].conditions[0].atLeast = 7),
      'areas[1].levels[0].conditions[0].atLeast',
      'atLeast 7 är fler än villkorets 6 påståenden',
    ],
    [
      'conditions on the weakest level',
      (json) => (json.areas[3].levels[2].conditions = [{ ...json.areas[3].levels[1].conditions[0], minScore: 0 }]),
      'areas[3].levels[2].conditions',
      'reservnivån',
    ],
    [
      'a level above the weakest without conditions',
      (json) => (json.areas[3].levels[1].conditions = []),
      'areas[3].levels[1].conditions',
      'minst ett villkor',
    ],
    ['an unknown field in an area', (json) => (json.areas[0].colour = 'röd'), 'areas[0]', 'Okänd nyckel: "colour"'],
    ['an area without a short title', (json) => delete json.areas[2].shortTitle, 'areas[2].shortTitle', 'förväntat object'],
    ['a blank level description', (json) => (json.areas[1].levels[2].description.sv = ''), 'areas[1].levels[2].description.sv', 'tom'],
    [
      'a condition without a basis',
      (json) => delete json.areas[0].levels[1].conditions[1].basis,
      'areas[0].levels[1].conditions[1].basis',
      'förväntat object',
    ],
    [
      'a basis of another kind',
      (json) => (json.areas[5].levels[0].conditions[0].basis.kind = 'gissning'),
      'areas[5].levels[0].conditions[0].basis.kind',
      'grunden måste vara "text" eller "tolkning"',
    ],
    [
      'a basis that does not say why',
      (json) => delete json.areas[5].levels[0].conditions[0].basis.why,
      'areas[5].levels[0].conditions[0].basis.why',
      'förväntat object',
    ],
    [
      'revision 0',
      (json) => Object.assign(json, { revision: 0, revisions: [] }),
      'revision',
      'revisionen måste vara minst 1',
    ],
    ['no earlier revisions kept', (json) => (json.revisions = []), 'revisions', 'revision 1 saknas'],
    [
      'an earlier revision kept twice',
      (json) => json.revisions.push(json.revisions[0]),
      'revisions[1].revision',
      'dubblett: revision 1 finns redan',
    ],
    ['a revision without a date', (json) => (json.revisions[0].date = '30/11/2026'), 'revisions[0].date', 'ska vara ett datum'],
    [
      'a revision of an area the criteria do not have',
      (json) => (json.revisions[0].levels['9'] = json.revisions[0].levels['4']),
      'revisions[0].levels["9"]',
      "okänt område '9'",
    ],
    [
      'a revision whose condition reads an unknown statement',
      (json) => (json.revisions[0].levels['4'][1][0].statements = ['4.3']),
      'revisions[0].levels["4"][1][0].statements[0]',
      "okänt påstående '4.3'",
    ],
    [
      'a revision of an area with two levels',
      (json) => json.revisions[0].levels['4'].pop(),
      'revisions[0].levels["4"]',
      'exakt 3 nivåer',
    ],
    [
      'a revision with a fallback level that has conditions',
      (json) => json.revisions[0].levels['4'][2].push(json.revisions[0].levels['4'][1][0]),
      'revisions[0].levels["4"][2]',
      'reservnivån',
    ],
    ['an unknown field at the top', (json) => (json.colour = 'röd'), '(filen)', 'Okänd nyckel'],
    ['another format name', (json) => (json.format = 'lansinventering-scores'), 'format', 'förväntade'],
    ['a version newer than 3', (json) => (json.version = 4), 'version', 'version 4 är nyare'],
    ['version 0, which never existed', (json) => (json.version = 0), 'version', 'okänd version 0'],
  ])('criteria with %s are rejected at the offending place', (_case, mutate, path, message) => {
    const problems = problemsOf(mutate);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe(path);
    expect(problems[0]?.message).toContain(message);
  });

  test('an earlier revision that is not earlier is refused, and the one missing is named', () => {
    expect(problemsOf((json) => (json.revisions[0].revision = 2))).toEqual([
      { path: 'revisions[0].revision', message: 'revision 2 är inte tidigare än regelns revision 2' },
      { path: 'revisions', message: expect.stringContaining('revision 1 saknas') as unknown },
    ]);
  });

  test.each([['en sträng'], [null], [[]], [42], [{}]])('%j is not a criteria file at all', (input) => {
    const result = parseCriteria(input);
    expect(result).toEqual({
      ok: false,
      problems: [{ path: '(filen)', message: expect.stringContaining('kriteriefilen saknar "format"') }],
    });
  });

  test('a county list with a duplicate code is rejected at the duplicate', () => {
    const json = readCriteriaJson('counties.json') as Json;
    json.counties[1].code = '01';
    const result = parseCounties(json);
    expect(result.ok ? [] : result.problems).toEqual([
      { path: 'counties[1].code', message: "dubblett: länskoden '01' finns redan" },
    ]);
  });

  test('a county code that is not two digits is rejected', () => {
    const json = readCriteriaJson('counties.json') as Json;
    json.counties[0].code = '1';
    const result = parseCounties(json);
    expect(result.ok ? [] : result.problems.map((problem) => problem.path)).toEqual(['counties[0].code']);
  });
});

describe('formatPath', () => {
  test.each<[PropertyKey[], string]>([
    [[], '(filen)'],
    [['format'], 'format'],
    [['areas', 2, 'levels', 0], 'areas[2].levels[0]'],
    [['areas', 2, 'levels', 0, 'conditions', 1, 'statements', 3], 'areas[2].levels[0].conditions[1].statements[3]'],
    [['assessments', 3, 'scores', '1.9'], 'assessments[3].scores["1.9"]'],
    [['1.9'], '["1.9"]'],
    [['$schema'], '$schema'],
    [['notes', 'två ord'], 'notes["två ord"]'],
    [[0, 'county'], '[0].county'],
  ])('path %j is written %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});
