/** See setup-args.mjs: the command line of `npm run couch:setup`. */
export const TEAM_ROLES: readonly string[];

export type SetupUser = { name: string; password: string; role: string };
export type SetupOptions = { url: string; admin: { name: string; password: string }; db: string; round?: string; users: SetupUser[] };

/** The options, or a SetupError that says what is wrong with the command line. */
export function parseSetupArgs(argv: readonly string[]): SetupOptions;
