import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  printable
} from "./chunk-U4XMNMAO.js";

// src/oauth/errors.ts
var OAuthError = class extends Error {
  constructor(error, errorDescription, status) {
    const description = errorDescription === void 0 ? void 0 : printable(errorDescription.slice(0, 500));
    super(description ? `${printable(error)}: ${description}` : printable(error));
    this.status = status;
    this.name = "OAuthError";
    this.error = printable(error.slice(0, 200));
    this.errorDescription = description;
  }
  status;
  error;
  errorDescription;
};
var TransportError = class extends Error {
  constructor(message, kind, status, options) {
    super(message, options);
    this.kind = kind;
    this.status = status;
    this.name = "TransportError";
  }
  kind;
  status;
};

export {
  OAuthError,
  TransportError
};
