import { useMemo } from 'react';
import { rulesToCompare, type ComparedRules } from '../../domain/change/compared-rules';
import { changeBetweenRounds, type AreaChange } from '../../domain/change/level-change';
import type { Round } from '../../domain/rounds/round';
import { revisionOfRound } from '../../domain/rules/rule-revision';
import type { RoundScores } from '../../domain/workspace/assessment';
import { roundRecordOf, roundScoresOf } from '../../domain/workspace/workspace';
import { useLoadedInstrument } from '../../providers/round-in-use';
import { useWorkspace } from '../../providers/services';

/** Two rounds set side by side: the rules they are rated with, each area's change, and their scores. */
export type RoundChange = { from: Round; to: Round; rules: ComparedRules; areas: AreaChange[]; fromScores: RoundScores; toScores: RoundScores };

/** What the figures read for a round: its agreed scores and the group's levels. */
function useScoresOfRound(id: string): RoundScores {
  const record = useWorkspace((state) => roundRecordOf(state, id));
  return useMemo(() => roundScoresOf(record), [record]);
}

/**
 * The change from round `from` to round `to`, each rated with its own revision of the rule, or
 * both with `common` when one is chosen. Recomputed only when a round's own scores change.
 */
export function useRoundChange(from: Round, to: Round, common: number | null): RoundChange {
  const latest = useLoadedInstrument();
  const fromScores = useScoresOfRound(from.id);
  const toScores = useScoresOfRound(to.id);
  const fromRevision = revisionOfRound(from);
  const toRevision = revisionOfRound(to);
  const rules = useMemo(() => rulesToCompare(latest, fromRevision, toRevision, common), [latest, fromRevision, toRevision, common]);
  const areas = useMemo(
    () => changeBetweenRounds({ instrument: rules.from, scores: fromScores }, { instrument: rules.to, scores: toScores }),
    [rules, fromScores, toScores],
  );
  return { from, to, rules, areas, fromScores, toScores };
}
