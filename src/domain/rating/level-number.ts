/**
 * The number a person reads for a level: 1 for the weakest, up to 3 for the strongest in the
 * shipped criteria. Inside the domain a level is its index, weakest 0; every place that shows or
 * writes a level for people (the interface, CSV files, the report, addresses) goes through here,
 * so the app has one numbering.
 */
export function levelNumber(level: number): number {
  return level + 1;
}
