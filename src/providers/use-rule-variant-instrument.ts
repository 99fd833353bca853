import { useMemo } from 'react';
import { buildInstrument, type Instrument } from '../domain/criteria/instrument';
import type { Problem } from '../domain/problems';
import { applyVariant, countChangedConditions, type RuleVariant } from '../domain/rules/rule-variant';
import { decodeVariant, type IgnoredPart } from '../domain/rules/variant-query';
import { readRuleVariantParams } from './rule-variant-params';
import { useInstrument } from './services';

export type RuleVariantInstrument = {
  defaultInstrument: Instrument;
  /** The instrument rated with the variant's thresholds; the default one when there is no variant. */
  instrument: Instrument;
  variant: RuleVariant;
  /** The name as it stands in the address, untrimmed. */
  rawName: string | null;
  /** How many conditions differ from the default rule: 0 is the default rule itself. */
  changedCount: number;
  ignored: IgnoredPart[];
  problems: Problem[];
};

/**
 * A rule variant read from the address (`variant`, `regel`), as an instrument the views rate with:
 * the rule explorer changes it, and Figurer and the report can be drawn with it. It varies the
 * rule of the round in use, at the round's revision.
 */
export function useRuleVariantInstrument(params: URLSearchParams): RuleVariantInstrument {
  const defaultInstrument = useInstrument();
  const { criteria, counties } = defaultInstrument;
  const { name: rawName, changes: query, firstLevel } = readRuleVariantParams(params);
  const decoded = useMemo(() => decodeVariant(criteria, rawName, query, firstLevel), [criteria, rawName, query, firstLevel]);
  const applied = useMemo(() => applyVariant(criteria, decoded.variant), [criteria, decoded.variant]);
  const instrument = useMemo(
    () => (applied.ok ? buildInstrument(applied.value, counties, defaultInstrument.ruleRevision) : defaultInstrument),
    [applied, counties, defaultInstrument],
  );
  return {
    defaultInstrument,
    instrument,
    variant: decoded.variant,
    rawName,
    changedCount: applied.ok ? countChangedConditions(criteria, decoded.variant) : 0,
    ignored: decoded.ignored,
    problems: applied.ok ? [] : applied.problems,
  };
}
