import { TEAM_SECURITY } from '../../scripts/couch/team-database.mjs';
import { validatorSource } from '../../scripts/couch/validator-source.mjs';

export type UserCtx = { name: string | null; roles: string[] };
type SecurityObject = { admins?: { names?: string[]; roles?: string[] }; members?: { names?: string[]; roles?: string[] } };
type ValidateDocUpdate = (newDoc: unknown, oldDoc: unknown, userCtx: UserCtx, secObj: SecurityObject) => void;

// Compiled the way pouchdb-server compiles it (one expression, strict mode), which is stricter
// than CouchDB's SpiderMonkey sandbox: what runs here runs there.
const validateDocUpdate = new Function(`'use strict'; return (${validatorSource()});`)() as ValidateDocUpdate;

export type Verdict = { ok: true } | { ok: false; forbidden: string };

/** What the server's validate_doc_update says to this write: let through, or forbidden and why. */
export function verdictOf(newDoc: unknown, oldDoc: unknown, userCtx: UserCtx, secObj: SecurityObject = TEAM_SECURITY): Verdict {
  try {
    validateDocUpdate(newDoc, oldDoc, userCtx, secObj);
    return { ok: true };
  } catch (error) {
    const forbidden = (error as { forbidden?: unknown } | null)?.forbidden;
    if (typeof forbidden === 'string') return { ok: false, forbidden };
    throw error;
  }
}
