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

/** The status history, oldest first; the statuses are kept by the time they were set. */
export function statusHistory(byTime: Readonly<Record<string, CheckStatus>> | undefined): StatusEntry[] {
  return Object.entries(byTime ?? {})
    .map(([at, status]) => ({ at, status }))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** The latest status, or undefined for a county whose summary has no status yet. */
export function currentStatus(byTime: Readonly<Record<string, CheckStatus>> | undefined): CheckStatus | undefined {
  return statusHistory(byTime).at(-1)?.status;
}
