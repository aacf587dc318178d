import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import lockfile from 'proper-lockfile';
import { AuthctlError } from '../errors.js';

const DIR_MODE = 0o700;
const FILE_MODE = 0o600;

/**
 * Creates the config folder 0700, or tightens an existing one. Returns a warning
 * to show when permissions had to be changed.
 */
export async function ensurePrivateDir(dir: string): Promise<string | undefined> {
  await mkdir(dir, { recursive: true, mode: DIR_MODE });
  return tighten(dir, DIR_MODE);
}

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
  const tmp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(tmp, 'wx', FILE_MODE);
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } catch (err) {
    await handle.close();
    await unlink(tmp).catch(() => {});
    throw err;
  }
  await handle.close();
  try {
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => {});
    throw err;
  }
  const dirHandle = await open(dir, 'r');
  try {
    await dirHandle.sync();
  } finally {
    await dirHandle.close();
  }
}

/**
 * Runs `fn` while holding an exclusive lock named `name` in `dir`. A lock left by
 * a killed process goes stale after a few seconds and is taken over.
 */
export async function withFileLock<T>(dir: string, name: string, fn: () => Promise<T>): Promise<T> {
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dir, {
      lockfilePath: join(dir, `${name}.lock`),
      realpath: false,
      stale: 10_000,
      update: 2_000,
      retries: { retries: 150, factor: 1, minTimeout: 20, maxTimeout: 100, randomize: true },
    });
  } catch (err) {
    throw new AuthctlError(`could not lock ${join(dir, name)}: ${(err as Error).message}`, {
      hint: 'another authctl process holds it; try again, or remove the .lock folder if no authctl is running',
      cause: err,
    });
  }
  try {
    return await fn();
  } finally {
    await release().catch(() => {});
  }
}
