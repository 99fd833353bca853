import type { Page } from '@playwright/test';
import {
  expect,
  expectSaved,
  headerButton,
  noteField,
  openCounty,
  scoreRadio,
  statement,
  test,
  type Score,
  writeNote,
  expectNoNote,
  unscoredRadio
} from './helpers';

/** The 32 statements of Bilaga 1, in page order. */
const STATEMENTS = [
  ...['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8'],
  ...['2.1', '2.2', '2.3', '2.4', '2.5', '2.6'],
  ...['3.1', '3.2', '3.3', '4.1', '4.2'],
  ...['5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7', '5.8'],
  ...['6.1', '6.2', '6.3', '6.4', '6.5'],
];

async function expectScore(page: Page, id: string, score: Score | null): Promise<void> {
  if (score === null) await expect(unscoredRadio(page, id)).toBeChecked();
  else await expect(scoreRadio(page, id, score)).toBeChecked();
}

test('score and note changes can be undone and redone with the buttons and with Ctrl+Z and Ctrl+Shift+Z', async ({
  page,
}) => {
  await openCounty(page, '06', 'Jönköping');
  await expect(headerButton(page, 'Ångra')).toBeDisabled();
  await scoreRadio(page, '1.1', 2).check();
  await scoreRadio(page, '1.2', 1).check();
  await scoreRadio(page, '1.3', 0).check();
  await writeNote(page, '1.1', 'Utkast från intervjun');

  await headerButton(page, 'Ångra').click();
  // The field the user opened stays, emptied, so nothing moves under the pointer.
  await expect(noteField(page, '1.1')).toHaveValue('');
  await expectScore(page, '1.3', 0);
  await headerButton(page, 'Ångra').click();
  await expectScore(page, '1.3', null);

  // The shortcuts work wherever the focus is outside a text field, here on a radio.
  await scoreRadio(page, '1.1', 2).focus();
  await page.keyboard.press('Control+z');
  await expectScore(page, '1.2', null);
  await expectScore(page, '1.1', 2);
  await page.keyboard.press('Control+Shift+z');
  await expectScore(page, '1.2', 1);
  await headerButton(page, 'Gör om').click();
  await expectScore(page, '1.3', 0);
  await expect(noteField(page, '1.1')).toHaveValue('');
  await page.keyboard.press('Control+z');
  await expectScore(page, '1.3', null);
  await expect(headerButton(page, 'Gör om')).toBeEnabled();

  // What undo left is saved like any other change.
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Jönköping (06)' })).toBeVisible();
  await expectScore(page, '1.1', 2);
  await expectScore(page, '1.2', 1);
  await expectScore(page, '1.3', null);
  await expectNoNote(page, '1.1');
  await expect(page.getByText('2 av 32 påståenden poängsatta.')).toBeVisible();
});

test('at least the last 50 changes can be undone', async ({ page }) => {
  // 55 changes: every statement in turn gets 0, 1, 2, 0, …; then the first 23 get another value.
  const changes = Array.from({ length: 55 }, (_, i) => {
    const id = STATEMENTS[i % STATEMENTS.length] ?? '';
    const first = (i % STATEMENTS.length) % 3;
    return { id, score: (i < STATEMENTS.length ? first : (first + 1) % 3) as Score };
  });
  await openCounty(page, '06', 'Jönköping');
  for (const { id, score } of changes) await scoreRadio(page, id, score).check();
  await expect(page.getByRole('region', { name: 'Poängsättning' })).toContainText('32 av 32 – klart');

  for (let i = 0; i < 50; i += 1) await page.keyboard.press('Control+z');

  // Exactly the state after the 5th change: 1.1–1.5 scored as first set, nothing else.
  await expect(page.getByText('5 av 32 påståenden poängsatta.')).toBeVisible();
  const afterFive = new Map(changes.slice(0, 5).map(({ id, score }) => [id, score]));
  for (const id of STATEMENTS) await expectScore(page, id, afterFive.get(id) ?? null);
});

test('"Ångra" brings the statement it changed into view and keeps the focus, so the next undo is one more press', async ({ page }) => {
  await openCounty(page, '06', 'Jönköping');
  await scoreRadio(page, '6.4', 2).check();
  await scoreRadio(page, '6.3', 1).check();
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(statement(page, '6.3')).not.toBeInViewport();

  await headerButton(page, 'Ångra').click();
  await expectScore(page, '6.3', null);
  await expect(statement(page, '6.3')).toBeInViewport();
  await expect(headerButton(page, 'Ångra')).toBeFocused();
  // The header, with "Ångra" and "Sparat", stays in view down here.
  await expect(headerButton(page, 'Ångra')).toBeInViewport();
  await page.keyboard.press('Enter');
  await expectScore(page, '6.4', null);
  await expect(statement(page, '6.4')).toBeInViewport();
});

test('an undo on another page opens the county it changed, with the focus on the statement', async ({ page }) => {
  await openCounty(page, '06', 'Jönköping');
  await scoreRadio(page, '5.7', 1).check();
  await expectSaved(page);
  await page.getByRole('link', { name: 'Jämför' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await headerButton(page, 'Ångra').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jönköping (06)' })).toBeVisible();
  await expect(unscoredRadio(page, '5.7')).toBeFocused();
  await expect(statement(page, '5.7')).toBeInViewport();
});
