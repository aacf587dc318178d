import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  DEFAULT_INTERVAL_SECONDS,
  SLOW_DOWN_SECONDS,
  pollDeviceToken,
  startDeviceAuthorization
} from "./chunk-5DOJ7J4P.js";
import "./chunk-BOS4PJ3B.js";
import "./chunk-XYMNJ3EU.js";
import "./chunk-GVUMQUGI.js";
import "./chunk-OHRQBEPP.js";
import "./chunk-2XVMHWZF.js";
import "./chunk-U4XMNMAO.js";
import "./chunk-IJBOYKY4.js";
import "./chunk-A6S6R7IG.js";
import "./chunk-S47ZGZ7M.js";
export {
  DEFAULT_INTERVAL_SECONDS,
  SLOW_DOWN_SECONDS,
  pollDeviceToken,
  startDeviceAuthorization
};
