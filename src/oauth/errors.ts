/**
 * Errors of the OAuth protocol layer. They carry what the server said (never a
 * token or secret) and leave it to the provider and the command to tell the user
 * what it means for them.
 */

/** The server answered with an OAuth error (`error`, optional `error_description`). */
export class OAuthError extends Error {
  constructor(
    readonly error: string,
    readonly errorDescription: string | undefined,
    readonly status: number,
  ) {
    super(errorDescription ? `${error}: ${errorDescription}` : error);
    this.name = 'OAuthError';
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
