import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  AuthctlError,
  ExitCode
} from "./chunk-IJBOYKY4.js";

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
  encodeCredential,
  decodeCredential
};
