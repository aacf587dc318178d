import type { Server } from 'node:http';
import Provider from 'oidc-provider';
import { freePort } from './ports.js';

/** A token-endpoint grant the server completed or refused, as its events report it. */
export interface GrantEvent {
  outcome: 'success' | 'error';
  grantType: string;
  /** For refresh_token grants: the refresh token presented (to check rotation). */
  refreshToken?: string;
  error?: string;
  /** When the server handled it (ms). */
  at: number;
}

export interface OidcPeer {
  issuer: string;
  grants: GrantEvent[];
  /** Grants the server destroyed: by revocation (RFC 7009), or on a reused refresh token (reuse detection). */
  grantsRevoked: number;
  close(): Promise<void>;
}

/**
 * panva's oidc-provider, in this process on 127.0.0.1: an independent,
 * standards-complete authorization server to test authctl's generic OAuth 2.0
 * code against. A public native client (PKCE required, refresh tokens rotated with
 * reuse detection, as the library does for public clients), RFC 9207 `iss` in
 * every authorization response, RFC 7009 revocation, and its development login and
 * consent pages for a scripted browser.
 */
export async function startOidcPeer(o: { clientId: string; redirectUris: string[]; accessTokenTtl?: number; deviceFlow?: boolean }): Promise<OidcPeer> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: o.clientId,
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        redirect_uris: o.redirectUris,
        grant_types: ['authorization_code', 'refresh_token', ...(o.deviceFlow ? ['urn:ietf:params:oauth:grant-type:device_code'] : [])],
        response_types: ['code'],
      },
    ],
    scopes: ['openid', 'offline_access', 'crm.read'],
    features: { revocation: { enabled: true }, devInteractions: { enabled: true }, deviceFlow: { enabled: o.deviceFlow === true } },
    ttl: { AccessToken: o.accessTokenTtl ?? 3600, RefreshToken: 14 * 24 * 3600, Grant: 14 * 24 * 3600 },
    cookies: { keys: ['authctl-test-cookie-key'] },
    // The library's own default: rotate a public client's refresh token on every use.
    rotateRefreshToken: () => true,
  });
  const peer: OidcPeer = {
    issuer,
    grants: [],
    grantsRevoked: 0,
    close: async () => {},
  };
  type Ctx = { oidc?: { params?: Record<string, unknown> } };
  const record = (outcome: GrantEvent['outcome']) => (ctx: Ctx, err?: { error?: string }) => {
    const params = ctx.oidc?.params ?? {};
    peer.grants.push({
      outcome,
      grantType: String(params.grant_type),
      ...(typeof params.refresh_token === 'string' ? { refreshToken: params.refresh_token } : {}),
      ...(err?.error ? { error: err.error } : {}),
      at: Date.now(),
    });
  };
  provider.on('grant.success', (ctx) => record('success')(ctx as Ctx));
  provider.on('grant.error', (ctx, err) => record('error')(ctx as Ctx, err as { error?: string }));
  provider.on('grant.revoked', () => {
    peer.grantsRevoked += 1;
  });
  // Its warnings about development keys and the in-memory adapter are expected here.
  const server: Server = await new Promise((resolve) => {
    const s = provider.listen(port, '127.0.0.1', () => resolve(s));
  });
  peer.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return peer;
}
