import { expect, test } from 'vitest';
import { parseCounties } from '../../src/domain/criteria/parse-criteria';
import { countyLookup } from '../../src/domain/csv/csv-cells';
import type { Result } from '../../src/domain/problems';
import type { Incoming } from '../../src/domain/workspace/import-plan';
import { STATEMENT_IDS } from './csv-lines';
import { readScoresCsv } from './csv-support';
import { loadInstrument, readCriteriaJson } from './load-instrument';

// The 2016 report writes "Sörmland" for 04 Södermanland; criteria/counties.json gives it as an alias.
const instrument = loadInstrument();

test('the shipped county list knows 04 Södermanland also as Sörmland, and lists it by its own name', () => {
  const county = instrument.counties.find((candidate) => candidate.code === '04');
  expect(county).toEqual({ code: '04', name: 'Södermanland', aliases: ['Sörmland'] });
});

test.each([
  ['04', '04'],
  ['4', '04'],
  ['Södermanland', '04'],
  ['södermanland', '04'],
  ['Sörmland', '04'],
  ['sörmland', '04'],
  ['SÖRMLAND', '04'],
  ['So\u0308rmland', '04'],
  ['Jönköping', '06'],
  ['Sörmlands', undefined],
  ['Sörm', undefined],
  ['02', undefined],
])('the county cell %j is read as county %s', (text, code) => {
  expect(countyLookup(instrument)(text)).toBe(code);
});

/** The codes of the counties a scores file gave a score to, whichever form it was read as. */
function countiesScored(result: Result<Incoming>): string[] {
  if (!result.ok) throw new Error(result.problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n'));
  const incoming = result.value;
  const sheets = incoming.kind === 'one-round' ? [incoming.scores.assessments] : Object.values(incoming.workspace.data).map((record) => record.agreed);
  return sheets.flatMap((sheet) => Object.keys(sheet));
}

const wideHeader = `lan;namn;${STATEMENT_IDS.join(';')}`;
const wideRow = (county: string, name: string) => [county, name, '2', ...STATEMENT_IDS.slice(1).map(() => '')].join(';');
const FORMS = [
  ['the long form, version 2', (name: string) => `omgang;lan;bedomare;pastaende;poang;anteckning\r\n2016;${name};;1.1;2;\r\n`],
  ['the long form, version 1', (name: string) => `lan;pastaende;poang;anteckning\r\n${name};1.1;2;\r\n`],
  ['the wide form’s lan column', (name: string) => `${wideHeader}\r\n${wideRow(name, '')}\r\n`],
  ['the wide form’s namn column beside 04', (name: string) => `${wideHeader}\r\n${wideRow('04', name)}\r\n`],
] as const;
const NAMES = ['Sörmland', 'sörmland', 'SÖRMLAND', 'So\u0308rmland', 'Södermanland'];

test.each(FORMS.flatMap(([form, file]) => NAMES.map((name) => [name, form, file(name)] as const)))(
  '%j in %s is county 04',
  (_name, _form, text) => {
    expect(countiesScored(readScoresCsv(text, instrument))).toEqual(['04']);
  },
);

test('Sörmland beside another county’s code in the wide form is refused, naming the county the code is', () => {
  expect(readScoresCsv(`${wideHeader}\r\n${wideRow('05', 'Sörmland')}\r\n`, instrument)).toEqual({
    ok: false,
    problems: [{ path: 'rad 2, kolumn "namn"', message: "'Sörmland' är inte namnet på län 05 (Östergötland)" }],
  });
});

type CountiesJson = { version: number; counties: { code: string; name: string; aliases?: string[] }[] };

test.each<[string, (json: CountiesJson) => void, string, string]>([
  ['another county’s name', (json) => json.counties[2]?.aliases?.push('uppsala'), 'counties[2].aliases[1]', "dubblett: namnet 'uppsala' står redan för län 03"],
  ['its own name in capitals', (json) => json.counties[2]?.aliases?.push('SÖDERMANLAND'), 'counties[2].aliases[1]', "dubblett: namnet 'SÖDERMANLAND' står redan för län 04"],
  ['nothing but spaces', (json) => json.counties[2]?.aliases?.push('  '), 'counties[2].aliases[1]', 'får inte vara tom'],
  ['taken as the name of a later county', (json) => { json.counties[3]!.name = 'SÖRMLAND'; }, 'counties[3].name', "dubblett: namnet 'SÖRMLAND' står redan för län 04"],
])('a county list with an alias that is %s is refused at its place', (_what, mutate, path, message) => {
  const json = readCriteriaJson('counties.json') as CountiesJson;
  mutate(json);
  expect(parseCounties(json)).toEqual({ ok: false, problems: [{ path, message }] });
});

test('a county list of version 1 has no aliases, and one that gives them is refused', () => {
  const json = readCriteriaJson('counties.json') as CountiesJson;
  json.version = 1;
  const result = parseCounties(json);
  expect(result.ok ? [] : result.problems.map((problem) => problem.path)).toEqual(['counties[2]']);
  delete json.counties[2]?.aliases;
  expect(parseCounties(json)).toEqual({ ok: true, value: instrument.counties.map(({ code, name }) => ({ code, name })) });
});
