import { restoreFormula } from '../../lib/csv-text';
import type { Instrument } from '../criteria/instrument';
import { nameKey } from '../name-key';
import { fail, ok, swedishErrors, type Problem, type Result } from '../problems';
import { raterIdFor, raterSchema } from '../rounds/rater';
import { roundFromImportId, roundSchema } from '../rounds/round';
import type { Score } from '../score';
import { AGREED, applyChanges, type Change } from '../workspace/changes';
import { EMPTY_WORKSPACE, type Workspace } from '../workspace/workspace';
import { at, countyLookup, headerCell, isBlank, readScoreCell, SCORE_MESSAGE, unknownCell } from './csv-cells';
import { knownRaterIds, raterLookup, type RaterLookup } from './csv-raters';

/** Version 2 of the long form: rounds and raters, one row per round, hand, county and statement. */
export const SCORES_CSV_HEADER = ['omgang', 'lan', 'bedomare', 'pastaende', 'poang', 'anteckning'] as const;

export function isScoresV2Header(cells: readonly string[]): boolean {
  return cells.length === SCORES_CSV_HEADER.length && cells.every((cell, i) => headerCell(cell) === SCORES_CSV_HEADER[i]);
}

/** Whose a row is: the agreed scores, a rater of the workspace, or a rater the file names for the first time. */
type Hand = { kind: 'agreed' } | { kind: 'known'; id: string } | { kind: 'new'; name: string; key: string };
type Entry = { round: string; hand: Hand; county: string; statement: string; score: Score | undefined; note: string | undefined };

type Context = {
  instrument: Instrument;
  countyOf: (text: string) => string | undefined;
  raterOf: RaterLookup;
  problems: Problem[];
};

/**
 * Reads the rows of a version-2 file into a workspace of the rounds and raters it names. A round
 * or rater the current workspace has keeps its details; an unknown round is made from its id
 * (`roundFromImportId`), an unknown rater from the name (`raterIdFor`). All or nothing: every
 * problem at once, with its row (the header is rad 1) and column.
 */
export function readScoresV2(rows: readonly string[][], instrument: Instrument, current: Workspace, today: Date): Result<Workspace> {
  const context: Context = { instrument, countyOf: countyLookup(instrument), raterOf: raterLookup(current), problems: [] };
  const entries: Entry[] = [];
  const firstLine = new Map<string, number>();
  rows.forEach((cells, index) => {
    const line = index + 1;
    // Spreadsheets leave blank rows (";;;;;" or empty lines) where a person deleted content.
    if (line === 1 || isBlank(cells)) return;
    const entry = readRow(cells, line, context);
    // A row with neither score nor note carries nothing: no round, rater or value comes of it.
    if (!entry || (entry.score === undefined && entry.note === undefined)) return;
    const key = [entry.round, handKey(entry.hand), entry.county, entry.statement].join('\u0000');
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      context.problems.push({ path: at(line), message: `omgången, bedömaren, länet och påståendet finns redan på rad ${earlier}` });
      return;
    }
    firstLine.set(key, line);
    entries.push(entry);
  });
  return context.problems.length > 0 ? fail(context.problems) : ok(toWorkspace(entries, instrument, current, today));
}

function handKey(hand: Hand): string {
  return hand.kind === 'agreed' ? '' : hand.kind === 'known' ? `id:${hand.id}` : `new:${hand.key}`;
}

function readRow(cells: readonly string[], line: number, context: Context): Entry | undefined {
  const { problems, instrument } = context;
  if (cells.length !== SCORES_CSV_HEADER.length) {
    // Without the right number of cells there is no telling which value belongs to which column.
    problems.push({ path: at(line), message: `raden ska ha ${SCORES_CSV_HEADER.length} fält men har ${cells.length}` });
    return undefined;
  }
  // Every cell but the score may hold text a spreadsheet would have run, neutralised on export.
  const [roundText = '', countyText = '', raterText = '', statementText = '', scoreText = ''] = cells.map((cell) =>
    restoreFormula(cell).trim(),
  );
  const before = problems.length;
  const round = readRound(roundText, line, problems);
  const county = context.countyOf(countyText);
  if (county === undefined) problems.push(unknownCell(at(line, 'lan'), countyText, 'länet saknas', 'okänt län'));
  const hand = readHand(raterText, line, context);
  if (!instrument.statementById.has(statementText)) {
    problems.push(unknownCell(at(line, 'pastaende'), statementText, 'påståendet saknas', 'okänt påstående'));
  }
  const score = readScoreCell(scoreText);
  if (score === 'invalid') problems.push({ path: at(line, 'poang'), message: SCORE_MESSAGE });
  if (round === undefined || county === undefined || hand === undefined || score === 'invalid' || problems.length > before) return undefined;
  // A note keeps its spaces and line breaks, as the person wrote it.
  const note = restoreFormula(cells[5] ?? '');
  return { round, hand, county, statement: statementText, score, note: note.trim() === '' ? undefined : note };
}

function readRound(text: string, line: number, problems: Problem[]): string | undefined {
  if (text === '') {
    problems.push({ path: at(line, 'omgang'), message: 'omgången saknas' });
    return undefined;
  }
  const checked = roundSchema.shape.id.safeParse(text, swedishErrors);
  if (!checked.success) {
    const reason = checked.error.issues[0]?.message ?? '';
    problems.push({ path: at(line, 'omgang'), message: `omgången '${text}' ${reason}` });
    return undefined;
  }
  return text;
}

function readHand(text: string, line: number, { raterOf, problems }: Context): Hand | undefined {
  if (text === '') return { kind: 'agreed' };
  const known = raterOf(text);
  if (known !== undefined) return { kind: 'known', id: known };
  const checked = raterSchema.shape.name.safeParse(text, swedishErrors);
  if (!checked.success) {
    problems.push({ path: at(line, 'bedomare'), message: checked.error.issues[0]?.message ?? '' });
    return undefined;
  }
  // The same name in another case or Unicode form is the same new rater.
  return { kind: 'new', name: text, key: nameKey(text) };
}

function toWorkspace(entries: readonly Entry[], instrument: Instrument, current: Workspace, today: Date): Workspace {
  const taken = knownRaterIds(current);
  // New raters get ids in the order the file first names them.
  const newIds = new Map<string, string>();
  const changes: Change[] = [];
  const roundsSeen = new Set<string>();
  const ratersSeen = new Set<string>();
  for (const entry of entries) {
    if (!roundsSeen.has(entry.round)) {
      roundsSeen.add(entry.round);
      const { id, ...details } = roundFromImportId(entry.round, instrument.criteria.id, today);
      changes.push({ field: 'round', round: id, value: current.rounds[id] ?? details });
    }
    const rater = raterIdOf(entry.hand, taken, newIds);
    if (rater !== AGREED && !ratersSeen.has(rater)) {
      ratersSeen.add(rater);
      const details = entry.hand.kind === 'new' ? { name: entry.hand.name } : current.raters[rater];
      // A rater that holds data but has no details (removed in another tab) stays without them.
      if (details) changes.push({ field: 'rater', rater, value: details });
    }
    const cell = { round: entry.round, rater, county: entry.county, statement: entry.statement };
    if (entry.score !== undefined) changes.push({ field: 'score', ...cell, value: entry.score });
    if (entry.note !== undefined) changes.push({ field: 'note', ...cell, value: entry.note });
  }
  return applyChanges(EMPTY_WORKSPACE, changes);
}

function raterIdOf(hand: Hand, taken: Set<string>, newIds: Map<string, string>): string {
  if (hand.kind === 'agreed') return AGREED;
  if (hand.kind === 'known') return hand.id;
  const existing = newIds.get(hand.key);
  if (existing !== undefined) return existing;
  const id = raterIdFor(hand.name, taken);
  taken.add(id);
  newIds.set(hand.key, id);
  return id;
}
