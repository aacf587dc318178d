import type { ProviderName } from '../profiles/model.js';

/**
 * The Authorization scheme each provider's APIs expect for an access token (Zoho's
 * APIs document "Zoho-oauthtoken"; Accounts also takes Bearer). A generic OAuth 2.0
 * provider, when added, uses RFC 6750's "Bearer". Kept apart from zoho.ts so the
 * fast path of `authctl token` can print a header without loading the provider.
 */
const SCHEMES: Record<ProviderName, string> = { zoho: 'Zoho-oauthtoken' };

export const authorizationScheme = (provider: ProviderName) => SCHEMES[provider];

/** The whole header line, as `--header` prints it and `exec` exports it. */
export const authorizationHeaderLine = (provider: ProviderName, accessToken: string) =>
  `Authorization: ${SCHEMES[provider]} ${accessToken}`;
