import type { HistoryRound } from '../../src/domain/change/county-history';
import type { Instrument } from '../../src/domain/criteria/instrument';
import type { Round } from '../../src/domain/rounds/round';
import { revisionOfRound, ruleOfRevision } from '../../src/domain/rules/rule-revision';
import type { Assessment, GroupLevel } from '../../src/domain/workspace/assessment';
import { EMPTY_ROUND, roundRecordOf, roundScoresOf, type Workspace } from '../../src/domain/workspace/workspace';
import { allScored, allScoredExcept, loadInstrument } from './load-instrument';

const CRITERIA = 'bilaga1-2016';

/** Made before the rule had revisions: it records none, so it is rated with revision 1. */
const ROUND_2016: Round = { id: '2016', name: 'Länsinventering 2016', period: '2016', criteria: CRITERIA };
const ROUND_2021: Round = { id: '2021', name: 'Uppföljning 2021', period: '2021', criteria: CRITERIA, ruleRevision: 2 };
const ROUND_2026: Round = { id: '2026', name: 'Länsinventering 2026', period: '2026', criteria: CRITERIA, ruleRevision: 2 };

const instrument = loadInstrument();

/**
 * Jönköping in three rounds:
 * - 2016 (revision 1): every statement 1, 4.2 at 0, so area 4 is "Bitvis" by revision 1's rule;
 * - 2021 (revision 2): 1.1 raised to 2 (+1); area 4 is "Outvecklade" by revision 2, not comparable
 *   with 2016; the group set area 1 a level above the rule's "Bitvis", to "Välutvecklad";
 * - 2026 (revision 2): 1.1 down to 0 (−2), so area 1 is "Outvecklad" (lower); 6.5 unscored, so area 6
 *   is not rated and one statement is scored in only one of 2021 and 2026.
 */
const JONKOPING: Record<string, Assessment> = {
  '2016': allScored(instrument, 1, { '4.2': 0 }),
  '2021': allScored(instrument, 1, { '1.1': 2, '4.2': 0 }),
  '2026': allScoredExcept(instrument, 1, { '1.1': 0, '4.2': 0 }, ['6.5']),
};

const GROUP_2021: Record<string, GroupLevel> = { '1': { level: 2, reason: 'Mandatet är starkt i praktiken.' } };

function detailsOf(round: Round): Omit<Round, 'id'> {
  const { id: _id, ...details } = round;
  return details;
}

/** The three rounds with Jönköping's agreed scores (and the group's level in 2021), or the first `count` of them. */
export function historyWorkspace(count: 1 | 2 | 3 = 3): Workspace {
  const rounds = [ROUND_2016, ROUND_2021, ROUND_2026].slice(0, count);
  return {
    rounds: Object.fromEntries(rounds.map((round) => [round.id, detailsOf(round)])),
    raters: {},
    data: Object.fromEntries(
      rounds.map((round) => [
        round.id,
        { ...EMPTY_ROUND, agreed: { '06': JONKOPING[round.id]! }, levels: round.id === '2021' ? { '06': GROUP_2021 } : {} },
      ]),
    ),
  };
}

/** The rounds of `workspace`, each rated with its own revision of the rule, as the history page rates them. */
export function historyRoundsOf(workspace: Workspace, latest: Instrument = instrument): HistoryRound[] {
  return [ROUND_2016, ROUND_2021, ROUND_2026]
    .filter((round) => workspace.rounds[round.id] !== undefined)
    .map((round) => ({
      round,
      instrument: ruleOfRevision(latest, revisionOfRound(round)),
      scores: roundScoresOf(roundRecordOf(workspace, round.id)),
    }));
}
