import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
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
