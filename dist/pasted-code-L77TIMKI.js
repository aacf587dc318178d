import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  interpretPaste,
  readPastedCallback,
  readSelfClientCode
} from "./chunk-C6IKX3WE.js";
import "./chunk-D7YHL7JO.js";
import "./chunk-U4XMNMAO.js";
import "./chunk-IJBOYKY4.js";
import "./chunk-S47ZGZ7M.js";
export {
  interpretPaste,
  readPastedCallback,
  readSelfClientCode
};
