import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  expect,
  expectSaved,
  fixturePath,
  navigateTo,
  noteField,
  openCounty,
  scoreRadio,
  scoredCell,
  test,
  watchPageErrors,
  writeNote,
  expectNoNote
} from './helpers';

/** A note a spreadsheet would run as a formula, with the delimiter and a quote in it. */
const NOTE = '=SUMMA(A1;A2) enligt "Bilaga 1"';

async function chooseImportFile(page: Page, path: string): Promise<void> {
  await page.getByLabel(/^Välj en fil att importera/).setInputFiles(path);
}

test('the CSV download is UTF-8 with a BOM, neutralises formulas and imports back to the exact text', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  await openCounty(page, '06', 'Jönköping');
  await scoreRadio(page, '1.1', 2).check();
  await scoreRadio(page, '1.2', 0).check();
  await writeNote(page, '1.1', NOTE);
  await expectSaved(page);
  await navigateTo(page, 'Data');
  await expect(page.getByRole('radio', { name: 'Semikolon (svenskt Excel)' })).toBeChecked();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ladda ner poängen (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^lansinventering-poang-\d{4}-\d{2}-\d{2}\.csv$/);
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);

  const bytes = readFileSync(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  // A fresh workspace scores in a round of the current year; the agreed scores have no rater.
  const round = String(new Date().getFullYear());
  expect(bytes.subarray(3).toString('utf8').split('\r\n')).toEqual([
    'omgang;lan;bedomare;pastaende;poang;anteckning',
    `${round};06;;1.1;2;"'=SUMMA(A1;A2) enligt ""Bilaga 1"""`,
    `${round};06;;1.2;0;`,
    '',
  ]);

  // Another browser profile, as a colleague opening the file would have.
  const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), locale: 'sv-SE' });
  const other = await context.newPage();
  const errors = watchPageErrors(other);
  await other.goto('#/data');
  await expect(other.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
  await chooseImportFile(other, path);
  await expect(other.getByRole('status').filter({ hasText: 'är giltig' })).toContainText(
    'innehåller 1 län, 2 poäng och 1 anteckning',
  );
  await other.getByRole('button', { name: 'Importera och slå ihop' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'är importerad' })).toBeVisible();
  await openCounty(other, '06', 'Jönköping');
  await expect(noteField(other, '1.1')).toHaveValue(NOTE);
  await expect(scoreRadio(other, '1.1', 2)).toBeChecked();
  await expect(scoreRadio(other, '1.2', 0)).toBeChecked();
  await context.close();
  expect(errors, 'errors in the other browser context').toEqual([]);
});

test('a CSV with errors names the row and column and changes nothing', async ({ page }) => {
  await openCounty(page, '06', 'Jönköping');
  await scoreRadio(page, '1.1', 0).check();
  await expectSaved(page);
  await navigateTo(page, 'Data');

  // Row 2 alone is valid (06 1.1 = 2); rows 3–5 each have one error.
  await chooseImportFile(page, fixturePath('scores-with-errors.csv'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('«scores-with-errors.csv» kunde inte importeras. Ingenting har ändrats.');
  await expect(alert.getByRole('listitem')).toHaveText([
    `rad 3, kolumn "pastaende": okänt påstående '1.9'`,
    'rad 4, kolumn "poang": poängen måste vara 0, 1 eller 2 eller tom',
    `rad 5, kolumn "lan": okänt län 'Narnia'`,
  ]);
  await expect(page.getByRole('button', { name: /^Importera och/ })).toHaveCount(0);

  await navigateTo(page, 'Län');
  await expect(scoredCell(page, 'Jönköping')).toHaveText('1 av 32');
  await expect(scoredCell(page, 'Kronoberg')).toHaveText('0 av 32');
  await openCounty(page, '06', 'Jönköping');
  await expect(scoreRadio(page, '1.1', 0)).toBeChecked();
  await expectNoNote(page, '1.1');
});
