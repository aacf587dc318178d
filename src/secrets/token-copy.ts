import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../profiles/files.js';
import type { Profile } from '../profiles/model.js';
import type { StoredCredential } from './credential.js';

/**
 * A copy of a keychain profile's access token (short-lived; never the refresh
 * token) in a 0600 file beside config.json, so that `authctl token` can answer
 * without a D-Bus round trip: what gcloud, az and kubelogin do. It is trusted only
 * while it names the profile's secret entry and the expiry config.json records
 * for it, so a copy left behind by anything else is simply not used.
 * AUTHCTL_ACCESS_TOKEN_FILE=off keeps nothing on disk.
 */
export interface TokenCopy {
  v: 1;
  key: string;
  at: string;
  exp: number;
}

export const tokenCopyFile = (dir: string, profileName: string) => join(dir, `access-token.${profileName}.json`);

export const tokenCopyEnabled = (env: NodeJS.ProcessEnv) => env.AUTHCTL_ACCESS_TOKEN_FILE !== 'off';

/** The copy's access token, when it is the one config.json records for this profile. */
export function trustedCopy(text: string, profile: Profile): { accessToken: string; expiresAt: number } | undefined {
  let copy: Partial<TokenCopy>;
  try {
    copy = JSON.parse(text) as Partial<TokenCopy>;
  } catch {
    return undefined;
  }
  const recorded = profile.accessTokenExpiresAt === undefined ? Number.NaN : Date.parse(profile.accessTokenExpiresAt);
  if (copy.v !== 1 || copy.key !== profile.key || typeof copy.at !== 'string' || copy.exp !== recorded) return undefined;
  return { accessToken: copy.at, expiresAt: copy.exp };
}

/**
 * Keeps the copy in step with what was just stored for a keychain profile (after a
 * login or a refresh): written when there is an access token and copies are on,
 * removed otherwise. A failure only costs speed, so it is reported, never thrown.
 */
export async function updateTokenCopy(
  env: NodeJS.ProcessEnv,
  dir: string,
  name: string,
  profile: Pick<Profile, 'key' | 'store'>,
  credential: StoredCredential | undefined,
  warn: (line: string) => void,
): Promise<void> {
  const file = tokenCopyFile(dir, name);
  try {
    if (profile.store === 'keychain' && tokenCopyEnabled(env) && credential?.accessToken && credential.accessTokenExpiresAt !== undefined) {
      const copy: TokenCopy = { v: 1, key: profile.key, at: credential.accessToken, exp: credential.accessTokenExpiresAt };
      await writeFileAtomic(file, `${JSON.stringify(copy)}\n`);
    } else {
      await deleteTokenCopy(dir, name);
    }
  } catch (err) {
    warn(`could not update ${file} (${(err as Error).message}); authctl token will read the keychain instead`);
  }
}

export async function deleteTokenCopy(dir: string, name: string): Promise<void> {
  await unlink(tokenCopyFile(dir, name)).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ENOENT') throw err;
  });
}
