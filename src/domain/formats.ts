import type { Instrument } from './criteria/instrument';
import { countiesMigrations, criteriaMigrations, parseCounties, parseCriteria } from './criteria/parse-criteria';
import type { Result } from './problems';
import { firstRound } from './rounds/round';
import { parseRuleVariant, ruleVariantMigrations } from './rules/rule-variant';
import type { Migrations } from './versioned';
import { parsePendingFile, parseStampsFile, pendingMigrations, stampsMigrations } from './workspace/stamps-schema';
import { parseWorkspaceFile, workspaceFileMigrations } from './workspace/workspace-file';

/**
 * Every versioned format the app reads or writes, with its current version and migrations. A
 * test loads a kept example file of every version of every format, so each migration is run.
 *
 * The CSV forms of the scores (src/domain/csv/) are not listed: a CSV file has no `format` and
 * `version` fields to migrate, so its header row is its version, and a header the app does not
 * know is refused. Kept examples: tests/fixtures/formats/scores-csv-long and scores-csv-wide.
 */
export type FormatEntry = {
  format: string;
  current: number;
  migrations: Migrations;
  read: (input: unknown, instrument: Instrument) => Result<unknown>;
};

/** The round a kept file from before rounds is read into; any round would do. */
const LEGACY = firstRound('bilaga1-2016', new Date(Date.UTC(2026, 0, 1)));

export const FORMATS: readonly FormatEntry[] = [
  {
    format: 'lansinventering-scores',
    current: 3,
    migrations: workspaceFileMigrations(LEGACY),
    read: (input, instrument) => parseWorkspaceFile(input, instrument, LEGACY),
  },
  { format: 'lansinventering-criteria', current: 3, migrations: criteriaMigrations, read: (input) => parseCriteria(input) },
  { format: 'lansinventering-counties', current: 1, migrations: countiesMigrations, read: (input) => parseCounties(input) },
  { format: 'lansinventering-stamps', current: 2, migrations: stampsMigrations(LEGACY.id), read: (input) => parseStampsFile(input, LEGACY.id) },
  { format: 'lansinventering-pending', current: 3, migrations: pendingMigrations(LEGACY.id), read: (input) => parsePendingFile(input, LEGACY.id) },
  {
    format: 'lansinventering-rule-variant',
    current: 1,
    migrations: ruleVariantMigrations,
    read: (input, instrument) => parseRuleVariant(input, instrument.criteria),
  },
];
