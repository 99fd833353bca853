import { useMemo } from 'react';
import type { CheckRecord } from '../../domain/county-check/county-check';
import { EMPTY_ROUND } from '../../domain/workspace/workspace';
import { useRound } from '../../providers/round-in-use';
import { useWorkspace } from '../../providers/services';

/** The counties' summaries, comments and statuses in the round in use; keeps its identity while they are unchanged. */
export function useRoundChecks(): CheckRecord {
  const { round } = useRound();
  const summaries = useWorkspace((state) => state.data[round.id]?.summaries ?? EMPTY_ROUND.summaries);
  const comments = useWorkspace((state) => state.data[round.id]?.comments ?? EMPTY_ROUND.comments);
  const statuses = useWorkspace((state) => state.data[round.id]?.statuses ?? EMPTY_ROUND.statuses);
  return useMemo(() => ({ summaries, comments, statuses }), [summaries, comments, statuses]);
}
