import type { CriteriaV1 } from './criteria-schema-v1';
import type { CriteriaV2 } from './criteria-schema-v2';

const localized = (sv: string) => ({ sv });

/** Version 1 → 2: every Swedish text becomes a localized text with no translation yet. */
export function migrateCriteriaV1(previous: unknown): unknown {
  const v1 = previous as CriteriaV1;
  const { instruction, ...rest } = v1;
  return {
    ...rest,
    version: 2,
    title: localized(v1.title),
    ...(instruction === undefined ? {} : { instruction: localized(instruction) }),
    scale: v1.scale.map((step) => ({ value: step.value, label: localized(step.label) })),
    areas: v1.areas.map(({ description, ...area }) => ({
      ...area,
      title: localized(area.title),
      figureTitle: localized(area.figureTitle),
      ...(description === undefined ? {} : { description: localized(description) }),
      groups: area.groups.map(({ intro, ...group }) => ({
        ...group,
        heading: localized(group.heading),
        ...(intro === undefined ? {} : { intro: localized(intro) }),
        statements: group.statements.map((statement) => ({ id: statement.id, text: localized(statement.text) })),
      })),
      levels: area.levels.map((level) => ({ label: localized(level.label), conditions: level.conditions })),
    })),
  };
}

/** What a condition from before version 3 says of its source: nothing, so it is the file's choice. */
const UNSTATED_BASIS = {
  kind: 'tolkning',
  why: {
    sv: 'Kriteriefilen (version 2) angav inte villkorets grund.',
    en: 'The criteria file (version 2) did not state where the condition comes from.',
  },
} as const;

/**
 * Version 2 → 3: a version-2 file has no guide and no level descriptions (both optional); its
 * short titles are its titles, its conditions' basis is unstated, and its rule is revision 1.
 */
export function migrateCriteriaV2(previous: unknown): unknown {
  const v2 = previous as CriteriaV2;
  return {
    ...v2,
    version: 3,
    areas: v2.areas.map((area) => ({
      ...area,
      shortTitle: area.title,
      levels: area.levels.map((level) => ({
        ...level,
        conditions: level.conditions.map((condition) => ({ ...condition, basis: UNSTATED_BASIS })),
      })),
    })),
    revision: 1,
    revisions: [],
  };
}
