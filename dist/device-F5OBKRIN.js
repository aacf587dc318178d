import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  DEFAULT_INTERVAL_SECONDS,
  SLOW_DOWN_SECONDS,
  pollUntilApproved,
  standardPollRules,
  startDeviceAuthorization
} from "./chunk-FWXSXU7P.js";
import "./chunk-75V5QIOK.js";
import "./chunk-GFAQK6L7.js";
import "./chunk-4MABVAWP.js";
import "./chunk-U4XMNMAO.js";
import "./chunk-XYMNJ3EU.js";
import "./chunk-5CESELZY.js";
import "./chunk-OHRQBEPP.js";
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
