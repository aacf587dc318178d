import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  revokeProfileToken,
  revokeReplaced
} from "./chunk-WPZX7AGP.js";
import "./chunk-OS7KWCVA.js";
import "./chunk-EXYN2VX5.js";
import "./chunk-H3J7Z5BA.js";
import "./chunk-NJY7OGMY.js";
import "./chunk-XI2SX2GQ.js";
import "./chunk-RCDHANDK.js";
import "./chunk-4IG7I7WR.js";
import "./chunk-SKOVH2MT.js";
import "./chunk-XYMNJ3EU.js";
import "./chunk-IK73LTO7.js";
import "./chunk-7IPDWRUM.js";
import "./chunk-4JY4UOAX.js";
import "./chunk-2XVMHWZF.js";
import "./chunk-OHRQBEPP.js";
import "./chunk-U4XMNMAO.js";
import "./chunk-IJBOYKY4.js";
import "./chunk-A6S6R7IG.js";
import "./chunk-S47ZGZ7M.js";
export {
  revokeProfileToken,
  revokeReplaced
};
