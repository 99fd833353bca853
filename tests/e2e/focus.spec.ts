import { expect, fixturePath, openCounty, scoreRadio, statement, test } from './helpers';

test('after "Rensa" the focus stays in the statement, and Tab goes on to its note, not to the top of the page', async ({ page }) => {
  await openCounty(page, '06', 'Jönköping');
  await scoreRadio(page, '2.3', 1).check();
  await statement(page, '2.3').getByRole('button', { name: /^Rensa/ }).click();

  await expect(scoreRadio(page, '2.3', 1)).not.toBeChecked();
  await expect(scoreRadio(page, '2.3', 0)).toBeFocused();
  // An unscored radio group may hold more than one Tab stop; each is still in the statement.
  const note = statement(page, '2.3').getByRole('textbox');
  const inStatement = statement(page, '2.3').locator(':focus');
  for (let presses = 0; presses < 3 && !(await note.evaluate((element) => element === document.activeElement)); presses += 1) {
    await expect(inStatement).toHaveCount(1);
    await page.keyboard.press('Tab');
  }
  await expect(note).toBeFocused();
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
