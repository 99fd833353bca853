import { TableRegion } from '../../../components/table-region';
import type { AreaComparison, StatementComparison } from '../../../domain/compare/side-by-side';
import type { DifferenceCount } from '../../../domain/compare/side-by-side-rows';
import type { County } from '../../../domain/criteria/counties-schema';
import { localize } from '../../../domain/localize';
import { sideBySideMessages } from '../../../i18n/messages/side-by-side';
import { useLanguage, useTranslation } from '../../../i18n/use-translation';
import { useInstrument } from '../../../providers/services';

type Props = {
  counties: readonly County[];
  /** The areas and rows to show: all 32 statements, or only those that differ. */
  areas: readonly AreaComparison[];
  count: DifferenceCount;
};

/** The statements under their areas, a column per county, rows that differ marked in text and by shape. */
export function SideBySideStatements({ counties, areas, count }: Props) {
  const { t } = useTranslation(sideBySideMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const scale = instrument.criteria.scale.map((step) => `${step.value} = ${localize(step.label, lang)}`).join(', ');

  return (
    <section className="side-by-side-section" aria-labelledby="sida-vid-sida-pastaenden">
      <h2 id="sida-vid-sida-pastaenden">{t('statements.heading')}</h2>
      <p className="prose">{t('statements.intro', { scale })}</p>
      <p className="side-by-side-summary">{t('statements.summary', { count: count.differing, total: count.total })}</p>
      {areas.length === 0 ? <p className="empty-note">{t('statements.noneShown')}</p> : <StatementsTable counties={counties} areas={areas} />}
    </section>
  );
}

function StatementsTable({ counties, areas }: { counties: readonly County[]; areas: readonly AreaComparison[] }) {
  const { t } = useTranslation(sideBySideMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  return (
    <TableRegion captionId="sida-vid-sida-pastaenden-rubrik">
      <table className="side-by-side-table side-by-side-statements">
        <caption id="sida-vid-sida-pastaenden-rubrik">{t('statements.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('statements.statement')}</th>
            {counties.map((county) => (
              <th scope="col" key={county.code}>
                {county.name}
              </th>
            ))}
            <th scope="col">{t('statements.comparison')}</th>
          </tr>
        </thead>
        {areas.map((area) => {
          const title = instrument.areas.find((candidate) => candidate.area.id === area.areaId)?.area.title;
          return (
            <tbody key={area.areaId}>
              <tr className="side-by-side-statements__area">
                <th scope="rowgroup" colSpan={counties.length + 2}>
                  {t('areaName', { id: area.areaId, title: title ? localize(title, lang) : '' })}
                </th>
              </tr>
              {area.rows.map((row) => (
                <StatementRow key={row.statementId} row={row} counties={counties} />
              ))}
            </tbody>
          );
        })}
      </table>
    </TableRegion>
  );
}

function StatementRow({ row, counties }: { row: StatementComparison; counties: readonly County[] }) {
  const { t } = useTranslation(sideBySideMessages);
  const lang = useLanguage();
  const statement = useInstrument().statementById.get(row.statementId);
  return (
    <tr className={row.differs ? 'side-by-side-row--differs' : undefined}>
      <th scope="row">
        <span className="statement__id">{row.statementId}</span> {statement ? localize(statement.text, lang) : ''}
      </th>
      {row.scores.map((score, column) => (
        <td key={counties[column]?.code ?? column} className="side-by-side-score">
          {score ?? (
            <>
              <span aria-hidden="true">{t('statements.notScoredMarker')}</span>
              <span className="visually-hidden">{t('statements.notScored')}</span>
            </>
          )}
        </td>
      ))}
      <td>
        {row.differs ? (
          <strong className="side-by-side-differs">
            <span aria-hidden="true">{`${t('statements.differsMarker')} `}</span>
            {t('statements.differs')}
          </strong>
        ) : (
          t(row.complete ? 'statements.same' : 'statements.incomplete')
        )}
      </td>
    </tr>
  );
}
