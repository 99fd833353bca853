import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { AREAS, expect, expectFigureRows, expectSaved, openCounty, scoreAreaOne, scoreRadio, test } from './helpers';
import { joinTeam, newTeamDatabase, ROUND, serverDocs, teamStatus, type Person } from './team';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const AREA_1_QUESTIONS = 'Intervjufrågor för område 1';
const POLITICAL = 'Politisk styrning';
const OFFLINE = 'Frånkopplad – ändringar sparas här';

// Each test runs a team on the server of tests/e2e/team-server.global.ts, in a database of its own.
test.describe.configure({ timeout: 180_000 });

async function openPoliticalQuestion(page: Page): Promise<void> {
  await openCounty(page, '06', 'Jönköping');
  await page.getByRole('button', { name: AREA_1_QUESTIONS, exact: true }).click();
  await expect(page.getByRole('textbox', { name: POLITICAL, exact: true })).toBeVisible();
}

function political(page: Page) {
  return page.getByRole('textbox', { name: POLITICAL, exact: true });
}

async function closeAll(people: Person[]): Promise<void> {
  for (const person of people) {
    expect(person.errors, 'errors in the page').toEqual([]);
    await person.close();
  }
}

test('a team of four runs a round through the server: two interviewers score apart, the coordinator reconciles and agrees, the reader sees the figures and cannot write', async ({ browser, baseURL }, testInfo) => {
  const db = await newTeamDatabase(testInfo);
  const anna = await joinTeam(browser, baseURL!, db, 'anna');
  const bo = await joinTeam(browser, baseURL!, db, 'bo');

  for (const [person, score] of [[anna, 2], [bo, 1]] as const) {
    await openCounty(person.page, '06', 'Jönköping');
    // Signed in, an interviewer scores as themselves: "Jag är" offers no one else.
    await expect(person.page.getByRole('combobox', { name: 'Jag är', exact: true }).getByRole('option')).toHaveCount(1);
    await scoreAreaOne(person.page, score);
    await person.page.getByRole('checkbox', { name: 'Jag är klar med Jönköping' }).check();
    await expectSaved(person.page);
    await expect(teamStatus(person.page)).toContainText('Synkroniserad');
  }

  const sara = await joinTeam(browser, baseURL!, db, 'sara');
  await sara.page.goto('#/lan/06/samsyn');
  await expect(sara.page.getByRole('columnheader', { name: 'anna' })).toBeVisible();
  await expect(sara.page.getByRole('columnheader', { name: 'bo' })).toBeVisible();
  await openCounty(sara.page, '06', 'Jönköping');
  await scoreAreaOne(sara.page, 2);
  await expectSaved(sara.page);
  await expect(teamStatus(sara.page)).toContainText('Synkroniserad');

  const lars = await joinTeam(browser, baseURL!, db, 'lars');
  await lars.page.goto('#/figurer');
  await expectFigureRows(lars.page, AREAS[0], [[], [], ['Jönköping']]);
  await openCounty(lars.page, '06', 'Jönköping');
  await expect(scoreRadio(lars.page, '1.1', 2)).toBeChecked();
  await scoreRadio(lars.page, '1.1', 0).click();
  await expect(lars.page.getByRole('alert').filter({ hasText: 'Din roll (läsare) får inte göra den ändringen. Inget ändrades.' })).toBeVisible();
  await expect(scoreRadio(lars.page, '1.1', 2)).toBeChecked();

  // The server holds each score under its writer's name, the agreed one under the coordinator's.
  const docs = await serverDocs(db);
  expect(docs.get(`v:${ROUND}/anna/06/1.1/score`)).toMatchObject({ by: 'anna', change: { value: 2 } });
  expect(docs.get(`v:${ROUND}/bo/06/1.1/score`)).toMatchObject({ by: 'bo', change: { value: 1 } });
  expect(docs.get(`v:${ROUND}//06/1.1/score`)).toMatchObject({ by: 'sara', change: { value: 2 } });
  await closeAll([anna, bo, sara, lars]);
});

test('edits reach the other laptop live both ways, and an edit made offline is kept there and arrives once the network is back', async ({ browser, baseURL }, testInfo) => {
  const db = await newTeamDatabase(testInfo);
  const anna = await joinTeam(browser, baseURL!, db, 'anna');
  const sara = await joinTeam(browser, baseURL!, db, 'sara');
  await openPoliticalQuestion(anna.page);
  await openPoliticalQuestion(sara.page);

  await political(anna.page).fill('Regionalt politiskt samverkansråd');
  await expect(political(sara.page)).toHaveValue('Regionalt politiskt samverkansråd');
  await sara.page.getByRole('textbox', { name: 'Samlad bedömning' }).fill('Tydlig styrning, svag uppföljning.');
  await expect(anna.page.getByRole('textbox', { name: 'Samlad bedömning' })).toHaveValue('Tydlig styrning, svag uppföljning.');

  await anna.page.context().setOffline(true);
  await expect(teamStatus(anna.page)).toContainText(OFFLINE);
  await political(anna.page).fill('Samverkansråd, skrivet under besöket');
  await expectSaved(anna.page);
  await expect(political(sara.page)).toHaveValue('Regionalt politiskt samverkansråd');

  await anna.page.context().setOffline(false);
  await expect(political(sara.page)).toHaveValue('Samverkansråd, skrivet under besöket');
  await expect(teamStatus(anna.page)).toContainText('Synkroniserad');
  await closeAll([anna, sara]);
});

test('two people who change one value apart see a conflict with both sides, keep one, and the other stays readable', async ({ browser, baseURL }, testInfo) => {
  const db = await newTeamDatabase(testInfo);
  const anna = await joinTeam(browser, baseURL!, db, 'anna');
  const bo = await joinTeam(browser, baseURL!, db, 'bo');
  await openPoliticalQuestion(anna.page);
  await openPoliticalQuestion(bo.page);

  await anna.page.context().setOffline(true);
  await bo.page.context().setOffline(true);
  await political(anna.page).fill('Annas svar');
  await political(bo.page).fill('Bos svar');
  await expectSaved(anna.page);
  await expectSaved(bo.page);
  await anna.page.context().setOffline(false);
  await bo.page.context().setOffline(false);

  for (const person of [anna, bo]) await expect(teamStatus(person.page).getByRole('link', { name: 'Konflikt (1)' })).toBeVisible();
  await teamStatus(anna.page).getByRole('link', { name: 'Konflikt (1)' }).click();
  const versions = anna.page.getByRole('table', { name: /^Versioner av / });
  await expect(versions.getByRole('rowheader')).toHaveText([/^(Annas|Bos) svar \(visas nu\)$/, /^(Annas|Bos) svar$/]);
  await expect(versions.getByRole('cell', { name: 'anna', exact: true })).toBeVisible();
  await expect(versions.getByRole('cell', { name: 'bo', exact: true })).toBeVisible();
  expect(await new AxeBuilder({ page: anna.page }).withTags(WCAG_21_AA).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);

  await versions.getByRole('button', { name: /^Behåll bos version av / }).click();
  await expect(anna.page.getByRole('heading', { level: 2, name: 'Konflikter (0)' })).toBeVisible();
  const kept = anna.page.getByRole('table', { name: 'Versioner som valdes bort' });
  await expect(kept.getByRole('row').nth(1).getByRole('cell')).toHaveText(['Annas svar', 'anna', /./, 'anna', /./]);

  for (const person of [anna, bo]) {
    await expect(teamStatus(person.page).getByRole('link', { name: /^Konflikt/ })).toHaveCount(0);
  }
  await expect(political(bo.page)).toHaveValue('Bos svar');
  await openPoliticalQuestion(anna.page);
  await expect(political(anna.page)).toHaveValue('Bos svar');
  await closeAll([anna, bo]);
});

test('a workspace kept in the browser alone moves up to the team after a preview, and is there again after disconnecting', async ({ page, baseURL }, testInfo) => {
  const db = await newTeamDatabase(testInfo);
  await openCounty(page, '06', 'Jönköping');
  await scoreRadio(page, '1.1', 2).check();
  await expectSaved(page);

  await page.goto('#/team');
  await page.getByLabel('Serveradress').fill(`${baseURL}couch`);
  await page.getByLabel('Databas').fill(db);
  await page.getByLabel('Användarnamn').fill('anna');
  await page.getByLabel('Lösenord').fill('hemligt-123');
  await page.getByRole('button', { name: 'Anslut' }).click();
  await expect(teamStatus(page)).toContainText('Synkroniserad · anna (intervjuare)');

  const moveUp = page.getByRole('region', { name: 'Flytta upp arbetsytan från webbläsaren' });
  await expect(moveUp.getByRole('combobox', { name: 'Poäng i webbläsaren som är mina' })).toHaveValue('');
  await moveUp.getByRole('button', { name: /^Flytta upp \d+ ändringar$/ }).click();
  await expect(moveUp.getByRole('status')).toContainText('Flyttade upp');
  await expect(teamStatus(page)).toContainText('Synkroniserad');
  await expect.poll(async () => (await serverDocs(db)).get(`v:${ROUND}/anna/06/1.1/score`)).toMatchObject({ by: 'anna', change: { value: 2 } });

  await page.getByRole('button', { name: 'Koppla från' }).click();
  await expect(page.getByRole('button', { name: 'Anslut' })).toBeVisible();
  await expect(teamStatus(page)).toHaveCount(0);
  await openCounty(page, '06', 'Jönköping');
  await expect(scoreRadio(page, '1.1', 2)).toBeChecked();
});
