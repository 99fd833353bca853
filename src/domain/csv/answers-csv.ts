import { toCsvText, type CsvDelimiter } from '../../lib/csv-text';
import type { GuideQuestion } from '../criteria/guide-schema';
import type { Instrument } from '../criteria/instrument';
import { figureText } from '../interview/figure-text';
import type { GuideAnswer } from '../interview/guide-answer';
import { chosenOptions, guideSections } from '../interview/guide-sections';
import { localize, type Language } from '../localize';
import type { Workspace } from '../workspace/workspace';
import { roundIdsInOrder } from './scores-csv';

/** Fixed ASCII names a program can rely on, as in the other CSV files; the texts follow the language. */
export const ANSWERS_CSV_HEADER = ['omgang', 'lan', 'namn', 'avsnitt', 'fraga', 'fragetext', 'anteckning', 'tal', 'enhet', 'val', 'andra'] as const;

/** Between the labels of the options an answer ticks. */
const CHOICE_SEPARATOR = ' | ';

/** Which answers to write: one round, one county, or both; every answer when nothing is given. */
export type AnswersScope = { round?: string; county?: string };

/**
 * The answers to the interview guide, one row per round, county and question with an answer:
 * rounds by period, counties in county-list order, questions in the guide's order. A figure is
 * written with a decimal comma in a semicolon file (as a Swedish spreadsheet reads it) and with a
 * point in a comma file; the options ticked by their labels, in the guide's order.
 */
export function toAnswersCsv(workspace: Workspace, instrument: Instrument, lang: Language, delimiter: CsvDelimiter = ';', scope: AnswersScope = {}): string {
  const rows: string[][] = [[...ANSWERS_CSV_HEADER]];
  const rounds = roundIdsInOrder(workspace).filter((round) => scope.round === undefined || round === scope.round);
  const counties = instrument.counties.filter((county) => scope.county === undefined || county.code === scope.county);
  for (const round of rounds) {
    const answers = workspace.data[round]?.answers ?? {};
    for (const county of counties) {
      const byQuestion = answers[county.code];
      if (!byQuestion) continue;
      for (const section of guideSections(instrument)) {
        for (const question of section.questions) {
          const answer = byQuestion[question.id];
          if (!answer) continue;
          rows.push([
            round,
            county.code,
            county.name,
            localize(section.title, lang),
            question.id,
            localize(question.text, lang),
            answer.note ?? '',
            ...figureCells(question, answer, lang, delimiter === ';' ? ',' : '.'),
            chosenOptions(question, answer).map((option) => localize(option.label, lang)).join(CHOICE_SEPARATOR),
            answer.other ?? '',
          ]);
        }
      }
    }
  }
  return toCsvText(rows, delimiter);
}

/** tal and enhet: the figure and its unit, both empty where the answer has no figure. */
function figureCells(question: GuideQuestion, answer: GuideAnswer, lang: Language, decimal: ',' | '.'): [string, string] {
  if (question.kind !== 'figure' || answer.figure === undefined) return ['', ''];
  return [figureText(answer.figure, decimal), localize(question.unit, lang)];
}
