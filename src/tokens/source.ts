import type { TokenResponse } from '../oauth/token.js';
import type { StoredCredential } from '../secrets/credential.js';
import type { LockSpec } from '../secrets/lock.js';
import type { SharedCache } from '../secrets/shared-cache.js';

/**
 * Where a refresh token comes from and where a refreshed access token goes: a
 * profile in a secret store (profile-source.ts), or CI's environment variables
 * with a cache file (env-source.ts); open.ts picks one. The access-token
 * lifecycle (tokens/lifecycle.ts) only ever talks to this.
 */
export interface CredentialSource {
  /** Names the credential in messages, e.g. `profile "crm"`; never a secret. */
  readonly label: string;
  /** What to run when the server no longer accepts the refresh token. */
  readonly loginCommand: string;
  /** The lock every process refreshing this credential takes. */
  readonly lock: LockSpec;
  /** The stored credential; throws an AuthctlError when there is none. */
  read(): Promise<StoredCredential>;
  /** Asks the authorization server for a new access token (loads the HTTP client on demand). */
  refresh(refreshToken: string): Promise<TokenResponse>;
  /** Stores a refreshed credential; throws when it could not be kept. */
  save(credential: StoredCredential): Promise<void>;
  /** The OAuth client id, part of the credential's name in a shared cache. */
  readonly clientId?: string;
  /** With AUTHCTL_CACHE_URL: the cache this credential's access token is shared through (open.ts sets it). */
  shared?: SharedCacheAccess;
}

export interface SharedCacheAccess {
  open(refreshToken: string): Promise<SharedCache>;
  warn(line: string): void;
  /** The provider's cap on token creations per refresh token (Zoho: 10 in 10 minutes), counted across machines. */
  budget?: { limit: number; windowMs: number; provider: string };
}

/** A failure of the shared cache (secrets/shared-cache.ts), told by its name so that the token path need not load that module to recognise it. */
export const isSharedCacheError = (err: unknown): boolean => err instanceof Error && err.name === 'SharedCacheError';
