import { useMemo } from 'react';
import { buildInstrument, type Instrument } from '../../domain/criteria/instrument';
import type { Problem } from '../../domain/problems';
import { compareRules, type RuleComparison } from '../../domain/rules/compare-rules';
import { applyVariant, countChangedConditions, MAX_VARIANT_NAME, withThreshold, type RuleVariant, type Threshold } from '../../domain/rules/rule-variant';
import { decodeVariant, encodeVariant, type IgnoredPart } from '../../domain/rules/variant-query';
import { setHashParams } from '../../lib/hash-route';
import { useInstrument, useWorkspace } from '../../providers/services';
import { readRuleVariantParams, ruleVariantUpdates } from './rule-variant-params';

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
  const defaultInstrument = useInstrument();
  const assessments = useWorkspace((state) => state.assessments);
  const { criteria, counties } = defaultInstrument;
  const { name: rawName, changes: query, firstLevel } = readRuleVariantParams(params);

  const decoded = useMemo(() => decodeVariant(criteria, rawName, query, firstLevel), [criteria, rawName, query, firstLevel]);
  const applied = useMemo(() => applyVariant(criteria, decoded.variant), [criteria, decoded.variant]);
  const variantInstrument = useMemo(
    () => (applied.ok ? buildInstrument(applied.value, counties) : defaultInstrument),
    [applied, counties, defaultInstrument],
  );
  const comparison = useMemo(
    () => compareRules(defaultInstrument, variantInstrument, { assessments }),
    [defaultInstrument, variantInstrument, assessments],
  );

  const changedCount = countChangedConditions(criteria, decoded.variant);
  const writeVariant = (variant: RuleVariant) => setHashParams(ruleVariantUpdates({ changes: encodeVariant(criteria, variant) }));
  return {
    defaultInstrument,
    variant: decoded.variant,
    typedName: rawName !== null && rawName.length <= MAX_VARIANT_NAME ? rawName : '',
    variantInstrument,
    isDefault: changedCount === 0,
    changedCount,
    ignored: decoded.ignored,
    problems: applied.ok ? [] : applied.problems,
    comparison,
    setThreshold: (area, level, condition, threshold) => writeVariant(withThreshold(decoded.variant, area, level, condition, threshold)),
    setName: (name) => setHashParams(ruleVariantUpdates({ name })),
    load: (variant) => setHashParams(ruleVariantUpdates({ name: variant.name, changes: encodeVariant(criteria, variant) })),
    reset: () => setHashParams(ruleVariantUpdates({ changes: '' })),
  };
}
