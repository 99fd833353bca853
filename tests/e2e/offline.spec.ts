import type { Page } from '@playwright/test';
import { expect, expectSaved, openCounty, scoreRadio, statement, test } from './helpers';

const CRITERIA_FILES = ['criteria/bilaga1.json', 'criteria/counties.json'];

/** Waits until the service worker is active and controls the page (it claims the first visit). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after one visit the app starts and keeps scores with no network', async ({ page, context }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitForServiceWorker(page);
  // Said quietly in the footer, not over the page.
  const offlineNote = page.getByRole('contentinfo').getByRole('status');
  await expect(offlineNote).toHaveText('Appen fungerar även utan nätverk i den här webbläsaren.');

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  // The app's start-up fetch of the criteria (`cache: 'no-cache'`) is answered by the service worker.
  const criteria = CRITERIA_FILES.map((file) =>
    page.waitForResponse((response) => new URL(response.url()).pathname.endsWith(`/${file}`)),
  );
  await page.reload();
  for (const response of await Promise.all(criteria)) {
    expect(response.ok(), response.url()).toBe(true);
    expect(response.fromServiceWorker(), response.url()).toBe(true);
  }

  await openCounty(page, '06', 'Jönköping');
  await scoreRadio(page, '1.1', 2).check();
  await expectSaved(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Jönköping (06)' })).toBeVisible();
  await expect(scoreRadio(page, '1.1', 2)).toBeChecked();
  await expect(statement(page, '1.1').getByRole('radio', { checked: true })).toHaveCount(1);
  // A later visit knows it too.
  await expect(offlineNote).toHaveText('Appen fungerar även utan nätverk i den här webbläsaren.');
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
});
