import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);

// src/tokens/source.ts
var isSharedCacheError = (err) => err instanceof Error && err.name === "SharedCacheError";

export {
  isSharedCacheError
};
