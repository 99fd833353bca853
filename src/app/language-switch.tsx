import { storeLanguage } from '../i18n/i18n';
import { useLang } from '../i18n/use-lang';
import { useTranslation } from '../i18n/use-translation';
import { commonMessages } from '../i18n/messages/common';

/** One button to the other language, named in that language (and marked with its lang). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation(commonMessages);
  const lang = useLang();
  const other = lang === 'sv' ? 'en' : 'sv';
  const change = () => {
    storeLanguage(other);
    i18n.changeLanguage(other);
  };
  return (
    <button type="button" className="button-header" lang={other} aria-label={t('language.switchToLabel')} onClick={change}>
      {t('language.switchTo')}
    </button>
  );
}
