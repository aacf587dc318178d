import { join } from 'node:path';
import { configDir } from '../profiles/paths.js';

/**
 * The variables whose values name CI mode's cache: what the credential is. Not
 * AUTHCTL_API_DOMAIN: the split form's API domain says where the token is used,
 * and a step may change it without spending a new token.
 */
const CI_VARIABLES = ['AUTHCTL_AUTH_URL', 'AUTHCTL_REFRESH_TOKEN', 'AUTHCTL_CLIENT_ID', 'AUTHCTL_CLIENT_SECRET', 'AUTHCTL_ACCOUNTS_SERVER'];

/**
 * Where CI mode caches its access token: $RUNNER_TEMP/authctl (the runner empties
 * it after each job on GitHub Actions), else the config folder; the name is a
 * hash of the CI variables' values, never the values: a new secret gets a new
 * cache, and the name reveals nothing. Named from the variables as given rather
 * than the decoded credential, so that the fast path finds a job's cached token
 * without decoding anything. `sha256` is the caller's: the fast path loads
 * node:crypto only in CI mode.
 */
export function ciTokenCache(env: NodeJS.ProcessEnv, sha256: (text: string) => string): { dir: string; name: string; file: string } {
  const id = sha256(CI_VARIABLES.map((v) => `${v}=${env[v] ?? ''}`).join('\n')).slice(0, 16);
  const dir = env.RUNNER_TEMP ? join(env.RUNNER_TEMP, 'authctl') : configDir(env);
  const name = `ci-token-${id}`;
  return { dir, name, file: join(dir, `${name}.json`) };
}

export type CiCacheContent =
  | {
      v: 1;
      /** The access token and its expiry (epoch ms). */
      at: string;
      exp: number;
      /** A refresh token the server issued in place of the one in the variable (rotation). */
      rt?: string;
    }
  /** The server rejected the credential: no access token is served from here on. */
  | { v: 1; dead: { at: string; reason: string } };

/** The cache's content, or undefined for anything authctl did not write. */
export function parseCiCache(text: string): CiCacheContent | undefined {
  try {
    const v = JSON.parse(text) as { v?: unknown; at?: unknown; exp?: unknown; rt?: unknown; dead?: { at?: unknown; reason?: unknown } };
    if (v.v === 1 && typeof v.dead?.at === 'string' && typeof v.dead.reason === 'string') return v as CiCacheContent;
    if (v.v === 1 && typeof v.at === 'string' && typeof v.exp === 'number' && Number.isFinite(new Date(v.exp).getTime()) && (v.rt === undefined || typeof v.rt === 'string')) {
      return v as CiCacheContent;
    }
  } catch {
    // not JSON: not ours
  }
  return undefined;
}
