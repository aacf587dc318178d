import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  promptSecret,
  promptText
} from "./chunk-D7YHL7JO.js";
import "./chunk-IJBOYKY4.js";
import "./chunk-S47ZGZ7M.js";
export {
  promptSecret,
  promptText
};
