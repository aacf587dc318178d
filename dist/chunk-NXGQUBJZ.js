import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);

// src/providers/authorization.ts
var SCHEMES = { zoho: "Zoho-oauthtoken" };
var authorizationScheme = (provider) => SCHEMES[provider];
var authorizationHeaderLine = (provider, accessToken) => `Authorization: ${SCHEMES[provider]} ${accessToken}`;

export {
  authorizationScheme,
  authorizationHeaderLine
};
