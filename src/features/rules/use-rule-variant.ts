import { useMemo } from 'react';
import type { Instrument } from '../../domain/criteria/instrument';
import type { Problem } from '../../domain/problems';
import { compareRules, type RuleComparison } from '../../domain/rules/compare-rules';
import { countChangedConditions, MAX_VARIANT_NAME, withThreshold, type RuleVariant, type Threshold } from '../../domain/rules/rule-variant';
import { encodeVariant, type IgnoredPart } from '../../domain/rules/variant-query';
import { setHashParams } from '../../lib/hash-route';
import { useRoundScores } from '../../providers/round-in-use';
import { ruleVariantUpdates } from '../../providers/rule-variant-params';
import { useRuleVariantInstrument } from '../../providers/use-rule-variant-instrument';

export type RuleVariantState = {
  defaultInstrument: Instrument;
  variant: RuleVariant;
  /** The name as typed (untrimmed), for the text field. */
  typedName: string;
  variantInstrument: Instrument;
  isDefault: boolean;
  /** How many conditions differ from the default rule. */
  changedCount: number;
  ignored: IgnoredPart[];
  problems: Problem[];
  comparison: RuleComparison;
  setThreshold: (area: number, level: number, condition: number, threshold: Threshold) => void;
  setName: (name: string) => void;
  load: (variant: RuleVariant) => void;
  reset: () => void;
};

/**
 * The variant lives in the address (`?variant=<name>&regel=<changes>`): the page reads it from there
 * and every edit writes it back, so a link or a reload reopens the same variant.
 */
export function useRuleVariant(params: URLSearchParams): RuleVariantState {
  const roundScores = useRoundScores();
  const { defaultInstrument, instrument: variantInstrument, rawName, variant, ignored, problems } = useRuleVariantInstrument(params);
  const { criteria } = defaultInstrument;
  const comparison = useMemo(
    () => compareRules(defaultInstrument, variantInstrument, roundScores),
    [defaultInstrument, variantInstrument, roundScores],
  );

  // Counted here even when the variant cannot be applied, so that the page says what was asked for.
  const changedCount = countChangedConditions(criteria, variant);
  const writeVariant = (variant: RuleVariant) => setHashParams(ruleVariantUpdates({ changes: encodeVariant(criteria, variant) }));
  return {
    defaultInstrument,
    variant,
    typedName: rawName !== null && rawName.length <= MAX_VARIANT_NAME ? rawName : '',
    variantInstrument,
    isDefault: changedCount === 0,
    changedCount,
    ignored,
    problems,
    comparison,
    setThreshold: (area, level, condition, threshold) => writeVariant(withThreshold(variant, area, level, condition, threshold)),
    setName: (name) => setHashParams(ruleVariantUpdates({ name })),
    load: (variant) => setHashParams(ruleVariantUpdates({ name: variant.name, changes: encodeVariant(criteria, variant) })),
    reset: () => setHashParams(ruleVariantUpdates({ changes: '' })),
  };
}
