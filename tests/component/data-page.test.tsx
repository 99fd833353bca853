import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import DataPage from '../../src/features/data/data-page';
import { agreedOf } from '../unit/one-round';
import { freshTestStorage, renderWithServices } from './render-with-services';

const fileOf = (content: unknown, name = 'import.json') =>
  new File([typeof content === 'string' ? content : JSON.stringify(content)], name, { type: 'application/json' });

const validFile = {
  format: 'lansinventering-scores',
  version: 1,
  criteria: 'bilaga1-2016',
  exportedAt: '2016-03-15T09:30:00.000Z',
  assessments: [
    { county: '06', scores: { '1.1': 2, '4.1': 1 }, notes: { '1.1': 'Forum finns' } },
    { county: '24', scores: { '3.1': 0 }, notes: {} },
  ],
};

const before = { assessments: { '01': { scores: { '2.1': 1 as const }, notes: {} }, '06': { scores: { '1.1': 0 as const }, notes: {} } } };
const chooseFile = () => screen.getByLabelText(/Välj en fil att importera/);

test('a broken file shows every problem by its place and changes nothing', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<DataPage />, before);
  const broken = {
    ...validFile,
    version: 2,
    rounds: [{ id: '2026', name: '2026', period: '2026', criteria: 'bilaga1-2016' }],
    raters: [],
    assessments: [{ round: '2026', county: '06', scores: { '1.9': 2, '1.1': 3 }, notes: {} }],
    groupLevels: [],
  };
  await user.upload(chooseFile(), fileOf(broken, 'trasig.json'));

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('«trasig.json» kunde inte importeras. Ingenting har ändrats.');
  expect(alert).toHaveTextContent('assessments[0].scores["1.1"]: poängen måste vara 0, 1 eller 2');
  expect(alert).toHaveTextContent('assessments[0].scores["1.9"]: okänt påstående');
  expect(agreedOf(services.workspaceStore.getState())).toEqual(before.assessments);
});

test('a file that is not JSON says so and changes nothing', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<DataPage />, before);
  await user.upload(chooseFile(), fileOf('{ inte json'));

  expect(await screen.findByRole('alert')).toHaveTextContent('är inte giltig JSON');
  expect(agreedOf(services.workspaceStore.getState())).toEqual(before.assessments);
});

test('before importing, the preview lists the counties added and every score and note that changes', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<DataPage />, before);
  await user.upload(chooseFile(), fileOf(validFile));

  const preview = await screen.findByRole('status');
  expect(preview).toHaveTextContent('innehåller 2 län, 3 poäng och 1 anteckning');
  expect(preview).toHaveTextContent('Län som läggs till: Västerbotten');
  expect(preview).toHaveTextContent('2 nya poäng, 1 ändrad poäng, 0 borttagna poäng; 1 anteckning ändras.');
  const scores = within(preview).getByRole('table', { name: 'Befintliga poäng som ändras eller tas bort' });
  expect(within(scores).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual(['Jönköping1.102']);
  const notes = within(preview).getByRole('table', { name: 'Anteckningar som ändras' });
  expect(within(notes).getByRole('row', { name: 'Jönköping 1.1 – Forum finns' })).toBeInTheDocument();
  expect(agreedOf(services.workspaceStore.getState())).toEqual(before.assessments);
});

test('merging keeps what the file does not mention and takes the file values where it has them', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<DataPage />, before);
  await user.upload(chooseFile(), fileOf(validFile));
  await user.click(await screen.findByRole('button', { name: 'Importera och slå ihop' }));

  expect(agreedOf(services.workspaceStore.getState())).toEqual({
    '01': { scores: { '2.1': 1 }, notes: {} },
    '06': { scores: { '1.1': 2, '4.1': 1 }, notes: { '1.1': 'Forum finns' } },
    '24': { scores: { '3.1': 0 }, notes: {} },
  });
});

test('replacing makes the workspace exactly the file and says which counties lose their data', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<DataPage />, before);
  await user.upload(chooseFile(), fileOf(validFile));
  await user.click(await screen.findByRole('radio', { name: /^Ersätt/ }));

  expect(screen.getByRole('status')).toHaveTextContent('Län vars data tas bort: Stockholm');
  await user.click(screen.getByRole('button', { name: 'Importera och ersätt' }));
  expect(agreedOf(services.workspaceStore.getState())).toEqual({
    '06': { scores: { '1.1': 2, '4.1': 1 }, notes: { '1.1': 'Forum finns' } },
    '24': { scores: { '3.1': 0 }, notes: {} },
  });
  expect(screen.getByText(/är importerad/)).toHaveTextContent('Arbetsytan innehåller nu 2 län, 3 poäng och 1 anteckning.');
});

test('an import can be undone with one click, which brings back the workspace as it was', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<DataPage />, before);
  await user.upload(chooseFile(), fileOf(validFile));
  await user.click(await screen.findByRole('radio', { name: /^Ersätt/ }));
  await user.click(screen.getByRole('button', { name: 'Importera och ersätt' }));
  await user.click(screen.getByRole('button', { name: 'Ångra importen' }));

  expect(agreedOf(services.workspaceStore.getState())).toEqual(before.assessments);
  expect(screen.getByText(/Importen är ångrad/)).toBeInTheDocument();
});

test('cancelling a valid import leaves the workspace as it was', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<DataPage />, before);
  await user.upload(chooseFile(), fileOf(validFile));
  await user.click(within(await screen.findByRole('status')).getByRole('button', { name: 'Avbryt' }));

  expect(agreedOf(services.workspaceStore.getState())).toEqual(before.assessments);
  expect(screen.queryByRole('button', { name: /^Importera och/ })).not.toBeInTheDocument();
});

test('a file with rounds and raters names in its preview the round and rater it creates, and keeps each rater’s done marks as the file says them', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<DataPage />, before);
  const withRaters = {
    format: 'lansinventering-scores',
    version: 2,
    criteria: 'bilaga1-2016',
    exportedAt: '2026-11-30T15:40:00.000Z',
    rounds: [{ id: '2016', name: 'Länsinventering 2016', period: '2016', criteria: 'bilaga1-2016' }],
    raters: [{ id: 'anna-l', name: 'Anna L.' }],
    assessments: [
      { round: '2016', county: '06', scores: { '1.1': 2 }, notes: {} },
      { round: '2016', county: '06', rater: 'anna-l', done: false, scores: { '1.1': 1 }, notes: {} },
    ],
    groupLevels: [],
  };
  await user.upload(chooseFile(), fileOf(withRaters, 'omgang-2016.json'));

  const preview = await screen.findByRole('status');
  expect(preview).toHaveTextContent('Omgångar som skapas: Länsinventering 2016');
  expect(preview).toHaveTextContent('Bedömare som läggs till: Anna L.');
  expect(preview).toHaveTextContent('Län som får data i omgång 2016: Jönköping');
  // A file with rounds goes into its own rounds: there is no round to choose.
  expect(within(preview).queryByLabelText(/Omgång som filens poäng läses in i/)).not.toBeInTheDocument();
  await user.click(within(preview).getByRole('button', { name: 'Importera och slå ihop' }));

  const state = services.workspaceStore.getState();
  expect(agreedOf(state, '2016')).toEqual({ '06': { scores: { '1.1': 2 }, notes: {} } });
  expect(state.data['2016']?.raters['anna-l']).toEqual({ '06': { scores: { '1.1': 1 }, notes: {} } });
  // The file says Anna L. is not done with Jönköping, and that is kept.
  expect(state.data['2016']?.done).toEqual({});
  expect(agreedOf(state)).toEqual(before.assessments);
});

test('a CSV file from a spreadsheet is checked and previewed like a JSON file', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<DataPage />, before);
  const csv = '\uFEFFlan;pastaende;poang;anteckning\r\n6;4.2;2;"Se ""FoUrum""; intervju 3"\r\n24;3.1;1;\r\n';
  await user.upload(chooseFile(), new File([csv], 'poang.csv', { type: 'text/csv' }));
  await user.click(await screen.findByRole('button', { name: 'Importera och slå ihop' }));

  expect(agreedOf(services.workspaceStore.getState())['06']).toEqual({
    scores: { '1.1': 0, '4.2': 2 },
    notes: { '4.2': 'Se "FoUrum"; intervju 3' },
  });
  expect(agreedOf(services.workspaceStore.getState())['24']).toEqual({ scores: { '3.1': 1 }, notes: {} });
});

test('deleting asks for confirmation, offers a backup first, and only then removes the data', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<DataPage />, before);
  await user.selectOptions(screen.getByLabelText('Vad ska raderas?'), 'Jönköping');
  await user.click(screen.getByRole('button', { name: 'Radera …' }));

  const dialog = screen.getByRole('alertdialog');
  expect(dialog).toHaveTextContent('Du håller på att radera 1 län, 1 poäng och 0 anteckningar för Jönköping.');
  expect(within(dialog).getByRole('button', { name: 'Ladda ner säkerhetskopia' })).toBeInTheDocument();
  expect(agreedOf(services.workspaceStore.getState())['06']).toBeDefined();

  await user.click(within(dialog).getByRole('button', { name: 'Radera Jönköping' }));
  expect(agreedOf(services.workspaceStore.getState())).toEqual({ '01': before.assessments['01'] });
  services.workspaceStore.getState().undo();
  expect(agreedOf(services.workspaceStore.getState())).toEqual(before.assessments);
});

test('a file over 5 MB is refused before it is read, and nothing changes', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<DataPage />, before);
  const big = new File(['x'.repeat(5 * 1024 * 1024 + 1)], 'stor.json', { type: 'application/json' });
  await user.upload(chooseFile(), big);

  expect(await screen.findByRole('alert')).toHaveTextContent('filen är 5,0 MB; högst 5 MB kan importeras');
  expect(agreedOf(services.workspaceStore.getState())).toEqual(before.assessments);
});

test('in English, the preview, the import buttons and the delete dialog speak English', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<DataPage />, before, freshTestStorage(), 'en');
  expect(screen.getByRole('heading', { level: 1, name: 'Data' })).toBeInTheDocument();
  expect(screen.getByRole('region', { name: 'Download' })).toHaveTextContent('The workspace now contains 2 counties, 2 scores and 0 notes.');
  expect(screen.getByRole('button', { name: 'Download the scores (CSV)' })).toBeInTheDocument();

  await user.upload(screen.getByLabelText(/Choose a file to import/), fileOf(validFile));
  const preview = await screen.findByRole('status');
  expect(preview).toHaveTextContent(
    '“import.json” is valid and contains 2 counties, 3 scores and 1 note. The workspace now contains 2 counties, 2 scores and 0 notes.',
  );
  expect(preview).toHaveTextContent('Counties added: Västerbotten');
  expect(preview).toHaveTextContent('2 new scores, 1 changed score, 0 removed scores; 1 note changes.');
  const scores = within(preview).getByRole('table', { name: 'Existing scores that change or are removed' });
  expect(within(scores).getByRole('columnheader', { name: 'After the import' })).toBeInTheDocument();
  expect(within(preview).getByRole('table', { name: 'Notes that change' })).toBeInTheDocument();
  expect(within(preview).getByRole('radio', { name: /^Replace: for each round and rater in the file/ })).not.toBeChecked();
  await user.click(within(preview).getByRole('button', { name: 'Import and merge' }));
  expect(screen.getByText(/has been imported/)).toHaveTextContent(
    '“import.json” has been imported. The workspace now contains 3 counties, 4 scores and 1 note.',
  );
  expect(screen.getByRole('button', { name: 'Undo the import' })).toBeInTheDocument();

  await user.selectOptions(screen.getByLabelText('What should be deleted?'), 'Jönköping');
  await user.click(screen.getByRole('button', { name: 'Delete …' }));
  const dialog = screen.getByRole('alertdialog', {
    name: 'You are about to delete 1 county, 2 scores and 1 note for Jönköping. Download a backup first if you might need the data again.',
  });
  expect(within(dialog).getByRole('button', { name: 'Download a backup' })).toBeInTheDocument();
  expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  await user.click(within(dialog).getByRole('button', { name: 'Delete Jönköping' }));
  expect(agreedOf(services.workspaceStore.getState())['06']).toBeUndefined();
  expect(screen.getByText(/has been deleted/)).toHaveTextContent(
    'The data for Jönköping has been deleted. You can undo this with “Undo” at the top of the page.',
  );
});

test('the file field speaks the interface’s language, not the browser’s, and names the chosen file', async () => {
  const user = userEvent.setup();
  renderWithServices(<DataPage />);
  const field = chooseFile().closest('.file-input');
  if (!(field instanceof HTMLElement)) throw new Error('the import has no file field');
  expect(within(field).getByText('Välj fil …')).toBeInTheDocument();
  expect(within(field).getByText('Ingen fil vald')).toBeInTheDocument();
  await user.upload(chooseFile(), fileOf(validFile, 'poang-2026.json'));
  expect(within(field).getByText('poang-2026.json')).toBeInTheDocument();
});
