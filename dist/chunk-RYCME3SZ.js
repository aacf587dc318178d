import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  isPresetName
} from "./chunk-YCNKKPBX.js";
import {
  isOAuthSpec
} from "./chunk-3GMNTBGG.js";

// src/providers/authorization.ts
var BEARER = { scheme: "Bearer" };
var PRESET_API_AUTHORIZATION = {
  zoho: { scheme: "Zoho-oauthtoken" },
  salesforce: BEARER,
  hubspot: BEARER,
  pipedrive: BEARER,
  dynamics: BEARER,
  close: BEARER,
  "zendesk-sell": BEARER,
  clio: BEARER,
  keap: BEARER,
  attio: BEARER,
  monday: { scheme: "" }
};
function apiAuthorizationOf(provider, userProviders) {
  const user = userProviders?.[provider];
  const own = isPresetName(provider) ? PRESET_API_AUTHORIZATION[provider] : user && isOAuthSpec(user) ? user.api : void 0;
  return { header: own?.header ?? "Authorization", scheme: own?.scheme ?? "Bearer" };
}
var authorizationValue = (auth, accessToken) => auth.scheme ? `${auth.scheme} ${accessToken}` : accessToken;
var oauthHeaders = (auth) => (accessToken) => [[auth.header ?? "Authorization", authorizationValue(auth, accessToken)]];

export {
  PRESET_API_AUTHORIZATION,
  apiAuthorizationOf,
  authorizationValue,
  oauthHeaders
};
