// Bundle budget, gzip, checked by `npm run size` and in CI (docs/performance.md). Read after
// `npm run build`: the entry files are taken from dist/index.html, so new chunk names need no edit.
import { entryScripts } from './scripts/size/entry-chunks.mjs';

export default [
  {
    name: 'Entry JavaScript: the module script of index.html and its modulepreloads',
    path: entryScripts('dist'),
    gzip: true,
    limit: '90 kB',
  },
  {
    name: 'All JavaScript in dist/, the service worker included',
    path: ['dist/**/*.js'],
    gzip: true,
    limit: '200 kB',
  },
];
