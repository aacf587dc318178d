import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-TLYZF424.js";
import {
  AuthctlError,
  ExitCode
} from "./chunk-IJBOYKY4.js";

// src/secrets/token-copy.ts
import { unlink } from "node:fs/promises";
import { join } from "node:path";
var tokenCopyFile = (dir, profileName) => join(dir, `access-token.${profileName}.json`);
var tokenCopyEnabled = (env) => env.AUTHCTL_ACCESS_TOKEN_FILE !== "off";
async function updateTokenCopy(env, dir, name, profile, credential, warn) {
  const file = tokenCopyFile(dir, name);
  try {
    if (profile.store === "keychain" && tokenCopyEnabled(env) && credential?.accessToken && credential.accessTokenExpiresAt !== void 0) {
      const copy = { v: 1, key: profile.key, at: credential.accessToken, exp: credential.accessTokenExpiresAt };
      await writeFileAtomic(file, `${JSON.stringify(copy)}
`);
    } else {
      await deleteTokenCopy(dir, name);
    }
  } catch (err) {
    warn(`could not update ${file} (${err.message}); authctl token will read the keychain instead`);
  }
}
async function deleteTokenCopy(dir, name) {
  await unlink(tokenCopyFile(dir, name)).catch((err) => {
    if (err.code !== "ENOENT") throw err;
  });
}

// src/secrets/credential.ts
function encodeCredential(c) {
  return JSON.stringify({ v: 1, rt: c.refreshToken, at: c.accessToken, exp: c.accessTokenExpiresAt });
}
function decodeCredential(profile, value) {
  let raw;
  try {
    raw = JSON.parse(value);
  } catch {
    raw = {};
  }
  if (raw.v !== 1 || typeof raw.rt !== "string" || raw.rt === "") {
    throw new AuthctlError(`the stored credential of profile "${profile}" is unreadable`, {
      exitCode: ExitCode.loginRequired,
      hint: `log in again: authctl login --profile ${profile}`
    });
  }
  const exp = typeof raw.exp === "number" && Number.isFinite(new Date(raw.exp).getTime()) ? raw.exp : void 0;
  return {
    refreshToken: raw.rt,
    accessToken: typeof raw.at === "string" && exp !== void 0 ? raw.at : void 0,
    accessTokenExpiresAt: exp
  };
}

export {
  updateTokenCopy,
  deleteTokenCopy,
  encodeCredential,
  decodeCredential
};
