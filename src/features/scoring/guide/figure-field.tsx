import { useState } from 'react';
import { decimalSeparatorOf, figureText, readFigure } from '../../../domain/interview/figure-text';
import { interviewMessages } from '../../../i18n/messages/interview';
import { useLanguage, useTranslation } from '../../../i18n/use-translation';

type Props = {
  /** The id a label names: the question with its unit, "Vad är kostnaden …? (kr)". */
  id: string;
  hintId: string | undefined;
  figure: number | undefined;
  onChange: (figure: number | null) => void;
};

/** What was typed, and the stored figure it was typed over: an undo or another tab changes the figure, and the field follows. */
type Draft = { text: string; over: number | undefined };

/**
 * The field of a figure, saved as it is typed: "12,5" and "12.5" alike, empty removes it. Text that is no
 * number stays in the field, marked and explained, and the stored figure is left as it was.
 */
export function FigureField({ id, hintId, figure, onChange }: Props) {
  const { t } = useTranslation(interviewMessages);
  const lang = useLanguage();
  const [draft, setDraft] = useState<Draft | null>(null);
  const text = draft !== null && draft.over === figure ? draft.text : figure === undefined ? '' : figureText(figure, decimalSeparatorOf(lang));
  const invalid = readFigure(text) === 'invalid';
  const problemId = `${id}-fel`;
  const describedBy = [hintId, invalid ? problemId : undefined].filter(Boolean).join(' ');

  return (
    <>
      <input
        id={id}
        className="guide-question__figure"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        onChange={(event) => {
          const typed = event.target.value;
          const read = readFigure(typed);
          if (read === 'invalid') {
            setDraft({ text: typed, over: figure });
            return;
          }
          setDraft({ text: typed, over: read ?? undefined });
          onChange(read);
        }}
      />
      {invalid && (
        <span id={problemId} className="field-problem">
          {t('fields.figureInvalid')}
        </span>
      )}
    </>
  );
}
