import { countiesWithCarried, sourceRoundOf } from '../domain/rounds/carried-scores';
import { useRound } from './round-in-use';
import { useInstrument, useWorkspace } from './services';

/**
 * How many counties of the round (the round in use unless named) have scores carried over from an earlier round that no one
 * has confirmed, and that round's name: views that count agreed scores say what they leave out.
 * Null when there are none. Numbers and a name, so an edit that does not change them redraws nothing.
 */
export function useCarriedCounties(roundId?: string): { count: number; source: string } | null {
  const { statementIds } = useInstrument();
  const { round } = useRound();
  const id = roundId ?? round.id;
  const count = useWorkspace((state) => countiesWithCarried(state, id, statementIds).length);
  const source = useWorkspace((state) => (count === 0 ? undefined : sourceRoundOf(state, id)?.name));
  return count === 0 || source === undefined ? null : { count, source };
}
