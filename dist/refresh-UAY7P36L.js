import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  portableGrant,
  refreshAccessToken,
  refreshProfileToken,
  rejectedPart
} from "./chunk-OJFHKTYF.js";
import "./chunk-75V5QIOK.js";
import "./chunk-RMYOY7U4.js";
import "./chunk-RVJGXOUJ.js";
import "./chunk-LJ6DYF44.js";
import "./chunk-4IG7I7WR.js";
import "./chunk-GFAQK6L7.js";
import "./chunk-PC2SCASK.js";
import "./chunk-IOWPGD6P.js";
import "./chunk-UZ6VYVCW.js";
import "./chunk-LVFTAJCA.js";
import "./chunk-7NKYUQS5.js";
import "./chunk-RYCME3SZ.js";
import "./chunk-4MABVAWP.js";
import "./chunk-U4XMNMAO.js";
import "./chunk-XYMNJ3EU.js";
import "./chunk-23EBES73.js";
import "./chunk-4WXXECZW.js";
import "./chunk-YCNKKPBX.js";
import "./chunk-3GMNTBGG.js";
import "./chunk-5CESELZY.js";
import "./chunk-OHRQBEPP.js";
import "./chunk-IJBOYKY4.js";
import "./chunk-A6S6R7IG.js";
import "./chunk-S47ZGZ7M.js";
export {
  portableGrant,
  refreshAccessToken,
  refreshProfileToken,
  rejectedPart
};
