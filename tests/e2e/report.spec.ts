import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, importAllCounties, importThreeCounties, test } from './helpers';

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

/**
 * How far down each page its lowest text reaches, as a share of the height the page's margins leave
 * for content (report.css: @page margin 15mm top, 16mm bottom): 1 is a full page.
 */
function pageFill(file: string): number[] {
  const bbox = execFileSync('/usr/bin/pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const mm = 72 / 25.4;
  return [...bbox.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, height, words]) => {
    const bottoms = [...(words ?? '').matchAll(/yMax="([\d.]+)"/g)].map(([, y]) => Number(y));
    const top = 15 * mm;
    const bottom = Number(height) - 16 * mm;
    return bottoms.length === 0 ? 0 : (Math.max(...bottoms) - top) / (bottom - top);
  });
}

/** The 2016 report's words under every figure. */
const CAVEAT = 'Indelningen i figuren ger en grov lägesbeskrivning och ska inte användas som underlag för ranking och exakta jämförelser mellan länen.';

/** Lines joined and runs of spaces made one, so wrapped text reads as one line. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase that may be wrapped or spaced out by the layout. */
const phrase = (text: string) => text.split(' ').map(escape).join('\\s+');

test('the report prints to an A4 PDF with every figure whole, the rule and each scored county', async ({ page }, testInfo) => {
  await importThreeCounties(page);
  await page.goto('#/rapport?lan=ja');
  await expect(page.getByRole('heading', { level: 1, name: 'Rapport' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Ta med län för län' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Skåne (12)' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Hoppa till innehållet' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Skriv ut / Spara som PDF' })).toBeHidden();
  await expect(page.getByRole('checkbox', { name: 'Ta med län för län' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Figur 1. Styrning och mandat' })).toBeVisible();
  // The report's caveat is printed as text, black on white, above the summary it qualifies.
  const caveat = page.getByRole('note').filter({ hasText: CAVEAT });
  await expect(caveat).toBeVisible();
  await expect(caveat).toHaveCSS('color', 'rgb(0, 0, 0)');
  await expect(caveat).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');

  const file = testInfo.outputPath('rapport.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true, tagged: true, outline: true }));
  const layout = pdfText(file);
  const text = flat(layout);
  const pageCount = layout.split('\f').length - 1;
  const pages = Array.from({ length: pageCount }, (_, index) => pdfText(file, index + 1));
  await testInfo.attach('rapport.txt', { body: layout, contentType: 'text/plain' });

  // The title and summary, a page per figure (each is too tall to share one), the rule, and about
  // a page and a third for each of the three counties: more would mean rows or figures blown apart.
  expect(pageCount).toBeGreaterThanOrEqual(11);
  expect(pageCount).toBeLessThanOrEqual(15);
  expect(text).not.toContain('Skriv ut / Spara som PDF');
  expect(text).not.toContain('Huvudmeny');
  expect(text).toContain('bilaga1-2016');
  expect(text).not.toContain('filformat');
  expect(text).toContain('3 av 21 bedömda i alla områden; 3 med minst en poäng');
  const summaryPage = pages.map(flat).find((onePage) => onePage.includes('Sammanfattande bedömning: antal län per nivå och område')) ?? '';
  expect(summaryPage.indexOf(CAVEAT), 'the caveat on the summary’s page, above it').toBeGreaterThanOrEqual(0);
  expect(summaryPage.indexOf(CAVEAT)).toBeLessThan(summaryPage.indexOf('Sammanfattande bedömning: antal län per nivå och område'));

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

  // Each county's name stands on the page with all its levels, wherever on the page it starts.
  for (const [name, code] of [['Stockholm', '01'], ['Uppsala', '03'], ['Skåne', '12']] as const) {
    const onPage = pages.filter((onePage) => onePage.includes(`${name}: nivå och skäl per område`));
    expect(onPage, `${name}'s levels on one page`).toHaveLength(1);
    expect(flat(onPage[0] ?? ''), `${name}'s name with its levels`).toMatch(
      new RegExp(`${name} \\(${code}\\) 32 av 32 påståenden poängsatta\\. ${name}: nivå och skäl per område[\\s\\S]*6\\. Kvalitetssäkring`),
    );
  }
  expect(text).toContain('Inte bedömda: Södermanland, Östergötland, Jönköping');
  // A statements table that runs over several pages repeats its header row on each of them; only
  // Stockholm has notes, so only its table has a note column.
  const statementPages = pages.filter((onePage) => /\d (Obefintligt|Till viss del|Väl uppfyllt)/.test(onePage));
  expect(statementPages.length).toBeGreaterThan(2);
  for (const onePage of statementPages) expect(onePage).toMatch(/Påstående\s+Poäng/);
  expect(text).toContain('Stockholm: poäng och anteckning per påstående');
  expect(text).toContain('Uppsala: poäng per påstående (inga anteckningar)');
  // Stockholm 0 on all 32, Uppsala 1 on all but 1.1 (2), Skåne 2 on all: every score with its label.
  const times = (label: string) => text.split(label).length - 1;
  expect([times('0 Obefintligt'), times('1 Till viss del'), times('2 Väl uppfyllt')]).toEqual([32, 31, 33]);
  // The note sits in its own column, so its lines alternate with the statement's.
  const stockholm = pages.find((onePage) => onePage.includes('Landstinget deltar inte i')) ?? '';
  expect(stockholm).toMatch(/1\.1 Finns ett politiskt forum[\s\S]*Landstinget deltar inte i[\s\S]*strukturen\./);
});

test('a report of all 21 counties prints under its title with the data\'s date, each heading with what follows it and no page left mostly empty', async ({ page }, testInfo) => {
  // The scores are entered on one day and the report is printed two days later: both dates show.
  await page.clock.setFixedTime(new Date('2026-03-31T12:00:00'));
  await importAllCounties(page);
  await page.clock.setFixedTime(new Date('2026-04-02T12:00:00'));
  await page.goto('#/rapport?lan=ja');
  await expect(page.getByRole('region', { name: 'Norrbotten (25)' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Länsinventering psykisk hälsa – stödstrukturer per län' })).toBeVisible();
  // Every heading of the report, every table's caption and each area's row in a county's statements.
  const headings = await page.locator('.report :is(h2, h3, caption, th[scope="rowgroup"])').allInnerTexts();
  expect(headings.length).toBeGreaterThan(21 * 9);

  await page.emulateMedia({ media: 'print' });
  const file = testInfo.outputPath('rapport-21-lan.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
  const layout = pdfText(file);
  const pages = layout.split('\f').slice(0, -1).map(flat);
  await testInfo.attach('rapport-21-lan.txt', { body: layout, contentType: 'text/plain' });

  expect(pages[0]).toMatch(/^Länsinventering psykisk hälsa – stödstrukturer per län Bedömningskriterier regional stödstruktur för kunskapsutveckling/);
  expect(pages[0]).toContain('Uppgifterna senast ändrade: 2026-03-31');
  expect(pages[0]).toContain('Rapportdatum: 2026-04-02');
  expect(pages[0]).toContain('21 av 21 bedömda i alla områden; 21 med minst en poäng');

  // A county takes about a page and a third, and the next one starts where it ends (42 pages): 71
  // when each county started a page of its own.
  expect(pages.length).toBeLessThanOrEqual(45);
  const fill = pageFill(file);
  expect(fill).toHaveLength(pages.length);
  const mostlyEmpty = fill.slice(0, -1).flatMap((share, index) => (share < 0.6 ? [`page ${index + 1}: ${share.toFixed(2)}`] : []));
  expect(mostlyEmpty, 'pages less than 60 % full').toEqual([]);

  // No heading, caption or area row ends a page: on its page, more than a line of text follows it.
  const stranded: string[] = [];
  for (const heading of new Set(headings.map(flat))) {
    pages.forEach((onePage, index) => {
      for (let at = onePage.indexOf(heading); at >= 0; at = onePage.indexOf(heading, at + 1)) {
        if (onePage.slice(at + heading.length).trim().length < 60) stranded.push(`page ${index + 1}: ${heading}`);
      }
    });
  }
  expect(stranded, 'headings at the foot of a page').toEqual([]);
  // The rule's heading stands on the page where its first area's sentences are.
  expect(pages.filter((onePage) => /Bedömningsregeln .* Område 1\. Styrning och mandat inom politik och förvaltning Välutvecklad struktur när/.test(onePage))).toHaveLength(1);
});
