import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { applyChanges } from '../../src/domain/workspace/changes';
import { workspaceWithRound } from '../../src/domain/workspace/workspace';
import InterviewSheetPage from '../../src/features/interview-sheet/interview-sheet-page';
import { TEST_ROUND } from '../unit/one-round';
import { renderWithServices } from './render-with-services';

const where = (question: string) => ({ round: TEST_ROUND.id, county: '06', question });
const answered = applyChanges(workspaceWithRound(TEST_ROUND), [
  { field: 'answer', ...where('g2.2'), value: 'Politiskt samverkansråd' },
  { field: 'figure', ...where('g2.7'), value: 12.5 },
  { field: 'choice', ...where('g5.1'), option: 'metis', value: true },
  { field: 'other', ...where('g5.1'), value: 'Länsteatern' },
]);

afterEach(() => {
  vi.restoreAllMocks();
});

test('the sheet names the county and the round, and has the whole guide section by section with every question', () => {
  renderWithServices(<InterviewSheetPage code="06" />);
  expect(screen.getByRole('heading', { level: 1, name: 'Intervjuunderlag: Jönköping' })).toBeInTheDocument();
  expect(screen.getByText(`Omgång: ${TEST_ROUND.name}`)).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 2, name: 'Intervjuguide - inventering av regionalt utvecklingsstöd' })).toBeInTheDocument();
  expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
    'Allmänt', 'Styrning och mandat', 'Sakområden', 'Geografi och täckning', 'Samarbeten', 'Kapacitet och kompetens', 'Kvalitetssäkring', 'Summering',
  ]);
  expect(screen.getByText('Underlag för område 2: Aktörer med länsövergripande utvecklingsansvar')).toBeInTheDocument();
  expect(screen.getByText('Organisation och roll – inga namn (personuppgifter)')).toBeInTheDocument();
  // 30 questions, each an item of its section's numbered list.
  const questions = screen.getAllByRole('list').filter((list) => list.tagName === 'OL');
  expect(questions.map((list) => list.children.length)).toEqual([2, 7, 2, 3, 4, 5, 2, 5]);
});

test('options are listed each with its box, and a figure is a blank before its unit', () => {
  renderWithServices(<InterviewSheetPage code="06" />);
  const financing = screen.getByText('Hur finansieringen ser ut').closest('li') as HTMLElement;
  expect(within(financing).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Basanslag', 'Uppdragsfinansiering', 'Externt finansierad personal', 'Andra anslag']);
  const cost = screen.getByText('Vad är kostnaden för er organisation per invånare?').closest('li') as HTMLElement;
  expect(cost).toHaveTextContent(/per invånare\? kr$/);
});

test('answers already in the app are printed in: the note, the figure, the ticked option and the others named', () => {
  renderWithServices(<InterviewSheetPage code="06" />, answered);
  const political = screen.getByText('Politisk styrning').closest('li') as HTMLElement;
  expect(political).toHaveTextContent('Ifyllt i appen: Politiskt samverkansråd');
  const cost = screen.getByText('Vad är kostnaden för er organisation per invånare?').closest('li') as HTMLElement;
  expect(cost).toHaveTextContent('12,5 kr');
  const partners = screen.getByText('Samarbetar ni med andra utvecklingsstödande organisationer?').closest('li') as HTMLElement;
  expect(within(partners).getByText('Metis').closest('li')).toHaveTextContent(/^Metis \(ikryssad\)$/);
  expect(within(partners).getByText('NSK').closest('li')).toHaveTextContent(/^NSK$/);
  expect(partners).toHaveTextContent('Andra: Länsteatern');
});

test('the 32 statements follow area by area, each with an empty box under 0 Obefintligt, 1 Till viss del and 2 Väl uppfyllt', () => {
  renderWithServices(<InterviewSheetPage code="06" />, { assessments: { '06': { scores: { '1.5': 2 }, notes: {} } } });
  expect(screen.getByRole('heading', { level: 2, name: 'Påståenden (Bilaga 1)' })).toBeInTheDocument();
  const tables = screen.getAllByRole('table');
  expect(tables.map((table) => within(table).getByRole('caption').textContent)).toEqual([
    'Område 1: Styrning och mandat inom politik och förvaltning', 'Område 2: Aktörer med länsövergripande utvecklingsansvar', 'Område 3: Geografi och täckning',
    'Område 4: Förutsättningar för samarbete', 'Område 5: Kapacitet och kompetens för utvecklingsstöd i länet', 'Område 6: Kvalitetssäkring på länsövergripande nivå',
  ]);
  const first = tables[0] as HTMLElement;
  expect(within(first).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Påstående', '0 Obefintligt', '1 Till viss del', '2 Väl uppfyllt']);
  expect(screen.getAllByRole('rowheader').filter((cell) => /^\d\.\d /.test(cell.textContent ?? ''))).toHaveLength(32);
  const row = within(first).getByRole('rowheader', { name: /^1\.5 / }).closest('tr') as HTMLElement;
  // Each cell is an empty box to tick; the app's scores are not printed in.
  expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['', '', '']);
});

test('Skriv ut opens the print dialog, and the sheet links back to the county page', async () => {
  const print = vi.spyOn(window, 'print').mockImplementation(() => {});
  renderWithServices(<InterviewSheetPage code="06" />);
  await userEvent.setup().click(screen.getByRole('button', { name: 'Skriv ut' }));
  expect(print).toHaveBeenCalledOnce();
  expect(screen.getByRole('link', { name: 'Till länets sida: Jönköping' })).toHaveAttribute('href', '#/lan/06');
});

test('an unknown county code says so and links to the counties', () => {
  renderWithServices(<InterviewSheetPage code="99" />);
  expect(screen.getByRole('heading', { level: 1, name: 'Inget län med koden 99' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Till länen' })).toHaveAttribute('href', '#/lan');
});

test('in English the sheet’s own texts, the guide and the scale are English', () => {
  renderWithServices(<InterviewSheetPage code="06" />, answered, undefined, 'en');
  expect(screen.getByRole('heading', { level: 1, name: 'Interview sheet: Jönköping' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 2, name: 'Statements (Appendix 1)' })).toBeInTheDocument();
  expect(screen.getAllByRole('columnheader', { name: '2 Fully' })).toHaveLength(6);
  expect(screen.getByText('What does your organisation cost per inhabitant?').closest('li')).toHaveTextContent('12.5 SEK');
});
