/** Whole-number ticks from 0 to the number of counties, at most about eight of them. */
export function countTicks(total: number): number[] {
  const step = Math.max(1, Math.ceil(total / 7));
  const ticks: number[] = [];
  for (let tick = 0; tick < total; tick += step) ticks.push(tick);
  return [...ticks, total];
}
