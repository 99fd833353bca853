import { StatementSortHead } from '../../../components/statement-sort-head';
import { TableRegion } from '../../../components/table-region';
import type { Heatmap, HeatmapSort, HeatmapSortKey } from '../../../domain/compare/heatmap';
import { localize } from '../../../domain/localize';
import type { Score } from '../../../domain/score';
import { heatmapMessages } from '../../../i18n/messages/heatmap';
import { useLanguage, useTranslation } from '../../../i18n/use-translation';
import { useRoundHref } from '../../../providers/round-in-use';
import { useInstrument } from '../../../providers/services';

const CAPTION_ID = 'heatmap-caption';

type Props = { heatmap: Heatmap; sort: HeatmapSort; onSort: (key: HeatmapSortKey) => void };

/** A score as its number and a fill; no score as a dash, read aloud as "Ej poängsatt". */
function ScoreCell({ score }: { score: Score | null }) {
  const { t } = useTranslation(heatmapMessages);
  return <td className={`heatmap-cell heatmap-cell--${score ?? 'none'}`}>{score ?? <Unscored label={t('table.unscored')} />}</td>;
}

function Unscored({ label }: { label: string }) {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{label}</span>
    </>
  );
}

/** The heatmap: counties down, the statements across under their areas, the distributions below. */
export function HeatmapTable({ heatmap, sort, onSort }: Props) {
  const roundHref = useRoundHref();
  const { t } = useTranslation(heatmapMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const statementText = (id: string) => {
    const statement = instrument.statementById.get(id);
    return statement ? `${id} ${localize(statement.text, lang)}` : id;
  };

  return (
    <TableRegion captionId={CAPTION_ID}>
      <table className="heatmap-table">
        <caption id={CAPTION_ID}>{t('table.caption')}</caption>
        <colgroup span={2} />
        {heatmap.groups.map((group) => (
          <colgroup key={group.areaId} span={group.statementIds.length} className="heatmap-group" />
        ))}
        <StatementSortHead
          groups={heatmap.groups.map((group) => ({ ...group, title: t('table.area', { id: group.areaId, title: localize(group.shortTitle, lang) }) }))}
          county={t('table.county')}
          total={t('table.total')}
          sort={sort}
          onSort={onSort}
          statementText={statementText}
          groupClassName="heatmap-group-title"
          statementClassName="heatmap-statement"
        />
        <tbody>
          {heatmap.rows.map((row) => (
            <tr key={row.county.code}>
              <th scope="row">
                <a href={roundHref(`#/lan/${row.county.code}`)}>{row.county.name}</a>
              </th>
              <td className="heatmap-total">{row.total ?? <Unscored label={t('table.unscored')} />}</td>
              {row.cells.map((cell) => (
                <ScoreCell key={cell.statementId} score={cell.score} />
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          {instrument.criteria.scale.map(({ value: score }) => (
            <tr key={score}>
              <th scope="row" colSpan={2}>
                {t('footer.score', { score })}
              </th>
              {heatmap.distributions.map((distribution) => (
                <td key={distribution.statementId}>{distribution.counts[score]}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row" colSpan={2}>
              {t('footer.unscored')}
            </th>
            {heatmap.distributions.map((distribution) => (
              <td key={distribution.statementId}>{distribution.unscored}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </TableRegion>
  );
}
