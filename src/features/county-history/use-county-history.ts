import { useMemo } from 'react';
import { countyHistory, type CountyHistory } from '../../domain/change/county-history';
import { revisionOfRound, ruleOfRevision } from '../../domain/rules/rule-revision';
import { roundRecordOf, roundScoresOf } from '../../domain/workspace/workspace';
import { useLoadedInstrument, useRound } from '../../providers/round-in-use';
import { useWorkspace } from '../../providers/services';

/**
 * The county across every round of the workspace, earliest first, each round rated with its own
 * revision of the rule; null when the criteria have no county of that code. The page edits
 * nothing, so it reads the rounds' data whole: only an undo, an import or another tab redraws it.
 */
export function useCountyHistory(code: string): CountyHistory | null {
  const latest = useLoadedInstrument();
  const { rounds } = useRound();
  const data = useWorkspace((state) => state.data);
  return useMemo(() => {
    const county = latest.counties.find((candidate) => candidate.code === code);
    if (!county) return null;
    const history = rounds.map((round) => ({
      round,
      instrument: ruleOfRevision(latest, revisionOfRound(round)),
      scores: roundScoresOf(roundRecordOf({ data }, round.id)),
    }));
    return countyHistory(history, county);
  }, [latest, rounds, data, code]);
}
