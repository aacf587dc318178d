import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  configDir
} from "./chunk-HVF3DJK5.js";
import {
  ensurePrivateDir,
  withFileLock
} from "./chunk-4WXXECZW.js";

// src/secrets/lock.ts
var STALE_MS = 5e3;
var WAIT_MS = 6e4;
async function withRefreshLock(lock, fn) {
  await ensurePrivateDir(lock.dir);
  return withFileLock(lock.dir, lock.name, fn, { staleMs: STALE_MS, waitMs: WAIT_MS });
}
var profileLock = (env, name) => ({
  dir: configDir(env),
  name: `refresh-${name}`
});

export {
  withRefreshLock,
  profileLock
};
