import type { Locator, Page } from '@playwright/test';
import {
  AREAS,
  expect,
  expectFigureRows,
  expectPanelLevel,
  navigateTo,
  openCounty,
  scoreRadio,
  SCORE_LABEL,
  statement,
  test,
  unscoredRadio,
  type Score,
} from './helpers';

/**
 * Jönköping's scores, in page order, chosen so that the default rule (DOMAIN.md) gives:
 * 1 level 2 (1.5 and 1.6 are 2, two of 1.1–1.3 are 2, five of 2.1–2.6 are ≥ 1),
 * 2 level 1 (only one of 2.1–2.6 is 2), 3 level 0 (3.2 is 0), 4 level 2 (4.1 and 4.2 are 2),
 * 5 level 1 (some but not all of 5.1–5.8 are 2), 6 level 1 (6.1 is 1, so not level 2).
 */
const SCORES: ReadonlyArray<readonly [string, Score]> = [
  ['1.1', 2], ['1.2', 2], ['1.3', 0], ['1.4', 0], ['1.5', 2], ['1.6', 2], ['1.7', 1], ['1.8', 0],
  ['2.1', 1], ['2.2', 1], ['2.3', 1], ['2.4', 1], ['2.5', 2], ['2.6', 0],
  ['3.1', 2], ['3.2', 0], ['3.3', 2],
  ['4.1', 2], ['4.2', 2],
  ['5.1', 0], ['5.2', 1], ['5.3', 2], ['5.4', 0], ['5.5', 1], ['5.6', 2], ['5.7', 0], ['5.8', 1],
  ['6.1', 1], ['6.2', 2], ['6.3', 2], ['6.4', 2], ['6.5', 2],
];

/** The level (0 weakest, 2 strongest) each area should reach once 6.1 is lowered to 0. */
const EXPECTED_LEVEL: Record<string, 0 | 1 | 2> = { '1': 2, '2': 1, '3': 0, '4': 2, '5': 1, '6': 0 };

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', maxPresses = 8): Promise<void> {
  for (let presses = 0; presses < maxPresses && !(await isFocused(target)); presses += 1) {
    await page.keyboard.press(key);
  }
  await expect(target, `${key} should reach the element within ${maxPresses} presses`).toBeFocused();
}

/**
 * Scores an unscored statement from the keyboard: Tab into its radio group (the focus lands on
 * the chosen radio, "Ej poängsatt", the last), then → goes round to, and picks, 0; 1 and 2 are
 * typed as digits. From the statement before, that is two Tab stops: its note button, this group;
 * four into a new area, past the area before's "Regeln steg för steg" and its interview questions.
 */
async function scoreWithKeyboard(page: Page, id: string, score: Score): Promise<void> {
  await tabTo(page, unscoredRadio(page, id), 'Tab', 4);
  await page.keyboard.press(score === 0 ? 'ArrowRight' : String(score));
  const picked = scoreRadio(page, id, score);
  await expect(picked).toBeChecked();
  await expect(picked).toBeFocused();
}

test('scoring a county costs two Tab stops a statement: its radio group and its note button; one more between areas opens the interview questions', async ({ page }) => {
  await openCounty(page, '06', 'Jönköping');
  const first = unscoredRadio(page, '1.1');
  await first.focus();
  const stops: string[] = [];
  for (let presses = 0; presses < 80 && !(await isFocused(unscoredRadio(page, '6.5'))); presses += 1) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const focused = document.activeElement;
        const id = focused?.closest('[data-statement]')?.getAttribute('data-statement') ?? 'outside';
        return `${id} ${focused instanceof HTMLInputElement ? 'radio' : (focused?.textContent ?? '')}`;
      }),
    );
  }
  const ids = ['1.1', ...stops.filter((stop) => stop.endsWith('radio')).map((stop) => stop.split(' ')[0])];
  expect(ids).toHaveLength(32);
  expect(stops).toHaveLength(2 * 31 + 5);
  expect(stops.filter((stop) => stop.endsWith('Lägg till anteckning'))).toHaveLength(31);
  expect(stops.filter((stop) => / Intervjufrågor för område [1-5]$/.test(stop))).toHaveLength(5);
});

test('scoring a county with the keyboard alone moves it into the figure tables', async ({ page }) => {
  // A whole county by keyboard is some 400 key presses and checks: about 25 s on a quiet 2-core
  // machine, more when it is busy. Three times the usual limit, so a busy machine is no failure.
  test.slow();
  await openCounty(page, '06', 'Jönköping');
  await expect(page.getByText('0 av 32 påståenden poängsatta.')).toBeVisible();
  for (const area of AREAS) await expectPanelLevel(page, area.id, 'Ej bedömd');

  // Start from the statement before the first; from there on, only the keyboard.
  await page.getByRole('heading', { level: 1 }).focus();
  await tabTo(page, page.getByRole('button', { name: 'Nästa utan poäng' }), 'Tab', 12);
  await page.keyboard.press('Enter');
  await expect(unscoredRadio(page, '1.1')).toBeFocused();
  for (const [id, score] of SCORES) await scoreWithKeyboard(page, id, score);
  await expect(page.getByRole('region', { name: 'Poängsättning' })).toContainText('32 av 32 – klart');
  await expectPanelLevel(page, '6', 'Bitvis välutvecklad kvalitetssäkring');

  // Go back up to 6.1 with Shift+Tab (the group's tab stop is its checked radio) and lower it.
  await tabTo(page, scoreRadio(page, '6.1', 1), 'Shift+Tab', 10);
  await page.keyboard.press('ArrowLeft');
  await expect(scoreRadio(page, '6.1', 0)).toBeChecked();
  await expect(statement(page, '6.1').getByRole('radio', { checked: true })).toHaveAccessibleName(SCORE_LABEL[0]);

  for (const area of AREAS) {
    await expectPanelLevel(page, area.id, area.levels[EXPECTED_LEVEL[area.id] ?? 0]);
  }

  await navigateTo(page, 'Figurer');
  for (const area of AREAS) {
    const counties: string[][] = [[], [], []];
    counties[EXPECTED_LEVEL[area.id] ?? 0] = ['Jönköping'];
    await expectFigureRows(page, area, counties);
    await expect(page.getByRole('region', { name: area.caption, exact: true })).toContainText('1 av 21 bedömda');
  }
});
