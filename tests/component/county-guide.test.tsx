import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { applyChanges } from '../../src/domain/workspace/changes';
import { roundRecordOf, workspaceWithRound, type Workspace } from '../../src/domain/workspace/workspace';
import { UndoControls } from '../../src/features/history/undo-controls';
import { ScoringPage } from '../../src/features/scoring/scoring-page';
import { TEST_ROUND } from '../unit/one-round';
import { renderWithServices } from './render-with-services';

const answersOf = (workspace: Pick<Workspace, 'data'>) => roundRecordOf(workspace, TEST_ROUND.id).answers['06'] ?? {};

function renderCounty(workspace: Workspace = workspaceWithRound(TEST_ROUND)) {
  const user = userEvent.setup();
  const view = renderWithServices(
    <>
      <UndoControls />
      <ScoringPage code="06" />
    </>,
    workspace,
  );
  const store = view.services.workspaceStore;
  return { user, store, answers: () => answersOf(store.getState()) };
}

async function open(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole('button', { name }));
}

test('an area’s interview questions are folded under a button until it opens them, and it folds them again', async () => {
  const { user } = renderCounty();
  const toggle = screen.getByRole('button', { name: 'Intervjufrågor för område 1' });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect(screen.queryByRole('textbox', { name: 'Politisk styrning' })).not.toBeInTheDocument();

  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  expect(await screen.findByRole('textbox', { name: 'Politisk styrning' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 4, name: 'Styrning och mandat' })).toBeInTheDocument();
  // The question's prompts are a list under it, nested as in the guide.
  const strategic = screen.getByText('Strategisk?').closest('li');
  expect(strategic).not.toBeNull();
  expect(within(strategic as HTMLElement).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
    'Utveckla organisationsformer ex. gemensam ledning och styrning',
    'Föreslå målområden, tvärsektoriella behovsanalyser',
    'Rådgivning till politik och beslutsfattare - beslutsunderlag',
  ]);

  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect(screen.queryByRole('textbox', { name: 'Politisk styrning' })).not.toBeInTheDocument();
});

test('every area has its questions, and the opening and the summing up are one folded section above the areas, with a link to the printable sheet', async () => {
  const { user } = renderCounty();
  for (const id of ['1', '2', '3', '4', '5', '6']) expect(screen.getByRole('button', { name: `Intervjufrågor för område ${id}` })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Intervjuunderlag för utskrift' })).toHaveAttribute('href', '#/lan/06/intervju');

  await open(user, 'Intervjufrågor: Allmänt, Summering');
  const who = await screen.findByRole('textbox', { name: 'Vem är informanten?' });
  expect(who).toHaveAccessibleDescription('Organisation och roll – inga namn (personuppgifter)');
  expect(screen.getByRole('heading', { level: 3, name: 'Summering' })).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: 'Främsta styrkan hos organisationen?' })).toBeInTheDocument();
});

test('typing into a question’s note saves it at once for the county in the round in use', async () => {
  const { user, answers } = renderCounty();
  await open(user, 'Intervjufrågor för område 3');
  await user.type(await screen.findByRole('textbox', { name: 'Planer på förändring av geografisk utbredning?' }), 'Inga planer just nu');
  expect(answers()['g4.2']).toEqual({ note: 'Inga planer just nu' });
});

test('a figure typed with a decimal comma is saved as a number; text that is no number is marked, explained and not saved', async () => {
  const { user, answers } = renderCounty();
  await open(user, 'Intervjufrågor för område 1');
  const figure = await screen.findByRole('textbox', { name: 'Vad är kostnaden för er organisation per invånare? (kr)' });
  await user.type(figure, '12,5');
  expect(answers()['g2.7']).toEqual({ figure: 12.5 });
  expect(figure).toHaveValue('12,5');
  expect(figure).not.toHaveAttribute('aria-invalid');

  await user.type(figure, ' kr');
  expect(figure).toHaveValue('12,5 kr');
  expect(figure).toHaveAttribute('aria-invalid', 'true');
  expect(figure).toHaveAccessibleDescription('Skriv ett tal, till exempel 12,5. Det som står i fältet är inte sparat.');
  expect(answers()['g2.7']).toEqual({ figure: 12.5 });

  await user.clear(figure);
  expect(answers()['g2.7']).toBeUndefined();
  // The figure question has a note of its own, named by the question.
  await user.type(screen.getByRole('textbox', { name: 'Anteckning till frågan Vad är kostnaden för er organisation per invånare?' }), 'Budget');
  expect(answers()['g2.7']).toEqual({ note: 'Budget' });
});

test('options are checkboxes in a fieldset named by the question, groups in fieldsets of their own, with “Andra” for others', async () => {
  const { user, answers } = renderCounty();
  await open(user, 'Intervjufrågor för område 4');
  const question = await screen.findByRole('group', { name: 'Samarbetar ni med andra utvecklingsstödande organisationer?' });
  const inRegion = within(question).getByRole('group', { name: 'I regionen' });
  await user.click(within(inRegion).getByRole('checkbox', { name: 'Länsstyrelse' }));
  await user.click(within(question).getByRole('checkbox', { name: 'Metis' }));
  await user.type(within(question).getByRole('textbox', { name: 'Andra' }), 'Länsteatern');
  expect(answers()['g5.1']).toEqual({ choices: { lansstyrelse: true, metis: true }, other: 'Länsteatern' });

  await user.click(within(inRegion).getByRole('checkbox', { name: 'Länsstyrelse' }));
  expect(answers()['g5.1']?.choices).toEqual({ metis: true });
  expect(within(question).getByRole('checkbox', { name: 'Metis' })).toBeChecked();
});

test('Ångra takes back a tick and then a note typed without a pause, and the fields follow', async () => {
  const { user, answers } = renderCounty();
  await open(user, 'Intervjufrågor för område 1');
  const financing = await screen.findByRole('group', { name: 'Hur finansieringen ser ut' });
  await user.type(screen.getByRole('textbox', { name: 'Politisk styrning' }), 'Via samverkansrådet');
  await user.click(within(financing).getByRole('checkbox', { name: 'Basanslag' }));

  await user.click(screen.getByRole('button', { name: 'Ångra' }));
  expect(within(financing).getByRole('checkbox', { name: 'Basanslag' })).not.toBeChecked();
  expect(answers()['g2.6']).toBeUndefined();
  await user.click(screen.getByRole('button', { name: 'Ångra' }));
  expect(screen.getByRole('textbox', { name: 'Politisk styrning' })).toHaveValue('');
  expect(answers()).toEqual({});
});

test('answers already given are in the fields when the questions are opened, and another county’s are not', async () => {
  const workspace = applyChanges(workspaceWithRound(TEST_ROUND), [
    { field: 'answer', round: TEST_ROUND.id, county: '06', question: 'g7.1', value: 'Årlig uppföljning' },
    { field: 'figure', round: TEST_ROUND.id, county: '06', question: 'g6.1', value: 3.5 },
    { field: 'choice', round: TEST_ROUND.id, county: '06', question: 'g6.3', option: 'genombrott', value: true },
    { field: 'answer', round: TEST_ROUND.id, county: '07', question: 'g7.2', value: 'Kronobergs mål' },
  ]);
  const { user } = renderCounty(workspace);
  await open(user, 'Intervjufrågor för område 6');
  expect(await screen.findByRole('textbox', { name: /^Hur arbetar ni med kvalitetssäkring/ })).toHaveValue('Årlig uppföljning');
  expect(screen.getByRole('textbox', { name: 'Finns definierade mål med arbetet?' })).toHaveValue('');
  await open(user, 'Intervjufrågor för område 5');
  expect(await screen.findByRole('textbox', { name: 'Hur många arbetar i organisationen med utvecklingsstöd (årsarbetskrafter)?' })).toHaveValue('3,5');
  expect(screen.getByRole('checkbox', { name: 'Genombrott' })).toBeChecked();
});
