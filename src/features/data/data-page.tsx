import { dataMessages } from '../../i18n/messages/data';
import { useTranslation } from '../../i18n/use-translation';
import { DeleteSection } from './delete-section';
import { ExportSection } from './export-section';
import { ImportSection } from './import-section';
import { StorageSection } from './storage-section';

/** Download, import and delete the workspace, and see how it is stored. */
export default function DataPage() {
  const { t } = useTranslation(dataMessages);
  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <ExportSection />
      <ImportSection />
      <DeleteSection />
      <StorageSection />
    </>
  );
}
