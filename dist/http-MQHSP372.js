import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  deleteResource,
  getJson,
  postForm
} from "./chunk-GFAQK6L7.js";
import "./chunk-4MABVAWP.js";
import "./chunk-U4XMNMAO.js";
import "./chunk-5CESELZY.js";
import "./chunk-OHRQBEPP.js";
import "./chunk-IJBOYKY4.js";
import "./chunk-A6S6R7IG.js";
import "./chunk-S47ZGZ7M.js";
export {
  deleteResource,
  getJson,
  postForm
};
