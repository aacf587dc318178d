import { ensurePrivateDir, withFileLock } from '../profiles/files.js';
import { configDir } from '../profiles/paths.js';

/** Where one credential's refresh lock lives: a folder and a file-safe name. */
export interface LockSpec {
  dir: string;
  name: string;
}

/**
 * A lock its holder stopped touching 5 s ago belongs to a killed process: the
 * holder touches it every second while it waits on the network or the keychain.
 */
const STALE_MS = 5_000;

/**
 * Waiters give up after a minute: longer than a refresh can take (a 30 s HTTP
 * timeout plus keychain calls), so they only fail when something is truly stuck.
 */
const WAIT_MS = 60_000;

/**
 * Runs `fn` holding the refresh lock of one credential, so that of many processes
 * whose cached access token ran out only one asks the server for a new one.
 */
export async function withRefreshLock<T>(lock: LockSpec, fn: () => Promise<T>): Promise<T> {
  await ensurePrivateDir(lock.dir);
  return withFileLock(lock.dir, lock.name, fn, { staleMs: STALE_MS, waitMs: WAIT_MS });
}

/**
 * The refresh lock of a profile. Login and logout hold it too while they replace
 * or delete the credential, so a refresh in flight cannot write the old refresh
 * token back afterwards. Profile names are file-safe (model.ts NAME).
 */
export const profileLock = (env: NodeJS.ProcessEnv, name: string): LockSpec => ({
  dir: configDir(env),
  name: `refresh-${name}`,
});
