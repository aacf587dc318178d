import { AuthctlError, ExitCode } from '../errors.js';
import type { StoredCredential } from '../secrets/credential.js';
import { withRefreshLock } from '../secrets/lock.js';
import type { CredentialSource } from './source.js';

/** A cached access token is reused while it has more than this left (`--min-ttl`). */
export const DEFAULT_MIN_TTL_MS = 5 * 60_000;

export interface AccessTokenRequest {
  /** Refresh when the cached token has this little time left. */
  minTtlMs: number;
  /** Refresh even a fresh token, unless another process refreshed it since we looked. */
  forceRefresh?: boolean;
  /** A token an API just rejected: refresh, unless the store already holds another one. */
  rejectedToken?: string;
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
