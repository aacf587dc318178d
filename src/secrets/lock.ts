import { withFileLock } from '../profiles/files.js';

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
export function withRefreshLock<T>(lock: LockSpec, fn: () => Promise<T>): Promise<T> {
  return withFileLock(lock.dir, lock.name, fn, { staleMs: STALE_MS, waitMs: WAIT_MS });
}
