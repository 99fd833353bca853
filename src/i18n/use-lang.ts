import type { Lang } from '../domain/localize';
import { useLanguage } from './use-translation';

/** The current interface language, for domain functions that write sentences and for Intl. */
export function useLang(): Lang {
  return useLanguage();
}
