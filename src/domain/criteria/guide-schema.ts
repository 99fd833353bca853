import * as z from 'zod/mini';
import { id, localizedTextSchema, type LocalizedText } from './criteria-texts';

/** A prompt the guide lists under a question, with its own prompts as deep as the guide goes. */
export type GuideItem = { text: LocalizedText; items?: GuideItem[] | undefined };

const guideItemSchema: z.ZodMiniType<GuideItem> = z.strictObject({
  text: localizedTextSchema,
  get items() {
    return z.optional(z.array(guideItemSchema));
  },
});

const questionFields = {
  id,
  text: localizedTextSchema,
  /** What the interviewer should keep in mind when noting the answer. */
  hint: z.optional(localizedTextSchema),
  items: z.optional(z.array(guideItemSchema)),
};

const optionSchema = z.strictObject({ id, label: localizedTextSchema });
const optionGroupSchema = z.strictObject({
  label: z.optional(localizedTextSchema),
  options: z.array(optionSchema).check(z.minLength(1, 'en grupp av val måste ha minst ett val')),
});

/** An answer that is a note only. */
const noteQuestionSchema = z.strictObject({ ...questionFields, kind: z.literal('note') });
/** An answer that is a number in `unit`, beside a note. */
const figureQuestionSchema = z.strictObject({ ...questionFields, kind: z.literal('figure'), unit: localizedTextSchema });
/** An answer that ticks options, with a free "Andra" field when `other` is true, beside a note. */
const choicesQuestionSchema = z.strictObject({
  ...questionFields,
  kind: z.literal('choices'),
  optionGroups: z.array(optionGroupSchema).check(z.minLength(1, 'en fråga med val måste ha minst en grupp av val')),
  other: z.boolean(),
});

const questionSchema = z.discriminatedUnion('kind', [noteQuestionSchema, figureQuestionSchema, choicesQuestionSchema]);

const sectionSchema = z.strictObject({
  id,
  title: localizedTextSchema,
  intro: z.optional(localizedTextSchema),
  /** The area whose statements the section's answers inform; none for the opening and the summing up. */
  area: z.optional(id),
  questions: z.array(questionSchema).check(z.minLength(1, 'ett avsnitt måste ha minst en fråga')),
});

/** The interview guide (Bilaga 2): its sections in the order of the interview. */
export const guideSchema = z.strictObject({
  title: localizedTextSchema,
  sections: z.array(sectionSchema).check(z.minLength(1, 'guiden måste ha minst ett avsnitt')),
});

type Guide = z.infer<typeof guideSchema>;
export type GuideSection = Guide['sections'][number];
export type GuideQuestion = GuideSection['questions'][number];
