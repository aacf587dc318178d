import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  DEFAULT_TIMEOUT_MS,
  getJson,
  httpTimeoutMs,
  postForm
} from "./chunk-UCQ3AG3A.js";
import "./chunk-SZKR4VXL.js";
import "./chunk-A6S6R7IG.js";
import "./chunk-S47ZGZ7M.js";
export {
  DEFAULT_TIMEOUT_MS,
  getJson,
  httpTimeoutMs,
  postForm
};
