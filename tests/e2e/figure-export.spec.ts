import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, importThreeCounties, test } from './helpers';

const DATED = String.raw`\d{4}-\d{2}-\d{2}`;

async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const downloading: Promise<Download> = page.waitForEvent('download');
  await button.click();
  const file = await downloading;
  if (process.env['KEEP_EXPORTS']) await file.saveAs(`${process.env['KEEP_EXPORTS']}/${file.suggestedFilename()}`);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Parses the SVG in the browser, as an image viewer would, and reads what a person sees in it. */
async function readSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const document = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = document.documentElement;
    return {
      parses: document.querySelector('parsererror') === null && root.localName === 'svg',
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      text: [...document.querySelectorAll('text')].map((node) => node.textContent).join(' '),
      styled: document.querySelectorAll('style, [class], [style]').length,
      outside: document.querySelectorAll('image, use, a, script, foreignObject').length,
      chartFont: document.querySelector('g > svg')?.getAttribute('font-family') ?? null,
    };
  }, text);
}

/** Decodes the PNG in the browser and counts pixels of each colour asked for (±6 per channel). */
async function readPng(page: Page, bytes: Buffer, colours: string[]) {
  return page.evaluate(
    async ({ base64, wanted }) => {
      const binary = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([binary], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const targets = wanted.map((hex) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)));
      const counts = targets.map(() => 0);
      for (let i = 0; i < data.length; i += 4) {
        targets.forEach((target, index) => {
          if (target.every((value, channel) => Math.abs((data[i + channel] ?? 0) - value) <= 6)) counts[index]! += 1;
        });
      }
      return { width: bitmap.width, height: bitmap.height, corner: [...data.slice(0, 4)], counts };
    },
    { base64: bytes.toString('base64'), wanted: colours },
  );
}

function pngHeader(bytes: Buffer) {
  return {
    signature: [...bytes.subarray(0, 8)],
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    density: bytes.indexOf('pHYs') === 37 ? Math.round(bytes.readUInt32BE(41) / 39.3701) : null,
  };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const LEVEL_COLOURS = ['#6a93bd', '#2d6a9f', '#0b3f55'];

test('Figur 3 downloads as an SVG that parses and holds its title, levels, counts, counties and criteria', async ({ page }) => {
  await importThreeCounties(page);
  await page.goto('#/figurer');
  const figure = page.getByRole('region', { name: 'Figur 3. Geografi och täckning' });

  const svg = await download(page, figure.getByRole('button', { name: 'Ladda ner SVG av Figur 3' }));
  expect(svg.name).toMatch(new RegExp(`^figur-3-geografi-och-tackning-${DATED}\\.svg$`));
  const read = await readSvg(page, svg.bytes.toString('utf8'));
  expect(read).toMatchObject({ parses: true, styled: 0, outside: 0 });
  for (const text of [
    'Figur 3. Geografi och täckning',
    '3 av 21 bedömda',
    'Outvecklat stöd',
    'Bitvis välutvecklat stöd',
    'Välutvecklat stöd',
    'Stockholm',
    'Uppsala',
    'Skåne',
    'Kriterier: bilaga1-2016',
  ]) {
    expect(read.text).toContain(text);
  }
  expect(read.text).toMatch(new RegExp(`bilaga1-2016 · ${DATED} ·`));
  // The chart's font came from the page's stylesheet and now travels with the file.
  const pageFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(read.chartFont).toBe(pageFont);
});

test('Figur 3 downloads as a PNG at twice the SVG size, marked 192 dpi, white, with the three bar colours', async ({ page }) => {
  await importThreeCounties(page);
  await page.goto('#/figurer');
  const figure = page.getByRole('region', { name: 'Figur 3. Geografi och täckning' });
  const svg = await readSvg(page, (await download(page, figure.getByRole('button', { name: 'Ladda ner SVG av Figur 3' }))).bytes.toString('utf8'));

  const png = await download(page, figure.getByRole('button', { name: 'Ladda ner PNG av Figur 3' }));
  expect(png.name).toMatch(new RegExp(`^figur-3-geografi-och-tackning-${DATED}\\.png$`));
  expect(pngHeader(png.bytes)).toEqual({ signature: PNG_SIGNATURE, width: svg.width * 2, height: svg.height * 2, density: 192 });
  const pixels = await readPng(page, png.bytes, LEVEL_COLOURS);
  expect(pixels.corner).toEqual([255, 255, 255, 255]);
  // A bar for one county of 21 is about 120 × 10 screen pixels, four times that in the 2× image;
  // the legend's 14 × 14 swatch alone would give 784.
  for (const count of pixels.counts) expect(count).toBeGreaterThan(3000);
});

test('all six figures download on one sheet, as SVG and as PNG', async ({ page }) => {
  await importThreeCounties(page);
  await page.goto('#/figurer');

  const svg = await download(page, page.getByRole('button', { name: 'Ladda ner SVG av alla sex figurer' }));
  expect(svg.name).toMatch(new RegExp(`^sammanfattande-bedomning-av-existerande-strukturer-${DATED}\\.svg$`));
  const read = await readSvg(page, svg.bytes.toString('utf8'));
  expect(read.parses).toBe(true);
  expect(read.text).toContain('Sammanfattande bedömning av existerande strukturer');
  for (const title of ['Figur 1. Styrning och mandat', 'Figur 3. Geografi och täckning', 'Figur 4. Samarbeten på länsnivå', 'Figur 5. Kapacitet och kompetens', 'Figur 6. Kvalitetssäkring']) {
    expect(read.text).toContain(title);
  }
  expect(read.text).toContain('Figur 2. Aktör med länsövergripande ansvar');

  const png = await download(page, page.getByRole('button', { name: 'Ladda ner PNG av alla sex figurer' }));
  expect(png.name).toMatch(/\.png$/);
  expect(pngHeader(png.bytes)).toMatchObject({ signature: PNG_SIGNATURE, width: read.width * 2, height: read.height * 2 });
});

test('in English the image and its file name are English', async ({ page }) => {
  await importThreeCounties(page);
  await page.evaluate(() => localStorage.setItem('lansinventering-sprak', 'en'));
  await page.goto('#/figurer');
  await page.reload();
  const figure = page.getByRole('region', { name: 'Figure 3. Geography and coverage' });
  const svg = await download(page, figure.getByRole('button', { name: 'Download SVG of Figure 3' }));
  expect(svg.name).toMatch(new RegExp(`^figure-3-geography-and-coverage-${DATED}\\.svg$`));
  const read = await readSvg(page, svg.bytes.toString('utf8'));
  expect(read.text).toContain('3 of 21 rated');
  expect(read.text).toContain('Criteria: bilaga1-2016 · ');
});

test('the radar of Sida vid sida downloads with its legend and county names', async ({ page }) => {
  await importThreeCounties(page);
  await page.goto('#/jamfor/lan?valda=01,12');
  const svg = await download(page, page.getByRole('button', { name: 'Ladda ner SVG av radardiagrammet' }));
  expect(svg.name).toMatch(new RegExp(`^medelpoang-per-omrade-stockholm-skane-${DATED}\\.svg$`));
  const read = await readSvg(page, svg.bytes.toString('utf8'));
  expect(read).toMatchObject({ parses: true, styled: 0 });
  for (const text of ['Medelpoäng per område: Stockholm, Skåne', 'Median, alla län', 'Kvalitetssäkring']) expect(read.text).toContain(text);

  const png = await download(page, page.getByRole('button', { name: 'Ladda ner PNG av radardiagrammet' }));
  expect(pngHeader(png.bytes)).toMatchObject({ signature: PNG_SIGNATURE, width: read.width * 2, height: read.height * 2 });
});
