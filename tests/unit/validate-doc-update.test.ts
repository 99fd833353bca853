import { expect, test } from 'vitest';
import { AGREED, type Change } from '../../src/domain/workspace/changes';
import { verdictOf, type UserCtx } from './team-validator';

// The server's rules for each write (deploy/couchdb/validate-doc-update.js), one case at a time.
// validate-doc-update-properties.test.ts holds them equal to the app's schema and mayWrite.

const ANNA: UserCtx = { name: 'anna', roles: ['intervjuare'] };
const SARA: UserCtx = { name: 'sara', roles: ['samordnare'] };
const LARS: UserCtx = { name: 'lars', roles: ['lasare'] };

const score = (rater: string, value: number | null = 1): Change => ({ field: 'score', round: '2026', rater, county: '01', statement: '1.1', value: value as 0 });

function keyOf(change: Change): string {
  switch (change.field) {
    case 'score':
      return `${change.round}/${change.rater}/${change.county}/${change.statement}/score`;
    default:
      throw new Error(`no key here for ${change.field}`);
  }
}

function valueDoc(change: Change, by: string, id?: string): Record<string, unknown> {
  return { _id: id ?? `v:${keyOf(change)}`, type: 'value', version: 1, change, at: 1_767_225_600_000, tab: 'tab-1', by };
}

const GROUP_CHANGES: [string, Change, string][] = [
  ['an area level', { field: 'level', round: '2026', county: '01', area: '1', value: { level: 2, reason: 'Gruppens bedömning' } }, 'v:2026//01/1/level'],
  ['a reason', { field: 'reason', round: '2026', county: '01', statement: '1.1', value: 'Därför' }, 'v:2026//01/1.1/reason'],
  ['a round', { field: 'round', round: '2027', value: { name: '2027', period: '2027', criteria: 'bilaga1-2016', ruleRevision: 2 } }, 'v:2027////round'],
  ['a round that starts from an earlier one', { field: 'round', round: '2027', value: { name: '2027', period: '2027', criteria: 'bilaga1-2016', ruleRevision: 2, startsFrom: '2016' } }, 'v:2027////round'],
  ['a status', { field: 'status', round: '2026', county: '01', at: '2026-03-01T10:00:00.000Z', value: 'skickad' }, 'v:2026//01/2026-03-01T10:00:00.000Z/status'],
  ['an informant', { field: 'informant', round: '2026', county: '01', informant: 'i1', value: { organisation: 'Region Stockholm', tier: 'region', visit: 2, phone: 0, position: 0 } }, 'v:2026//01/i1/informant'],
  ['a reported total', { field: 'reported', round: '2026', kind: 'visit', value: 92 }, 'v:2026///visit/reported'],
  ['a summary', { field: 'summary', round: '2026', county: '01', value: 'Sammanfattning' }, 'v:2026//01//summary'],
  ['a comment', { field: 'comment', round: '2026', county: '01', area: '1', value: 'Kommentar' }, 'v:2026//01/1/comment'],
];

test('a server admin may write anything, even what the schema refuses', () => {
  expect(verdictOf({ _id: 'x', anything: true }, null, { name: 'admin', roles: ['_admin'] })).toEqual({ ok: true });
});

test("a database admin named in the database's _security may write anything", () => {
  const security = { admins: { names: ['ola'], roles: ['driftsansvarig'] }, members: { names: [], roles: ['intervjuare'] } };
  expect(verdictOf({ _id: 'x' }, null, { name: 'ola', roles: [] }, security)).toEqual({ ok: true });
  expect(verdictOf({ _id: 'x' }, null, { name: 'per', roles: ['driftsansvarig'] }, security)).toEqual({ ok: true });
});

test('a user without a team role writes nothing', () => {
  expect(verdictOf(valueDoc(score('utan'), 'utan'), null, { name: 'utan', roles: [] })).toEqual({
    ok: false,
    forbidden: 'du har ingen roll i teamet (intervjuare, samordnare eller lasare)',
  });
});

test('a reader writes nothing, not even a score under their own name', () => {
  expect(verdictOf(valueDoc(score('lars'), 'lars'), null, LARS)).toEqual({ ok: false, forbidden: 'med rollen lasare kan du läsa men inte ändra något' });
});

test("an interviewer's own score is let through, and CouchDB's own fields do not count as the body's", () => {
  const doc = { ...valueDoc(score('anna'), 'anna'), _rev: '1-abc', _revisions: { start: 1, ids: ['abc'] }, _conflicts: [] };
  expect(verdictOf(doc, null, ANNA)).toEqual({ ok: true });
});

const base = valueDoc(score('anna'), 'anna');
const change = base.change as Record<string, unknown>;
const informant = (value: Record<string, unknown>) =>
  valueDoc({ field: 'informant', round: '2026', county: '01', informant: 'i1', value } as Change, 'anna', 'v:2026//01/i1/informant');
const anInformant = { organisation: 'Region Stockholm', tier: 'region', visit: 1, phone: 0, position: 0 };

test.each([
  ['a score outside 0–2', { ...base, change: { ...change, value: 3 } }, 'change.value: ska vara 0, 1 eller 2 eller null'],
  ['a score given as text', { ...base, change: { ...change, value: '2' } }, 'change.value: ska vara 0, 1 eller 2 eller null'],
  ['a county given as a number', { ...base, change: { ...change, county: 1 } }, 'change.county: ska vara en text'],
  ['a change missing a field', { ...base, change: Object.fromEntries(Object.entries(change).filter(([key]) => key !== 'statement')) }, 'change.statement: saknas'],
  ['a change with a field it does not have', { ...base, change: { ...change, area: '1' } }, 'change.area: är inget fält som hör hit'],
  ['a change of a kind that does not exist', { ...base, change: { ...change, field: 'grade' } }, 'change.field: ska vara "score", "note", "reason", "done", "level", "round", "rater", "answer", "figure", "choice", "other", "informant", "reported", "summary", "comment" eller "status"'],
  ['an empty county', { ...base, change: { ...change, county: '' } }, 'change.county: får inte vara tom'],
  ['a document with a field of its own', { ...base, owner: 'anna' }, 'owner: är inget fält som hör hit'],
  ['a time that is not a number', { ...base, at: '2026-01-01' }, 'at: ska vara ett tal'],
  ['a document of an unknown type', { ...base, type: 'note' }, 'type: ska vara "value" eller "superseded"'],
  ['a document without a type', Object.fromEntries(Object.entries(base).filter(([key]) => key !== 'type')), 'type: saknas'],
  ['a document of another version', { ...base, version: 2 }, 'version: ska vara 1'],
  ['a change that is not an object', { ...base, change: 'score' }, 'change: ska vara ett objekt'],
  ['an informant met by more than 999', informant({ ...anInformant, visit: 1000 }), 'change.value.visit: ska vara högst 999'],
  ['an informant met by half a person', informant({ ...anInformant, phone: 0.5 }), 'change.value.phone: ska vara ett heltal'],
  ['an organisation without a name', informant({ ...anInformant, organisation: '' }), 'change.value.organisation: får inte vara tom'],
  ['an organisation of an unknown tier', informant({ ...anInformant, tier: 'stat' }), 'change.value.tier: ska vara "lansgemensam", "landsting", "region", "kommun", "delregional" eller "annan"'],
  ['an interview on a day that does not exist', informant({ ...anInformant, date: '2026-02-30' }), 'change.value.date: har inte rätt form'],
  ['an informant given as text', informant('Region Stockholm' as unknown as Record<string, unknown>), 'change.value: ska vara ett objekt eller null'],
  [
    'a round whose period is not a year or a month',
    valueDoc({ field: 'round', round: '2027', value: { name: '2027', period: '27', criteria: 'bilaga1-2016' } }, 'sara', 'v:2027////round'),
    'change.value.period: har inte rätt form',
  ],
  [
    'a rater name of more than 40 characters',
    valueDoc({ field: 'rater', rater: 'anna', value: { name: 'A'.repeat(41) } }, 'anna', 'v:/anna///rater'),
    'change.value.name: får ha högst 40 tecken',
  ],
  ['a figure given as text', valueDoc({ field: 'figure', round: '2026', county: '01', question: 'g2.7', value: 'tolv' as unknown as number }, 'anna', 'v:2026//01/g2.7/figure'), 'change.value: ska vara ett tal eller null'],
  ['a reported total with decimals', valueDoc({ field: 'reported', round: '2026', kind: 'visit', value: 1.5 }, 'sara', 'v:2026///visit/reported'), 'change.value: ska vara ett heltal eller null'],
])('%s is refused, and the reason names where', (_what, doc, reason) => {
  // The body is checked before the writer and the role: whoever writes it, this is the reason.
  const verdict = verdictOf(doc, null, ANNA);
  expect(verdict.ok).toBe(false);
  expect(verdict.ok ? '' : verdict.forbidden).toContain(reason);
});

test("a value written in another user's name is refused", () => {
  expect(verdictOf(valueDoc(score('anna'), 'bo'), null, ANNA)).toEqual({ ok: false, forbidden: 'by: ska vara ditt eget användarnamn, "anna"' });
});

test('a value under an id other than its change\'s key is refused, and the reason gives the right id', () => {
  expect(verdictOf(valueDoc(score('anna'), 'anna', 'v:2026/anna/01/1.2/score'), null, ANNA)).toEqual({
    ok: false,
    forbidden: '_id: ska vara "v:2026/anna/01/1.1/score", nyckeln för ändringen',
  });
});

function supersededDoc(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const value = 'v:2026/anna/01/1.1/score';
  return { _id: `s:${value}:2-b`, type: 'superseded', version: 1, value, rev: '2-b', change: score('anna', 2), at: 1, tab: 't', by: 'anna', resolvedBy: 'anna', resolvedAt: 2, ...overrides };
}

test('the side of a conflict is kept by the one who resolved it, whoever wrote it', () => {
  expect(verdictOf(supersededDoc(), null, ANNA)).toEqual({ ok: true });
  expect(verdictOf(supersededDoc({ by: 'sara' }), null, ANNA)).toEqual({ ok: true });
});

test.each([
  ['resolved in the name of another', { resolvedBy: 'bo' }, 'resolvedBy: ska vara ditt eget användarnamn, "anna"'],
  ['naming another value than its change', { value: 'v:2026/anna/01/1.2/score' }, 'value: ska vara "v:2026/anna/01/1.1/score", nyckeln för ändringen'],
  ['under an id other than its value and revision', { _id: 's:v:2026/anna/01/1.1/score:1-a' }, '_id: ska vara "s:v:2026/anna/01/1.1/score:2-b"'],
  ['of a value the resolver may not write', { change: score('bo', 2), value: 'v:2026/bo/01/1.1/score', _id: 's:v:2026/bo/01/1.1/score:2-b' }, 'med rollen intervjuare får du inte ändra en annan bedömares värden'],
])('the side of a conflict %s is refused', (_what, overrides, reason) => {
  expect(verdictOf(supersededDoc(overrides), null, ANNA)).toEqual({ ok: false, forbidden: reason });
});

test.each<[string, UserCtx, Change, string | null]>([
  ['an interviewer may write her own score', ANNA, score('anna'), null],
  ['an interviewer may write her own note', ANNA, { field: 'note', round: '2026', rater: 'anna', county: '01', statement: '1.1', value: 'Notering' }, null],
  ["an interviewer may not write another rater's score", ANNA, score('bo'), 'med rollen intervjuare får du inte ändra en annan bedömares värden'],
  ['an interviewer may not write the agreed score', ANNA, score(AGREED), 'med rollen intervjuare får du inte ändra gruppens gemensamma värden'],
  ['the coordinator may write the agreed score', SARA, score(AGREED), null],
  ["the coordinator may not write a rater's own score", SARA, score('anna'), 'med rollen samordnare får du inte ändra en annan bedömares värden'],
  ['an interviewer may write her own rater entry', ANNA, { field: 'rater', rater: 'anna', value: { name: 'Anna A' } }, null],
  ["the coordinator may not write another's rater entry", SARA, { field: 'rater', rater: 'anna', value: { name: 'Anna A' } }, 'med rollen samordnare får du inte ändra en annan bedömares uppgifter'],
  ['an interviewer may write a guide answer', ANNA, { field: 'answer', round: '2026', county: '01', question: 'g1.1', value: 'Svar' }, null],
  ["an interviewer may tick a guide question's option", ANNA, { field: 'choice', round: '2026', county: '01', question: 'g3.1', option: 'skola', value: true }, null],
])('%s', (_what, user, change, refusal) => {
  const keys: Record<string, string> = {
    note: `v:2026/anna/01/1.1/note`,
    rater: `v:/${(change as { rater?: string }).rater}///rater`,
    answer: 'v:2026//01/g1.1/answer',
    choice: 'v:2026//01/g3.1/choice/skola',
  };
  const doc = valueDoc(change, user.name ?? '', keys[change.field]);
  expect(verdictOf(doc, null, user)).toEqual(refusal === null ? { ok: true } : { ok: false, forbidden: refusal });
});

test.each(GROUP_CHANGES)('%s is written by the coordinator and refused to an interviewer', (_what, change, id) => {
  expect(verdictOf(valueDoc(change, 'sara', id), null, SARA)).toEqual({ ok: true });
  expect(verdictOf(valueDoc(change, 'anna', id), null, ANNA)).toEqual({ ok: false, forbidden: `med rollen intervjuare får du inte ändra gruppens värden (${change.field})` });
});

const deletion = { _id: 'v:2026/bo/01/1.1/score', _rev: '2-x', _deleted: true };

test.each<[string, UserCtx, Record<string, unknown> | null, string | null]>([
  ['an interviewer may delete her own score', ANNA, valueDoc(score('anna'), 'anna'), null],
  ["an interviewer may not delete another rater's score", ANNA, valueDoc(score('bo'), 'bo'), 'med rollen intervjuare får du inte ta bort en annan bedömares värden'],
  ['the coordinator may delete an agreed score another wrote', SARA, valueDoc(score(AGREED), 'admin'), null],
  ['a reader may not delete even a score in her own name', LARS, valueDoc(score('lars'), 'lars'), 'med rollen lasare kan du läsa men inte ändra något'],
  ['an interviewer may not delete a document that holds no change', ANNA, { _id: 'v:x', note: 'skrivet av en administratör' }, 'det finns ingen ändring att ta bort i det här dokumentet'],
  ['an interviewer may not delete a document that does not exist', ANNA, null, 'det finns ingen ändring att ta bort i det här dokumentet'],
])('%s', (_what, user, oldDoc, refusal) => {
  expect(verdictOf(deletion, oldDoc, user)).toEqual(refusal === null ? { ok: true } : { ok: false, forbidden: refusal });
});
