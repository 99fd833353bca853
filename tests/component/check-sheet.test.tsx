import { screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { useHashRoute } from '../../src/app/use-hash-route';
import { applyChanges, type Change } from '../../src/domain/workspace/changes';
import ReportPage from '../../src/features/report/report-page';
import { isoDay } from '../../src/lib/iso-day';
import { allScored, loadInstrument } from '../unit/load-instrument';
import { oneRound, TEST_ROUND } from '../unit/one-round';
import { renderWithServices } from './render-with-services';

const instrument = loadInstrument();
const round = TEST_ROUND.id;
const SUMMARY = 'Länet har en etablerad samverkansstruktur.\nFoU-miljön stöder alla kommuner.';
const REASON = 'Avtalet omfattar även skolan';

/** Jönköping all 2 with a note, a group level, a summary, two comments and two statuses; Kalmar with a summary alone. */
function workspace() {
  const changes: Change[] = [
    { field: 'summary', round, county: '06', value: SUMMARY },
    { field: 'comment', round, county: '06', area: '4', value: 'Överenskommelsen förnyas 2026.' },
    { field: 'comment', round, county: '06', area: '6', value: 'Uppföljning saknas.' },
    { field: 'status', round, county: '06', at: '2026-03-10T12:00:00.000Z', value: 'utkast' },
    { field: 'status', round, county: '06', at: '2026-03-12T12:00:00.000Z', value: 'skickad' },
    { field: 'summary', round, county: '08', value: 'Intervjun är gjord; poängen sätts på gruppmötet.' },
  ];
  return applyChanges(
    oneRound({
      assessments: { '06': { ...allScored(instrument, 2, { '3.1': 1 }), notes: { '4.1': 'Avtal med alla kommuner sedan 2015.' } } },
      groupLevels: { '06': { '3': { level: 2, reason: REASON } } },
    }),
    changes,
  );
}

function Routed() {
  return <ReportPage params={useHashRoute().params} />;
}

function open(hash: string) {
  window.location.hash = hash;
  return renderWithServices(<Routed />, workspace());
}

afterEach(() => {
  window.location.hash = '';
});

test('the check sheet names the county and the round, and gives today as its date', () => {
  open('#/rapport?lan=06&avstamning=ja');
  expect(screen.getByRole('heading', { level: 1, name: 'Avstämning: Jönköping (06)' })).toBeInTheDocument();
  // The sheet's facts come first; the reply asks for a date of its own further down.
  const fact = (term: string) => screen.getAllByText(term, { selector: 'dt' })[0]?.nextElementSibling?.textContent;
  expect(fact('Län')).toBe('Jönköping (06)');
  expect(fact('Omgång')).toBe(`${TEST_ROUND.name} (period ${TEST_ROUND.period})`);
  expect(fact('Datum')).toBe(isoDay(new Date()));
  // The report's figures are not part of it.
  expect(screen.queryByRole('heading', { name: /^Figur 1/ })).not.toBeInTheDocument();
});

test('the check sheet has the summary, the levels with the group\'s reason, and the scores, notes and comments by area', () => {
  open('#/rapport?lan=06&avstamning=ja');
  const summary = screen.getByRole('region', { name: 'Samlad bedömning' });
  expect(within(summary).getByText(/^Länet har en etablerad samverkansstruktur\./)).toHaveTextContent('FoU-miljön stöder alla kommuner.');

  const levels = within(screen.getByRole('region', { name: 'Nivå per område' })).getByRole('table', { name: 'Jönköping: nivå och skäl per område' });
  const area3 = within(levels).getByRole('row', { name: /^3\. Geografi och täckning/ });
  expect(within(area3).getAllByRole('cell')[0]).toHaveTextContent('Välutvecklat stöd (gruppens nivå)');
  expect(within(area3).getAllByRole('cell')[1]).toHaveTextContent(`Gruppens nivå: Välutvecklat stöd (regeln ger bitvis välutvecklat stöd). Motivering: ${REASON}.`);

  const statements = within(screen.getByRole('region', { name: 'Poäng och anteckningar per påstående' })).getByRole('table');
  const area4 = within(statements).getAllByRole('rowgroup').find((group) => within(group).queryByRole('rowheader', { name: /^Område 4\./ }));
  if (!area4) throw new Error('no row group for area 4');
  expect(within(within(area4).getByRole('row', { name: /^4\.1 / })).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
    '2 Väl uppfyllt',
    'Avtal med alla kommuner sedan 2015.',
  ]);
  expect(within(area4).getByRole('row', { name: /^Kommentar till området/ })).toHaveTextContent('Kommentar till området: Överenskommelsen förnyas 2026.');
  expect(within(statements).getAllByRole('row', { name: /^Kommentar till området/ })).toHaveLength(2);
});

test('the check sheet ends with the county\'s reply: yes or no, lines to write on, organisation, function and date, and no name', () => {
  open('#/rapport?lan=06&avstamning=ja');
  const reply = screen.getByRole('region', { name: 'Svar från länet' });
  expect(within(reply).getByText('Stämmer beskrivningen?')).toBeInTheDocument();
  expect(within(reply).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Ja', 'Nej, se kommentarer']);
  expect([...reply.querySelectorAll('dt')].map((term) => term.textContent)).toEqual(['Organisation', 'Funktion/roll', 'Datum']);
  expect(within(reply).queryByText(/namn och/i)).not.toBeInTheDocument();
  expect(within(reply).getByText('Skriv organisation och funktion, inte namn.')).toBeInTheDocument();
});

test('the check sheet of a county without a summary says so, and has a print button and a way back to the county', () => {
  open('#/rapport?lan=07&avstamning=ja');
  expect(within(screen.getByRole('region', { name: 'Samlad bedömning' })).getByText('Ingen samlad bedömning är skriven ännu.')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Skriv ut / Spara som PDF' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Tillbaka till Kronoberg' })).toHaveAttribute('href', '#/lan/07');
});

test('a check sheet for a county that does not exist says so', () => {
  open('#/rapport?lan=99&avstamning=ja');
  expect(screen.getByRole('heading', { level: 1, name: 'Länet finns inte' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Gå till länen' })).toHaveAttribute('href', '#/lan');
});

test('the report\'s county part prints the summary, the current status with its day and the comments under their areas', () => {
  open('#/rapport?lan=ja');
  const jonkoping = screen.getByRole('region', { name: 'Jönköping (06)' });
  expect(within(jonkoping).getByText('Avstämning med länet:', { exact: false })).toHaveTextContent('Avstämning med länet: Skickad till länet 2026-03-12');
  expect(within(jonkoping).getByRole('heading', { level: 4, name: 'Samlad bedömning' })).toBeInTheDocument();
  expect(within(jonkoping).getByText(/^Länet har en etablerad samverkansstruktur\./)).toBeInTheDocument();
  expect(within(jonkoping).getAllByRole('row', { name: /^Kommentar till området/ }).map((row) => row.textContent)).toEqual([
    'Kommentar till området: Överenskommelsen förnyas 2026.',
    'Kommentar till området: Uppföljning saknas.',
  ]);
  // A county with a summary but no score yet is printed too, not only named.
  expect(screen.getByRole('region', { name: 'Kalmar (08)' })).toHaveTextContent('Intervjun är gjord; poängen sätts på gruppmötet.');
  expect(screen.getByText(/^Inte bedömda:/)).not.toHaveTextContent('Kalmar');
});
