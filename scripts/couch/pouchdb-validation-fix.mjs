// Loaded into pouchdb-server (node --import) by dev-server-process.mjs.
//
// pouchdb-validation, which runs a database's validate_doc_update in pouchdb-server, sets
// `newDoc._revisions` to the stored document's history before validating. A replicator writes
// with `new_edits: false` and sends the new revision's own history in `_revisions`; overwritten,
// the revision is stored with the wrong history and the update is lost without an error (CouchDB
// keeps it). Every browser's second edit of a value would never reach the server. This keeps a
// history the writer sent, as CouchDB does, and changes nothing else (docs/deployment.md,
// "Skillnader mot pouchdb-server").
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';

// pouchdb-server's own copy, the one it loads.
const fromServer = createRequire(createRequire(import.meta.url).resolve('pouchdb-server/package.json'));
const TARGET = fromServer.resolve('pouchdb-validation');
const WRONG = 'newDoc._revisions = (oldDoc || {})._revisions;';
const RIGHT = 'if (!newDoc._revisions) newDoc._revisions = (oldDoc || {})._revisions;';
const extensions = /** @type {Record<string, (module: { _compile(source: string, file: string): void }, file: string) => void>} */ (
  /** @type {unknown} */ (Module)._extensions
);
const compileJs = extensions['.js'];

extensions['.js'] = function compileWithFix(module, filename) {
  if (filename !== TARGET) return compileJs(module, filename);
  const source = readFileSync(filename, 'utf8');
  if (!source.includes(WRONG)) throw new Error(`${filename}: the line this fix replaces is gone; check whether the fix is still needed.`);
  module._compile(source.replace(WRONG, RIGHT), filename);
};
