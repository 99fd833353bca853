import { ConditionBases, LevelDescription } from '../../components/rule-sources';
import { localize } from '../../domain/localize';
import { describeLevel } from '../../domain/rating/describe-level';
import { reportMessages } from '../../i18n/messages/report';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useInstrument } from '../../providers/services';

/** The rule as sentences, per area and level, strongest first: the order in which levels are tried. */
export function ReportRule() {
  const { t } = useTranslation(reportMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  return (
    <section className="report-rule" aria-labelledby="rapport-regeln">
      <h2 id="rapport-regeln">{t('rule.heading')}</h2>
      <p className="prose">{t('rule.intro', { revision: instrument.ruleRevision })}</p>
      {instrument.areas.map((area) => {
        const headingId = `rapport-regel-${area.area.id}`;
        return (
          <section key={area.area.id} className="report-rule__area" aria-labelledby={headingId}>
            <h3 id={headingId}>{t('rule.area', { id: area.area.id, title: localize(area.area.title, lang) })}</h3>
            <ul aria-label={t('rule.levels', { id: area.area.id })}>
              {area.levelsStrongestFirst.map((level) => (
                <li key={level.level}>
                  <p className="report-rule__sentence">{describeLevel(level, instrument, lang)}</p>
                  <LevelDescription description={level.description} />
                  <ConditionBases conditions={level.conditions} levelLabel={localize(level.label, lang)} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
