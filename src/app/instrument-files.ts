import type { Result } from '../domain/problems';

export const CRITERIA_FILE = 'criteria/bilaga1.json';
export const COUNTIES_FILE = 'criteria/counties.json';

/** The two files of the instrument as fetched, not yet checked. */
export type InstrumentFiles = { criteria: Result<unknown>; counties: Result<unknown> };

async function fetchJson(file: string): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(file, { cache: 'no-cache' });
  } catch {
    return { ok: false, problems: [{ path: '(filen)', message: 'kunde inte hämtas (inget nätverk?)' }] };
  }
  if (!response.ok) {
    return { ok: false, problems: [{ path: '(filen)', message: `kunde inte hämtas (HTTP ${response.status})` }] };
  }
  try {
    return { ok: true, value: (await response.json()) as unknown };
  } catch {
    return { ok: false, problems: [{ path: '(filen)', message: 'är inte giltig JSON' }] };
  }
}

/**
 * Fetches the instrument's files. Called by the entry before the code that checks them has
 * loaded, so the files and that code arrive side by side rather than one after the other.
 */
export async function fetchInstrumentFiles(): Promise<InstrumentFiles> {
  const [criteria, counties] = await Promise.all([fetchJson(CRITERIA_FILE), fetchJson(COUNTIES_FILE)]);
  return { criteria, counties };
}
