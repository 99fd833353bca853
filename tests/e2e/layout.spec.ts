import { expect, test } from './helpers';

for (const language of ['sv', 'en'] as const) {
  test(`at 1280 px the header is one row, in ${language === 'sv' ? 'Swedish' : 'English'}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.addInitScript((chosen) => localStorage.setItem('lansinventering-sprak', chosen), language);
    await page.goto('#/lan');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const header = page.getByRole('banner');
    const first = await header.locator(':scope > *').first().boundingBox();
    const last = await header.locator(':scope > *').last().boundingBox();
    // One row: the name at the left and the language switch at the right share a line.
    expect(first && last && Math.abs(first.y + first.height / 2 - (last.y + last.height / 2))).toBeLessThan(first?.height ?? 0);
  });
}
