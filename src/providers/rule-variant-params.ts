/**
 * The rule explorer's address: `#/regler?variant=Mildare&regel=5.3.1-2-6`, the variant's name and
 * its changed thresholds (written and read by `encodeVariant` and `decodeVariant`). An address of
 * the older form has its changes in `v`, with the weakest level numbered 0: it is still read, and
 * the next edit writes `regel` in its place.
 */
const RULE_VARIANT_PARAMS = { name: 'variant', changes: 'regel', olderChanges: 'v' } as const;

export type RuleVariantParams = { name: string | null; changes: string | null; firstLevel: 0 | 1 };

export function readRuleVariantParams(params: URLSearchParams): RuleVariantParams {
  const name = params.get(RULE_VARIANT_PARAMS.name);
  const changes = params.get(RULE_VARIANT_PARAMS.changes);
  const older = params.get(RULE_VARIANT_PARAMS.olderChanges);
  if (changes === null && older !== null) return { name, changes: older, firstLevel: 0 };
  return { name, changes, firstLevel: 1 };
}

/** Leaves a part alone when it is `undefined`; an empty list of changes removes it. */
export function ruleVariantUpdates(update: { name?: string; changes?: string }): Record<string, string | null> {
  const updates: Record<string, string | null> = {};
  if (update.name !== undefined) updates[RULE_VARIANT_PARAMS.name] = update.name;
  if (update.changes !== undefined) {
    updates[RULE_VARIANT_PARAMS.changes] = update.changes || null;
    updates[RULE_VARIANT_PARAMS.olderChanges] = null;
  }
  return updates;
}

/** The variant's part of an address (`variant=…&regel=…`), to carry it to another page; '' for none. */
export function variantQuery(params: URLSearchParams): string {
  const kept = new URLSearchParams();
  for (const key of Object.values(RULE_VARIANT_PARAMS)) {
    const value = params.get(key);
    if (value !== null) kept.set(key, value);
  }
  return kept.toString();
}

/** The address's parameters without the variant's, for the same page with the default rule. */
export function withoutVariantQuery(params: URLSearchParams): string {
  const kept = new URLSearchParams(params);
  for (const key of Object.values(RULE_VARIANT_PARAMS)) kept.delete(key);
  return kept.toString();
}
