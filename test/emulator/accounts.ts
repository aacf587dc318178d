// Routes of one data centre's accounts server: the web flow (authorize → org chooser →
// consent → redirect with a code), the token endpoint and revocation.
import { randomBytes } from 'node:crypto';
import { redirect, sendHtml, sendJson, type Exchange } from './http.js';
import { chooserPage, consentPage, deviceCodePage, errorPage } from './pages.js';
import type { EmulatorState, PendingAuthorization } from './state.js';
import { revoke, tokenGrant } from './token.js';

/** Timers of delayed token answers, so close() can cancel them. */
export type TimerSet = Set<ReturnType<typeof setTimeout>>;

export function accountsRoutes(state: EmulatorState, dc: string, timers: TimerSet): (x: Exchange) => Promise<void> {
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  /** Adds parameters to a registered redirect_uri, keeping any query it already has. */
  const back = (x: Exchange, redirectUri: string, params: Record<string, string | undefined>) => {
    const url = new URL(redirectUri);
    for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.append(k, v);
    redirect(x, url.toString());
  };

  /** GET /oauth/v2/auth: validate what cannot be redirected first, then show the org chooser. */
  function authorize(x: Exchange): void {
    const q = x.query;
    const client = state.clientIn(q.client_id, dc);
    if (!client) {
      return sendHtml(x, 400, errorPage('Invalid Client', 'The client_id is not known at this data centre.'));
    }
    const redirectUri = q.redirect_uri;
    if (redirectUri === undefined || !client.redirectUris.includes(redirectUri)) {
      return sendHtml(
        x,
        400,
        errorPage('Invalid Redirect Uri', `The redirect_uri "${redirectUri ?? ''}" does not match a redirect URI registered for this client.`),
      );
    }
    if (q.response_type !== 'code') return back(x, redirectUri, { error: 'unsupported_response_type', state: q.state });
    // Zoho's scope list is comma-separated; anything else ends up as one unknown scope.
    const scopes = (q.scope ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    if (scopes.length === 0) return back(x, redirectUri, { error: 'invalid_scope', state: q.state });
    if (q.code_challenge !== undefined && q.code_challenge_method !== 'S256') {
      return back(x, redirectUri, { error: 'invalid_request', error_description: 'code_challenge_method must be S256', state: q.state });
    }
    const pending: PendingAuthorization = {
      id: randomBytes(12).toString('hex'),
      dc,
      clientId: client.clientId,
      redirectUri,
      scopes,
      accessType: q.access_type === 'offline' ? 'offline' : 'online',
      promptConsent: q.prompt === 'consent',
      state: q.state,
      codeChallenge: q.code_challenge,
    };
    state.pending.set(pending.id, pending);
    const d = state.dataCentre(dc);
    sendHtml(x, 200, chooserPage({ requestId: pending.id, clientId: client.clientId, user: d.user, portals: d.portals }));
  }

  function pendingOf(x: Exchange): PendingAuthorization | undefined {
    const p = x.form.request_id === undefined ? undefined : state.pending.get(x.form.request_id);
    if (!p || p.dc !== dc) {
      sendHtml(x, 400, errorPage('Invalid Request', 'This authorization request is unknown or already finished. Start again from the app.'));
      return undefined;
    }
    return p;
  }

  /** POST /oauth/v2/auth/org: the chosen org leads to the consent page. */
  function chooseOrg(x: Exchange): void {
    const p = pendingOf(x);
    if (!p) return;
    const d = state.dataCentre(dc);
    const found = x.form.org_id === undefined ? undefined : state.findOrg(dc, x.form.org_id);
    if (!found) {
      return sendHtml(
        x,
        400,
        chooserPage({ requestId: p.id, clientId: p.clientId, user: d.user, portals: d.portals, message: 'Choose an org to continue.' }),
      );
    }
    sendHtml(x, 200, consentPage({ requestId: p.id, clientId: p.clientId, portal: found.portal, org: found.org, scopes: p.scopes }));
  }

  /** POST /oauth/v2/auth/consent: Accept issues a code (rate-limited per client), Deny says so. */
  function decide(x: Exchange): void {
    const p = pendingOf(x);
    if (!p) return;
    const found = x.form.org_id === undefined ? undefined : state.findOrg(dc, x.form.org_id);
    if (p.deviceCode !== undefined) return decideDevice(x, p, found);
    if (x.form.decision === 'deny') {
      state.pending.delete(p.id);
      return back(x, p.redirectUri, { error: 'access_denied', state: p.state });
    }
    if (x.form.decision !== 'accept' || !found) {
      return sendHtml(x, 400, errorPage('Invalid Request', 'Choose Accept or Deny for an org.'));
    }
    if (!state.allowCodeIssue(p.clientId)) {
      return sendHtml(
        x,
        400,
        errorPage('Access Denied: too many requests', 'Too many authorization codes were requested for this client. Try again later.'),
      );
    }
    state.pending.delete(p.id);
    const d = state.dataCentre(dc);
    const grant = {
      dc,
      clientId: p.clientId,
      userId: d.user.id,
      portalId: found.portal.id,
      orgId: found.org.id,
      environment: found.org.environment,
      scopes: p.scopes,
    };
    // Zoho hands out a refresh token at the first offline consent, later only with prompt=consent.
    const consentKey = state.consentKey(grant);
    const firstConsent = !state.consents.has(consentKey);
    if (p.accessType === 'offline') state.consents.add(consentKey);
    const code = state.issueCode({
      ...grant,
      kind: 'web',
      redirectUri: p.redirectUri,
      codeChallenge: p.codeChallenge,
      issueRefreshToken: p.accessType === 'offline' && (p.promptConsent || firstConsent),
      expiresAt: state.now() + state.settings.webCodeLifetimeSeconds * 1000,
    });
    back(x, p.redirectUri, { code, location: d.location, 'accounts-server': d.accountsServer, state: p.state });
  }

  /** A device-flow decision: recorded on the device code (the device polls for it); the browser just says so. */
  function decideDevice(x: Exchange, p: PendingAuthorization, found: ReturnType<EmulatorState['findOrg']>): void {
    const d = state.devices.get(p.deviceCode!);
    state.pending.delete(p.id);
    if (!d || d.status !== 'pending') return sendHtml(x, 400, errorPage('Invalid Request', 'This device request is unknown or already finished.'));
    if (x.form.decision === 'deny') {
      d.status = 'denied';
      return sendHtml(x, 200, errorPage('Access denied', 'You denied access. You can close this window.'));
    }
    if (x.form.decision !== 'accept' || !found) return sendHtml(x, 400, errorPage('Invalid Request', 'Choose Accept or Deny for an org.'));
    const here = state.dataCentre(dc);
    d.status = 'approved';
    d.grant = { dc, clientId: d.clientId, userId: here.user.id, portalId: found.portal.id, orgId: found.org.id, environment: found.org.environment, scopes: d.scopes };
    sendHtml(x, 200, errorPage('Device approved', 'Return to your device: it will finish signing in.'));
  }

  /** POST /oauth/v3/device/code: a device code and a user code for a machine without a browser. */
  function deviceCode(x: Exchange): void {
    if (x.method !== 'POST') return sendJson(x, 405, { error: 'method_not_allowed' }, { allow: 'POST' });
    const f = { ...x.query, ...x.form };
    if (f.grant_type !== 'device_request') return sendJson(x, 200, { error: 'unsupported_grant_type' });
    const client = state.clientIn(f.client_id, dc);
    if (!client) return sendJson(x, 200, { error: 'invalid_client' });
    const scopes = (f.scope ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    if (scopes.length === 0) return sendJson(x, 200, { error: 'invalid_scope' });
    const d = state.issueDeviceCode({ dc, clientId: client.clientId, scopes, accessType: f.access_type === 'offline' ? 'offline' : 'online', promptConsent: f.prompt === 'consent' });
    const s = state.settings;
    // An older Zoho page gives both numbers in milliseconds.
    const unit = s.deviceMillisecondUnits ? 1000 : 1;
    sendJson(x, 200, {
      device_code: d.deviceCode,
      user_code: d.userCode,
      verification_url: `${state.dataCentre(dc).accountsServer}/oauth/v3/device`,
      expires_in: s.deviceCodeLifetimeSeconds * unit,
      interval: s.deviceIntervalSeconds * unit,
    });
  }

  /** GET /oauth/v3/device: where the user types the code (on any data centre's accounts server). */
  function devicePage(x: Exchange): void {
    sendHtml(x, 200, deviceCodePage(x.query.user_code));
  }

  /** POST /oauth/v3/device/verify: a known code leads to the usual org chooser, then consent. */
  function deviceVerify(x: Exchange): void {
    const d = x.form.user_code === undefined ? undefined : state.deviceByUserCode(x.form.user_code);
    if (!d) return sendHtml(x, 400, deviceCodePage(x.form.user_code, 'That code is not valid, or it has expired.'));
    // The user's account lives in this data centre: the client must be allowed here too.
    if (!state.clientIn(d.clientId, dc)) return sendHtml(x, 400, errorPage('Invalid Client', 'The client is not enabled in this data centre.'));
    const pending: PendingAuthorization = {
      id: randomBytes(12).toString('hex'),
      deviceCode: d.deviceCode,
      dc,
      clientId: d.clientId,
      redirectUri: '',
      scopes: d.scopes,
      accessType: d.accessType,
      promptConsent: d.promptConsent,
    };
    state.pending.set(pending.id, pending);
    const here = state.dataCentre(dc);
    sendHtml(x, 200, chooserPage({ requestId: pending.id, clientId: d.clientId, user: here.user, portals: here.portals }));
  }

  /** POST /oauth/v2/token, with the failure modes a CLI must survive (delay, HTML, hang). */
  async function token(x: Exchange): Promise<void> {
    if (x.method !== 'POST') return sendJson(x, 405, { error: 'method_not_allowed' }, { allow: 'POST' });
    const s = state.settings;
    if (s.tokenEndpointMode === 'hang') return; // never answered; close() cuts the connection
    if (s.responseDelayMs > 0) await sleep(s.responseDelayMs);
    if (state.settings.tokenEndpointMode === 'html') {
      return sendHtml(x, 502, '<!doctype html>\n<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>\n');
    }
    // Zoho reads the parameters from the form body or the query string.
    const a = tokenGrant(state, dc, { ...x.query, ...x.form });
    sendJson(x, a.status, a.body);
  }

  function revokeRoute(x: Exchange): void {
    if (x.method !== 'POST') return sendJson(x, 405, { error: 'method_not_allowed' }, { allow: 'POST' });
    const a = revoke(state, dc, x.query.token ?? x.form.token);
    sendJson(x, a.status, a.body);
  }

  return async (x) => {
    const route = `${x.method} ${x.path}`;
    if (route === 'GET /oauth/v2/auth') return authorize(x);
    if (route === 'POST /oauth/v2/auth/org') return chooseOrg(x);
    if (route === 'POST /oauth/v2/auth/consent') return decide(x);
    if (x.path === '/oauth/v2/token') return token(x);
    if (x.path === '/oauth/v2/token/revoke') return revokeRoute(x);
    if (x.path === '/oauth/v3/device/code') return deviceCode(x);
    if (route === 'GET /oauth/v3/device') return devicePage(x);
    if (route === 'POST /oauth/v3/device/verify') return deviceVerify(x);
    // Zoho's device poll is a token request with its own grant type.
    if (x.path === '/oauth/v3/device/token') return token(x);
    if (x.path.startsWith('/oauth/v2/auth')) return sendJson(x, 405, { error: 'method_not_allowed' });
    sendHtml(x, 404, errorPage('Not Found', `No page at ${x.path}.`));
  };
}
