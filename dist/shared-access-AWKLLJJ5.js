import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  openSharedCache
} from "./chunk-TX4G6REA.js";
import {
  httpTimeoutMs
} from "./chunk-5CESELZY.js";
import "./chunk-OHRQBEPP.js";
import "./chunk-IJBOYKY4.js";
import "./chunk-S47ZGZ7M.js";

// src/tokens/shared-access.ts
var REDIS_TIMEOUT_MS = 2e3;
function sharedCacheAddress(env) {
  if (!env.AUTHCTL_CACHE_URL) return void 0;
  return {
    url: env.AUTHCTL_CACHE_URL,
    ...env.AUTHCTL_CACHE_PASSWORD ? { password: env.AUTHCTL_CACHE_PASSWORD } : {},
    ...env.AUTHCTL_CACHE_CA ? { caFile: env.AUTHCTL_CACHE_CA } : {},
    commandTimeoutMs: REDIS_TIMEOUT_MS
  };
}
function sharedCacheAccess(ctx, source, provider) {
  const address = sharedCacheAddress(ctx.env);
  if (!address) return void 0;
  return {
    warn: (line) => ctx.warn(`shared cache: ${line}`),
    // Zoho's documented cap: about 10 access tokens per refresh token per 10 minutes.
    ...provider === "zoho" ? { budget: { limit: 10, windowMs: 10 * 6e4, provider: "Zoho" } } : {},
    open: (refreshToken) => openSharedCache({
      ...address,
      clientId: source.clientId ?? "",
      refreshToken,
      // Outlives any refresh (bounded by AUTHCTL_HTTP_TIMEOUT), so a holder that dies frees it soon after.
      lockMs: httpTimeoutMs(ctx.env) + 5e3
    })
  };
}
async function readSharedState(access, refreshToken) {
  const shared = await access.open(refreshToken);
  try {
    const entry = await shared.get();
    const b = access.budget;
    return {
      accessTokenExpiresAt: entry ? new Date(entry.expiresAt).toISOString() : null,
      budget: b ? { used: (await shared.budget(b.windowMs)).used, limit: b.limit, windowMinutes: b.windowMs / 6e4 } : null
    };
  } finally {
    await shared.close();
  }
}
export {
  readSharedState,
  sharedCacheAccess,
  sharedCacheAddress
};
