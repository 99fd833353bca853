import { AGREED } from '../workspace/changes';
import { isDone, type RoundRecord } from '../workspace/workspace';

/**
 * Whose scores of a county `hand` may see beside its own (blind, then reveal): a rater sees
 * nothing of the others until done with the county, then the raters who are also done; the
 * group (the agreed scores) sees every rater who is done. In raters' order as given.
 */
export function visibleRaters(record: RoundRecord, county: string, hand: string, raters: readonly string[]): string[] {
  if (hand !== AGREED && !isDone(record, hand, county)) return [];
  return raters.filter((rater) => rater !== hand && isDone(record, rater, county));
}
