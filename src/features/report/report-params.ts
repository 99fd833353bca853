/**
 * The report's address: `#/rapport?lan=ja` adds the counties one by one; `#/rapport?lan=06&avstamning=ja`
 * is one county's check sheet instead of the report.
 */
const REPORT_PARAMS = { perCounty: 'lan', checkSheet: 'avstamning' } as const;
const YES = 'ja';

/** The county whose check sheet the address asks for, or null for the report. */
export function readCheckSheet(params: URLSearchParams): string | null {
  const county = params.get(REPORT_PARAMS.perCounty);
  return params.get(REPORT_PARAMS.checkSheet) === YES && county !== null && county !== YES ? county : null;
}

export function readPerCounty(params: URLSearchParams): boolean {
  return params.get(REPORT_PARAMS.perCounty) === YES;
}

export function perCountyUpdates(perCounty: boolean): Record<string, string | null> {
  return { [REPORT_PARAMS.perCounty]: perCounty ? YES : null };
}
