import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectSaved, openCounty, test } from './helpers';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact ?? ''}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const AREA_1 = 'Intervjufrågor för område 1';
const POLITICAL = 'Politisk styrning';
const COST = 'Vad är kostnaden för er organisation per invånare? (kr)';

/** Opens an area's interview questions from the keyboard: the focus on the button, then Enter. */
async function openQuestionsByKeyboard(page: Page, name: string): Promise<void> {
  const toggle = page.getByRole('button', { name, exact: true });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

test('answers given on the county page are kept after a reload and printed in on the interview sheet, with the statements to score', async ({ page }) => {
  await openCounty(page, '06', 'Jönköping');
  await expect(page.getByRole('textbox', { name: POLITICAL })).toHaveCount(0);
  await openQuestionsByKeyboard(page, AREA_1);

  await page.getByRole('textbox', { name: POLITICAL, exact: true }).fill('Politiskt samverkansråd för regionen och kommunerna');
  await page.getByRole('textbox', { name: COST, exact: true }).fill('12,5');
  await expect(page.getByRole('textbox', { name: 'Anteckning till frågan Vad är kostnaden för er organisation per invånare?', exact: true })).toBeVisible();
  const financing = page.getByRole('group', { name: 'Hur finansieringen ser ut' });
  await financing.getByRole('checkbox', { name: 'Basanslag' }).focus();
  await page.keyboard.press('Space');
  await expect(financing.getByRole('checkbox', { name: 'Basanslag' })).toBeChecked();
  await expectSaved(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Jönköping (06)' })).toBeVisible();
  await openQuestionsByKeyboard(page, AREA_1);
  await expect(page.getByRole('textbox', { name: POLITICAL, exact: true })).toHaveValue('Politiskt samverkansråd för regionen och kommunerna');
  await expect(page.getByRole('textbox', { name: COST, exact: true })).toHaveValue('12,5');
  await expect(page.getByRole('group', { name: 'Hur finansieringen ser ut' }).getByRole('checkbox', { name: 'Basanslag' })).toBeChecked();

  await page.getByRole('link', { name: 'Intervjuunderlag för utskrift' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Intervjuunderlag: Jönköping' })).toBeVisible();
  await expect(page).toHaveTitle('Intervjuunderlag – Länsinventering');
  await expect(page.getByRole('heading', { level: 2, name: 'Intervjuguide - inventering av regionalt utvecklingsstöd' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(8);
  await expect(page.getByRole('listitem').filter({ hasText: POLITICAL })).toContainText('Ifyllt i appen: Politiskt samverkansråd för regionen och kommunerna');
  await expect(page.getByRole('listitem').filter({ hasText: 'Vad är kostnaden för er organisation per invånare?' })).toContainText('12,5 kr');
  await expect(page.getByText('Basanslag (ikryssad)')).toBeVisible();

  await expect(page.getByRole('heading', { level: 2, name: 'Påståenden (Bilaga 1)' })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(6);
  const area1 = page.getByRole('table', { name: 'Område 1: Styrning och mandat inom politik och förvaltning' });
  await expect(area1.getByRole('columnheader')).toHaveText(['Påstående', '0 Obefintligt', '1 Till viss del', '2 Väl uppfyllt']);
  await expect(page.getByRole('rowheader', { name: /^\d\.\d / })).toHaveCount(32);
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeVisible();
});

test('the interview sheet and the county page with guide sections open have no WCAG 2.1 A or AA violations', async ({ page }) => {
  await page.goto('#/lan/06/intervju');
  await expect(page.getByRole('heading', { level: 1, name: 'Intervjuunderlag: Jönköping' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await openCounty(page, '06', 'Jönköping');
  await openQuestionsByKeyboard(page, AREA_1);
  await openQuestionsByKeyboard(page, 'Intervjufrågor för område 4');
  await openQuestionsByKeyboard(page, 'Intervjufrågor: Allmänt, Summering');
  // A figure that is no number, marked and explained, is checked too.
  await page.getByRole('textbox', { name: COST, exact: true }).fill('12 kronor');
  await expect(page.getByText('Skriv ett tal, till exempel 12,5.', { exact: false })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Samarbetar ni med andra utvecklingsstödande organisationer?' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Vem är informanten?' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the interview sheet reflows at 320 px, and on paper the controls are gone and the statements start a page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('#/lan/06/intervju');
  await expect(page.getByRole('heading', { level: 1, name: 'Intervjuunderlag: Jönköping' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  expect(await page.locator('.sheet-statements').evaluate((element) => getComputedStyle(element).breakBefore)).toBe('page');
});
