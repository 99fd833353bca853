import type { InstrumentArea } from '../../domain/criteria/instrument';
import { localize } from '../../domain/localize';
import { interviewSheetMessages } from '../../i18n/messages/interview-sheet';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useInstrument } from '../../providers/services';

/**
 * The 32 statements of Bilaga 1, a table per area, each with an empty box for every step of the
 * scale. Scores the app holds are left out on purpose: each interviewer scores on their own.
 */
export function SheetStatements() {
  const { t } = useTranslation(interviewSheetMessages);
  const lang = useLanguage();
  const { areas, criteria } = useInstrument();
  return (
    <div className="sheet-statements">
      <h2>{t('statementsHeading')}</h2>
      {criteria.instruction && <p>{localize(criteria.instruction, lang)}</p>}
      {areas.map((area) => (
        <AreaTable key={area.area.id} area={area} />
      ))}
    </div>
  );
}

function AreaTable({ area }: { area: InstrumentArea }) {
  const { t } = useTranslation(interviewSheetMessages);
  const lang = useLanguage();
  const { scale } = useInstrument().criteria;
  const steps = scale.map((step) => ({ key: String(step.value), label: localize(step.label, lang) }));
  return (
    <table className="sheet-table">
      <caption>{t('statementsCaption', { id: area.area.id, title: localize(area.area.title, lang) })}</caption>
      <colgroup>
        <col />
        {steps.map((step) => (
          <col key={step.key} className="sheet-table__step" />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('statement')}</th>
          {steps.map((step) => (
            // On a narrow screen only the digit shows; the label is still read out.
            <th key={step.key} scope="col">
              {step.key} <span className="sheet-table__step-label">{step.label}</span>
            </th>
          ))}
        </tr>
      </thead>
      {area.area.groups.map((group) => (
        // The Swedish heading is the original and does not change with the language: a stable key.
        <tbody key={group.heading.sv}>
          <tr className="sheet-table__group">
            <th scope="rowgroup" colSpan={steps.length + 1}>
              {localize(group.heading, lang)}
              {group.intro && <span className="sheet-table__intro"> {localize(group.intro, lang)}</span>}
            </th>
          </tr>
          {group.statements.map((statement) => (
            <tr key={statement.id}>
              <th scope="row">
                <span className="statement__id">{statement.id}</span> {localize(statement.text, lang)}
              </th>
              {steps.map((step) => (
                <td key={step.key} className="sheet-table__box">
                  <span className="sheet-box" />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
