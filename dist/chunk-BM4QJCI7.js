import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  AuthctlError
} from "./chunk-IJBOYKY4.js";

// src/profiles/files.ts
import { chmod, mkdir, open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
var DIR_MODE = 448;
var FILE_MODE = 384;
async function ensurePrivateDir(dir) {
  await mkdir(dir, { recursive: true, mode: DIR_MODE });
  return tighten(dir, DIR_MODE);
}
async function tighten(path, mode = FILE_MODE) {
  let current;
  try {
    current = (await stat(path)).mode & 511;
  } catch (err) {
    if (err.code === "ENOENT") return void 0;
    throw err;
  }
  if ((current & 63) === 0) return void 0;
  await chmod(path, mode);
  return `${path} was readable by others (mode ${current.toString(8)}); tightened it to ${mode.toString(8)}`;
}
async function writeFileAtomic(path, content) {
  const dir = dirname(path);
  const { randomBytes } = await import("node:crypto");
  const tmp = join(dir, `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await open(tmp, "wx", FILE_MODE);
  try {
    await handle.writeFile(content, "utf8");
    await handle.sync();
  } catch (err) {
    await handle.close();
    await unlink(tmp).catch(() => {
    });
    throw err;
  }
  await handle.close();
  try {
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => {
    });
    throw err;
  }
  const dirHandle = await open(dir, "r");
  try {
    await dirHandle.sync();
  } finally {
    await dirHandle.close();
  }
}
var LOCK_POLL_MS = 25;
async function withFileLock(dir, name, fn, { staleMs = 1e4, waitMs = 15e3 } = {}) {
  const { default: lockfile } = await import("./proper-lockfile-GRZTLOO7.js");
  let release;
  try {
    release = await lockfile.lock(join(dir, name), {
      lockfilePath: join(dir, `${name}.lock`),
      realpath: false,
      stale: staleMs,
      update: staleMs / 5,
      retries: { retries: Math.ceil(waitMs / LOCK_POLL_MS), factor: 1, minTimeout: LOCK_POLL_MS, maxTimeout: LOCK_POLL_MS },
      // Losing the lock because this process stalled past staleMs must not crash it
      // half-way through `fn`: every write under a lock is an atomic rename, so the
      // worst outcome is a redundant token refresh or a concurrent config change lost.
      onCompromised: () => {
      }
    });
  } catch (err) {
    throw new AuthctlError(`could not lock ${join(dir, name)}: ${err.message}`, {
      hint: `another authctl process has held it for over ${Math.round(waitMs / 1e3)} s; try again when it has finished`,
      cause: err
    });
  }
  try {
    return await fn();
  } finally {
    await release().catch(() => {
    });
  }
}

// src/profiles/paths.ts
import { homedir } from "node:os";
import { join as join2 } from "node:path";
function configDir(env) {
  if (env.AUTHCTL_CONFIG_DIR) return env.AUTHCTL_CONFIG_DIR;
  const base = env.XDG_CONFIG_HOME || join2(env.HOME || homedir(), ".config");
  return join2(base, "authctl");
}
var configFile = (dir) => join2(dir, "config.json");
var secretsFile = (dir) => join2(dir, "secrets.json");

export {
  ensurePrivateDir,
  tighten,
  writeFileAtomic,
  withFileLock,
  configDir,
  configFile,
  secretsFile
};
