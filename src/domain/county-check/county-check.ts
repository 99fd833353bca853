import type { RoundRecord } from '../workspace/workspace';
import { currentStatus, type StatusEntry } from './check-status';

/** What a round holds of its counties' checks: the summaries, the areas' comments and the status histories. */
export type CheckRecord = Pick<RoundRecord, 'summaries' | 'comments' | 'statuses'>;

export const NO_CHECKS: CheckRecord = { summaries: {}, comments: {}, statuses: {} };

/** One county's check as the report and the check sheet print it. */
type CountyCheck = {
  /** The group's summary (Samlad bedömning), blank when none is written. */
  summary: string;
  /** The comment on each area that has one, by area id. */
  comments: Readonly<Record<string, string>>;
  /** The latest status with the time it was set. */
  status: StatusEntry | undefined;
};

export function countyCheck(record: CheckRecord, county: string): CountyCheck {
  return { summary: record.summaries[county] ?? '', comments: record.comments[county] ?? {}, status: currentStatus(record.statuses[county]) };
}

/** Whether anything of the county's check is written or set: such a county is reported even before it has a score. */
export function hasCheck(check: CountyCheck): boolean {
  return check.summary.trim() !== '' || check.status !== undefined || Object.values(check.comments).some((comment) => comment.trim() !== '');
}
