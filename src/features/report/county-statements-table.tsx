import { TableRegion } from '../../components/table-region';
import { localize } from '../../domain/localize';
import type { CountyReport, StatementLine } from '../../domain/report/county-reports';
import { reportMessages } from '../../i18n/messages/report';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useInstrument } from '../../providers/services';

/**
 * The 32 statements under their areas: score with its label ("2 Väl uppfyllt") and the note, and
 * the area's comment below them where the group wrote one. A
 * county without notes gets no note column, and its caption says so: the statements then keep to
 * one line each, which is what lets a county fit on about one printed page.
 */
export function CountyStatementsTable({ report }: { report: CountyReport }) {
  const { t } = useTranslation(reportMessages);
  const lang = useLanguage();
  const captionId = `rapport-lan-${report.county.code}-pastaenden`;
  const columns = report.hasNotes ? 3 : 2;
  const caption = report.hasNotes ? 'counties.statementsCaption' : 'counties.statementsCaptionNoNotes';
  return (
    <TableRegion captionId={captionId}>
      <table className={report.hasNotes ? 'report-county__statements' : 'report-county__statements report-county__statements--no-notes'}>
        <caption id={captionId}>{t(caption, { name: report.county.name })}</caption>
        <colgroup>
          <col />
          <col />
          {report.hasNotes && <col />}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('counties.statement')}</th>
            <th scope="col">{t('counties.score')}</th>
            {report.hasNotes && <th scope="col">{t('counties.note')}</th>}
          </tr>
        </thead>
        {report.areas.map(({ area, statements, comment }) => (
          <tbody key={area.area.id}>
            <tr className="report-county__area-row">
              <th scope="rowgroup" colSpan={columns}>
                {t('counties.areaRow', { id: area.area.id, title: localize(area.area.title, lang) })}
              </th>
            </tr>
            {statements.map((line) => (
              <StatementRow key={line.id} line={line} withNote={report.hasNotes} />
            ))}
            {comment !== '' && (
              // Across the row: a comment is prose, too long for the narrow score column.
              <tr className="report-county__comment">
                <td colSpan={columns}>
                  <span className="report-county__comment-label">{t('counties.comment')}</span> {comment}
                </td>
              </tr>
            )}
          </tbody>
        ))}
      </table>
    </TableRegion>
  );
}

function StatementRow({ line, withNote }: { line: StatementLine; withNote: boolean }) {
  const { t } = useTranslation(reportMessages);
  const lang = useLanguage();
  const scale = useInstrument().criteria.scale;
  return (
    <tr>
      <th scope="row">
        <span className="statement__id">{line.id}</span> {localize(line.text, lang)}
      </th>
      <td className="report-county__score">
        {line.score === null ? t('counties.unscored') : `${line.score} ${localize(scale[line.score].label, lang)}`}
      </td>
      {withNote && <td className="note-cell">{line.note}</td>}
    </tr>
  );
}
