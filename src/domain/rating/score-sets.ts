import { MAX_SCORE } from '../score';
import type { CompiledArea, CompiledCondition, CompiledRule } from './compiled-rule';

/**
 * One assessment's scores as bit sets over a compiled rule's slots, one set per score v: the
 * statements that score ≥ v. The set for 0 is thus the scored statements. Word `w` of the set
 * for v is at `v * words + w`. One is made per figure run and refilled for each assessment.
 */
export type ScoreSets = Int32Array;

export function newScoreSets(rule: CompiledRule): ScoreSets {
  return new Int32Array((MAX_SCORE + 1) * rule.words);
}

/**
 * 1 when `score` ≥ `v`, else 0 (for scores 0–2, and v 1 or 2), without a branch: on mixed
 * scores the processor mispredicts such a branch so often that it costs more than this.
 */
const reaches = (score: number, v: number) => (v - 1 - score) >>> 31;

/** Reads each score of `rule.ids` once into `sets`; returns whether every one is scored. */
export function readScoreSets(scores: Readonly<Record<string, number>> | undefined, rule: CompiledRule, sets: ScoreSets): boolean {
  const { ids, words } = rule;
  let everyScored = true;
  for (let word = 0; word < words; word += 1) {
    // Built in locals and stored once per word. Three sets, as scores go from 0 to MAX_SCORE = 2.
    let scored = 0;
    let one = 0;
    let two = 0;
    const end = Math.min(ids.length, (word + 1) * 32);
    for (let slot = word * 32; slot < end; slot += 1) {
      const score = scores?.[ids[slot] ?? ''];
      if (score === undefined) {
        everyScored = false;
        continue;
      }
      scored |= 1 << slot;
      one |= reaches(score, 1) << slot;
      two |= reaches(score, 2) << slot;
    }
    sets[word] = scored;
    sets[words + word] = one;
    sets[2 * words + word] = two;
  }
  return everyScored;
}

/** The number of bits set in a 32-bit word. */
function bitCount(word: number): number {
  const pairs = word - ((word >>> 1) & 0x55555555);
  const nibbles = (pairs & 0x33333333) + ((pairs >>> 2) & 0x33333333);
  return Math.imul((nibbles + (nibbles >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** 1 when the condition fails, else 0: how many of its statements reach `minScore`, against `atLeast`. */
function fails({ mask, minScore, atLeast }: CompiledCondition, sets: ScoreSets, words: number): number {
  let met = 0;
  for (let word = 0; word < words; word += 1) met += bitCount((sets[minScore * words + word] ?? 0) & (mask[word] ?? 0));
  return (met - atLeast) >>> 31;
}

function readsOnlyScored({ readMask }: CompiledArea, sets: ScoreSets, words: number): boolean {
  for (let word = 0; word < words; word += 1) {
    const read = readMask[word] ?? 0;
    if (((sets[word] ?? 0) & read) !== read) return false;
  }
  return true;
}

/**
 * The same decision as `rateArea`: the area's level, or null when a statement it reads is
 * unscored (`everyScored` skips that check for a fully scored assessment). Rather than stopping at
 * the strongest level that holds, a branch the processor often mispredicts on mixed scores, every
 * condition is checked and the level is the highest one none of whose conditions fails.
 */
export function levelFromScoreSets(area: CompiledArea, sets: ScoreSets, words: number, everyScored: boolean): number | null {
  if (!everyScored && !readsOnlyScored(area, sets, words)) return null;
  let failing = 0;
  for (const condition of area.conditions) failing |= fails(condition, sets, words) << condition.level;
  const level = 31 - Math.clz32(area.levelBits & ~failing);
  if (level < 0) throw new Error(`område ${area.areaId} har inga nivåer`);
  return level;
}
