import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { countyInformants } from '../../src/domain/informants/informant-list';
import { informantsByCounty, informantsByTier } from '../../src/domain/informants/informant-totals';
import { compareWithReported } from '../../src/domain/informants/reported-comparison';
import { firstRound } from '../../src/domain/rounds/round';
import { roundRecordOf } from '../../src/domain/workspace/workspace';
import { parseWorkspaceFile } from '../../src/domain/workspace/workspace-file';
import { loadInstrument, unwrap } from './load-instrument';

const instrument = loadInstrument();
const file = JSON.parse(readFileSync(resolve(process.cwd(), 'public/examples/informants-2016.json'), 'utf8')) as { notes: string };
const read = unwrap(parseWorkspaceFile(file, instrument, firstRound(instrument.criteria.id, new Date())), 'public/examples/informants-2016.json');
const record = roundRecordOf(read.workspace, '2016');

/** Bilaga 3's counties as the report names them ("Sörmland" is 04 Södermanland), in its order. */
const REPORT_COUNTIES = [
  ['Stockholm', '01'], ['Uppsala', '03'], ['Sörmland', '04'], ['Östergötland', '05'], ['Jönköping', '06'], ['Kronoberg', '07'],
  ['Kalmar', '08'], ['Gotland', '09'], ['Blekinge', '10'], ['Skåne', '12'], ['Halland', '13'], ['Västra Götaland', '14'],
  ['Värmland', '17'], ['Örebro', '18'], ['Västmanland', '19'], ['Dalarna', '20'], ['Gävleborg', '21'], ['Västernorrland', '22'],
  ['Jämtland', '23'], ['Västerbotten', '24'], ['Norrbotten', '25'],
] as const;

test('the example of Bilaga 3 is a workspace file of version 3 that reads into round 2016, without scores, saying what it is', () => {
  expect(read.version).toBe(3);
  expect(read.workspace.rounds['2016']).toEqual({ name: 'Länsinventering 2016', period: '2016-03', criteria: 'bilaga1-2016' });
  expect(Object.keys(read.workspace.rounds)).toEqual(['2016']);
  expect(record.agreed).toEqual({});
  expect(record.raters).toEqual({});
  expect(read.notes).toMatch(/^Bilaga 3 \(Informanter\)/);
  expect(read.notes).toContain('Raderna ger 93 besök och 40 per telefon, 133 i allt; rapportens sammanställning anger 92 besök och 41 per telefon, 133 i allt');
});

test('it lists 118 organisations in all 21 counties of the report, which give 93 visits and 40 calls, 133 in all', () => {
  const byCounty = informantsByCounty(record, instrument.counties);
  expect(byCounty.total).toEqual({ organisations: 118, visit: 93, phone: 40, total: 133 });
  expect(informantsByTier(record, instrument.counties).total).toEqual(byCounty.total);
  expect(Object.keys(record.informants).sort()).toEqual(REPORT_COUNTIES.map(([, code]) => code).sort());
  for (const { key, totals } of byCounty.rows) expect(totals.organisations, key.name).toBeGreaterThan(0);
});

test('it states the report’s summary, 92 visits and 41 calls, which differ from the rows by one each way', () => {
  expect(record.reported).toEqual({ visit: 92, phone: 41 });
  expect(compareWithReported(informantsByCounty(record, instrument.counties).total, record.reported)).toEqual({
    rows: { visit: 93, phone: 40, total: 133 },
    reported: { visit: 92, phone: 41, total: 133 },
    difference: { visit: 1, phone: -1 },
    agrees: false,
  });
});

test.each([
  // county, its first and last organisation as printed, organisations, visits, calls
  ['01', 'Psykiatri', 'Samordningsförbundet i Södertälje', 12, 4, 9],
  ['04', 'FoUiS', 'Samordningsförbundet RAR', 5, 4, 1],
  ['08', 'Primärkommunal nämnd', 'Samordningsförbundet i Kalmar län', 6, 4, 2],
  ['13', 'Psykiatri/ Missbruk', 'Samordningsförbundet Halland', 11, 7, 5],
  ['18', 'Region Örebro, Vård, Velfärd och folkhälsa', 'Specifika samverkansrådet för utbildning, skola och kompetensförsörjning', 2, 5, 1],
  ['25', 'Hälso- och sjukvårdsenheten', 'FoUI Norrbotten', 3, 4, 0],
])('county %s runs from «%s» to «%s», as printed', (county, first, last, organisations, visit, phone) => {
  const rows = countyInformants(record, county);
  expect([rows[0]?.organisation, rows.at(-1)?.organisation]).toEqual([first, last]);
  expect([rows.length, rows.reduce((sum, row) => sum + row.visit, 0), rows.reduce((sum, row) => sum + row.phone, 0)]).toEqual([organisations, visit, phone]);
});

test('the report’s spelling is kept, and its footnotes are the rows’ notes', () => {
  const all = instrument.counties.flatMap(({ code }) => countyInformants(record, code).map((row) => ({ ...row, county: code })));
  const named = (organisation: string) => all.filter((row) => row.organisation === organisation);
  expect(named('Område Vårld, socialtjänst, hälso- och sjukvård')).toHaveLength(1);
  expect(named('FoU Vårld')[0]?.tier).toBe('region');
  expect(named('Regionförbundet, Enheten för välfärd och FoU-stöd')[0]?.note).toMatch(/^Fotnot 23: Informanten förde talan för samtliga/);
  expect(named('FoU-verksamhet PUFF')[0]).toMatchObject({ tier: 'lansgemensam', note: 'Fotnot 24: Delregional resurs (4 kommuner)' });
  const halland = countyInformants(record, '13');
  expect(halland.filter((row) => row.tier === 'region').map((row) => row.note?.startsWith('Fotnot 25'))).toEqual(Array(7).fill(true));
  expect(halland.filter((row) => row.tier !== 'region').some((row) => row.note !== undefined)).toBe(false);
  expect(all.filter((row) => row.note !== undefined)).toHaveLength(9);
});

test('every tier of Bilaga 3 is used, Delregional by Västra Götaland, Västernorrland and Norrbotten', () => {
  expect(informantsByTier(record, instrument.counties).rows.map(({ key, totals }) => [key, totals.organisations])).toEqual([
    ['lansgemensam', 21],
    ['landsting', 22],
    ['region', 29],
    ['kommun', 18],
    ['delregional', 7],
    ['annan', 21],
  ]);
  const delregional = instrument.counties.filter(({ code }) => countyInformants(record, code).some((row) => row.tier === 'delregional'));
  expect(delregional.map((county) => county.code)).toEqual(['14', '22', '25']);
});
