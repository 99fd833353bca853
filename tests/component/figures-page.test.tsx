import { act, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { countTicks } from '../../src/components/figure/count-ticks';
import type { Score } from '../../src/domain/score';
import type { RoundScores } from '../../src/domain/workspace/assessment';
import FiguresPage from '../../src/features/figures/figures-page';
import { allScored, loadInstrument } from '../unit/load-instrument';
import { agreedCell } from '../unit/one-round';
import { renderWithServices } from './render-with-services';

const instrument = loadInstrument();

/** Jönköping all 2 (strongest everywhere), Kronoberg all 1, Kalmar all 0; nobody else scored. */
function threeCounties(): RoundScores {
  const all = (value: Score) => allScored(instrument, value);
  return { assessments: { '06': all(2), '07': all(1), '08': all(0) } };
}

const rowOf = (table: HTMLElement, level: string) => within(table).getByRole('row', { name: new RegExp(`^${level}`) });

test('each figure has a table captioned as in the report with one row per level, weakest first', () => {
  renderWithServices(<FiguresPage />, threeCounties());
  const table = screen.getByRole('table', { name: 'Figur 3. Geografi och täckning' });
  const rows = within(table).getAllByRole('row').slice(1);

  expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
    'Outvecklat stöd',
    'Bitvis välutvecklat stöd',
    'Välutvecklat stöd',
  ]);
  expect(within(rowOf(table, 'Välutvecklat stöd')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', 'Jönköping']);
  expect(within(rowOf(table, 'Bitvis välutvecklat stöd')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', 'Kronoberg']);
  expect(within(rowOf(table, 'Outvecklat stöd')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', 'Kalmar']);
});

test('a county the group placed against the rule is counted at the group’s level and marked in the table, the chart and its text', () => {
  const scores = threeCounties();
  const { container } = renderWithServices(<FiguresPage />, { ...scores, groupLevels: { '06': { '3': { level: 0, reason: 'Stödet når inte hela länet.' } } } });
  const table = screen.getByRole('table', { name: 'Figur 3. Geografi och täckning' });
  expect(within(rowOf(table, 'Välutvecklat stöd')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0', '–']);
  expect(within(rowOf(table, 'Outvecklat stöd')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', 'Jönköping (gruppens nivå), Kalmar']);
  const figure = screen.getByRole('region', { name: 'Figur 3. Geografi och täckning' });
  expect(within(figure).getByText(/^\* Gruppens nivå: gruppen har satt nivån mot regeln/)).toBeInTheDocument();
  expect(container.querySelector('[data-figure="3"]')?.textContent).toContain('Jönköping *');
  // Figur 1, where the group set nothing, has no mark and no note.
  expect(within(screen.getByRole('region', { name: /^Figur 1\./ })).queryByText(/Gruppens nivå/)).not.toBeInTheDocument();
});

test('all six figures are shown with their titles and "3 av 21 bedömda"', () => {
  renderWithServices(<FiguresPage />, threeCounties());
  for (const { area } of instrument.areas) {
    const region = screen.getByRole('region', { name: `Figur ${area.figure}. ${area.figureTitle.sv}` });
    expect(within(region).getByRole('heading', { level: 2 })).toBeInTheDocument();
    expect(within(region).getByText('3 av 21 bedömda', { exact: false })).toBeInTheDocument();
  }
});

test('the chart is an image named with every level and its count', () => {
  renderWithServices(<FiguresPage />, threeCounties());
  const chart = screen.getByRole('img', { name: /^Figur 5\. Kapacitet och kompetens\./ });
  expect(chart).toHaveAccessibleName(
    'Figur 5. Kapacitet och kompetens. Otillräcklig kapacitet och kompetens: 1 län; ' +
      'Bitvis välutvecklad kapacitet och kompetens: 1 län; Välutvecklad kapacitet och kompetens: 1 län. 3 av 21 bedömda.',
  );
});

test('the chart draws the count on each bar and the county names under each level', () => {
  const workspace = threeCounties();
  const gotland = allScored(instrument, 2);
  const { container } = renderWithServices(<FiguresPage />, { assessments: { ...workspace.assessments, '09': gotland } });
  const figure = container.querySelector('#figur-4')?.closest('section');
  const barLabels = [...(figure?.querySelectorAll('.recharts-label-list text') ?? [])].map((node) => node.textContent);
  expect(barLabels).toEqual(['1', '1', '2']);
  const svgText = [...(figure?.querySelectorAll('svg text') ?? [])].map((node) => node.textContent ?? '');
  const joined = svgText.join(' | ');

  expect(joined).toContain('Kalmar');
  expect(joined).toContain('Kronoberg');
  expect(joined).toContain('Jönköping');
  expect(joined).toContain('Gotland');
  expect(joined).toContain('Outvecklade samarbeten');
  expect(figure?.querySelectorAll('.recharts-bar-rectangle path, .recharts-rectangle')).not.toHaveLength(0);
});

test('a county with an area not fully scored is left out of that figure and named as not rated', () => {
  const workspace = threeCounties();
  const { '3.3': _dropped, ...scores } = workspace.assessments['06']?.scores ?? {};
  renderWithServices(<FiguresPage />, { assessments: { ...workspace.assessments, '06': { scores, notes: {} } } });

  const section = screen.getByRole('region', { name: 'Figur 3. Geografi och täckning' });
  expect(within(section).getByText(/2 av 21 bedömda/)).toBeInTheDocument();
  expect(within(section).getByText('(ej bedömda: Stockholm', { exact: false })).toHaveTextContent(/Jönköping/);
});

test('with no county scored the figures explain why they are empty instead of drawing empty charts', () => {
  renderWithServices(<FiguresPage />);
  expect(screen.getAllByText(/Inget län är bedömt i det här området ännu/)).toHaveLength(6);
  expect(screen.queryByRole('img')).not.toBeInTheDocument();
  for (const { area } of instrument.areas) {
    const region = screen.getByRole('region', { name: `Figur ${area.figure}. ${area.figureTitle.sv}` });
    expect(within(region).getByText('0 av 21 bedömda')).toBeInTheDocument();
  }
});

test('the summary lists every area with its count per level', () => {
  renderWithServices(<FiguresPage />, threeCounties());
  const summary = screen.getByRole('table', { name: /Sammanfattande bedömning/ });
  const row = within(summary).getByRole('row', { name: /^Figur 6\. Kvalitetssäkring/ });
  expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
    'Otillräcklig kvalitetssäkring: 1',
    'Bitvis välutvecklad kvalitetssäkring: 1',
    'Välutvecklad kvalitetssäkring: 1',
    '3 av 21 bedömda',
  ]);
});

test.each([
  [21, [0, 3, 6, 9, 12, 15, 18, 21]],
  [5, [0, 1, 2, 3, 4, 5]],
  [1, [0, 1]],
  [30, [0, 5, 10, 15, 20, 25, 30]],
])('the count axis for %i counties has whole-number ticks %j ending at the total', (total, ticks) => {
  expect(countTicks(total)).toEqual(ticks);
});

test('a score that moves one county in one area redraws only that figure', async () => {
  const { services, container } = renderWithServices(<FiguresPage />, threeCounties());
  const changed = new Set<string>();
  const observers = [...container.querySelectorAll<HTMLElement>('.figure-chart')].map((chart) => {
    const observer = new MutationObserver(() => changed.add(chart.dataset['figure'] ?? '?'));
    observer.observe(chart, { subtree: true, childList: true, attributes: true, characterData: true });
    return observer;
  });
  expect(observers).toHaveLength(6);

  // Kalmar (all 0) gets 2 on 4.1 and 4.2: it moves to the strongest level in area 4 only.
  act(() => {
    services.workspaceStore.getState().setScore(agreedCell('08', '4.1'), 2);
    services.workspaceStore.getState().setScore(agreedCell('08', '4.2'), 2);
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  observers.forEach((observer) => observer.disconnect());

  expect([...changed]).toEqual(['4']);
  const table = screen.getByRole('table', { name: 'Figur 4. Samarbeten på länsnivå' });
  expect(within(rowOf(table, 'Välutvecklade samarbeten och överblick')).getAllByRole('cell').map((c) => c.textContent)).toEqual([
    '2',
    'Jönköping, Kalmar',
  ]);
});

test('with a rule variant in the address the figures are counted with it and the page says so, naming each changed threshold', () => {
  const six = Object.fromEntries(['5.1', '5.2', '5.3', '5.4', '5.5', '5.6'].map((id) => [id, 2 as const]));
  const workspace = { assessments: { '06': allScored(instrument, 1, six) } };
  const table = () => screen.getByRole('table', { name: 'Figur 5. Kapacitet och kompetens' });
  const { unmount } = renderWithServices(<FiguresPage />, workspace);
  expect(within(rowOf(table(), 'Bitvis välutvecklad kapacitet')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', 'Jönköping']);
  expect(screen.queryByRole('region', { name: /Regelvariant/ })).not.toBeInTheDocument();
  unmount();

  renderWithServices(<FiguresPage params={new URLSearchParams('variant=Mildare&regel=5.3.1-2-6')} />, workspace);
  const notice = screen.getByRole('region', { name: 'Regelvariant «Mildare», inte standardregeln' });
  expect(within(notice).getByRole('listitem')).toHaveTextContent(
    'Område 5 (Kapacitet och kompetens för utvecklingsstöd i länet), nivå 3: minst 6 av 5.1–5.8 = 2 (standard: alla av 5.1–5.8 är 2)',
  );
  expect(within(notice).getByRole('link', { name: 'Visa med standardregeln' })).toHaveAttribute('href', '#/figurer');
  expect(within(notice).getByRole('link', { name: 'Se och ändra varianten i regelutforskaren' })).toHaveAttribute(
    'href',
    '#/regler?variant=Mildare&regel=5.3.1-2-6',
  );
  expect(within(rowOf(table(), 'Välutvecklad kapacitet')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', 'Jönköping']);
});
