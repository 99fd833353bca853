import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, importSeededCounties, importThreeCounties, test } from './helpers';

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact ?? ''}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The county names of a table's body rows, top to bottom. */
async function rowNames(table: Locator): Promise<string[]> {
  return table.locator('tbody th[scope="row"]').allTextContents();
}

/** Whether the page scrolls sideways, and whether a table's own scroll region has to. */
async function horizontalOverflow(page: Page, table: Locator) {
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  const region = await table.evaluate((element) => {
    const scroller = element.closest('.table-scroll') ?? element;
    return { scrollWidth: scroller.scrollWidth, clientWidth: scroller.clientWidth };
  });
  return { pageWidth, region };
}

test.use({ viewport: { width: 1280, height: 900 } });

test('Överblick opens sorted from the address, shows levels and counts, and a cell’s reasons', async ({ page }) => {
  await importThreeCounties(page);

  await page.goto('#/jamfor?sortera=omrade-6&ordning=fallande');
  await expect(page.getByRole('heading', { level: 1, name: 'Överblick' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Nivå per län och område', exact: true });
  expect((await rowNames(table)).slice(0, 4)).toEqual(['Skåne', 'Uppsala', 'Stockholm', 'Södermanland']);
  await expect(table.getByRole('columnheader', { name: '6. Kvalitetssäkring' })).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('row', { name: /^Uppsala/ }).getByRole('cell')).toHaveText(['2', '2', '2', '2', '2', '2']);
  await expect(table.getByRole('button', { name: 'Uppsala, område 5: nivå 2, Bitvis välutvecklad kapacitet och kompetens. Visa skälen' })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Antal Ej bedömd/ }).getByRole('cell')).toHaveText(Array(6).fill('18'));
  await expect(page.getByText('3 av 21 län har poäng på alla 32 påståenden', { exact: false })).toBeVisible();

  // Sorting by county name in Swedish order, from the header button.
  await table.getByRole('button', { name: 'Län', exact: true }).click();
  await expect(page).toHaveURL(/#\/jamfor\?sortera=lan&ordning=stigande$/);
  expect((await rowNames(table)).slice(-2)).toEqual(['Örebro', 'Östergötland']);

  // A cell opens its reasons, with the state in the address, so a reload shows them again.
  await table.getByRole('button', { name: 'Stockholm, område 4: nivå 1, Outvecklade samarbeten och överblick. Visa skälen' }).click();
  const reasons = page.getByRole('region', { name: 'Skälen: Stockholm, område 4. Förutsättningar för samarbete' });
  await expect(reasons.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(reasons).toContainText('Nivå 1: Outvecklade samarbeten och överblick');
  await expect(reasons.getByRole('listitem').filter({ hasText: /^4\.1 ≥ 1: ej uppfyllt$/ })).toBeVisible();
  await expect(page).toHaveURL(/visa=01-4/);
  expect(await axeViolations(page)).toEqual([]);

  await page.reload();
  await expect(reasons).toBeVisible();
  await expect(page.getByRole('table', { name: 'Nivå per län och område' }).getByRole('columnheader', { name: 'Län', exact: true })).toHaveAttribute('aria-sort', 'ascending');
  await reasons.getByRole('button', { name: 'Stäng skälen' }).click();
  await expect(reasons).toHaveCount(0);

  const { pageWidth } = await horizontalOverflow(page, table);
  expect(pageWidth).toBeLessThanOrEqual(1280);
});

test('Överblick with all 21 counties fits about one screen at 1280 × 900, and a cell’s reasons open under its row and close with Escape', async ({ page }) => {
  await importSeededCounties(page);
  await page.goto('#/jamfor');
  const table = page.getByRole('table', { name: 'Nivå per län och område', exact: true });
  await expect(table.locator('tbody tr')).toHaveCount(21);
  // The whole table (caption, header, 21 counties and the counts) in about one window's height.
  const height = (await table.boundingBox())?.height ?? Infinity;
  expect(height).toBeLessThanOrEqual(1.3 * 900);
  const { pageWidth } = await horizontalOverflow(page, table);
  expect(pageWidth).toBeLessThanOrEqual(1280);

  const cell = table.getByRole('button', { name: /^Skåne, område 4: / });
  await cell.click();
  const reasons = page.getByRole('region', { name: 'Skälen: Skåne, område 4. Förutsättningar för samarbete' });
  await expect(reasons.getByRole('heading', { level: 2 })).toBeFocused();
  // The panel starts right under the county's row, not below the table.
  const row = await table.getByRole('row', { name: /^Skåne/ }).boundingBox();
  const panel = await reasons.boundingBox();
  expect(row && panel && Math.abs(panel.y - (row.y + row.height))).toBeLessThan(4);
  expect(await axeViolations(page)).toEqual([]);

  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(reasons).toHaveCount(0);
  await expect(cell).toBeFocused();
  await expect(page).not.toHaveURL(/visa=/);
});

test('on a 390 px phone all six areas of Överblick fit beside the counties, headed by number and named in full for screen readers', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await importSeededCounties(page);
  await page.goto('#/jamfor');
  const table = page.getByRole('table', { name: 'Nivå per län och område', exact: true });
  await expect(table.locator('tbody tr')).toHaveCount(21);
  const overflow = await table.evaluate((element) => {
    const region = element.parentElement as HTMLElement;
    return region.scrollWidth - region.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(1);
  const header = table.getByRole('columnheader', { name: /^1\. Styrning och mandat/ });
  await expect(header).toBeVisible();
  await expect(header).toHaveText(/^1/);
  // The last column's cells are within the screen's width, no sideways scrolling needed.
  const lastCell = await table.getByRole('button', { name: /^Stockholm, område 6: / }).boundingBox();
  expect((lastCell?.x ?? Infinity) + (lastCell?.width ?? 0)).toBeLessThanOrEqual(390);
});

test('at 320 px a cell’s reasons open under its row within the screen’s width, whichever column the table is scrolled to', async ({ page }) => {
  await importThreeCounties(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('#/jamfor');
  const table = page.getByRole('table', { name: 'Nivå per län och område', exact: true });
  // The last area's cell: the table has to scroll sideways to show it.
  await table.getByRole('button', { name: /^Skåne, område 6: / }).click();
  const reasons = page.getByRole('region', { name: 'Skälen: Skåne, område 6. Kvalitetssäkring' });
  await expect(reasons.getByRole('heading', { level: 2 })).toBeFocused();
  expect(await table.evaluate((element) => element.closest('.table-scroll')?.scrollLeft ?? 0)).toBeGreaterThan(0);
  const panel = await reasons.boundingBox();
  expect(panel && panel.x).toBeGreaterThanOrEqual(0);
  expect(panel && panel.x + panel.width).toBeLessThanOrEqual(320);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await reasons.getByRole('button', { name: 'Stäng skälen' }).click();
  await expect(table.getByRole('button', { name: /^Skåne, område 6: / })).toBeFocused();
});

test('Påståenden sorted by total from the address fits 1280 px without sideways scrolling', async ({ page }) => {
  await importThreeCounties(page);

  await page.goto('#/jamfor/pastaenden?sortera=summa');
  await expect(page.getByRole('heading', { level: 1, name: 'Påståenden' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Poäng per län och påstående', exact: true });
  expect((await rowNames(table)).slice(0, 4)).toEqual(['Stockholm', 'Uppsala', 'Skåne', 'Södermanland']);
  await expect(table.getByRole('columnheader', { name: 'Summa' })).toHaveAttribute('aria-sort', 'ascending');
  const uppsala = table.getByRole('row', { name: /^Uppsala/ }).getByRole('cell');
  await expect(uppsala).toHaveCount(33);
  await expect(uppsala.nth(0)).toHaveText('33');
  await expect(uppsala.nth(1)).toHaveText('2');
  await expect(uppsala.nth(2)).toHaveText('1');
  await expect(table.getByRole('row', { name: /^Södermanland/ }).getByRole('cell').nth(1)).toHaveText('–Ej poängsatt');
  await expect(table.getByRole('row', { name: /^Antal län med 2/ }).getByRole('cell').first()).toHaveText('2');
  await expect(table.getByRole('row', { name: /^Antal ej poängsatta/ }).getByRole('cell').first()).toHaveText('18');

  await table.getByRole('button', { name: 'Summa' }).click();
  await expect(page).toHaveURL(/#\/jamfor\/pastaenden\?sortera=summa&ordning=fallande$/);
  expect((await rowNames(table)).slice(0, 3)).toEqual(['Skåne', 'Uppsala', 'Stockholm']);

  const { pageWidth, region } = await horizontalOverflow(page, table);
  expect(pageWidth).toBeLessThanOrEqual(1280);
  expect(region.scrollWidth).toBeLessThanOrEqual(region.clientWidth);
  expect(await axeViolations(page)).toEqual([]);
});

test('with nothing scored both views explain it and show the tables of not rated and unscored', async ({ page }) => {
  await page.goto('#/jamfor');
  await expect(page.getByText(/^Inget län har poäng än/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Nivå per län och område' }).getByRole('button', { name: /Ej bedömd\. Visa skälen$/ })).toHaveCount(126);
  await page.getByRole('navigation', { name: 'Jämförelser' }).getByRole('link', { name: 'Påståenden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Påståenden' })).toBeFocused();
  await expect(page.getByText(/^Inget län har poäng än/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Poäng per län och påstående' }).locator('tbody tr')).toHaveCount(21);
  expect(await axeViolations(page)).toEqual([]);
});
