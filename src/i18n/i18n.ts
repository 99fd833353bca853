import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';
import { NAMESPACES, resources } from './resources';

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

/** An i18next instance with every catalogue loaded (they are small), synchronously ready. */
export function createI18n(language: Language = DEFAULT_LANGUAGE): i18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    supportedLngs: ['sv', 'en'],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // <html lang> follows the interface language, so screen readers pronounce it right.
  const setDocumentLanguage = (lng: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  };
  setDocumentLanguage(language);
  instance.on('languageChanged', setDocumentLanguage);
  return instance;
}
