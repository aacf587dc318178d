import type { ProviderName } from '../profiles/model.js';
import { AUTHORIZATION_SCHEME as ZOHO_SCHEME } from './zoho.js';

/**
 * The Authorization scheme each provider's APIs expect for an access token. A
 * generic OAuth 2.0 provider, when added, uses RFC 6750's "Bearer".
 */
const SCHEMES: Record<ProviderName, string> = { zoho: ZOHO_SCHEME };

export const authorizationScheme = (provider: ProviderName) => SCHEMES[provider];

/** The whole header line, as `--header` prints it and `exec` exports it. */
export const authorizationHeaderLine = (provider: ProviderName, accessToken: string) =>
  `Authorization: ${SCHEMES[provider]} ${accessToken}`;
