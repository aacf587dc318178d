import { isPresetName, type PresetName } from './names.js';
import { type AnyProviderSpec, type ApiAuthorization, isOAuthSpec } from './spec.js';

/**
 * How each built-in provider's API takes an access token (Zoho's APIs document
 * "Zoho-oauthtoken"; monday.com takes the bare token). Kept apart from the presets
 * so the fast path of `authctl token` can print a header without loading them; a
 * provider a user added carries its own in config.json.
 */
const BEARER: ApiAuthorization = { scheme: 'Bearer' };
export const PRESET_API_AUTHORIZATION: Partial<Record<PresetName, ApiAuthorization>> = {
  zoho: { scheme: 'Zoho-oauthtoken' },
  salesforce: BEARER,
  hubspot: BEARER,
  pipedrive: BEARER,
  dynamics: BEARER,
  close: BEARER,
  'zendesk-sell': BEARER,
  clio: BEARER,
  keap: BEARER,
  attio: BEARER,
  monday: { scheme: '' },
};

/** A provider's way, from the presets or from config.json's `providers`; RFC 6750's Bearer if neither knows it. */
export function apiAuthorizationOf(provider: string, userProviders?: Record<string, AnyProviderSpec>): ApiAuthorization {
  const user = userProviders?.[provider];
  const own = isPresetName(provider) ? PRESET_API_AUTHORIZATION[provider] : user && isOAuthSpec(user) ? user.api : undefined;
  return { header: own?.header ?? 'Authorization', scheme: own?.scheme ?? 'Bearer' };
}

/** The header's value: "Bearer TOKEN", or the bare token. */
export const authorizationValue = (auth: ApiAuthorization, accessToken: string) => (auth.scheme ? `${auth.scheme} ${accessToken}` : accessToken);

/** An OAuth token's one header, as `--header` prints it and `api` sends it. */
export const oauthHeaders = (auth: ApiAuthorization) => (accessToken: string): [string, string][] => [[auth.header ?? 'Authorization', authorizationValue(auth, accessToken)]];
