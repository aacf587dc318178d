import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);

// src/oauth/errors.ts
var OAuthError = class extends Error {
  constructor(error, errorDescription, status) {
    super(errorDescription ? `${error}: ${errorDescription}` : error);
    this.error = error;
    this.errorDescription = errorDescription;
    this.status = status;
    this.name = "OAuthError";
  }
  error;
  errorDescription;
  status;
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
