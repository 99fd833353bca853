import { localize } from '../../domain/localize';
import { AGREED } from '../../domain/workspace/changes';
import { useLanguage } from '../../i18n/use-translation';
import { useInstrument, useWorkspace } from '../../providers/services';
import type { ValueNames } from './describe-value';

/** Names of counties, raters, guide questions and their options, as the workspace and criteria have them. */
export function useValueNames(): ValueNames {
  const { counties, questionById } = useInstrument();
  const raters = useWorkspace((state) => state.raters);
  const lang = useLanguage();
  const questionOf = (id: string) => questionById.get(id);
  return {
    county: (code) => counties.find((county) => county.code === code)?.name ?? code,
    rater: (id) => (id === AGREED ? '' : (raters[id]?.name ?? id)),
    question: (id) => {
      const question = questionOf(id);
      return question ? localize(question.text, lang) : id;
    },
    option: (questionId, optionId) => {
      const question = questionOf(questionId);
      const options = question?.kind === 'choices' ? question.optionGroups.flatMap((group) => group.options) : [];
      const option = options.find((candidate) => candidate.id === optionId);
      return option ? localize(option.label, lang) : optionId;
    },
  };
}

/** A moment as the reader's language writes it, to the minute. */
export function formatMoment(at: number, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
}
