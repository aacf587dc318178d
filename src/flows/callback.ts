import { timingSafeEqual } from 'node:crypto';
import { printable } from '../io/printable.js';

/** What the authorization server sent back to the redirect URI (RFC 6749 §4.1.2). */
export type Callback =
  | {
      code: string;
      /** Zoho's `accounts-server`: where the code must be exchanged. Absent for a bare pasted code. */
      accountsServer?: string;
    }
  | { error: string; errorDescription?: string };

/** What a callback must match to be believed. */
export interface CallbackCheck {
  /** The `state` of this attempt. */
  state: string;
  /**
   * Zoho's mix-up defence: undefined for an accounts server this login may
   * exchange a code at, else why not (the URL given only as a parsed origin).
   */
  distrustAccountsServer?(url: string): string | undefined;
  /**
   * Another provider's (RFC 9207): an `iss` in the response must be this issuer,
   * and with `required` (the server advertises it) a response without one is refused.
   */
  issuer?: { expected?: string; required: boolean };
}

/** A callback is believed, or refused for a reason that names no secret and echoes no input. */
export type Interpretation = { callback: Callback } | { problem: string };

const SINGLE = ['code', 'state', 'error', 'error_description', 'accounts-server', 'location', 'iss'];

/**
 * Checks redirect parameters: each at most once, the exact `state`, and the
 * issuer: an accounts server we know (Zoho's parameter), or RFC 9207's `iss`.
 */
export function interpretCallback(params: URLSearchParams, check: CallbackCheck): Interpretation {
  const repeated = SINGLE.find((name) => params.getAll(name).length > 1);
  if (repeated) return { problem: `the parameter "${repeated}" appears more than once` };
  const state = params.get('state');
  if (!state) return { problem: 'it has no state' };
  if (!sameSecret(state, check.state)) return { problem: 'its state does not match this login' };
  // RFC 9207 §2.4: checked on error responses too, before anything in them is believed.
  const iss = params.get('iss');
  if (check.issuer) {
    if (iss === null && check.issuer.required) return { problem: 'it has no iss, which this server always sends (a possible mix-up attack)' };
    if (iss !== null && check.issuer.expected !== undefined && iss !== check.issuer.expected) {
      return { problem: `its iss ${describeUrl(iss)} is not the issuer of this login (a possible mix-up attack)` };
    }
  }
  const error = params.get('error');
  if (error) {
    // Shown to the user: nothing a forged redirect sends may reach the terminal as it is.
    const description = params.get('error_description');
    return { callback: { error: printable(error.slice(0, 200)), errorDescription: description === null ? undefined : printable(description.slice(0, 500)) } };
  }
  const code = params.get('code');
  if (!code) return { problem: 'it has neither a code nor an error' };
  if (!check.distrustAccountsServer) return { callback: { code } };
  const accountsServer = params.get('accounts-server');
  if (!accountsServer) return { problem: 'it does not name its accounts-server' };
  const distrust = check.distrustAccountsServer(accountsServer);
  if (distrust) return { problem: `its accounts-server ${describeUrl(accountsServer)} ${distrust}` };
  return { callback: { code, accountsServer } };
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** An attacker-chosen URL, shown only as a parsed origin so no control characters reach the terminal. */
function describeUrl(value: string): string {
  try {
    return new URL(value).origin;
  } catch {
    return '(not a URL)';
  }
}
