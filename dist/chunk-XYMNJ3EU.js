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
  const hasRefreshToken = typeof raw.rt === "string" && raw.rt !== "";
  if (raw.v !== 1 || !hasRefreshToken && (raw.rt !== void 0 || typeof raw.at !== "string" || typeof raw.exp !== "number")) {
    throw new AuthctlError(`the stored credential of profile "${profile}" is unreadable`, {
      exitCode: ExitCode.loginRequired,
      hint: `log in again: authctl login --profile ${profile}`
    });
  }
  const exp = typeof raw.exp === "number" && Number.isFinite(new Date(raw.exp).getTime()) ? raw.exp : void 0;
  return {
    ...hasRefreshToken ? { refreshToken: raw.rt } : {},
    accessToken: typeof raw.at === "string" && exp !== void 0 ? raw.at : void 0,
    accessTokenExpiresAt: exp
  };
}
var NEVER_EXPIRES_AT = Date.parse("9999-12-31T00:00:00Z");

export {
  encodeCredential,
  decodeCredential,
  NEVER_EXPIRES_AT
};
