import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  usageError
} from "./chunk-IJBOYKY4.js";

// src/io/seconds.ts
var MAX_TIMER_SECONDS = Math.floor(2147483647 / 1e3);
function secondsSetting(name, value, fallback) {
  if (value === void 0 || value.trim() === "") return fallback;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw usageError(`${name} must be a positive number of seconds, not "${value.slice(0, 40)}"`, `unset it for the default (${fallback} s)`);
  }
  if (seconds > MAX_TIMER_SECONDS) {
    throw usageError(`${name} is ${value.slice(0, 40)} s, longer than a timer can wait (${MAX_TIMER_SECONDS} s, about 24 days)`, `give at most ${MAX_TIMER_SECONDS}`);
  }
  return seconds;
}

export {
  secondsSetting
};
