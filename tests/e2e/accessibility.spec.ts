import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectSaved, fixturePath, importThreeCounties, openCounty, saveStatus, scoreRadio, test } from './helpers';
import { allowFailingWrites, setWritesFail } from './idb';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the whole page and returns its violations in a form that reads well in a failure. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact ?? ''}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function useEnglish(page: Page): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('lansinventering-sprak', 'en'));
}

const ROUTES = ['#/lan', '#/lan/06', '#/lan/06/samsyn', '#/omgangar', '#/overensstammelse', '#/figurer', '#/jamfor', '#/jamfor/pastaenden', '#/jamfor/lan?valda=01,03', '#/regler', '#/rapport', '#/data', '#/tillganglighet', '#/team', '#/finns-inte'];

for (const language of ['sv', 'en'] as const) {
  for (const route of ROUTES) {
    test(`${route} in ${language} has no WCAG 2.1 A or AA violations`, async ({ page }) => {
      if (language === 'en') await useEnglish(page);
      await page.goto(route);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('a half-scored county, its rule details and the figures with data have no violations', async ({ page }) => {
  await openCounty(page, '06', 'Jönköping');
  for (const id of ['1.1', '1.2', '4.1', '4.2']) await scoreRadio(page, id, 2).check();
  await page.getByText('Regeln steg för steg').first().click();
  await expectSaved(page);
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('#/figurer');
  await expect(page.getByRole('heading', { level: 1, name: 'Figurer' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('an import error and an import preview have no violations', async ({ page }) => {
  await page.goto('#/data');
  await page.getByLabel(/^Välj en fil att importera/).setInputFiles(fixturePath('import-broken.json'));
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel(/^Välj en fil att importera/).setInputFiles(fixturePath('import-three-counties.json'));
  await expect(page.getByRole('button', { name: 'Importera och slå ihop' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the report with a page per scored county has no violations and reflows at 320 px', async ({ page }) => {
  await importThreeCounties(page);
  await page.goto('#/rapport?lan=ja');
  await expect(page.getByRole('region', { name: 'Skåne (12)' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('the figures with data and their download buttons have no violations and reflow at 320 px', async ({ page }) => {
  await importThreeCounties(page);
  await page.goto('#/figurer');
  await expect(page.getByRole('button', { name: 'Ladda ner PNG av Figur 6' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('the save-failure alert has no violations', async ({ page }) => {
  await allowFailingWrites(page);
  await openCounty(page, '06', 'Jönköping');
  await setWritesFail(page, true);
  await scoreRadio(page, '1.1', 1).check();
  await expect(saveStatus(page)).toHaveText('Ej sparat');
  expect(await axeViolations(page)).toEqual([]);
});

for (const route of ROUTES) {
  test(`${route} reflows at 320 px wide (400 % zoom) without sideways scrolling of the page`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
  });
}

test('the skip link is the first tab stop and moves focus to the main content', async ({ page }) => {
  await page.goto('#/lan');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('moving to another page puts focus on its heading and names it in the title', async ({ page }) => {
  await page.goto('#/lan');
  await expect(page.getByRole('heading', { level: 1, name: 'Län' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Figurer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Figurer' })).toBeFocused();
  await expect(page).toHaveTitle(/^Figurer – /);
});

test('every element reached with Tab on the scoring page shows where the focus is', async ({ page }) => {
  await openCounty(page, '06', 'Jönköping');
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    const visible = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return 'nothing focused';
      const style = getComputedStyle(element);
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      return outlined || style.boxShadow !== 'none' ? 'ok' : `${element.tagName} ${element.getAttribute('aria-label') ?? element.textContent ?? ''}`;
    });
    expect(visible).toBe('ok');
  }
});

test('the chosen language is kept, sets the page language and is offered in the other language', async ({ page }) => {
  await page.goto('#/lan');
  await page.getByRole('button', { name: 'Change language to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Counties' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Counties' })).toBeVisible();
  await page.getByRole('button', { name: 'Byt språk till svenska' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
});
