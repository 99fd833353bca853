import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectSaved, openCounty, test } from './helpers';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SUMMARY = 'Länet har en etablerad samverkansstruktur där alla kommuner och regionen ingår.';

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact ?? ''}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const history = (page: Page) => page.getByRole('list', { name: 'Statushistorik' }).getByRole('listitem');

test('a summary written and a status set twice by keyboard reach the check sheet and are kept after a reload', async ({ page }) => {
  await openCounty(page, '06', 'Jönköping');
  await page.getByRole('textbox', { name: 'Samlad bedömning' }).fill(SUMMARY);

  const status = page.getByRole('combobox', { name: 'Status' });
  await expect(status).toHaveValue('');
  await status.focus();
  // A closed list changes its choice on an arrow key; only "Spara status" files it in the history.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(status).toHaveValue('skickad');
  await expect(history(page)).toHaveCount(0);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Spara status' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(history(page)).toHaveCount(1);
  await status.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(history(page)).toHaveCount(2);
  await expect(status).toHaveValue('skickad');
  await expect(history(page).nth(0)).toHaveText(/^Utkast \d{4}-\d{2}-\d{2}$/);
  await expect(history(page).nth(1)).toHaveText(/^Skickad till länet \d{4}-\d{2}-\d{2}$/);
  await expectSaved(page);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Skriv ut avstämning för länet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Avstämning: Jönköping (06)' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Samlad bedömning' })).toContainText(SUMMARY);
  await expect(page.getByRole('region', { name: 'Svar från länet' })).toContainText('Stämmer beskrivningen?');
  expect(await axeViolations(page)).toEqual([]);

  // Kept in the browser's storage: a reload shows the same sheet, and the page the same history.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Samlad bedömning' })).toContainText(SUMMARY);
  await page.getByRole('link', { name: 'Tillbaka till Jönköping' }).click();
  await expect(page.getByRole('textbox', { name: 'Samlad bedömning' })).toHaveValue(SUMMARY);
  await expect(history(page)).toHaveText([/^Utkast /, /^Skickad till länet /]);
});

test('the county list shows the status a county\'s check has reached', async ({ page }) => {
  await openCounty(page, '06', 'Jönköping');
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Bekräftad av länet' });
  await page.getByRole('button', { name: 'Spara status' }).click();
  await expectSaved(page);
  await page.goto('#/lan');
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Jönköping', exact: true }) });
  await expect(row.getByRole('cell').nth(1)).toHaveText('Bekräftad av länet');
});

test('the check sheet with a comment opened and written has no violations and reflows at 320 px', async ({ page }) => {
  await openCounty(page, '06', 'Jönköping');
  // The area's comment is folded under its name, which the area's own heading also carries.
  await page.locator('summary').filter({ hasText: 'Område 4. Förutsättningar för samarbete' }).click();
  await page.getByRole('textbox', { name: 'Kommentar till område 4' }).fill('Överenskommelsen förnyas under året.');
  await expectSaved(page);
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('#/rapport?lan=06&avstamning=ja');
  await expect(page.getByRole('row', { name: /^Kommentar till området/ })).toContainText('Överenskommelsen förnyas under året.');
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
