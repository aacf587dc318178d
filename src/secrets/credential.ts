import { AuthctlError, ExitCode } from '../errors.js';

/** What a secret store holds for a profile: one small JSON value. */
export interface StoredCredential {
  /** Absent only for a provider whose access tokens never expire and come without one (Attio, monday.com). */
  refreshToken?: string;
  accessToken?: string;
  /** Epoch milliseconds after which the access token must not be used. */
  accessTokenExpiresAt?: number;
}

export function encodeCredential(c: StoredCredential): string {
  // Short keys keep the entry far under the keychains' size limit.
  return JSON.stringify({ v: 1, rt: c.refreshToken, at: c.accessToken, exp: c.accessTokenExpiresAt });
}

export function decodeCredential(profile: string, value: string): StoredCredential {
  let raw: { v?: unknown; rt?: unknown; at?: unknown; exp?: unknown };
  try {
    raw = JSON.parse(value);
  } catch {
    raw = {};
  }
  const hasRefreshToken = typeof raw.rt === 'string' && raw.rt !== '';
  if (raw.v !== 1 || (!hasRefreshToken && (raw.rt !== undefined || typeof raw.at !== 'string' || typeof raw.exp !== 'number'))) {
    throw new AuthctlError(`the stored credential of profile "${profile}" is unreadable`, {
      exitCode: ExitCode.loginRequired,
      hint: `log in again: authctl login --profile ${profile}`,
    });
  }
  // An access token is only as good as its expiry: one that is not a representable date is dropped.
  const exp = typeof raw.exp === 'number' && Number.isFinite(new Date(raw.exp).getTime()) ? raw.exp : undefined;
  return {
    ...(hasRefreshToken ? { refreshToken: raw.rt as string } : {}),
    accessToken: typeof raw.at === 'string' && exp !== undefined ? raw.at : undefined,
    accessTokenExpiresAt: exp,
  };
}

/** The expiry recorded for an access token its provider says never expires. */
export const NEVER_EXPIRES_AT = Date.parse('9999-12-31T00:00:00Z');
