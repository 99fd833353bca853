import { expect, test } from 'vitest';
import { ratingsCsvHeader, toRatingsCsv } from '../../src/domain/csv/ratings-csv';
import type { Language } from '../../src/domain/localize';
import { EMPTY_ROUND_SCORES, type RoundScores } from '../../src/domain/workspace/assessment';
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

const AREA_COLUMNS = (id: number) => `omrade_${id}_niva;omrade_${id}_nivanamn;omrade_${id}_regelns_niva;omrade_${id}_gruppens_niva;omrade_${id}_motivering`;
const HEADER = `lan;namn;${[1, 2, 3, 4, 5, 6].map(AREA_COLUMNS).join(';')}`;

/** An area's five cells where the rule's level counts: the level, its label, the rule's level again, no group level, no reason. */
const byRule = (level: number | '', label: string) => `${level};${label};${level};;`;

test('the header has fixed ASCII names: lan, namn and per area the level, its name, the rule’s level, the group’s level and the reason', () => {
  expect(ratingsCsvHeader(instrument).join(';')).toBe(HEADER);
  expect(HEADER).toMatch(/^[\x20-\x7e]+$/);
});

test.each<[Language, Record<string, string[]>]>([
  [
    'sv',
    {
      '01': [byRule(1, 'Outvecklad struktur'), byRule(1, 'Aktör saknas'), byRule(1, 'Outvecklat stöd'), byRule(1, 'Outvecklade samarbeten och överblick'), byRule(1, 'Otillräcklig kapacitet och kompetens'), byRule(1, 'Otillräcklig kvalitetssäkring')],
      '03': [byRule(2, 'Bitvis välutvecklad struktur'), byRule(2, 'Aktör finns inom vissa områden'), byRule(2, 'Bitvis välutvecklat stöd'), byRule(2, 'Bitvis välutvecklade samarbeten och överblick'), byRule(2, 'Bitvis välutvecklad kapacitet och kompetens'), byRule(2, 'Bitvis välutvecklad kvalitetssäkring')],
      '12': [byRule(3, 'Välutvecklad struktur'), byRule(3, 'Aktör finns inom alla områden'), byRule(3, 'Välutvecklat stöd'), byRule(3, 'Välutvecklade samarbeten och överblick'), byRule(3, 'Välutvecklad kapacitet och kompetens'), byRule(3, 'Välutvecklad kvalitetssäkring')],
      '17': [byRule('', 'Ej bedömd'), byRule('', 'Ej bedömd'), byRule(2, 'Bitvis välutvecklat stöd'), byRule('', 'Ej bedömd'), byRule('', 'Ej bedömd'), byRule('', 'Ej bedömd')],
      '04': Array.from({ length: 6 }, () => byRule('', 'Ej bedömd')),
    },
  ],
  [
    'en',
    {
      '01': [byRule(1, 'Undeveloped structure'), byRule(1, 'No actor'), byRule(1, 'Undeveloped support'), byRule(1, 'Undeveloped collaboration and overview'), byRule(1, 'Insufficient capacity and competence'), byRule(1, 'Insufficient quality assurance')],
      '03': [byRule(2, 'Partly well-developed structure'), byRule(2, 'Actor in some sectors'), byRule(2, 'Partly well-developed support'), byRule(2, 'Partly well-developed collaboration and overview'), byRule(2, 'Partly well-developed capacity and competence'), byRule(2, 'Partly well-developed quality assurance')],
      '12': [byRule(3, 'Well-developed structure'), byRule(3, 'Actor in all sectors'), byRule(3, 'Well-developed support'), byRule(3, 'Well-developed collaboration and overview'), byRule(3, 'Well-developed capacity and competence'), byRule(3, 'Well-developed quality assurance')],
      '17': [byRule('', 'Not rated'), byRule('', 'Not rated'), byRule(2, 'Partly well-developed support'), byRule('', 'Not rated'), byRule('', 'Not rated'), byRule('', 'Not rated')],
      '04': Array.from({ length: 6 }, () => byRule('', 'Not rated')),
    },
  ],
])('in %s, levels are numbered 1–3 from the weakest, with the label, and Not rated leaves the numbers empty', (lang, expected) => {
  const lines = linesOf(toRatingsCsv(workspace, instrument, lang));
  expect(lines[0]).toBe(HEADER);
  const byCode = new Map(lines.slice(1).map((line) => [line.slice(0, 2), line]));
  for (const [code, areas] of Object.entries(expected)) expect(byCode.get(code)?.split(';').slice(2).join(';')).toBe(areas.join(';'));
});

test('where the group set a level against the rule, the level counted is the group’s, with the rule’s level beside it and the reason', () => {
  const withGroup: RoundScores = {
    ...workspace,
    groupLevels: {
      // Uppsala: the rule gives level 2 of 3 in area 1, the group 3; in area 2 the group set the rule's own level.
      '03': { '1': { level: 2, reason: 'Styrgruppen beslutar; se "protokoll"' }, '2': { level: 1, reason: 'Samma som regeln' } },
      // Värmland: area 1 is not rated, so a level the group set earlier does not apply.
      '17': { '1': { level: 0, reason: 'Äldre bedömning' } },
      // Skåne: the group sets area 6 below the rule.
      '12': { '6': { level: 0, reason: '=ingen uppföljning' } },
    },
  };
  const byCode = new Map(linesOf(toRatingsCsv(withGroup, instrument, 'sv')).slice(1).map((line) => [line.slice(0, 2), line]));
  expect(byCode.get('03')).toMatch(/^03;Uppsala;3;Välutvecklad struktur;2;3;"Styrgruppen beslutar; se ""protokoll""";2;Aktör finns inom vissa områden;2;;;/);
  expect(byCode.get('17')).toMatch(/^17;Värmland;;Ej bedömd;;;;/);
  expect(byCode.get('12')).toMatch(/;1;Otillräcklig kvalitetssäkring;3;1;'=ingen uppföljning$/);
});

test('every county has a row, in county-list order, scored or not', () => {
  const lines = linesOf(toRatingsCsv(EMPTY_ROUND_SCORES, instrument, 'sv'));
  expect(lines.slice(1).map((line) => line.slice(0, 2))).toEqual(instrument.counties.map((county) => county.code));
});

test('a comma file can be written on request', () => {
  const lines = linesOf(toRatingsCsv(workspace, instrument, 'sv', ','));
  expect(lines[0]).toBe(HEADER.replaceAll(';', ','));
  const labels = ['Outvecklad struktur', 'Aktör saknas', 'Outvecklat stöd', 'Outvecklade samarbeten och överblick', 'Otillräcklig kapacitet och kompetens', 'Otillräcklig kvalitetssäkring'];
  expect(lines[1]).toBe(['01', 'Stockholm', ...labels.map((label) => byRule(1, label))].join(';').replaceAll(';', ','));
});
