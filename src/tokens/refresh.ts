import type { Context } from '../io/context.js';
import { httpTimeoutMs } from '../oauth/timeout.js';
import { type ClientCredentials, requestToken, type TokenResponse } from '../oauth/token.js';
import { resolveClient } from '../profiles/clients.js';
import { type Config, isApiKeyProfile, isZohoProfile, type OAuthProfile, type Profile, type ZohoProfile } from '../profiles/model.js';
import { AuthctlError } from '../errors.js';
import { OAuthError } from '../oauth/errors.js';
import type { LoginRequired } from '../profiles/model.js';
import { credentialsFor, explainOAuthError, profileEndpoints } from '../providers/oauth2.js';
import { isApiKeyPortable, isZohoPortable, type PortableCredential } from '../profiles/auth-url.js';
import { portableSpec } from '../profiles/portable-oauth.js';
import { requireOAuthProvider } from '../providers/registry.js';
import { endpointsOf } from '../providers/spec.js';
import { endpoints, explainTokenError, loadDataCentres, trustedAccountsServer } from '../providers/zoho.js';
import type { SecretStores } from '../secrets/resolve.js';

export interface RefreshTarget {
  stores: SecretStores;
  config: Config;
  name: string;
  profile: Profile;
  loginCommand: string;
}

/** Everything a refresh_token grant needs besides the token, and what its errors should name. */
export interface RefreshGrant {
  client: ClientCredentials & { name?: string };
  tokenEndpoint: string;
  /** The credential being refreshed, for messages (CredentialSource.label). */
  label: string;
  loginCommand: string;
  /** Zoho's: the data centre, for its errors. Another provider's: its name and assumed token lifetime. */
  provider: { zoho: { dc: string; accountsServer: string } } | { name: string; assumedLifetimeSeconds?: number };
}

/**
 * The refresh_token grant at the profile's own token endpoint, with the client the
 * tokens were issued to. Loaded on demand: it pulls in the HTTP client.
 */
export async function refreshProfileToken(ctx: Context, t: RefreshTarget, refreshToken: string): Promise<TokenResponse> {
  return refreshAccessToken(ctx, await profileGrant(ctx, t), refreshToken);
}

/** Where and how the profile's refresh happens; config.json is never trusted with where the secrets go. */
async function profileGrant(ctx: Context, t: RefreshTarget): Promise<RefreshGrant> {
  const label = `profile "${t.name}"`;
  if (isZohoProfile(t.profile)) {
    const p: ZohoProfile = t.profile;
    // Only the data-centre table in force says which accounts servers are Zoho's.
    trustedAccountsServer(await loadDataCentres(ctx.env, t.config), p.accountsServer, p.dc, label);
    // A registered client, or AUTHCTL_CLIENT_ID/SECRET for a profile logged in with those.
    const client = await resolveClient(t.stores, t.config, ctx.env, p.client, p.dc);
    return {
      client: { clientId: client.clientId, clientSecret: client.clientSecret, name: client.name },
      tokenEndpoint: endpoints(p.accountsServer).token,
      label,
      loginCommand: t.loginCommand,
      provider: { zoho: { dc: p.dc, accountsServer: p.accountsServer } },
    };
  }
  // An API key is never refreshed: it has no refresh token, so the lifecycle never asks.
  if (isApiKeyProfile(t.profile)) throw new AuthctlError(`profile "${t.name}" is an API key: it is not refreshed`);
  const p: OAuthProfile = t.profile;
  const spec = requireOAuthProvider(t.config, p.provider);
  const client = await resolveClient(t.stores, t.config, ctx.env, p.client);
  return {
    client: { ...credentialsFor(spec, client), name: client.name },
    // The preset's (or the added provider's) endpoint, with the variables checked again.
    tokenEndpoint: profileEndpoints(p.provider, spec, p.variables).token,
    label,
    loginCommand: t.loginCommand,
    provider: { name: p.provider, assumedLifetimeSeconds: spec.assumedLifetimeSeconds },
  };
}

/** The refresh of an exported credential (CI mode, import): where its provider says, with its own client. */
export function portableGrant(c: PortableCredential, label: string, loginCommand: string): RefreshGrant {
  if (isZohoPortable(c)) {
    return {
      client: { clientId: c.clientId, clientSecret: c.clientSecret },
      tokenEndpoint: endpoints(c.accountsServer).token,
      provider: { zoho: { dc: c.dc, accountsServer: c.accountsServer } },
      label,
      loginCommand,
    };
  }
  if (isApiKeyPortable(c)) throw new AuthctlError(`${label} holds an API key, which is not refreshed`);
  const spec = portableSpec(c);
  return {
    client: credentialsFor(spec, { clientId: c.clientId, ...(c.clientSecret === undefined ? {} : { clientSecret: c.clientSecret }) }),
    tokenEndpoint: endpointsOf(spec, c.variables).token,
    provider: { name: c.provider, assumedLifetimeSeconds: spec.assumedLifetimeSeconds },
    label,
    loginCommand,
  };
}

/** The refresh_token grant itself, with a failure explained for the user; shared by profiles, CI variables and import. */
export async function refreshAccessToken(ctx: Context, g: RefreshGrant, refreshToken: string): Promise<TokenResponse> {
  try {
    return await requestToken(
      g.tokenEndpoint,
      g.client,
      { grant_type: 'refresh_token', refresh_token: refreshToken },
      {
        timeoutMs: httpTimeoutMs(ctx.env),
        now: ctx.now,
        ...('name' in g.provider ? { assumedLifetimeSeconds: g.provider.assumedLifetimeSeconds } : {}),
      },
    );
  } catch (err) {
    if ('name' in g.provider) {
      throw explainOAuthError(err, {
        provider: g.provider.name,
        grant: 'refresh_token',
        tokenEndpoint: g.tokenEndpoint,
        clientName: g.client.name,
        credential: g.label,
        loginCommand: g.loginCommand,
      });
    }
    throw explainTokenError(err, {
      grant: 'refresh_token',
      dc: g.provider.zoho.dc,
      accountsServer: g.provider.zoho.accountsServer,
      clientName: g.client.name,
      credential: g.label,
      loginCommand: g.loginCommand,
    });
  }
}

/**
 * What a failed refresh says is dead: the refresh token (revoked, expired,
 * deleted) or the client (unknown, wrong secret); undefined for failures that
 * may pass (network, throttling, a server error).
 */
export function rejectedPart(err: unknown): LoginRequired['rejected'] | undefined {
  const cause = err instanceof AuthctlError ? err.cause : err;
  if (!(cause instanceof OAuthError)) return undefined;
  if (cause.error === 'invalid_code' || cause.error === 'invalid_grant') return 'refresh_token';
  if (cause.error === 'invalid_client' || cause.error === 'invalid_client_secret' || cause.error === 'unauthorized_client') return 'client';
  return undefined;
}
