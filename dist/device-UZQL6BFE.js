import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  DEFAULT_INTERVAL_SECONDS,
  SLOW_DOWN_SECONDS,
  pollUntilApproved,
  standardPollRules,
  startDeviceAuthorization
} from "./chunk-JFHGRDFK.js";
import "./chunk-ZLD3M6TS.js";
import "./chunk-XYMNJ3EU.js";
import "./chunk-XJTHWWSW.js";
import "./chunk-OHRQBEPP.js";
import "./chunk-4MABVAWP.js";
import "./chunk-U4XMNMAO.js";
import "./chunk-IJBOYKY4.js";
import "./chunk-A6S6R7IG.js";
import "./chunk-S47ZGZ7M.js";
export {
  DEFAULT_INTERVAL_SECONDS,
  SLOW_DOWN_SECONDS,
  pollUntilApproved,
  standardPollRules,
  startDeviceAuthorization
};
