import { useMemo } from 'react';
import { RankingCaveat } from '../../../components/ranking-caveat';
import { compareStatements, hasScores, levelsByArea, radarRows } from '../../../domain/compare/side-by-side';
import { sideBySideRows } from '../../../domain/compare/side-by-side-rows';
import type { County } from '../../../domain/criteria/counties-schema';
import { assessmentOf } from '../../../domain/workspace/assessment';
import { sideBySideMessages } from '../../../i18n/messages/side-by-side';
import { useTranslation } from '../../../i18n/use-translation';
import { useRoundScores } from '../../../providers/round-in-use';
import { useInstrument } from '../../../providers/services';
import { SideBySideRadar } from './radar/side-by-side-radar';
import { SideBySideCsvDownload } from './side-by-side-csv-download';
import { SideBySideFilter } from './side-by-side-filter';
import { SideBySideLevels } from './side-by-side-levels';
import { SideBySideStatements } from './side-by-side-statements';

type Props = {
  counties: readonly County[];
  /** Both tables show only the rows where the chosen counties differ. */
  onlyDifferences: boolean;
  onOnlyDifferences: (only: boolean) => void;
};

/** The comparison of the chosen counties (two or more): levels, scores and the radar. */
export function SideBySideResults({ counties, onlyDifferences, onOnlyDifferences }: Props) {
  const { t } = useTranslation(sideBySideMessages);
  const instrument = useInstrument();
  const roundScores = useRoundScores();
  const codes = useMemo(() => counties.map((county) => county.code), [counties]);
  const workspace = roundScores;
  const rows = useMemo(
    () => sideBySideRows(levelsByArea(instrument, workspace, codes), compareStatements(instrument, workspace, codes), onlyDifferences),
    [instrument, workspace, codes, onlyDifferences],
  );
  const scored = useMemo(
    () => counties.filter((county) => hasScores(assessmentOf(workspace, county.code))),
    [counties, workspace],
  );
  const unscored = counties.filter((county) => !scored.includes(county));
  const radar = useMemo(
    () => radarRows(instrument, workspace, scored.map((county) => county.code)),
    [instrument, workspace, scored],
  );

  return (
    <>
      {unscored.length > 0 && (
        <p className="alert">{t('notes.noScores', { names: unscored.map((county) => county.name).join(', ') })}</p>
      )}
      <RankingCaveat />
      <SideBySideFilter only={onlyDifferences} counts={rows.counts} onChange={onOnlyDifferences} />
      <SideBySideLevels counties={counties} levels={rows.levels} count={rows.counts.areas} />
      <SideBySideRadar counties={scored} rows={radar} />
      <SideBySideStatements counties={counties} areas={rows.statements} count={rows.counts.statements} />
      <SideBySideCsvDownload input={{ counties, levels: rows.levels, statements: rows.statements }} onlyDifferences={onlyDifferences} />
    </>
  );
}
