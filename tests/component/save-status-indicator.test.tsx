import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { StorageSection } from '../../src/features/data/storage-section';
import { SaveStatusIndicator } from '../../src/features/save-status/save-status-indicator';
import { agreedCell } from '../unit/one-round';
import { freshTestStorage, renderWithServices } from './render-with-services';

test('the save status is always shown and turns to Sparat once a change is stored', async () => {
  const { services } = renderWithServices(<SaveStatusIndicator />);
  expect(screen.getByRole('status')).toHaveTextContent('Sparat');
  act(() => services.workspaceStore.getState().setScore(agreedCell('06', '1.1'), 2));
  expect(screen.getByRole('status')).toHaveTextContent('Sparar…');
  await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Sparat'));
});

test('a failed write shows an alert that says what happened and offers a backup and a retry', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<SaveStatusIndicator />);
  const retry = vi.spyOn(services.saver, 'retry');
  act(() => services.saveStatusStore.setState({ state: 'failed', message: 'Webbläsarens lagringsutrymme är fullt.' }));

  expect(screen.getByRole('status')).toHaveTextContent('Ej sparat');
  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent('Den senaste ändringen kunde inte sparas i webbläsaren. Webbläsarens lagringsutrymme är fullt.');
  expect(within(alert).getByRole('button', { name: 'Ladda ner säkerhetskopia' })).toBeInTheDocument();
  await user.click(within(alert).getByRole('button', { name: 'Försök spara igen' }));
  expect(retry).toHaveBeenCalledOnce();
});

test.each([
  [true, 'Webbläsaren har lovat att inte rensa datan'],
  [false, 'Webbläsaren har inte beviljat beständig lagring'],
  [null, 'Webbläsaren kan inte säga om lagringen är beständig'],
])('the data page says whether persistent storage was granted (%s)', (persistent, text) => {
  const { services } = renderWithServices(<StorageSection />);
  act(() => services.saveStatusStore.setState({ persistent }));
  expect(screen.getByRole('region', { name: 'Lagring i webbläsaren' })).toHaveTextContent(text);
});

test('data kept aside because it could not be read is listed on the data page for download', async () => {
  const storage = freshTestStorage();
  await storage.keepAside({ format: 'lansinventering-scores', version: 9 }, new Date('2026-11-20T10:00:00.000Z'));
  renderWithServices(<StorageSection />, { assessments: {} }, storage);

  expect(await screen.findByRole('heading', { name: 'Undanlagd data som inte kunde läsas' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Ladda ner olasbar-2026-11-20T10:00:00.000Z' })).toBeInTheDocument();
});

test('in English, the status reads Saved, Saving… and Not saved, and the alert offers its buttons', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<SaveStatusIndicator />, { assessments: {} }, undefined, 'en');
  const retry = vi.spyOn(services.saver, 'retry');
  expect(screen.getByRole('status')).toHaveTextContent('Saved');
  act(() => services.workspaceStore.getState().setScore(agreedCell('06', '1.1'), 2));
  expect(screen.getByRole('status')).toHaveTextContent('Saving…');
  await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Saved$/));

  act(() => services.saveStatusStore.setState({ state: 'failed', message: 'The storage is full.' }));
  expect(screen.getByRole('status')).toHaveTextContent('Not saved');
  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent('The latest change could not be saved in the browser. The storage is full. Download a backup now');
  expect(within(alert).getByRole('button', { name: 'Download a backup' })).toBeInTheDocument();
  await user.click(within(alert).getByRole('button', { name: 'Try saving again' }));
  expect(retry).toHaveBeenCalledOnce();
});
