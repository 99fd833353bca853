import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import TeamPage from '../../src/features/team/team-page';
import { readTeamConfig } from '../../src/store/team/team-config';
import { renderWithServices } from './render-with-services';

test('without a team server the page asks for the server, database, user name and password, the server of the app’s own origin filled in', () => {
  renderWithServices(<TeamPage />);
  expect(screen.getByRole('heading', { level: 1, name: 'Teamserver' })).toBeInTheDocument();
  const form = screen.getByRole('region', { name: 'Anslut till teamets server' });
  expect(within(form).getByLabelText('Serveradress')).toHaveValue(`${location.origin}/couch`);
  expect(within(form).getByLabelText('Databas')).toHaveValue('lansinventering');
  expect(within(form).getByLabelText('Användarnamn')).toHaveValue('');
  expect(within(form).getByLabelText('Lösenord')).toHaveAttribute('type', 'password');
  expect(within(form).getByRole('button', { name: 'Anslut' })).toBeEnabled();
});

test('connecting without a user name says what is missing and sends nothing', async () => {
  renderWithServices(<TeamPage />);
  await userEvent.type(screen.getByLabelText('Lösenord'), 'hemligt');
  await userEvent.click(screen.getByRole('button', { name: 'Anslut' }));
  expect(screen.getByRole('alert')).toHaveTextContent('Fyll i Användarnamn.');
  expect(readTeamConfig()).toBeNull();
});

test('a server that does not answer is named as such, and nothing about the team is kept', async () => {
  renderWithServices(<TeamPage />);
  const server = screen.getByLabelText('Serveradress');
  await userEvent.clear(server);
  // A port nothing listens on: the request is refused at once.
  await userEvent.type(server, 'http://127.0.0.1:9');
  await userEvent.type(screen.getByLabelText('Användarnamn'), 'anna');
  await userEvent.type(screen.getByLabelText('Lösenord'), 'hemligt');
  await userEvent.click(screen.getByRole('button', { name: 'Anslut' }));
  expect(await screen.findByRole('alert')).toHaveTextContent(/^Servern svarar inte \(.+\)\. Kontrollera adressen och nätverket\.$/);
  expect(readTeamConfig()).toBeNull();
  expect(JSON.stringify({ ...localStorage })).not.toContain('hemligt');
});
