import { expect, test } from 'vitest';
import { ratingsCsvHeader, toRatingsCsv } from '../../src/domain/csv/ratings-csv';
import type { Language } from '../../src/domain/localize';
import { EMPTY_ROUND_SCORES } from '../../src/domain/workspace/assessment';
import { linesOf } from './csv-lines';
import { allScored, loadInstrument, partlyScored, workspaceOf } from './load-instrument';

const instrument = loadInstrument();

/** Stockholm all 0 (weakest), Uppsala all 1 with 1.1 = 2 (middle), Skåne all 2 (strongest), Värmland only area 3 rated. */
const workspace = workspaceOf({
  '01': allScored(instrument, 0),
  '03': allScored(instrument, 1, { '1.1': 2 }),
  '12': allScored(instrument, 2),
  '17': partlyScored(instrument),
});

const HEADER =
  'lan;namn;omrade_1_niva;omrade_1_nivanamn;omrade_2_niva;omrade_2_nivanamn;omrade_3_niva;omrade_3_nivanamn;' +
  'omrade_4_niva;omrade_4_nivanamn;omrade_5_niva;omrade_5_nivanamn;omrade_6_niva;omrade_6_nivanamn';

test('the header has fixed ASCII names: lan, namn and a level and a level name per area', () => {
  expect(ratingsCsvHeader(instrument).join(';')).toBe(HEADER);
  expect(HEADER).toMatch(/^[\x20-\x7e]+$/);
});

test.each<[Language, Record<string, string>]>([
  [
    'sv',
    {
      '01': '01;Stockholm;1;Outvecklad struktur;1;Aktör saknas;1;Outvecklat stöd;1;Outvecklade samarbeten och överblick;1;Otillräcklig kapacitet och kompetens;1;Otillräcklig kvalitetssäkring',
      '03': '03;Uppsala;2;Bitvis välutvecklad struktur;2;Aktör finns inom vissa områden;2;Bitvis välutvecklat stöd;2;Bitvis välutvecklade samarbeten och överblick;2;Bitvis välutvecklad kapacitet och kompetens;2;Bitvis välutvecklad kvalitetssäkring',
      '12': '12;Skåne;3;Välutvecklad struktur;3;Aktör finns inom alla områden;3;Välutvecklat stöd;3;Välutvecklade samarbeten och överblick;3;Välutvecklad kapacitet och kompetens;3;Välutvecklad kvalitetssäkring',
      '17': '17;Värmland;;Ej bedömd;;Ej bedömd;2;Bitvis välutvecklat stöd;;Ej bedömd;;Ej bedömd;;Ej bedömd',
      '04': '04;Södermanland;;Ej bedömd;;Ej bedömd;;Ej bedömd;;Ej bedömd;;Ej bedömd;;Ej bedömd',
    },
  ],
  [
    'en',
    {
      '01': '01;Stockholm;1;Undeveloped structure;1;No actor;1;Undeveloped support;1;Undeveloped collaboration and overview;1;Insufficient capacity and competence;1;Insufficient quality assurance',
      '03': '03;Uppsala;2;Partly well-developed structure;2;Actor in some sectors;2;Partly well-developed support;2;Partly well-developed collaboration and overview;2;Partly well-developed capacity and competence;2;Partly well-developed quality assurance',
      '12': '12;Skåne;3;Well-developed structure;3;Actor in all sectors;3;Well-developed support;3;Well-developed collaboration and overview;3;Well-developed capacity and competence;3;Well-developed quality assurance',
      '17': '17;Värmland;;Not rated;;Not rated;2;Partly well-developed support;;Not rated;;Not rated;;Not rated',
      '04': '04;Södermanland;;Not rated;;Not rated;;Not rated;;Not rated;;Not rated;;Not rated',
    },
  ],
])('in %s, levels are numbered 1–3 from the weakest, with the label, and Not rated leaves the number empty', (lang, expected) => {
  const lines = linesOf(toRatingsCsv(workspace, instrument, lang));
  expect(lines[0]).toBe(HEADER);
  const byCode = new Map(lines.slice(1).map((line) => [line.slice(0, 2), line]));
  for (const [code, line] of Object.entries(expected)) expect(byCode.get(code)).toBe(line);
});

test('every county has a row, in county-list order, scored or not', () => {
  const lines = linesOf(toRatingsCsv(EMPTY_ROUND_SCORES, instrument, 'sv'));
  expect(lines.slice(1).map((line) => line.slice(0, 2))).toEqual(instrument.counties.map((county) => county.code));
});

test('a comma file can be written on request', () => {
  const lines = linesOf(toRatingsCsv(workspace, instrument, 'sv', ','));
  expect(lines[0]).toBe(HEADER.replaceAll(';', ','));
  expect(lines[1]).toBe(
    '01,Stockholm,1,Outvecklad struktur,1,Aktör saknas,1,Outvecklat stöd,1,Outvecklade samarbeten och överblick,1,Otillräcklig kapacitet och kompetens,1,Otillräcklig kvalitetssäkring',
  );
});
