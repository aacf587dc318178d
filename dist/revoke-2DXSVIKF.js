import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  revokeProfileToken,
  revokeReplaced
} from "./chunk-SJSOE2JA.js";
import "./chunk-NVZBQOXC.js";
import "./chunk-RMYOY7U4.js";
import "./chunk-RVJGXOUJ.js";
import "./chunk-XOOTJA7A.js";
import "./chunk-7TV4QH5Q.js";
import "./chunk-GRK4P527.js";
import "./chunk-2JZIJHPE.js";
import "./chunk-4IG7I7WR.js";
import "./chunk-ZMS7MFPS.js";
import "./chunk-XYMNJ3EU.js";
import "./chunk-4WXXECZW.js";
import "./chunk-YCNKKPBX.js";
import "./chunk-2PCQ4NXC.js";
import "./chunk-GVUMQUGI.js";
import "./chunk-OHRQBEPP.js";
import "./chunk-2XVMHWZF.js";
import "./chunk-U4XMNMAO.js";
import "./chunk-IJBOYKY4.js";
import "./chunk-A6S6R7IG.js";
import "./chunk-S47ZGZ7M.js";
export {
  revokeProfileToken,
  revokeReplaced
};
