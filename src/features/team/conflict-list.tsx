import { useState } from 'react';
import { useStore } from 'zustand';
import type { Conflict } from '../../domain/team/conflict';
import { teamMessages } from '../../i18n/messages/team';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import type { TeamLink } from '../../store/team/team-link';
import { describeSetting, describeTarget } from './describe-value';
import { formatMoment, useValueNames } from './value-names';

/**
 * Values two people changed apart: every side with who wrote it and when, the one shown now
 * marked, and a button to keep each. Nothing is lost by choosing: the other side is kept aside.
 */
export function ConflictList({ link }: { link: TeamLink }) {
  const { t } = useTranslation(teamMessages);
  const conflicts = useStore(link.status, (state) => state.conflicts);
  return (
    <section aria-labelledby="konflikter">
      <h2 id="konflikter">
        {t('conflicts.heading')} ({conflicts.length})
      </h2>
      {conflicts.length === 0 ? (
        <p>{t('conflicts.none')}</p>
      ) : (
        <>
          <p>{t('conflicts.intro')}</p>
          {conflicts.map((conflict) => (
            <ConflictTable key={conflict.id} conflict={conflict} link={link} />
          ))}
        </>
      )}
    </section>
  );
}

function ConflictTable({ conflict, link }: { conflict: Conflict; link: TeamLink }) {
  const { t } = useTranslation(teamMessages);
  const lang = useLanguage();
  const names = useValueNames();
  const [busy, setBusy] = useState(false);
  const first = conflict.sides[0];
  if (!first) return null;
  const value = describeTarget(t, first.change, names);
  const keep = async (rev: string) => {
    setBusy(true);
    try {
      await link.resolve(conflict, rev);
    } finally {
      setBusy(false);
    }
  };
  return (
    <table className="data-table team-conflict">
      <caption>{t('conflicts.caption', { value })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('conflicts.value')}</th>
          <th scope="col">{t('conflicts.by')}</th>
          <th scope="col">{t('conflicts.at')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('conflicts.keep')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {conflict.sides.map((side, index) => (
          <tr key={side.rev}>
            <th scope="row">
              {describeSetting(t, side.change)}
              {index === 0 && <> ({t('conflicts.shown')})</>}
            </th>
            <td>{side.by}</td>
            <td>{formatMoment(side.at, lang)}</td>
            <td>
              <button type="button" disabled={busy} aria-label={t('conflicts.keepLabel', { by: side.by, value })} onClick={() => void keep(side.rev)}>
                {t('conflicts.keep')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
