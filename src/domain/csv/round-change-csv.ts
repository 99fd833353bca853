import { toCsvText, type CsvDelimiter } from '../../lib/csv-text';
import type { AreaChange } from '../change/level-change';
import type { County } from '../criteria/counties-schema';

/** The view's own words, in the interface language: the columns and each area's name. */
export type RoundChangeCsvWords = {
  area: string;
  title: string;
  higher: string;
  same: string;
  lower: string;
  notComparable: string;
  /** The heading of the column naming the counties behind a count: "Län: Högre nivå". */
  counties: (column: string) => string;
  /** An area's row header and name, as the table shows them: "Område 1", "Styrning och mandat". */
  areaName: (areaId: string) => string;
  areaTitle: (areaId: string) => string;
};

const names = (counties: readonly { county: County }[]) => counties.map(({ county }) => county.name).join(', ');

/**
 * "Förändring per område" as the table shows it, one row per area: the four counts, and then the
 * names of the counties behind each count, so that a spreadsheet holds who moved as well as how many.
 */
export function toRoundChangeCsv(areas: readonly AreaChange[], words: RoundChangeCsvWords, delimiter: CsvDelimiter): string {
  const columns = [words.higher, words.same, words.lower, words.notComparable];
  const header = [words.area, words.title, ...columns, ...columns.map(words.counties)];
  const body = areas.map((area) => {
    const groups = [area.higher, area.same, area.lower, area.notComparable];
    return [words.areaName(area.areaId), words.areaTitle(area.areaId), ...groups.map((group) => String(group.length)), ...groups.map(names)];
  });
  return toCsvText([header, ...body], delimiter);
}
