import { NEVER_EXPIRES_AT } from '../secrets/credential.js';
import { stripVTControlCharacters } from 'node:util';

/** What a cell takes on screen: colour escapes have no width. */
const width = (s: string) => stripVTControlCharacters(s).length;

/** Left-aligned columns separated by two spaces; the header row comes first. Cells may be coloured. */
export function formatTable(header: string[], rows: string[][], bold: (s: string) => string = (s) => s): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat(widths[i]! - width(c))))
      .join('  ')
      .trimEnd();
  return [bold(line(header)), ...rows.map(line)].join('\n') + '\n';
}

/** "in 42 min", "in 3 h", "expired 5 min ago", or "-". */
export function describeExpiry(iso: string | undefined, now: number): string {
  if (!iso) return '-';
  if (Date.parse(iso) === NEVER_EXPIRES_AT) return 'never expires';
  const ms = Date.parse(iso) - now;
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const span = minutes >= 120 ? `${Math.round(minutes / 60)} h` : `${minutes} min`;
  return ms > 0 ? `in ${span}` : `expired ${span} ago`;
}
