import type { County } from '../criteria/counties-schema';
import type { LocalizedText } from '../criteria/criteria-schema';
import type { Instrument } from '../criteria/instrument';
import { distributeAll, type AreaDistribution } from '../rating/distribution';
import type { RoundScores } from '../workspace/assessment';
import { sameAreaRule } from './same-area-rule';

/** One round as it is compared: its agreed scores and group levels, rated with `instrument`'s rule. */
export type RatedRound = { instrument: Instrument; scores: RoundScores };

/** Where a county sits in one round's figure: the level, and whether the group set it against the rule. */
export type PlacedLevel = { level: number; label: LocalizedText; byGroup: boolean };

export type Direction = 'higher' | 'same' | 'lower';

/** A county rated in both rounds under the same rule for the area. */
type CountyMove = { county: County; from: PlacedLevel; to: PlacedLevel; direction: Direction };

/**
 * A county whose levels cannot be compared: it is not rated in one round or both (`not-rated`),
 * or the two rounds rate the area with different rules (`rule-differs`), which is said first.
 */
type NotComparable = { county: County; reason: 'not-rated' | 'rule-differs'; from: PlacedLevel | null; to: PlacedLevel | null };

/** One row of "Förändring per område", with the counties behind each count and both rounds' figures. */
export type AreaChange = {
  areaId: string;
  figure: number;
  title: LocalizedText;
  /** Whether the two rounds' rules for the area differ: then no county is comparable. */
  ruleDiffers: boolean;
  higher: CountyMove[];
  same: CountyMove[];
  lower: CountyMove[];
  notComparable: NotComparable[];
  /** The area's figure in each round, as Figur 1–6 show it. */
  from: AreaDistribution;
  to: AreaDistribution;
};

export function directionOf(from: number, to: number): Direction {
  return to > from ? 'higher' : to < from ? 'lower' : 'same';
}

/** Each county's place in a figure, by county code; an unrated county is absent. */
function placesOf(distribution: AreaDistribution): Map<string, PlacedLevel> {
  const places = new Map<string, PlacedLevel>();
  for (const level of distribution.levels) {
    for (const county of level.counties) {
      places.set(county.code, { level: level.level, label: level.label, byGroup: level.byGroup.includes(county.code) });
    }
  }
  return places;
}

/**
 * Per area, how every county's level moved from round `from` to round `to`. The levels are the
 * figures' own (`distributeAll`, with the group's levels where the group set them), so the counts
 * always agree with Figur 1–6 of each round. Counties in county-list order in every list.
 */
export function changeBetweenRounds(from: RatedRound, to: RatedRound): AreaChange[] {
  if (from.instrument.counties.length !== to.instrument.counties.length) throw new Error('the two rounds are rated for different county lists');
  const figuresFrom = distributeAll(from.instrument, from.scores);
  const figuresTo = distributeAll(to.instrument, to.scores);
  return from.instrument.areas.map((area, index): AreaChange => {
    const otherArea = to.instrument.areas[index];
    const distFrom = figuresFrom[index];
    const distTo = figuresTo[index];
    if (!otherArea || otherArea.area.id !== area.area.id || !distFrom || !distTo) throw new Error(`round 'to' has no area ${area.area.id}`);
    const ruleDiffers = !sameAreaRule(area, otherArea);
    const placedFrom = placesOf(distFrom);
    const placedTo = placesOf(distTo);
    const change: AreaChange = {
      areaId: area.area.id,
      figure: area.area.figure,
      title: area.area.figureTitle,
      ruleDiffers,
      higher: [],
      same: [],
      lower: [],
      notComparable: [],
      from: distFrom,
      to: distTo,
    };
    for (const county of from.instrument.counties) {
      const before = placedFrom.get(county.code) ?? null;
      const after = placedTo.get(county.code) ?? null;
      if (ruleDiffers || before === null || after === null) {
        change.notComparable.push({ county, reason: ruleDiffers ? 'rule-differs' : 'not-rated', from: before, to: after });
        continue;
      }
      const direction = directionOf(before.level, after.level);
      change[direction].push({ county, from: before, to: after, direction });
    }
    return change;
  });
}
