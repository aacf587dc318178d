import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  loginCommand,
  openProfile,
  profileSource
} from "./chunk-D5Z7SCZD.js";
import "./chunk-COZTCRQV.js";
import "./chunk-V6PYEZHN.js";
import "./chunk-RVJGXOUJ.js";
import "./chunk-XOOTJA7A.js";
import "./chunk-BO25MEHV.js";
import "./chunk-4IG7I7WR.js";
import "./chunk-ZMS7MFPS.js";
import "./chunk-XYMNJ3EU.js";
import "./chunk-FU6ELVWH.js";
import "./chunk-VCT34OKP.js";
import "./chunk-HVF3DJK5.js";
import "./chunk-5ONYOWUW.js";
import "./chunk-4WXXECZW.js";
import "./chunk-YCNKKPBX.js";
import "./chunk-2PCQ4NXC.js";
import "./chunk-OHRQBEPP.js";
import "./chunk-2XVMHWZF.js";
import "./chunk-U4XMNMAO.js";
import "./chunk-IJBOYKY4.js";
import "./chunk-S47ZGZ7M.js";
export {
  loginCommand,
  openProfile,
  profileSource
};
