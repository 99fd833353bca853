import type { Page } from '@playwright/test';
import { expect, expectSaved, fixturePath, navigateTo, noteField, openCounty, scoreRadio, test, writeNote } from './helpers';

type Watched = { __cspViolations?: string[]; __pwned?: unknown };

/** Records every Content-Security-Policy violation in the page, from before its first script. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = ((window as Watched).__cspViolations = []);
    document.addEventListener(
      'securitypolicyviolation',
      (event) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`),
      true,
    );
  });
}

function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as Watched).__cspViolations ?? ['the recorder did not run']);
}

test('the app works under its Content-Security-Policy without a single violation', async ({ page }) => {
  await recordViolations(page);
  const response = await page.goto('#/lan');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByRole('heading', { level: 1, name: 'Län' })).toBeVisible();

  await openCounty(page, '06', 'Jönköping');
  await scoreRadio(page, '1.1', 2).check();
  await expectSaved(page);

  await navigateTo(page, 'Figurer');
  await expect(page.getByRole('region', { name: 'Figur 1. Styrning och mandat', exact: true })).toContainText(
    '0 av 21 bedömda',
  );

  await navigateTo(page, 'Data');
  await page.getByLabel(/^Välj en fil att importera/).setInputFiles(fixturePath('import-three-counties.json'));
  await page.getByRole('button', { name: 'Importera och slå ihop' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'är importerad' })).toContainText('4 län');
  await expectSaved(page);

  // The figures again, now with a county at every level.
  await navigateTo(page, 'Figurer');
  await expect(page.getByRole('region', { name: 'Figur 1. Styrning och mandat', exact: true })).toContainText(
    '3 av 21 bedömda',
  );
  expect(await violations(page)).toEqual([]);
});

test('a note is shown as text, never as HTML', async ({ page }) => {
  const IMG = '<img src=x onerror="window.__pwned=1">';
  const BOLD = '<b>fet</b>';
  await recordViolations(page);
  await openCounty(page, '06', 'Jönköping');
  await writeNote(page, '1.1', IMG);
  await writeNote(page, '1.2', BOLD);
  await expectSaved(page);

  await page.reload();
  await expect(noteField(page, '1.1')).toHaveValue(IMG);
  await expect(noteField(page, '1.2')).toHaveValue(BOLD);

  // The import preview shows notes too: a file that would change both back.
  await navigateTo(page, 'Data');
  const file = {
    format: 'lansinventering-scores',
    version: 1,
    criteria: 'bilaga1-2016',
    exportedAt: '2026-11-25T10:00:00.000Z',
    assessments: [{ county: '06', scores: {}, notes: { '1.1': BOLD, '1.2': IMG } }],
  };
  await page.getByLabel(/^Välj en fil att importera/).setInputFiles({
    name: 'anteckningar.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  const notes = page.getByRole('table', { name: 'Anteckningar som ändras' });
  await expect(notes.getByRole('row').filter({ hasText: '1.1' }).getByRole('cell')).toHaveText([
    'Jönköping',
    '1.1',
    IMG,
    BOLD,
  ]);

  expect(await page.evaluate(() => (window as Watched).__pwned)).toBeUndefined();
  await expect(page.locator('b')).toHaveCount(0);
  await expect(page.locator('img')).toHaveCount(0);
  expect(await violations(page)).toEqual([]);
});
