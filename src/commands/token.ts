import { usageError } from '../errors.js';
import type { Context } from '../io/context.js';
import type { ProfileSelection } from '../profiles/select.js';
import { DEFAULT_MIN_TTL_MS, getAccessToken } from '../tokens/lifecycle.js';
import { openCredential } from '../tokens/open.js';
import { printToken } from '../tokens/print.js';

export interface TokenOptions extends ProfileSelection {
  minTtl?: string;
  forceRefresh?: boolean;
  /** With a shared cache: exit 6 instead of waiting for the provider's token budget. */
  wait?: boolean;
  header?: boolean;
  json?: boolean;
}

/**
 * Prints a valid access token and nothing else on stdout: the cached one while it
 * has more than --min-ttl left, else a freshly refreshed one. This runs once per
 * API call in scripts, so its imports are kept to what the cached path needs.
 */
export async function run(ctx: Context, opts: TokenOptions): Promise<void> {
  if (opts.header && opts.json) throw usageError('--header and --json cannot be combined');
  const minTtlMs = opts.minTtl === undefined ? DEFAULT_MIN_TTL_MS : parseSeconds('--min-ttl', opts.minTtl) * 1000;
  const target = await openCredential(ctx, opts);
  const token = await getAccessToken(target.source, { minTtlMs, forceRefresh: opts.forceRefresh, noWait: opts.wait === false }, ctx.now);

  printToken(ctx, (text) => void ctx.stdout.write(text), opts, target, token);
}

function parseSeconds(flag: string, value: string): number {
  if (!/^\d+$/.test(value)) throw usageError(`${flag} takes a whole number of seconds, not "${value}"`);
  return Number(value);
}
