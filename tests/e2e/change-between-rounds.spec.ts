import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, expectSaved, fixturePath, test } from './helpers';

/**
 * Three rounds (tests/fixtures/change-three-rounds.json): 2016 rated with revision 1 of the rule,
 * 2021 and the latest with revision 2. From 2021 to the latest Jönköping goes from all 1 to all 2,
 * Kronoberg from all 2 to all 1, Stockholm and Kalmar stay at all 1, and Gotland is new; in the
 * latest the group set Stockholm's level in area 5 to the strongest.
 */
const FIXTURE = 'change-three-rounds.json';
/**
 * A fresh browser opens with a round of this year; the file's latest round is made this year's,
 * so that it is that round, with the file's name, and no empty round comes after it.
 */
const YEAR = String(new Date().getFullYear());
const LATEST = `Uppföljning ${YEAR}`;

test.use({ viewport: { width: 1280, height: 900 } });

async function importThreeRounds(page: Page): Promise<void> {
  await page.goto('#/data');
  await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
  const text = readFileSync(fixturePath(FIXTURE), 'utf8').replaceAll('"2026"', `"${YEAR}"`).replaceAll('Uppföljning 2026', LATEST);
  await page.getByLabel(/^Välj en fil att importera/).setInputFiles({ name: FIXTURE, mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('status').filter({ hasText: `«${FIXTURE}» är giltig` })).toBeVisible();
  // Replacing gives the rounds the file's names, this year's included.
  await page.getByRole('radio', { name: /^Ersätt:/ }).check();
  await page.getByRole('button', { name: 'Importera och ersätt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'är importerad' })).toBeVisible();
  await expectSaved(page);
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact ?? ''}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const changeTable = (page: Page) => page.getByRole('table', { name: 'Förändring per område', exact: true });
/** The four counts of an area's row: higher, the same, lower, not comparable. */
const counts = (page: Page, area: string) =>
  changeTable(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^Område ${area} `) }) }).getByRole('cell');
const rowNames = (table: Locator) => table.locator('tbody th[scope="row"]').allTextContents();

async function downloaded(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent('download');
  await button.click();
  const file = await downloading;
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('two rounds compared: counts, moves, another pair of rounds, one revision for both, the heatmap by keyboard and the downloads', async ({ page }) => {
  await importThreeRounds(page);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Förändring', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Förändring mellan omgångar' })).toBeVisible();
  // The two latest rounds by default.
  await expect(page.getByLabel('Från omgång')).toHaveValue('2021');
  await expect(page.getByLabel('Till omgång')).toHaveValue(YEAR);
  await expect(counts(page, '1')).toHaveText(['1', '2', '1', '17']);
  await expect(counts(page, '4')).toHaveText(['1', '2', '1', '17']);
  await expect(counts(page, '5')).toHaveText(['2', '1', '1', '17']);
  const area5 = page.getByRole('region', { name: 'Område 5. Kapacitet och kompetens' });
  await expect(area5.getByRole('listitem').filter({ hasText: 'Stockholm' })).toHaveText(
    'Stockholm: från Bitvis välutvecklad kapacitet och kompetens till Välutvecklad kapacitet och kompetens (gruppens nivå)',
  );
  await expect(area5.getByRole('link', { name: 'Stockholm' })).toHaveAttribute('href', `#/lan/01/forandring?fran=2021&till=${YEAR}`);
  expect(await axeViolations(page)).toEqual([]);

  // The table's CSV: the counts and the counties behind them.
  const csv = await downloaded(page, page.getByRole('button', { name: 'Ladda ner förändringen per område (CSV)' }));
  expect(csv.name).toMatch(new RegExp(`^forandring-2021-${YEAR}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('Område;Namn;Högre nivå;Samma nivå;Lägre nivå;Ej jämförbar;Län: Högre nivå;Län: Samma nivå;Län: Lägre nivå;Län: Ej jämförbar');
  expect(lines[5]).toMatch(/^Område 5;Kapacitet och kompetens;2;1;1;17;"Stockholm, Jönköping";Kalmar;Kronoberg;"Uppsala, /);

  // One figure as SVG: both rounds named on the bars and in the legend, the counties under it.
  const figure = page.getByRole('region', { name: 'Figur 1. Styrning och mandat', exact: true });
  const svg = await downloaded(page, figure.getByRole('button', { name: 'Ladda ner SVG av Figur 1 i båda omgångarna' }));
  expect(svg.name).toMatch(/\.svg$/);
  const read = await page.evaluate((source) => {
    const document = new DOMParser().parseFromString(source, 'image/svg+xml');
    return { parses: document.querySelector('parsererror') === null, text: [...document.querySelectorAll('text')].map((node) => node.textContent).join(' ') };
  }, svg.text);
  expect(read.parses).toBe(true);
  expect(read.text).toContain('Figur 1. Styrning och mandat');
  expect(read.text).toContain('2021: Uppföljning 2021');
  expect(read.text).toContain(`${YEAR}: ${LATEST}`);
  expect(read.text).toMatch(/Uppföljning 2021: [^.]*Stockholm/);

  // The heatmap sorted from the keyboard alone: from the county column's button to the total's.
  const heatmap = page.getByRole('table', { name: `Förändring i poäng per län och påstående, från Uppföljning 2021 till ${LATEST}` });
  await heatmap.getByRole('button', { name: 'Län', exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(heatmap.getByRole('button', { name: 'Summa', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heatmap.getByRole('columnheader', { name: 'Summa' })).toHaveAttribute('aria-sort', 'ascending');
  expect((await rowNames(heatmap)).slice(0, 4)).toEqual(['Kronoberg', 'Stockholm', 'Kalmar', 'Jönköping']);
  await expect(heatmap.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Kronoberg' }) }).getByRole('cell').first()).toHaveText('−32');
  await page.keyboard.press('Enter');
  await expect(heatmap.getByRole('columnheader', { name: 'Summa' })).toHaveAttribute('aria-sort', 'descending');
  expect((await rowNames(heatmap))[0]).toBe('Jönköping');

  // From 2016, rated with revision 1: area 4's rule differs, so nothing is compared there.
  await page.getByLabel('Från omgång').selectOption('2016');
  await expect(page.getByText('Omgångarna bedöms med olika revisioner av regeln (1 och 2). I område 4 skiljer sig regeln, så där är inget län jämförbart.')).toBeVisible();
  await expect(counts(page, '4')).toHaveText(['0', '0', '0', '21 (regeln skiljer sig)']);
  await page.getByRole('link', { name: 'Bedöm båda omgångarna med revision 2' }).click();
  await expect(page.getByText('Båda omgångarna bedöms här med revision 2 av regeln.')).toBeVisible();
  // Under revision 2, Jönköping's 4.2 = 0 in 2016 kept it at the weakest level; Kalmar rose from all 0.
  await expect(counts(page, '4')).toHaveText(['2', '1', '1', '17']);
  await page.getByRole('link', { name: 'Bedöm varje omgång med sin egen revision (1 och 2)' }).click();
  await expect(counts(page, '4')).toHaveText(['0', '0', '0', '21 (regeln skiljer sig)']);

  // The report of the latest round has its part on the change since 2021.
  await page.goto('#/rapport');
  await expect(page.getByRole('heading', { level: 2, name: 'Förändring sedan Uppföljning 2021' })).toBeVisible();
});

test('the change view in English has no WCAG 2.1 A or AA violations either, and reflows at 320 px', async ({ page }) => {
  await importThreeRounds(page);
  await page.goto(`#/forandring?fran=2016&till=${YEAR}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Förändring mellan omgångar' })).toBeVisible();
  await page.getByRole('button', { name: 'Change language to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change between rounds' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Change per area', exact: true })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // At 320 px (400 % zoom) the page reflows: its wide tables scroll in their own regions.
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(page.getByRole('region', { name: 'Figure 1. Governance and mandate', exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('after one visit the change view opens with no network', async ({ page, context }) => {
  await importThreeRounds(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  // A fresh load of the page: the app, the lazily loaded view and the criteria from the precache.
  await page.goto('#/forandring');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Förändring mellan omgångar' })).toBeVisible();
  await expect(counts(page, '1')).toHaveText(['1', '2', '1', '17']);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
});
