import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  portableGrant,
  refreshAccessToken,
  refreshProfileToken,
  rejectedPart
} from "./chunk-CSE7X66Z.js";
import "./chunk-RMYOY7U4.js";
import "./chunk-BOS4PJ3B.js";
import "./chunk-Y2VLY6AG.js";
import "./chunk-RVJGXOUJ.js";
import "./chunk-NXLRG7AK.js";
import "./chunk-LJ6DYF44.js";
import "./chunk-IOWPGD6P.js";
import "./chunk-HJNYBZP6.js";
import "./chunk-7NKYUQS5.js";
import "./chunk-4IG7I7WR.js";
import "./chunk-RYCME3SZ.js";
import "./chunk-XYMNJ3EU.js";
import "./chunk-23EBES73.js";
import "./chunk-4WXXECZW.js";
import "./chunk-YCNKKPBX.js";
import "./chunk-3GMNTBGG.js";
import "./chunk-GVUMQUGI.js";
import "./chunk-OHRQBEPP.js";
import "./chunk-2XVMHWZF.js";
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
