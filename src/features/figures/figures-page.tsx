import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstrument, useWorkspace } from '../../providers/services';
import { distributeAll } from '../../domain/rating/distribution';
import { AreaFigure } from '../../components/figure/area-figure';
import { FiguresSummary } from '../../components/figure/figures-summary';

/** Figur 1–6: per area, how many counties (and which) sit at each level. */
export default function FiguresPage() {
  const { t } = useTranslation('figures');
  const instrument = useInstrument();
  const assessments = useWorkspace((state) => state.assessments);
  const distributions = useMemo(() => distributeAll(instrument, { assessments }), [instrument, assessments]);

  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <FiguresSummary distributions={distributions} />
      {distributions.map((distribution) => (
        <AreaFigure key={distribution.areaId} distribution={distribution} />
      ))}
    </>
  );
}
