import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  printable
} from "./chunk-U4XMNMAO.js";

// src/oauth/errors.ts
var OAuthError = class extends Error {
  constructor(error, errorDescription, status, fields = {}) {
    const description = errorDescription === void 0 ? void 0 : printable(errorDescription.slice(0, 500));
    super(description ? `${printable(error)}: ${description}` : printable(error));
    this.status = status;
    this.name = "OAuthError";
    this.error = printable(error.slice(0, 200));
    this.errorDescription = description;
    this.fields = Object.fromEntries(
      Object.entries(fields).filter((e) => typeof e[1] === "string" && e[1].length <= 200 && !["error", "error_description"].includes(e[0])).map(([k, v]) => [k, printable(v)])
    );
  }
  status;
  error;
  errorDescription;
  /** The answer's other short string members (Zoho's user_location with other_dc), made printable. */
  fields;
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
