// Plain-text tables for the measuring scripts: readable in a terminal and in a CI log, and easy to
// paste into docs/performance.md.

/** Rows of cells as aligned columns; the first row is the header. Numbers-looking cells align right. */
export function plainTable(rows) {
  const widths = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, String(cell).length)));
  const numeric = /^[-+]?[\d.,]+( ?(ms|kB|%|×|\/s))?$/;
  const line = (row) =>
    row
      .map((cell, i) => {
        const text = String(cell);
        const width = widths[i] ?? 0;
        return numeric.test(text) ? text.padStart(width) : text.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const [header, ...body] = rows;
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header ?? []), rule, ...body.map(line)].join('\n');
}

/** Milliseconds with a precision that suits their size. */
export function ms(value) {
  if (!Number.isFinite(value)) return '–';
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  if (value >= 1) return `${value.toFixed(2)} ms`;
  return `${value.toFixed(3)} ms`;
}

/** The verdict beside a budget: "ok" or "over budget". */
export function overBudget(within) {
  return within ? 'ok' : 'over budget';
}
