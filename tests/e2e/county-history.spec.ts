import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect, expectSaved, fixturePath, openCounty, test } from './helpers';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FIXTURE = 'county-history-rounds.json';

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact ?? ''}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Jönköping in 2016 (rule revision 1), 2021 and 2026 (revision 2), imported through the Data page.
 * Replacing, so that the file's round 2026 takes the place of the round of this year a fresh
 * browser starts with.
 */
async function importThreeRounds(page: Page): Promise<void> {
  await page.goto('#/data');
  await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
  await page.getByLabel(/^Välj en fil att importera/).setInputFiles(fixturePath(FIXTURE));
  await expect(page.getByRole('status').filter({ hasText: `«${FIXTURE}» är giltig` })).toBeVisible();
  await page.getByRole('radio', { name: /^Ersätt:/ }).check();
  await page.getByRole('button', { name: 'Importera och ersätt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'är importerad' })).toBeVisible();
  await expectSaved(page);
}

/** Presses a download button and gives back the file's name and lines, after its BOM. */
async function download(page: Page, button: string, testInfo: TestInfo): Promise<{ fileName: string; lines: string[] }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await downloading;
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  const text = readFileSync(path, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return { fileName: file.suggestedFilename(), lines: text.slice(1).split('\r\n').slice(0, -1) };
}

const levels = (page: Page) => page.getByRole('table', { name: 'Nivåer per område i Jönköping, omgång för omgång' });
const roundRow = (page: Page, round: string) => levels(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: round }) });

test('from the county page to Jönköping across three rounds: levels, a changed score, a CSV file, and back', async ({ page }, testInfo) => {
  await importThreeRounds(page);
  await openCounty(page, '06', 'Jönköping');
  await page.getByRole('link', { name: 'Förändring över omgångarna' }).click();
  const heading = page.getByRole('heading', { level: 1, name: 'Jönköping: förändring över omgångarna' });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(/#\/lan\/06\/forandring$/);
  await expect(page).toHaveTitle('Förändring över omgångarna – Länsinventering');

  await expect(levels(page).getByRole('rowheader')).toHaveText(['Länsinventering 2016 (2016)', 'Uppföljning 2021 (2021)', 'Länsinventering 2026 (2026)']);
  await expect(roundRow(page, 'Uppföljning 2021 (2021)').getByRole('cell').first()).toHaveText('Välutvecklad struktur* (gruppens nivå)');
  await expect(roundRow(page, 'Uppföljning 2021 (2021)').getByRole('cell').nth(3)).toHaveText(/^Outvecklade samarbeten och överblick†/);
  await expect(page.getByText(/^† Uppföljning 2021 bedöms med regelns revision 2 och Länsinventering 2016 med revision 1\./)).toBeVisible();

  const step = page.getByRole('region', { name: 'Från Uppföljning 2021 till Länsinventering 2026', exact: true });
  const changed = step.getByRole('table', { name: /^Påståenden vars gemensamma poäng ändrats/ }).getByRole('row', { name: /^1\.1 Finns ett politiskt forum/ });
  await expect(changed.getByRole('cell')).toHaveText(['2', '0', '−2']);
  await expect(step.getByText('1 påstående har poäng i bara en av omgångarna.')).toBeVisible();

  const levelsCsv = await download(page, 'Nivåer per omgång (CSV)', testInfo);
  expect(levelsCsv.fileName).toMatch(/^lansinventering-forandring-06-nivaer-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(levelsCsv.lines).toHaveLength(1 + 3 * 6);
  expect(levelsCsv.lines).toContain('2021;Uppföljning 2021;2021;2;06;Jönköping;1;3;Välutvecklad struktur;3;1');
  const changesCsv = await download(page, 'Ändrade poäng (CSV)', testInfo);
  expect(changesCsv.lines[1]).toMatch(/^2016;2021;06;Jönköping;1\.1;Finns ett politiskt forum[^;]*;1;2;1$/);

  await page.getByRole('link', { name: 'Tillbaka till länet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jönköping (06)' })).toBeVisible();
});

test('the link keeps the round the address names, and the page rates each round with its own rule', async ({ page }) => {
  await importThreeRounds(page);
  await page.goto('#/lan/06?omgang=2016');
  await expect(page.getByRole('heading', { level: 1, name: 'Jönköping (06)' })).toBeVisible();
  await page.getByRole('link', { name: 'Förändring över omgångarna' }).click();
  await expect(page).toHaveURL(/#\/lan\/06\/forandring\?omgang=2016$/);
  await expect(roundRow(page, 'Länsinventering 2016 (2016)').getByRole('cell').nth(3)).toHaveText('Bitvis välutvecklade samarbeten och överblick');
  await expect(page.getByRole('link', { name: 'Tillbaka till länet' })).toHaveAttribute('href', '#/lan/06?omgang=2016');
});

test('the page with three rounds has no WCAG 2.1 A or AA violations in Swedish and English, and reflows at 320 px', async ({ page }) => {
  await importThreeRounds(page);
  await page.goto('#/lan/06/forandring');
  await expect(levels(page)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Change language to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jönköping: change across the rounds' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('region', { name: 'From Länsinventering 2016 to Uppföljning 2021', exact: true })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('with one round the page says so and leads to the rounds, by keyboard', async ({ page }) => {
  await page.goto('#/lan/06/forandring');
  await expect(page.getByRole('heading', { level: 1, name: 'Jönköping: förändring över omgångarna' })).toBeVisible();
  const rounds = page.getByRole('main').getByRole('link', { name: 'Omgångar', exact: true });
  await rounds.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Omgångar och bedömare' })).toBeVisible();
  await page.goBack();
  expect(await axeViolations(page)).toEqual([]);
});

test('after one visit the page opens with no network: its lazily loaded code is in the precache', async ({ page, context }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await importThreeRounds(page);

  await context.setOffline(true);
  await page.reload();
  await page.goto('#/lan/06/forandring');
  await expect(page.getByRole('heading', { level: 1, name: 'Jönköping: förändring över omgångarna' })).toBeVisible();
  await expect(levels(page).getByRole('rowheader')).toHaveCount(3);
  await context.setOffline(false);
});
