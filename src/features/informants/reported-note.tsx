import type { ReportedComparison } from '../../domain/informants/reported-comparison';
import { informantsMessages } from '../../i18n/messages/informants';
import { useTranslation } from '../../i18n/use-translation';

/** The rows' sums beside what the source states: a note that stands out when they differ. */
export function ReportedNote({ comparison }: { comparison: ReportedComparison }) {
  const { t } = useTranslation(informantsMessages);
  const { rows, reported, agrees } = comparison;
  const stated =
    reported.visit !== undefined && reported.phone !== undefined
      ? t('comparison.both', { visit: reported.visit, phone: reported.phone, total: reported.total ?? reported.visit + reported.phone })
      : reported.visit !== undefined
        ? t('comparison.visit', { visit: reported.visit })
        : t('comparison.phone', { phone: reported.phone ?? 0 });
  return (
    <p className={agrees ? 'alert alert--success' : 'alert alert--error'}>
      {agrees && `${t('comparison.agrees')} `}
      {t('comparison.rows', { visit: rows.visit, phone: rows.phone, total: rows.total })} {stated}
    </p>
  );
}
