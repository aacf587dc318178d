import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  isSharedCacheError
} from "./chunk-VOPNYTB5.js";
import {
  withRefreshLock
} from "./chunk-V6PYEZHN.js";
import {
  AuthctlError,
  ExitCode
} from "./chunk-IJBOYKY4.js";

// src/tokens/lifecycle.ts
var DEFAULT_MIN_TTL_MS = 5 * 6e4;
async function getAccessToken(source, request, now) {
  const seen = await source.read();
  const distrusted = request.rejectedToken ?? (request.forceRefresh ? seen.accessToken : void 0);
  const cached = usable(seen, distrusted, now() + request.minTtlMs);
  if (cached) return cached;
  if (source.shared && seen.refreshToken !== void 0) {
    const viaShared = await throughSharedCache(source, source.shared, seen, distrusted, request, now);
    if (viaShared) return viaShared;
  }
  return refreshLocally(source, seen, distrusted, request, now);
}
async function throughSharedCache(source, access, seen, distrusted, request, now) {
  let shared;
  try {
    shared = await access.open(seen.refreshToken);
  } catch (err) {
    access.warn(`${err.message}; using the local cache only`);
    return void 0;
  }
  const takeFresh = (e, deadline) => e && e.accessToken !== distrusted && e.accessToken !== seen.accessToken && e.expiresAt > deadline ? { ...e, refreshed: false } : void 0;
  const keep = async (t) => {
    await source.save({ refreshToken: seen.refreshToken, accessToken: t.accessToken, accessTokenExpiresAt: t.expiresAt }).catch(() => {
    });
    return t;
  };
  try {
    const first = await shared.get();
    const distrustedShared = request.forceRefresh || request.rejectedToken !== void 0 ? first?.accessToken : void 0;
    const take = (e, deadline) => e && e.accessToken !== distrustedShared ? takeFresh(e, deadline) : void 0;
    for (; ; ) {
      const hit = take(await shared.get(), now() + request.minTtlMs);
      if (hit) return await keep(hit);
      const outcome = await shared.withLock(
        async () => {
          const theirs = take(await shared.get(), now());
          if (theirs) return keep(theirs);
          if (access.budget) {
            const { used, freesAt } = await shared.budget(access.budget.windowMs);
            if (used >= access.budget.limit) return { freesAt };
          }
          const ours = await refreshLocally(source, seen, distrusted, request, now);
          try {
            if (ours.refreshed && access.budget) await shared.recordCreation(access.budget.windowMs);
            await shared.set({ accessToken: ours.accessToken, expiresAt: ours.expiresAt });
          } catch (err) {
            if (!isSharedCacheError(err)) throw err;
            access.warn(`${err.message}; the new token is kept on this machine only`);
          }
          return ours;
        },
        async () => {
          const theirs = take(await shared.get(), now());
          return theirs && keep(theirs);
        }
      );
      if ("accessToken" in outcome) return outcome;
      const b = access.budget;
      const at = new Date(outcome.freesAt).toISOString();
      if (request.noWait) {
        throw new AuthctlError(`the shared budget of ${b.limit} token creations per ${b.windowMs / 6e4} minutes for ${source.label} is used up (${b.provider}'s limit); it frees up at ${at}`, {
          exitCode: ExitCode.rateLimited,
          hint: "try again then, or drop --no-wait to wait for it"
        });
      }
      access.warn(`${b.provider}'s token budget for ${source.label} is used up: waiting until ${at} rather than being refused`);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, outcome.freesAt - Date.now()) + 50));
    }
  } catch (err) {
    if (!isSharedCacheError(err)) throw err;
    access.warn(`${err.message}; using the local cache only`);
    return void 0;
  } finally {
    await shared.close();
  }
}
function refreshLocally(source, seen, distrusted, request, now) {
  return withRefreshLock(source.lock, async () => {
    const current = await source.read();
    const refreshedMeanwhile = current.accessToken !== seen.accessToken;
    const theirs = usable(current, distrusted, refreshedMeanwhile ? now() : now() + request.minTtlMs);
    if (theirs) return theirs;
    if (current.refreshToken === void 0) {
      throw new AuthctlError(`${source.label} has no usable access token, and its provider issued no refresh token to get another`, {
        exitCode: ExitCode.loginRequired,
        hint: `log in again: ${source.loginCommand}`
      });
    }
    const response = await source.refresh(current.refreshToken);
    const rotated = response.refreshToken !== void 0 && response.refreshToken !== current.refreshToken;
    const next = {
      refreshToken: response.refreshToken ?? current.refreshToken,
      accessToken: response.accessToken,
      accessTokenExpiresAt: response.expiresAt
    };
    try {
      await source.save(next);
    } catch (err) {
      throw notSaved(source, rotated, err);
    }
    return { accessToken: response.accessToken, expiresAt: response.expiresAt, refreshed: true };
  });
}
function usable(c, distrusted, deadline) {
  if (c.accessToken === void 0 || c.accessToken === distrusted) return void 0;
  if (c.accessTokenExpiresAt === void 0 || c.accessTokenExpiresAt <= deadline) return void 0;
  return { accessToken: c.accessToken, expiresAt: c.accessTokenExpiresAt, refreshed: false };
}
function notSaved(source, rotated, err) {
  const reason = err instanceof Error ? err.message : String(err);
  return new AuthctlError(`the refreshed credential of ${source.label} could not be saved: ${reason}`, {
    exitCode: rotated ? ExitCode.loginRequired : ExitCode.failure,
    hint: rotated ? `the server replaced the refresh token and the new one is lost; log in again: ${source.loginCommand}` : "the stored credential is unchanged; fix the store and try again",
    cause: err
  });
}

export {
  DEFAULT_MIN_TTL_MS,
  getAccessToken
};
