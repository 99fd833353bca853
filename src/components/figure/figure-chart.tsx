import { Bar, BarChart, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { wrapWords } from '../../domain/export/wrap-words';
import { localize } from '../../domain/localize';
import type { AreaDistribution } from '../../domain/rating/distribution';
import { useLanguage } from '../../i18n/use-translation';
import { countTicks } from './count-ticks';
import { levelColour } from './level-colours';

const WIDTH = 720;
const BAR_AREA_HEIGHT = 220;
const LINE_HEIGHT = 16;

type TickProps = { x?: number | string; y?: number | string; payload?: { index: number } };

/**
 * Figur N as the report draws it: one bar per level, weakest on the left, the count on each bar,
 * and under each bar its label and the names of its counties. The size is fixed and the SVG scales
 * to its container, so the figure looks the same on screen, in print and in tests.
 */
export function FigureChart({ distribution }: { distribution: AreaDistribution }) {
  const lang = useLanguage();
  const data = distribution.levels.map((level) => ({ label: localize(level.label, lang), count: level.count }));
  const labelLines = data.map((level) => wrapWords(level.label, 26));
  const tallestLabel = Math.max(...labelLines.map((lines) => lines.length));
  const mostNames = Math.max(1, ...distribution.levels.map((level) => level.counties.length));
  const axisHeight = (tallestLabel + mostNames + 1) * LINE_HEIGHT + 8;

  const renderTick = ({ x = 0, y = 0, payload }: TickProps) => {
    const index = payload?.index ?? 0;
    const level = distribution.levels[index];
    const lines = labelLines[index] ?? [];
    return (
      <g transform={`translate(${x},${y})`}>
        <text textAnchor="middle" fill="#1b1b1b" fontSize={13}>
          {lines.map((line, i) => (
            <tspan key={i} x={0} dy={i === 0 ? LINE_HEIGHT : LINE_HEIGHT} fontWeight={700}>
              {line}
            </tspan>
          ))}
          {(level?.counties.length ? level.counties.map((c) => c.name) : ['–']).map((name, i) => (
            <tspan key={name} x={0} dy={i === 0 ? LINE_HEIGHT * 1.5 : LINE_HEIGHT}>
              {name}
            </tspan>
          ))}
        </text>
      </g>
    );
  };

  return (
    <BarChart
      width={WIDTH}
      height={BAR_AREA_HEIGHT + axisHeight}
      data={data}
      margin={{ top: 24, right: 16, bottom: 0, left: 0 }}
      accessibilityLayer={false}
      style={{ maxWidth: '100%', height: 'auto' }}
    >
      <XAxis dataKey="label" interval={0} height={axisHeight} tickLine={false} tick={renderTick} />
      <YAxis domain={[0, distribution.total]} ticks={countTicks(distribution.total)} interval={0} width={40} tick={{ fill: '#1b1b1b' }} />
      <Bar dataKey="count" isAnimationActive={false} maxBarSize={120}>
        {distribution.levels.map((level) => (
          <Cell key={level.level} fill={levelColour(level.level)} />
        ))}
        <LabelList dataKey="count" position="top" fill="#1b1b1b" fontSize={15} fontWeight={700} />
      </Bar>
    </BarChart>
  );
}
