import type { BrowserContext, Page } from '@playwright/test';
import { expect, expectSaved, openCounty, scoreRadio, test, watchPageErrors } from './helpers';

/**
 * Two tabs of the app: the test's page and a second page in the same browser context, so both
 * share one origin's IndexedDB, localStorage and BroadcastChannel.
 */
async function openTwoTabs(page: Page, context: BrowserContext): Promise<{ a: Page; b: Page; errorsInB: string[] }> {
  const b = await context.newPage();
  const errorsInB = watchPageErrors(b);
  await openCounty(page, '06', 'Jönköping');
  await openCounty(b, '06', 'Jönköping');
  return { a: page, b, errorsInB };
}

async function reloadCounty(tab: Page): Promise<void> {
  await tab.reload();
  await expect(tab.getByRole('heading', { level: 1, name: 'Jönköping (06)' })).toBeVisible();
}

for (const channel of ['with', 'without'] as const) {
  const title =
    channel === 'with'
      ? 'two tabs changing different statements both keep their change'
      : 'two tabs that cannot message each other still both keep their change to different statements';
  test(title, async ({ page, context }) => {
    if (channel === 'without') {
      // Browsers without BroadcastChannel: storage alone must merge the two tabs' changes.
      await context.addInitScript(() => Reflect.deleteProperty(window, 'BroadcastChannel'));
    }
    const { a, b, errorsInB } = await openTwoTabs(page, context);

    await scoreRadio(a, '1.1', 1).check();
    await expectSaved(a);
    await scoreRadio(b, '1.2', 2).check();
    await expectSaved(b);

    for (const tab of [a, b]) {
      await reloadCounty(tab);
      await expect(scoreRadio(tab, '1.1', 1)).toBeChecked();
      await expect(scoreRadio(tab, '1.2', 2)).toBeChecked();
      await expect(tab.getByText('2 av 32 påståenden poängsatta.')).toBeVisible();
    }
    expect(errorsInB, 'errors in the second tab').toEqual([]);
  });
}

test('when two tabs change the same statement the later change wins and the other tab shows it', async ({
  page,
  context,
}) => {
  const { a, b, errorsInB } = await openTwoTabs(page, context);

  await scoreRadio(a, '1.1', 0).check();
  await expectSaved(a);
  await expect(scoreRadio(b, '1.1', 0)).toBeChecked();

  await scoreRadio(b, '1.1', 2).check();
  await expectSaved(b);
  // Without a reload: the other tab is told of the change.
  await expect(scoreRadio(a, '1.1', 2)).toBeChecked();
  await expectSaved(a);

  for (const tab of [a, b]) {
    await reloadCounty(tab);
    await expect(scoreRadio(tab, '1.1', 2)).toBeChecked();
  }
  expect(errorsInB, 'errors in the second tab').toEqual([]);
});
