import { unlinkSync } from 'node:fs';
import { access, chmod, constants, mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AuthctlError } from '../errors.js';

const DIR_MODE = 0o700;
const FILE_MODE = 0o600;

/**
 * Creates the config folder 0700, or tightens an existing one. Returns a warning
 * to show when permissions had to be changed.
 */
export async function ensurePrivateDir(dir: string): Promise<string | undefined> {
  await mkdir(dir, { recursive: true, mode: DIR_MODE }).catch((err: unknown) => {
    throw writeError(dir, err);
  });
  return tighten(dir, DIR_MODE);
}

/** What a failed write means for a person, by errno: "no space left on device", not "unexpected error". */
const WRITE_ERRORS: Record<string, [string, string]> = {
  ENOSPC: ['the disk is full', 'free some space and try again'],
  EDQUOT: ['the disk quota is used up', 'free some space and try again'],
  EROFS: ['the file system is read-only', 'point AUTHCTL_CONFIG_DIR at a writable folder, or remount it read-write'],
  EACCES: ['permission denied', 'make the folder writable by this user, or point AUTHCTL_CONFIG_DIR elsewhere'],
  EPERM: ['permission denied', 'make the folder writable by this user, or point AUTHCTL_CONFIG_DIR elsewhere'],
  EIO: ['an I/O error', 'check the disk'],
};

/** A write failure as an AuthctlError naming the path and the cause; anything else is passed on. */
export function writeError(path: string, err: unknown): unknown {
  const code = (err as NodeJS.ErrnoException)?.code;
  const known = code === undefined ? undefined : WRITE_ERRORS[code];
  if (!known) return err;
  return new AuthctlError(`cannot write ${path}: ${known[0]} (${code}); what was stored before is unchanged`, { hint: known[1], cause: err });
}

/** Fails at once, with the reason, when `dir` cannot be written (instead of waiting on a lock that can never be made). */
export async function assertWritable(dir: string): Promise<void> {
  await access(dir, constants.W_OK).catch((err: unknown) => {
    throw writeError(dir, err);
  });
}

/**
 * Temporary files being written, removed on any exit (process.exit after Ctrl-C
 * included), so none holding a secret is left behind; SIGKILL is the one case
 * this cannot cover, and `logout --all` sweeps those (removeStrayTempFiles).
 */
const pendingTempFiles = new Set<string>();
let sweepOnExit = false;
const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** Tightens a file or folder to `mode` when group or others can reach it. */
export async function tighten(path: string, mode = FILE_MODE): Promise<string | undefined> {
  let current: number;
  try {
    current = (await stat(path)).mode & 0o777;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  if ((current & 0o077) === 0) return undefined;
  await chmod(path, mode);
  return `${path} was readable by others (mode ${current.toString(8)}); tightened it to ${mode.toString(8)}`;
}

/**
 * Writes a file so that readers see either the old or the new content, never a
 * half-written one: a 0600 temp file beside it, fsync, rename, then fsync the folder.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const dir = dirname(path);
  // node:crypto loads only when writing: `authctl token` mostly just reads.
  const { randomBytes } = await import('node:crypto');
  const tmp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  if (!sweepOnExit) {
    sweepOnExit = true;
    process.once('exit', () => {
      for (const file of pendingTempFiles) {
        try {
          unlinkSync(file);
        } catch {
          // already renamed or removed
        }
      }
    });
  }
  pendingTempFiles.add(tmp);
  try {
    const handle = await open(tmp, 'wx', FILE_MODE);
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => {});
    throw writeError(path, err);
  } finally {
    pendingTempFiles.delete(tmp);
  }
  const dirHandle = await open(dir, 'r');
  try {
    await dirHandle.sync();
  } finally {
    await dirHandle.close();
  }
}

export interface FileLockOptions {
  /** A lock its holder has not touched for this long (the holder was killed, or its machine slept) is taken over. */
  staleMs?: number;
  /** How long to wait for another holder before giving up; longer than staleMs, so a dead holder's lock is always recovered. */
  waitMs?: number;
}

const LOCK_POLL_MS = 25;

/**
 * Runs `fn` while holding an exclusive lock named `name` in `dir`. A lock left by
 * a killed process goes stale after `staleMs` and is taken over.
 */
export async function withFileLock<T>(
  dir: string,
  name: string,
  fn: () => Promise<T>,
  { staleMs = 10_000, waitMs = 15_000 }: FileLockOptions = {},
): Promise<T> {
  // A folder nobody can write to is no lock held by another process: say so now.
  await assertWritable(dir);
  // Loaded on first use: reading a cached token never needs it.
  const { default: lockfile } = await import('proper-lockfile');
  let release: () => Promise<void>;
  try {
    // proper-lockfile keys its in-process bookkeeping by the locked path, so each
    // lock gets its own (nested locks in one folder would otherwise clobber each other).
    release = await lockfile.lock(join(dir, name), {
      lockfilePath: join(dir, `${name}.lock`),
      realpath: false,
      stale: staleMs,
      update: staleMs / 5,
      retries: { retries: Math.ceil(waitMs / LOCK_POLL_MS), factor: 1, minTimeout: LOCK_POLL_MS, maxTimeout: LOCK_POLL_MS },
      // Losing the lock because this process stalled past staleMs must not crash it
      // half-way through `fn`: every write under a lock is an atomic rename, so the
      // worst outcome is a redundant token refresh or a concurrent config change lost.
      onCompromised: () => {},
    });
  } catch (err) {
    throw new AuthctlError(`could not lock ${join(dir, name)}: ${(err as Error).message}`, {
      hint: `another authctl process has held it for over ${Math.round(waitMs / 1000)} s; try again when it has finished`,
      cause: err,
    });
  }
  try {
    return await fn();
  } finally {
    await release().catch(() => {});
  }
}

/** Removes temporary files a killed authctl left in `dir` (they may hold secrets); returns how many. */
export async function removeStrayTempFiles(dir: string): Promise<number> {
  const { readdir } = await import('node:fs/promises');
  const names = await readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names.filter((n) => TEMP_FILE.test(n))) {
    await unlink(join(dir, name)).then(() => removed++, () => {});
  }
  return removed;
}
