import { toCsvText, type CsvDelimiter } from '../../lib/csv-text';
import type { CountyHistory } from '../change/county-history';
import type { Instrument } from '../criteria/instrument';
import { localize, type Language } from '../localize';
import { levelNumber } from '../rating/level-number';
import { NOT_RATED_LABEL } from '../rating/rate-area';
import { revisionOfRound } from '../rules/rule-revision';

/**
 * One county across the rounds, for spreadsheets and statistics programs. The headers are fixed
 * ASCII names a program can rely on; only the labels and texts follow the language. Levels are
 * numbered 1–3 from the weakest, as in the levels CSV of one round.
 */

const LEVELS_HEADER = [
  'omgang',
  'omgangsnamn',
  'period',
  'regelrevision',
  'lan',
  'lansnamn',
  'omrade',
  'niva',
  'nivanamn',
  'gruppens_niva',
  'samma_regel_som_foregaende',
];

/**
 * One row per round (earliest first) and area. `niva` is the level counted, the group's where it
 * set one; `gruppens_niva` repeats it only then, so a reader can tell the group's levels from the
 * rule's without a symbol. `samma_regel_som_foregaende` is 1 when the area is rated with the same
 * rule as in the round before, 0 when not (the levels are then not comparable), empty in the first.
 */
export function toCountyLevelsCsv(history: CountyHistory, lang: Language, delimiter: CsvDelimiter = ';'): string {
  const { county } = history;
  const rows = history.entries.flatMap(({ round, places }, index) => {
    const before = history.steps[index - 1];
    return places.map(({ areaId, place }) => {
      const differs = before?.areas.find((area) => area.areaId === areaId)?.ruleDiffers;
      return [
        round.id,
        round.name,
        round.period,
        String(revisionOfRound(round)),
        county.code,
        county.name,
        areaId,
        place === null ? '' : String(levelNumber(place.level)),
        localize(place?.label ?? NOT_RATED_LABEL, lang),
        place?.byGroup ? String(levelNumber(place.level)) : '',
        differs === undefined ? '' : differs ? '0' : '1',
      ];
    });
  });
  return toCsvText([LEVELS_HEADER, ...rows], delimiter);
}

const CHANGES_HEADER = ['fran_omgang', 'till_omgang', 'lan', 'lansnamn', 'pastaende', 'text', 'poang_fran', 'poang_till', 'forandring'];

/**
 * One row per step from a round to the next and statement whose agreed score changed, in
 * instrument order; `forandring` is the later score minus the earlier (a plain number, which a
 * spreadsheet reads as one). Statements scored in only one of the two rounds are not changes.
 */
export function toCountyScoreChangesCsv(history: CountyHistory, instrument: Instrument, lang: Language, delimiter: CsvDelimiter = ';'): string {
  const { county } = history;
  const rows = history.steps.flatMap((step) =>
    step.statements.map((cell) => {
      const statement = instrument.statementById.get(cell.statementId);
      return [
        step.from.id,
        step.to.id,
        county.code,
        county.name,
        cell.statementId,
        statement ? localize(statement.text, lang) : '',
        String(cell.from ?? ''),
        String(cell.to ?? ''),
        String(cell.delta ?? ''),
      ];
    }),
  );
  return toCsvText([CHANGES_HEADER, ...rows], delimiter);
}
