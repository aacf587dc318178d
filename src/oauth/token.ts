import type { ClientAuthMethod } from '../providers/spec.js';
import { NEVER_EXPIRES_AT } from '../secrets/credential.js';
import { OAuthError, TransportError } from './errors.js';
import { deleteResource, postForm } from './http.js';

/** A successful token endpoint answer (RFC 6749 §5.1), with Zoho's extensions. */
export interface TokenResponse {
  accessToken: string;
  tokenType: string;
  refreshToken?: string;
  /** Epoch ms after which the access token must not be used (skew already taken off). */
  expiresAt: number;
  /** Zoho: the API domain of the account's data centre. */
  apiDomain?: string;
  scope?: string;
  /** OpenID Connect: who signed in. */
  idToken?: string;
  /** The answer's other string members (Salesforce's instance_url and id, …): never a token. */
  fields: Record<string, string>;
}

/** Taken off every lifetime so a token is never sent in its last seconds. */
export const EXPIRY_SKEW_MS = 30_000;

/** The access-token lifetimes authctl accepts (Zoho's is an hour). */
export const MIN_LIFETIME_SECONDS = 1;
export const MAX_LIFETIME_SECONDS = 365 * 24 * 3600;

/** A server value in a message: short, and no control characters. */
const describeValue = (v: unknown) => (v === undefined ? '(none)' : JSON.stringify(v).replace(/[^\x20-\x7e]/g, '?').slice(0, 40));

export type TokenGrant =
  | { grant_type: 'authorization_code'; code: string; redirect_uri?: string; code_verifier?: string }
  | { grant_type: 'refresh_token'; refresh_token: string }
  | { grant_type: 'urn:ietf:params:oauth:grant-type:device_code'; device_code: string }
  /** Zoho's v3 device flow polls with its own grant. */
  | { grant_type: 'device_token'; code: string };

export interface ClientCredentials {
  clientId: string;
  /** Absent for a public client. */
  clientSecret?: string;
  /** How the client authenticates (RFC 8414 token_endpoint_auth_method); Zoho's way, the form, by default. */
  authMethod?: ClientAuthMethod;
}

export interface TokenRequestOptions {
  timeoutMs?: number;
  now?: () => number;
  /** The lifetime to assume when the answer has no expires_in; without it, expires_in is required. */
  assumedLifetimeSeconds?: number;
  /** The provider's access tokens never expire: an answer without expires_in is one of those. */
  neverExpires?: boolean;
}

/**
 * The client's part of a token request (RFC 6749 §2.3.1): id and secret in the
 * form, in HTTP Basic (each form-urlencoded first), or the id alone for a public client.
 */
export function clientAuthentication(client: ClientCredentials): { form: Record<string, string>; headers: Record<string, string> } {
  const method = client.clientSecret === undefined ? 'none' : (client.authMethod ?? 'client_secret_post');
  if (method === 'client_secret_basic') {
    const encode = (v: string) => encodeURIComponent(v).replace(/%20/g, '+');
    const basic = Buffer.from(`${encode(client.clientId)}:${encode(client.clientSecret!)}`).toString('base64');
    return { form: {}, headers: { Authorization: `Basic ${basic}` } };
  }
  if (method === 'none') return { form: { client_id: client.clientId }, headers: {} };
  return { form: { client_id: client.clientId, client_secret: client.clientSecret! }, headers: {} };
}

/** Calls a token endpoint; resolves a validated response or throws OAuthError/TransportError. */
export async function requestToken(
  tokenEndpoint: string,
  client: ClientCredentials,
  grant: TokenGrant,
  options: TokenRequestOptions = {},
): Promise<TokenResponse> {
  const auth = clientAuthentication(client);
  const form: Record<string, string> = { ...auth.form };
  for (const [k, v] of Object.entries(grant)) if (v !== undefined) form[k] = v;
  const { status, body } = await postForm(tokenEndpoint, form, options.timeoutMs, auth.headers);
  return processTokenResponse(status, body, (options.now ?? Date.now)(), options.assumedLifetimeSeconds, options.neverExpires);
}

/** Members never copied into `fields`: they are secrets. */
const SECRET_MEMBERS = new Set(['access_token', 'refresh_token', 'id_token', 'client_secret']);

/**
 * Validates a token endpoint body. Zoho reports errors with HTTP 200 and an
 * `error` member, so the body decides, not the status.
 */
export function processTokenResponse(
  status: number,
  body: Record<string, unknown>,
  receivedAt: number,
  assumedLifetimeSeconds?: number,
  neverExpires = false,
): TokenResponse {
  if (typeof body.error === 'string' || status >= 400) {
    const error = typeof body.error === 'string' ? body.error : `http_${status}`;
    const description = typeof body.error_description === 'string' ? body.error_description : undefined;
    throw new OAuthError(error, description, status, body);
  }
  const accessToken = body.access_token;
  if (typeof accessToken !== 'string' || accessToken === '') {
    throw new TransportError('the token endpoint answered without an access_token', 'invalid-response', status);
  }
  // RFC 6749 §7.1: the client must understand the token type; every API authctl serves takes bearer tokens.
  if (body.token_type !== undefined && (typeof body.token_type !== 'string' || body.token_type.toLowerCase() !== 'bearer')) {
    throw new TransportError(`the token endpoint issued a token of type ${describeValue(body.token_type)}, not a bearer token`, 'invalid-response', status);
  }
  // Older Zoho servers sent milliseconds in expires_in and seconds in expires_in_sec.
  const field = body.expires_in_sec !== undefined ? 'expires_in_sec' : 'expires_in';
  const given = body[field] !== undefined;
  if (!given && neverExpires) return tokenResponse(body, accessToken, NEVER_EXPIRES_AT);
  const seconds = !given && assumedLifetimeSeconds !== undefined
    ? assumedLifetimeSeconds
    : typeof body[field] === 'string' || typeof body[field] === 'number' ? Number(body[field]) : Number.NaN;
  // A lifetime outside these bounds is a broken or hostile answer: a token served "forever",
  // one expired on arrival, or a date JavaScript cannot represent.
  if (!Number.isFinite(seconds) || seconds < MIN_LIFETIME_SECONDS || seconds > MAX_LIFETIME_SECONDS) {
    throw new TransportError(
      `the token endpoint answered ${field} ${describeValue(body[field])}, not a lifetime from ${MIN_LIFETIME_SECONDS} s to one year`,
      'invalid-response',
      status,
    );
  }
  // Whole milliseconds: the expiry is recorded as an ISO date and compared with it.
  return tokenResponse(body, accessToken, Math.floor(receivedAt + seconds * 1000 - Math.min(EXPIRY_SKEW_MS, (seconds * 1000) / 2)));
}

function tokenResponse(body: Record<string, unknown>, accessToken: string, expiresAt: number): TokenResponse {
  return {
    accessToken,
    tokenType: typeof body.token_type === 'string' ? body.token_type : 'Bearer',
    refreshToken: typeof body.refresh_token === 'string' && body.refresh_token !== '' ? body.refresh_token : undefined,
    expiresAt,
    apiDomain: typeof body.api_domain === 'string' ? body.api_domain : undefined,
    scope: typeof body.scope === 'string' ? body.scope : undefined,
    idToken: typeof body.id_token === 'string' ? body.id_token : undefined,
    fields: Object.fromEntries(
      Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string' && !SECRET_MEMBERS.has(e[0])),
    ),
  };
}

/**
 * Another provider's revocation (RFC 7009): POST token and token_type_hint with
 * the client's authentication; or, where the provider does it so, DELETE
 * {endpoint}/{token} (HubSpot). A 200 means revoked, or already unknown.
 */
export async function revokeStandard(
  endpoint: string,
  style: 'rfc7009' | 'delete-path',
  client: ClientCredentials,
  token: string,
  options: { timeoutMs?: number } = {},
): Promise<void> {
  const { status, body } =
    style === 'delete-path'
      ? await deleteResource(`${endpoint.replace(/\/$/, '')}/${encodeURIComponent(token)}`, options.timeoutMs)
      : await (() => {
          const auth = clientAuthentication(client);
          return postForm(endpoint, { ...auth.form, token, token_type_hint: 'refresh_token' }, options.timeoutMs, auth.headers);
        })();
  if (status >= 300 || typeof body.error === 'string') {
    throw new OAuthError(typeof body.error === 'string' ? body.error : `http_${status}`, typeof body.error_description === 'string' ? body.error_description : undefined, status);
  }
}

/** RFC 7009-style revocation as Zoho does it: POST {revoke}?token=T. */
export async function revokeToken(revokeEndpoint: string, token: string, options: { timeoutMs?: number } = {}): Promise<void> {
  // Zoho documents the token as a query parameter of the POST.
  const url = new URL(revokeEndpoint);
  url.searchParams.set('token', token);
  const { status, body } = await postForm(url.toString(), {}, options.timeoutMs);
  if (status >= 400 || (typeof body.status === 'string' && body.status !== 'success') || typeof body.error === 'string') {
    throw new OAuthError(typeof body.error === 'string' ? body.error : `http_${status}`, undefined, status);
  }
}
