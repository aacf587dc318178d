import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  DEFAULT_TIMEOUT_MS,
  httpTimeoutMs
} from "./chunk-5CESELZY.js";
import "./chunk-OHRQBEPP.js";
import "./chunk-IJBOYKY4.js";
import "./chunk-S47ZGZ7M.js";
export {
  DEFAULT_TIMEOUT_MS,
  httpTimeoutMs
};
