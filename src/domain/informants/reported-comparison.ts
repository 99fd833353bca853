import type { RoundRecord } from '../workspace/workspace';
import type { MeetingKind } from './informant';
import type { Totals } from './informant-totals';

type PerKind = Partial<Record<MeetingKind, number>>;

/**
 * The rows' sums beside the totals a source states for the round. A source may state one kind
 * only; its total in all is known when it states both.
 */
export type ReportedComparison = {
  rows: { visit: number; phone: number; total: number };
  reported: PerKind & { total?: number };
  /** Per kind the source states: the rows' sum less the source's (93 rows against 92 stated is +1). */
  difference: PerKind;
  /** Whether the rows give what the source states, for every kind it states. */
  agrees: boolean;
};

/** Null when the round has no totals from a source. */
export function compareWithReported(total: Pick<Totals, 'visit' | 'phone'>, reported: RoundRecord['reported']): ReportedComparison | null {
  const kinds = (['visit', 'phone'] as const).filter((kind) => reported[kind] !== undefined);
  if (kinds.length === 0) return null;
  const difference: PerKind = {};
  for (const kind of kinds) difference[kind] = total[kind] - (reported[kind] ?? 0);
  const stated: ReportedComparison['reported'] = { ...reported };
  if (reported.visit !== undefined && reported.phone !== undefined) stated.total = reported.visit + reported.phone;
  return {
    rows: { visit: total.visit, phone: total.phone, total: total.visit + total.phone },
    reported: stated,
    difference,
    agrees: kinds.every((kind) => difference[kind] === 0),
  };
}
