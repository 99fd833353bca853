import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Browser, Page, TestInfo } from '@playwright/test';
import { expect, watchPageErrors } from './helpers';

/** The team of the browser tests: two interviewers, a coordinator and a reader. */
const TEAM = { anna: 'intervjuare', bo: 'intervjuare', sara: 'samordnare', lars: 'lasare' } as const;
export type Member = keyof typeof TEAM;
const PASSWORD = 'hemligt-123';
export const ROUND = String(new Date().getFullYear());

const serverUrl = () => process.env.TEAM_SERVER_URL ?? '';
const admin = () => process.env.COUCHDB_ADMIN ?? 'admin:admin';

/**
 * A team database of its own for a test, prepared by `npm run couch:setup` as a deployment would
 * be: design document, `_security`, the four users with their roles, and this year's round.
 */
export async function newTeamDatabase(testInfo: TestInfo): Promise<string> {
  const db = `team-${testInfo.testId.toLowerCase().replace(/[^a-z0-9]/g, '')}-${testInfo.retry}`;
  const users = Object.entries(TEAM).flatMap(([name, role]) => ['--user', `${name}:${PASSWORD}:${role}`]);
  await promisify(execFile)('node', ['scripts/couch/setup.mjs', '--url', serverUrl(), '--admin', admin(), '--db', db, '--round', ROUND, ...users]);
  return db;
}

export type Person = { page: Page; errors: string[]; close: () => Promise<void> };

/** A member on a laptop of their own (a browser context of its own) signed in to the team at `#/team`. */
export async function joinTeam(browser: Browser, baseURL: string, db: string, user: Member): Promise<Person> {
  const context = await browser.newContext({ baseURL, locale: 'sv-SE', serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = watchPageErrors(page);
  await page.goto('#/team');
  await expect(page.getByRole('heading', { level: 1, name: 'Teamserver' })).toBeVisible();
  await page.getByLabel('Serveradress').fill(`${baseURL}couch`);
  await page.getByLabel('Databas').fill(db);
  await page.getByLabel('Användarnamn').fill(user);
  await page.getByLabel('Lösenord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Anslut' }).click();
  await expect(teamStatus(page)).toContainText(`Synkroniserad · ${user}`);
  return { page, errors, close: () => context.close() };
}

/** The team server's status in the header: "Synkroniserad · anna (intervjuare)". */
export function teamStatus(page: Page) {
  return page.getByRole('banner').getByRole('status', { name: 'Teamserver' });
}

/** What the server holds, read as its admin: id → document. */
export async function serverDocs(db: string): Promise<Map<string, Record<string, unknown>>> {
  const response = await fetch(`${serverUrl()}/${db}/_all_docs?include_docs=true`, {
    headers: { Authorization: `Basic ${Buffer.from(admin()).toString('base64')}` },
  });
  const body = (await response.json()) as { rows: { id: string; doc: Record<string, unknown> }[] };
  return new Map(body.rows.map((row) => [row.id, row.doc]));
}
