import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { AREAS, expect, expectFigureRows, expectPanelLevel, expectSaved, scoreAreaOne, statement, test, unscoredRadio } from './helpers';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the whole page and returns its violations in a form that reads well in a failure. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact ?? ''}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function createRound(page: Page, fields: { period: string; name?: string; id?: string; startsFrom?: string }, created: string): Promise<void> {
  await page.goto('#/omgangar');
  await expect(page.getByRole('heading', { level: 1, name: 'Omgångar och bedömare' })).toBeVisible();
  await page.getByLabel('Period').fill(fields.period);
  if (fields.name) await page.getByLabel('Namn', { exact: true }).fill(fields.name);
  if (fields.id) await page.getByLabel('Id i adresser').fill(fields.id);
  if (fields.startsFrom) await page.getByRole('combobox', { name: 'Starta från' }).selectOption({ label: fields.startsFrom });
  await page.getByRole('button', { name: 'Skapa omgången' }).click();
  await expect(page.getByRole('status').filter({ hasText: created })).toBeVisible();
}

const CARRIED_LINE = '1 län har överförda poäng från 2016 som inte är bekräftade. De räknas inte i figurerna förrän de bekräftas.';

// The follow-up round has an id and a period of its own, so that it never meets the round of the
// current year a fresh browser opens with; every page is opened with the round in its address.
test('a round started from 2016 suggests its agreed scores, counts them only once confirmed, and area 1 is confirmed in one step', async ({ page }) => {
  await createRound(page, { period: '2016' }, 'Omgången 2016 är skapad.');
  await page.goto('#/lan/06?omgang=2016');
  await scoreAreaOne(page, 1, { '1.1': 2 });
  await expectPanelLevel(page, '1', 'Bitvis välutvecklad struktur');
  await expectSaved(page);

  await createRound(page, { period: '2026-11', name: 'Uppföljning 2026', id: 'uppfoljning', startsFrom: '2016 (2016)' }, 'De gemensamma poängen från 2016 föreslås i den');
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Uppföljning 2026/ }) });
  await expect(row.getByRole('cell', { name: '2016', exact: true })).toBeVisible();
  await expectSaved(page);

  // Read back from storage: the round remembers where it starts from.
  await page.goto('#/lan/06?omgang=uppfoljning');
  await page.reload();
  await expect(statement(page, '1.1').getByText('Överförd från 2016: 2 – väl uppfyllt. Inte bekräftad.')).toBeVisible();
  await expect(unscoredRadio(page, '1.1')).toBeChecked();
  await expect(statement(page, '2.6').getByText('Överförd från 2016: 1 – till viss del. Inte bekräftad.')).toBeVisible();
  await expectPanelLevel(page, '1', 'Ej bedömd');
  await expect(page.getByText('14 överförda poäng från 2016 som nivån läser är inte bekräftade och räknas inte.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('#/figurer?omgang=uppfoljning');
  await expect(page.getByText(CARRIED_LINE)).toBeVisible();
  await expectFigureRows(page, AREAS[0], [[], [], []]);

  await page.goto('#/lan/06?omgang=uppfoljning');
  await page.getByRole('button', { name: 'Bekräfta alla överförda poäng (14) för område 1' }).click();
  await expect(page.getByRole('status').filter({ hasText: '14 överförda poäng för område 1 är bekräftade och räknas nu.' })).toBeFocused();
  await expectPanelLevel(page, '1', 'Bitvis välutvecklad struktur');
  await expect(statement(page, '1.1').getByRole('radio', { name: '2 Väl uppfyllt' })).toBeChecked();
  await expect(page.getByText(/^Överförd från/)).toHaveCount(0);
  await expectSaved(page);

  await page.goto('#/figurer?omgang=uppfoljning');
  await expectFigureRows(page, AREAS[0], [[], ['Jönköping'], []]);
  await expect(page.getByText(CARRIED_LINE)).toHaveCount(0);
});
