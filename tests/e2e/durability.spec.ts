import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectSaved, noteField, openCounty, saveStatus, scoreRadio, test, watchPageErrors, writeNote } from './helpers';
import { allowFailingWrites, holdStore, setWritesFail } from './idb';

const NOTE = 'Regionen och kommunerna har ett gemensamt politiskt forum.';

/** Jönköping 1.1 = 2 with a note, the change every test here expects to find again. */
async function scoreAndNote(page: Page): Promise<void> {
  await scoreRadio(page, '1.1', 2).check();
  await writeNote(page, '1.1', NOTE);
}

async function expectScoreAndNote(page: Page): Promise<void> {
  await expect(scoreRadio(page, '1.1', 2)).toBeChecked();
  await expect(noteField(page, '1.1')).toHaveValue(NOTE);
}

test('a score and a note survive a reload made at once, before the app says Sparat', async ({ page }) => {
  await openCounty(page, '06', 'Jönköping');
  // A disk too slow to finish the write before the reload: the change cannot reach IndexedDB
  // in this page, so only the app's synchronous journal can bring it back.
  await holdStore(page);
  await scoreAndNote(page);
  await expect(saveStatus(page)).toHaveText('Sparar…');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Jönköping (06)' })).toBeVisible();
  await expectScoreAndNote(page);

  // The journal's changes are stored for good once the reloaded page says so.
  await expectSaved(page);
  await page.reload();
  await expectScoreAndNote(page);
});

test('scores survive closing the browser and opening the same profile again', async ({
  playwright,
  launchOptions,
  baseURL,
}) => {
  if (!baseURL) throw new Error('playwright.config.ts sets no baseURL');
  const profile = mkdtempSync(join(tmpdir(), 'lansinventering-profil-'));
  const open = async () => {
    const context = await playwright.chromium.launchPersistentContext(profile, {
      ...launchOptions, // the config's /usr/bin/chromium and its flags
      baseURL,
      locale: 'sv-SE',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    return { context, page, errors: watchPageErrors(page) };
  };
  try {
    const first = await open();
    await openCounty(first.page, '06', 'Jönköping');
    await scoreAndNote(first.page);
    await expectSaved(first.page);
    await first.context.close();
    expect(first.errors, 'errors in the first browser').toEqual([]);

    const second = await open();
    await openCounty(second.page, '06', 'Jönköping');
    await expectScoreAndNote(second.page);
    await second.context.close();
    expect(second.errors, 'errors in the second browser').toEqual([]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a failed write shows an alert that says what happened and offers a backup at once', async ({ page }) => {
  await allowFailingWrites(page);
  await openCounty(page, '06', 'Jönköping');
  await expectSaved(page);
  await setWritesFail(page, true);

  await scoreRadio(page, '1.1', 2).check();
  await expect(saveStatus(page)).toHaveText('Ej sparat');
  const alert = page.getByRole('alert').filter({ hasText: 'kunde inte sparas' });
  await expect(alert).toContainText('Den senaste ändringen kunde inte sparas i webbläsaren.');
  await expect(alert).toContainText('lagringsutrymme är fullt');

  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Ladda ner säkerhetskopia' }).click();
  const backup = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as Record<string, unknown>;
  expect(backup).toMatchObject({ format: 'lansinventering-scores', version: 3 });
  expect(backup['assessments']).toEqual([{ round: String(new Date().getFullYear()), county: '06', scores: { '1.1': 2 }, notes: {} }]);

  await setWritesFail(page, false);
  await alert.getByRole('button', { name: 'Försök spara igen' }).click();
  await expectSaved(page);
  await expect(alert).toHaveCount(0);

  await page.reload();
  await expect(scoreRadio(page, '1.1', 2)).toBeChecked();
});
