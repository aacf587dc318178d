import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  secondsSetting
} from "./chunk-OHRQBEPP.js";

// src/oauth/timeout.ts
var DEFAULT_TIMEOUT_MS = 3e4;
var httpTimeoutMs = (env) => secondsSetting("AUTHCTL_HTTP_TIMEOUT", env.AUTHCTL_HTTP_TIMEOUT, DEFAULT_TIMEOUT_MS / 1e3) * 1e3;

export {
  DEFAULT_TIMEOUT_MS,
  httpTimeoutMs
};
