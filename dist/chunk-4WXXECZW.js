import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  AuthctlError
} from "./chunk-IJBOYKY4.js";

// src/profiles/files.ts
import { unlinkSync } from "node:fs";
import { access, chmod, constants, mkdir, open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
var DIR_MODE = 448;
var FILE_MODE = 384;
async function ensurePrivateDir(dir) {
  await mkdir(dir, { recursive: true, mode: DIR_MODE }).catch((err) => {
    throw writeError(dir, err);
  });
  return tighten(dir, DIR_MODE);
}
var WRITE_ERRORS = {
  ENOSPC: ["the disk is full", "free some space and try again"],
  EDQUOT: ["the disk quota is used up", "free some space and try again"],
  EROFS: ["the file system is read-only", "point AUTHCTL_CONFIG_DIR at a writable folder, or remount it read-write"],
  EACCES: ["permission denied", "make the folder writable by this user, or point AUTHCTL_CONFIG_DIR elsewhere"],
  EPERM: ["permission denied", "make the folder writable by this user, or point AUTHCTL_CONFIG_DIR elsewhere"],
  EIO: ["an I/O error", "check the disk"]
};
function writeError(path, err) {
  const code = err?.code;
  const known = code === void 0 ? void 0 : WRITE_ERRORS[code];
  if (!known) return err;
  return new AuthctlError(`cannot write ${path}: ${known[0]} (${code}); what was stored before is unchanged`, { hint: known[1], cause: err });
}
async function assertWritable(dir) {
  await access(dir, constants.W_OK).catch((err) => {
    throw writeError(dir, err);
  });
}
var pendingTempFiles = /* @__PURE__ */ new Set();
var sweepOnExit = false;
var TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;
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
  if (!sweepOnExit) {
    sweepOnExit = true;
    process.once("exit", () => {
      for (const file of pendingTempFiles) {
        try {
          unlinkSync(file);
        } catch {
        }
      }
    });
  }
  pendingTempFiles.add(tmp);
  try {
    const handle = await open(tmp, "wx", FILE_MODE);
    try {
      await handle.writeFile(content, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => {
    });
    throw writeError(path, err);
  } finally {
    pendingTempFiles.delete(tmp);
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
  await assertWritable(dir);
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
async function removeStrayTempFiles(dir) {
  const { readdir } = await import("node:fs/promises");
  const names = await readdir(dir).catch(() => []);
  let removed = 0;
  for (const name of names.filter((n) => TEMP_FILE.test(n))) {
    await unlink(join(dir, name)).then(() => removed++, () => {
    });
  }
  return removed;
}

export {
  ensurePrivateDir,
  assertWritable,
  tighten,
  writeFileAtomic,
  withFileLock,
  removeStrayTempFiles
};
