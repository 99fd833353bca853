import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, expectSaved, fixturePath, test } from './helpers';

const FIXTURE = 'agreement-three-raters.json';
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact ?? ''}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Anna, Björn and Cecilia each scored eight counties on all 32 statements in round 2026, merged in through the Data page. */
async function importThreeRaters(page: Page): Promise<void> {
  await page.goto('#/data');
  await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
  await page.getByLabel(/^Välj en fil att importera/).setInputFiles(fixturePath(FIXTURE));
  await expect(page.getByRole('status').filter({ hasText: `«${FIXTURE}» är giltig` })).toContainText('Bedömare som läggs till: Anna, Björn, Cecilia');
  await page.getByRole('button', { name: 'Importera och slå ihop' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'är importerad' })).toContainText('8 län, 768 poäng och 2 anteckningar');
  await expectSaved(page);
}

/** The texts of a row's data cells, the row found by its header. */
function cells(table: Locator, header: RegExp): Locator {
  return table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: header }) }).getByRole('cell');
}

test('the agreement view shows how alike three raters scored, in Swedish and English, with no accessibility violations', async ({ page }) => {
  await importThreeRaters(page);
  await page.goto('#/overensstammelse?omgang=2026');
  await expect(page.getByRole('heading', { level: 1, name: 'Överensstämmelse mellan bedömare' })).toBeVisible();
  await expect(page).toHaveTitle(/^Överensstämmelse – /);

  const table = page.getByRole('table', { name: 'Överensstämmelse mellan bedömare, omgång 2026', exact: true });
  await expect(table.getByRole('rowheader')).toHaveText([/^Område 1/, /^Område 2/, /^Område 3/, /^Område 4/, /^Område 5/, /^Område 6/, 'Alla påståenden']);
  // 8 counties × 32 statements, each scored by all three; 168 of the 256 alike.
  await expect(cells(table, /^Alla påståenden$/)).toHaveText(['256', /^65\s%$/, '0,747']);
  await expect(cells(table, /^Område 4/)).toHaveText(['16', /^43\s%$/, '0,455']);

  const pairs = page.getByRole('table', { name: 'Cohens κ per par av bedömare, omgång 2026' });
  await expect(cells(pairs, /^Anna och Björn$/)).toHaveText(['256', '0,714']);
  await expect(pairs.getByRole('rowheader')).toHaveText(['Anna och Björn', 'Anna och Cecilia', 'Björn och Cecilia']);

  // 6.1 is the statement they differ on most: in Stockholm Anna and Björn gave 0, Cecilia 1.
  const least = page.getByRole('region', { name: 'Där bedömarna skiljer sig mest' });
  await expect(least.getByRole('heading', { level: 3 }).first()).toHaveText(/^6\.1 /);
  const first = least.getByRole('table', { name: 'Poäng för 6.1 i de län där bedömarna skiljer sig' });
  await expect(cells(first, /^Stockholm$/)).toHaveText(['0', '0', '1', 'Samsyn för Stockholm']);
  await expect(first.getByRole('link', { name: 'Samsyn för Stockholm' })).toHaveAttribute('href', '#/lan/01/samsyn?omgang=2026');

  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Change language to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Agreement between raters' })).toBeVisible();
  const english = page.getByRole('table', { name: 'Agreement between raters, round 2026', exact: true });
  await expect(cells(english, /^All statements$/)).toHaveText(['256', '65%', '0.747']);
  expect(await axeViolations(page)).toEqual([]);
});

test('without raters the view says that agreement needs two and where to name them, with no violations', async ({ page }) => {
  await page.goto('#/overensstammelse');
  await expect(page.getByRole('heading', { level: 1, name: 'Överensstämmelse mellan bedömare' })).toBeVisible();
  await expect(page.getByText(/^Inga bedömare är namngivna ännu\./)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Omgångar', exact: true }).last()).toHaveAttribute('href', '#/omgangar');
  expect(await axeViolations(page)).toEqual([]);
});
