import type { GuideQuestion } from '../../../domain/criteria/guide-schema';
import { localize } from '../../../domain/localize';
import { useLanguage } from '../../../i18n/use-translation';

type ChoicesQuestion = Extract<GuideQuestion, { kind: 'choices' }>;
type Props = {
  question: ChoicesQuestion;
  idPrefix: string;
  chosen: Readonly<Record<string, true>> | undefined;
  onChange: (option: string, chosen: boolean) => void;
};

/** A checkbox per option; a group the guide names ("I regionen") is a fieldset of its own. */
export function ChoiceOptions({ question, idPrefix, chosen, onChange }: Props) {
  const lang = useLanguage();
  return question.optionGroups.map((group, index) => {
    const boxes = (
      <div className="guide-options">
        {group.options.map((option) => {
          const id = `${idPrefix}-val-${option.id}`;
          return (
            <span key={option.id} className="guide-option">
              <input id={id} type="checkbox" checked={chosen?.[option.id] === true} onChange={(event) => onChange(option.id, event.target.checked)} />
              <label htmlFor={id}>{localize(option.label, lang)}</label>
            </span>
          );
        })}
      </div>
    );
    // The first option's id is unique within the question and stays when the guide is translated.
    const key = group.options[0]?.id ?? String(index);
    return group.label ? (
      <fieldset key={key} className="guide-option-group">
        <legend>{localize(group.label, lang)}</legend>
        {boxes}
      </fieldset>
    ) : (
      <div key={key}>{boxes}</div>
    );
  });
}
