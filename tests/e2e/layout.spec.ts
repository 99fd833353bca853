import type { Page } from '@playwright/test';
import { expect, importThreeCounties, test } from './helpers';

for (const language of ['sv', 'en'] as const) {
  test(`at 1280 px the header is two rows, the name with the menu and then the round with the tools, in ${language === 'sv' ? 'Swedish' : 'English'}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.addInitScript((chosen) => localStorage.setItem('lansinventering-sprak', chosen), language);
    await page.goto('#/lan');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const header = page.getByRole('banner');
    const middle = async (selector: string) => {
      const box = await header.locator(selector).first().boundingBox();
      return box ? box.y + box.height / 2 : NaN;
    };
    const name = await middle('.app-name');
    const menuEnd = await middle('nav li:last-child');
    const round = await middle('.round-switch select');
    const saved = await middle('.save-status');
    // The menu shares the name's line; the round, the language, undo and the save status share the next.
    expect(Math.abs(name - menuEnd)).toBeLessThan(12);
    expect(Math.abs(round - saved)).toBeLessThan(12);
    expect(round - name).toBeGreaterThan(20);
  });
}

test('on a phone the compared counties are reached by scrolling the level table, with its areas kept in view and a line that says so', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await importThreeCounties(page);
  await page.goto('#/jamfor/lan?valda=01,12');
  const section = page.getByRole('region', { name: 'Nivå per område', exact: true });
  await expect(section.getByText(/^Tabellen är bredare än skärmen/)).toBeVisible();

  const table = section.getByRole('region', { name: 'Nivå per område för de valda länen' });
  await table.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
  const area = await table.getByRole('rowheader', { name: /^1\. Styrning/ }).boundingBox();
  const skane = await table.getByRole('columnheader', { name: 'Skåne' }).boundingBox();
  // The last county is in the window, and the area's name still stands at the left edge.
  expect(skane && skane.x + skane.width).toBeLessThanOrEqual(390);
  expect(area?.x).toBeGreaterThanOrEqual(0);
  expect(area && area.x + area.width).toBeLessThan(skane?.x ?? 0);
});

test('a table that fits its page says nothing about scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await importThreeCounties(page);
  await page.goto('#/jamfor/lan?valda=01,12');
  await expect(page.getByRole('region', { name: 'Nivå per område för de valda länen' })).toBeVisible();
  await expect(page.getByText(/^Tabellen är bredare än skärmen/)).toHaveCount(0);
});

/** Every word in a table cell of the page that the browser broke over two lines, as "cell: word". */
async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const cell of document.querySelectorAll('main table :is(th, td)')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
          if (lines.size > 1) broken.push(`${(cell.textContent ?? '').slice(0, 30)}: ${match[0]}`);
        }
      }
    }
    return broken;
  });
}

/** The smallest text of the page's charts as it stands on the screen, in CSS pixels. */
async function smallestChartText(page: Page): Promise<number> {
  return page.evaluate(() => {
    let smallest = Infinity;
    for (const svg of document.querySelectorAll<SVGSVGElement>('main svg.recharts-surface')) {
      const scale = svg.getBoundingClientRect().width / svg.width.baseVal.value;
      for (const text of svg.querySelectorAll('text')) {
        smallest = Math.min(smallest, Number.parseFloat(getComputedStyle(text).fontSize) * scale);
      }
    }
    return smallest;
  });
}

for (const route of ['#/lan', '#/figurer', '#/jamfor', '#/jamfor?visa=12-4', '#/jamfor/lan?valda=01,03,12', '#/regler?variant=Test&regel=5.3.1-2-6']) {
  test(`at 390 px no word is broken inside a table cell and no chart text is under 12 px on ${route}`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await importThreeCounties(page);
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('main table').first()).toBeVisible();
    expect(await brokenWords(page)).toEqual([]);
    expect(await smallestChartText(page)).toBeGreaterThanOrEqual(12);
  });
}

test('at 1280 px each figure\'s table stands beside its chart, which keeps its design width; at 390 px the table is under it', async ({ page }) => {
  await importThreeCounties(page);
  for (const [width, beside] of [[1280, true], [390, false]] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('#/figurer');
    for (const figure of [1, 2, 3, 4, 5, 6]) {
      const region = page.getByRole('region', { name: new RegExp(`^Figur ${figure}\\. `) });
      const chart = await region.getByRole('img', { name: new RegExp(`^Figur ${figure}\\. `) }).boundingBox();
      const table = await region.getByRole('table').boundingBox();
      if (!chart || !table) throw new Error(`Figur ${figure} has no chart or no table`);
      if (beside) {
        // Side by side: the table starts right of the chart, level with its top.
        expect(table.x, `Figur ${figure}'s table right of its chart`).toBeGreaterThanOrEqual(chart.x + chart.width);
        expect(table.y, `Figur ${figure}'s table level with its chart`).toBeLessThan(chart.y + chart.height / 2);
        expect(chart.width, `Figur ${figure}'s chart at its design width`).toBeCloseTo(720, 0);
      } else {
        expect(table.y, `Figur ${figure}'s table under its chart`).toBeGreaterThanOrEqual(chart.y + chart.height);
      }
    }
  }
});
