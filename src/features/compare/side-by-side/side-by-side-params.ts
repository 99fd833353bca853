/** Sida vid sida's address: `#/jamfor/lan?valda=06,17,24`, the chosen counties in order. */
const SIDE_BY_SIDE_PARAMS = { chosen: 'valda' } as const;

/** The list as written, checked against the counties by `parseSelection`. */
export function readChosen(params: URLSearchParams): string | null {
  return params.get(SIDE_BY_SIDE_PARAMS.chosen);
}

export function chosenUpdates(codes: readonly string[]): Record<string, string | null> {
  return { [SIDE_BY_SIDE_PARAMS.chosen]: codes.join(',') };
}
