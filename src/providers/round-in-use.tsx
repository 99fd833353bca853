import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { Instrument } from '../domain/criteria/instrument';
import { firstRound, type Round } from '../domain/rounds/round';
import { revisionOfRound, ruleOfRevision } from '../domain/rules/rule-revision';
import type { GroupLevel, RoundScores } from '../domain/workspace/assessment';
import { listRounds, orphanRounds, roundInUse, type Sheet } from '../domain/workspace/workspace';
import { useInstrument, useWorkspace, WithInstrument } from './services';

type RoundInUse = {
  /** The round the address names (`?omgang=ID`), or the latest by period. */
  round: Round;
  /** Every round, earliest first. */
  rounds: Round[];
  /** Whether the address names the round, so that links from this page keep it. */
  named: boolean;
  /** The instrument as loaded, of the latest revision: what a view rating several rounds starts from. */
  loaded: Instrument;
};

const RoundContext = createContext<RoundInUse | null>(null);

const EMPTY_SHEET: Sheet = {};
const EMPTY_LEVELS: Readonly<Record<string, Readonly<Record<string, GroupLevel>>>> = {};

/**
 * Provides the round in use to every view below. A workspace with no round left (every round
 * deleted) shows a round of this year, so scoring still starts at once: its first value makes it
 * a round of the workspace. The views below rate with the rule of the round's own revision: this
 * is the one place that chooses it.
 */
export function RoundProvider({ requested, children }: { requested: string | null; children: ReactNode }) {
  const instrument = useInstrument();
  const details = useWorkspace((state) => state.rounds);
  // Data kept under a round without details (deleted in one tab while another wrote to it): a
  // string, so that this view is not redrawn by every edit.
  const orphans = useWorkspace((state) => orphanRounds(state).join('\n'));
  const value = useMemo(() => {
    const today = new Date();
    const listed = listRounds(details, orphans.split('\n').filter(Boolean), instrument.criteria.id, today);
    const rounds = listed.length > 0 ? listed : [firstRound(instrument.criteria.id, today, instrument.criteria.revision)];
    const round = roundInUse(rounds, requested) ?? rounds[0]!;
    return { round, rounds, named: requested !== null && round.id === requested, loaded: instrument };
  }, [details, orphans, instrument, requested]);
  const revision = revisionOfRound(value.round);
  const roundInstrument = useMemo(() => ruleOfRevision(instrument, revision), [instrument, revision]);
  return (
    <RoundContext.Provider value={value}>
      <WithInstrument instrument={roundInstrument}>{children}</WithInstrument>
    </RoundContext.Provider>
  );
}

export function useRound(): RoundInUse {
  const value = useContext(RoundContext);
  if (!value) throw new Error('useRound is used outside a RoundProvider');
  return value;
}

/**
 * The instrument of the latest revision, whichever round is in use: `useInstrument()` below the
 * provider rates with the round's own revision, and `ruleOfRevision` starts from this one.
 */
export function useLoadedInstrument(): Instrument {
  return useRound().loaded;
}

/** A link within the app that keeps the round the address names: `#/lan/06` → `#/lan/06?omgang=2016`. */
export function useRoundHref(): (href: string) => string {
  const { round, named } = useRound();
  return useCallback((href: string) => (named ? withRoundParam(href, round.id) : href), [named, round.id]);
}

export function withRoundParam(href: string, round: string): string {
  const [path = '', query = ''] = href.split('?', 2);
  const params = new URLSearchParams(query);
  params.set('omgang', round);
  return `${path}?${params.toString().replace(/%2C/gi, ',')}`;
}

/** What figures, comparisons and the report read: the round's agreed scores and the group's levels. */
export function useRoundScores(): RoundScores {
  const { round } = useRound();
  const assessments = useWorkspace((state) => state.data[round.id]?.agreed ?? EMPTY_SHEET);
  const groupLevels = useWorkspace((state) => state.data[round.id]?.levels ?? EMPTY_LEVELS);
  return useMemo(() => ({ assessments, groupLevels }), [assessments, groupLevels]);
}
