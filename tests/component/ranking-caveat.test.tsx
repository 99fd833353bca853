import { screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, expect, test } from 'vitest';
import { useHashRoute } from '../../src/app/use-hash-route';
import type { Language } from '../../src/domain/localize';
import type { RoundScores } from '../../src/domain/workspace/assessment';
import HeatmapPage from '../../src/features/compare/heatmap/heatmap-page';
import OverviewPage from '../../src/features/compare/overview/overview-page';
import SideBySidePage from '../../src/features/compare/side-by-side/side-by-side-page';
import FiguresPage from '../../src/features/figures/figures-page';
import ReportPage from '../../src/features/report/report-page';
import { allScored, loadInstrument } from '../unit/load-instrument';
import { renderWithServices } from './render-with-services';

const instrument = loadInstrument();
const CAVEAT = {
  sv: 'Indelningen i figuren ger en grov lägesbeskrivning och ska inte användas som underlag för ranking och exakta jämförelser mellan länen.',
  en: 'The grouping in the figure gives a rough picture of the situation and must not be used as a basis for ranking or exact comparisons between the counties.',
};

/** Stockholm all 0, Uppsala all 1, Skåne all 2. */
const SCORES: RoundScores = {
  assessments: { '01': allScored(instrument, 0), '03': allScored(instrument, 1), '12': allScored(instrument, 2) },
};

type Page = (props: { params: URLSearchParams }) => ReactNode;

function open(hash: string, Page: Page, language: Language = 'sv') {
  function Routed() {
    return <Page params={useHashRoute().params} />;
  }
  window.location.hash = hash;
  return renderWithServices(<Routed />, SCORES, undefined, language);
}

afterEach(() => {
  window.location.hash = '';
});

/** The first table after `element` in reading order: the one the caveat stands directly above. */
function firstTableAfter(element: HTMLElement): HTMLElement | undefined {
  return screen.getAllByRole('table').find((table) => element.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING);
}

const PLACES = [
  { place: 'the figures page', hash: '#/figurer', Page: FiguresPage, table: 'Sammanfattande bedömning: antal län per nivå och område' },
  { place: 'the overview', hash: '#/jamfor', Page: OverviewPage, table: 'Nivå per län och område' },
  { place: 'the statements heatmap', hash: '#/jamfor/pastaenden', Page: HeatmapPage, table: 'Poäng per län och påstående' },
  { place: 'side by side', hash: '#/jamfor/lan?valda=01,12', Page: SideBySidePage, table: 'Nivå per område för de valda länen' },
  { place: 'the report', hash: '#/rapport', Page: ReportPage, table: 'Sammanfattande bedömning: antal län per nivå och område' },
];

test.each(PLACES)('$place shows the report’s caveat once, as a note directly above the table of counties', ({ hash, Page, table }) => {
  open(hash, Page as Page);
  const notes = screen.getAllByRole('note').filter((note) => note.textContent === CAVEAT.sv);
  expect(notes).toHaveLength(1);
  expect(notes[0]?.tagName).toBe('P');
  expect(firstTableAfter(notes[0]!)).toBe(screen.getByRole('table', { name: table }));
});

test.each(PLACES)('in English $place shows the caveat translated', ({ hash, Page }) => {
  open(hash, Page as Page, 'en');
  expect(screen.getByRole('note')).toHaveTextContent(CAVEAT.en);
  expect(screen.queryByText(CAVEAT.sv)).not.toBeInTheDocument();
});

test('the overview and the heatmap give the caveat right before they say how the counties are sorted', () => {
  for (const [hash, Page] of [['#/jamfor', OverviewPage], ['#/jamfor/pastaenden', HeatmapPage]] as const) {
    const view = open(hash, Page);
    expect(screen.getByRole('note').nextElementSibling).toBe(screen.getByRole('status'));
    view.unmount();
  }
});

test('side by side says nothing of ranking until two counties are chosen', () => {
  open('#/jamfor/lan?valda=01', SideBySidePage);
  expect(screen.queryByText(CAVEAT.sv)).not.toBeInTheDocument();
});

test('the report’s caveat is in the part that prints, with the summary and the figures', () => {
  open('#/rapport', ReportPage);
  // The page's heading, introduction and controls are left off the paper; the title block and what follows are printed.
  const printed = screen.getByRole('note').closest('.report');
  expect(printed).not.toBeNull();
  expect(printed).toContainElement(screen.getByRole('table', { name: 'Sammanfattande bedömning: antal län per nivå och område' }));
});
