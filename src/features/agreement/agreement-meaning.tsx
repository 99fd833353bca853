import { agreementMessages } from '../../i18n/messages/agreement';
import { useTranslation } from '../../i18n/use-translation';

/** What the figures mean in plain words, why both are shown, and Krippendorff's guidance for alpha. */
export function AgreementMeaning() {
  const { t } = useTranslation(agreementMessages);
  return (
    <section aria-labelledby="overensstammelse-betydelse" className="prose">
      <h2 id="overensstammelse-betydelse">{t('meaning.heading')}</h2>
      <dl className="agreement-terms">
        <dt>{t('meaning.unanimousTerm')}</dt>
        <dd>{t('meaning.unanimous')}</dd>
        <dt>{t('meaning.alphaTerm')}</dt>
        <dd>{t('meaning.alpha')}</dd>
        <dt>{t('meaning.kappaTerm')}</dt>
        <dd>{t('meaning.kappa')}</dd>
      </dl>
      <p>{t('meaning.whyBoth')}</p>
      <p>{t('meaning.guidance')}</p>
      <ul>
        <li>{t('meaning.reliable')}</li>
        <li>{t('meaning.tentative')}</li>
        <li>{t('meaning.unreliable')}</li>
      </ul>
      <p>{t('meaning.fewUnits')}</p>
      <p className="agreement-source">{t('meaning.source')}</p>
    </section>
  );
}
