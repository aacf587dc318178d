import { AuthctlError, ExitCode } from '../errors.js';
import type { StoredCredential } from '../secrets/credential.js';
import { withRefreshLock } from '../secrets/lock.js';
import { type CredentialSource, isSharedCacheError } from './source.js';

/** A cached access token is reused while it has more than this left (`--min-ttl`). */
export const DEFAULT_MIN_TTL_MS = 5 * 60_000;

export interface AccessTokenRequest {
  /** Refresh when the cached token has this little time left. */
  minTtlMs: number;
  /** Refresh even a fresh token, unless another process refreshed it since we looked. */
  forceRefresh?: boolean;
  /** A token an API just rejected: refresh, unless the store already holds another one. */
  rejectedToken?: string;
  /** With a shared cache: fail (exit 6) rather than wait when the provider's token budget is used up. */
  noWait?: boolean;
}

export interface AccessToken {
  accessToken: string;
  /** Epoch ms. */
  expiresAt: number;
  /** True when this call asked the server; false for a cached token or one another process just fetched. */
  refreshed: boolean;
}

/**
 * The one way every command gets an access token: the cached one while it is
 * fresh (no lock, no network), else a single-flight refresh. Under the
 * credential's lock the store is read again, because another process may have
 * refreshed while we waited; only if it has not does this process ask the server.
 */
export async function getAccessToken(
  source: CredentialSource,
  request: AccessTokenRequest,
  now: () => number,
): Promise<AccessToken> {
  const seen = await source.read();
  const distrusted = request.rejectedToken ?? (request.forceRefresh ? seen.accessToken : undefined);
  const cached = usable(seen, distrusted, now() + request.minTtlMs);
  if (cached) return cached;
  if (source.shared && seen.refreshToken !== undefined) {
    const viaShared = await throughSharedCache(source, source.shared, seen, distrusted, request, now);
    if (viaShared) return viaShared;
  }
  return refreshLocally(source, seen, distrusted, request, now);
}

/**
 * The shared cache's way (issue 14): its entry while fresh; else, under its lock,
 * the entry another machine wrote meanwhile, or this machine's own token (the
 * local cache, or a refresh), written back for the others. Undefined when Redis
 * failed: the caller carries on with the local cache alone.
 */
async function throughSharedCache(
  source: CredentialSource,
  access: NonNullable<CredentialSource['shared']>,
  seen: StoredCredential,
  distrusted: string | undefined,
  request: AccessTokenRequest,
  now: () => number,
): Promise<AccessToken | undefined> {
  let shared;
  try {
    shared = await access.open(seen.refreshToken!);
  } catch (err) {
    access.warn(`${(err as Error).message}; using the local cache only`);
    return undefined;
  }
  const takeFresh = (e: { accessToken: string; expiresAt: number } | undefined, deadline: number): AccessToken | undefined =>
    e && e.accessToken !== distrusted && e.accessToken !== seen.accessToken && e.expiresAt > deadline ? { ...e, refreshed: false } : undefined;
  // Kept here too, so this machine's next call needs no Redis round trip.
  const keep = async (t: AccessToken) => {
    await source.save({ refreshToken: seen.refreshToken!, accessToken: t.accessToken, accessTokenExpiresAt: t.expiresAt }).catch(() => {});
    return t;
  };
  try {
    // --force-refresh (and a token an API rejected) distrusts the shared entry seen now as well.
    const first = await shared.get();
    const distrustedShared = request.forceRefresh || request.rejectedToken !== undefined ? first?.accessToken : undefined;
    const take = (e: { accessToken: string; expiresAt: number } | undefined, deadline: number): AccessToken | undefined =>
      e && e.accessToken !== distrustedShared ? takeFresh(e, deadline) : undefined;
    for (;;) {
      const hit = take(await shared.get(), now() + request.minTtlMs);
      if (hit) return await keep(hit);
      const outcome = await shared.withLock<AccessToken | { freesAt: number }>(
        async () => {
          // Refreshed meanwhile by another machine: as new as ours would be.
          const theirs = take(await shared.get(), now());
          if (theirs) return keep(theirs);
          // The provider's cap counts every machine's creations: stop before the server refuses.
          if (access.budget) {
            const { used, freesAt } = await shared.budget(access.budget.windowMs);
            if (used >= access.budget.limit) return { freesAt };
          }
          const ours = await refreshLocally(source, seen, distrusted, request, now);
          // This machine has its token now: Redis failing from here on costs the others, not this job.
          try {
            if (ours.refreshed && access.budget) await shared.recordCreation(access.budget.windowMs);
            await shared.set({ accessToken: ours.accessToken, expiresAt: ours.expiresAt });
          } catch (err) {
            if (!isSharedCacheError(err)) throw err;
            access.warn(`${(err as Error).message}; the new token is kept on this machine only`);
          }
          return ours;
        },
        async () => {
          const theirs = take(await shared.get(), now());
          return theirs && keep(theirs);
        },
      );
      if ('accessToken' in outcome) return outcome;
      const b = access.budget!;
      const at = new Date(outcome.freesAt).toISOString();
      if (request.noWait) {
        throw new AuthctlError(`the shared budget of ${b.limit} token creations per ${b.windowMs / 60_000} minutes for ${source.label} is used up (${b.provider}'s limit); it frees up at ${at}`, {
          exitCode: ExitCode.rateLimited,
          hint: 'try again then, or drop --no-wait to wait for it',
        });
      }
      access.warn(`${b.provider}'s token budget for ${source.label} is used up: waiting until ${at} rather than being refused`);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, outcome.freesAt - Date.now()) + 50));
    }
  } catch (err) {
    if (!isSharedCacheError(err)) throw err;
    access.warn(`${(err as Error).message}; using the local cache only`);
    return undefined;
  } finally {
    await shared.close();
  }
}

/** The single-flight refresh on this machine: its lock, a second look at its store, then the server. */
function refreshLocally(
  source: CredentialSource,
  seen: StoredCredential,
  distrusted: string | undefined,
  request: AccessTokenRequest,
  now: () => number,
): Promise<AccessToken> {
  return withRefreshLock(source.lock, async () => {
    const current = await source.read();
    // A token another process fetched while we waited is as new as ours would be:
    // take it even below --min-ttl (a server handing out short-lived tokens would
    // otherwise make every waiter refresh in turn and burn Zoho's quota).
    const refreshedMeanwhile = current.accessToken !== seen.accessToken;
    const theirs = usable(current, distrusted, refreshedMeanwhile ? now() : now() + request.minTtlMs);
    if (theirs) return theirs;

    if (current.refreshToken === undefined) {
      throw new AuthctlError(`${source.label} has no usable access token, and its provider issued no refresh token to get another`, {
        exitCode: ExitCode.loginRequired,
        hint: `log in again: ${source.loginCommand}`,
      });
    }
    const response = await source.refresh(current.refreshToken);
    // No refresh_token in the answer: the old one stays valid. A new one (rotation)
    // replaces it, and is stored before the new access token is handed out.
    const rotated = response.refreshToken !== undefined && response.refreshToken !== current.refreshToken;
    const next: StoredCredential = {
      refreshToken: response.refreshToken ?? current.refreshToken,
      accessToken: response.accessToken,
      accessTokenExpiresAt: response.expiresAt,
    };
    try {
      await source.save(next);
    } catch (err) {
      throw notSaved(source, rotated, err);
    }
    return { accessToken: response.accessToken, expiresAt: response.expiresAt, refreshed: true };
  });
}

function usable(c: StoredCredential, distrusted: string | undefined, deadline: number): AccessToken | undefined {
  if (c.accessToken === undefined || c.accessToken === distrusted) return undefined;
  if (c.accessTokenExpiresAt === undefined || c.accessTokenExpiresAt <= deadline) return undefined;
  return { accessToken: c.accessToken, expiresAt: c.accessTokenExpiresAt, refreshed: false };
}

function notSaved(source: CredentialSource, rotated: boolean, err: unknown): AuthctlError {
  const reason = err instanceof Error ? err.message : String(err);
  // After a rotation the server has already revoked the refresh token we still hold.
  return new AuthctlError(`the refreshed credential of ${source.label} could not be saved: ${reason}`, {
    exitCode: rotated ? ExitCode.loginRequired : ExitCode.failure,
    hint: rotated
      ? `the server replaced the refresh token and the new one is lost; log in again: ${source.loginCommand}`
      : 'the stored credential is unchanged; fix the store and try again',
    cause: err,
  });
}
