import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import { useHashRoute } from '../../src/app/use-hash-route';
import { workspaceWithRound, type Workspace } from '../../src/domain/workspace/workspace';
import ChangePage from '../../src/features/change/change-page';
import { renderWithServices } from './render-with-services';
import { round, twoRounds } from './two-rounds';

function Routed() {
  return <ChangePage params={useHashRoute().params} />;
}

function open(hash: string, workspace: Workspace) {
  window.location.hash = hash;
  return renderWithServices(<Routed />, workspace);
}

afterEach(() => {
  window.location.hash = '';
});

const changeTable = () => screen.getByRole('table', { name: 'Förändring per område' });
const countsOf = (area: string) => within(within(changeTable()).getByRole('rowheader', { name: new RegExp(`^Område ${area} `) }).closest('tr') as HTMLElement).getAllByRole('cell').map((cell) => cell.textContent);

test('the two latest rounds are compared by default, and the table counts per area the counties higher, the same, lower and not comparable', () => {
  open('#/forandring', twoRounds());
  expect(screen.getByRole('heading', { level: 1, name: 'Förändring mellan omgångar' })).toBeInTheDocument();
  expect(screen.getByRole('combobox', { name: 'Från omgång' })).toHaveDisplayValue('Länsinventering 2016');
  expect(screen.getByRole('combobox', { name: 'Till omgång' })).toHaveDisplayValue('Uppföljning 2026');
  expect(within(changeTable()).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Område', 'Högre nivå', 'Samma nivå', 'Lägre nivå', 'Ej jämförbar']);
  expect(within(changeTable()).getByRole('rowheader', { name: 'Område 1 Styrning och mandat' })).toHaveAttribute('scope', 'row');
  expect(countsOf('1')).toEqual(['1', '1', '1', '18']);
  // Kalmar's 4.1 = 1 lifts it in area 4 only under revision 1; under revision 2 it needs 4.2 too.
  expect(countsOf('4')).toEqual(['1', '1', '1', '18']);
  expect(screen.queryByText(/olika revisioner/)).not.toBeInTheDocument();
});

// Area 1's middle level needs one of 1.1–1.3 at 2: a county scored 1 throughout is at its weakest.
test('per area the counties that moved are named with both levels and link to their history, and the unrated ones say where', () => {
  open('#/forandring', twoRounds());
  const area = screen.getByRole('region', { name: 'Område 1. Styrning och mandat' });
  const higher = within(area).getByRole('link', { name: 'Jönköping' });
  expect(higher.closest('li')).toHaveTextContent('Jönköping: från Outvecklad struktur till Välutvecklad struktur');
  expect(higher).toHaveAttribute('href', '#/lan/06/forandring?fran=2016&till=2026');
  expect(within(area).getByRole('link', { name: 'Kronoberg' }).closest('li')).toHaveTextContent('Kronoberg: från Välutvecklad struktur till Outvecklad struktur');
  expect(within(area).getByText('Samma nivå: 1 län.')).toBeInTheDocument();
  expect(within(area).getByRole('link', { name: 'Gotland' }).closest('li')).toHaveTextContent(/^Ej bedömda i Länsinventering 2016: Gotland$/);
  expect(within(area).getByRole('link', { name: 'Stockholm' }).closest('li')).toHaveTextContent(/^Ej bedömda i någon av omgångarna: Stockholm, Uppsala, Södermanland, /);
});

test('each figure is drawn for both rounds, named by round on every bar, with a table of the counts and counties of each', () => {
  const { container } = open('#/forandring', twoRounds());
  const figure = screen.getByRole('region', { name: 'Figur 3. Geografi och täckning' });
  expect(within(figure).getByRole('heading', { level: 3 })).toBeInTheDocument();
  const table = within(figure).getByRole('table', { name: 'Figur 3. Geografi och täckning: Länsinventering 2016 och Uppföljning 2026' });
  expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
    'Nivå', 'Antal län, Länsinventering 2016', 'Antal län, Uppföljning 2026', 'Län, Länsinventering 2016', 'Län, Uppföljning 2026',
  ]);
  const strongest = within(table).getByRole('rowheader', { name: 'Välutvecklat stöd' }).closest('tr') as HTMLElement;
  expect(within(strongest).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1', '1', 'Kronoberg', 'Jönköping']);
  expect(within(figure).getByRole('img', { name: /^Figur 3\. Geografi och täckning\. Outvecklat stöd: 1 län i Länsinventering 2016, 1 län i Uppföljning 2026/ })).toBeInTheDocument();
  expect(within(figure).getByRole('list', { name: 'Omgångarna i figurerna' })).toHaveTextContent('2016: Länsinventering 2016');
  const labels = [...(container.querySelector('[data-figure="3"]')?.querySelectorAll('tspan') ?? [])].map((span) => span.textContent);
  expect(labels.filter((text) => text === '2016')).toHaveLength(3);
  expect(labels.filter((text) => text === '2026')).toHaveLength(3);
  expect(within(figure).getByRole('button', { name: 'Ladda ner SVG av Figur 3 i båda omgångarna' })).toBeInTheDocument();
});

test('rounds rated with different revisions say which areas differ, count no county there, and offer one revision for both', async () => {
  open('#/forandring', twoRounds([1, 2]));
  expect(
    screen.getByText('Omgångarna bedöms med olika revisioner av regeln (1 och 2). I område 4 skiljer sig regeln, så där är inget län jämförbart.'),
  ).toBeInTheDocument();
  expect(countsOf('4')).toEqual(['0', '0', '0', '21 (regeln skiljer sig)']);
  expect(countsOf('1')).toEqual(['1', '1', '1', '18']);
  expect(within(screen.getByRole('region', { name: 'Område 4. Samarbeten' })).getByText(/Ej jämförbara: alla län/)).toBeInTheDocument();
  const choice = screen.getByRole('link', { name: 'Bedöm båda omgångarna med revision 1' });
  expect(choice).toHaveAttribute('href', '#/forandring?fran=2016&till=2026&regel=1');
  await userEvent.setup().click(choice);
  expect(await screen.findByText('Båda omgångarna bedöms här med revision 1 av regeln.')).toBeInTheDocument();
  // Under revision 1, Kalmar's 4.1 = 1 is enough for the middle level.
  expect(countsOf('4')).toEqual(['2', '0', '1', '18']);
  expect(screen.getByRole('link', { name: 'Bedöm varje omgång med sin egen revision (1 och 2)' })).toHaveAttribute('href', '#/forandring?fran=2016&till=2026');
});

test('with one round the page explains that change needs two, and links to where a round is made', () => {
  open('#/forandring', workspaceWithRound(round('2026', 'Uppföljning 2026', 2)));
  expect(screen.getByText(/Förändring jämför två omgångar, och arbetsytan har bara en \(Uppföljning 2026\)/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Skapa en ny omgång under Omgångar' })).toHaveAttribute('href', '#/omgangar');
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
});

test('choosing another round puts it in the address, and the heatmap sorts by total from the keyboard with aria-sort', async () => {
  const user = userEvent.setup();
  open('#/forandring', twoRounds());
  const heatmap = () => screen.getByRole('table', { name: 'Förändring i poäng per län och påstående, från Länsinventering 2016 till Uppföljning 2026' });
  const jonkoping = within(heatmap()).getByRole('rowheader', { name: 'Jönköping' }).closest('tr') as HTMLElement;
  expect(within(jonkoping).getAllByRole('cell').slice(0, 2).map((cell) => cell.textContent)).toEqual(['+32', '+1']);
  const kalmar = within(heatmap()).getByRole('rowheader', { name: 'Kalmar' }).closest('tr') as HTMLElement;
  expect(within(kalmar).getAllByRole('cell')[0]).toHaveTextContent('+1');
  expect(within(heatmap()).getByRole('rowheader', { name: 'Kronoberg' }).closest('tr')?.querySelector('td')).toHaveTextContent('−32');
  expect(within(within(heatmap()).getByRole('rowheader', { name: 'Gotland' }).closest('tr') as HTMLElement).getAllByRole('cell')[1]).toHaveAccessibleName('Ej jämförbart');

  within(heatmap()).getByRole('button', { name: 'Summa' }).focus();
  await user.keyboard('{Enter}');
  expect(window.location.hash).toBe('#/forandring?sortera=summa&ordning=stigande');
  expect(within(heatmap()).getByRole('button', { name: 'Summa' }).closest('th')).toHaveAttribute('aria-sort', 'ascending');
  const order = () => [...heatmap().querySelectorAll('tbody th[scope="row"]')].slice(0, 3).map((th) => th.textContent);
  expect(order()).toEqual(['Kronoberg', 'Kalmar', 'Jönköping']);
  await user.keyboard('{Enter}');
  expect(order()).toEqual(['Jönköping', 'Kalmar', 'Kronoberg']);

  await user.selectOptions(screen.getByRole('combobox', { name: 'Från omgång' }), 'Uppföljning 2026');
  expect(window.location.hash).toContain('fran=2026');
  expect(await screen.findByText('Samma omgång är vald två gånger. Välj två olika omgångar för att se en förändring.')).toBeInTheDocument();
});

test('a round with scores carried over that no one confirmed says they count as missing here', () => {
  const workspace = twoRounds();
  const later = workspace.rounds['2026'];
  if (!later) throw new Error('the fixture has a round 2026');
  // 2026 starts from 2016, and every county scored in 2016 has all its scores in 2026: nothing is carried.
  const started: Workspace = { ...workspace, rounds: { ...workspace.rounds, '2026': { ...later, startsFrom: '2016' } } };
  const first = open('#/forandring', started);
  expect(screen.queryByText(/överförda poäng/)).not.toBeInTheDocument();
  first.unmount();
  // Stockholm (01) has a score in 2016 and none in 2026: it is carried over, unconfirmed.
  const withCarried: Workspace = {
    ...started,
    data: { ...started.data, '2016': { ...(started.data['2016'] as NonNullable<Workspace['data'][string]>), agreed: { ...started.data['2016']?.agreed, '01': { scores: { '1.1': 2 }, notes: {} } } } },
  };
  open('#/forandring', withCarried);
  expect(screen.getByText('Uppföljning 2026: 1 län har överförda poäng från Länsinventering 2016 som inte är bekräftade. Här räknas de som saknade poäng, så länet kan vara ej jämförbart.')).toBeInTheDocument();
});
