import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  loginCommand,
  openProfile,
  profileSource
} from "./chunk-4LWHZNK3.js";
import "./chunk-DZP67KVE.js";
import "./chunk-HY5E2BXV.js";
import "./chunk-B7UNFW7K.js";
import "./chunk-NXGQUBJZ.js";
import "./chunk-RYQHQCFL.js";
import "./chunk-4IG7I7WR.js";
import "./chunk-SQPAIV4X.js";
import "./chunk-OJNBIOW2.js";
import "./chunk-TLYZF424.js";
import "./chunk-V7XFVBCC.js";
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
