import { readFileSync } from 'node:fs';
import {
  expect,
  expectSaved,
  headerButton,
  navigateTo,
  noteField,
  openCounty,
  scoreRadio,
  scoredCell,
  test,
  writeNote
} from './helpers';

test('deleting a county needs a confirmation, offers a backup first and can be undone', async ({ page }) => {
  await openCounty(page, '01', 'Stockholm');
  await scoreRadio(page, '1.1', 1).check();
  await openCounty(page, '06', 'Jönköping');
  await scoreRadio(page, '1.1', 2).check();
  await writeNote(page, '1.1', 'Samverkansavtal finns.');
  await navigateTo(page, 'Data');

  await page.getByRole('combobox', { name: 'Vad ska raderas?' }).selectOption({ label: 'Jönköping' });
  await page.getByRole('button', { name: 'Radera …' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Du håller på att radera 1 län, 1 poäng och 1 anteckning för Jönköping.');

  // Cancelling deletes nothing.
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Arbetsytan innehåller nu 2 län, 2 poäng och 1 anteckning.')).toBeVisible();

  await page.getByRole('button', { name: 'Radera …' }).click();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Ladda ner säkerhetskopia' }).click();
  const backup = JSON.parse(readFileSync(await (await downloading).path(), 'utf8')) as Record<string, unknown>;
  const round = String(new Date().getFullYear());
  expect(backup['assessments']).toEqual([
    { round, county: '01', scores: { '1.1': 1 }, notes: {} },
    { round, county: '06', scores: { '1.1': 2 }, notes: { '1.1': 'Samverkansavtal finns.' } },
  ]);
  // The backup does not delete anything by itself.
  await expect(dialog).toBeVisible();

  await dialog.getByRole('button', { name: 'Radera Jönköping', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'är raderad' })).toHaveText(
    'Data för Jönköping är raderad. Du kan ångra med «Ångra» överst på sidan.',
  );
  await navigateTo(page, 'Län');
  await expect(scoredCell(page, 'Jönköping')).toHaveText('0 av 32');
  await expect(scoredCell(page, 'Stockholm')).toHaveText('1 av 32');

  await headerButton(page, 'Ångra').click();
  await expect(scoredCell(page, 'Jönköping')).toHaveText('1 av 32');
  await expectSaved(page);

  await page.reload();
  await expect(scoredCell(page, 'Jönköping')).toHaveText('1 av 32');
  await openCounty(page, '06', 'Jönköping');
  await expect(scoreRadio(page, '1.1', 2)).toBeChecked();
  await expect(noteField(page, '1.1')).toHaveValue('Samverkansavtal finns.');
});
