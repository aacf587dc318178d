import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);

// src/errors.ts
var ExitCode = {
  ok: 0,
  failure: 1,
  usage: 2,
  notFound: 3,
  loginRequired: 4,
  server: 5,
  rateLimited: 6,
  /** 128 + SIGINT, as a shell reports a command ended by Ctrl-C. */
  interrupted: 130
};
var AuthctlError = class extends Error {
  exitCode;
  hint;
  constructor(message, options = {}) {
    super(message, { cause: options.cause });
    this.name = "AuthctlError";
    this.exitCode = options.exitCode ?? ExitCode.failure;
    this.hint = options.hint;
  }
};
var usageError = (message, hint) => new AuthctlError(message, { exitCode: ExitCode.usage, hint });

export {
  ExitCode,
  AuthctlError,
  usageError
};
