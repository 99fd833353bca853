import { expect, test } from 'vitest';
import { buildInstrument } from '../../src/domain/criteria/instrument';
import { INFORMANTS_CSV_HEADER, toInformantsCsv } from '../../src/domain/csv/informants-csv';
import { applyChanges, type Change } from '../../src/domain/workspace/changes';
import { EMPTY_WORKSPACE } from '../../src/domain/workspace/workspace';
import { parseCsv } from '../../src/lib/csv-text';
import { linesOf } from './csv-lines';
import { loadCounties, loadCriteria, loadInstrument } from './load-instrument';

const instrument = loadInstrument();

const informant = (round: string, county: string, id: string, value: Extract<Change, { field: 'informant' }>['value']): Change => ({ field: 'informant', round, county, informant: id, value });

/** Kronoberg before Jönköping in the changes, and Jönköping's rows out of id order: the file is in list order all the same. */
const workspace = applyChanges(EMPTY_WORKSPACE, [
  informant('2016', '07', 'k1', { organisation: 'Vuxenpsykiatri', tier: 'region', visit: 1, phone: 0, position: 0 }),
  informant('2016', '06', 'b', { organisation: 'Sektion folkhälsa', tier: 'region', visit: 0, phone: 1, date: '2016-03-02', position: 1 }),
  informant('2016', '06', 'a', { organisation: 'Kommunal utveckling - FoUrum social välfärd', tier: 'lansgemensam', visit: 2, phone: 0, date: '2016-03-01', note: 'Talade för alla huvudmän; "FoUrum"', position: 0 }),
  informant('2026', '06', 'n', { organisation: 'Socialchef', tier: 'kommun', visit: 1, phone: 0, position: 0 }),
]);

test('the header has fixed ASCII names, one per column', () => {
  expect(INFORMANTS_CSV_HEADER.join(';')).toBe('omgang;lan;lansnamn;organisation;niva;besok;telefon;datum;anmarkning');
  expect(INFORMANTS_CSV_HEADER.join(';')).toMatch(/^[\x20-\x7e]+$/);
});

test('a row per organisation: counties in county-list order, each county’s organisations in its list’s order, rounds as given', () => {
  expect(linesOf(toInformantsCsv(workspace, ['2016', '2026'], instrument))).toEqual([
    'omgang;lan;lansnamn;organisation;niva;besok;telefon;datum;anmarkning',
    '2016;06;Jönköping;Kommunal utveckling - FoUrum social välfärd;lansgemensam;2;0;2016-03-01;"Talade för alla huvudmän; ""FoUrum"""',
    '2016;06;Jönköping;Sektion folkhälsa;region;0;1;2016-03-02;',
    '2016;07;Kronoberg;Vuxenpsykiatri;region;1;0;;',
    '2026;06;Jönköping;Socialchef;kommun;1;0;;',
  ]);
});

test.each([
  ['one round', ['2026'], 2],
  ['a round without organisations', ['2030'], 1],
  ['no round', [], 1],
])('%s gives its rows under the header', (_what, rounds, lines) => {
  expect(linesOf(toInformantsCsv(workspace, rounds, instrument))).toHaveLength(lines);
});

test('with a comma as delimiter, a cell holding a comma is quoted', () => {
  const text = toInformantsCsv(workspace, ['2016'], instrument, ',');
  expect(linesOf(text)[2]).toBe('2016,06,Jönköping,Sektion folkhälsa,region,0,1,2016-03-02,');
  const parsed = parseCsv(text);
  expect(parsed.ok && parsed.rows[1]?.[8]).toBe('Talade för alla huvudmän; "FoUrum"');
});

test.each(['=HYPERLINK("http://example.com";"klicka")', '+1+1', '-2+3', '@SUM(A1)', '\t=1'])(
  'an organisation, a note and a county name %j are written as text with a leading apostrophe',
  (text) => {
    const renamed = buildInstrument(loadCriteria(), loadCounties().map((county) => (county.code === '06' ? { ...county, name: text } : county)));
    const risky = applyChanges(EMPTY_WORKSPACE, [informant('2016', '06', 'x', { organisation: text, tier: 'annan', visit: 0, phone: 1, note: text, position: 0 })]);
    const parsed = parseCsv(toInformantsCsv(risky, ['2016'], renamed));
    const cells = parsed.ok ? (parsed.rows[1] ?? []) : [];
    expect([cells[2], cells[3], cells[8]]).toEqual([`'${text}`, `'${text}`, `'${text}`]);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  },
);
