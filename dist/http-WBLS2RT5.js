import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  DEFAULT_TIMEOUT_MS,
  deleteResource,
  getJson,
  httpTimeoutMs,
  postForm
} from "./chunk-XJTHWWSW.js";
import "./chunk-OHRQBEPP.js";
import "./chunk-4MABVAWP.js";
import "./chunk-U4XMNMAO.js";
import "./chunk-IJBOYKY4.js";
import "./chunk-A6S6R7IG.js";
import "./chunk-S47ZGZ7M.js";
export {
  DEFAULT_TIMEOUT_MS,
  deleteResource,
  getJson,
  httpTimeoutMs,
  postForm
};
