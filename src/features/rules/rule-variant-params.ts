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
