import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { LanguageSwitch } from '../../src/app/language-switch';
import { createI18n } from '../../src/i18n/i18n';
import { defineMessages } from '../../src/i18n/messages';
import { Trans } from '../../src/i18n/trans';
import { I18nProvider, useTranslation } from '../../src/i18n/use-translation';

const messages = defineMessages(
  'test',
  { greeting: 'Hej {{name}}', link: 'Sidan <code>#{{path}}</code> finns inte. <a>Till länen</a>.' },
  { greeting: 'Hello {{name}}', link: 'No page at <code>#{{path}}</code>. <a>To the counties</a>.' },
);

function Greeting() {
  const { t } = useTranslation(messages);
  return <p>{t('greeting', { name: 'Skåne' })}</p>;
}

function Link({ path }: { path: string }) {
  const { t } = useTranslation(messages);
  return <p data-testid="link"><Trans t={t} i18nKey="link" values={{ path }} components={{ code: <code />, a: <a href="#/lan" /> }} /></p>;
}

const LANGUAGE_KEY = 'lansinventering-sprak';

beforeEach(() => localStorage.clear());

test('a view follows a change of language at once, and so does the page language', () => {
  const i18n = createI18n('sv');
  render(<I18nProvider i18n={i18n}><Greeting /></I18nProvider>);
  expect(screen.getByText('Hej Skåne')).toBeInTheDocument();
  expect(document.documentElement.lang).toBe('sv');
  act(() => i18n.getState().changeLanguage('en'));
  expect(screen.getByText('Hello Skåne')).toBeInTheDocument();
  expect(document.documentElement.lang).toBe('en');
});

test('the app starts in Swedish, or in the language chosen earlier in this browser', () => {
  expect(createI18n().getState().language).toBe('sv');
  createI18n().getState().changeLanguage('en');
  expect(createI18n().getState().language).toBe('en');
  expect(document.documentElement.lang).toBe('en');
});

test('the language switch turns the views to the other language and remembers it', async () => {
  const user = userEvent.setup();
  render(<I18nProvider i18n={createI18n('sv')}><LanguageSwitch /><Greeting /></I18nProvider>);
  await user.click(screen.getByRole('button', { name: 'Change language to English' }));
  expect(screen.getByText('Hello Skåne')).toBeInTheDocument();
  expect(localStorage.getItem(LANGUAGE_KEY)).toBe('en');
  expect(screen.getByRole('button', { name: 'Byt språk till svenska' })).toHaveAttribute('lang', 'sv');
});

test('a language chosen in another tab is followed here, the page language too', () => {
  render(<I18nProvider i18n={createI18n('sv')}><Greeting /></I18nProvider>);
  localStorage.setItem(LANGUAGE_KEY, 'en');
  act(() => window.dispatchEvent(new StorageEvent('storage', { key: LANGUAGE_KEY, newValue: 'en' })));
  expect(screen.getByText('Hello Skåne')).toBeInTheDocument();
  expect(document.documentElement.lang).toBe('en');
});

test('tags in a message become the given elements with the catalogue words inside', () => {
  render(<I18nProvider i18n={createI18n('sv')}><Link path="/okand" /></I18nProvider>);
  expect(screen.getByRole('link', { name: 'Till länen' })).toHaveAttribute('href', '#/lan');
  expect(screen.getByText('#/okand').tagName).toBe('CODE');
  expect(screen.getByTestId('link')).toHaveTextContent('Sidan #/okand finns inte. Till länen.');
});

test('a value that looks like a tag stays text and makes no element', () => {
  const path = 'x</code> <a>klicka</a> <code>';
  render(<I18nProvider i18n={createI18n('en')}><Link path={path} /></I18nProvider>);
  expect(screen.getAllByRole('link')).toHaveLength(1);
  expect(screen.getByText(`#${path}`).tagName).toBe('CODE');
});

test('a view outside the provider fails with a message naming the provider', () => {
  expect(() => render(<Greeting />)).toThrow('I18nProvider');
});
