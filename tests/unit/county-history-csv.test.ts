import { expect, test } from 'vitest';
import { countyHistory } from '../../src/domain/change/county-history';
import { toCountyLevelsCsv, toCountyScoreChangesCsv } from '../../src/domain/csv/county-history-csv';
import type { Language } from '../../src/domain/localize';
import { historyRoundsOf, historyWorkspace } from './county-history-rounds';
import { linesOf } from './csv-lines';
import { loadInstrument } from './load-instrument';

const instrument = loadInstrument();
const jonkoping = instrument.counties.find((county) => county.code === '06')!;
const history = countyHistory(historyRoundsOf(historyWorkspace()), jonkoping);

const LEVELS_HEADER = 'omgang;omgangsnamn;period;regelrevision;lan;lansnamn;omrade;niva;nivanamn;gruppens_niva;samma_regel_som_foregaende';
const CHANGES_HEADER = 'fran_omgang;till_omgang;lan;lansnamn;pastaende;text;poang_fran;poang_till;forandring';

const ROUND_2016 = '2016;Länsinventering 2016;2016;1;06;Jönköping';
const ROUND_2021 = '2021;Uppföljning 2021;2021;2;06;Jönköping';
const ROUND_2026 = '2026;Länsinventering 2026;2026;2;06;Jönköping';

test('both headers are fixed ASCII names, whatever the language', () => {
  for (const lang of ['sv', 'en'] as const) {
    expect(linesOf(toCountyLevelsCsv(history, lang))[0]).toBe(LEVELS_HEADER);
    expect(linesOf(toCountyScoreChangesCsv(history, instrument, lang))[0]).toBe(CHANGES_HEADER);
  }
  expect(`${LEVELS_HEADER}${CHANGES_HEADER}`).toMatch(/^[\x20-\x7e]+$/);
});

test('the levels file has a row per round, earliest first, and area, with the round’s rule revision', () => {
  const lines = linesOf(toCountyLevelsCsv(history, 'sv'));
  expect(lines).toHaveLength(1 + 3 * 6);
  expect(lines.slice(1).map((line) => line.split(';').slice(0, 7).join(';'))).toEqual(
    [ROUND_2016, ROUND_2021, ROUND_2026].flatMap((round) => ['1', '2', '3', '4', '5', '6'].map((area) => `${round};${area}`)),
  );
});

test.each<[string, string, string]>([
  ['a level by the rule in the first round has no group level and no comparison', `${ROUND_2016};1`, '1;Outvecklad struktur;;'],
  ['an area rated by revision 1 in the first round', `${ROUND_2016};4`, '2;Bitvis välutvecklade samarbeten och överblick;;'],
  ['a level the group set is numbered in a column of its own', `${ROUND_2021};1`, '3;Välutvecklad struktur;3;1'],
  ['an area whose rule changed since the round before says so with 0', `${ROUND_2021};4`, '1;Outvecklade samarbeten och överblick;;0'],
  ['an area rated with the same rule as the round before says so with 1', `${ROUND_2026};4`, '1;Outvecklade samarbeten och överblick;;1'],
  ['a level by the rule after a group level has an empty group column', `${ROUND_2026};1`, '1;Outvecklad struktur;;1'],
  ['an area not rated has empty levels and says Ej bedömd', `${ROUND_2026};6`, ';Ej bedömd;;1'],
])('%s', (_case, start, rest) => {
  const lines = linesOf(toCountyLevelsCsv(history, 'sv'));
  expect(lines).toContain(`${start};${rest}`);
});

test.each<[Language, string, string]>([
  ['sv', 'Välutvecklad struktur', 'Ej bedömd'],
  ['en', 'Well-developed structure', 'Not rated'],
])('in %s the level names and Not rated follow the language', (lang, groupLabel, notRated) => {
  const lines = linesOf(toCountyLevelsCsv(history, lang));
  expect(lines).toContain(`${ROUND_2021};1;3;${groupLabel};3;1`);
  expect(lines).toContain(`${ROUND_2026};6;;${notRated};;1`);
});

test('the changes file lists, per step, the statements whose agreed score changed, with the text in the language', () => {
  expect(linesOf(toCountyScoreChangesCsv(history, instrument, 'sv')).slice(1)).toEqual([
    '2016;2021;06;Jönköping;1.1;Finns ett politiskt forum för samtliga kommuner samt region/landsting där behov kan lyftas och strategiska beslut fattas;1;2;1',
    // A negative change is neutralised like every cell that starts with a minus (csv-text.ts).
    "2021;2026;06;Jönköping;1.1;Finns ett politiskt forum för samtliga kommuner samt region/landsting där behov kan lyftas och strategiska beslut fattas;2;0;-2",
  ]);
  const english = linesOf(toCountyScoreChangesCsv(history, instrument, 'en'))[1];
  expect(english).toMatch(/^2016;2021;06;Jönköping;1\.1;[^;]*political[^;]*;1;2;1$/i);
});

test('a statement scored in only one of two rounds is not a change, and one round alone has no changes', () => {
  const lines = linesOf(toCountyScoreChangesCsv(history, instrument, 'sv'));
  expect(lines.some((line) => line.includes(';6.5;'))).toBe(false);
  const single = countyHistory(historyRoundsOf(historyWorkspace(1)), jonkoping);
  expect(linesOf(toCountyScoreChangesCsv(single, instrument, 'sv'))).toEqual([CHANGES_HEADER]);
  expect(linesOf(toCountyLevelsCsv(single, 'sv')).slice(1).every((line) => line.endsWith(';'))).toBe(true);
});

test('with a comma as delimiter, both files are comma-separated', () => {
  const lines = linesOf(toCountyScoreChangesCsv(history, instrument, 'sv', ','));
  expect(lines[0]).toBe(CHANGES_HEADER.replaceAll(';', ','));
  expect(lines[1]).toMatch(/^2016,2021,06,Jönköping,1\.1,Finns ett politiskt forum[^,]*,1,2,1$/);
  expect(linesOf(toCountyLevelsCsv(history, 'sv', ','))).toContain('2021,Uppföljning 2021,2021,2,06,Jönköping,1,3,Välutvecklad struktur,3,1');
});
