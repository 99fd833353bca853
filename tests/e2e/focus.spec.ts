import { addNoteButton, expect, fixturePath, noteField, openCounty, scoreRadio, test, unscoredRadio } from './helpers';

test('after "Ej poängsatt" is chosen the focus stays on it, and Tab goes on to the note button, not to the top of the page', async ({ page }) => {
  await openCounty(page, '06', 'Jönköping');
  await scoreRadio(page, '2.3', 1).check();
  await unscoredRadio(page, '2.3').check();

  await expect(scoreRadio(page, '2.3', 1)).not.toBeChecked();
  await expect(unscoredRadio(page, '2.3')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(addNoteButton(page, '2.3')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(noteField(page, '2.3')).toBeFocused();
});

test('an empty note field left open does not move the statements below under the next click', async ({ page }) => {
  await openCounty(page, '06', 'Jönköping');
  await addNoteButton(page, '1.4').click();
  await expect(noteField(page, '1.4')).toBeFocused();
  await scoreRadio(page, '1.5', 0).click();
  await expect(scoreRadio(page, '1.5', 0)).toBeChecked();
  await addNoteButton(page, '1.6').click();
  await expect(noteField(page, '1.6')).toBeFocused();
});

test('after an import the focus is on its outcome, which links on to the counties and the figures', async ({ page }) => {
  await page.goto('#/data');
  await page.getByLabel(/^Välj en fil att importera/).setInputFiles(fixturePath('import-three-counties.json'));
  await page.getByRole('button', { name: 'Importera och slå ihop' }).click();

  const outcome = page.getByRole('status').filter({ hasText: 'är importerad' });
  await expect(outcome).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(outcome.getByRole('link', { name: 'länen' })).toBeFocused();
  await expect(outcome.getByRole('link', { name: 'Figur 1–6' })).toHaveAttribute('href', '#/figurer');

  await outcome.getByRole('button', { name: /^Ångra importen/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Importen är ångrad' })).toBeFocused();
});
