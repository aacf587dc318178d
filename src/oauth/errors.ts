import { printable } from '../io/printable.js';

/**
 * Errors of the OAuth protocol layer. They carry what the server said (never a
 * token or secret) and leave it to the provider and the command to tell the user
 * what it means for them.
 */

/** The server answered with an OAuth error (`error`, optional `error_description`), made printable. */
export class OAuthError extends Error {
  readonly error: string;
  readonly errorDescription: string | undefined;

  constructor(
    error: string,
    errorDescription: string | undefined,
    readonly status: number,
  ) {
    const description = errorDescription === undefined ? undefined : printable(errorDescription.slice(0, 500));
    super(description ? `${printable(error)}: ${description}` : printable(error));
    this.name = 'OAuthError';
    this.error = printable(error.slice(0, 200));
    this.errorDescription = description;
  }
}

/** The server could not be reached, timed out, or answered something that is not an OAuth response. */
export class TransportError extends Error {
  constructor(
    message: string,
    readonly kind: 'timeout' | 'refused' | 'network' | 'not-json' | 'invalid-response' | 'http',
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TransportError';
  }
}
