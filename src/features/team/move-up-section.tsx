import { useEffect, useId, useMemo, useState } from 'react';
import { ImportPreview } from '../../components/import-preview';
import { planMoveUp } from '../../domain/team/move-up';
import { AGREED } from '../../domain/workspace/changes';
import { ratersOf, type Workspace } from '../../domain/workspace/workspace';
import { teamMessages } from '../../i18n/messages/team';
import { useTranslation } from '../../i18n/use-translation';
import { useInstrument, useWorkspace, useWorkspaceStore } from '../../providers/services';
import { readBrowserWorkspace } from '../../store/team/browser-workspace';
import type { TeamLink } from '../../store/team/team-link';

const NONE = '-';

/**
 * Moves the workspace kept in this browser alone up to the team: first what it will change, as
 * for an import, then one undoable step. What the role may not write stays behind, counted.
 */
export function MoveUpSection({ link }: { link: TeamLink }) {
  const { t } = useTranslation(teamMessages);
  const instrument = useInstrument();
  const store = useWorkspaceStore();
  const id = useId();
  const { user, role } = link.config;
  const [browser, setBrowser] = useState<Workspace | null>(null);
  const [mine, setMine] = useState<string>(role === 'intervjuare' ? AGREED : NONE);
  const [moved, setMoved] = useState<number | null>(null);
  useEffect(() => {
    let current = true;
    void readBrowserWorkspace(instrument).then((workspace) => current && setBrowser(workspace));
    return () => {
      current = false;
    };
  }, [instrument]);
  const rounds = useWorkspace((state) => state.rounds);
  const raters = useWorkspace((state) => state.raters);
  const data = useWorkspace((state) => state.data);
  const team = useMemo(() => ({ rounds, raters, data }), [rounds, raters, data]);
  const moveUp = useMemo(() => (browser ? planMoveUp(browser, team, mine === NONE ? null : mine, role, user) : null), [browser, team, mine, role, user]);

  if (!browser || !moveUp) return null;
  const empty = Object.keys(browser.data).length === 0 && Object.keys(browser.raters).length === 0;
  const apply = () => {
    store.getState().applyStep({ kind: 'import', count: moveUp.plan.changes.length }, moveUp.plan.changes);
    setMoved(moveUp.plan.changes.length);
  };
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('moveUp.heading')}</h2>
      <p>{t('moveUp.intro')}</p>
      {moved !== null && <p role="status">{t('moveUp.done', { count: moved })}</p>}
      {empty ? (
        <p>{t('moveUp.empty')}</p>
      ) : (
        <>
          <p>
            <label htmlFor={`${id}-mine`}>{t('moveUp.mine')}</label>{' '}
            <select id={`${id}-mine`} value={mine} onChange={(event) => setMine(event.target.value)} aria-describedby={`${id}-mine-hint`}>
              <option value={NONE}>{t('moveUp.mineNone')}</option>
              <option value={AGREED}>{t('moveUp.mineGroup')}</option>
              {ratersOf(browser).map((rater) => (
                <option key={rater.id} value={rater.id}>
                  {rater.name}
                </option>
              ))}
            </select>{' '}
            <span id={`${id}-mine-hint`} className="field-hint">
              {t('moveUp.mineHint', { user })}
            </span>
          </p>
          {moveUp.refused > 0 && <p>{t('moveUp.refused', { count: moveUp.refused })}</p>}
          {moveUp.plan.changes.length === 0 ? (
            <p>{t('moveUp.nothing')}</p>
          ) : (
            <>
              <ImportPreview plan={moveUp.plan} />
              <p>
                <button type="button" onClick={apply}>
                  {t('moveUp.apply', { count: moveUp.plan.changes.length })}
                </button>
              </p>
            </>
          )}
        </>
      )}
    </section>
  );
}
