import { useMemo } from 'react';
import { compareStatements, hasScores, levelsByArea, radarRows } from '../../../domain/compare/side-by-side';
import type { County } from '../../../domain/criteria/counties-schema';
import { assessmentOf } from '../../../domain/workspace/workspace';
import { sideBySideMessages } from '../../../i18n/messages/side-by-side';
import { useTranslation } from '../../../i18n/use-translation';
import { useInstrument, useWorkspace } from '../../../providers/services';
import { SideBySideRadar } from './radar/side-by-side-radar';
import { SideBySideCsvDownload } from './side-by-side-csv-download';
import { SideBySideLevels } from './side-by-side-levels';
import { SideBySideStatements } from './side-by-side-statements';

/** The comparison of the chosen counties (two or more): levels, scores and the radar. */
export function SideBySideResults({ counties }: { counties: readonly County[] }) {
  const { t } = useTranslation(sideBySideMessages);
  const instrument = useInstrument();
  const assessments = useWorkspace((state) => state.assessments);
  const codes = useMemo(() => counties.map((county) => county.code), [counties]);
  const workspace = useMemo(() => ({ assessments }), [assessments]);
  const levels = useMemo(() => levelsByArea(instrument, workspace, codes), [instrument, workspace, codes]);
  const statements = useMemo(() => compareStatements(instrument, workspace, codes), [instrument, workspace, codes]);
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
      <SideBySideLevels counties={counties} levels={levels} />
      <SideBySideRadar counties={scored} rows={radar} />
      <SideBySideStatements counties={counties} areas={statements} />
      <SideBySideCsvDownload input={{ counties, levels, statements }} />
    </>
  );
}
