// Aligned plain-text tables for the demo's terminal output, never wider than
// a terminal line (120 columns by default): when the columns don't fit, the
// widest ones shrink and their cells wrap at spaces onto continuation lines.

/** Display columns of a string: one per code point (the demo prints no wide or combining characters). */
export const displayWidth = (text: string): number => [...text].length;

const gap = '  ';

/** Splits a cell into lines of at most `width` columns, at spaces where possible. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    let rest = word;
    // A word longer than the column is cut: better than a line that runs past the edge.
    while (displayWidth(rest) > width) {
      if (line !== '') lines.push(line);
      const chars = [...rest];
      lines.push(chars.slice(0, width).join(''));
      rest = chars.slice(width).join('');
      line = '';
    }
    if (line === '') line = rest;
    else if (displayWidth(line) + 1 + displayWidth(rest) <= width) line = `${line} ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  lines.push(line);
  return lines;
}

export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  { maxWidth = 120 }: { maxWidth?: number } = {},
): string {
  const widths = headers.map((header, column) =>
    Math.max(displayWidth(header), ...rows.map((row) => displayWidth(row[column] ?? ''))),
  );
  // A column never shrinks below its header or 10 columns, whichever is wider.
  const minimums = headers.map((header) => Math.max(displayWidth(header), 10));
  const total = () =>
    widths.reduce((sum, width) => sum + width, 0) + gap.length * (widths.length - 1);
  while (total() > maxWidth) {
    let widest = -1;
    widths.forEach((width, column) => {
      if (width > (minimums[column] ?? 0) && (widest === -1 || width > (widths[widest] ?? 0)))
        widest = column;
    });
    if (widest === -1) break; // every column at its minimum: nothing left to give
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
  const render = (cells: readonly string[]): string[] => {
    const wrapped = widths.map((width, column) => wrap(cells[column] ?? '', width));
    const height = Math.max(...wrapped.map((lines) => lines.length));
    return Array.from({ length: height }, (_, index) =>
      wrapped
        .map((lines, column) => {
          const cell = lines[index] ?? '';
          return cell + ' '.repeat(Math.max(0, (widths[column] ?? 0) - displayWidth(cell)));
        })
        .join(gap)
        .trimEnd(),
    );
  };
  return [
    ...render(headers),
    widths.map((width) => '─'.repeat(width)).join(gap),
    ...rows.flatMap(render),
  ].join('\n');
}
