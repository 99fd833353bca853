import { seededRandom } from '../../scripts/seeded-random.mjs';
import { buildInstrument, type Instrument } from '../../src/domain/criteria/instrument';
import { raterIdFor } from '../../src/domain/rounds/rater';
import type { Round } from '../../src/domain/rounds/round';
import { revisionOfRound, ruleOfRevision } from '../../src/domain/rules/rule-revision';
import type { Score } from '../../src/domain/score';
import { AGREED, applyChanges, type Change } from '../../src/domain/workspace/changes';
import { EMPTY_WORKSPACE, type Workspace } from '../../src/domain/workspace/workspace';
import { loadCounties, loadCriteria } from '../unit/load-instrument';

/** A round of the workspace with the instrument the app rates it with (`RoundProvider`, memoised there too). */
export type BenchRound = { id: string; instrument: Instrument };
export type LargeWorkspace = { workspace: Workspace; rounds: BenchRound[] };

const ROUNDS = 10;
const RATER_NAMES = ['Bedömare A', 'Bedömare B', 'Bedömare C'];
/** How often a rater's score differs from what the county "is", and how often that changes from one round to the next. */
const RATER_SLIP = 0.2;
const DRIFT = 0.15;
/** The areas per round where the group set a level against the rule, with a reason. */
const GROUP_LEVELS = 5;

const clamp = (value: number): Score => Math.max(0, Math.min(2, value)) as Score;
/** The middle of three scores: the group settles on what most raters gave, or between them. */
const median = (scores: Score[]): Score => [...scores].sort((a, b) => a - b)[1] as Score;

/**
 * A team's workspace after ten rounds (2016–2025, the first rated with the rule's first revision,
 * each later one starting from the one before): in every round the 21 shipped counties fully
 * scored by three raters, each of whom mostly agrees with the others, the agreed scores (the
 * middle of the three), every county marked done, and a few levels the group set against the rule.
 * Built by the edits the app makes (`applyChanges`), from a fixed seed, so every run reads the
 * same workspace with the app's own shape.
 */
export function largeWorkspace(seed = 2016): LargeWorkspace {
  const loaded = buildInstrument(loadCriteria(), loadCounties());
  const random = seededRandom(seed);
  const taken = new Set<string>();
  const raters = RATER_NAMES.map((name) => {
    const id = raterIdFor(name, taken);
    taken.add(id);
    return { id, name };
  });
  const changes: Change[] = raters.map(({ id, name }): Change => ({ field: 'rater', rater: id, value: { name } }));
  // What each county "is" on each statement, drifting by a step now and then between rounds.
  const truth = loaded.counties.map(() => loaded.statementIds.map(() => clamp(Math.floor(random() * 3))));
  const rounds: BenchRound[] = [];
  for (let r = 0; r < ROUNDS; r += 1) {
    const year = String(2016 + r);
    const round: Round = {
      id: year,
      name: `Länsinventering ${year}`,
      period: year,
      criteria: loaded.criteria.id,
      ruleRevision: r === 0 ? 1 : loaded.criteria.revision,
      ...(r === 0 ? {} : { startsFrom: String(2015 + r) }),
    };
    const { id, ...details } = round;
    changes.push({ field: 'round', round: id, value: details });
    loaded.counties.forEach(({ code: county }, c) => {
      loaded.statementIds.forEach((statement, s) => {
        const row = truth[c] as Score[];
        if (r > 0 && random() < DRIFT) row[s] = clamp((row[s] ?? 0) + (random() < 0.5 ? -1 : 1));
        const given = raters.map(() => clamp((row[s] ?? 0) + (random() < RATER_SLIP ? (random() < 0.5 ? -1 : 1) : 0)));
        raters.forEach((rater, k) => changes.push({ field: 'score', round: id, rater: rater.id, county, statement, value: given[k] ?? null }));
        changes.push({ field: 'score', round: id, rater: AGREED, county, statement, value: median(given) });
      });
      for (const rater of raters) changes.push({ field: 'done', round: id, rater: rater.id, county, value: true });
    });
    for (let g = 0; g < GROUP_LEVELS; g += 1) {
      const county = loaded.counties[Math.floor(random() * loaded.counties.length)]?.code ?? '01';
      const area = loaded.areas[Math.floor(random() * loaded.areas.length)]?.area.id ?? '1';
      const value = { level: Math.floor(random() * 3), reason: 'Gruppens bedömning efter länets avstämning.' };
      changes.push({ field: 'level', round: id, county, area, value });
    }
    rounds.push({ id, instrument: ruleOfRevision(loaded, revisionOfRound(round)) });
  }
  return { workspace: applyChanges(EMPTY_WORKSPACE, changes), rounds };
}
