import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  runEntry
} from "./chunk-2OA4UR7F.js";
import "./chunk-U4XMNMAO.js";
import "./chunk-IJBOYKY4.js";
import "./chunk-S47ZGZ7M.js";

// src/token.ts
function run(opts) {
  return runEntry(async (ctx) => (await import("./token-MODJLAAG.js")).run(ctx, opts));
}
export {
  run
};
