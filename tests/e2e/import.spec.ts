import type { Locator, Page } from '@playwright/test';
import {
  AREAS,
  expect,
  expectFigureRows,
  expectSaved,
  fixturePath,
  navigateTo,
  openCounty,
  scoreRadio,
  scoredCell,
  test,
} from './helpers';

/** Chooses a file in the Data page's import field. */
async function chooseImportFile(page: Page, name: string): Promise<void> {
  await page.getByLabel(/^Välj en fil att importera/).setInputFiles(fixturePath(name));
}

/** The preview shown once a chosen file has been checked and found valid. */
function readyToImport(page: Page, fileName: string): Locator {
  return page.getByRole('status').filter({ hasText: `«${fileName}» är giltig` });
}

/** Picks "Ersätt" instead of the default merge. */
async function chooseReplace(page: Page): Promise<void> {
  await page.getByRole('radio', { name: /^Ersätt:/ }).check();
  await expect(page.getByRole('button', { name: 'Importera och slå ihop' })).toHaveCount(0);
}

/** Stockholm gets 1.1 = 2 before anything is imported. */
async function scoreStockholmFirst(page: Page): Promise<void> {
  await openCounty(page, '01', 'Stockholm');
  await scoreRadio(page, '1.1', 2).check();
  await expectSaved(page);
  await navigateTo(page, 'Data');
  await expect(page.getByText('Arbetsytan innehåller nu 1 län, 1 poäng och 0 anteckningar.')).toBeVisible();
}

test('importing a file of three scored counties puts each at its level in every figure', async ({ page }) => {
  await page.goto('#/data');
  await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();

  await chooseImportFile(page, 'import-three-counties.json');
  const summary = readyToImport(page, 'import-three-counties.json');
  await expect(summary).toContainText('innehåller 3 län, 96 poäng och 1 anteckning');
  await expect(summary).toContainText('Arbetsytan innehåller nu 0 län, 0 poäng och 0 anteckningar');
  await expect(summary).toContainText('Län som läggs till: Stockholm, Uppsala, Skåne');
  await expect(page.getByRole('radio', { name: /^Slå ihop:/ })).toBeChecked();

  await chooseReplace(page);
  await page.getByRole('button', { name: 'Importera och ersätt' }).click();
  await expect(page.getByRole('status').filter({ hasText: '«import-three-counties.json» är importerad' })).toContainText(
    'Arbetsytan innehåller nu 3 län, 96 poäng och 1 anteckning.',
  );

  // Stockholm scored 0 everywhere, Uppsala 1 (and 1.1 = 2), Skåne 2: weakest, middle, strongest.
  await navigateTo(page, 'Figurer');
  for (const area of AREAS) {
    await expectFigureRows(page, area, [['Stockholm'], ['Uppsala'], ['Skåne']]);
    await expect(page.getByRole('region', { name: area.caption, exact: true })).toContainText('3 av 21 bedömda');
  }
});

test('a file with an unknown statement and an out-of-range score changes nothing and names both places', async ({
  page,
}) => {
  await scoreStockholmFirst(page);

  // Uppsala in the file: 1.1 = 3 and a statement "1.9" that Bilaga 1 does not have.
  await chooseImportFile(page, 'import-broken.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('«import-broken.json» kunde inte importeras. Ingenting har ändrats.');
  await expect(alert.getByRole('listitem')).toHaveText([
    'assessments[0].scores["1.1"]: poängen måste vara 0, 1 eller 2',
    'assessments[0].scores["1.9"]: okänt påstående',
  ]);
  await expect(page.getByRole('button', { name: /^Importera och/ })).toHaveCount(0);
  await expect(page.getByText('Arbetsytan innehåller nu 1 län, 1 poäng och 0 anteckningar.')).toBeVisible();

  await navigateTo(page, 'Län');
  await expect(scoredCell(page, 'Stockholm')).toHaveText('1 av 32');
  await expect(scoredCell(page, 'Uppsala')).toHaveText('0 av 32');
});

test('merging keeps a county the file does not name, replacing removes it after saying so', async ({ page }) => {
  await openCounty(page, '06', 'Jönköping');
  await scoreRadio(page, '1.1', 1).check();
  await navigateTo(page, 'Data');

  await chooseImportFile(page, 'import-three-counties.json');
  await expect(readyToImport(page, 'import-three-counties.json')).not.toContainText('Län vars data tas bort');
  await page.getByRole('button', { name: 'Importera och slå ihop' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'är importerad' })).toContainText('4 län, 97 poäng');
  await navigateTo(page, 'Län');
  await expect(scoredCell(page, 'Jönköping')).toHaveText('1 av 32');
  await expect(scoredCell(page, 'Skåne')).toHaveText('32 av 32');

  await navigateTo(page, 'Data');
  await chooseImportFile(page, 'import-three-counties.json');
  await expect(readyToImport(page, 'import-three-counties.json')).toContainText(
    'Importen ändrar ingenting: filen stämmer med den nuvarande arbetsytan.',
  );
  await expect(page.getByRole('button', { name: 'Importera och slå ihop' })).toBeDisabled();
  await chooseReplace(page);
  await expect(readyToImport(page, 'import-three-counties.json')).toContainText('Län vars data tas bort: Jönköping');
  await page.getByRole('button', { name: 'Importera och ersätt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'är importerad' })).toContainText('3 län, 96 poäng');
  await navigateTo(page, 'Län');
  await expect(scoredCell(page, 'Jönköping')).toHaveText('0 av 32');
  await expect(scoredCell(page, 'Skåne')).toHaveText('32 av 32');
});

test('undoing an import brings back the workspace from before it, also after a reload', async ({ page }) => {
  await scoreStockholmFirst(page);

  await chooseImportFile(page, 'import-three-counties.json');
  await chooseReplace(page);
  // The preview names the one existing value the import overwrites: Stockholm 1.1, from 2 to 0.
  const changed = page.getByRole('table', { name: /poäng som ändras/i });
  await expect(changed.getByRole('row').filter({ hasText: 'Stockholm' }).first().getByRole('cell')).toHaveText([
    'Stockholm',
    '1.1',
    '2',
    '0',
  ]);
  await page.getByRole('button', { name: 'Importera och ersätt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'är importerad' })).toContainText('3 län, 96 poäng');
  await expectSaved(page);

  await page.getByRole('button', { name: 'Ångra importen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Importen är ångrad' })).toHaveText(
    'Importen är ångrad. Arbetsytan är som före importen.',
  );
  await expect(page.getByText('Arbetsytan innehåller nu 1 län, 1 poäng och 0 anteckningar.')).toBeVisible();
  await expectSaved(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
  await navigateTo(page, 'Län');
  await expect(scoredCell(page, 'Stockholm')).toHaveText('1 av 32');
  await expect(scoredCell(page, 'Uppsala')).toHaveText('0 av 32');
  await expect(scoredCell(page, 'Skåne')).toHaveText('0 av 32');
  await navigateTo(page, 'Figurer');
  for (const area of AREAS) {
    await expect(page.getByRole('region', { name: area.caption, exact: true })).toContainText('0 av 21 bedömda');
  }
});
