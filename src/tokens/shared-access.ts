import type { Context } from '../io/context.js';
import { httpTimeoutMs } from '../oauth/timeout.js';
import { openSharedCache, type SharedCacheAddress } from '../secrets/shared-cache.js';
import type { CredentialSource, SharedCacheAccess } from './source.js';

/** How long connecting to Redis, and each command, may take before authctl carries on without it. */
const REDIS_TIMEOUT_MS = 2_000;

/** AUTHCTL_CACHE_URL with its password and CA, or undefined when no shared cache is set. */
export function sharedCacheAddress(env: NodeJS.ProcessEnv): SharedCacheAddress | undefined {
  if (!env.AUTHCTL_CACHE_URL) return undefined;
  return {
    url: env.AUTHCTL_CACHE_URL,
    ...(env.AUTHCTL_CACHE_PASSWORD ? { password: env.AUTHCTL_CACHE_PASSWORD } : {}),
    ...(env.AUTHCTL_CACHE_CA ? { caFile: env.AUTHCTL_CACHE_CA } : {}),
    commandTimeoutMs: REDIS_TIMEOUT_MS,
  };
}

/**
 * How a credential's access token is shared through Redis (issue 14), or
 * undefined without AUTHCTL_CACHE_URL. Loaded only when it is set; ioredis
 * itself only when a stale token sends authctl to Redis.
 */
export function sharedCacheAccess(ctx: Context, source: CredentialSource, provider: string): SharedCacheAccess | undefined {
  const address = sharedCacheAddress(ctx.env);
  if (!address) return undefined;
  return {
    warn: (line) => ctx.warn(`shared cache: ${line}`),
    // Zoho's documented cap: about 10 access tokens per refresh token per 10 minutes.
    ...(provider === 'zoho' ? { budget: { limit: 10, windowMs: 10 * 60_000, provider: 'Zoho' } } : {}),
    open: (refreshToken) =>
      openSharedCache({
        ...address,
        clientId: source.clientId ?? '',
        refreshToken,
        // Outlives any refresh (bounded by AUTHCTL_HTTP_TIMEOUT), so a holder that dies frees it soon after.
        lockMs: httpTimeoutMs(ctx.env) + 5_000,
      }),
  };
}

/** What `status` shows of a credential's shared entry. */
export interface SharedState {
  /** The shared access token's expiry, or null when Redis holds none for this credential. */
  accessTokenExpiresAt: string | null;
  /** Token creations counted across machines in the provider's window, for providers with a known cap. */
  budget: { used: number; limit: number; windowMinutes: number } | null;
}

/** Reads the shared entry and budget; throws SharedCacheError when Redis fails. */
export async function readSharedState(access: SharedCacheAccess, refreshToken: string): Promise<SharedState> {
  const shared = await access.open(refreshToken);
  try {
    const entry = await shared.get();
    const b = access.budget;
    return {
      accessTokenExpiresAt: entry ? new Date(entry.expiresAt).toISOString() : null,
      budget: b ? { used: (await shared.budget(b.windowMs)).used, limit: b.limit, windowMinutes: b.windowMs / 60_000 } : null,
    };
  } finally {
    await shared.close();
  }
}
