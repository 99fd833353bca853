import { accessibilityMessages } from '../../i18n/messages/accessibility';
import { Trans } from '../../i18n/trans';
import { useTranslation } from '../../i18n/use-translation';

const DIGG_REPORT_URL = 'https://www.digg.se/kunskap-och-stod/digital-tillganglighet/anmal-bristande-tillganglighet';

/** The accessibility statement, in the form the supervisory authority (Digg) recommends. */
export default function AccessibilityPage() {
  const { t } = useTranslation(accessibilityMessages);
  return (
    <article className="prose">
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <h2>{t('status.heading')}</h2>
      <p>{t('status.text')}</p>
      <h2>{t('gaps.heading')}</h2>
      <ul>
        <li>{t('gaps.problemMessages')}</li>
        <li>{t('gaps.chartText')}</li>
        <li>{t('gaps.statementWording')}</li>
      </ul>
      <h2>{t('alternatives.heading')}</h2>
      <p>{t('alternatives.text')}</p>
      <h2>{t('report.heading')}</h2>
      <p>{t('report.text')}</p>
      <h2>{t('supervision.heading')}</h2>
      <p>
        {/* <Trans> puts the link text from the catalogue inside the anchor. */}
        {/* eslint-disable-next-line jsx-a11y/anchor-has-content */}
        <Trans t={t} i18nKey="supervision.text" components={{ a: <a href={DIGG_REPORT_URL} rel="noreferrer" /> }} />
      </p>
      <h2>{t('testing.heading')}</h2>
      <p>{t('testing.text')}</p>
    </article>
  );
}
