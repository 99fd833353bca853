import { useMemo, useRef } from 'react';
import { AreaFigure } from '../../components/figure/area-figure';
import { ExportButtons } from '../../components/figure/export-buttons';
import { FiguresSummary } from '../../components/figure/figures-summary';
import { useSheetTexts } from '../../components/figure/use-sheet-texts';
import { RankingCaveat } from '../../components/ranking-caveat';
import { RuleRevisionNotice } from '../../components/rule-revision-notice';
import { VariantNotice } from '../../components/variant-notice';
import { distributeAll } from '../../domain/rating/distribution';
import { figureExportMessages } from '../../i18n/messages/figure-export';
import { figuresMessages } from '../../i18n/messages/figures';
import { useTranslation } from '../../i18n/use-translation';
import { hrefWith } from '../../lib/hash-route';
import { useRound, useRoundScores } from '../../providers/round-in-use';
import { variantQuery, withoutVariantQuery } from '../../providers/rule-variant-params';
import { useInstrument, WithInstrument } from '../../providers/services';
import { useCarriedCounties } from '../../providers/use-carried-counties';
import { useRuleVariantInstrument, type RuleVariantInstrument } from '../../providers/use-rule-variant-instrument';

const NO_PARAMS = new URLSearchParams();

/**
 * Figur 1–6: per area, how many counties (and which) sit at each level. With a rule variant in the
 * address (from the rule explorer) they are counted with it, and the page and the images say so.
 */
export default function FiguresPage({ params = NO_PARAMS }: { params?: URLSearchParams }) {
  const read = useRuleVariantInstrument(params);
  return (
    <WithInstrument instrument={read.instrument}>
      <Figures read={read} params={params} />
    </WithInstrument>
  );
}

function Figures({ read, params }: { read: RuleVariantInstrument; params: URLSearchParams }) {
  const { t } = useTranslation(figuresMessages);
  const { t: tExport } = useTranslation(figureExportMessages);
  const instrument = useInstrument();
  const roundScores = useRoundScores();
  const { round } = useRound();
  const carried = useCarriedCounties();
  const distributions = useMemo(() => distributeAll(instrument, roundScores), [instrument, roundScores]);
  const figuresRef = useRef<HTMLDivElement>(null);
  const sheetTexts = useSheetTexts();
  const anyRated = distributions.some((distribution) => distribution.ratedCount > 0);
  // An image drawn with a variant says so in its footer, where it goes without the page.
  const variantFooter = read.changedCount > 0 ? [tExport('variantFooter', { name: read.variant.name || t('variantUnnamed') })] : [];

  // The sheet is drawn from the charts on this page, so it is exactly what the page shows.
  const chartOf = (figure: number) =>
    figuresRef.current?.querySelector<SVGSVGElement>(`[data-figure="${figure}"] svg`) ?? null;

  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <RuleRevisionNotice round={round} />
      {carried !== null && <p className="alert alert--info">{t('carried', { count: carried.count, round: carried.source })}</p>}
      <VariantNotice read={read} explorerHref={`#/regler?${variantQuery(params)}`} defaultHref={hrefWith('#/figurer', withoutVariantQuery(params))} />
      {/* Above the summary and the figures it qualifies, as the report prints it with every figure. */}
      <RankingCaveat />
      <FiguresSummary distributions={distributions} />
      {anyRated && (
        <section className="figure-sheet" aria-labelledby="figurer-ark">
          <h2 id="figurer-ark">{tExport('sheet.heading')}</h2>
          <p>{tExport('sheet.intro')}</p>
          <ExportButtons
            name={tExport('sheet.name')}
            request={(kind) => ({
              kind,
              title: tExport('sheet.title'),
              parts: distributions.map((distribution) => sheetTexts.figurePart(distribution, chartOf(distribution.figure))),
              footer: (date: string) => [...sheetTexts.footer(date), ...variantFooter],
              lang: sheetTexts.lang,
              columns: 2,
            })}
          />
        </section>
      )}
      <div ref={figuresRef}>
        {distributions.map((distribution) => (
          <AreaFigure key={distribution.areaId} distribution={distribution} exportable />
        ))}
      </div>
    </>
  );
}
