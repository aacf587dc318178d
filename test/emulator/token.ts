// The token endpoint's grant logic, kept apart from HTTP so the order of Zoho's checks is easy
// to read: client, then secret, then the grant itself. Errors are HTTP 200 with {"error"} as
// Zoho answers them; only throttling may use another status (settings.throttleHttpStatus).
import { createHash } from 'node:crypto';
import type { AccessToken, EmulatorState, RefreshToken } from './state.js';

export interface Answer {
  status: number;
  body: Record<string, unknown>;
}

const ok = (body: Record<string, unknown>): Answer => ({ status: 200, body });
const fail = (error: string, extra: Record<string, string> = {}): Answer => ({ status: 200, body: { error, ...extra } });

const THROTTLED = {
  error: 'Access Denied',
  error_description: 'Token creation throttle limit reached. Please reuse the valid tokens you currently have.',
};

export function tokenGrant(state: EmulatorState, dc: string, p: Record<string, string>): Answer {
  switch (p.grant_type) {
    case 'authorization_code':
      return authorizationCodeGrant(state, dc, p);
    case 'refresh_token':
      return refreshTokenGrant(state, dc, p);
    case 'device_token':
      return deviceTokenGrant(state, dc, p);
    default:
      return fail('unsupported_grant_type');
  }
}

/** Client authentication shared by both grants; a client unknown at this dc is invalid_client. */
function checkClient(state: EmulatorState, dc: string, p: Record<string, string>): Answer | undefined {
  const client = state.clientIn(p.client_id, dc);
  if (!client) return fail('invalid_client');
  if (p.client_secret !== (client.dcSecrets[dc] ?? client.clientSecret)) return fail('invalid_client_secret');
  return undefined;
}

function authorizationCodeGrant(state: EmulatorState, dc: string, p: Record<string, string>): Answer {
  const clientError = checkClient(state, dc, p);
  if (clientError) return clientError;
  const code = p.code === undefined ? undefined : state.codes.get(p.code);
  if (!code || code.clientId !== p.client_id) return fail('invalid_code');
  // A code belongs to the accounts server that issued it: exchanging elsewhere is a client error.
  if (code.dc !== dc) return fail('invalid_client');
  if (code.used || code.expiresAt <= state.now()) return fail('invalid_code');
  if (code.kind === 'web' && p.redirect_uri !== code.redirectUri) return fail('invalid_redirect_uri');
  if (code.codeChallenge !== undefined && s256(p.code_verifier) !== code.codeChallenge) return fail('invalid_code');

  // From here the code is spent, whatever the outcome: codes are single-use.
  code.used = true;
  let rt: RefreshToken | undefined;
  if (code.issueRefreshToken) {
    const created = state.createRefreshToken(code);
    if (created === 'refused') {
      return fail('Access Denied', {
        error_description: 'You have reached the maximum number of refresh tokens for this client. Revoke an old one first.',
      });
    }
    rt = created;
  }
  const at = state.createAccessToken(code, rt);
  return ok(tokenBody(state, at, rt));
}

function refreshTokenGrant(state: EmulatorState, dc: string, p: Record<string, string>): Answer {
  const clientError = checkClient(state, dc, p);
  if (clientError) return clientError;
  const rt = p.refresh_token === undefined ? undefined : state.refreshTokens.get(p.refresh_token);
  if (!rt || rt.clientId !== p.client_id) return fail('invalid_code');
  if (rt.dc !== dc) return fail('invalid_client');
  if (state.throttled(rt)) {
    return { status: state.settings.throttleHttpStatus, body: { ...THROTTLED } };
  }
  rt.creations.push(state.now());
  const current = state.settings.rotateRefreshTokens ? state.rotate(rt) : rt;
  const at = state.createAccessToken(rt, current);
  return ok(tokenBody(state, at, state.settings.rotateRefreshTokens ? current : undefined));
}

/**
 * POST /oauth/v3/device/token (grant_type=device_token, code=<device_code>):
 * pending until approved; slow_down when polled faster than allowed; other_dc
 * with the user's location when the account lives in another data centre, whose
 * accounts server then hands out the tokens.
 */
function deviceTokenGrant(state: EmulatorState, dc: string, p: Record<string, string>): Answer {
  const clientError = checkClient(state, dc, p);
  if (clientError) return clientError;
  const d = p.code === undefined ? undefined : state.devices.get(p.code);
  if (!d || d.clientId !== p.client_id || d.status === 'used') return fail('invalid_code');
  const now = state.now();
  if (d.expiresAt <= now) return fail('expired');
  const tooSoon = d.lastPollAt !== undefined && now - d.lastPollAt < state.settings.deviceMinPollSeconds * 1000;
  d.lastPollAt = now;
  if (tooSoon) return fail('slow_down');
  if (d.status === 'pending') return fail('authorization_pending');
  if (d.status === 'denied') return fail('access_denied');
  const grant = d.grant!;
  if (grant.dc !== dc) return fail('other_dc', { user_location: state.dataCentre(grant.dc).location });
  d.status = 'used';
  const consentKey = state.consentKey(grant);
  const firstConsent = !state.consents.has(consentKey);
  if (d.accessType === 'offline') state.consents.add(consentKey);
  let rt: RefreshToken | undefined;
  if (d.accessType === 'offline' && (d.promptConsent || firstConsent)) {
    const created = state.createRefreshToken(grant);
    if (created === 'refused') return fail('Access Denied', { error_description: 'You have reached the maximum number of refresh tokens for this client.' });
    rt = created;
  }
  return ok(tokenBody(state, state.createAccessToken(grant, rt), rt));
}

/** The success body: refresh_token only when one is handed out; expires_in per legacy setting. */
function tokenBody(state: EmulatorState, at: AccessToken, rt: RefreshToken | undefined): Record<string, unknown> {
  const seconds = state.settings.accessTokenLifetimeSeconds;
  return {
    access_token: at.token,
    ...(rt ? { refresh_token: rt.token } : {}),
    api_domain: state.dataCentre(at.dc).apiDomains.production,
    token_type: 'Bearer',
    ...(state.settings.legacyExpiresIn ? { expires_in_sec: seconds, expires_in: seconds * 1000 } : { expires_in: seconds }),
  };
}

/** POST /oauth/v2/token/revoke: a refresh token takes its access tokens with it. */
export function revoke(state: EmulatorState, dc: string, token: string | undefined): Answer {
  const rt = token === undefined ? undefined : state.refreshTokens.get(token);
  if (rt && rt.dc === dc) {
    state.revokeRefresh(rt.token);
    return ok({ status: 'success' });
  }
  const at = token === undefined ? undefined : state.accessTokens.get(token);
  if (at && at.dc === dc) {
    state.accessTokens.delete(at.token);
    return ok({ status: 'success' });
  }
  return { status: 400, body: { status: 'failure', error: 'invalid_token' } };
}

export function s256(verifier: string | undefined): string | undefined {
  return verifier === undefined ? undefined : createHash('sha256').update(verifier).digest('base64url');
}
