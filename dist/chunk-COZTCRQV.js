import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-4WXXECZW.js";

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

export {
  updateTokenCopy,
  deleteTokenCopy
};
