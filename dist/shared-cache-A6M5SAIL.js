import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  SharedCacheError,
  openSharedCache,
  probeSharedCache
} from "./chunk-TX4G6REA.js";
import "./chunk-S47ZGZ7M.js";
export {
  SharedCacheError,
  openSharedCache,
  probeSharedCache
};
