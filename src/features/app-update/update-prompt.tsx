import { commonMessages } from '../../i18n/messages/common';
import { useTranslation } from '../../i18n/use-translation';
import { dismissUpdate, reloadToNewVersion, useAppUpdate } from './update-state';
import './update-prompt.css';

/**
 * Offers a new version of the app; the page is reloaded only when the person chooses to. The
 * message is a polite live region, present as soon as the service worker is registered so screen
 * readers announce what appears in it; the buttons sit outside it so they are not read out with
 * the message. Renders nothing where no service worker is registered (development, unit tests).
 * It floats at the bottom of the window, so appearing later never moves the page under the
 * pointer (no layout shift), and "Senare" puts it away.
 */
export function UpdatePrompt() {
  const { t } = useTranslation(commonMessages);
  const { watching, needRefresh } = useAppUpdate();
  if (!watching) return null;
  return (
    <div className={needRefresh ? 'update-prompt alert' : undefined}>
      <div role="status">{needRefresh && <p>{t('update.available')}</p>}</div>
      {needRefresh && (
        <p>
          <button type="button" onClick={reloadToNewVersion}>
            {t('update.reload')}
          </button>{' '}
          <button type="button" className="button-secondary" onClick={dismissUpdate}>
            {t('update.later')}
          </button>
        </p>
      )}
    </div>
  );
}
