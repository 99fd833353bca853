import type { FileProblems } from './start';
import { ProblemList } from '../components/problem-list';

/** Shown instead of the app when the instrument files are missing or invalid: never a blank screen. */
export function FileProblemsPage({ files }: { files: FileProblems[] }) {
  return (
    <main className="page">
      <h1>Kriteriefilerna kunde inte läsas</h1>
      <p role="alert">
        Appen startar inte förrän filerna nedan är rättade. Varje rad anger var i filen felet finns.
      </p>
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
