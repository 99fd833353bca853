// Prints every JavaScript chunk of the build with its size and gzip size (level 9, as size-limit
// measures), marks those loaded at start, and adds up both groups the budget in .size-limit.js
// speaks of. It only reports; size-limit decides.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { plainTable } from '../plain-table.mjs';
import { entryScripts } from './entry-chunks.mjs';

const DIST = 'dist';

function javaScriptFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return javaScriptFiles(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

let entry;
try {
  entry = new Set(entryScripts(DIST));
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const chunks = javaScriptFiles(DIST)
  .map((path) => {
    const source = readFileSync(path);
    return { path: relative(DIST, path), size: source.length, gzip: gzipSync(source, { level: 9 }).length, entry: entry.has(path) };
  })
  .sort((a, b) => b.gzip - a.gzip);

const sum = (list, key) => list.reduce((total, chunk) => total + chunk[key], 0);
const loadedAtStart = chunks.filter((chunk) => chunk.entry);
const rows = [['chunk', 'size', 'gzip', 'loaded at start']];
for (const chunk of chunks) rows.push([chunk.path, kB(chunk.size), kB(chunk.gzip), chunk.entry ? 'yes' : '']);
rows.push(['entry JavaScript (loaded at start)', kB(sum(loadedAtStart, 'size')), kB(sum(loadedAtStart, 'gzip')), '']);
rows.push(['all JavaScript', kB(sum(chunks, 'size')), kB(sum(chunks, 'gzip')), '']);

console.log(`\nJavaScript in ${DIST}/ (1 kB = 1,000 bytes)\n`);
console.log(plainTable(rows));
console.log('');
