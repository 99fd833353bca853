import { useTranslation } from 'react-i18next';
import type { Lang } from '../domain/localize';
import { isLanguage } from './languages';

/** The current interface language, for domain functions that write sentences and for Intl. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'sv';
}
