import type { Context } from '../io/context.js';
import { apiBaseOf, type Config, isZohoProfile } from '../profiles/model.js';
import type { ProfileSelection } from '../profiles/select.js';
import { apiAuthorizationOf } from '../providers/authorization.js';
import { requireProvider } from '../providers/registry.js';
import type { ApiAuthorization, ProviderSpec } from '../providers/spec.js';
import type { CredentialSource } from './source.js';

/** What `token`, `exec` and `api` need to know about the credential they use. */
export interface TokenTarget {
  /** The profile's name; null for a credential given by CI variables. */
  profile: string | null;
  provider: string;
  /** Where the API is: Zoho's API domain, another provider's API base. */
  apiBase: string;
  /** How the API takes the token. */
  apiAuth: ApiAuthorization;
  /** The values of the provider's {variables}, for checking the API base against the provider. */
  variables: Record<string, string>;
  /** Another provider's definition (undefined for Zoho, whose data-centre table vouches for the API domain). */
  spec?: ProviderSpec;
  scopes: string[];
  source: CredentialSource;
  /** config.json as read to open the credential (for its data-centre table and providers). */
  config: Config;
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
  if (ciCredentialIsSet(ctx.env)) {
    const { openEnvCredential } = await import('./env-source.js');
    return openEnvCredential(ctx, selection);
  }
  const { openProfile } = await import('./profile-source.js');
  const { name, profile, config, source } = await openProfile(ctx, selection);
  return {
    profile: name,
    provider: profile.provider,
    apiBase: apiBaseOf(profile),
    apiAuth: apiAuthorizationOf(profile.provider, config.providers),
    variables: isZohoProfile(profile) ? {} : (profile.variables ?? {}),
    ...(isZohoProfile(profile) ? {} : { spec: requireProvider(config, profile.provider) }),
    scopes: profile.scopes,
    source,
    config,
  };
}
