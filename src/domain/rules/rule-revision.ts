import type { Criteria, Revision } from '../criteria/criteria-schema';
import { buildInstrument, type Instrument } from '../criteria/instrument';

const built = new WeakMap<Instrument, Map<number, Instrument>>();

/** The revision a round is rated with: recorded on the round, or 1, the rule before revisions were kept. */
export function revisionOfRound(round: { ruleRevision?: number | undefined }): number {
  return round.ruleRevision ?? 1;
}

/**
 * The instrument rated with the rule as it stood at `revision`: the criteria's areas with that
 * revision's conditions, as a rule variant is an instrument of its own. `instrument` is the one
 * of the latest revision, as loaded. A revision the criteria do not know as earlier (the latest,
 * or a newer one from a newer app) is rated with the latest. The same revision gives the same
 * instrument, so views that memoise on it stay still.
 */
export function ruleOfRevision(instrument: Instrument, revision: number): Instrument {
  const { criteria } = instrument;
  if (instrument.ruleRevision !== criteria.revision) throw new Error('ruleOfRevision starts from the instrument of the latest revision');
  if (revision >= criteria.revision || !criteria.revisions.some((entry) => entry.revision === revision)) return instrument;
  let byRevision = built.get(instrument);
  if (!byRevision) {
    byRevision = new Map();
    built.set(instrument, byRevision);
  }
  const cached = byRevision.get(revision);
  if (cached) return cached;
  const made = buildInstrument(criteriaAtRevision(criteria, revision), instrument.counties, revision);
  byRevision.set(revision, made);
  return made;
}

/** The revisions from `revision` to the latest, earliest first: what changed since a round's rule. */
export function changesSince(criteria: Criteria, revision: number): Revision[] {
  return criteria.revisions.filter((entry) => entry.revision >= revision).sort((a, b) => a.revision - b.revision);
}

/**
 * Each kept revision holds the areas the next one changed; going back from the latest to
 * `revision`, the earliest word on an area is its rule at `revision`.
 */
function criteriaAtRevision(criteria: Criteria, revision: number): Criteria {
  const levels = new Map<string, Revision['levels'][string]>();
  for (const entry of changesSince(criteria, revision).reverse()) {
    for (const [areaId, conditions] of Object.entries(entry.levels)) levels.set(areaId, conditions);
  }
  return {
    ...criteria,
    areas: criteria.areas.map((area) => {
      const earlier = levels.get(area.id);
      if (!earlier) return area;
      return { ...area, levels: area.levels.map((level, l) => ({ ...level, conditions: earlier[l] ?? level.conditions })) };
    }),
  };
}
