import type { GuideQuestion, GuideSection } from '../criteria/guide-schema';
import type { Instrument } from '../criteria/instrument';
import type { GuideAnswer } from './guide-answer';

type ChoicesQuestion = Extract<GuideQuestion, { kind: 'choices' }>;
type GuideOption = ChoicesQuestion['optionGroups'][number]['options'][number];

/** Every section of the interview guide, in the order of the interview; none when the criteria have no guide. */
export function guideSections(instrument: Instrument): readonly GuideSection[] {
  return instrument.criteria.guide?.sections ?? [];
}

/** The sections that belong to no area: the opening and the summing up. */
export function sectionsWithoutArea(instrument: Instrument): readonly GuideSection[] {
  return guideSections(instrument).filter((section) => section.area === undefined);
}

/** The options of a question that the answer ticks, in the guide's order. */
export function chosenOptions(question: GuideQuestion, answer: GuideAnswer | undefined): GuideOption[] {
  if (question.kind !== 'choices' || !answer?.choices) return [];
  const chosen = answer.choices;
  return question.optionGroups.flatMap((group) => group.options.filter((option) => chosen[option.id] === true));
}
