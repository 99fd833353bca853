import type { Round } from '../../domain/rounds/round';

/**
 * What stands on each bar to say which round it is: the rounds' periods ("2016", "2026-03"),
 * short enough for a bar, or their names when both have the same period.
 */
export function roundLabels(from: Round, to: Round): { from: string; to: string } {
  return from.period === to.period ? { from: from.name, to: to.name } : { from: from.period, to: to.period };
}
