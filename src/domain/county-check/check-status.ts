import * as z from 'zod/mini';

/**
 * Where a county's summary stands in its check (avstämning) with the county, in the order it
 * usually goes: a draft, sent to the county, confirmed by it, or corrected after its reply.
 */
export const CHECK_STATUSES = ['utkast', 'skickad', 'bekraftad', 'rattad'] as const;
export const checkStatusSchema = z.enum(CHECK_STATUSES, { error: `statusen ska vara en av ${CHECK_STATUSES.join(', ')}` });
export type CheckStatus = z.infer<typeof checkStatusSchema>;

/** One change of a county's status: when (an ISO 8601 time) and to what. */
export type StatusEntry = { at: string; status: CheckStatus };

type StatusesByTime = Readonly<Record<string, CheckStatus>> | undefined;

/**
 * Earlier time first. Times are compared as instants, not as text: an imported file may write a
 * time with an offset ("2016-03-10T09:00:00+01:00") beside this app's UTC times; two texts of the
 * same instant keep a fixed order.
 */
function byTime(a: StatusEntry, b: StatusEntry): number {
  return Date.parse(a.at) - Date.parse(b.at) || (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);
}

/** The status history, oldest first; the statuses are kept by the time they were set. */
export function statusHistory(statuses: StatusesByTime): StatusEntry[] {
  return Object.entries(statuses ?? {})
    .map(([at, status]) => ({ at, status }))
    .sort(byTime);
}

/** The latest status with the time it was set, or undefined for a county whose summary has no status yet. */
export function currentStatus(statuses: StatusesByTime): StatusEntry | undefined {
  return statusHistory(statuses).at(-1);
}

/**
 * The time to file a new status under: now, or just after the latest entry when the clock reads
 * no later (two changes in one millisecond, or a clock behind another tab's), so that the new
 * status never overwrites an entry and is always the current one.
 */
export function nextStatusTime(statuses: StatusesByTime, now: Date): string {
  const latest = currentStatus(statuses);
  const after = latest === undefined ? Number.NaN : Date.parse(latest.at) + 1;
  return new Date(after > now.getTime() ? after : now.getTime()).toISOString();
}
