import type { Context } from '../io/context.js';
import { httpTimeoutMs } from '../oauth/http.js';
import { requestToken, type TokenResponse } from '../oauth/token.js';
import { resolveClient } from '../profiles/clients.js';
import type { Config, Profile } from '../profiles/model.js';
import { endpoints, explainTokenError } from '../providers/zoho.js';
import type { SecretStores } from '../secrets/resolve.js';

export interface RefreshTarget {
  stores: SecretStores;
  config: Config;
  name: string;
  profile: Profile;
  loginCommand: string;
}

/**
 * The refresh_token grant at the profile's own accounts server (a token belongs
 * to the data centre that issued it), with the client the tokens were issued to.
 * Loaded on demand: it pulls in the HTTP client.
 */
export async function refreshProfileToken(ctx: Context, t: RefreshTarget, refreshToken: string): Promise<TokenResponse> {
  // A registered client, or AUTHCTL_CLIENT_ID/SECRET for a profile logged in with those.
  const client = await resolveClient(t.stores, t.config, ctx.env, t.profile.client);
  try {
    return await requestToken(
      endpoints(t.profile.accountsServer).token,
      client,
      { grant_type: 'refresh_token', refresh_token: refreshToken },
      { timeoutMs: httpTimeoutMs(ctx.env), now: ctx.now },
    );
  } catch (err) {
    throw explainTokenError(err, {
      grant: 'refresh_token',
      dc: t.profile.dc,
      accountsServer: t.profile.accountsServer,
      clientName: client.name,
      profile: t.name,
      loginCommand: t.loginCommand,
    });
  }
}
