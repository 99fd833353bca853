import fc from 'fast-check';
import { expect, test } from 'vitest';
import { mayWrite, teamRoleOf } from '../../src/domain/team/team-role';
import { supersededDocId, teamDocBodySchema, valueDocId } from '../../src/domain/team/value-doc';
import type { Change } from '../../src/domain/workspace/changes';
import { changeSchemaV3 } from '../../src/domain/workspace/stamps-schema';
import { changeArb, mutated, mutationArb, teamDocArb, USERS } from './team-doc-arbitrary';
import { verdictOf } from './team-validator';

// The server checks a document with a JSON Schema generated from the app's zod schema and with
// the roles' rules written again in ES5 (deploy/couchdb/validate-doc-update.js). These properties
// hold both equal to the app's own: teamDocBodySchema, valueDocId and mayWrite.

function bodyOf(doc: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([key]) => !key.startsWith('_')));
}

/** Whether the app would let `user` write the document: its schema, its ids, its writer, the role's rules. */
function appAccepts(doc: Record<string, unknown>, user: string, roles: string[]): boolean {
  const role = teamRoleOf(roles);
  const parsed = teamDocBodySchema.safeParse(bodyOf(doc));
  if (role === null || !parsed.success) return false;
  const body = parsed.data;
  const valueId = valueDocId(body.change);
  const named =
    body.type === 'value'
      ? doc._id === valueId && body.by === user
      : body.value === valueId && doc._id === supersededDocId(valueId, body.rev) && body.resolvedBy === user;
  return named && mayWrite(role, user, body.change);
}

const user = fc.constantFrom(...USERS);
const roles = fc.subarray(['intervjuare', 'samordnare', 'lasare', 'gast']);

test('the server accepts a document, whole or with one thing changed, exactly when the app would', () => {
  fc.assert(
    fc.property(
      user.chain((name) => fc.record({ name: fc.constant(name), doc: teamDocArb(name), mutation: fc.option(mutationArb, { nil: undefined }) })),
      ({ name, doc, mutation }) => {
        const written = mutation === undefined ? doc : mutated(doc, mutation);
        const verdict = verdictOf(written, null, { name, roles: ['samordnare'] });
        expect(verdict.ok, JSON.stringify(verdict)).toBe(appAccepts(written, name, ['samordnare']));
      },
    ),
    { numRuns: 2000 },
  );
});

const allowedChange = changeArb.filter((change) => changeSchemaV3.safeParse(change).success);

test("the server's verdict on who may write a value equals the app's mayWrite", () => {
  fc.assert(
    fc.property(user.chain((name) => fc.tuple(fc.constant(name), teamDocArb(name, allowedChange))), roles, ([name, doc], held) => {
      const verdict = verdictOf(doc, null, { name, roles: held });
      const role = teamRoleOf(held);
      expect(verdict.ok).toBe(role !== null && mayWrite(role, name, doc.change as Change));
    }),
    { numRuns: 1000 },
  );
});

test('the server lets a value be deleted exactly by those the app lets write it', () => {
  fc.assert(
    fc.property(user, roles, teamDocArb('bo', allowedChange), (name, held, old) => {
      const verdict = verdictOf({ _id: old._id, _rev: '2-x', _deleted: true }, { ...old, _rev: '1-x' }, { name, roles: held });
      const role = teamRoleOf(held);
      expect(verdict.ok).toBe(role !== null && mayWrite(role, name, old.change as Change));
    }),
    { numRuns: 500 },
  );
});
