import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  loginCommand,
  openProfile,
  profileSource
} from "./chunk-5AIOH6AC.js";
import "./chunk-DZP67KVE.js";
import "./chunk-HY5E2BXV.js";
import "./chunk-DBTIDBHF.js";
import "./chunk-WSW4KEOT.js";
import "./chunk-4IG7I7WR.js";
import "./chunk-D2MVZ7SL.js";
import "./chunk-ITBS776Y.js";
import "./chunk-TLYZF424.js";
import "./chunk-IK73LTO7.js";
import "./chunk-IBPCIGGM.js";
import "./chunk-VNVVWFD2.js";
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
