import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  loginCommand,
  openProfile,
  profileSource
} from "./chunk-KWYKMKIM.js";
import "./chunk-H2FPMQTE.js";
import "./chunk-HY5E2BXV.js";
import "./chunk-XOOTJA7A.js";
import "./chunk-TJMKQRQL.js";
import "./chunk-4IG7I7WR.js";
import "./chunk-ZMS7MFPS.js";
import "./chunk-XYMNJ3EU.js";
import "./chunk-FU6ELVWH.js";
import "./chunk-JFLECSOP.js";
import "./chunk-TLYZF424.js";
import "./chunk-XKJ4BYTH.js";
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
