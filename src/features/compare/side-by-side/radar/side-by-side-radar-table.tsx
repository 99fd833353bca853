import { TableRegion } from '../../../../components/table-region';
import type { RadarRow } from '../../../../domain/compare/side-by-side';
import { localize } from '../../../../domain/localize';
import { sideBySideMessages } from '../../../../i18n/messages/side-by-side';
import { useLanguage, useTranslation } from '../../../../i18n/use-translation';
import { useInstrument } from '../../../../providers/services';
import { useMeanFormat } from '../side-by-side-format';
import type { RadarSeries } from './side-by-side-radar-chart';

/** The radar's numbers as a table: rows are areas, a column per line, and how many counties the median covers. */
export function SideBySideRadarTable({ series, rows }: { series: readonly RadarSeries[]; rows: readonly RadarRow[] }) {
  const { t } = useTranslation(sideBySideMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const format = useMeanFormat();
  return (
    <TableRegion captionId="sida-vid-sida-radar-rubrik" pinFirstColumn>
      <table className="side-by-side-table side-by-side-means">
        <caption id="sida-vid-sida-radar-rubrik">{t('radar.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('radar.area')}</th>
            {series.map((line) => (
              <th scope="col" key={line.key}>
                {line.name}
              </th>
            ))}
            <th scope="col">{t('radar.medianCounties')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const title = instrument.areas[index]?.area.shortTitle;
            return (
              <tr key={row.areaId}>
                <th scope="row">{t('areaName', { id: row.areaId, title: title ? localize(title, lang) : '' })}</th>
                {series.map((line) => {
                  const value = line.values[index] ?? null;
                  return <td key={line.key}>{value === null ? t('radar.noMean') : format(value)}</td>;
                })}
                <td>{row.counties}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}
