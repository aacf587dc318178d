import type { Context } from '../io/context.js';
import { describeExpiry } from '../io/table.js';
import type { ProfileSelection } from '../profiles/select.js';
import { getAccessToken } from '../tokens/lifecycle.js';
import { openProfile } from '../tokens/profile-source.js';

/**
 * Refreshes a profile's access token now and says so in one line on stderr. If
 * another process refreshed it while we waited for the lock, that token is kept:
 * refreshing twice in a row would only spend Zoho's token quota.
 */
export async function run(ctx: Context, opts: ProfileSelection): Promise<void> {
  const { name, source } = await openProfile(ctx, opts);
  const token = await getAccessToken(source, { minTtlMs: 0, forceRefresh: true }, ctx.now);
  const expires = new Date(token.expiresAt).toISOString();
  const until = `valid until ${expires} (${describeExpiry(expires, ctx.now())})`;
  ctx.info(
    token.refreshed
      ? `Refreshed ${ctx.color.bold(name)}: access token ${until}.`
      : `${ctx.color.bold(name)} was just refreshed by another authctl process: access token ${until}.`,
  );
}
