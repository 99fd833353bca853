import { ProblemList } from '../../components/problem-list';
import { savingMessages } from '../../i18n/messages/saving';
import { useTranslation } from '../../i18n/use-translation';
import { downloadText, isoDate } from '../../lib/download';
import type { Unreadable } from '../../store/persistence';

/** Stored data that could not be read is kept aside, never overwritten, and can be downloaded. */
export function RestoreNotice({ unreadable }: { unreadable: Unreadable | null }) {
  const { t } = useTranslation(savingMessages);
  if (!unreadable) return null;
  const download = () =>
    downloadText(`lansinventering-olasbar-${isoDate(new Date())}.json`, JSON.stringify(unreadable.raw, null, 2));
  return (
    <div role="alert" className="alert alert--error">
      <p>{t('restore.text', { keptAs: unreadable.keptAs })}</p>
      <details>
        <summary>{t('restore.problems')}</summary>
        <ProblemList problems={unreadable.problems} />
      </details>
      <button type="button" onClick={download}>
        {t('restore.download')}
      </button>
    </div>
  );
}
