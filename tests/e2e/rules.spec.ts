import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, importThreeCounties, openCounty, test, watchPageErrors } from './helpers';

async function openRules(page: Page, query = ''): Promise<void> {
  await page.goto(`#/regler${query}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Regelutforskaren' })).toBeVisible();
}

const minScore = (page: Page, area: string, level: number, condition: number): Locator =>
  page.getByRole('combobox', { name: `med lägsta poäng, område ${area}, nivå ${level}, villkor ${condition}`, exact: true });

const changeTable = (page: Page): Locator => page.getByRole('table', { name: /^Län vars nivå ändras med varianten/ });

/** Uppsala, scored 1 on 2.1–2.6, reaches "Aktör finns inom alla områden" once 1 is enough there. */
async function expectUppsalaMoves(page: Page): Promise<void> {
  const rows = changeTable(page).getByRole('row').filter({ has: page.getByRole('rowheader') });
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole('rowheader')).toHaveText('Uppsala');
  await expect(rows.first().getByRole('cell')).toHaveText([
    '2. Aktörer med utvecklingsansvar',
    'Aktör finns inom vissa områden',
    'Aktör finns inom alla områden (upp)',
  ]);
  await expect(page.getByText('Varianten ändrar 1 nivå. Det gäller 1 län.')).toBeVisible();
}

test('before any county is scored, the rule explorer says that changes show once counties are scored', async ({ page }) => {
  await openRules(page);
  await expect(page.getByRole('region', { name: 'Område 2. Aktörer med länsövergripande utvecklingsansvar' })).toContainText(
    'minst 5 av 2.1–2.6 = 2',
  );
  await minScore(page, '2', 3, 1).selectOption('1');
  await expect(page.getByText('Inget län är bedömt än. Ändringarna visas när län har poängsatts.')).toBeVisible();
  await expect(changeTable(page)).toHaveCount(0);
});

test('a changed threshold lists the counties that move, and a link reopens the same variant', async ({ page, context }) => {
  await importThreeCounties(page);
  await openRules(page);
  await expect(page.getByText(/^Med standardregeln byter inget län nivå/)).toBeVisible();

  await page.getByRole('textbox', { name: 'Namn på varianten' }).fill('Mildare aktörskrav');
  await minScore(page, '2', 3, 1).selectOption('1');
  await expectUppsalaMoves(page);
  const figure2 = page.getByRole('table', { name: /^Figur 2\. .*: antal län med standardregeln och med varianten$/ });
  await expect(figure2.getByRole('row').nth(2).getByRole('cell')).toHaveText(['1', '0']);
  await expect(figure2.getByRole('row').nth(3).getByRole('cell')).toHaveText(['1', '2']);
  await expect(page).toHaveURL(/#\/regler\?variant=Mildare\+akt%C3%B6rskrav&regel=2\.3\.1-1-5$/);

  const other = await context.newPage();
  const errors = watchPageErrors(other);
  await other.goto(page.url());
  await expect(other.getByRole('heading', { level: 1, name: 'Regelutforskaren' })).toBeVisible();
  await expect(other.getByRole('textbox', { name: 'Namn på varianten' })).toHaveValue('Mildare aktörskrav');
  await expect(minScore(other, '2', 3, 1)).toHaveValue('1');
  await expectUppsalaMoves(other);
  expect(errors).toEqual([]);
});

test('an unreadable part of the address is ignored with a note and the rest applies', async ({ page }) => {
  await importThreeCounties(page);
  await openRules(page, '?regel=2.3.1-1-5_2.8.1-1-5');
  await expect(page.getByRole('status').filter({ hasText: 'Delar av adressen kunde inte läsas' })).toContainText(
    '«2.8.1-1-5»: det finns ingen sådan nivå med villkor',
  );
  await expectUppsalaMoves(page);
});

test('a link of the older form, levels numbered from 0, opens the same variant and is rewritten with levels from 1 at the next change', async ({ page }) => {
  await importThreeCounties(page);
  await openRules(page, '?variant=Prov&v=2.2.1-1-5');
  await expectUppsalaMoves(page);
  await expect(minScore(page, '2', 3, 1)).toHaveValue('1');

  await minScore(page, '1', 3, 1).selectOption('1');
  await expect(page).toHaveURL(/&regel=1\.3\.1-1-[0-9]_2\.3\.1-1-5$/);
  await expect(page).not.toHaveURL(/[?&]v=/);
});

test('a downloaded variant loads back after the default rule is restored', async ({ page }) => {
  await importThreeCounties(page);
  await openRules(page, '?variant=Prov&regel=2.3.1-1-5');
  await expectUppsalaMoves(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ladda ner varianten (JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('regelvariant-prov.json');
  const path = await download.path();
  const file = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  expect(file).toMatchObject({ format: 'lansinventering-rule-variant', version: 1, criteria: 'bilaga1-2016', name: 'Prov' });

  await page.getByRole('button', { name: 'Återställ standardregeln' }).click();
  await expect(changeTable(page)).toHaveCount(0);
  await expect(minScore(page, '2', 3, 1)).toHaveValue('2');

  await page.getByLabel('Läs in en variant från en fil (JSON)').setInputFiles(path);
  await expect(page.getByRole('status').filter({ hasText: 'är inläst' })).toBeVisible();
  await expect(minScore(page, '2', 3, 1)).toHaveValue('1');
  await expectUppsalaMoves(page);
});

test('a county page says what the next level needs in each area', async ({ page }) => {
  await importThreeCounties(page);
  await openCounty(page, '03', 'Uppsala');
  const area2 = page.getByRole('region', { name: 'Vad krävs – område 2', exact: true });
  await expect(area2).toContainText('För att nå nivå 3, Aktör finns inom alla områden, behöver 1 villkor till vara uppfyllt:');
  await expect(area2.getByRole('list', { name: 'Påståenden under 2' }).getByRole('listitem')).toHaveCount(6);
  await expect(area2).toContainText('5 av dessa måste bli minst 2.');

  await openCounty(page, '12', 'Skåne');
  await expect(page.getByRole('region', { name: 'Vad krävs – område 5', exact: true })).toContainText(
    'Området är på den högsta nivån, Välutvecklad kapacitet och kompetens. Inget mer krävs.',
  );
});

test('a variant carried to Figur 1–6 and the report counts with it, marked as a variant, and one link goes back to the default rule', async ({ page }) => {
  await importThreeCounties(page);
  await openRules(page, '?variant=Prov&regel=2.3.1-1-5');
  await expectUppsalaMoves(page);

  await page.getByRole('link', { name: 'Visa Figur 1–6 med varianten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Figurer', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Regelvariant «Prov», inte standardregeln' })).toBeVisible();
  const figure2 = page.getByRole('table', { name: /^Figur 2\. / });
  await expect(figure2.getByRole('row', { name: /^Aktör finns inom alla områden/ })).toContainText('Uppsala');

  await page.getByRole('link', { name: 'Visa med standardregeln' }).click();
  await expect(page).toHaveURL(/#\/figurer$/);
  await expect(page.getByRole('region', { name: /^Regelvariant/ })).toHaveCount(0);
  await expect(figure2.getByRole('row', { name: /^Aktör finns inom vissa områden/ })).toContainText('Uppsala');

  await page.goto('#/rapport?variant=Prov&regel=2.3.1-1-5');
  await expect(page.locator('.report').getByRole('region', { name: 'Regelvariant «Prov», inte standardregeln' })).toBeVisible();
});
