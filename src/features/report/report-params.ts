/** The report's address: `#/rapport?lan=ja` adds the counties one by one. */
const REPORT_PARAMS = { perCounty: 'lan' } as const;
const YES = 'ja';

export function readPerCounty(params: URLSearchParams): boolean {
  return params.get(REPORT_PARAMS.perCounty) === YES;
}

export function perCountyUpdates(perCounty: boolean): Record<string, string | null> {
  return { [REPORT_PARAMS.perCounty]: perCounty ? YES : null };
}
