import { expect, expectSaved, openCounty, scoreRadio, statement, test, unscoredRadio, writeNote } from './helpers';

const NOTE = 'Landstinget deltar inte i den huvudmannaövergripande strukturen.';

test('a score and a note are still there after the page is reloaded', async ({ page }) => {
  await openCounty(page, '01', 'Stockholm');
  await expectSaved(page);

  await scoreRadio(page, '1.1', 1).check();
  await writeNote(page, '1.1', NOTE);
  await expectSaved(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Stockholm (01)' })).toBeVisible();
  await expect(scoreRadio(page, '1.1', 1)).toBeChecked();
  await expect(statement(page, '1.1').getByRole('radio', { checked: true })).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: 'Anteckning till 1.1', exact: true })).toHaveValue(NOTE);
  await expect(page.getByText('1 av 32 påståenden poängsatta.')).toBeVisible();
});

test('clearing a score with "Ej poängsatt" survives a reload', async ({ page }) => {
  await openCounty(page, '01', 'Stockholm');
  await scoreRadio(page, '1.1', 2).check();
  await scoreRadio(page, '1.2', 0).check();
  await expectSaved(page);
  await page.reload();
  await expect(scoreRadio(page, '1.1', 2)).toBeChecked();

  await unscoredRadio(page, '1.1').check();
  await expect(statement(page, '1.1').getByRole('radio', { checked: true })).toHaveCount(1);
  await expect(unscoredRadio(page, '1.1')).toBeChecked();
  await expectSaved(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Stockholm (01)' })).toBeVisible();
  await expect(statement(page, '1.1').getByRole('radio')).toHaveCount(4);
  await expect(unscoredRadio(page, '1.1')).toBeChecked();
  await expect(scoreRadio(page, '1.2', 0)).toBeChecked();
  await expect(page.getByText('1 av 32 påståenden poängsatta.')).toBeVisible();
});
