import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);

// src/io/printable.ts
var printable = (text) => text.replace(/[\p{Cc}\p{Cf}]/gu, "?");

export {
  printable
};
