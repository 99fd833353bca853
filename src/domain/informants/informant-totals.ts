import type { County } from '../criteria/counties-schema';
import type { RoundRecord } from '../workspace/workspace';
import { TIERS, type Informant, type Tier } from './informant';

/** How many organisations, and how many people met on a visit, by phone and in all. */
export type Totals = { organisations: number; visit: number; phone: number; total: number };

export type TotalsTable<K> = { rows: { key: K; totals: Totals }[]; total: Totals };

const ZERO: Totals = { organisations: 0, visit: 0, phone: 0, total: 0 };

function add(totals: Totals, { visit, phone }: Pick<Informant, 'visit' | 'phone'>): Totals {
  return {
    organisations: totals.organisations + 1,
    visit: totals.visit + visit,
    phone: totals.phone + phone,
    total: totals.total + visit + phone,
  };
}

function sum(rows: readonly { totals: Totals }[]): Totals {
  return rows.reduce(
    (all, { totals }) => ({
      organisations: all.organisations + totals.organisations,
      visit: all.visit + totals.visit,
      phone: all.phone + totals.phone,
      total: all.total + totals.total,
    }),
    ZERO,
  );
}

/** The organisations of the counties on the list: a county the list lacks is in neither table, so both add up to the same totals. */
function listedInformants(record: Pick<RoundRecord, 'informants'>, counties: readonly County[]): Informant[] {
  return counties.flatMap(({ code }) => Object.values(record.informants[code] ?? {}));
}

/** "Informanter per län": a row per county of the list, in its order (a county without organisations has zeros), and the totals. */
export function informantsByCounty(record: Pick<RoundRecord, 'informants'>, counties: readonly County[]): TotalsTable<County> {
  const rows = counties.map((county) => ({
    key: county,
    totals: Object.values(record.informants[county.code] ?? {}).reduce(add, ZERO),
  }));
  return { rows, total: sum(rows) };
}

/** The same organisations by tier, a row per tier in the order of Bilaga 3, and the totals. */
export function informantsByTier(record: Pick<RoundRecord, 'informants'>, counties: readonly County[]): TotalsTable<Tier> {
  const byTier = new Map<Tier, Totals>(TIERS.map((tier) => [tier, ZERO]));
  for (const informant of listedInformants(record, counties)) byTier.set(informant.tier, add(byTier.get(informant.tier) ?? ZERO, informant));
  const rows = TIERS.map((tier) => ({ key: tier, totals: byTier.get(tier) ?? ZERO }));
  return { rows, total: sum(rows) };
}
