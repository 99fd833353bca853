import type { Instrument, InstrumentArea } from '../criteria/instrument';

/**
 * The rule of one or more areas with every statement id turned into a bit, so that figures over
 * thousands of assessments read each score once and never look a statement up by id again.
 * Statement `slot` is bit `slot % 32` of word `slot >> 5` of a bit set (an Int32Array).
 */
export type CompiledRule = {
  /** The statement ids read, one per slot: every id any of the areas reads. */
  ids: string[];
  /** How many 32-bit words one bit set of `ids` takes. */
  words: number;
  areas: CompiledArea[];
};

export type CompiledArea = {
  areaId: string;
  /** The statements the area reads (`readIds`): all must be scored for the area to be rated. */
  readMask: Int32Array;
  /** Every level's conditions in one list, so the level is found without a branch per level. */
  conditions: CompiledCondition[];
  /** One bit per level, 0b111 for the three levels the criteria schema asks for. */
  levelBits: number;
};

/**
 * "At least `atLeast` of the statements in `mask` score ≥ `minScore`", a condition of the level
 * numbered `level`. A bit per statement counts the same as the list, since the criteria schema
 * forbids a statement twice in one condition.
 */
export type CompiledCondition = { level: number; mask: Int32Array; minScore: number; atLeast: number };

function compile(areas: readonly InstrumentArea[]): CompiledRule {
  const ids = [...new Set(areas.flatMap((area) => area.readIds))];
  const words = Math.ceil(ids.length / 32);
  const slotOf = new Map(ids.map((id, slot) => [id, slot]));
  const maskOf = (statementIds: readonly string[]) => {
    const mask = new Int32Array(words);
    for (const id of statementIds) {
      // Every id is in `ids`: they are the areas' readIds, which include what conditions read.
      const slot = slotOf.get(id) ?? 0;
      mask[slot >> 5] = (mask[slot >> 5] ?? 0) | (1 << slot);
    }
    return mask;
  };
  return {
    ids,
    words,
    areas: areas.map((area) => ({
      areaId: area.area.id,
      readMask: maskOf(area.readIds),
      conditions: area.levelsStrongestFirst.flatMap((level) =>
        level.conditions.map((condition) => ({
          level: level.level,
          mask: maskOf(condition.statements),
          minScore: condition.minScore,
          atLeast: condition.atLeast,
        })),
      ),
      levelBits: 2 ** area.levelsStrongestFirst.length - 1,
    })),
  };
}

// An instrument and its areas are never changed once built (a rule variant is a new instrument),
// so a rule compiled for one stays right for as long as the instrument lives.
const byInstrument = new WeakMap<Instrument, CompiledRule>();
const byArea = new WeakMap<InstrumentArea, CompiledRule>();

/** Every area of the instrument, compiled once per instrument. */
export function compiledRule(instrument: Instrument): CompiledRule {
  let rule = byInstrument.get(instrument);
  if (!rule) byInstrument.set(instrument, (rule = compile(instrument.areas)));
  return rule;
}

/** One area alone, for a figure drawn by itself (the rule explorer's default beside its variant). */
export function compiledAreaRule(area: InstrumentArea): CompiledRule {
  let rule = byArea.get(area);
  if (!rule) byArea.set(area, (rule = compile([area])));
  return rule;
}
