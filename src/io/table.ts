/** Left-aligned columns separated by two spaces; the header row comes first. */
export function formatTable(header: string[], rows: string[][], bold: (s: string) => string = (s) => s): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [bold(line(header)), ...rows.map(line)].join('\n') + '\n';
}

/** "in 42 min", "in 3 h", "expired 5 min ago", or "-". */
export function describeExpiry(iso: string | undefined, now: number): string {
  if (!iso) return '-';
  const ms = Date.parse(iso) - now;
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const span = minutes >= 120 ? `${Math.round(minutes / 60)} h` : `${minutes} min`;
  return ms > 0 ? `in ${span}` : `expired ${span} ago`;
}
