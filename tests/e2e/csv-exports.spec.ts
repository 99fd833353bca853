import { readFileSync } from 'node:fs';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, expectSaved, importThreeCounties, openCounty, scoredCell, scoreRadio, test, watchPageErrors } from './helpers';

const IDS = [
  ...['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6'],
  ...['3.1', '3.2', '3.3', '4.1', '4.2', '5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7', '5.8'],
  ...['6.1', '6.2', '6.3', '6.4', '6.5'],
];
/** The 32 scores of a county in the three-county fixture, joined with the delimiter. */
const scores = (value: string, delimiter = ';', first = value) => [first, ...IDS.slice(1).map(() => value)].join(delimiter);

const AREA_HEADINGS =
  '1. Styrning och mandat;2. Aktörer med utvecklingsansvar;3. Geografi och täckning;' +
  '4. Samarbeten;5. Kapacitet och kompetens;6. Kvalitetssäkring';
const WEAKEST = 'Outvecklad struktur;Aktör saknas;Outvecklat stöd;Outvecklade samarbeten och överblick;Otillräcklig kapacitet och kompetens;Otillräcklig kvalitetssäkring';
const MIDDLE =
  'Bitvis välutvecklad struktur;Aktör finns inom vissa områden;Bitvis välutvecklat stöd;Bitvis välutvecklade samarbeten och överblick;' +
  'Bitvis välutvecklad kapacitet och kompetens;Bitvis välutvecklad kvalitetssäkring';
const STRONGEST =
  'Välutvecklad struktur;Aktör finns inom alla områden;Välutvecklat stöd;Välutvecklade samarbeten och överblick;' +
  'Välutvecklad kapacitet och kompetens;Välutvecklad kvalitetssäkring';
const DATED = /-\d{4}-\d{2}-\d{2}\.csv$/;

type Downloaded = { fileName: string; path: string; lines: string[] };

/** Presses a download button, saves the file and gives back its lines after checking the BOM bytes and CRLF endings. */
async function download(page: Page, button: string, testInfo: TestInfo): Promise<Downloaded> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await downloading;
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  const bytes = readFileSync(path);
  expect([...bytes.subarray(0, 3)], `${file.suggestedFilename()} starts with the UTF-8 BOM`).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines.pop(), 'the last row ends with CRLF').toBe('');
  return { fileName: file.suggestedFilename(), path, lines };
}

/** The county names of a table's body rows, top to bottom. */
function rowNames(table: Locator): Promise<string[]> {
  return table.locator('tbody th[scope="row"]').allTextContents();
}

test.use({ viewport: { width: 1280, height: 900 } });

test('the data page downloads the scores long and wide and the levels, each with a BOM and every county', async ({ page }, testInfo) => {
  await importThreeCounties(page);
  await expect(page.getByRole('radio', { name: 'Semikolon (svenskt Excel)' })).toBeChecked();

  const long = await download(page, 'Ladda ner poängen (CSV)', testInfo);
  expect(long.fileName).toMatch(/^lansinventering-poang-\d/);
  expect(long.fileName).toMatch(DATED);
  expect(long.lines).toHaveLength(1 + 96);
  // The fixture's scores are the agreed scores of the round a fresh workspace opens with, this year's.
  const round = String(new Date().getFullYear());
  expect(long.lines.slice(0, 3)).toEqual([
    'omgang;lan;bedomare;pastaende;poang;anteckning',
    `${round};01;;1.1;0;Landstinget deltar inte i den huvudmannaövergripande strukturen.`,
    `${round};01;;1.2;0;`,
  ]);
  expect(long.lines).toContain(`${round};03;;1.1;2;`);
  expect(long.lines.at(-1)).toBe(`${round};12;;6.5;2;`);

  const wide = await download(page, 'Ladda ner poängtabellen (CSV)', testInfo);
  expect(wide.fileName).toMatch(/^lansinventering-poang-bred-\d/);
  expect(wide.fileName).toMatch(DATED);
  expect(wide.lines).toHaveLength(1 + 21);
  expect(wide.lines.slice(0, 4)).toEqual([
    `lan;namn;${IDS.join(';')}`,
    `01;Stockholm;${scores('0')}`,
    `03;Uppsala;${scores('1', ';', '2')}`,
    `04;Södermanland;${scores('')}`,
  ]);
  expect(wide.lines[10]).toBe(`12;Skåne;${scores('2')}`);

  const levels = await download(page, 'Ladda ner nivåerna (CSV)', testInfo);
  expect(levels.fileName).toMatch(/^lansinventering-nivaer-\d/);
  expect(levels.fileName).toMatch(DATED);
  expect(levels.lines).toHaveLength(1 + 21);
  // Per area: the level, its name, the rule's level, and the group's level and reason (none set here).
  const byRule = (number: string, labels: string) => labels.split(';').map((label) => `${number};${label};${number};;`).join(';');
  const areaColumns = (id: number) => ['niva', 'nivanamn', 'regelns_niva', 'gruppens_niva', 'motivering'].map((part) => `omrade_${id}_${part}`);
  expect(levels.lines.slice(0, 4)).toEqual([
    ['lan', 'namn', ...[1, 2, 3, 4, 5, 6].flatMap(areaColumns)].join(';'),
    `01;Stockholm;${byRule('1', WEAKEST)}`,
    `03;Uppsala;${byRule('2', MIDDLE)}`,
    `04;Södermanland;${Array(6).fill(';Ej bedömd;;;').join(';')}`,
  ]);
  expect(levels.lines[10]).toBe(`12;Skåne;${byRule('3', STRONGEST)}`);
});

test('each comparison view downloads what it shows, in the sort and choice made on screen', async ({ page }, testInfo) => {
  await importThreeCounties(page);

  // Överblick sorted by area 1, strongest first, from the header button.
  await page.goto('#/jamfor');
  const overview = page.getByRole('table', { name: 'Nivå per län och område', exact: true });
  await overview.getByRole('button', { name: '1. Styrning och mandat' }).click();
  await overview.getByRole('button', { name: '1. Styrning och mandat' }).click();
  await expect(page).toHaveURL(/sortera=omrade-1&ordning=fallande$/);
  const overviewCsv = await download(page, 'Ladda ner överblicken (CSV)', testInfo);
  expect(overviewCsv.fileName).toMatch(/^jamfor-overblick-\d/);
  expect(overviewCsv.fileName).toMatch(DATED);
  expect(overviewCsv.lines.slice(0, 5)).toEqual([
    `Län;${AREA_HEADINGS}`,
    `Skåne;${STRONGEST}`,
    `Uppsala;${MIDDLE}`,
    `Stockholm;${WEAKEST}`,
    `Södermanland;${Array(6).fill('Ej bedömd').join(';')}`,
  ]);
  expect(overviewCsv.lines.slice(1).map((line) => line.split(';')[0])).toEqual(await rowNames(overview));

  // Påståenden sorted by the total, highest first.
  await page.goto('#/jamfor/pastaenden');
  const heatmap = page.getByRole('table', { name: 'Poäng per län och påstående', exact: true });
  await heatmap.getByRole('button', { name: 'Summa', exact: true }).click();
  await heatmap.getByRole('button', { name: 'Summa', exact: true }).click();
  await expect(page).toHaveURL(/sortera=summa&ordning=fallande$/);
  const heatmapCsv = await download(page, 'Ladda ner påståendetabellen (CSV)', testInfo);
  expect(heatmapCsv.fileName).toMatch(/^jamfor-pastaenden-\d/);
  expect(heatmapCsv.fileName).toMatch(DATED);
  expect(heatmapCsv.lines.slice(0, 5)).toEqual([
    `Län;Summa;${IDS.join(';')}`,
    `Skåne;64;${scores('2')}`,
    `Uppsala;33;${scores('1', ';', '2')}`,
    `Stockholm;0;${scores('0')}`,
    `Södermanland;;${scores('')}`,
  ]);
  expect(heatmapCsv.lines.slice(1).map((line) => line.split(';')[0])).toEqual(await rowNames(heatmap));

  // Sida vid sida with Skåne and Stockholm chosen.
  await page.goto('#/jamfor/lan');
  await page.getByRole('checkbox', { name: 'Skåne', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Stockholm', exact: true }).check();
  await expect(page).toHaveURL(/valda=01,12$/);
  const sideCsv = await download(page, 'Ladda ner jämförelsen (CSV)', testInfo);
  expect(sideCsv.fileName).toMatch(/^jamfor-sida-vid-sida-\d/);
  expect(sideCsv.fileName).toMatch(DATED);
  expect(sideCsv.lines.slice(0, 3)).toEqual([
    'Område;Stockholm;Skåne',
    '1. Styrning och mandat;Outvecklad struktur;Välutvecklad struktur',
    '2. Aktörer med utvecklingsansvar;Aktör saknas;Aktör finns inom alla områden',
  ]);
  expect(sideCsv.lines[7]).toBe('');
  expect(sideCsv.lines[8]).toBe('Område;Påstående;Lydelse;Stockholm;Skåne;Jämförelse');
  expect(sideCsv.lines).toHaveLength(9 + 32);
  expect(sideCsv.lines.slice(9).every((line) => line.endsWith(';0;2;≠ Skiljer sig'))).toBe(true);
  expect(sideCsv.lines[9]).toMatch(/^1\. Styrning och mandat;1\.1;/);
});

test('a comma chosen once is used by every CSV download, here and after a reload', async ({ page }, testInfo) => {
  await importThreeCounties(page);
  await page.getByRole('radio', { name: 'Komma', exact: true }).check();
  const wide = await download(page, 'Ladda ner poängtabellen (CSV)', testInfo);
  expect(wide.lines[0]).toBe(`lan,namn,${IDS.join(',')}`);
  expect(wide.lines[1]).toBe(`01,Stockholm,${scores('0', ',')}`);

  await page.goto('#/jamfor?sortera=lan&ordning=fallande');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Överblick' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Komma', exact: true })).toBeChecked();
  const overview = await download(page, 'Ladda ner överblicken (CSV)', testInfo);
  expect(overview.lines[0]).toBe(`Län,${AREA_HEADINGS.replaceAll(';', ',')}`);
  expect(overview.lines.slice(1, 3)).toEqual([`Östergötland,${Array(6).fill('Ej bedömd').join(',')}`, `Örebro,${Array(6).fill('Ej bedömd').join(',')}`]);
});

test('the wide CSV imports in another browser profile and gives the same scores', async ({ page, browser, baseURL }, testInfo) => {
  await importThreeCounties(page);
  const wide = await download(page, 'Ladda ner poängtabellen (CSV)', testInfo);

  const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), locale: 'sv-SE' });
  const other = await context.newPage();
  const errors = watchPageErrors(other);
  await other.goto('#/data');
  await expect(other.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
  await other.getByLabel(/^Välj en fil att importera/).setInputFiles(wide.path);
  await expect(other.getByRole('status').filter({ hasText: 'är giltig' })).toContainText('innehåller 3 län, 96 poäng och 0 anteckningar');
  await other.getByRole('button', { name: 'Importera och slå ihop' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'är importerad' })).toBeVisible();
  await expectSaved(other);

  await other.goto('#/lan');
  for (const name of ['Stockholm', 'Uppsala', 'Skåne']) await expect(scoredCell(other, name)).toHaveText('32 av 32');
  await expect(scoredCell(other, 'Södermanland')).toHaveText('0 av 32');
  await openCounty(other, '03', 'Uppsala');
  await expect(scoreRadio(other, '1.1', 2)).toBeChecked();
  await expect(scoreRadio(other, '6.5', 1)).toBeChecked();
  await context.close();
  expect(errors, 'errors in the other browser context').toEqual([]);
});
