// The current interface language, for domain functions that write sentences and for Intl; a
// component using it renders again when the language changes.
export { useLanguage as useLang } from './use-translation';
