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

  /** The answer's other short string members (Zoho's user_location with other_dc), made printable. */
  readonly fields: Record<string, string>;

  constructor(
    error: string,
    errorDescription: string | undefined,
    readonly status: number,
    fields: Record<string, unknown> = {},
  ) {
    const description = errorDescription === undefined ? undefined : printable(errorDescription.slice(0, 500));
    super(description ? `${printable(error)}: ${description}` : printable(error));
    this.name = 'OAuthError';
    this.error = printable(error.slice(0, 200));
    this.errorDescription = description;
    this.fields = Object.fromEntries(
      Object.entries(fields)
        .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].length <= 200 && !['error', 'error_description'].includes(e[0]))
        .map(([k, v]) => [k, printable(v)]),
    );
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
