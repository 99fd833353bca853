/**
 * The rule explorer's address: `#/regler?variant=Mildare&v=5.2.1-2-6`, the variant's name and its
 * changed thresholds (written and read by `encodeVariant` and `decodeVariant`).
 */
const RULE_VARIANT_PARAMS = { name: 'variant', changes: 'v' } as const;

export function readRuleVariantParams(params: URLSearchParams): { name: string | null; changes: string | null } {
  return { name: params.get(RULE_VARIANT_PARAMS.name), changes: params.get(RULE_VARIANT_PARAMS.changes) };
}

/** Leaves a part alone when it is `undefined`; an empty list of changes removes `v`. */
export function ruleVariantUpdates(update: { name?: string; changes?: string }): Record<string, string | null> {
  const updates: Record<string, string | null> = {};
  if (update.name !== undefined) updates[RULE_VARIANT_PARAMS.name] = update.name;
  if (update.changes !== undefined) updates[RULE_VARIANT_PARAMS.changes] = update.changes || null;
  return updates;
}
