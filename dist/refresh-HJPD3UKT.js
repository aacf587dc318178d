import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  refreshAccessToken,
  refreshProfileToken,
  rejectedPart
} from "./chunk-RAPVIFTU.js";
import "./chunk-QTL7XV2A.js";
import "./chunk-GUNP32PQ.js";
import "./chunk-VGNX6DTF.js";
import "./chunk-4IG7I7WR.js";
import "./chunk-V7XFVBCC.js";
import "./chunk-IJBOYKY4.js";
import "./chunk-UCQ3AG3A.js";
import "./chunk-SZKR4VXL.js";
import "./chunk-A6S6R7IG.js";
import "./chunk-S47ZGZ7M.js";
export {
  refreshAccessToken,
  refreshProfileToken,
  rejectedPart
};
