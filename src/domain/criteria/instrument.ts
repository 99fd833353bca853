import type { Area, Condition, Criteria, LocalizedText, Statement } from './criteria-schema';
import type { County } from './counties-schema';

/** One level of an area, numbered from the weakest (0) upwards. */
export type Level = { level: number; label: LocalizedText; conditions: Condition[] };

export type InstrumentArea = {
  area: Area;
  /** The statement ids of the area, in instrument order. */
  statementIds: string[];
  /** Every statement the area's rating reads: its own and those its conditions name. */
  readIds: string[];
  /** Strongest first, the order in which they are tried. */
  levelsStrongestFirst: Level[];
  /** Weakest first, the order of the figure's columns. */
  levelsWeakestFirst: Level[];
};

/** The criteria with the lookups every rating needs, built once when the files are loaded. */
export type Instrument = {
  criteria: Criteria;
  counties: County[];
  areas: InstrumentArea[];
  statements: Statement[];
  /** Position of each statement in instrument order. */
  order: ReadonlyMap<string, number>;
  statementById: ReadonlyMap<string, Statement>;
  areaOfStatement: ReadonlyMap<string, string>;
};

export function buildInstrument(criteria: Criteria, counties: County[]): Instrument {
  const statements = criteria.areas.flatMap((area) => area.groups.flatMap((group) => group.statements));
  const order = new Map(statements.map((statement, index) => [statement.id, index]));
  const areaOfStatement = new Map<string, string>();
  for (const area of criteria.areas) {
    for (const group of area.groups) for (const statement of group.statements) areaOfStatement.set(statement.id, area.id);
  }
  const areas = criteria.areas.map((area): InstrumentArea => {
    const statementIds = area.groups.flatMap((group) => group.statements.map((statement) => statement.id));
    const conditionIds = area.levels.flatMap((level) => level.conditions.flatMap((condition) => condition.statements));
    const readIds = [...new Set([...statementIds, ...conditionIds])].sort(
      (a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0),
    );
    const top = area.levels.length - 1;
    const levelsStrongestFirst = area.levels.map((level, index) => ({ level: top - index, ...level }));
    return { area, statementIds, readIds, levelsStrongestFirst, levelsWeakestFirst: [...levelsStrongestFirst].reverse() };
  });
  return {
    criteria,
    counties,
    areas,
    statements,
    order,
    statementById: new Map(statements.map((statement) => [statement.id, statement])),
    areaOfStatement,
  };
}
