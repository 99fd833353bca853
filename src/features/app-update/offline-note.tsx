import { commonMessages } from '../../i18n/messages/common';
import { useTranslation } from '../../i18n/use-translation';
import { useAppUpdate } from './update-state';
import './offline-note.css';

/**
 * Says in the page's footer that the app works without a network once it is stored in this
 * browser. In the footer it covers nothing and moves nothing above it; the live region is there
 * from the start, so screen readers announce the sentence when it appears.
 */
export function OfflineNote() {
  const { t } = useTranslation(commonMessages);
  const { watching, offlineReady } = useAppUpdate();
  if (!watching) return null;
  return (
    <p role="status" className="offline-note">
      {offlineReady ? t('update.offlineReady') : ''}
    </p>
  );
}
