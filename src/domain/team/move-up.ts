import { changesOf } from '../workspace/change-lists';
import { AGREED, applyChanges, type Change } from '../workspace/changes';
import { planImport, type ImportPlan } from '../workspace/import-plan';
import { EMPTY_WORKSPACE, type Workspace } from '../workspace/workspace';
import { mayWrite, type TeamRole } from './team-role';

export type MoveUp = { plan: ImportPlan; refused: number };

/**
 * What moving the workspace kept in the browser alone up to the team server will do, as an import
 * into the team's workspace, before anything changes. The hand named as this person's becomes the
 * signed-in user's rater (`mine` is a rater's id, `AGREED`, or null for none) (a person who scored alone scored as "the group"). Values the role may not
 * write (another rater's scores; the group's values, for an interviewer) stay behind and are counted.
 */
export function planMoveUp(browser: Workspace, team: Workspace, mine: string | null, role: TeamRole, user: string): MoveUp {
  const moved = changesOf(browser).flatMap((change): Change[] => {
    if (mine === null) return [change];
    if (change.field === 'rater' && change.rater === mine) return [];
    if ((change.field === 'score' || change.field === 'note' || change.field === 'done') && change.rater === mine) return [{ ...change, rater: user }];
    return [change];
  });
  const ownScores = mine !== null && moved.some((change) => 'rater' in change && change.field !== 'rater' && change.rater === user);
  const raterName = mine !== null && mine !== AGREED ? (browser.raters[mine]?.name ?? user) : user;
  const withRater: Change[] = ownScores ? [...moved, { field: 'rater', rater: user, value: { name: raterName } }] : moved;
  const permitted = withRater.filter((change) => mayWrite(role, user, change));
  const incoming = applyChanges(EMPTY_WORKSPACE, permitted);
  return { plan: planImport(team, incoming, 'merge'), refused: withRater.length - permitted.length };
}
