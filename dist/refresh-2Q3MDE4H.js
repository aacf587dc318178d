import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  refreshAccessToken,
  refreshProfileToken,
  rejectedPart
} from "./chunk-QJ3A3N46.js";
import "./chunk-JA3AFRXB.js";
import "./chunk-QTL7XV2A.js";
import "./chunk-B7UNFW7K.js";
import "./chunk-NXGQUBJZ.js";
import "./chunk-4IG7I7WR.js";
import "./chunk-V7XFVBCC.js";
import "./chunk-3LE7LWM6.js";
import "./chunk-2XVMHWZF.js";
import "./chunk-OHRQBEPP.js";
import "./chunk-U4XMNMAO.js";
import "./chunk-IJBOYKY4.js";
import "./chunk-A6S6R7IG.js";
import "./chunk-S47ZGZ7M.js";
export {
  refreshAccessToken,
  refreshProfileToken,
  rejectedPart
};
