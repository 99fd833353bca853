import type { GuideAnswer } from '../interview/guide-answer';
import type { Change } from './changes';
import { blankToUndefined, put, putNested } from './record-updates';
import type { RoundRecord } from './workspace';

/** The changes of what the interviews produce, all kept per round (`changes.ts` applies them through here). */
export type CountyChange = Extract<Change, { field: 'answer' | 'figure' | 'choice' | 'other' | 'informant' | 'reported' | 'summary' | 'comment' | 'status' }>;

export function countyValueBefore(record: RoundRecord, change: CountyChange): Change {
  switch (change.field) {
    case 'answer':
    case 'figure':
    case 'choice':
    case 'other': {
      const answer = record.answers[change.county]?.[change.question];
      if (change.field === 'answer') return { ...change, value: answer?.note ?? '' };
      if (change.field === 'figure') return { ...change, value: answer?.figure ?? null };
      if (change.field === 'choice') return { ...change, value: answer?.choices?.[change.option] === true };
      return { ...change, value: answer?.other ?? '' };
    }
    case 'informant':
      return { ...change, value: record.informants[change.county]?.[change.informant] ?? null };
    case 'reported':
      return { ...change, value: record.reported[change.kind] ?? null };
    case 'summary':
      return { ...change, value: record.summaries[change.county] ?? '' };
    case 'comment':
      return { ...change, value: record.comments[change.county]?.[change.area] ?? '' };
    case 'status':
      return { ...change, value: record.statuses[change.county]?.[change.at] ?? null };
  }
}

function withAnswerPart(answer: GuideAnswer | undefined, change: Extract<CountyChange, { question: string }>): GuideAnswer | undefined {
  const parts: Record<string, unknown> = { ...answer };
  if (change.field === 'answer') parts.note = blankToUndefined(change.value);
  if (change.field === 'other') parts.other = blankToUndefined(change.value);
  if (change.field === 'figure') parts.figure = change.value ?? undefined;
  if (change.field === 'choice') {
    const choices = put(answer?.choices ?? {}, change.option, change.value ? (true as const) : undefined);
    parts.choices = Object.keys(choices).length === 0 ? undefined : choices;
  }
  const kept = Object.fromEntries(Object.entries(parts).filter(([, value]) => value !== undefined));
  return Object.keys(kept).length === 0 ? undefined : (kept as GuideAnswer);
}

export function withCountyValue(record: RoundRecord, change: CountyChange): RoundRecord {
  switch (change.field) {
    case 'answer':
    case 'figure':
    case 'choice':
    case 'other':
      return {
        ...record,
        answers: putNested(record.answers, change.county, change.question, withAnswerPart(record.answers[change.county]?.[change.question], change)),
      };
    case 'informant':
      return { ...record, informants: putNested(record.informants, change.county, change.informant, change.value ?? undefined) };
    case 'reported':
      return { ...record, reported: put(record.reported, change.kind, change.value ?? undefined) };
    case 'summary':
      return { ...record, summaries: put(record.summaries, change.county, blankToUndefined(change.value)) };
    case 'comment':
      return { ...record, comments: putNested(record.comments, change.county, change.area, blankToUndefined(change.value)) };
    case 'status':
      return { ...record, statuses: putNested(record.statuses, change.county, change.at, change.value ?? undefined) };
  }
}
