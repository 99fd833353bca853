import { AGREED, type Change } from '../workspace/changes';

/**
 * The roles of a team server's users, as CouchDB keeps them in `_users`: interviewers score as
 * themselves, a coordinator also writes what the group decides, a reader only reads.
 */
export const TEAM_ROLES = ['intervjuare', 'samordnare', 'lasare'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/**
 * A user's team role from the roles CouchDB reports. A server admin counts as coordinator; with
 * more than one team role the widest wins. Null for a user who is not in the team.
 */
export function teamRoleOf(roles: readonly string[]): TeamRole | null {
  if (roles.includes('_admin') || roles.includes('samordnare')) return 'samordnare';
  if (roles.includes('intervjuare')) return 'intervjuare';
  if (roles.includes('lasare')) return 'lasare';
  return null;
}

/** Values that belong to the group rather than to one interviewer: only a coordinator sets them. */
const GROUP_FIELDS: ReadonlySet<Change['field']> = new Set(['reason', 'level', 'round', 'informant', 'reported', 'summary', 'comment', 'status']);

/**
 * Whether a user with this role may make this change. The server's `validate_doc_update`
 * (deploy/couchdb/validate-doc-update.js) enforces the same rules; a test holds the two equal.
 * - Scores, notes and "done" are written under a rater's id: one's own, or (coordinator) the group's.
 * - A rater entry is one's own: an interviewer joins the team's raters by signing in.
 * - Guide answers are written by whoever interviewed; the group's values by the coordinator.
 */
export function mayWrite(role: TeamRole, user: string, change: Change): boolean {
  if (role === 'lasare') return false;
  switch (change.field) {
    case 'score':
    case 'note':
    case 'done':
      return change.rater === user || (change.rater === AGREED && role === 'samordnare');
    case 'rater':
      return change.rater === user;
    case 'answer':
    case 'figure':
    case 'choice':
    case 'other':
      return true;
    default:
      return GROUP_FIELDS.has(change.field) && role === 'samordnare';
  }
}
