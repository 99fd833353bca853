import { ProblemList } from '../../components/problem-list';
import { localize } from '../../domain/localize';
import type { IgnoredPart } from '../../domain/rules/variant-query';
import { rulesMessages } from '../../i18n/messages/rules';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useRoundHref } from '../../providers/round-in-use';
import { variantQuery } from '../../providers/rule-variant-params';
import { AreaChanges } from './area-changes';
import { AreaRuleEditor } from './area-rule-editor';
import { AreaCompareTable, ChangeList, ChangeSummary } from './rule-comparison';
import { useRuleVariant } from './use-rule-variant';
import { VariantControls } from './variant-controls';
import './rules.css';

/**
 * Regelutforskaren: each area's rule in words, its thresholds changeable as a named variant kept
 * in the address, and what the variant does to Figur 1–6 and to each county's level.
 */
export default function RulesPage({ params }: { params: URLSearchParams }) {
  const roundHref = useRoundHref();
  const { t } = useTranslation(rulesMessages);
  const lang = useLanguage();
  const state = useRuleVariant(params);

  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p className="prose">{t('intro')}</p>
      {state.ignored.length > 0 && <IgnoredNote ignored={state.ignored} />}
      {state.problems.length > 0 && (
        <div role="alert" className="alert alert--error">
          <p>{t('problems')}</p>
          <ProblemList problems={state.problems} />
        </div>
      )}
      <VariantControls state={state} />
      <ChangeSummary state={state} />
      {!state.isDefault && state.problems.length === 0 && (
        <p className="rules-carry">
          <a href={roundHref(`#/figurer?${variantQuery(params)}`)}>{t('carry.figures')}</a>
          <a href={roundHref(`#/rapport?${variantQuery(params)}`)}>{t('carry.report')}</a>
        </p>
      )}
      {state.comparison.areas.map((area, index) => {
        const headingId = `regel-omrade-${area.areaId}`;
        const spec = state.defaultInstrument.areas[index]?.area;
        return (
          <section key={area.areaId} className="rules-area" aria-labelledby={headingId}>
            <h2 id={headingId} tabIndex={-1}>
              {t('area.heading', { id: area.areaId, title: spec ? localize(spec.title, lang) : '' })}
            </h2>
            <div className="rules-area__body">
              <AreaRuleEditor areaIndex={index} state={state} />
              <div className="rules-area__effect">
                <AreaCompareTable area={area} state={state} />
                {!state.isDefault && <AreaChanges area={area} />}
              </div>
            </div>
          </section>
        );
      })}
      <ChangeList state={state} />
    </>
  );
}

function IgnoredNote({ ignored }: { ignored: IgnoredPart[] }) {
  const { t } = useTranslation(rulesMessages);
  return (
    <div role="status" className="alert alert--info">
      <p>{t('ignored.intro')}</p>
      <ul>
        {ignored.map((part, index) => (
          <li key={index}>{t('ignored.item', { part: part.part, reason: t(`ignored.reason.${part.reason}`) })}</li>
        ))}
      </ul>
    </div>
  );
}
