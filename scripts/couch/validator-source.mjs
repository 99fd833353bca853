// The text of the team database's validate_doc_update: deploy/couchdb/validate-doc-update.js with
// the JSON Schema of a team document (generated from the app's zod schema) in its placeholder.
import { readFileSync } from 'node:fs';

const VALIDATOR_FILE = new URL('../../deploy/couchdb/validate-doc-update.js', import.meta.url);
const SCHEMA_FILE = new URL('../../deploy/couchdb/team-doc.schema.json', import.meta.url);
const PLACEHOLDER = '__SCHEMA__';

export function validatorSource() {
  const source = readFileSync(VALIDATOR_FILE, 'utf8');
  if (source.split(PLACEHOLDER).length !== 2) throw new Error(`${VALIDATOR_FILE.pathname} must name ${PLACEHOLDER} exactly once`);
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
  // JSON may hold U+2028 and U+2029 in a string, ES5 may not: escaped, the text is both.
  const literal = JSON.stringify(schema).replace(/[\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16)}`);
  // A function, not a string, as the replacement: the schema's patterns hold `$`, which a
  // replacement string would read as `$&`, `$'`…
  return source.replace(PLACEHOLDER, () => literal).trim();
}
