import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { AREAS, expect, expectFigureRows, expectSaved, fixturePath, headerButton, openCounty, scoreAreaOne, scoreRadio, test } from './helpers';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function openRounds(page: Page): Promise<void> {
  await page.goto('#/omgangar');
  await expect(page.getByRole('heading', { level: 1, name: 'Omgångar och bedömare' })).toBeVisible();
}

async function addRater(page: Page, name: string): Promise<void> {
  await page.getByLabel('Namn eller initialer').fill(name);
  await page.getByRole('button', { name: 'Lägg till bedömare' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${name} är tillagd som bedömare.` })).toBeVisible();
}

function iAm(page: Page) {
  return page.getByRole('combobox', { name: 'Jag är', exact: true });
}

/** What area 1's rule reads: its own statements 1.1–1.8 and 2.1–2.6. */
test('two raters score a county blind in one browser, see each other once both are done, and the group reconciles, sets a level with a reason and sees the figures follow', async ({ page }) => {
  await openRounds(page);
  await addRater(page, 'Anna');
  await addRater(page, 'Bo');
  await iAm(page).selectOption({ label: 'Anna' });

  await openCounty(page, '06', 'Jönköping');
  await scoreAreaOne(page, 2, { '1.2': 1 });
  await expect(page.getByText(/Du ser bara dina egna poäng/)).toBeVisible();
  await page.getByRole('checkbox', { name: 'Jag är klar med Jönköping' }).check();
  await expect(page.getByText('Ingen annan bedömare är klar med länet ännu.')).toBeVisible();

  // Bo, in the same browser, sees only his own (empty) sheet until he is done.
  await iAm(page).selectOption({ label: 'Bo' });
  await expect(scoreRadio(page, '1.1', 2)).not.toBeChecked();
  await expect(page.getByText(/^Andra bedömare:/)).toHaveCount(0);
  await scoreAreaOne(page, 2, { '1.2': 2, '1.3': 1 });
  await expect(page.getByText(/^Andra bedömare:/)).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Jag är klar med Jönköping' }).check();
  await expect(page.getByText('Andra bedömare: Anna 1')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // The group reconciles: disagreements first, then one step takes over what both agree on.
  await iAm(page).selectOption({ label: 'Gruppen (gemensamma poäng)' });
  await page.getByRole('link', { name: 'Samsyn och gruppens bedömning för Jönköping' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Samsyn: Jönköping' })).toBeVisible();
  const table = page.getByRole('table', { name: /^Bedömarnas poäng och gemensam poäng för Jönköping/ });
  const rows = table.getByRole('row');
  await expect(rows.nth(1)).toContainText('1.2');
  await expect(rows.nth(2)).toContainText('1.3');
  await page.getByRole('button', { name: 'Ta över samstämmiga poäng (12 påståenden)' }).click();
  await expect(page.getByRole('status').filter({ hasText: '12 gemensamma poäng är satta i ett steg' })).toBeVisible();

  // Keyboard only: the agreed score of 1.2 is set with a digit, and its reason is written.
  const agreed12 = page.getByRole('group', { name: 'Gemensam poäng för 1.2' });
  await agreed12.getByRole('radio', { name: 'Ej satt' }).focus();
  await page.keyboard.press('1');
  await expect(agreed12.getByRole('radio', { name: '1', exact: true })).toBeChecked();
  await page.getByLabel('Motivering för 1.2').fill('Forumet finns men träffas sällan.');
  await page.getByRole('group', { name: 'Gemensam poäng för 1.3' }).getByRole('radio', { name: '2', exact: true }).check();
  await page.getByLabel('Motivering för 1.3').fill('Kommunerna beskrev samma forum.');
  await expectSaved(page);

  // Area 1 is rated by the rule (1.1–1.8 all scored): the group sets it a level lower, with a reason.
  await expect(page.getByText('Regelns nivå: 3 Välutvecklad struktur')).toBeVisible();
  await page.getByRole('combobox', { name: 'Gruppens nivå för område 1' }).selectOption({ label: '2 Bitvis välutvecklad struktur' });
  await page.getByRole('button', { name: 'Spara nivån för område 1' }).click();
  await expect(page.getByText('Skriv varför gruppen sätter en annan nivå än regeln.')).toBeVisible();
  await page.getByLabel('Motivering för gruppens nivå i område 1 (krävs)').fill('Mandatet är svagt i praktiken.');
  await page.getByRole('button', { name: 'Spara nivån för område 1' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Gruppens nivå är sparad.' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Figur 1 counts the group's level and says it is the group's.
  await page.goto('#/figurer');
  await expectFigureRows(page, AREAS[0], [[], ['Jönköping (gruppens nivå)'], []]);
});

test('a round is created, named and deleted with a confirmation, and Ångra brings it back with its scores', async ({ page }) => {
  await openCounty(page, '01', 'Stockholm');
  await scoreRadio(page, '1.1', 2).check();
  await expectSaved(page);

  await openRounds(page);
  await page.getByLabel('Period').fill('2030');
  await page.getByLabel('Namn', { exact: true }).fill('Uppföljning 2030');
  await page.getByRole('button', { name: 'Skapa omgången' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Omgången Uppföljning 2030 är skapad.' })).toBeVisible();

  // The latest round is in use when the address names none; the header switches back.
  const roundSwitch = page.getByRole('banner').getByRole('combobox', { name: 'Omgång' });
  await expect(roundSwitch).toHaveValue('2030');
  const year = String(new Date().getFullYear());
  await roundSwitch.selectOption(year);
  await expect(page).toHaveURL(new RegExp(`omgang=${year}`));

  await page.getByRole('button', { name: `Byt namn på omgången ${year}` }).click();
  await page.getByLabel(`Nytt namn för ${year}`).fill(`Inventering ${year}`);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('rowheader', { name: new RegExp(`^Inventering ${year}`) })).toBeVisible();

  await page.getByRole('button', { name: `Radera omgången Inventering ${year}` }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Ladda ner en säkerhetskopia först');
  await dialog.getByRole('button', { name: `Radera omgången Inventering ${year}` }).click();
  await expect(page.getByRole('rowheader', { name: new RegExp(`^Inventering ${year}`) })).toHaveCount(0);

  await headerButton(page, 'Ångra').click();
  await expect(page.getByRole('rowheader', { name: new RegExp(`^Inventering ${year}`) })).toBeVisible();
  await openCounty(page, '01', 'Stockholm');
  await roundSwitchTo(page, year);
  await expect(scoreRadio(page, '1.1', 2)).toBeChecked();
});

async function roundSwitchTo(page: Page, id: string): Promise<void> {
  await page.getByRole('banner').getByRole('combobox', { name: 'Omgång' }).selectOption(id);
  await expect(page).toHaveURL(new RegExp(`omgang=${id}`));
}

test('a rater’s own scores ("Mina bedömningar") go from one laptop to the coordinator’s as that rater’s, done, shown in reconciliation, and export back the same', async ({ page, browser }) => {
  await openRounds(page);
  await addRater(page, 'Anna');
  await iAm(page).selectOption({ label: 'Anna' });
  await openCounty(page, '06', 'Jönköping');
  await scoreAreaOne(page, 1);
  await page.getByRole('checkbox', { name: 'Jag är klar med Jönköping' }).check();
  await expectSaved(page);

  await page.goto('#/data');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: `Ladda ner mina bedömningar (Anna, omgång ${new Date().getFullYear()})` }).click();
  expect((await download).suggestedFilename()).toMatch(new RegExp(`^lansinventering-${new Date().getFullYear()}-anna-`));
  const path = await (await download).path();
  const text = readFileSync(path, 'utf8');
  const file = JSON.parse(text) as { version: number; raters: { name: string }[]; assessments: { rater?: string; done?: boolean }[] };
  expect(file.version).toBe(3);
  expect(file.raters.map((rater) => rater.name)).toEqual(['Anna']);
  expect(file.assessments).toContainEqual(expect.objectContaining({ rater: 'anna', done: true }));

  // Another browser, as the coordinator's laptop: the import creates the rater and her scores.
  const other = await browser.newContext({ serviceWorkers: 'block' });
  const coordinator = await other.newPage();
  await coordinator.goto(page.url().replace(/#.*$/, '#/data'));
  await expect(coordinator.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
  await coordinator.getByLabel(/^Välj en fil att importera/).setInputFiles({ name: 'anna.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(coordinator.getByText('Bedömare som läggs till: Anna')).toBeVisible();
  await coordinator.getByRole('button', { name: 'Importera och slå ihop' }).click();
  await expect(coordinator.getByRole('status').filter({ hasText: 'är importerad' })).toBeVisible();
  await coordinator.goto(page.url().replace(/#.*$/, '#/lan/06/samsyn'));
  await expect(coordinator.getByRole('columnheader', { name: 'Anna' })).toBeVisible();

  // Exported again, the coordinator's workspace is the same file, but for the time it was written.
  await coordinator.goto(page.url().replace(/#.*$/, '#/data'));
  const again = coordinator.waitForEvent('download');
  await coordinator.getByRole('button', { name: 'Ladda ner arbetsytan (JSON)' }).click();
  const back = JSON.parse(readFileSync(await (await again).path(), 'utf8')) as Record<string, unknown>;
  expect({ ...back, exportedAt: '' }).toEqual({ ...(file as unknown as Record<string, unknown>), exportedAt: '' });
  await other.close();
});

test('a version-1 file imports as the agreed scores of the round picked in the preview', async ({ page }) => {
  await openRounds(page);
  await page.getByLabel('Period').fill('2016');
  await page.getByRole('button', { name: 'Skapa omgången' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Omgången 2016 är skapad.' })).toBeVisible();

  await page.goto('#/data');
  await page.getByLabel(/^Välj en fil att importera/).setInputFiles(fixturePath('import-three-counties.json'));
  await page.getByLabel('Omgång som filens poäng läses in i:').selectOption('2016');
  await page.getByRole('button', { name: 'Importera och slå ihop' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'är importerad' })).toBeVisible();

  await page.goto('#/figurer?omgang=2016');
  await expectFigureRows(page, AREAS[0], [['Stockholm'], ['Uppsala'], ['Skåne']]);
  // The latest round (this year's) did not get them.
  await page.goto('#/figurer');
  await expectFigureRows(page, AREAS[0], [[], [], []]);
});

test('a version-1 CSV imports as agreed scores, into the round in use unless another is picked', async ({ page }) => {
  await openRounds(page);
  await page.getByLabel('Period').fill('2016');
  await page.getByRole('button', { name: 'Skapa omgången' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Omgången 2016 är skapad.' })).toBeVisible();

  // Opened with the 2016 round in the address, the preview offers that round first.
  await page.goto('#/data?omgang=2016');
  await page.getByLabel(/^Välj en fil att importera/).setInputFiles(fixturePath('formats/scores-csv-long/v1.csv'));
  await expect(page.getByLabel('Omgång som filens poäng läses in i:')).toHaveValue('2016');
  await page.getByRole('button', { name: 'Importera och slå ihop' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'är importerad' })).toBeVisible();

  await page.goto('#/lan/06?omgang=2016');
  await expect(scoreRadio(page, '1.1', 2)).toBeChecked();
  await expect(scoreRadio(page, '4.2', 1)).toBeChecked();
  await page.goto('#/lan/06');
  await expect(page.getByRole('heading', { level: 1, name: 'Jönköping (06)' })).toBeVisible();
  await expect(scoreRadio(page, '1.1', 2)).not.toBeChecked();
});
