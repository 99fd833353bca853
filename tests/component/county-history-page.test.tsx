import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { Workspace } from '../../src/domain/workspace/workspace';
import CountyHistoryPage from '../../src/features/county-history/county-history-page';
import { ScoringPage } from '../../src/features/scoring/scoring-page';
import type * as Download from '../../src/lib/download';
import { downloadText } from '../../src/lib/download';
import { historyWorkspace } from '../unit/county-history-rounds';
import { renderWithServices } from './render-with-services';

vi.mock('../../src/lib/download', async (importOriginal) => ({
  ...(await importOriginal<typeof Download>()),
  downloadText: vi.fn(),
}));

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-25T10:15:00Z') });
});

afterEach(() => {
  vi.useRealTimers();
  vi.mocked(downloadText).mockReset();
});

const STEP_1 = 'Från Länsinventering 2016 till Uppföljning 2021';
const STEP_2 = 'Från Uppföljning 2021 till Länsinventering 2026';

function open(workspace: Workspace, round: string | null = null, language: 'sv' | 'en' = 'sv') {
  return renderWithServices(<CountyHistoryPage code="06" />, workspace, undefined, language, {}, round);
}

const levelsTable = () => screen.getByRole('table', { name: 'Nivåer per område i Jönköping, omgång för omgång' });
/** The cells of a round's row in the levels table, area 1 first. */
const levelsOf = (round: string) => within(within(levelsTable()).getByRole('row', { name: new RegExp(`^${round}`) })).getAllByRole('cell').map((cell) => cell.textContent);
const step = (name: string) => screen.getByRole('region', { name });
/** Area `id`'s row in a step's table of areas: from, to and the change. */
const move = (stepName: string, id: string) =>
  within(within(step(stepName)).getByRole('row', { name: new RegExp(`^${id}\\. `) }))
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

test('with one round the page shows its levels, says why there is nothing to compare and links to the rounds', () => {
  open(historyWorkspace(1));
  expect(screen.getByRole('heading', { level: 1, name: 'Jönköping: förändring över omgångarna' })).toBeInTheDocument();
  expect(screen.getByText(/^Arbetsytan har bara en omgång, Länsinventering 2016\./)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Omgångar' })).toHaveAttribute('href', '#/omgangar');
  expect(within(levelsTable()).getAllByRole('row')).toHaveLength(2);
  expect(screen.queryByRole('heading', { level: 2, name: /^Från / })).not.toBeInTheDocument();
});

test('three rounds: a row per round, earliest first, a column per area, the group’s level and a changed rule marked and explained', () => {
  open(historyWorkspace());
  const headers = within(levelsTable()).getAllByRole('columnheader').map((header) => header.textContent);
  expect(headers).toEqual(['Omgång', 'Område 1 Styrning och mandat', expect.stringMatching(/^Område 2 /), 'Område 3 Geografi och täckning', expect.stringMatching(/^Område 4 /), expect.stringMatching(/^Område 5 /), 'Område 6 Kvalitetssäkring']);
  const rows = within(levelsTable()).getAllByRole('rowheader').map((header) => header.textContent);
  expect(rows).toEqual(['Länsinventering 2016 (2016)', 'Uppföljning 2021 (2021)', 'Länsinventering 2026 (2026)']);
  expect(levelsOf('Länsinventering 2016')[3]).toBe('Bitvis välutvecklade samarbeten och överblick');
  expect(levelsOf('Uppföljning 2021')[0]).toBe('Välutvecklad struktur* (gruppens nivå)');
  expect(levelsOf('Uppföljning 2021')[3]).toBe('Outvecklade samarbeten och överblick† (annan regel än i omgången före)');
  expect(levelsOf('Länsinventering 2026')[3]).toBe('Outvecklade samarbeten och överblick');
  expect(levelsOf('Länsinventering 2026')[5]).toBe('Ej bedömd');
  expect(screen.getByText('* Gruppens nivå: gruppen har satt nivån mot regeln och skrivit varför.')).toBeInTheDocument();
  expect(screen.getByText(/^† Uppföljning 2021 bedöms med regelns revision 2 och Länsinventering 2016 med revision 1\. Regeln för område 4 skiljer sig/)).toBeInTheDocument();
});

test('each step says how every area moved, and why an area cannot be compared', () => {
  open(historyWorkspace());
  expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Nivåer per omgång', STEP_1, STEP_2, 'Ladda ner']);
  expect(move(STEP_1, '1')).toEqual(['Outvecklad struktur', 'Välutvecklad struktur* (gruppens nivå)', 'Högre']);
  expect(move(STEP_1, '3')).toEqual(['Bitvis välutvecklat stöd', 'Bitvis välutvecklat stöd', 'Samma']);
  expect(move(STEP_1, '4')[2]).toBe('Ej jämförbar: regeln för området skiljer sig mellan omgångarna (revision 1 och 2).');
  expect(move(STEP_2, '1')).toEqual(['Välutvecklad struktur* (gruppens nivå)', 'Outvecklad struktur', 'Lägre']);
  expect(move(STEP_2, '4')[2]).toBe('Samma');
  expect(move(STEP_2, '6')).toEqual(['Bitvis välutvecklad kvalitetssäkring', 'Ej bedömd', 'Ej jämförbar: ej bedömd i Länsinventering 2026.']);
});

test('each step lists the statements whose agreed score changed, with their text, and counts those scored in only one round', () => {
  open(historyWorkspace());
  const first = within(step(STEP_1)).getByRole('table', { name: 'Påståenden vars gemensamma poäng ändrats från Länsinventering 2016 till Uppföljning 2021' });
  expect(within(first).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Påstående', 'Poäng Länsinventering 2016', 'Poäng Uppföljning 2021', 'Förändring']);
  const row = within(first).getByRole('row', { name: /^1\.1 Finns ett politiskt forum/ });
  expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1', '2', '+1']);
  expect(within(first).getAllByRole('row')).toHaveLength(2);

  const second = within(step(STEP_2)).getByRole('table', { name: /^Påståenden vars gemensamma poäng ändrats/ });
  expect(within(within(second).getByRole('row', { name: /^1\.1 / })).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['2', '0', '−2']);
  expect(within(step(STEP_2)).getByText('1 påstående har poäng i bara en av omgångarna.')).toBeInTheDocument();
  expect(within(step(STEP_1)).queryByText(/har poäng i bara en av omgångarna/)).not.toBeInTheDocument();
});

test('rounds on the same revision compare area 4, and no rule is marked as changed', () => {
  const workspace = historyWorkspace(2);
  const onRevision2: Workspace = { ...workspace, rounds: { ...workspace.rounds, '2016': { ...workspace.rounds['2016']!, ruleRevision: 2 } } };
  open(onRevision2);
  expect(levelsOf('Länsinventering 2016')[3]).toBe('Outvecklade samarbeten och överblick');
  expect(levelsOf('Uppföljning 2021')[3]).toBe('Outvecklade samarbeten och överblick');
  expect(move(STEP_1, '4')[2]).toBe('Samma');
  expect(screen.queryByText(/^† /)).not.toBeInTheDocument();
});

test('with a round on revision 1 in use, every round is still rated with its own revision, and links keep the round', () => {
  open(historyWorkspace(), '2016');
  expect(levelsOf('Länsinventering 2016')[3]).toBe('Bitvis välutvecklade samarbeten och överblick');
  expect(levelsOf('Länsinventering 2026')[3]).toBe('Outvecklade samarbeten och överblick');
  expect(screen.getByRole('link', { name: 'Tillbaka till länet' })).toHaveAttribute('href', '#/lan/06?omgang=2016');
});

test('the two CSV files hold the county’s levels per round and its changed scores', async () => {
  const user = userEvent.setup();
  open(historyWorkspace());
  await user.click(screen.getByRole('button', { name: 'Nivåer per omgång (CSV)' }));
  const [levelsName = '', levels = ''] = vi.mocked(downloadText).mock.lastCall ?? [];
  expect(levelsName).toBe('lansinventering-forandring-06-nivaer-2026-11-25.csv');
  expect(levels).toContain('\r\n2021;Uppföljning 2021;2021;2;06;Jönköping;1;3;Välutvecklad struktur;3;1\r\n');
  await user.click(screen.getByRole('button', { name: 'Ändrade poäng (CSV)' }));
  const [changesName = '', changes = ''] = vi.mocked(downloadText).mock.lastCall ?? [];
  expect(changesName).toBe('lansinventering-forandring-06-poang-2026-11-25.csv');
  expect(changes.split('\r\n')).toHaveLength(4);
});

test('in English the page, its tables and the changes are English', () => {
  open(historyWorkspace(), null, 'en');
  expect(screen.getByRole('heading', { level: 1, name: 'Jönköping: change across the rounds' })).toBeInTheDocument();
  expect(screen.getByRole('table', { name: 'Levels per area in Jönköping, round by round' })).toBeInTheDocument();
  expect(move('From Länsinventering 2016 to Uppföljning 2021', '1')[2]).toBe('Higher');
  expect(screen.getByRole('link', { name: 'Back to the county' })).toHaveAttribute('href', '#/lan/06');
});

test('a county code the criteria do not have is said, with the way back to the counties', () => {
  renderWithServices(<CountyHistoryPage code="99" />, historyWorkspace());
  expect(screen.getByRole('heading', { level: 1, name: 'Det finns inget län med koden 99' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Till listan över län' })).toHaveAttribute('href', '#/lan');
});

test('the county page links here once the workspace has two rounds, keeping the round the address names', () => {
  const one = renderWithServices(<ScoringPage code="06" />, historyWorkspace(1));
  expect(screen.queryByRole('link', { name: 'Förändring över omgångarna' })).not.toBeInTheDocument();
  one.unmount();
  renderWithServices(<ScoringPage code="06" />, historyWorkspace(2), undefined, 'sv', {}, '2016');
  expect(screen.getByRole('link', { name: 'Förändring över omgångarna' })).toHaveAttribute('href', '#/lan/06/forandring?omgang=2016');
});
