import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { expect, importSeededCounties, importThreeCounties, test } from './helpers';

function rowOf(table: Locator, name: RegExp): Locator {
  return table.getByRole('row', { name });
}

test('three imported counties side by side: levels, a marked difference and the radar\'s numbers', async ({ page }) => {
  await importThreeCounties(page);

  await page.goto('#/jamfor/lan?valda=01,03,12');
  await expect(page.getByRole('heading', { level: 1, name: 'Sida vid sida' })).toBeVisible();
  for (const name of ['Stockholm', 'Uppsala', 'Skåne']) {
    await expect(page.getByRole('checkbox', { name, exact: true })).toBeChecked();
  }

  const levels = page.getByRole('table', { name: 'Nivå per område för de valda länen' });
  await expect(rowOf(levels, /^1\. Styrning och mandat/).getByRole('cell')).toHaveText([
    'Outvecklad struktur',
    'Bitvis välutvecklad struktur',
    'Välutvecklad struktur',
  ]);
  await expect(rowOf(levels, /^6\. /).getByRole('cell')).toHaveText([
    'Otillräcklig kvalitetssäkring',
    'Bitvis välutvecklad kvalitetssäkring',
    'Välutvecklad kvalitetssäkring',
  ]);

  await expect(rowOf(levels, /^1\. /).getByRole('rowheader')).toHaveText('1. Styrning och mandat ≠ Skiljer sig');
  await expect(page.getByText('6 av 6 områden skiljer sig mellan de valda länen.')).toBeVisible();

  const statements = page.getByRole('table', { name: 'Poäng per påstående för de valda länen' });
  await expect(rowOf(statements, /^1\.1 /).getByRole('cell')).toHaveText(['0', '2', '2', '≠ Skiljer sig']);
  await expect(page.getByText('32 av 32 påståenden skiljer sig mellan de valda länen.')).toBeVisible();

  const chart = page.getByRole('img', { name: /^Radardiagram, medelpoäng per område/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleName(/Uppsala: område 1 1,1, område 2 1,0/);
  await expect(page.getByRole('list', { name: 'Förklaring till diagrammet' }).getByRole('listitem')).toHaveText([
    'Stockholm',
    'Uppsala',
    'Skåne',
    'Median, alla län',
  ]);
  const means = page.getByRole('table', { name: 'Medelpoäng per område (0–2) och medianen för alla län' });
  await expect(rowOf(means, /^1\. /).getByRole('cell')).toHaveText(['0,0', '1,1', '2,0', '1,1', '3']);
  await expect(rowOf(means, /^4\. /).getByRole('cell')).toHaveText(['0,0', '1,0', '2,0', '1,0', '3']);
});

test('a chosen county is kept in the address, and a bookmark with an unknown code reopens the rest', async ({ page }) => {
  await page.goto('#/jamfor/lan?valda=06');
  await expect(page.getByText('Du har valt 1 län. Välj minst 2 län ovan för att se dem sida vid sida.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Västerbotten', exact: true }).check();
  await expect(page).toHaveURL(/#\/jamfor\/lan\?valda=06(,|%2C)24$/);
  await expect(page.getByText('Inga poäng ännu för Jönköping, Västerbotten.', { exact: false })).toBeVisible();
  await expect(page.getByText(/^Inget av de valda länen har några poäng ännu/)).toBeVisible();

  await page.goto('#/jamfor/lan?valda=24,99,06');
  await expect(page.getByText('Adressen innehöll koder som inte är något län; de används inte: 99.')).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Nivå per område för de valda länen' }).getByRole('columnheader'),
  ).toHaveText(['Område', 'Jönköping', 'Västerbotten']);
});

test('with all counties imported, "Visa bara skillnader" leaves the rows that differ in both tables, and a reload keeps it', async ({ page }) => {
  await importSeededCounties(page);
  await page.goto('#/jamfor/lan?valda=12,13');
  const levels = page.getByRole('table', { name: 'Nivå per område för de valda länen' });
  const statements = page.getByRole('table', { name: 'Poäng per påstående för de valda länen' });
  await expect(levels.locator('tbody tr')).toHaveCount(6);
  await expect(statements.locator('tbody th[scope="row"]')).toHaveCount(32);
  const differingAreas = await levels.locator('tbody tr.side-by-side-row--differs th').allTextContents();
  expect(differingAreas.length).toBeGreaterThan(0);
  expect(differingAreas.length).toBeLessThan(6);

  await page.getByRole('checkbox', { name: 'Visa bara skillnader' }).check();
  await expect(page).toHaveURL(/valda=12,13&skillnader=ja$/);
  await expect(levels.locator('tbody th')).toHaveText(differingAreas);
  await expect(page.getByRole('status').filter({ hasText: /^Visar \d av 6 områden/ })).toContainText(`Visar ${differingAreas.length} av 6 områden`);
  for (const comparison of await statements.locator('tbody td:last-child').allTextContents()) expect(comparison).toBe('≠ Skiljer sig');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Visa bara skillnader' })).toBeChecked();
  await expect(levels.locator('tbody th')).toHaveText(differingAreas);
});
