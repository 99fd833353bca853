import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../domain/localize';
import { createRememberedPreference, type PreferenceStore } from '../store/remembered-preference';

const STORAGE_KEY = 'lansinventering-sprak';

type I18nState = {
  readonly language: Language;
  /** Switches the interface language and remembers it in this browser. */
  readonly changeLanguage: (language: Language) => void;
  /** Applied to every raw message before its placeholders are filled (tests mark catalogue texts). */
  readonly decorate: ((message: string) => string) | undefined;
};

/** The interface language of one app, which views read and follow. */
export type I18n = PreferenceStore<I18nState>;

/**
 * The app's interface language. It starts in the language chosen earlier in this browser, else
 * Swedish, or in `initial` when given, and follows a choice made in another open tab.
 */
export function createI18n(initial?: Language, { decorate }: { decorate?: (message: string) => string } = {}): I18n {
  const i18n = createRememberedPreference(
    { key: STORAGE_KEY, fallback: DEFAULT_LANGUAGE, isValid: isLanguage, initial },
    (language, changeLanguage): I18nState => ({ language, changeLanguage, decorate }),
  );
  // <html lang> follows the interface language, so screen readers pronounce it right.
  const setDocumentLanguage = ({ language }: I18nState) => {
    if (typeof document !== 'undefined') document.documentElement.lang = language;
  };
  setDocumentLanguage(i18n.getState());
  i18n.subscribe(setDocumentLanguage);
  return i18n;
}
