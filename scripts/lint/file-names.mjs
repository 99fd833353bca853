// Every file name the project keeps is kebab-case: lower-case words and digits joined by hyphens,
// then its extensions (`area-rating-panel.tsx`, `side-by-side.json`, `001-hash-routes.md`). One
// convention for every kind of file, so a name never has to be guessed. Run by `npm run lint`.
import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*$/;
// Names that tools or conventions fix, not this project.
const FIXED = new Set(['README.md', 'LICENSE', 'Dockerfile']);

const tracked = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\0')
  .filter((path) => path !== '');
const wrong = tracked.filter((path) => {
  const name = basename(path);
  return !name.startsWith('.') && !FIXED.has(name) && !KEBAB.test(name);
});

if (wrong.length > 0) {
  console.error(`File names must be kebab-case (lower-case words joined by hyphens):\n${wrong.map((path) => `  ${path}`).join('\n')}`);
  process.exit(1);
}
console.log(`${tracked.length} file names checked: all kebab-case.`);
