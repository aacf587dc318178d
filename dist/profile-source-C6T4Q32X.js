import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  loginCommand,
  openProfile,
  profileSource
} from "./chunk-DA6EBYZQ.js";
import "./chunk-MTQEWLZR.js";
import "./chunk-FRUMXU66.js";
import "./chunk-VGNX6DTF.js";
import "./chunk-P6OAEH5L.js";
import "./chunk-4IG7I7WR.js";
import "./chunk-SQPAIV4X.js";
import "./chunk-UGRHKYEV.js";
import "./chunk-BM4QJCI7.js";
import "./chunk-V7XFVBCC.js";
import "./chunk-IJBOYKY4.js";
import "./chunk-SZKR4VXL.js";
import "./chunk-S47ZGZ7M.js";
export {
  loginCommand,
  openProfile,
  profileSource
};
