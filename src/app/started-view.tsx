import { ServicesProvider } from '../providers/services';
import { FileProblemsPage } from './file-problems-page';
import { Shell } from './shell';
import type { StartOutcome } from './start';

/** The app once its instrument is loaded: the pages, or what is wrong with the files. */
export function StartedView({ outcome }: { outcome: StartOutcome }) {
  if (outcome.kind === 'invalid-files') return <FileProblemsPage files={outcome.files} />;
  return (
    <ServicesProvider services={outcome.services}>
      <Shell unreadable={outcome.unreadable} />
    </ServicesProvider>
  );
}
