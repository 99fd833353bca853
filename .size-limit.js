// Bundle budget, gzip, checked by `npm run size` and in CI (docs/performance.md). Read after
// `npm run build`: the entry files are taken from dist/index.html, so new chunk names need no edit.
import { entryScripts } from './scripts/size/entry-chunks.mjs';

export const ENTRY = 'Entry JavaScript: the module script of index.html and its modulepreloads';
export const ALL = 'All JavaScript in dist/, the service worker included';

export default [
  { name: ENTRY, path: entryScripts('dist'), gzip: true, limit: '90 kB' },
  { name: ALL, path: ['dist/**/*.js'], gzip: true, limit: '200 kB' },
];

/**
 * A budget not met yet, with the size it may not grow beyond until it is. React 19 and recharts 3
 * alone are 180.6 kB of the 200 kB (docs/performance.md, "All JavaScript"), so CI holds the total at
 * its present size instead of failing every build; `npm run size` still reports it over budget.
 * Raised from 275 kB to 283 kB when the scoring bar, the compact overview with its legend, the
 * side-by-side filter, the report's flowing layout and rule variants in Figurer and the report
 * came in (275.0 → 281.5 kB, none of it on the first screen's entry: 73.1 → 73.5 kB).
 * Raised to 315 kB when rounds and raters came in: three new views (rounds 2.8 kB, reconciliation
 * 4.6 kB, agreement 6.3 kB, each loaded only when opened), the rater's panel, the round switch and
 * their texts on the county pages, and the CSV and import code of rounds (281.8 → 312.1 kB; the
 * entry 73.5 → 73.7 kB).
 * Raised to 318 kB when the criteria gained the interview guide, the rule's revisions, each level's
 * description and each condition's basis: their schemas and migration, the round's own rule
 * revision, the revision notice and the sources shown on the rules page, the county page and the
 * report (312.1 → 316.7 kB; the entry 73.7 → 74.1 kB, the common texts).
 */
export const CEILINGS = { [ALL]: 318_000 };
