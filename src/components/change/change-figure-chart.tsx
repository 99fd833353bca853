import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import type { AreaChange } from '../../domain/change/level-change';
import { wrapWords } from '../../domain/export/wrap-words';
import { localize } from '../../domain/localize';
import { useLanguage } from '../../i18n/use-translation';
import { countTicks } from '../figure/count-ticks';
import { ROUND_COLOURS } from '../figure/level-colours';

/** The width the figure is designed for; a narrower one is drawn for a phone (`width`). */
export const CHANGE_FIGURE_WIDTH = 720;
const BAR_AREA_HEIGHT = 220;
const LINE_HEIGHT = 16;
const AXIS_WIDTH = 40;
/** Room above the highest bar for its two lines: the round and the count. */
const LABEL_ROOM = 40;
const LABEL_CHARACTERS = 26;
const CHARACTER_WIDTH = 7.5;
const TEXT = '#1b1b1b';

type TickProps = { x?: number | string; y?: number | string; payload?: { index: number } };
type LabelBox = { x?: number | string | undefined; y?: number | string | undefined; width?: number | string | undefined; value?: unknown };

/** Above a bar: which round it is, in type small enough to stay over its own bar, and how many counties. */
function barLabel(round: string) {
  return ({ x = 0, y = 0, width = 0, value }: LabelBox) => {
    const middle = Number(x) + Number(width) / 2;
    const size = Math.max(10, Math.min(12, Math.floor((Number(width) + 4) / (round.length * 0.6))));
    return (
      <text x={middle} y={Number(y) - 6} textAnchor="middle" fill={TEXT}>
        <tspan x={middle} dy={-LINE_HEIGHT} fontSize={size}>
          {round}
        </tspan>
        <tspan x={middle} dy={LINE_HEIGHT} fontSize={15} fontWeight={700}>
          {String(value ?? 0)}
        </tspan>
      </text>
    );
  };
}

/**
 * One area's figure in two rounds: per level, weakest on the left, a bar for the earlier round and
 * one for the later, each named by its round above it with its count. Drawn at `width` and scaled
 * by CSS from there, as Figur 1–6 are.
 */
export function ChangeFigureChart({ change, labels, width = CHANGE_FIGURE_WIDTH }: { change: AreaChange; labels: { from: string; to: string }; width?: number }) {
  const lang = useLanguage();
  const data = change.from.levels.map((level, index) => ({ label: localize(level.label, lang), from: level.count, to: change.to.levels[index]?.count ?? 0 }));
  const column = (width - AXIS_WIDTH) / Math.max(1, data.length);
  const characters = width >= CHANGE_FIGURE_WIDTH ? LABEL_CHARACTERS : Math.max(8, Math.floor(column / CHARACTER_WIDTH));
  const labelLines = data.map((level) => wrapWords(level.label, characters));
  const axisHeight = Math.max(1, ...labelLines.map((lines) => lines.length)) * LINE_HEIGHT + 12;
  const total = Math.max(change.from.total, change.to.total);

  const renderTick = ({ x = 0, y = 0, payload }: TickProps) => (
    <g transform={`translate(${x},${y})`}>
      <text textAnchor="middle" fill={TEXT} fontSize={13} fontWeight={700}>
        {(labelLines[payload?.index ?? 0] ?? []).map((line, i) => (
          <tspan key={i} x={0} dy={LINE_HEIGHT}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );

  return (
    <BarChart
      width={width}
      height={BAR_AREA_HEIGHT + LABEL_ROOM + axisHeight}
      data={data}
      margin={{ top: LABEL_ROOM, right: 16, bottom: 0, left: 0 }}
      barGap={6}
      barCategoryGap="16%"
      accessibilityLayer={false}
      style={{ maxWidth: '100%', height: 'auto' }}
    >
      <XAxis dataKey="label" interval={0} height={axisHeight} tickLine={false} tick={renderTick} />
      <YAxis domain={[0, total]} ticks={countTicks(total)} interval={0} width={AXIS_WIDTH} tick={{ fill: TEXT }} />
      {/* A bar of 0 is drawn a pixel high, so that it too is named by its round and count. */}
      <Bar dataKey="from" fill={ROUND_COLOURS[0]} isAnimationActive={false} maxBarSize={80} minPointSize={1}>
        <LabelList dataKey="from" content={barLabel(labels.from)} />
      </Bar>
      <Bar dataKey="to" fill={ROUND_COLOURS[1]} isAnimationActive={false} maxBarSize={80} minPointSize={1}>
        <LabelList dataKey="to" content={barLabel(labels.to)} />
      </Bar>
    </BarChart>
  );
}
