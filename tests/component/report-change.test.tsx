import { screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { useHashRoute } from '../../src/app/use-hash-route';
import { workspaceWithRound, type Workspace } from '../../src/domain/workspace/workspace';
import ReportPage from '../../src/features/report/report-page';
import { renderWithServices } from './render-with-services';
import { round, twoRounds } from './two-rounds';

function Routed() {
  return <ReportPage params={useHashRoute().params} />;
}

function open(hash: string, workspace: Workspace, requestedRound: string | null = null) {
  window.location.hash = hash;
  return renderWithServices(<Routed />, workspace, undefined, 'sv', {}, requestedRound);
}

afterEach(() => {
  window.location.hash = '';
});

const section = () => screen.getByRole('region', { name: 'Förändring sedan Länsinventering 2016' });

test('the report of the later round has a part on the change since the round before it, with the table and the figures of both', () => {
  open('#/rapport', twoRounds());
  expect(within(section()).getByRole('heading', { level: 2 })).toBeInTheDocument();
  const table = within(section()).getByRole('table', { name: 'Förändring per område' });
  const row = within(table).getByRole('rowheader', { name: /^Område 1 / }).closest('tr') as HTMLElement;
  expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1', '1', '1', '18']);
  expect(within(section()).getAllByRole('heading', { level: 3, name: /^Figur \d\./ })).toHaveLength(6);
  expect(within(section()).getByRole('table', { name: 'Figur 5. Kapacitet och kompetens: Länsinventering 2016 och Uppföljning 2026' })).toBeInTheDocument();
  // Headings stay in order: the report's figures are h2, the change's figures h3 under its h2.
  expect(screen.getAllByRole('heading', { level: 2, name: /^Figur 5\./ })).toHaveLength(1);
});

test('the part says when the two rounds are rated with different revisions of the rule, and where that leaves nothing to compare', () => {
  open('#/rapport', twoRounds([1, 2]));
  expect(within(section()).getByText(/^Omgångarna bedöms med olika revisioner av regeln \(1 och 2\)\. I område 4 skiljer sig regeln/)).toBeInTheDocument();
  // The report offers no choice of revision: it is printed as each round is rated.
  expect(within(section()).queryByRole('link')).not.toBeInTheDocument();
});

test('the report of the earliest round has no part on change: there is no round before it', () => {
  open('#/rapport', twoRounds(), '2016');
  expect(screen.getByRole('heading', { level: 1, name: 'Rapport' })).toBeInTheDocument();
  expect(screen.queryByRole('region', { name: /^Förändring sedan/ })).not.toBeInTheDocument();
});

test('the report of a workspace with one round has no part on change', () => {
  open('#/rapport', workspaceWithRound(round('2026', 'Uppföljning 2026', 2)));
  expect(screen.getByRole('heading', { level: 1, name: 'Rapport' })).toBeInTheDocument();
  expect(screen.queryByRole('region', { name: /^Förändring sedan/ })).not.toBeInTheDocument();
});
