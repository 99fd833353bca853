import { localize } from '../../domain/localize';
import type { AreaDistribution } from '../../domain/rating/distribution';
import { figureExportMessages } from '../../i18n/messages/figure-export';
import { figuresMessages } from '../../i18n/messages/figures';
import { rankingCaveatMessages } from '../../i18n/messages/ranking-caveat';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useInstrument } from '../../providers/services';
import { levelColour } from './level-colours';
import type { SheetPart } from './sheet-download';

/**
 * The words an exported figure carries, in the language the app is shown in: the caption, the
 * coverage, a legend of the levels, and a footer with the report's caveat and naming the criteria
 * and the date.
 */
export function useSheetTexts() {
  const { t } = useTranslation(figuresMessages);
  const { t: tExport } = useTranslation(figureExportMessages);
  const { t: tCaveat } = useTranslation(rankingCaveatMessages);
  const lang = useLanguage();
  const { criteria } = useInstrument();

  /** Every level with its count, as the chart's accessible name and the image's description say. */
  const describe = (distribution: AreaDistribution): string =>
    distribution.levels.map((level) => t('chartLevel', { label: localize(level.label, lang), count: level.count })).join('; ');

  const figurePart = (distribution: AreaDistribution, svg: SVGSVGElement | null): SheetPart => {
    const notRated = distribution.notRated.map((county) => county.name).join(', ');
    const coverage = t('coverage', { rated: distribution.ratedCount, total: distribution.total });
    return {
      title: t('caption', { figure: distribution.figure, title: localize(distribution.title, lang) }),
      description: `${describe(distribution)}. ${coverage}.`,
      lines: [
        notRated === '' ? coverage : `${coverage} ${t('notRatedList', { names: notRated })}`,
        ...(distribution.levels.some((level) => level.byGroup.length > 0) ? [t('groupNote')] : []),
      ],
      legend: distribution.levels.map((level) => ({ mark: 'box', label: localize(level.label, lang), colour: levelColour(level.level) })),
      emptyText: t('empty'),
      svg,
    };
  };
  // An image travels without the page around it, so it carries the caveat the page shows.
  const footer = (date: string) => [tCaveat('text'), tExport('footer', { criteria: criteria.id, date })];
  return { lang, describe, figurePart, footer };
}
