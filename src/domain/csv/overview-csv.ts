import { toCsvText, type CsvDelimiter } from '../../lib/csv-text';
import type { OverviewRow } from '../compare/overview';
import type { Instrument } from '../criteria/instrument';
import { localize, type Language } from '../localize';
import { ratingText } from '../rating/rating-label';

/** The view's own column headings, in the interface language. */
export type OverviewCsvHeadings = { county: string; area: (id: string, title: string) => string };

/**
 * Överblick as the table shows it: the rows it is given (the view's sorted rows), the county's
 * name and each area's level as text. The footer counts are left out so that the file stays one
 * table a spreadsheet can sort and filter.
 */
export function toOverviewCsv(
  rows: readonly OverviewRow[],
  instrument: Instrument,
  lang: Language,
  headings: OverviewCsvHeadings,
  delimiter: CsvDelimiter,
): string {
  const header = [headings.county, ...instrument.areas.map(({ area }) => headings.area(area.id, localize(area.shortTitle, lang)))];
  const body = rows.map(({ county, ratings }) => [county.name, ...ratings.map((rating) => ratingText(rating, lang))]);
  return toCsvText([header, ...body], delimiter);
}
