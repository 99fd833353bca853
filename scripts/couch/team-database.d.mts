/** See team-database.mjs: a team's database set up idempotently, step by step. */
import type { SetupOptions } from './setup-args.mjs';

export const DESIGN_DOC_ID: string;
export const TEAM_SECURITY: { admins: { names: string[]; roles: string[] }; members: { names: string[]; roles: string[] } };

export type SetupStep = { what: string; outcome: 'finns redan' | 'skapad' | 'uppdaterad' };

export function setupTeamDatabase(options: Omit<SetupOptions, 'users'> & { users?: SetupOptions['users']; today?: Date }, report?: (step: SetupStep) => void): Promise<SetupStep[]>;
