import type { Context } from '../io/context.js';
import { httpTimeoutMs } from '../oauth/http.js';
import { type ClientCredentials, requestToken, type TokenResponse } from '../oauth/token.js';
import { resolveClient } from '../profiles/clients.js';
import type { Config, Profile } from '../profiles/model.js';
import { AuthctlError } from '../errors.js';
import { OAuthError } from '../oauth/errors.js';
import type { LoginRequired } from '../profiles/model.js';
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
  accountsServer: string;
  dc: string;
  /** The credential being refreshed, for messages (CredentialSource.label). */
  label: string;
  loginCommand: string;
}

/**
 * The refresh_token grant at the profile's own accounts server (a token belongs
 * to the data centre that issued it), with the client the tokens were issued to.
 * Loaded on demand: it pulls in the HTTP client.
 */
export async function refreshProfileToken(ctx: Context, t: RefreshTarget, refreshToken: string): Promise<TokenResponse> {
  // config.json is not trusted with where the secrets go: only the table in force is.
  trustedAccountsServer(await loadDataCentres(ctx.env, t.config), t.profile.accountsServer, t.profile.dc, `profile "${t.name}"`);
  // A registered client, or AUTHCTL_CLIENT_ID/SECRET for a profile logged in with those.
  const client = await resolveClient(t.stores, t.config, ctx.env, t.profile.client, t.profile.dc);
  return refreshAccessToken(
    ctx,
    { client, accountsServer: t.profile.accountsServer, dc: t.profile.dc, label: `profile "${t.name}"`, loginCommand: t.loginCommand },
    refreshToken,
  );
}

/** The refresh_token grant itself, with a failure explained for the user; shared by profiles, CI variables and import. */
export async function refreshAccessToken(ctx: Context, g: RefreshGrant, refreshToken: string): Promise<TokenResponse> {
  try {
    return await requestToken(
      endpoints(g.accountsServer).token,
      g.client,
      { grant_type: 'refresh_token', refresh_token: refreshToken },
      { timeoutMs: httpTimeoutMs(ctx.env), now: ctx.now },
    );
  } catch (err) {
    throw explainTokenError(err, {
      grant: 'refresh_token',
      dc: g.dc,
      accountsServer: g.accountsServer,
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
  if (cause.error === 'invalid_client' || cause.error === 'invalid_client_secret') return 'client';
  return undefined;
}
