import { Bar, BarChart, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { wrapWords } from '../../domain/export/wrap-words';
import { localize } from '../../domain/localize';
import type { AreaDistribution } from '../../domain/rating/distribution';
import { figuresMessages } from '../../i18n/messages/figures';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { countTicks } from './count-ticks';
import { levelColour } from './level-colours';

/** The width the figure is designed for; a narrower one is drawn for a phone (`width`). */
export const FIGURE_WIDTH = 720;
const BAR_AREA_HEIGHT = 220;
const LINE_HEIGHT = 16;
const AXIS_WIDTH = 40;
/** Characters of a level's label per line: at the design width, and per pixel of a column below it. */
const LABEL_CHARACTERS = 26;
const CHARACTER_WIDTH = 7.5;

type TickProps = { x?: number | string; y?: number | string; payload?: { index: number } };

/**
 * Figur N as the report draws it: one bar per level, weakest on the left, the count on each bar,
 * and under each bar its label and the names of its counties. Drawn at `width` (the design width
 * unless the screen is narrower) and scaled by CSS from there, so the figure looks the same on
 * screen, in print and in tests, and its text keeps its size on a phone.
 */
export function FigureChart({ distribution, width = FIGURE_WIDTH }: { distribution: AreaDistribution; width?: number }) {
  const lang = useLanguage();
  const { t } = useTranslation(figuresMessages);
  const data = distribution.levels.map((level) => ({ label: localize(level.label, lang), count: level.count }));
  const column = (width - AXIS_WIDTH) / Math.max(1, data.length);
  const characters = width >= FIGURE_WIDTH ? LABEL_CHARACTERS : Math.max(8, Math.floor(column / CHARACTER_WIDTH));
  const labelLines = data.map((level) => wrapWords(level.label, characters));
  const tallestLabel = Math.max(...labelLines.map((lines) => lines.length));
  const mostNames = Math.max(1, ...distribution.levels.map((level) => level.counties.length));
  const axisHeight = (tallestLabel + mostNames + 1) * LINE_HEIGHT + 8;

  // A county the group placed against the rule is marked; the figure's text says what the mark means.
  const groupMark = t('groupMark');
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
          {(level?.counties.length ? level.counties.map((c) => (level.byGroup.includes(c.code) ? `${c.name}${groupMark}` : c.name)) : ['–']).map((name, i) => (
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
      width={width}
      height={BAR_AREA_HEIGHT + axisHeight}
      data={data}
      margin={{ top: 24, right: 16, bottom: 0, left: 0 }}
      accessibilityLayer={false}
      style={{ maxWidth: '100%', height: 'auto' }}
    >
      <XAxis dataKey="label" interval={0} height={axisHeight} tickLine={false} tick={renderTick} />
      <YAxis domain={[0, distribution.total]} ticks={countTicks(distribution.total)} interval={0} width={AXIS_WIDTH} tick={{ fill: '#1b1b1b' }} />
      <Bar dataKey="count" isAnimationActive={false} maxBarSize={120}>
        {distribution.levels.map((level) => (
          <Cell key={level.level} fill={levelColour(level.level)} />
        ))}
        <LabelList dataKey="count" position="top" fill="#1b1b1b" fontSize={15} fontWeight={700} />
      </Bar>
    </BarChart>
  );
}
