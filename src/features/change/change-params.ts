import type { Round } from '../../domain/rounds/round';

/**
 * The change view's address: `#/forandring?fran=2016&till=2026`, and `&regel=2` to rate both
 * rounds with one revision of the rule.
 */
const CHANGE_PARAMS = { from: 'fran', to: 'till', common: 'regel' } as const;

/** The two rounds compared, and the revision both are rated with when one is chosen. */
export type ChangeChoice = { from: Round; to: Round; common: number | null };

/**
 * The rounds the address names, or by default the two latest (the latest is `till`); a round
 * named alone is compared with the one before it. `rounds` is earliest first, at least two.
 */
export function readChangeChoice(params: URLSearchParams, rounds: readonly Round[]): ChangeChoice {
  const named = (key: string) => rounds.find((round) => round.id === params.get(key));
  const latest = rounds.at(-1);
  if (latest === undefined) throw new Error('readChangeChoice needs at least one round');
  const to = named(CHANGE_PARAMS.to) ?? latest;
  const before = rounds[rounds.indexOf(to) - 1] ?? rounds.find((round) => round !== to) ?? to;
  const from = named(CHANGE_PARAMS.from) ?? before;
  const common = params.get(CHANGE_PARAMS.common);
  return { from, to, common: common !== null && /^\d{1,4}$/.test(common) ? Number(common) : null };
}

export function roundUpdate(which: 'from' | 'to', id: string): Record<string, string> {
  return { [CHANGE_PARAMS[which]]: id };
}

/** The address of the view with `common` as the revision both rounds are rated with, or none. */
export function changeHref(choice: ChangeChoice, common: number | null): string {
  const query = new URLSearchParams({ [CHANGE_PARAMS.from]: choice.from.id, [CHANGE_PARAMS.to]: choice.to.id });
  if (common !== null) query.set(CHANGE_PARAMS.common, String(common));
  return `#/forandring?${query.toString()}`;
}

/** A county's history across the rounds, opened from the two rounds compared here. */
export function countyHistoryHref(code: string, choice: Pick<ChangeChoice, 'from' | 'to'>): string {
  const query = new URLSearchParams({ [CHANGE_PARAMS.from]: choice.from.id, [CHANGE_PARAMS.to]: choice.to.id });
  return `#/lan/${code}/forandring?${query.toString()}`;
}
