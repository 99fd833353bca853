import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, importThreeCounties, test } from './helpers';

type LocalizedText = { sv: string };
type CriteriaArea = { id: string; figure: number; figureTitle: LocalizedText; levels: { label: LocalizedText }[] };

/** Figure titles and level labels as the criteria file has them (levels strongest first there). */
const criteria = JSON.parse(readFileSync(new URL('../../criteria/bilaga1.json', import.meta.url), 'utf8')) as {
  areas: CriteriaArea[];
};

/** Text of the PDF (or one page of it) as poppler's pdftotext lays it out. */
function pdfText(file: string, page?: number): string {
  const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('/usr/bin/pdftotext', ['-layout', ...pages, file, '-'], { encoding: 'utf8' });
}

/** Lines joined and runs of spaces made one, so wrapped text reads as one line. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase that may be wrapped or spaced out by the layout. */
const phrase = (text: string) => text.split(' ').map(escape).join('\\s+');

test('the report prints to an A4 PDF with every figure whole, the rule and a page per scored county', async ({ page }, testInfo) => {
  await importThreeCounties(page);
  await page.goto('#/rapport?lan=ja');
  await expect(page.getByRole('heading', { level: 1, name: 'Rapport' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Ta med en sida per län' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Skåne (12)' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Hoppa till innehållet' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Skriv ut / Spara som PDF' })).toBeHidden();
  await expect(page.getByRole('checkbox', { name: 'Ta med en sida per län' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Figur 1. Styrning och mandat' })).toBeVisible();

  const file = testInfo.outputPath('rapport.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true, tagged: true, outline: true }));
  const layout = pdfText(file);
  const text = flat(layout);
  const pageCount = layout.split('\f').length - 1;
  const pages = Array.from({ length: pageCount }, (_, index) => pdfText(file, index + 1));
  await testInfo.attach('rapport.txt', { body: layout, contentType: 'text/plain' });

  // The title and summary, a page per figure (each is too tall to share one), the rule, and two or
  // three pages for each of the three counties: more would mean rows or figures blown apart.
  expect(pageCount).toBeGreaterThanOrEqual(12);
  expect(pageCount).toBeLessThanOrEqual(20);
  expect(text).not.toContain('Skriv ut / Spara som PDF');
  expect(text).not.toContain('Huvudmeny');
  expect(text).toContain('bilaga1-2016');
  expect(text).not.toContain('filformat');
  expect(text).toContain('3 av 21 bedömda i alla områden; 3 med minst en poäng');

  for (const area of criteria.areas) {
    const caption = `Figur ${area.figure}. ${area.figureTitle.sv}`;
    expect(text).toContain(caption);
    const [strongest, middle, weakest] = area.levels.map((level) => phrase(level.label.sv));
    // The table's rows, weakest first: level, count, county.
    const rows = `${weakest}\\s+1\\s+Stockholm\\s+${middle}\\s+1\\s+Uppsala\\s+${strongest}\\s+1\\s+Skåne`;
    expect(text, caption).toMatch(new RegExp(rows));

    // No figure is split: one page holds its heading, its table's caption, header and last row
    // (the summary before the figures names each figure once more, hence heading then caption).
    const figure = `Figur ${area.figure}\\.`;
    const whole = new RegExp(`${figure}[\\s\\S]*${figure}[\\s\\S]*Nivå\\s+Antal län\\s+Län\\s+${rows}`);
    expect(pages.filter((onePage) => whole.test(onePage)), `${caption} on one page`).toHaveLength(1);
  }

  expect(text).toContain('Bedömningsregeln');
  for (const sentence of [
    'Välutvecklad struktur när 1.5 och 1.6 är båda 2, minst 2 av 1.1–1.3 = 2 och minst 4 av 2.1–2.6 ≥ 1.',
    'Outvecklad struktur annars.',
    'Bitvis välutvecklat stöd när 3.1 ≥ 1 och 3.2 ≥ 1.',
    'Otillräcklig kvalitetssäkring annars.',
  ]) {
    expect(text).toContain(sentence);
  }

  // Each county starts a page of its own, with its levels and its 32 statements.
  for (const [name, code] of [['Stockholm', '01'], ['Uppsala', '03'], ['Skåne', '12']] as const) {
    const first = pages.findIndex((onePage) => onePage.includes(`${name}: nivå och skäl per område`));
    expect(first, `${name}'s page`).toBeGreaterThan(0);
    expect(flat(pages[first] ?? '').trimStart(), `${name} at the top of a page`).toMatch(new RegExp(`^(Län för län .*)?${name} \\(${code}\\)`));
  }
  expect(text).toContain('Inte bedömda: Södermanland, Östergötland, Jönköping');
  // A statements table that runs over several pages repeats its header row on each of them.
  const statementPages = pages.filter((onePage) => /\d (Obefintligt|Till viss del|Väl uppfyllt)/.test(onePage));
  expect(statementPages.length).toBeGreaterThan(3);
  for (const onePage of statementPages) expect(onePage).toMatch(/Påstående\s+Poäng\s+Anteckning/);
  // Stockholm 0 on all 32, Uppsala 1 on all but 1.1 (2), Skåne 2 on all: every score with its label.
  const times = (label: string) => text.split(label).length - 1;
  expect([times('0 Obefintligt'), times('1 Till viss del'), times('2 Väl uppfyllt')]).toEqual([32, 31, 33]);
  // The note sits in its own column, so its lines alternate with the statement's.
  const stockholm = pages.find((onePage) => onePage.includes('Stockholm (01)')) ?? '';
  expect(stockholm).toMatch(/1\.1 Finns ett politiskt forum[\s\S]*Landstinget deltar inte i[\s\S]*strukturen\./);
});
