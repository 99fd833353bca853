import { describe, expect, test } from 'vitest';
import { buildHeatmap, HEATMAP_DEFAULT_SORT, type HeatmapSort } from '../../src/domain/compare/heatmap';
import { buildOverview, OVERVIEW_DEFAULT_SORT, type OverviewSort } from '../../src/domain/compare/overview';
import { compareStatements, levelsByArea } from '../../src/domain/compare/side-by-side';
import { toHeatmapCsv } from '../../src/domain/csv/heatmap-csv';
import { toOverviewCsv } from '../../src/domain/csv/overview-csv';
import { toSideBySideCsv, type SideBySideCsvWords } from '../../src/domain/csv/side-by-side-csv';
import type { Language } from '../../src/domain/localize';
import { linesOf, STATEMENT_IDS, statementCells } from './csv-lines';
import { allScored, loadInstrument, partlyScored, workspaceOf } from './load-instrument';

const instrument = loadInstrument();
const NAMES = instrument.counties.map((county) => county.name);

/** Stockholm all 0, Uppsala all 1 with 1.1 = 2, Skåne all 2, Värmland all 1 but five unscored (only area 3 rated). */
const workspace = workspaceOf({
  '01': allScored(instrument, 0),
  '03': allScored(instrument, 1, { '1.1': 2 }),
  '12': allScored(instrument, 2),
  '17': partlyScored(instrument),
});
const UNSCORED_IN_VARMLAND = ['1.1', '2.3', '4.2', '5.5', '6.5'];
const others = (...first: string[]) => NAMES.filter((name) => !first.includes(name));

const overviewHeadings = { county: 'Län', area: (id: string, title: string) => `${id}. ${title}` };
const AREA_COLUMNS =
  '1. Styrning och mandat;2. Aktörer med utvecklingsansvar;3. Geografi och täckning;' +
  '4. Samarbeten;5. Kapacitet och kompetens;6. Kvalitetssäkring';

function overviewCsv(sort: OverviewSort, lang: Language = 'sv'): string[] {
  return linesOf(toOverviewCsv(buildOverview(instrument, workspace, sort).rows, instrument, lang, overviewHeadings, ';'));
}

describe('Överblick', () => {
  test('sorted by area 1, strongest first, the file has the rows of the view in its order and each level as text', () => {
    const NOT_RATED = Array.from({ length: 6 }, () => 'Ej bedömd').join(';');
    expect(overviewCsv({ key: { by: 'area', areaId: '1' }, direction: 'desc' })).toEqual([
      `Län;${AREA_COLUMNS}`,
      'Skåne;Välutvecklad struktur;Aktör finns inom alla områden;Välutvecklat stöd;Välutvecklade samarbeten och överblick;Välutvecklad kapacitet och kompetens;Välutvecklad kvalitetssäkring',
      'Uppsala;Bitvis välutvecklad struktur;Aktör finns inom vissa områden;Bitvis välutvecklat stöd;Bitvis välutvecklade samarbeten och överblick;Bitvis välutvecklad kapacitet och kompetens;Bitvis välutvecklad kvalitetssäkring',
      'Stockholm;Outvecklad struktur;Aktör saknas;Outvecklat stöd;Outvecklade samarbeten och överblick;Otillräcklig kapacitet och kompetens;Otillräcklig kvalitetssäkring',
      ...others('Skåne', 'Uppsala', 'Stockholm').map((name) =>
        name === 'Värmland' ? 'Värmland;Ej bedömd;Ej bedömd;Bitvis välutvecklat stöd;Ej bedömd;Ej bedömd;Ej bedömd' : `${name};${NOT_RATED}`,
      ),
    ]);
  });

  test('in English the levels are written in English', () => {
    const lines = overviewCsv(OVERVIEW_DEFAULT_SORT, 'en');
    expect(lines[1]).toBe(
      'Stockholm;Undeveloped structure;No actor;Undeveloped support;Undeveloped collaboration and overview;Insufficient capacity and competence;Insufficient quality assurance',
    );
    expect(lines[21]).toBe('Norrbotten;Not rated;Not rated;Not rated;Not rated;Not rated;Not rated');
  });

  const overviewSorts: OverviewSort[] = [
    OVERVIEW_DEFAULT_SORT,
    { key: { by: 'order' }, direction: 'desc' },
    { key: { by: 'name' }, direction: 'asc' },
    { key: { by: 'name' }, direction: 'desc' },
    ...instrument.areas.flatMap(({ area }) =>
      (['asc', 'desc'] as const).map((direction): OverviewSort => ({ key: { by: 'area', areaId: area.id }, direction })),
    ),
  ];

  test.each(overviewSorts)('the rows follow the view in every sort (%j)', (sort) => {
    const viewed = buildOverview(instrument, workspace, sort).rows.map((row) => row.county.name);
    expect(overviewCsv(sort).slice(1).map((line) => line.split(';')[0])).toEqual(viewed);
  });
});

const heatmapHeadings = { county: 'Län', total: 'Summa' };

function heatmapCsv(sort: HeatmapSort, delimiter: ';' | ',' = ';'): string[] {
  return linesOf(toHeatmapCsv(buildHeatmap(instrument, workspace, sort), heatmapHeadings, delimiter));
}

describe('Påståenden', () => {
  test('sorted by total, highest first, the file has the county, its total and a column per statement', () => {
    const unscored = Object.fromEntries(UNSCORED_IN_VARMLAND.map((id) => [id, '']));
    expect(heatmapCsv({ key: { by: 'total' }, direction: 'desc' })).toEqual([
      `Län;Summa;${STATEMENT_IDS.join(';')}`,
      ['Skåne', '64', ...statementCells({}, '2')].join(';'),
      ['Uppsala', '33', ...statementCells({ '1.1': 2 }, '1')].join(';'),
      ['Värmland', '27', ...statementCells(unscored, '1')].join(';'),
      ['Stockholm', '0', ...statementCells({}, '0')].join(';'),
      ...others('Skåne', 'Uppsala', 'Värmland', 'Stockholm').map((name) => [name, '', ...statementCells({})].join(';')),
    ]);
  });

  const heatmapSorts: HeatmapSort[] = [
    HEATMAP_DEFAULT_SORT,
    { key: { by: 'name' }, direction: 'desc' },
    { key: { by: 'total' }, direction: 'asc' },
    ...STATEMENT_IDS.flatMap((statementId) =>
      (['asc', 'desc'] as const).map((direction): HeatmapSort => ({ key: { by: 'statement', statementId }, direction })),
    ),
  ];

  test.each(heatmapSorts)('the rows follow the view in every sort (%j)', (sort) => {
    const viewed = buildHeatmap(instrument, workspace, sort).rows.map((row) => row.county.name);
    expect(heatmapCsv(sort, ',').slice(1).map((line) => line.split(',')[0])).toEqual(viewed);
  });
});

const words: SideBySideCsvWords = {
  area: 'Område',
  areaName: (id, title) => `${id}. ${title}`,
  statement: 'Påstående',
  wording: 'Lydelse',
  comparison: 'Jämförelse',
  differs: '≠ Skiljer sig',
  same: 'Lika',
  incomplete: 'Ej alla poängsatta',
};

function sideBySideCsv(codes: string[]): string[] {
  const counties = codes.map((code) => instrument.counties.find((county) => county.code === code)!);
  const input = {
    counties,
    levels: levelsByArea(instrument, workspace, codes),
    statements: compareStatements(instrument, workspace, codes),
  };
  return linesOf(toSideBySideCsv(input, instrument, 'sv', words, ';'));
}

const text = (id: string) => instrument.statementById.get(id)!.text.sv;
const areaOf = (id: string) => {
  const area = instrument.areas.find((candidate) => candidate.statementIds.includes(id))!.area;
  return `${area.id}. ${area.shortTitle.sv}`;
};

describe('Sida vid sida', () => {
  test('the file has the levels per area, an empty row, then every statement with the scores and the comparison', () => {
    const lines = sideBySideCsv(['01', '12']);
    expect(lines.slice(0, 8)).toEqual([
      'Område;Stockholm;Skåne',
      '1. Styrning och mandat;Outvecklad struktur;Välutvecklad struktur',
      '2. Aktörer med utvecklingsansvar;Aktör saknas;Aktör finns inom alla områden',
      '3. Geografi och täckning;Outvecklat stöd;Välutvecklat stöd',
      '4. Samarbeten;Outvecklade samarbeten och överblick;Välutvecklade samarbeten och överblick',
      '5. Kapacitet och kompetens;Otillräcklig kapacitet och kompetens;Välutvecklad kapacitet och kompetens',
      '6. Kvalitetssäkring;Otillräcklig kvalitetssäkring;Välutvecklad kvalitetssäkring',
      '',
    ]);
    expect(lines[8]).toBe('Område;Påstående;Lydelse;Stockholm;Skåne;Jämförelse');
    expect(lines.slice(9)).toEqual(STATEMENT_IDS.map((id) => `${areaOf(id)};${id};${text(id)};0;2;≠ Skiljer sig`));
  });

  test('equal scores say Lika, a missing score is empty and says Ej alla poängsatta, a county not rated says Ej bedömd', () => {
    const lines = sideBySideCsv(['03', '17']);
    expect(lines[1]).toBe('1. Styrning och mandat;Bitvis välutvecklad struktur;Ej bedömd');
    expect(lines[3]).toBe('3. Geografi och täckning;Bitvis välutvecklat stöd;Bitvis välutvecklat stöd');
    const byId = new Map(lines.slice(9).map((line) => [line.split(';')[1], line]));
    expect(byId.get('1.1')).toBe(`1. Styrning och mandat;1.1;${text('1.1')};2;;Ej alla poängsatta`);
    expect(byId.get('1.2')).toBe(`1. Styrning och mandat;1.2;${text('1.2')};1;1;Lika`);
    expect(byId.get('5.5')).toBe(`5. Kapacitet och kompetens;5.5;${text('5.5')};1;;Ej alla poängsatta`);
  });

  test('the counties stand in the order they are given, up to four', () => {
    const lines = sideBySideCsv(['01', '03', '12', '17']);
    expect(lines[0]).toBe('Område;Stockholm;Uppsala;Skåne;Värmland');
    expect(lines[8]).toBe('Område;Påstående;Lydelse;Stockholm;Uppsala;Skåne;Värmland;Jämförelse');
    expect(lines[10]).toBe(`1. Styrning och mandat;1.2;${text('1.2')};0;1;2;1;≠ Skiljer sig`);
  });
});
