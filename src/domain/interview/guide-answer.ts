/**
 * What the interviewers wrote down for one question of the interview guide, in one county and
 * round: a note, and where the guide asks for them, a figure (in the question's unit), the options
 * that apply, and others named in free text. Every part is optional; an empty answer is absent.
 */
export type GuideAnswer = {
  note?: string;
  figure?: number;
  /** The ids of the options that apply. */
  choices?: Readonly<Record<string, true>>;
  /** Others than the options the guide names (for instance other partner organisations). */
  other?: string;
};
