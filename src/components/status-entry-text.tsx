import type { StatusEntry } from '../domain/county-check/check-status';
import { countyCheckMessages } from '../i18n/messages/county-check';
import { Trans } from '../i18n/trans';
import { useTranslation } from '../i18n/use-translation';
import { isoDay } from '../lib/iso-day';

/** A status of a county's check with the day it was set: "Skickad till länet 2026-03-12". */
export function StatusEntryText({ entry }: { entry: StatusEntry }) {
  const { t } = useTranslation(countyCheckMessages);
  return (
    <Trans
      t={t}
      i18nKey="status.entry"
      values={{ status: t(`status.${entry.status}`), date: isoDay(entry.at) }}
      components={{ time: <time dateTime={entry.at} /> }}
    />
  );
}
