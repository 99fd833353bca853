// What the measurements do in the app, as a person would: import a workspace on the Data page,
// open a county's scoring page, its reconciliation or Figur 1–6, pick a score. Names and texts as tests/e2e/helpers.ts
// finds them (Swedish interface).
import { COUNTY, scoredWorkspaceFile } from './workspace-fixture.mjs';

const SCORE_LABEL = { 0: '0 Obefintligt', 1: '1 Till viss del', 2: '2 Väl uppfyllt' };
const WAIT = { timeout: 60_000 };

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export async function waitUntilSaved(page) {
  await page.getByRole('banner').getByRole('status').filter({ hasText: /^Sparat$/ }).waitFor(WAIT);
}

/**
 * Imports the measurement workspace through the Data page and waits until it is stored; `raters`
 * brings the three raters done with the measured county (workspace-fixture.mjs).
 */
export async function importWorkspace(page, base, { raters = false } = {}) {
  const file = scoredWorkspaceFile({ raters });
  await page.goto(`${base}#/data`);
  await page.getByRole('heading', { level: 1, name: 'Data' }).waitFor(WAIT);
  await page.getByLabel(/^Välj en fil att importera/).setInputFiles(file);
  await page.getByRole('status').filter({ hasText: `«${file.name}» är giltig` }).waitFor(WAIT);
  await page.getByRole('button', { name: 'Importera och slå ihop' }).click();
  await page.getByRole('status').filter({ hasText: 'är importerad' }).waitFor(WAIT);
  await waitUntilSaved(page);
}

export async function openCounty(page, base) {
  await page.goto(`${base}#/lan/${COUNTY.code}`);
  await page.getByRole('heading', { level: 1, name: `${COUNTY.name} (${COUNTY.code})` }).waitFor(WAIT);
}

/** Opens the county's reconciliation (samsyn) and waits until the three raters' scores are shown. */
export async function openReconcile(page, base) {
  await page.goto(`${base}#/lan/${COUNTY.code}/samsyn`);
  await page.getByRole('heading', { level: 1, name: `Samsyn: ${COUNTY.name}` }).waitFor(WAIT);
  await page.getByRole('columnheader', { name: 'Cecilia' }).waitFor(WAIT);
}

/** Opens Figur 1–6 and waits until all six charts are drawn. */
export async function openFigures(page, base) {
  await page.goto(`${base}#/figurer`);
  await page.getByRole('heading', { level: 1, name: 'Figurer', exact: true }).waitFor(WAIT);
  await page.locator('.figure-chart svg').nth(5).waitFor(WAIT);
}

export function scoreRadio(page, statement, score) {
  return page
    .getByRole('group', { name: new RegExp(`^${escapeRegExp(statement)} `) })
    .getByRole('radio', { name: SCORE_LABEL[score], exact: true });
}

/** The agreed score's radio button of a statement on the reconciliation view. */
export function agreedRadio(page, statement, score) {
  return page.getByRole('group', { name: `Gemensam poäng för ${statement}`, exact: true }).getByRole('radio', { name: String(score), exact: true });
}

/** The county list (#/lan), the first screen, is drawn (its caption's beginning: the rest lists its columns). */
export async function waitForCountyList(page) {
  await page.getByRole('table', { name: /^Länen, poängsatta påståenden/ }).waitFor(WAIT);
}

/**
 * The pages whose score clicks are measured against the bare page: the county's scoring page on
 * the agreed scores alone, and its reconciliation view with three raters done, where a click sets
 * the agreed score.
 */
export const CLICKED_PAGES = {
  scoring: { name: 'scoring page', path: `#/lan/${COUNTY.code}`, raters: false, open: openCounty, radio: scoreRadio },
  reconcile: { name: 'reconciliation', path: `#/lan/${COUNTY.code}/samsyn`, raters: true, open: openReconcile, radio: agreedRadio },
};
