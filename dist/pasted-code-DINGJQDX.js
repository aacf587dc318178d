import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  readPastedCallback,
  readSelfClientCode
} from "./chunk-44DX6GGR.js";
import "./chunk-C7MMNMLF.js";
import "./chunk-IJBOYKY4.js";
import "./chunk-S47ZGZ7M.js";
export {
  readPastedCallback,
  readSelfClientCode
};
