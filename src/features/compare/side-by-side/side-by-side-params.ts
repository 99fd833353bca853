/**
 * Sida vid sida's address: `#/jamfor/lan?valda=06,17,24&skillnader=ja`, the chosen counties in
 * order and, when asked for, only the rows where they differ.
 */
const SIDE_BY_SIDE_PARAMS = { chosen: 'valda', onlyDifferences: 'skillnader' } as const;
const YES = 'ja';

/** The list as written, checked against the counties by `parseSelection`. */
export function readChosen(params: URLSearchParams): string | null {
  return params.get(SIDE_BY_SIDE_PARAMS.chosen);
}

export function chosenUpdates(codes: readonly string[]): Record<string, string | null> {
  return { [SIDE_BY_SIDE_PARAMS.chosen]: codes.join(',') };
}

export function readOnlyDifferences(params: URLSearchParams): boolean {
  return params.get(SIDE_BY_SIDE_PARAMS.onlyDifferences) === YES;
}

export function onlyDifferencesUpdates(only: boolean): Record<string, string | null> {
  return { [SIDE_BY_SIDE_PARAMS.onlyDifferences]: only ? YES : null };
}
