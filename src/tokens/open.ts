import type { Context } from '../io/context.js';
import { apiBaseOf, type Config, isApiKeyProfile, isZohoProfile, type Profile } from '../profiles/model.js';
import type { ProfileSelection } from '../profiles/select.js';
import { apiKeyBase, apiKeyHeaders, secretFieldOf } from '../providers/api-key.js';
import { apiAuthorizationOf, oauthHeaders } from '../providers/authorization.js';
import { distrustApiBase } from '../providers/oauth2.js';
import { requireOAuthProvider, requireProvider } from '../providers/registry.js';
import type { ApiKeyMethod } from '../providers/spec.js';
import type { PrintTarget } from './print.js';
import type { CredentialSource } from './source.js';

/** What `token`, `exec` and `api` need to know about the credential they use. */
export interface TokenTarget extends PrintTarget {
  source: CredentialSource;
  /** config.json as read to open the credential (for its data-centre table and providers). */
  config: Config;
  /**
   * Why the recorded API base may not receive the token: it is not the one the
   * provider says. Undefined when it may (Zoho's is checked against the data-centre table by api).
   */
  apiBaseProblem?: string;
}

/**
 * CI mode: AUTHCTL_AUTH_URL, or AUTHCTL_REFRESH_TOKEN with the other split
 * variables. AUTHCTL_CLIENT_ID/SECRET alone are not it: they give `login` a client.
 * Set but empty counts as set, so a CI secret missing from a job is reported
 * rather than silently replaced by whatever profile the machine has.
 */
export const ciCredentialIsSet = (env: NodeJS.ProcessEnv) => env.AUTHCTL_AUTH_URL !== undefined || env.AUTHCTL_REFRESH_TOKEN !== undefined;

/**
 * The one place that picks the credential of `token`, `exec` and `api`: CI
 * variables when set (no config, no keychain), else a stored profile. Each kind
 * is imported only when chosen, so neither path loads the other's modules.
 */
export async function openCredential(ctx: Context, selection: ProfileSelection): Promise<TokenTarget> {
  const target = await openTarget(ctx, selection);
  // AUTHCTL_CACHE_URL: the access token is shared with every machine using this credential (issue 14).
  if (ctx.env.AUTHCTL_CACHE_URL) {
    const { sharedCacheAccess } = await import('./shared-access.js');
    target.source.shared = sharedCacheAccess(ctx, target.source, target.provider);
  }
  return target;
}

async function openTarget(ctx: Context, selection: ProfileSelection): Promise<TokenTarget> {
  if (ciCredentialIsSet(ctx.env)) {
    const { openEnvCredential } = await import('./env-source.js');
    return openEnvCredential(ctx, selection);
  }
  const { openProfile } = await import('./profile-source.js');
  const { name, profile, config, source } = await openProfile(ctx, selection);
  return { profile: name, provider: profile.provider, apiBase: apiBaseOf(profile), scopes: profile.scopes, source, config, ...howTheApiTakesIt(config, profile) };
}

/** The headers and token type of a profile's API, and whether its recorded API base is the provider's. */
function howTheApiTakesIt(config: Config, profile: Profile): Pick<TokenTarget, 'tokenType' | 'headers' | 'apiKey' | 'apiBaseProblem'> {
  if (isApiKeyProfile(profile)) {
    const spec = requireProvider(config, profile.provider);
    const method: ApiKeyMethod | undefined = spec.apiKey;
    if (!method) return { tokenType: null, headers: () => [], apiBaseProblem: `provider ${profile.provider} no longer takes API keys` };
    const fields = profile.fields ?? {};
    const base = apiKeyBase(method, fields);
    return {
      tokenType: null,
      headers: (key) => apiKeyHeaders(method, fields, key),
      apiKey: { name: secretFieldOf(method), fields },
      ...('problem' in base ? { apiBaseProblem: base.problem } : base.base === profile.apiBase ? {} : { apiBaseProblem: `is not the provider's API base (${base.base})` }),
    };
  }
  const auth = apiAuthorizationOf(profile.provider, config.providers);
  if (isZohoProfile(profile)) return { tokenType: auth.scheme, headers: oauthHeaders(auth) };
  const problem = distrustApiBase(requireOAuthProvider(config, profile.provider), profile.variables ?? {}, profile.apiBase);
  return { tokenType: auth.scheme, headers: oauthHeaders(auth), ...(problem ? { apiBaseProblem: problem } : {}) };
}
