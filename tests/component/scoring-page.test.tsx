import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { ScoringPage } from '../../src/features/scoring/scoring-page';
import { allScored, loadInstrument } from '../unit/load-instrument';
import { agreedOf } from '../unit/one-round';
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

test('an unscored statement has "Ej poängsatt" chosen in its group, unlike a statement scored 0', async () => {
  const user = userEvent.setup();
  renderWithServices(<ScoringPage code="06" />);
  await user.click(within(statement('1.2')).getByRole('radio', { name: '0 Obefintligt' }));

  expect(within(statement('1.1')).getByRole('radio', { name: 'Ej poängsatt' })).toBeChecked();
  expect(within(statement('1.1')).getAllByRole('radio', { checked: true })).toHaveLength(1);
  expect(within(statement('1.2')).getByRole('radio', { name: 'Ej poängsatt' })).not.toBeChecked();
  expect(within(statement('1.2')).getByRole('radio', { name: '0 Obefintligt' })).toBeChecked();
});

test('choosing "Ej poängsatt" clears a score and removes it from the store', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<ScoringPage code="06" />, {
    assessments: { '06': { scores: { '3.1': 2 }, notes: {} } },
  });
  await user.click(within(statement('3.1')).getByRole('radio', { name: 'Ej poängsatt' }));

  expect(within(statement('3.1')).getByRole('radio', { name: 'Ej poängsatt' })).toBeChecked();
  expect(agreedOf(services.workspaceStore.getState())['06']).toBeUndefined();
});

test('in a statement the digits pick a score and Delete clears it, the focus following the choice', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<ScoringPage code="06" />);
  const none = within(statement('5.2')).getByRole('radio', { name: 'Ej poängsatt' });
  none.focus();

  await user.keyboard('2');
  expect(within(statement('5.2')).getByRole('radio', { name: '2 Väl uppfyllt' })).toBeChecked();
  expect(within(statement('5.2')).getByRole('radio', { name: '2 Väl uppfyllt' })).toHaveFocus();
  await user.keyboard('1');
  expect(agreedOf(services.workspaceStore.getState())['06']?.scores['5.2']).toBe(1);
  await user.keyboard('{Delete}');
  expect(none).toBeChecked();
  expect(none).toHaveFocus();
  expect(agreedOf(services.workspaceStore.getState())['06']).toBeUndefined();
  // A digit outside the scale is left to the browser.
  await user.keyboard('7');
  expect(none).toBeChecked();
});

test('a statement has no note field until "Lägg till anteckning" opens one, with the focus in it', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<ScoringPage code="06" />);
  expect(screen.queryAllByRole('textbox', { name: /^Anteckning till / })).toHaveLength(0);

  await user.click(screen.getByRole('button', { name: 'Lägg till anteckning till 4.2' }));
  const field = screen.getByRole('textbox', { name: 'Anteckning till 4.2' });
  expect(field).toHaveFocus();
  await user.keyboard('Se intervju med FoUrum');

  expect(agreedOf(services.workspaceStore.getState())['06']?.notes['4.2']).toBe('Se intervju med FoUrum');
  expect(screen.queryByRole('button', { name: 'Lägg till anteckning till 4.2' })).not.toBeInTheDocument();
});

test('an opened note field stays when left empty, so nothing moves under the next click; Escape folds it back', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<ScoringPage code="06" />, { assessments: { '06': { scores: {}, notes: { '1.3': 'Enligt länsstyrelsen' } } } });
  expect(screen.getByRole('textbox', { name: 'Anteckning till 1.3' })).toHaveValue('Enligt länsstyrelsen');

  await user.click(screen.getByRole('button', { name: 'Lägg till anteckning till 4.2' }));
  // The next click, on the statement below, lands where it was aimed.
  await user.click(within(statement('5.1')).getByRole('radio', { name: '1 Till viss del' }));
  expect(agreedOf(services.workspaceStore.getState())['06']?.scores['5.1']).toBe(1);
  expect(screen.getByRole('textbox', { name: 'Anteckning till 4.2' })).toHaveValue('');

  await user.click(screen.getByRole('textbox', { name: 'Anteckning till 4.2' }));
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('textbox', { name: 'Anteckning till 4.2' })).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Lägg till anteckning till 4.2' })).toHaveFocus();

  // Emptying a note while writing keeps the field; Escape folds only an empty field.
  await user.click(screen.getByRole('textbox', { name: 'Anteckning till 1.3' }));
  await user.keyboard('{Escape}');
  expect(screen.getByRole('textbox', { name: 'Anteckning till 1.3' })).toHaveFocus();
  await user.clear(screen.getByRole('textbox', { name: 'Anteckning till 1.3' }));
  expect(screen.getByRole('textbox', { name: 'Anteckning till 1.3' })).toHaveFocus();
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
      'Bitvis välutvecklade samarbeten och överblick – 4.1 ≥ 1: uppfyllt; 4.2 ≥ 1: uppfyllt. Inte välutvecklade samarbeten och överblick – 4.2 = 2: ej uppfyllt.',
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

test('"Nästa utan poäng" takes the focus from the statement last used on to the next one without a score', async () => {
  const user = userEvent.setup();
  renderWithServices(<ScoringPage code="06" />, { assessments: { '06': { scores: { '1.1': 2, '1.3': 1, '2.1': 0 }, notes: {} } } });
  const next = within(screen.getByRole('region', { name: 'Poängsättning' })).getByRole('button', { name: 'Nästa utan poäng' });

  await user.click(next);
  expect(within(statement('1.2')).getByRole('radio', { name: 'Ej poängsatt' })).toHaveFocus();
  await user.keyboard('2');
  await user.click(next);
  expect(within(statement('1.4')).getByRole('radio', { name: 'Ej poängsatt' })).toHaveFocus();
});

test('the bar counts the scored statements, names the level of the area in use and says when the county is done', async () => {
  const user = userEvent.setup();
  const scores = Object.fromEntries(loadInstrument().statementIds.filter((id) => id !== '6.5').map((id) => [id, 2 as const]));
  renderWithServices(<ScoringPage code="06" />, { assessments: { '06': { scores, notes: {} } } });
  const bar = screen.getByRole('region', { name: 'Poängsättning' });
  expect(bar).toHaveTextContent('31 av 32 påståenden poängsatta.');
  expect(bar).toHaveTextContent('Område 1: Välutvecklad struktur');

  await user.click(within(statement('6.5')).getByRole('radio', { name: '1 Till viss del' }));
  expect(bar).toHaveTextContent('32 av 32 – klart');
  expect(bar).toHaveTextContent('Område 6: Välutvecklad kvalitetssäkring');
  expect(within(bar).queryByRole('button', { name: 'Nästa utan poäng' })).not.toBeInTheDocument();
  expect(within(bar).getByRole('status')).toHaveTextContent('Alla 32 påståenden har poäng. Länet är klart.');
  expect(within(bar).getByRole('link', { name: /Nästa län: Kronoberg/ })).toHaveAttribute('href', '#/lan/07');
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
  expect(screen.getByRole('region', { name: 'Scoring' })).toHaveTextContent('0 of 32 statements scored.');
  expect(screen.getByText(/where 0 is not at all/)).toBeInTheDocument();
  expect(within(statement('1.1')).getByRole('radio', { name: 'Not scored' })).toBeChecked();
  expect(statement('1.1')).toHaveAccessibleName(/^1\.1 Is there a political forum for all municipalities/);
  expect(screen.getByRole('button', { name: 'Add a note on 4.2' })).toHaveTextContent('Add a note');
  const [pager] = screen.getAllByRole('navigation', { name: 'Change county' });
  expect(within(pager as HTMLElement).getByRole('link', { name: /Previous county: Östergötland/ })).toHaveAttribute('href', '#/lan/05');

  await user.click(within(statement('4.1')).getByRole('radio', { name: '2 Fully' }));
  expect(within(panel).getByText('Not rated: 1 statement has no score (4.2)')).toBeInTheDocument();

  await user.click(within(statement('4.2')).getByRole('radio', { name: '1 To some extent' }));
  expect(within(panel).getByText('Level: Partly well-developed collaboration and overview')).toBeInTheDocument();
  expect(
    within(panel).getByText(
      'Partly well-developed collaboration and overview – 4.1 ≥ 1: met; 4.2 ≥ 1: met. Not well-developed collaboration and overview – 4.2 = 2: not met.',
    ),
  ).toBeInTheDocument();
  expect(within(panel).getByText('The rule step by step')).toBeInTheDocument();

  await user.click(within(statement('4.2')).getByRole('radio', { name: '2 Fully' }));
  expect(within(panel).getByText('Level: Well-developed collaboration and overview')).toBeInTheDocument();
  await user.click(within(statement('4.2')).getByRole('radio', { name: 'Not scored' }));
  expect(within(panel).getByText('Not rated: 1 statement has no score (4.2)')).toBeInTheDocument();
});

test('in English an unknown county code says the county does not exist', () => {
  renderWithServices(<ScoringPage code="99" />, undefined, undefined, 'en');
  expect(screen.getByRole('heading', { level: 1, name: 'County not found' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Go to the list of counties' })).toHaveAttribute('href', '#/lan');
});

test('the rule step by step quotes the report under each level and gives each condition its basis', async () => {
  const user = userEvent.setup();
  const instrument = loadInstrument();
  renderWithServices(<ScoringPage code="06" />, { assessments: { '06': allScored(instrument, 1, { '4.2': 0 }) } });
  const panel = ratingPanel('4');
  const summary = within(panel).getByText('Regeln steg för steg');
  await user.click(summary);
  const steps = summary.closest('details');
  if (!steps) throw new Error('the rule step by step is not a disclosure');
  expect(within(steps).getByText(/^Bitvis välutvecklade samarbeten och överblick innebär att/)).toBeVisible();
  expect(within(steps).getByText(/^4\.2 ≥ 1/).closest('li')).toHaveTextContent(/Enligt rapporten Rapporten: god kunskap om hur aktörernas kompetens kan åberopas/);
  expect(within(steps).getAllByText('Enligt rapporten')).toHaveLength(4);
});
