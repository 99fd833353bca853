import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { County } from '../../src/domain/criteria/counties-schema';
import type { Criteria } from '../../src/domain/criteria/criteria-schema';
import { buildInstrument, type Instrument, type InstrumentArea } from '../../src/domain/criteria/instrument';
import { parseCounties, parseCriteria } from '../../src/domain/criteria/parse-criteria';
import { describeProblem, type Result } from '../../src/domain/problems';
import type { Score } from '../../src/domain/score';
import type { Assessment, RoundScores } from '../../src/domain/workspace/assessment';

/** The raw JSON of a file under criteria/, freshly read (and so safe to mutate) on every call. */
export function readCriteriaJson(name: 'bilaga1.json' | 'counties.json'): unknown {
  return JSON.parse(readFileSync(resolve(process.cwd(), 'criteria', name), 'utf8')) as unknown;
}

export function unwrap<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`${what} could not be read:\n${result.problems.map(describeProblem).join('\n')}`);
  return result.value;
}

export function loadCriteria(): Criteria {
  return unwrap(parseCriteria(readCriteriaJson('bilaga1.json')), 'criteria/bilaga1.json');
}

export function loadCounties(): County[] {
  return unwrap(parseCounties(readCriteriaJson('counties.json')), 'criteria/counties.json');
}

/** The shipped instrument: Bilaga 1 and the 21 counties, parsed and with its lookups built. */
export function loadInstrument(): Instrument {
  return buildInstrument(loadCriteria(), loadCounties());
}

/** Every statement id of the instrument, in instrument order. */
export function allStatementIds(instrument: Instrument): string[] {
  return instrument.statementIds;
}

export function areaById(instrument: Instrument, id: string): InstrumentArea {
  const area = instrument.areas.find((candidate) => candidate.area.id === id);
  if (!area) throw new Error(`no area '${id}' in the instrument`);
  return area;
}

export type ScoreSpec = Readonly<Record<string, Score>>;

/** An assessment with exactly these scores and no notes: `scoresFrom({ '1.1': 2, '1.2': 0 })`. */
export function scoresFrom(scores: ScoreSpec): Assessment {
  return { scores: { ...scores }, notes: {} };
}

/** Every statement of the instrument scored `value`, except the overrides. */
export function allScored(instrument: Instrument, value: Score, overrides: ScoreSpec = {}): Assessment {
  const scores: Record<string, Score> = {};
  for (const id of allStatementIds(instrument)) scores[id] = value;
  return scoresFrom({ ...scores, ...overrides });
}

/** Every statement scored `value` except the overrides, and the `unscored` ones left without a score. */
export function allScoredExcept(
  instrument: Instrument,
  value: Score,
  overrides: ScoreSpec,
  unscored: readonly string[],
): Assessment {
  const scores: Record<string, Score> = { ...allScored(instrument, value, overrides).scores };
  for (const id of unscored) delete scores[id];
  return scoresFrom(scores);
}

/** Expands a range such as ('2.', 1, 6) to ['2.1', …, '2.6']. */
export function idRange(prefix: string, from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);
}

/** A workspace from county code to assessment. */
export function workspaceOf(assessments: Readonly<Record<string, Assessment>>): RoundScores {
  return { assessments: { ...assessments } };
}

/** Every statement 1 but five left unscored (1.1, 2.3, 4.2, 5.5, 6.5): only area 3 can be rated. */
export function partlyScored(instrument: Instrument): Assessment {
  return allScoredExcept(instrument, 1, {}, ['4.2', '1.1', '6.5', '2.3', '5.5']);
}
