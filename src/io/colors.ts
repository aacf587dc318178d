/**
 * The few ANSI styles authctl uses, or the identity when colours are off. Chalk
 * did this for a cost of several milliseconds on every start (its colour-support
 * detection loads node:os, node:tty and node:process); `authctl token` runs once
 * per API call in scripts, so the few lines below are worth it.
 */
export interface Colors {
  bold(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

/** SGR open and close codes (level-1, 16-colour ANSI, as chalk used). */
const STYLES: Record<keyof Colors, [number, number]> = {
  bold: [1, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
};

export function colors(enabled: boolean): Colors {
  const entries = Object.entries(STYLES).map(([name, [open, close]]) => {
    const on = `\x1b[${open}m`;
    const off = `\x1b[${close}m`;
    // A nested style that closes ours (red inside green) re-opens it afterwards.
    const style = enabled ? (text: string) => `${on}${text.replaceAll(off, `${off}${on}`)}${off}` : (text: string) => text;
    return [name, style];
  });
  return Object.fromEntries(entries) as Colors;
}
