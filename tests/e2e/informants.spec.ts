import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectSaved, test } from './helpers';

const EXAMPLE = fileURLToPath(new URL('../../public/examples/informants-2016.json', import.meta.url));
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the example of Bilaga 3 imports, its sums and the source’s differing totals show, and an organisation is added by keyboard', async ({ page }) => {
  await page.goto('#/data');
  await page.getByLabel(/^Välj en fil att importera/).setInputFiles(EXAMPLE);
  const preview = page.getByRole('status').filter({ hasText: '«informants-2016.json» är giltig' });
  await expect(preview).toContainText('Filens anteckning: Bilaga 3 (Informanter)');
  await page.getByRole('button', { name: 'Importera och slå ihop' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'är importerad' })).toBeVisible();
  await expectSaved(page);

  await page.goto('#/informanter?omgang=2016');
  await expect(page.getByRole('heading', { level: 1, name: 'Informanter' })).toBeVisible();
  const byCounty = page.getByRole('table', { name: 'Informanter per län' });
  await expect(byCounty.getByRole('row')).toHaveCount(1 + 21 + 1);
  await expect(byCounty.getByRole('row').last()).toHaveText(/Totalt\s*118\s*93\s*40\s*133/);
  await expect(page.getByRole('table', { name: 'Informanter per nivå' }).getByRole('row').last()).toHaveText(/Totalt\s*118\s*93\s*40\s*133/);
  await expect(
    page.getByText('Raderna ger 93 besök och 40 per telefon, 133 i allt. Källans sammanställning anger 92 besök och 41 per telefon, 133 i allt.'),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await byCounty.getByRole('link', { name: 'Jönköping' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jönköping (06)' })).toBeVisible();
  const summary = page.getByText('Informanter (5 organisationer)');
  await summary.focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Lägg till en organisation' });
  await expect(form).toBeVisible();
  await form.getByLabel('Organisation eller roll').focus();
  await page.keyboard.type('Socialchef');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('combobox', { name: 'Nivå' })).toBeFocused();
  await page.keyboard.type('Kommun');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('status').filter({ hasText: 'Socialchef är tillagd.' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Informanter i Jönköping, Länsinventering 2016' }).getByRole('row').last()).toHaveText(/^Socialchef\s*Kommun\s*2\s*0/);
  await expect(page.getByText('Informanter (6 organisationer)')).toBeVisible();
  await expect(form.getByLabel('Organisation eller roll')).toBeFocused();
  await expectSaved(page);
  // The open section, with a field that says what is wrong with it.
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Organisation eller roll')).toHaveAttribute('aria-invalid', 'true');
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('#/informanter?omgang=2016');
  await expect(byCounty.getByRole('row', { name: /^Jönköping/ })).toHaveText(/Jönköping\s*6\s*4\s*4\s*8/);
  await expect(byCounty.getByRole('row').last()).toHaveText(/Totalt\s*119\s*95\s*40\s*135/);
});
