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

/** Version 2 → 3: a version-2 file has no interview guide, and version 3 allows none. */
export function migrateCriteriaV2(previous: unknown): unknown {
  const v2 = previous as CriteriaV2;
  return { ...v2, version: 3 };
}
