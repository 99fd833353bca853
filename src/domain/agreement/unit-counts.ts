import type { Instrument } from '../criteria/instrument';
import type { RaterScores } from './agreement-table';

/** What the agreement table of a round is summed from (`countUnits`). A unit is a county × statement scored by two raters or more. */
type UnitCounts = {
  /** The scale's values in the criteria's order: a score is counted by its position here. */
  steps: readonly number[];
  raters: number;
  /** Per area in instrument order: its units, and how many of them are unanimous. */
  areaUnits: Int32Array;
  areaUnanimous: Int32Array;
  /** Per statement position: its units, and how many of them are unanimous. */
  statementUnits: Int32Array;
  statementUnanimous: Int32Array;
  /** Per area, raters in the unit, pair of raters (in `pairsOf` order), first rater's step and second rater's: units. */
  pairs: Int32Array;
};

/** The pairs of raters, by their positions in the raters' order: (0, 1), (0, 2), …, (1, 2), … */
export function pairsOf(raters: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let first = 0; first < raters; first += 1) for (let second = first + 1; second < raters; second += 1) pairs.push([first, second]);
  return pairs;
}

/** Where the count of a pair's units of an area, with `given` raters in the unit, the first at step `c` and the second at `k`, is kept. */
function pairCell(counts: UnitCounts, area: number, given: number, pair: number, c: number, k: number): number {
  const size = counts.steps.length;
  const pairs = (counts.raters * (counts.raters - 1)) / 2;
  return (((area * (counts.raters + 1) + given) * pairs + pair) * size + c) * size + k;
}

/**
 * Counts a round's units in one pass: each rater's score of each county × statement is read once,
 * and each unit is counted once, by its statement and, for each pair of raters who both scored it,
 * by the two scores, its area and how many raters scored it. Every figure of the agreement table
 * is a sum of these counts: the rows of the areas and of all statements, each pair's kappa,
 * alpha (whose coincidences are the pairs' counts, weighted by how many raters scored the unit)
 * and the statements' lines. The table used to gather the units again for each row, pair and
 * statement, which read every score several times (five with three raters) and made an array for
 * every unit each time.
 */
export function countUnits(instrument: Instrument, raters: readonly RaterScores[]): UnitCounts {
  const { counties, statementIds, areas, order } = instrument;
  const width = statementIds.length;
  const steps = instrument.criteria.scale.map((step): number => step.value);
  const size = steps.length;
  const pairs = (raters.length * (raters.length - 1)) / 2;
  const counts: UnitCounts = {
    steps,
    raters: raters.length,
    areaUnits: new Int32Array(areas.length),
    areaUnanimous: new Int32Array(areas.length),
    statementUnits: new Int32Array(width),
    statementUnanimous: new Int32Array(width),
    pairs: new Int32Array(areas.length * (raters.length + 1) * pairs * size * size),
  };
  const areaOfSlot = new Int32Array(width).fill(-1);
  areas.forEach((area, a) => area.statementIds.forEach((id) => (areaOfSlot[order.get(id) ?? -1] = a)));
  const sheets: (Readonly<Record<string, number>> | undefined)[] = raters.map(() => undefined);
  // Each rater's step in the unit at hand, −1 where the rater gave no score.
  const byRater = new Int32Array(raters.length);
  for (const county of counties) {
    for (let r = 0; r < raters.length; r += 1) sheets[r] = raters[r]?.workspace.assessments[county.code]?.scores;
    for (let slot = 0; slot < width; slot += 1) {
      const id = statementIds[slot] ?? '';
      let given = 0;
      let same = 1;
      let first = -1;
      for (let r = 0; r < sheets.length; r += 1) {
        const score = sheets[r]?.[id];
        const step = score === undefined ? -1 : steps[score] === score ? score : stepOf(steps, score);
        byRater[r] = step;
        if (step < 0) continue;
        if (given === 0) first = step;
        else if (step !== first) same = 0;
        given += 1;
      }
      const area = areaOfSlot[slot] ?? -1;
      if (given < 2 || area < 0) continue;
      counts.statementUnits[slot] = (counts.statementUnits[slot] ?? 0) + 1;
      counts.statementUnanimous[slot] = (counts.statementUnanimous[slot] ?? 0) + same;
      // The pairs in `pairsOf` order, each at its table of size × size counts.
      let cell = pairCell(counts, area, given, 0, 0, 0);
      for (let i = 0; i < sheets.length; i += 1) {
        const c = byRater[i] ?? -1;
        for (let j = i + 1; j < sheets.length; j += 1, cell += size * size) {
          const k = byRater[j] ?? -1;
          if (c >= 0 && k >= 0) counts.pairs[cell + c * size + k] = (counts.pairs[cell + c * size + k] ?? 0) + 1;
        }
      }
    }
  }
  areaOfSlot.forEach((area, slot) => {
    if (area < 0) return;
    counts.areaUnits[area] = (counts.areaUnits[area] ?? 0) + (counts.statementUnits[slot] ?? 0);
    counts.areaUnanimous[area] = (counts.areaUnanimous[area] ?? 0) + (counts.statementUnanimous[slot] ?? 0);
  });
  return counts;
}

/**
 * The score's position on the scale, where it is not the score itself (a scale 0, 1, 2, whose
 * steps the loop above tries first). A score off the scale cannot come from the app's files, whose
 * scores are steps of it: a guard for code.
 */
function stepOf(steps: readonly number[], score: number): number {
  const step = steps.indexOf(score);
  if (step < 0) throw new Error(`a score outside the scale: ${score}`);
  return step;
}

/** Two raters' table of counts over the units both scored, steps in the scale's order, as `kappaTable` makes it. */
export function kappaTableOf(counts: UnitCounts, pair: number): number[][] {
  const { steps } = counts;
  return steps.map((_, c) =>
    steps.map((__, k) => {
      let units = 0;
      for (let area = 0; area < counts.areaUnits.length; area += 1) {
        for (let given = 2; given <= counts.raters; given += 1) units += counts.pairs[pairCell(counts, area, given, pair, c, k)] ?? 0;
      }
      return units;
    }),
  );
}

/**
 * Krippendorff's o_ck over the units of each area and over all statements, the values smallest
 * first: each pair of raters who both scored a unit of m raters gives its two ordered pairs of
 * values 1 / (m − 1) each, as `krippendorffAlpha` counts them unit by unit. Here the counts are
 * whole numbers, summed for each m and divided once. Where every m − 1 is a power of two (units of
 * two, three or five raters) each sum is exact either way, so alpha is the same to the last bit as
 * counted unit by unit. Units of four raters weigh thirds, which adding unit by unit rounds at
 * every unit and this rounds once: alpha can then differ in the 15th decimal (the view shows three).
 */
export function coincidencesOf(counts: UnitCounts): { values: number[]; areas: number[][][]; all: number[][] } {
  const { steps, raters } = counts;
  const size = steps.length;
  const square = size * size;
  const pairs = (raters * (raters - 1)) / 2;
  const areaCount = counts.areaUnits.length;
  // Per area (and all, last) and m, the raters in the unit: ordered pairs of steps, each pair of
  // raters counted both ways. The pairs' tables stand one after another for each area and m.
  const ordered = new Int32Array((areaCount + 1) * (raters + 1) * square);
  const all = areaCount * (raters + 1) * square;
  for (let area = 0; area < areaCount; area += 1) {
    for (let given = 2; given <= raters; given += 1) {
      const into = (area * (raters + 1) + given) * square;
      const from = pairCell(counts, area, given, 0, 0, 0);
      for (let cell = 0; cell < pairs * square; cell += 1) {
        const units = counts.pairs[from + cell] ?? 0;
        if (units === 0) continue;
        const c = Math.floor((cell % square) / size);
        const k = cell % size;
        add(ordered, into + c * size + k, units);
        add(ordered, into + k * size + c, units);
        add(ordered, all + given * square + c * size + k, units);
        add(ordered, all + given * square + k * size + c, units);
      }
    }
  }
  // The scale's steps are in order in the criteria; sorted here all the same, as alpha needs them so.
  const ascending = steps.map((_, i) => i).sort((a, b) => (steps[a] ?? 0) - (steps[b] ?? 0));
  const matrixOf = (area: number) => {
    const base = area * (raters + 1) * square;
    const matrix: number[][] = [];
    for (const c of ascending) {
      const row: number[] = [];
      for (const k of ascending) {
        let sum = 0;
        for (let given = 2; given <= raters; given += 1) sum += (ordered[base + given * square + c * size + k] ?? 0) / (given - 1);
        row.push(sum);
      }
      matrix.push(row);
    }
    return matrix;
  };
  const areas: number[][][] = [];
  for (let area = 0; area < areaCount; area += 1) areas.push(matrixOf(area));
  return {
    values: ascending.map((i) => steps[i] ?? 0),
    areas,
    all: matrixOf(areaCount),
  };
}

function add(counts: Int32Array, at: number, units: number): void {
  counts[at] = (counts[at] ?? 0) + units;
}
