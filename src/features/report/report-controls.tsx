import { useId } from 'react';
import { reportMessages } from '../../i18n/messages/report';
import { useTranslation } from '../../i18n/use-translation';

type Props = { perCounty: boolean; onPerCountyChange: (checked: boolean) => void };

/** What to include and the print button; hidden on paper (report.css). */
export function ReportControls({ perCounty, onPerCountyChange }: Props) {
  const { t } = useTranslation(reportMessages);
  const checkboxId = useId();
  return (
    <div className="report-controls" role="group" aria-label={t('controls.label')}>
      <span className="report-controls__choice">
        <input
          id={checkboxId}
          type="checkbox"
          checked={perCounty}
          onChange={(event) => onPerCountyChange(event.target.checked)}
        />
        <label htmlFor={checkboxId}>{t('controls.perCounty')}</label>
      </span>
      {/* The browser's print dialog also offers "Save as PDF". */}
      <button type="button" onClick={() => window.print()}>
        {t('controls.print')}
      </button>
    </div>
  );
}
