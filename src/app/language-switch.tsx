import { useStore } from 'zustand';
import { commonMessages } from '../i18n/messages/common';
import { useI18n, useLanguage, useTranslation } from '../i18n/use-translation';

/** One button to the other language, named in that language (and marked with its lang). */
export function LanguageSwitch() {
  const { t } = useTranslation(commonMessages);
  const changeLanguage = useStore(useI18n(), (state) => state.changeLanguage);
  const lang = useLanguage();
  const other = lang === 'sv' ? 'en' : 'sv';
  return (
    <button type="button" className="button-header" lang={other} aria-label={t('language.switchToLabel')} onClick={() => changeLanguage(other)}>
      {t('language.switchTo')}
    </button>
  );
}
