import { AuthctlError, ExitCode } from '../errors.js';
import { printable } from '../io/printable.js';
import { OAuthError, TransportError } from './errors.js';
import { postForm } from './http.js';
import { type ClientCredentials, clientAuthentication, requestToken, type TokenRequestOptions, type TokenResponse } from './token.js';

/** RFC 8628 §3.2: what the device authorization endpoint answers. */
export interface DeviceAuthorization {
  deviceCode: string;
  userCode: string;
  verificationUri: string;
  /** The URL with the code in it, when the server gives one (what a QR code should carry). */
  verificationUriComplete?: string;
  /** Epoch ms when the codes expire. */
  expiresAt: number;
  /** Seconds between polls. */
  interval: number;
}

/** RFC 8628 §3.5: 5 s when the server names no interval; slow_down adds 5 s. */
export const DEFAULT_INTERVAL_SECONDS = 5;
export const SLOW_DOWN_SECONDS = 5;

const url = (v: unknown) => (typeof v === 'string' && /^https?:\/\//.test(v) ? v : undefined);

/** Asks for a device code and a user code (RFC 8628 §3.1); the answer is checked before it is shown to the user. */
export async function startDeviceAuthorization(
  endpoint: string,
  client: ClientCredentials,
  scope: string | undefined,
  o: { timeoutMs: number; now: () => number },
): Promise<DeviceAuthorization> {
  const auth = clientAuthentication(client);
  const { status, body } = await postForm(endpoint, { ...auth.form, ...(scope ? { scope } : {}) }, o.timeoutMs, auth.headers);
  if (typeof body.error === 'string' || status >= 400) {
    throw new OAuthError(typeof body.error === 'string' ? body.error : `http_${status}`, typeof body.error_description === 'string' ? body.error_description : undefined, status);
  }
  // Microsoft's older endpoints say verification_url.
  const verificationUri = url(body.verification_uri) ?? url(body.verification_url);
  const expiresIn = Number(body.expires_in);
  if (typeof body.device_code !== 'string' || typeof body.user_code !== 'string' || !verificationUri || !(expiresIn > 0 && expiresIn <= 3600)) {
    throw new TransportError(`${new URL(endpoint).origin} answered the device authorization without a device code, user code, verification URI or sane expiry`, 'invalid-response', status);
  }
  const interval = body.interval === undefined ? DEFAULT_INTERVAL_SECONDS : Number(body.interval);
  return {
    deviceCode: body.device_code,
    // Shown on the terminal: nothing the server sends may rewrite it.
    userCode: printable(body.user_code.slice(0, 64)),
    verificationUri: printable(verificationUri.slice(0, 500)),
    ...(url(body.verification_uri_complete) ? { verificationUriComplete: printable((body.verification_uri_complete as string).slice(0, 1000)) } : {}),
    expiresAt: o.now() + expiresIn * 1000,
    interval: Number.isFinite(interval) && interval >= 1 && interval <= 60 ? interval : DEFAULT_INTERVAL_SECONDS,
  };
}

/** How a device flow's polls go on: the RFC's way, or Zoho's (its own grant, 30 s after slow_down, other_dc). */
export interface PollRules {
  /** One token request; resolves the tokens, or throws the server's OAuthError. */
  attempt(): Promise<TokenResponse>;
  /** The interval after a slow_down. */
  slowDown(interval: number): number;
  /** A provider's own error that means "go on polling" (Zoho's other_dc, after switching servers). */
  goOn?(err: OAuthError): boolean;
}

/**
 * Polls every `interval` seconds until the user approves, declines, or the codes
 * expire (RFC 8628 §3.4-3.5). Every poll waits first: nobody approves within
 * milliseconds, and a server that counts polls would take an early one amiss.
 */
export async function pollUntilApproved(device: Pick<DeviceAuthorization, 'interval' | 'expiresAt'>, rules: PollRules, now: () => number): Promise<TokenResponse> {
  let interval = device.interval;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, interval * 1000));
    if (now() >= device.expiresAt) throw expired();
    try {
      return await rules.attempt();
    } catch (err) {
      if (!(err instanceof OAuthError)) throw err;
      if (err.error === 'authorization_pending') continue;
      if (err.error === 'slow_down') {
        interval = rules.slowDown(interval);
        continue;
      }
      if (rules.goOn?.(err)) continue;
      if (err.error === 'access_denied') throw new AuthctlError('the login was declined on the verification page; nothing was changed', { hint: 'run the login again and approve it' });
      if (err.error === 'expired_token' || err.error === 'expired') throw expired();
      throw err;
    }
  }
}

/** RFC 8628's polls: the device_code grant at the token endpoint. */
export const standardPollRules = (tokenEndpoint: string, client: ClientCredentials, device: DeviceAuthorization, o: TokenRequestOptions): PollRules => ({
  attempt: () => requestToken(tokenEndpoint, client, { grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: device.deviceCode }, o),
  slowDown: (interval) => interval + SLOW_DOWN_SECONDS,
});

const expired = () =>
  new AuthctlError('the device code expired before the login was approved; nothing was changed', {
    exitCode: ExitCode.failure,
    hint: 'run the login again and approve it within the time shown',
  });
