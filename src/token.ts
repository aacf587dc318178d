/**
 * `authctl token` without commander: the launcher's fast path (src/fast.ts) parsed
 * the flags, found no fresh cached token (or CI mode), and hands them over here, so
 * a refresh does not also pay for building the whole command-line program.
 */
import { runEntry } from './io/run.js';
import type { TokenOptions } from './commands/token.js';

export function run(opts: TokenOptions): Promise<void> {
  return runEntry(async (ctx) => (await import('./commands/token.js')).run(ctx, opts));
}
