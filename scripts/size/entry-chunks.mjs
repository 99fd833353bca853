// Which JavaScript files the browser loads at start: the module script of dist/index.html and the
// chunks it imports statically, which Vite lists there as <link rel="modulepreload">. Lazy routes
// are not among them. Read from the built page itself, so the list follows every change of chunks.
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';

const SCRIPT = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g;
const PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g;

/** Paths (relative to the project, e.g. "dist/assets/index-abc.js") of the entry chunk and its preloads. */
export function entryScripts(distDir = 'dist') {
  const page = join(distDir, 'index.html');
  if (!existsSync(page)) throw new Error(`${page} is missing: run \`npm run build\` first.`);
  const html = readFileSync(page, 'utf8');
  const sources = [...html.matchAll(SCRIPT), ...html.matchAll(PRELOAD)].map((match) => match[1] ?? '');
  if (sources.length === 0) throw new Error(`${page} loads no module script: is it a Vite build?`);
  return [...new Set(sources)].map((source) => normalize(join(distDir, source.replace(/^\.?\//, ''))));
}
