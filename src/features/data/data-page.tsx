import { DeleteSection } from './delete-section';
import { ExportSection } from './export-section';
import { ImportSection } from './import-section';
import { StorageSection } from './storage-section';

/** Download, import and delete the workspace, and see how it is stored. */
export default function DataPage() {
  return (
    <>
      <h1 tabIndex={-1}>Data</h1>
      <ExportSection />
      <ImportSection />
      <DeleteSection />
      <StorageSection />
    </>
  );
}
