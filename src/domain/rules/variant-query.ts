import type { Criteria } from '../criteria/criteria-schema';
import { levelNumber } from '../rating/level-number';
import type { Score } from '../score';
import { MAX_VARIANT_NAME, variantFromCriteria, withThreshold, type RuleVariant } from './rule-variant';

/*
 * A variant's changes as one short text for an address (the rule explorer puts it in `regel`,
 * src/providers/rule-variant-params.ts): `5.3.1-2-6_2.3.1-1-5`.
 *
 * Only the conditions whose thresholds differ from the criteria are listed, each as
 * `<area>.<level>.<condition>-<minScore>-<atLeast>`: area id, level number as the app shows it
 * (the weakest is 1), condition number from 1, then the thresholds; parts are joined with `_`.
 * `5.3.1-2-6` reads "area 5, level 3, condition 1: at least 6 statements ≥ 2". Only characters a
 * query keeps unescaped are used, so the link stays readable. A part that cannot be read or does
 * not fit the criteria is ignored and reported; the rest of the variant still applies.
 *
 * Addresses written before the levels were numbered from 1 carry their changes in `v`, with the
 * weakest level 0; they are read with `firstLevel` 0, so an old link keeps its meaning.
 */
const MAX_QUERY = 1000;
const PART = /^(.+)\.(\d{1,3})\.(\d{1,3})-(\d{1,3})-(\d{1,3})$/;

export type IgnoredReason = 'syntax' | 'area' | 'level' | 'condition' | 'minScore' | 'atLeast' | 'duplicate' | 'tooLong' | 'name';
/** A part of the address that was not used, and why. */
export type IgnoredPart = { part: string; reason: IgnoredReason };
export type DecodedVariant = { variant: RuleVariant; ignored: IgnoredPart[] };

export function encodeVariant(criteria: Criteria, variant: RuleVariant): string {
  const parts: string[] = [];
  criteria.areas.forEach((area, a) => {
    const top = area.levels.length - 1;
    area.levels.forEach((level, l) =>
      level.conditions.forEach((condition, c) => {
        const threshold = variant.areas[a]?.levels[l]?.conditions[c];
        if (!threshold || (threshold.minScore === condition.minScore && threshold.atLeast === condition.atLeast)) return;
        parts.push(`${area.id}.${levelNumber(top - l)}.${c + 1}-${threshold.minScore}-${threshold.atLeast}`);
      }),
    );
  });
  return parts.join('_');
}

/**
 * Reads a variant's name and changes from the address into a variant of the criteria, ignoring
 * what does not fit. `firstLevel` is the number of the weakest level in `query`: 1, or 0 in an
 * address of the older form.
 */
export function decodeVariant(criteria: Criteria, name: string | null, query: string | null, firstLevel: 0 | 1 = 1): DecodedVariant {
  const ignored: IgnoredPart[] = [];
  let cleanName = (name ?? '').trim();
  if (cleanName.length > MAX_VARIANT_NAME) {
    ignored.push({ part: `${cleanName.slice(0, 20)}…`, reason: 'name' });
    cleanName = '';
  }
  let variant = variantFromCriteria(criteria, cleanName);
  if (query === null || query.trim() === '') return { variant, ignored };
  if (query.length > MAX_QUERY) return { variant, ignored: [...ignored, { part: `${query.slice(0, 20)}…`, reason: 'tooLong' }] };

  const seen = new Set<string>();
  for (const part of query.split('_')) {
    if (part === '') continue;
    const read = readPart(criteria, part, firstLevel);
    if ('reason' in read) {
      ignored.push(read);
      continue;
    }
    const key = `${read.area}/${read.level}/${read.condition}`;
    if (seen.has(key)) {
      ignored.push({ part, reason: 'duplicate' });
      continue;
    }
    seen.add(key);
    variant = withThreshold(variant, read.area, read.level, read.condition, { minScore: read.minScore, atLeast: read.atLeast });
  }
  return { variant, ignored };
}

type Place = { area: number; level: number; condition: number; minScore: Score; atLeast: number };

function readPart(criteria: Criteria, part: string, firstLevel: 0 | 1): Place | IgnoredPart {
  const match = PART.exec(part);
  if (!match) return { part, reason: 'syntax' };
  const [, areaId = '', levelText = '', conditionText = '', minText = '', atLeastText = ''] = match;
  const area = criteria.areas.findIndex((candidate) => candidate.id === areaId);
  const areaSpec = criteria.areas[area];
  if (!areaSpec) return { part, reason: 'area' };
  const level = areaSpec.levels.length - 1 - (Number(levelText) - firstLevel);
  const conditions = areaSpec.levels[level]?.conditions;
  if (!conditions || conditions.length === 0) return { part, reason: 'level' };
  const condition = Number(conditionText) - 1;
  const spec = conditions[condition];
  if (!spec) return { part, reason: 'condition' };
  const minScore = Number(minText);
  if (minScore !== 0 && minScore !== 1 && minScore !== 2) return { part, reason: 'minScore' };
  const atLeast = Number(atLeastText);
  if (atLeast < 1 || atLeast > spec.statements.length) return { part, reason: 'atLeast' };
  return { area, level, condition, minScore, atLeast };
}
