import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { CsvDownload, type CsvFile } from '../../src/components/csv-download';
import { createI18n } from '../../src/i18n/i18n';
import { I18nProvider } from '../../src/i18n/use-translation';
import type * as Download from '../../src/lib/download';
import { downloadText } from '../../src/lib/download';
import { CSV_DELIMITER_KEY, csvDelimiterStore, DEFAULT_CSV_DELIMITER } from '../../src/store/csv-delimiter-store';

vi.mock('../../src/lib/download', async (importOriginal) => ({
  ...(await importOriginal<typeof Download>()),
  downloadText: vi.fn(),
}));

const TODAY = new Date('2026-11-25T10:15:00Z');

beforeEach(() => {
  // Every test starts as a first visit: nothing remembered, the semicolon chosen.
  csvDelimiterStore.getState().setDelimiter(DEFAULT_CSV_DELIMITER);
  localStorage.clear();
  vi.useFakeTimers({ toFake: ['Date'], now: TODAY });
});

afterEach(() => {
  vi.useRealTimers();
  vi.mocked(downloadText).mockReset();
});

/** A file whose text shows the delimiter it was written with. */
const file = (label: string, fileStem: string): CsvFile => ({ label, fileStem, text: (delimiter) => `a${delimiter}b` });

function show(files: CsvFile[], language: 'sv' | 'en' = 'sv') {
  return render(
    <I18nProvider i18n={createI18n(language)}>
      <CsvDownload files={files} />
    </I18nProvider>,
  );
}

const radio = (name: string, scope: HTMLElement = document.body) => within(scope).getByRole('radio', { name });

test('semicolon is chosen at first and the button downloads a dated file written with it', async () => {
  const user = userEvent.setup();
  show([file('Ladda ner poängen (CSV)', 'lansinventering-poang')]);
  expect(screen.getByRole('group', { name: 'Avgränsare i CSV-filer' })).toBeInTheDocument();
  expect(radio('Semikolon (svenskt Excel)')).toBeChecked();
  expect(radio('Komma')).not.toBeChecked();

  await user.click(screen.getByRole('button', { name: 'Ladda ner poängen (CSV)' }));
  expect(downloadText).toHaveBeenCalledExactlyOnceWith('lansinventering-poang-2026-11-25.csv', 'a;b', 'text/csv');
});

test('each button downloads its own file', async () => {
  const user = userEvent.setup();
  show([file('Poäng', 'lansinventering-poang'), file('Nivåer', 'lansinventering-nivaer')]);
  await user.click(screen.getByRole('button', { name: 'Nivåer' }));
  expect(downloadText).toHaveBeenCalledExactlyOnceWith('lansinventering-nivaer-2026-11-25.csv', 'a;b', 'text/csv');
});

test('the comma chosen is remembered: a download shown later starts with it and writes with it', async () => {
  const user = userEvent.setup();
  const first = show([file('Ladda ner överblicken (CSV)', 'jamfor-overblick')]);
  await user.click(radio('Komma'));
  expect(radio('Komma')).toBeChecked();
  expect(localStorage.getItem(CSV_DELIMITER_KEY)).toBe(',');
  first.unmount();

  show([file('Ladda ner jämförelsen (CSV)', 'jamfor-sida-vid-sida')]);
  expect(radio('Komma')).toBeChecked();
  await user.click(screen.getByRole('button', { name: 'Ladda ner jämförelsen (CSV)' }));
  expect(downloadText).toHaveBeenCalledExactlyOnceWith('jamfor-sida-vid-sida-2026-11-25.csv', 'a,b', 'text/csv');
});

test('two downloads on screen at once follow one choice', async () => {
  const user = userEvent.setup();
  const one = show([file('En', 'en')]).container;
  const two = show([file('Två', 'tva')]).container;
  await user.click(radio('Komma', one));
  expect(radio('Komma', two)).toBeChecked();
  await user.click(radio('Semikolon (svenskt Excel)', two));
  expect(radio('Semikolon (svenskt Excel)', one)).toBeChecked();
});

/** What the browser tells this tab when another tab of the app stores `value` under `key`. */
function storedInAnotherTab(key: string, value: string) {
  localStorage.setItem(key, value);
  act(() => window.dispatchEvent(new StorageEvent('storage', { key, newValue: value })));
}

test('a choice made in another tab shows here at once and is used by the next download', async () => {
  const user = userEvent.setup();
  show([file('Poäng', 'lansinventering-poang')]);
  storedInAnotherTab(CSV_DELIMITER_KEY, ',');
  expect(radio('Komma')).toBeChecked();
  await user.click(screen.getByRole('button', { name: 'Poäng' }));
  expect(downloadText).toHaveBeenCalledExactlyOnceWith('lansinventering-poang-2026-11-25.csv', 'a,b', 'text/csv');
});

test.each(['x', '\t', ''])('a value %j from another tab that is no delimiter gives the semicolon', async (stored) => {
  const user = userEvent.setup();
  show([file('Poäng', 'lansinventering-poang')]);
  await user.click(radio('Komma'));
  storedInAnotherTab(CSV_DELIMITER_KEY, stored);
  expect(radio('Semikolon (svenskt Excel)')).toBeChecked();
});

test('in English the choice is in English', () => {
  show([file('Download the scores (CSV)', 'lansinventering-poang')], 'en');
  expect(screen.getByRole('group', { name: 'Delimiter in CSV files' })).toBeInTheDocument();
  expect(radio('Semicolon (Swedish Excel)')).toBeChecked();
  expect(radio('Comma')).not.toBeChecked();
});
