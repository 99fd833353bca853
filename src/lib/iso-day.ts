/** ISO 8601 (2026-11-25) in both languages: unambiguous on screen and on paper. */
const DAY_FORMAT = new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day of a moment, in the local time zone, as YYYY-MM-DD. */
export function isoDay(moment: string | number | Date): string {
  return DAY_FORMAT.format(typeof moment === 'string' ? new Date(moment) : moment);
}
