import { useEffect, useState } from 'react';
import { dataMessages } from '../../i18n/messages/data';
import { useTranslation } from '../../i18n/use-translation';
import { downloadText } from '../../lib/download';
import { useSaveStatus, useStorage } from '../../providers/services';

type Kept = { key: string; document: unknown };

/** Where the data lives, whether the browser promised to keep it, and data kept aside. */
export function StorageSection() {
  const { t } = useTranslation(dataMessages);
  const { persistent } = useSaveStatus();
  const storage = useStorage();
  const [kept, setKept] = useState<Kept[]>([]);

  useEffect(() => {
    let cancelled = false;
    storage.listKeptAside().then(
      (found) => !cancelled && setKept(found),
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, [storage]);

  return (
    <section aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t('storage.heading')}</h2>
      <p>{t('storage.intro')}</p>
      <p>
        {persistent === true && t('storage.persistent')}
        {persistent === false && t('storage.notPersistent')}
        {persistent === null && t('storage.persistenceUnknown')}
      </p>
      {kept.length > 0 && (
        <>
          <h3>{t('storage.keptHeading')}</h3>
          <ul>
            {kept.map(({ key, document }) => (
              <li key={key}>
                {key}{' '}
                <button type="button" className="button-secondary" onClick={() => downloadText(`lansinventering-${key.replace(/[:.]/g, '-')}.json`, JSON.stringify(document, null, 2))}>
                  {t('storage.downloadKept', { key })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
