import type { Round } from '../../domain/rounds/round';

const yearOf = (round: Round) => round.period.slice(0, 4);

/**
 * What stands on each bar to say which round it is, as short as tells them apart: their years
 * ("2016", "2026"), else their periods ("2026-03"), else, for two rounds of one period, their names.
 */
export function roundLabels(from: Round, to: Round): { from: string; to: string } {
  if (yearOf(from) !== yearOf(to)) return { from: yearOf(from), to: yearOf(to) };
  return from.period === to.period ? { from: from.name, to: to.name } : { from: from.period, to: to.period };
}
