import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  portableGrant,
  refreshAccessToken,
  refreshProfileToken,
  rejectedPart
} from "./chunk-CG54FSCN.js";
import "./chunk-AFDEIMCR.js";
import "./chunk-VZW5AFPB.js";
import "./chunk-EXYN2VX5.js";
import "./chunk-BW2DHM3P.js";
import "./chunk-DBTIDBHF.js";
import "./chunk-DUS3FDUE.js";
import "./chunk-4IG7I7WR.js";
import "./chunk-IK73LTO7.js";
import "./chunk-IBPCIGGM.js";
import "./chunk-VNVVWFD2.js";
import "./chunk-4JY4UOAX.js";
import "./chunk-2XVMHWZF.js";
import "./chunk-OHRQBEPP.js";
import "./chunk-U4XMNMAO.js";
import "./chunk-IJBOYKY4.js";
import "./chunk-A6S6R7IG.js";
import "./chunk-S47ZGZ7M.js";
export {
  portableGrant,
  refreshAccessToken,
  refreshProfileToken,
  rejectedPart
};
