import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, expectSaved, navigateTo, openCounty, scoreRadio, test, unscoredRadio } from './helpers';

async function downloadWorkspace(page: Page): Promise<Download> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ladda ner arbetsytan (JSON)' }).click();
  return download;
}

test('downloading the workspace gives a versioned file with the scores in it', async ({ page }) => {
  await openCounty(page, '01', 'Stockholm');
  await scoreRadio(page, '1.1', 2).check();
  await navigateTo(page, 'Data');

  const download = await downloadWorkspace(page);
  expect(download.suggestedFilename()).toMatch(/^lansinventering-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(await readFile(await download.path(), 'utf8')) as Record<string, unknown>;

  expect(file).toMatchObject({ format: 'lansinventering-scores', version: 3, criteria: 'bilaga1-2016' });
  expect(Date.parse(String(file['exportedAt']))).not.toBeNaN();
  expect(file['assessments']).toEqual([{ round: String(new Date().getFullYear()), county: '01', scores: { '1.1': 2 }, notes: {} }]);
});

test('a downloaded workspace can be imported again and brings its scores back', async ({ page }) => {
  await openCounty(page, '01', 'Stockholm');
  await scoreRadio(page, '1.1', 2).check();
  await navigateTo(page, 'Data');
  const path = await (await downloadWorkspace(page)).path();

  await page.goto('#/lan/01');
  await unscoredRadio(page, '1.1').check();
  await expect(unscoredRadio(page, '1.1')).toBeChecked();
  await expectSaved(page);

  await navigateTo(page, 'Data');
  await page.getByLabel(/^Välj en fil att importera/).setInputFiles(path);
  const ready = page.getByRole('status').filter({ hasText: 'är giltig' });
  await expect(ready).toContainText('1 län, 1 poäng och 0 anteckningar');
  await expect(ready).toContainText('Län som läggs till: Stockholm');
  await page.getByRole('button', { name: 'Importera och slå ihop' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'är importerad' })).toContainText('1 län, 1 poäng');

  await page.goto('#/lan/01');
  await expect(scoreRadio(page, '1.1', 2)).toBeChecked();
});
