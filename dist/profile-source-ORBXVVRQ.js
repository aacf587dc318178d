import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  loginCommand,
  openProfile,
  profileSource
} from "./chunk-TKCH3CAV.js";
import "./chunk-H2FPMQTE.js";
import "./chunk-HY5E2BXV.js";
import "./chunk-NJY7OGMY.js";
import "./chunk-ACLOSCO6.js";
import "./chunk-4IG7I7WR.js";
import "./chunk-SKOVH2MT.js";
import "./chunk-XYMNJ3EU.js";
import "./chunk-ZGKIIDIA.js";
import "./chunk-MAHCXA4B.js";
import "./chunk-TLYZF424.js";
import "./chunk-IK73LTO7.js";
import "./chunk-7IPDWRUM.js";
import "./chunk-2XVMHWZF.js";
import "./chunk-OHRQBEPP.js";
import "./chunk-U4XMNMAO.js";
import "./chunk-IJBOYKY4.js";
import "./chunk-S47ZGZ7M.js";
export {
  loginCommand,
  openProfile,
  profileSource
};
