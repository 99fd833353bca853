import { reportMessages } from '../../../i18n/messages/report';
import { useTranslation } from '../../../i18n/use-translation';

/** Lines for the handwritten comments: enough for a few corrections, not a page of its own. */
const LINES = 6;

/**
 * The part the county fills in: whether the description is right, what to correct, and who
 * answers, by organisation and function only: the app records no informant's name, and the sheet
 * asks for none.
 */
export function CheckSheetReply() {
  const { t } = useTranslation(reportMessages);
  return (
    <section className="check-sheet__reply" aria-labelledby="avstamning-svar">
      <h2 id="avstamning-svar">{t('check.reply.heading')}</h2>
      <p className="check-sheet__question">{t('check.reply.question')}</p>
      <ul className="check-sheet__choices">
        <li>{t('check.reply.yes')}</li>
        <li>{t('check.reply.no')}</li>
      </ul>
      <p>{t('check.reply.comments')}</p>
      <div className="check-sheet__lines" aria-hidden="true">
        {Array.from({ length: LINES }, (_, index) => (
          <span key={index} />
        ))}
      </div>
      <h3>{t('check.reply.answeredBy')}</h3>
      <dl className="check-sheet__fill">
        {(['organisation', 'role', 'date'] as const).map((field) => (
          <div key={field}>
            <dt>{t(`check.reply.${field}`)}</dt>
            <dd />
          </div>
        ))}
      </dl>
      <p className="check-sheet__privacy">{t('check.reply.privacy')}</p>
    </section>
  );
}
