import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import DataPage from '../../src/features/data/data-page';
import { renderWithServices } from './render-with-services';

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

const scoredBefore = { assessments: { '01': { scores: { '2.1': 1 as const }, notes: {} } } };

test('a broken file shows every problem by its place and changes nothing', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<DataPage />, scoredBefore);
  const broken = { ...validFile, assessments: [{ county: '06', scores: { '1.9': 2, '1.1': 3 }, notes: {} }] };
  await user.upload(screen.getByLabelText(/Välj en fil att importera/), fileOf(broken, 'trasig.json'));

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('«trasig.json» kunde inte importeras. Ingenting har ändrats.');
  expect(alert).toHaveTextContent('assessments[0].scores["1.1"]: poängen måste vara 0, 1 eller 2');
  expect(alert).toHaveTextContent('assessments[0].scores["1.9"]: okänt påstående');
  expect(services.workspaceStore.getState().assessments).toEqual(scoredBefore.assessments);
});

test('a file that is not JSON says so and changes nothing', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<DataPage />, scoredBefore);
  await user.upload(screen.getByLabelText(/Välj en fil att importera/), fileOf('{ inte json'));

  expect(await screen.findByRole('alert')).toHaveTextContent('är inte giltig JSON');
  expect(services.workspaceStore.getState().assessments).toEqual(scoredBefore.assessments);
});

test('a valid file is summarised first and replaces the workspace only when confirmed', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<DataPage />, scoredBefore);
  await user.upload(screen.getByLabelText(/Välj en fil att importera/), fileOf(validFile));

  const preview = await screen.findByText(/är giltig och innehåller 2 län, 3 poäng och 1 anteckning/);
  expect(preview).toHaveTextContent('ersätts den nuvarande arbetsytan (1 län, 1 poäng och 0 anteckningar)');
  expect(services.workspaceStore.getState().assessments).toEqual(scoredBefore.assessments);

  await user.click(screen.getByRole('button', { name: 'Ersätt arbetsytan med filen' }));
  expect(services.workspaceStore.getState().assessments).toEqual({
    '06': { scores: { '1.1': 2, '4.1': 1 }, notes: { '1.1': 'Forum finns' } },
    '24': { scores: { '3.1': 0 }, notes: {} },
  });
  expect(screen.getByText(/är importerad/)).toHaveTextContent('Arbetsytan innehåller nu 2 län, 3 poäng och 1 anteckning.');
});

test('an import can be undone, which brings back the workspace as it was', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<DataPage />, scoredBefore);
  await user.upload(screen.getByLabelText(/Välj en fil att importera/), fileOf(validFile));
  await user.click(await screen.findByRole('button', { name: 'Ersätt arbetsytan med filen' }));
  await user.click(screen.getByRole('button', { name: 'Ångra importen' }));

  expect(services.workspaceStore.getState().assessments).toEqual(scoredBefore.assessments);
  expect(screen.getByText(/Importen är ångrad/)).toBeInTheDocument();
});

test('cancelling a valid import leaves the workspace as it was', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<DataPage />, scoredBefore);
  await user.upload(screen.getByLabelText(/Välj en fil att importera/), fileOf(validFile));
  const status = await screen.findByRole('status');
  await user.click(within(status).getByRole('button', { name: 'Avbryt' }));

  expect(services.workspaceStore.getState().assessments).toEqual(scoredBefore.assessments);
  expect(screen.queryByRole('button', { name: 'Ersätt arbetsytan med filen' })).not.toBeInTheDocument();
});
