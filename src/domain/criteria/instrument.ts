import type { County } from './counties-schema';
import type { Area, Condition, Criteria, LocalizedText, Statement } from './criteria-schema';
import type { GuideQuestion, GuideSection } from './guide-schema';

/**
 * A condition of the criteria, compiled: `slots` are its statements' positions in the
 * instrument's statement list, so a rating reads scores by position and never looks a statement up
 * by id again. "At least `atLeast` of these statements score ≥ `minScore`."
 */
export type RuleCondition = Condition & { slots: readonly number[] };

/** One level of an area, numbered from the weakest (0) upwards, with the report's description where it gives one. */
export type Level = { level: number; label: LocalizedText; description?: LocalizedText; conditions: RuleCondition[] };

export type InstrumentArea = {
  area: Area;
  /** The statement ids of the area, in instrument order. */
  statementIds: string[];
  /** Every statement the area's rating reads: its own and those its conditions name. */
  readIds: string[];
  /** `readIds` as positions in the instrument's statement list. */
  readSlots: readonly number[];
  /** Strongest first, the order in which they are tried. */
  levelsStrongestFirst: Level[];
  /** Weakest first, the order of the figure's columns. */
  levelsWeakestFirst: Level[];
};

/**
 * The criteria with the lookups every rating needs and the rule compiled to statement positions,
 * built once when the files are loaded (a rule variant is an instrument of its own).
 */
export type Instrument = {
  criteria: Criteria;
  counties: County[];
  areas: InstrumentArea[];
  statements: Statement[];
  /** The statements' ids, in instrument order: a score row's slots. */
  statementIds: string[];
  /** Position of each statement in instrument order: its slot in a score row. */
  order: ReadonlyMap<string, number>;
  statementById: ReadonlyMap<string, Statement>;
  areaOfStatement: ReadonlyMap<string, string>;
  /** The highest score of the criteria's scale. */
  maxScore: number;
  /**
   * The revision of the rule the areas' conditions are from: the criteria's own (`criteria.revision`,
   * the latest) or an earlier one a round is rated with.
   */
  ruleRevision: number;
  /** The ids of the interview guide's questions, in guide order (none when the criteria have no guide). */
  questionIds: ReadonlySet<string>;
  /** Each guide question by id. */
  questionById: ReadonlyMap<string, GuideQuestion>;
  /** The guide's sections tied to each area, in guide order; an area without one is absent. */
  sectionsByArea: ReadonlyMap<string, readonly GuideSection[]>;
};

export function buildInstrument(criteria: Criteria, counties: County[], ruleRevision = criteria.revision): Instrument {
  const statements = criteria.areas.flatMap((area) => area.groups.flatMap((group) => group.statements));
  const order = new Map(statements.map((statement, index) => [statement.id, index]));
  const slotOf = (id: string) => {
    const slot = order.get(id);
    // The criteria schema refuses a rule that names an unknown statement; this is a guard for code.
    if (slot === undefined) throw new Error(`the rule names statement '${id}', which the criteria do not have`);
    return slot;
  };
  const areaOfStatement = new Map<string, string>();
  for (const area of criteria.areas) {
    for (const group of area.groups) for (const statement of group.statements) areaOfStatement.set(statement.id, area.id);
  }
  const areas = criteria.areas.map((area): InstrumentArea => {
    const statementIds = area.groups.flatMap((group) => group.statements.map((statement) => statement.id));
    const conditionIds = area.levels.flatMap((level) => level.conditions.flatMap((condition) => condition.statements));
    const readIds = [...new Set([...statementIds, ...conditionIds])].sort((a, b) => slotOf(a) - slotOf(b));
    const top = area.levels.length - 1;
    const levelsStrongestFirst = area.levels.map((level, index): Level => ({
      level: top - index,
      label: level.label,
      ...(level.description ? { description: level.description } : {}),
      conditions: level.conditions.map((condition) => ({ ...condition, slots: condition.statements.map(slotOf) })),
    }));
    return {
      area,
      statementIds,
      readIds,
      readSlots: readIds.map(slotOf),
      levelsStrongestFirst,
      levelsWeakestFirst: [...levelsStrongestFirst].reverse(),
    };
  });
  return {
    criteria,
    counties,
    areas,
    statements,
    statementIds: statements.map((statement) => statement.id),
    order,
    statementById: new Map(statements.map((statement) => [statement.id, statement])),
    areaOfStatement,
    maxScore: Math.max(...criteria.scale.map((step) => step.value)),
    ruleRevision,
    ...guideLookups(criteria),
  };
}

function guideLookups(criteria: Criteria): Pick<Instrument, 'questionIds' | 'questionById' | 'sectionsByArea'> {
  const sections = criteria.guide?.sections ?? [];
  const questions = sections.flatMap((section) => section.questions);
  const sectionsByArea = new Map<string, GuideSection[]>();
  for (const section of sections) {
    if (section.area !== undefined) sectionsByArea.set(section.area, [...(sectionsByArea.get(section.area) ?? []), section]);
  }
  return {
    questionIds: new Set(questions.map((question) => question.id)),
    questionById: new Map(questions.map((question) => [question.id, question])),
    sectionsByArea,
  };
}
