/**
 * A chart as it is drawn on the page, turned into markup that needs no page CSS: each element
 * gets the computed styles that matter for SVG as presentation attributes, and classes and style
 * attributes go. Presentation attributes rather than a `style` attribute, because they are never
 * subject to a Content-Security-Policy and every SVG viewer reads them.
 */

// Inherited properties are written only where they differ from the parent's, which keeps a
// figure's markup small; the others are written wherever they are not their initial value.
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'visibility',
] as const;
const NOT_INHERITED: readonly (readonly [string, string])[] = [
  ['opacity', '1'],
  ['dominant-baseline', 'auto'],
];

export function snapshotSvg(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inline(svg, clone, null);
  const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
  const height = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  for (const name of ['role', 'aria-hidden', 'tabindex', 'focusable']) clone.removeAttribute(name);
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

function inline(original: Element, copy: Element, parent: CSSStyleDeclaration | null): void {
  const style = getComputedStyle(original);
  for (const name of INHERITED) {
    const value = style.getPropertyValue(name);
    if (value !== '' && (parent === null || parent.getPropertyValue(name) !== value)) copy.setAttribute(name, value);
  }
  for (const [name, initial] of NOT_INHERITED) {
    const value = style.getPropertyValue(name);
    if (value !== '' && value !== initial) copy.setAttribute(name, value);
  }
  copy.removeAttribute('class');
  copy.removeAttribute('style');
  const originals = [...original.children];
  const copies = [...copy.children];
  originals.forEach((child, index) => {
    const childCopy = copies[index];
    if (!childCopy) return;
    if (getComputedStyle(child).display === 'none') childCopy.remove();
    else inline(child, childCopy, style);
  });
}
