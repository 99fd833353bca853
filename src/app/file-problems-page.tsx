import { ProblemList } from '../components/problem-list';
import { commonMessages } from '../i18n/messages/common';
import { useTranslation } from '../i18n/use-translation';
import type { FileProblems } from './start';

/** Shown instead of the app when the instrument files are missing or invalid: never a blank screen. */
export function FileProblemsPage({ files }: { files: FileProblems[] }) {
  const { t } = useTranslation(commonMessages);
  return (
    <main className="page">
      <h1>{t('fileProblems.title')}</h1>
      <p role="alert">{t('fileProblems.intro')}</p>
      {files.map(({ file, problems }) => (
        <section key={file} aria-labelledby={`problems-${file}`}>
          <h2 id={`problems-${file}`}>
            <code>{file}</code>
          </h2>
          <ProblemList problems={problems} />
        </section>
      ))}
    </main>
  );
}
