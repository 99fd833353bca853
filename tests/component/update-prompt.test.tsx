import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { OfflineNote } from '../../src/features/app-update/offline-note';
import { UpdatePrompt } from '../../src/features/app-update/update-prompt';
import { setActivateNewVersion, setAppUpdateState } from '../../src/features/app-update/update-state';
import { createI18n } from '../../src/i18n/i18n';
import { I18nProvider } from '../../src/i18n/use-translation';

const AVAILABLE = 'En ny version av appen finns. Ladda om när du är klar med det du skriver; inget sparat går förlorat.';

function show(language: 'sv' | 'en' = 'sv') {
  return render(<I18nProvider i18n={createI18n(language)}><UpdatePrompt /></I18nProvider>);
}

afterEach(() => {
  setAppUpdateState({ watching: false, needRefresh: false, offlineReady: false });
  setActivateNewVersion(() => window.location.reload());
});

test('without a service worker the prompt shows nothing', () => {
  const { container } = show();
  expect(container).toBeEmptyDOMElement();
});

test('once the service worker is registered, an empty live region waits for messages', () => {
  show();
  act(() => setAppUpdateState({ watching: true }));
  expect(screen.getByRole('status')).toBeEmptyDOMElement();
  expect(screen.queryByRole('button')).not.toBeInTheDocument();
});

test('a waiting version is offered, and "reload" switches to it', async () => {
  const user = userEvent.setup();
  const activate = vi.fn();
  setActivateNewVersion(activate);
  show();
  act(() => setAppUpdateState({ watching: true, needRefresh: true }));
  expect(screen.getByRole('status')).toHaveTextContent(AVAILABLE);
  await user.click(screen.getByRole('button', { name: 'Ladda om till den nya versionen' }));
  expect(activate).toHaveBeenCalledOnce();
});

test('"later" hides the offer until the next version comes', async () => {
  const user = userEvent.setup();
  show();
  act(() => setAppUpdateState({ watching: true, needRefresh: true }));
  await user.click(screen.getByRole('button', { name: 'Senare' }));
  expect(screen.getByRole('status')).toBeEmptyDOMElement();
  expect(screen.queryByRole('button')).not.toBeInTheDocument();
  act(() => setAppUpdateState({ needRefresh: true }));
  expect(screen.getByRole('status')).toHaveTextContent(AVAILABLE);
});

test('a stored app does not float a message over the page: the prompt stays empty', () => {
  show();
  act(() => setAppUpdateState({ watching: true, offlineReady: true }));
  expect(screen.getByRole('status')).toBeEmptyDOMElement();
});

test('the footer says, in the interface language, that the app works without a network once it is stored', () => {
  render(<I18nProvider i18n={createI18n('en')}><OfflineNote /></I18nProvider>);
  act(() => setAppUpdateState({ watching: true }));
  expect(screen.getByRole('status')).toBeEmptyDOMElement();
  act(() => setAppUpdateState({ offlineReady: true }));
  expect(screen.getByRole('status')).toHaveTextContent('The app also works without a network in this browser.');
});

test('"later" on a new version leaves the sentence that the app works without a network', async () => {
  const user = userEvent.setup();
  render(<I18nProvider i18n={createI18n('sv')}><UpdatePrompt /><OfflineNote /></I18nProvider>);
  act(() => setAppUpdateState({ watching: true, offlineReady: true, needRefresh: true }));
  await user.click(screen.getByRole('button', { name: 'Senare' }));
  expect(screen.getByText('Appen fungerar även utan nätverk i den här webbläsaren.')).toBeInTheDocument();
});
