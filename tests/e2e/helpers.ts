import { fileURLToPath } from 'node:url';
import { test as base, expect, type ConsoleMessage, type Locator, type Page } from '@playwright/test';

/**
 * The Playwright `test`, plus one rule for every test: an error in the page (an uncaught
 * exception or a `console.error`) fails the test that caused it.
 */
export const test = base.extend<{ failOnPageErrors: void }>({
  failOnPageErrors: [
    async ({ page }, use) => {
      const errors = watchPageErrors(page);
      await use();
      expect(errors, 'errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Collects a page's uncaught exceptions and `console.error` calls into the returned array, for
 * pages the fixture above does not watch (a second tab, another browser context); the test then
 * expects the array to be empty.
 */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !isExpectedTeamTraffic(message)) errors.push(`console.error: ${message.text()}`);
  });
  return errors;
}

/**
 * What the browser logs of a team server's traffic that is not an error of the app: PouchDB asks
 * for replication checkpoints that do not exist yet (404), and a test that takes the browser
 * offline makes every request fail until it is back.
 */
function isExpectedTeamTraffic(message: ConsoleMessage): boolean {
  const text = message.text();
  return (text.includes('404') && message.location().url.includes('/couch/')) || text.includes('net::ERR_INTERNET_DISCONNECTED');
}

export type Score = 0 | 1 | 2;

/** The radios' accessible names: the value and the scale's label. */
export const SCORE_LABEL: Record<Score, string> = {
  0: '0 Obefintligt',
  1: '1 Till viss del',
  2: '2 Väl uppfyllt',
};

/** The six areas: figure caption and level labels, weakest first (DOMAIN.md, criteria/bilaga1.json). */
export const AREAS = [
  {
    id: '1',
    caption: 'Figur 1. Styrning och mandat',
    levels: ['Outvecklad struktur', 'Bitvis välutvecklad struktur', 'Välutvecklad struktur'],
  },
  {
    id: '2',
    caption:
      'Figur 2. Aktör med länsövergripande ansvar för utveckling inom socialtjänst, hälso- och sjukvård, ' +
      'arbete/sysselsättning, skola, kultur/fritid och folkhälsa',
    levels: ['Aktör saknas', 'Aktör finns inom vissa områden', 'Aktör finns inom alla områden'],
  },
  {
    id: '3',
    caption: 'Figur 3. Geografi och täckning',
    levels: ['Outvecklat stöd', 'Bitvis välutvecklat stöd', 'Välutvecklat stöd'],
  },
  {
    id: '4',
    caption: 'Figur 4. Samarbeten på länsnivå',
    levels: [
      'Outvecklade samarbeten och överblick',
      'Bitvis välutvecklade samarbeten och överblick',
      'Välutvecklade samarbeten och överblick',
    ],
  },
  {
    id: '5',
    caption: 'Figur 5. Kapacitet och kompetens',
    levels: [
      'Otillräcklig kapacitet och kompetens',
      'Bitvis välutvecklad kapacitet och kompetens',
      'Välutvecklad kapacitet och kompetens',
    ],
  },
  {
    id: '6',
    caption: 'Figur 6. Kvalitetssäkring',
    levels: ['Otillräcklig kvalitetssäkring', 'Bitvis välutvecklad kvalitetssäkring', 'Välutvecklad kvalitetssäkring'],
  },
] as const;

export type AreaSpec = (typeof AREAS)[number];

/** Absolute path of a file under tests/fixtures/. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Opens a county's scoring page and waits until the app has loaded the criteria. */
export async function openCounty(page: Page, code: string, name: string): Promise<void> {
  await page.goto(`#/lan/${code}`);
  await expect(page.getByRole('heading', { level: 1, name: `${name} (${code})` })).toBeVisible();
}

/** Stockholm (all 0), Uppsala (all 1, 1.1 = 2) and Skåne (all 2), merged in through the Data page. */
export async function importThreeCounties(page: Page): Promise<void> {
  await importFixture(page, 'import-three-counties.json', '3 län, 96 poäng');
}

/**
 * All 21 counties with every statement scored, the workspace scripts/perf/workspace-fixture.mjs
 * makes (seeded random scores), so that a view is seen with as many rows as it will ever have.
 */
export async function importSeededCounties(page: Page): Promise<void> {
  await importFixture(page, 'import-21-counties.json', '21 län, 672 poäng');
}

async function importFixture(page: Page, name: string, summary: string): Promise<void> {
  await page.goto('#/data');
  await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
  await page.getByLabel(/^Välj en fil att importera/).setInputFiles(fixturePath(name));
  await expect(page.getByRole('status').filter({ hasText: `«${name}» är giltig` })).toBeVisible();
  await page.getByRole('button', { name: 'Importera och slå ihop' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'är importerad' })).toContainText(summary);
  await expectSaved(page);
}

/**
 * All 21 counties fully scored (every level in use), six of them with notes of a few lines, merged
 * in through the Data page: the size of a real round of interviews.
 */
export async function importAllCounties(page: Page): Promise<void> {
  await page.goto('#/data');
  await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
  await page.getByLabel(/^Välj en fil att importera/).setInputFiles(fixturePath('import-all-counties.json'));
  await expect(page.getByRole('status').filter({ hasText: '«import-all-counties.json» är giltig' })).toBeVisible();
  await page.getByRole('button', { name: 'Importera och slå ihop' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'är importerad' })).toContainText('21 län, 672 poäng');
  await expectSaved(page);
}

/** Goes to a page through the main menu, as a person would. */
export async function navigateTo(page: Page, label: 'Län' | 'Figurer' | 'Data'): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: label, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: label, exact: true })).toBeVisible();
}

/** A statement's fieldset: the group whose name starts with the statement id. */
export function statement(page: Page, id: string): Locator {
  return page.getByRole('group', { name: new RegExp(`^${escapeRegExp(id)} `) });
}

export function scoreRadio(page: Page, id: string, score: Score): Locator {
  return statement(page, id).getByRole('radio', { name: SCORE_LABEL[score], exact: true });
}

/** The statements area 1's rule reads (of areas 1 and 2). */
const AREA_ONE_READS = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6'];

/** Everything area 1's rule reads at one score, but for the exceptions, so that its level is known. */
export async function scoreAreaOne(page: Page, score: Score, exceptions: Record<string, Score> = {}): Promise<void> {
  for (const id of AREA_ONE_READS) await scoreRadio(page, id, exceptions[id] ?? score).check();
}

/** The save status in the header ("Sparat", "Sparar…", "Ej sparat"); a team server's status follows it. */
export function saveStatus(page: Page): Locator {
  return page.getByRole('banner').getByRole('status').first();
}

/** Waits until the newest change is stored in the browser. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveText('Sparat');
}

/** The live rating panel of an area on a county's page. */
function ratingPanel(page: Page, areaId: string): Locator {
  return page.getByRole('complementary', { name: `Bedömning område ${areaId}`, exact: true });
}

/**
 * Checks the level the panel shows: its first line, "Nivå: <label>" ("Nivå: Ej bedömd" when not
 * rated), not the labels in the collapsed step-by-step rule below it.
 */
export async function expectPanelLevel(page: Page, areaId: string, label: string): Promise<void> {
  await expect(ratingPanel(page, areaId).getByRole('paragraph').first()).toHaveText(`Nivå: ${label}`);
}

function figureTable(page: Page, area: AreaSpec): Locator {
  return page.getByRole('table', { name: area.caption, exact: true });
}

/** Checks every row of a figure table: the level, how many counties, and which. */
export async function expectFigureRows(page: Page, area: AreaSpec, counties: readonly string[][]): Promise<void> {
  const table = figureTable(page, area);
  await expect(table).toBeVisible();
  const rows = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
  await expect(rows).toHaveCount(area.levels.length);
  for (const [index, label] of area.levels.entries()) {
    const names = counties[index] ?? [];
    const row = rows.nth(index);
    await expect(row.getByRole('rowheader')).toHaveText(label);
    await expect(row.getByRole('cell')).toHaveText([String(names.length), names.join(', ') || '–']);
  }
}

/** The county list's cell saying how many statements a county has scored ("1 av 32"). */
export function scoredCell(page: Page, countyName: string): Locator {
  return page
    .getByRole('table', { name: 'Länen, poängsatta påståenden, status för avstämningen och nivå per område' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: countyName, exact: true }) })
    .getByRole('cell')
    .first();
}

/** The note field of a statement on a county's page, there while the statement has a note. */
export function noteField(page: Page, id: string): Locator {
  return page.getByRole('textbox', { name: `Anteckning till ${id}`, exact: true });
}

/** The button that opens a statement's note field, there while the statement has no note. */
export function addNoteButton(page: Page, id: string): Locator {
  return page.getByRole('button', { name: `Lägg till anteckning till ${id}`, exact: true });
}

/** Writes a statement's note, opening its field first when the statement has none yet. */
export async function writeNote(page: Page, id: string, text: string): Promise<void> {
  if (await addNoteButton(page, id).isVisible()) await addNoteButton(page, id).click();
  await noteField(page, id).fill(text);
}

/** A statement without a note shows the button to add one, and no field. */
export async function expectNoNote(page: Page, id: string): Promise<void> {
  await expect(addNoteButton(page, id)).toBeVisible();
  await expect(noteField(page, id)).toHaveCount(0);
}

/** The radio that says a statement has no score; chosen, it clears the score. */
export function unscoredRadio(page: Page, id: string): Locator {
  return statement(page, id).getByRole('radio', { name: 'Ej poängsatt', exact: true });
}

/** "Ångra" or "Gör om" in the page header. */
export function headerButton(page: Page, name: 'Ångra' | 'Gör om'): Locator {
  return page.getByRole('banner').getByRole('button', { name, exact: true });
}
