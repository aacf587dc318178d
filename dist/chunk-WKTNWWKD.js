import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  AUTHORIZATION_SCHEME
} from "./chunk-RXO6RFJ7.js";

// src/providers/authorization.ts
var SCHEMES = { zoho: AUTHORIZATION_SCHEME };
var authorizationScheme = (provider) => SCHEMES[provider];
var authorizationHeaderLine = (provider, accessToken) => `Authorization: ${SCHEMES[provider]} ${accessToken}`;

export {
  authorizationScheme,
  authorizationHeaderLine
};
