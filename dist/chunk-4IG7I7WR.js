import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  AuthctlError
} from "./chunk-IJBOYKY4.js";

// src/secrets/store.ts
var StoreUnavailableError = class _StoreUnavailableError extends AuthctlError {
  constructor(reason, fix, cause) {
    super(`the OS keychain is unavailable: ${reason}`, { hint: fix, cause });
    this.reason = reason;
    this.fix = fix;
    this.name = "StoreUnavailableError";
  }
  reason;
  fix;
  /** The same error, its hint ending with what works instead for the command that failed. */
  orElse(alternative) {
    return new _StoreUnavailableError(this.reason, `${this.fix}; or ${alternative}`, this.cause);
  }
};
var MAX_SECRET_BYTES = 2500;
function checkSecretSize(account, value) {
  const size = Buffer.byteLength(value, "utf8");
  if (size > MAX_SECRET_BYTES) {
    throw new AuthctlError(`the secret for ${account} is ${size} bytes, over the ${MAX_SECRET_BYTES}-byte limit of OS keychains`);
  }
}

export {
  StoreUnavailableError,
  checkSecretSize
};
