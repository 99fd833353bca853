import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { ScoringPage } from '../../src/features/scoring/scoring-page';
import { renderWithServices } from './render-with-services';

const statement = (id: string) => screen.getByRole('group', { name: new RegExp(`^${id.replace('.', '\\.')} `) });
const ratingPanel = (area: string) => screen.getByRole('complementary', { name: `Bedömning område ${area}` });

test('the scoring page names the county and lists all 32 statements as radio groups with the scale labels', () => {
  renderWithServices(<ScoringPage code="06" />);
  expect(screen.getByRole('heading', { level: 1, name: 'Jönköping (06)' })).toBeInTheDocument();
  expect(screen.getAllByRole('radio', { name: '0 Obefintligt' })).toHaveLength(32);
  expect(within(statement('5.3')).getByRole('radio', { name: '1 Till viss del' })).toBeInTheDocument();
  expect(screen.getByText('0 av 32 påståenden poängsatta.', { exact: false })).toBeInTheDocument();
});

test('an unscored statement says so and has no radio checked, unlike a statement scored 0', async () => {
  const user = userEvent.setup();
  renderWithServices(<ScoringPage code="06" />);
  await user.click(within(statement('1.2')).getByRole('radio', { name: '0 Obefintligt' }));

  expect(within(statement('1.1')).getByText('Ej poängsatt')).toBeInTheDocument();
  expect(within(statement('1.1')).queryAllByRole('radio', { checked: true })).toHaveLength(0);
  expect(within(statement('1.2')).queryByText('Ej poängsatt')).not.toBeInTheDocument();
  expect(within(statement('1.2')).getByRole('radio', { name: '0 Obefintligt' })).toBeChecked();
});

test('clearing a score returns the statement to unscored and removes it from the store', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<ScoringPage code="06" />, {
    assessments: { '06': { scores: { '3.1': 2 }, notes: {} } },
  });
  await user.click(screen.getByRole('button', { name: 'Rensa poängen för 3.1' }));

  expect(within(statement('3.1')).getByText('Ej poängsatt')).toBeInTheDocument();
  expect(services.workspaceStore.getState().assessments['06']).toBeUndefined();
});

test('a note typed under a statement is kept in the store for that county and statement', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<ScoringPage code="06" />);
  await user.type(screen.getByRole('textbox', { name: 'Anteckning till 4.2' }), 'Se intervju med FoUrum');

  expect(services.workspaceStore.getState().assessments['06']?.notes['4.2']).toBe('Se intervju med FoUrum');
});

test('the area panel turns from not rated to its level with the reason as the last statement is scored', async () => {
  const user = userEvent.setup();
  renderWithServices(<ScoringPage code="06" />);
  await user.click(within(statement('4.1')).getByRole('radio', { name: '2 Väl uppfyllt' }));

  expect(within(ratingPanel('4')).getByText('Ej bedömd: 1 påstående saknar poäng (4.2)')).toBeInTheDocument();

  await user.click(within(statement('4.2')).getByRole('radio', { name: '1 Till viss del' }));

  expect(within(ratingPanel('4')).getByText('Nivå: Bitvis välutvecklade samarbeten och överblick')).toBeInTheDocument();
  expect(
    within(ratingPanel('4')).getByText(
      'Bitvis välutvecklade samarbeten och överblick – 4.1 ≥ 1: uppfyllt. Inte välutvecklade samarbeten och överblick – 4.2 = 2: ej uppfyllt.',
    ),
  ).toBeInTheDocument();
});

test('area 1 waits for area 2 statements because its strongest level reads them', async () => {
  const user = userEvent.setup();
  const scores = Object.fromEntries(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8'].map((id) => [id, 2 as const]));
  renderWithServices(<ScoringPage code="06" />, { assessments: { '06': { scores, notes: {} } } });

  expect(within(ratingPanel('1')).getByText('Ej bedömd: regeln använder också 2.1–2.6 från område 2, som saknar poäng')).toBeInTheDocument();

  for (const id of ['2.1', '2.2', '2.3', '2.4', '2.5', '2.6']) {
    await user.click(within(statement(id)).getByRole('radio', { name: '1 Till viss del' }));
  }
  expect(within(ratingPanel('1')).getByText('Nivå: Välutvecklad struktur')).toBeInTheDocument();
});

test('the pager links to the previous and next county in county-list order', () => {
  renderWithServices(<ScoringPage code="06" />);
  const [pager] = screen.getAllByRole('navigation', { name: 'Byt län' });
  expect(within(pager as HTMLElement).getByRole('link', { name: /Föregående län: Östergötland/ })).toHaveAttribute('href', '#/lan/05');
  expect(within(pager as HTMLElement).getByRole('link', { name: /Nästa län: Kronoberg/ })).toHaveAttribute('href', '#/lan/07');
});

test('an unknown county code says the county does not exist', () => {
  renderWithServices(<ScoringPage code="99" />);
  expect(screen.getByRole('heading', { level: 1, name: 'Länet finns inte' })).toBeInTheDocument();
  expect(screen.getByText(/^Det finns inget län med koden «99»\./)).toHaveTextContent('Det finns inget län med koden «99». Till listan över län.');
  expect(screen.getByRole('link', { name: 'Till listan över län' })).toHaveAttribute('href', '#/lan');
});

test('in English the page shows the criteria, the rating and its own texts in English', async () => {
  const user = userEvent.setup();
  renderWithServices(<ScoringPage code="06" />, undefined, undefined, 'en');
  const area4 = screen.getByRole('region', { name: 'Area 4. Conditions for collaboration' });
  const panel = within(area4).getByRole('complementary', { name: 'Rating, area 4' });

  expect(screen.getByRole('heading', { level: 2, name: 'Area 4. Conditions for collaboration' })).toBeInTheDocument();
  expect(screen.getAllByRole('radio', { name: '0 Not at all' })).toHaveLength(32);
  expect(screen.getByText('0 of 32 statements scored.', { exact: false })).toHaveTextContent(/where 0 is not at all/);
  expect(within(statement('1.1')).getByText('Not scored')).toBeInTheDocument();
  expect(statement('1.1')).toHaveAccessibleName(/^1\.1 Is there a political forum for all municipalities/);
  expect(screen.getByRole('textbox', { name: 'Note on 4.2' })).toBeInTheDocument();
  const [pager] = screen.getAllByRole('navigation', { name: 'Change county' });
  expect(within(pager as HTMLElement).getByRole('link', { name: /Previous county: Östergötland/ })).toHaveAttribute('href', '#/lan/05');

  await user.click(within(statement('4.1')).getByRole('radio', { name: '2 Fully' }));
  expect(within(panel).getByText('Not rated: 1 statement has no score (4.2)')).toBeInTheDocument();

  await user.click(within(statement('4.2')).getByRole('radio', { name: '1 To some extent' }));
  expect(within(panel).getByText('Level: Partly well-developed collaboration and overview')).toBeInTheDocument();
  expect(
    within(panel).getByText(
      'Partly well-developed collaboration and overview – 4.1 ≥ 1: met. Not well-developed collaboration and overview – 4.2 = 2: not met.',
    ),
  ).toBeInTheDocument();
  expect(within(panel).getByText('The rule step by step')).toBeInTheDocument();

  await user.click(within(statement('4.2')).getByRole('radio', { name: '2 Fully' }));
  expect(within(panel).getByText('Level: Well-developed collaboration and overview')).toBeInTheDocument();
  await user.click(within(statement('4.2')).getByRole('button', { name: 'Clear the score for 4.2' }));
  expect(within(panel).getByText('Not rated: 1 statement has no score (4.2)')).toBeInTheDocument();
});

test('in English an unknown county code says the county does not exist', () => {
  renderWithServices(<ScoringPage code="99" />, undefined, undefined, 'en');
  expect(screen.getByRole('heading', { level: 1, name: 'County not found' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Go to the list of counties' })).toHaveAttribute('href', '#/lan');
});
