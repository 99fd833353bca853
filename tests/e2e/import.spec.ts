import type { Page } from '@playwright/test';
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
  const summary = page.getByRole('status').filter({ hasText: '«import-three-counties.json» är giltig' });
  await expect(summary).toContainText('innehåller 3 län, 96 poäng och 1 anteckning');
  await expect(summary).toContainText('ersätts den nuvarande arbetsytan (0 län, 0 poäng och 0 anteckningar)');

  await page.getByRole('button', { name: 'Ersätt arbetsytan med filen' }).click();
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
  await expect(page.getByRole('button', { name: 'Ersätt arbetsytan med filen' })).toHaveCount(0);
  await expect(page.getByText('Arbetsytan innehåller nu 1 län, 1 poäng och 0 anteckningar.')).toBeVisible();

  await navigateTo(page, 'Län');
  await expect(scoredCell(page, 'Stockholm')).toHaveText('1 av 32');
  await expect(scoredCell(page, 'Uppsala')).toHaveText('0 av 32');
});

test('undoing an import brings back the workspace from before it, also after a reload', async ({ page }) => {
  await scoreStockholmFirst(page);

  await chooseImportFile(page, 'import-three-counties.json');
  await page.getByRole('button', { name: 'Ersätt arbetsytan med filen' }).click();
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
