import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';

const STORAGE_KEY = 'lansinventering-sprak';

/** The language chosen earlier in this browser, or Swedish. */
export function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function storeLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Without storage the choice lasts for this visit only.
  }
}

/** The interface language of one app, which views read and follow. */
export type I18n = {
  readonly language: Language;
  changeLanguage(language: Language): void;
  subscribe(listener: () => void): () => void;
  /** Applied to every raw message before its placeholders are filled (tests mark catalogue texts). */
  readonly decorate: ((message: string) => string) | undefined;
};

export function createI18n(initial: Language = DEFAULT_LANGUAGE, options: { decorate?: (message: string) => string } = {}): I18n {
  let language = initial;
  const listeners = new Set<() => void>();
  // <html lang> follows the interface language, so screen readers pronounce it right.
  const setDocumentLanguage = () => {
    if (typeof document !== 'undefined') document.documentElement.lang = language;
  };
  setDocumentLanguage();
  return {
    get language() {
      return language;
    },
    changeLanguage(next) {
      if (next === language) return;
      language = next;
      setDocumentLanguage();
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    decorate: options.decorate,
  };
}
