import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import DataPage from '../../src/features/data/data-page';
import { renderWithServices } from './render-with-services';

const chooseFile = () => screen.getByLabelText(/Välj en fil att importera/);
const fileOf = (text: string, name: string) => new File([text], name, { type: 'application/json' });
const example = readFileSync(resolve(process.cwd(), 'public/examples/informants-2016.json'), 'utf8');

test('the preview of a workspace file shows what the file says it is before anything is imported', async () => {
  const user = userEvent.setup();
  renderWithServices(<DataPage />);
  await user.upload(chooseFile(), fileOf(example, 'informants-2016.json'));

  const preview = await screen.findByRole('status');
  expect(preview).toHaveTextContent('«informants-2016.json» är giltig');
  expect(preview).toHaveTextContent(/Filens anteckning: Bilaga 3 \(Informanter\) ur rapporten Länsinventering psykisk hälsa/);
  expect(preview).toHaveTextContent('Raderna ger 93 besök och 40 per telefon, 133 i allt');
  expect(screen.getByRole('button', { name: 'Importera och slå ihop' })).toBeEnabled();
});

test('a file that says nothing of itself shows no note, and one whose data is all there already still shows its note', async () => {
  const user = userEvent.setup();
  const { notes: _notes, ...silent } = JSON.parse(example) as Record<string, unknown>;
  renderWithServices(<DataPage />);
  await user.upload(chooseFile(), fileOf(JSON.stringify(silent), 'utan-anteckning.json'));
  expect(await screen.findByRole('status')).toHaveTextContent('«utan-anteckning.json» är giltig');
  expect(screen.queryByText(/Filens anteckning/)).toBeNull();

  await user.click(screen.getByRole('button', { name: 'Importera och slå ihop' }));
  await user.upload(chooseFile(), fileOf(example, 'igen.json'));
  expect(await screen.findByText(/Importen ändrar ingenting/)).toBeInTheDocument();
  expect(screen.getByText(/^Filens anteckning: Bilaga 3/)).toBeInTheDocument();
});
