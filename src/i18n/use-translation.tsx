import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Language } from '../domain/localize';
import type { I18n } from './i18n';
import type { Messages, MessageValues, TFunction } from './messages';
import { interpolate, rawMessage } from './translate';

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useTranslation is used outside an I18nProvider');
  return i18n;
}

/** The current interface language; a component using it renders again when it changes. */
export function useLanguage(): Language {
  return useStore(useI18n(), (state) => state.language);
}

/**
 * `t` for one namespace in the current language. It keeps its identity until the language
 * changes, so memoised views that take it are not redrawn by a score click.
 */
export function useTranslation<M extends Messages>(messages: M): { t: TFunction<M> } {
  const i18n = useI18n();
  const language = useStore(i18n, (state) => state.language);
  const decorate = useStore(i18n, (state) => state.decorate);
  const t = useMemo(() => {
    const tree = messages[language];
    const mark = decorate ?? ((message: string) => message);
    return ((key: string, values?: MessageValues) =>
      interpolate(mark(rawMessage(tree, language, key, values?.count)), values)) as TFunction<M>;
  }, [messages, language, decorate]);
  return { t };
}
