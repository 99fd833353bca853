import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Symbols, type TextAnchor } from 'recharts';
import { wrapWords } from '../../../../domain/export/wrap-words';
import { localize } from '../../../../domain/localize';
import { useLanguage } from '../../../../i18n/use-translation';
import { useInstrument } from '../../../../providers/services';
import { useMeanFormat } from '../side-by-side-format';
import type { SeriesStyle } from './side-by-side-series';

/** One line of the radar: a county's area means, or the national median. */
export type RadarSeries = { key: string; name: string; style: SeriesStyle; values: (number | null)[] };

/** The width the radar is designed for; a narrower one is drawn for a phone (`width`). */
export const RADAR_WIDTH = 680;
const HEIGHT = 500;
const LINE_HEIGHT = 15;
/** Below this width the areas' names do not fit around the radar: it is labelled with their numbers. */
const NAMES_FIT = 560;
const NARROW_MARGIN = 28;

type TickProps = { x?: number | string; y?: number | string; textAnchor?: TextAnchor; payload?: { value?: unknown } };
type DotProps = { cx?: number; cy?: number };
type RadiusTickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown } };

/**
 * The scale's labels stand between the spokes of area 1 and area 2, where no point is drawn, and
 * are drawn last with a white edge, so no line or point covers them.
 */
const SCALE_ANGLE = 60;

/**
 * Each county's mean score per area (0–2) as a radar, with the national median. Drawn at `width`
 * (the design width unless the screen is narrower) and scaled by CSS from there (decision 005);
 * on a narrow screen the areas are named by their numbers, as in the table below the radar. An
 * area without a mean leaves a gap in that line.
 */
export function SideBySideRadarChart({ series, areaIds, width = RADAR_WIDTH }: { series: readonly RadarSeries[]; areaIds: readonly string[]; width?: number }) {
  const lang = useLanguage();
  const instrument = useInstrument();
  const format = useMeanFormat();
  const data = areaIds.map((areaId, index) => {
    const row: Record<string, string | number | null> = { areaId };
    for (const line of series) row[line.key] = line.values[index] ?? null;
    return row;
  });
  const narrow = width < NAMES_FIT;
  const outerRadius = narrow ? width / 2 - NARROW_MARGIN - 8 : 165;
  const height = narrow ? 2 * (outerRadius + NARROW_MARGIN + 8) : HEIGHT;
  const labelOf = (areaId: unknown) => {
    const area = instrument.areas.find((candidate) => candidate.area.id === areaId)?.area;
    if (!area) return [String(areaId)];
    return narrow ? [area.id] : wrapWords(`${area.id}. ${localize(area.shortTitle, lang)}`, 22);
  };

  const renderTick = ({ x = 0, y = 0, textAnchor = 'middle', payload }: TickProps) => {
    const lines = labelOf(payload?.value);
    // Labels above the centre grow upwards, those below grow downwards (the margins are even, so
    // the centre is half the height).
    const offset = Number(y) - height / 2;
    const firstDy = offset < -2 ? -(lines.length - 1) * LINE_HEIGHT - 4 : offset > 2 ? LINE_HEIGHT - 2 : 4;
    return (
      <text x={x} y={y} textAnchor={textAnchor} fill="#1b1b1b" fontSize={13}>
        {lines.map((line, i) => (
          <tspan key={i} x={x} dy={i === 0 ? firstDy : LINE_HEIGHT}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };

  const renderScaleTick = ({ x = 0, y = 0, payload }: RadiusTickProps) => (
    <text x={x} y={y} dx={6} dy={4} textAnchor="start" fill="#1b1b1b" fontSize={12} stroke="#ffffff" strokeWidth={4} paintOrder="stroke">
      {format(Number(payload?.value ?? 0))}
    </text>
  );

  return (
    <RadarChart
      width={width}
      height={height}
      data={data}
      outerRadius={outerRadius}
      margin={narrow ? { top: NARROW_MARGIN, right: NARROW_MARGIN, bottom: NARROW_MARGIN, left: NARROW_MARGIN } : { top: 40, right: 150, bottom: 40, left: 150 }}
      accessibilityLayer={false}
      style={{ maxWidth: '100%', height: 'auto' }}
    >
      <PolarGrid stroke="#767676" />
      <PolarAngleAxis dataKey="areaId" tick={renderTick} />
      {/* Drawn in the order given: the caller puts the median first, so a county on it stays in view. */}
      {series.map((line) => (
        <Radar
          key={line.key}
          dataKey={line.key}
          name={line.name}
          stroke={line.style.colour}
          strokeWidth={line.style.width}
          strokeDasharray={line.style.dash}
          strokeLinecap={line.style.dash === undefined ? 'butt' : 'round'}
          fill="none"
          fillOpacity={0}
          isAnimationActive={false}
          dot={({ cx, cy }: DotProps) =>
            typeof cx === 'number' && typeof cy === 'number' && Number.isFinite(cx) && Number.isFinite(cy) ? (
              <Symbols type={line.style.symbol} size={60} cx={cx} cy={cy} fill={line.style.colour} />
            ) : (
              <g />
            )
          }
        />
      ))}
      <PolarRadiusAxis domain={[0, 2]} ticks={[0, 0.5, 1, 1.5, 2]} angle={SCALE_ANGLE} tick={renderScaleTick} axisLine={false} />
    </RadarChart>
  );
}
