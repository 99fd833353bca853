import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { readSupersededDoc, type SupersededDoc } from '../../domain/team/value-doc';
import { teamMessages } from '../../i18n/messages/team';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import type { TeamLink } from '../../store/team/team-link';
import { describeSetting, describeTarget } from './describe-value';
import { formatMoment, useValueNames } from './value-names';

/** The sides set aside when conflicts were resolved: what each said, who wrote it, who chose against it. */
export function SupersededList({ link }: { link: TeamLink }) {
  const { t } = useTranslation(teamMessages);
  const lang = useLanguage();
  const names = useValueNames();
  const conflicts = useStore(link.status, (state) => state.conflicts);
  const [sides, setSides] = useState<SupersededDoc[]>([]);
  useEffect(() => {
    let current = true;
    void link.superseded().then((docs) => current && setSides(docs.map(readSupersededDoc).filter((doc): doc is SupersededDoc => doc !== null)));
    return () => {
      current = false;
    };
  }, [link, conflicts]);
  return (
    <section aria-labelledby="losta-konflikter">
      <h2 id="losta-konflikter">{t('history.heading')}</h2>
      {sides.length === 0 ? (
        <p>{t('history.none')}</p>
      ) : (
        <table className="data-table">
          <caption>{t('history.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('history.of')}</th>
              <th scope="col">{t('history.value')}</th>
              <th scope="col">{t('history.by')}</th>
              <th scope="col">{t('history.at')}</th>
              <th scope="col">{t('history.resolvedBy')}</th>
              <th scope="col">{t('history.resolvedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {sides.map((side) => (
              <tr key={side._id}>
                <th scope="row">{describeTarget(t, side.change, names)}</th>
                <td>{describeSetting(t, side.change)}</td>
                <td>{side.by}</td>
                <td>{formatMoment(side.at, lang)}</td>
                <td>{side.resolvedBy}</td>
                <td>{formatMoment(side.resolvedAt, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
