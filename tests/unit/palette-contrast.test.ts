import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { LEVEL_COLOURS, ROUND_COLOURS } from '../../src/components/figure/level-colours';
import { contrastRatio } from './contrast';

// The colours are read from the stylesheets themselves, so a change there is checked here.
const css = readFileSync(resolve(process.cwd(), 'src/styles.css'), 'utf8');
const badgeCss = readFileSync(resolve(process.cwd(), 'src/components/level-badge.css'), 'utf8');
const caveatCss = readFileSync(resolve(process.cwd(), 'src/components/ranking-caveat.css'), 'utf8');
const changeCss = readFileSync(resolve(process.cwd(), 'src/features/change/change-page.css'), 'utf8');
const token = (name: string) => {
  const value = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(css)?.[1];
  if (!value) throw new Error(`--${name} is not a #rrggbb colour in styles.css`);
  return value;
};
const badgeFill = (level: string) => {
  const value = new RegExp(`\\.level--${level}\\s*{[^}]*background:\\s*(#[0-9a-fA-F]{6})`).exec(badgeCss)?.[1];
  if (!value) throw new Error(`.level--${level} has no #rrggbb background in level-badge.css`);
  return value;
};
/** A badge's text colour: a #rrggbb, or a token of styles.css such as var(--text). */
const badgeText = (level: string) => {
  const value = new RegExp(`\\.level--${level}\\s*{[^}]*[^-]color:\\s*([^;}]+)`).exec(badgeCss)?.[1]?.trim();
  if (!value) throw new Error(`.level--${level} has no text colour in level-badge.css`);
  const tokenName = /^var\(--([a-z-]+)\)$/.exec(value)?.[1];
  return tokenName ? token(tokenName) : value;
};
const darkness = (colour: string) => contrastRatio(colour, '#ffffff');

test.each(LEVEL_COLOURS.map((colour, level) => [level, colour] as const))(
  'the bar fill of level %i (%s) has at least 3:1 contrast against the white chart background',
  (_, colour) => {
    expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
  },
);

test('the bar fills step from light to dark, weakest level first, and can be told apart in greyscale', () => {
  const steps = LEVEL_COLOURS.map(darkness);
  for (let i = 1; i < steps.length; i += 1) expect((steps[i] ?? 0) / (steps[i - 1] ?? 1)).toBeGreaterThan(1.15);
});

test('the badge fills step from light to dark in the same order as the bars', () => {
  const steps = ['0', '1', '2'].map((level) => darkness(badgeFill(level)));
  for (let i = 1; i < steps.length; i += 1) expect(steps[i]).toBeGreaterThan(steps[i - 1] ?? 0);
});

test.each([
  ['body text on the page', 'text', 'bg', 4.5],
  ['muted text on the page', 'muted', 'bg', 4.5],
  ['muted text on a panel', 'muted', 'surface', 4.5],
  ['links on the page', 'accent', 'bg', 4.5],
  ['links on a panel', 'accent', 'surface', 4.5],
  ['white header text on the header', 'bg', 'accent', 4.5],
  ['error text on the page', 'error', 'bg', 4.5],
  ['input borders against the page', 'border', 'bg', 3],
])('%s has enough contrast', (_, foreground, background, minimum) => {
  expect(contrastRatio(token(foreground), token(background))).toBeGreaterThanOrEqual(minimum);
});

test.each(['0', '1', '2'])('text on the level %s badge has at least 4.5:1 contrast', (level) => {
  expect(contrastRatio(badgeText(level), badgeFill(level))).toBeGreaterThanOrEqual(4.5);
});

test('the report’s caveat is text with at least 4.5:1 contrast on its panel, and its rule stands out at 3:1', () => {
  // The first rule for .ranking-caveat is the screen's; the printed one is black on white.
  const rule = /\.ranking-caveat\s*{([^}]*)}/.exec(caveatCss)?.[1] ?? '';
  const tokenOf = (property: string) => {
    const name = new RegExp(`(?:^|[;\\s])${property}:[^;]*var\\(--([a-z-]+)\\)`).exec(rule)?.[1];
    if (!name) throw new Error(`.ranking-caveat has no ${property} from a token of styles.css`);
    return token(name);
  };
  expect(contrastRatio(tokenOf('color'), tokenOf('background'))).toBeGreaterThanOrEqual(4.5);
  expect(contrastRatio(tokenOf('border-left'), tokenOf('background'))).toBeGreaterThanOrEqual(3);
});

test.each(ROUND_COLOURS.map((colour, index) => [index === 0 ? 'earlier' : 'later', colour] as const))(
  'the bar fill of the %s round (%s) has at least 3:1 contrast against the white chart background',
  (_, colour) => {
    expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
  },
);

test('the two rounds’ bar fills can be told apart in greyscale', () => {
  const [earlier = '', later = ''] = ROUND_COLOURS;
  expect(contrastRatio(earlier, later)).toBeGreaterThan(1.5);
});

test.each(['down2', 'down1', 'same', 'up1', 'up2'])('the value printed on a score change of kind %s has at least 4.5:1 contrast', (tone) => {
  const fill = new RegExp(`\\.change-cell--${tone}\\s*{[^}]*background:\\s*(#[0-9a-fA-F]{6})`).exec(changeCss)?.[1];
  if (!fill) throw new Error(`.change-cell--${tone} has no #rrggbb background in change-page.css`);
  expect(contrastRatio(token('text'), fill)).toBeGreaterThanOrEqual(4.5);
});
