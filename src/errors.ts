/** Exit codes, documented in README.md. */
export const ExitCode = {
  ok: 0,
  failure: 1,
  usage: 2,
  notFound: 3,
  loginRequired: 4,
  server: 5,
  rateLimited: 6,
  /** 128 + SIGINT, as a shell reports a command ended by Ctrl-C. */
  interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * An error a user is meant to read: `message` says what went wrong, `hint` what
 * to do next. Neither may contain a secret.
 */
export class AuthctlError extends Error {
  readonly exitCode: ExitCode;
  readonly hint: string | undefined;

  constructor(message: string, options: { exitCode?: ExitCode; hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AuthctlError';
    this.exitCode = options.exitCode ?? ExitCode.failure;
    this.hint = options.hint;
  }
}

export const usageError = (message: string, hint?: string) =>
  new AuthctlError(message, { exitCode: ExitCode.usage, hint });
