import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);

// src/profiles/model.ts
var ENVIRONMENTS = ["production", "sandbox", "developer"];
var isEnvironment = (value) => ENVIRONMENTS.includes(value);
var STORE_KINDS = ["keychain", "file"];
var isZohoProfile = (p) => p.provider === "zoho";
var isApiKeyProfile = (p) => p.auth === "apiKey";
var clientOf = (p) => isApiKeyProfile(p) ? void 0 : p.client;
var placeOf = (p) => isApiKeyProfile(p) ? p.fields ?? {} : p.variables ?? {};
var apiBaseOf = (p) => isZohoProfile(p) ? p.apiDomain : p.apiBase;
var emptyConfig = () => ({ version: 1, profiles: {}, clients: {} });
var NAME = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}._-]{0,63}$/u;
var isValidName = (name) => NAME.test(name);
var NAME_RULE = 'letters (of any script), digits, ".", "_" and "-", starting with a letter or digit, at most 64 characters';
var normalizeName = (name) => name.normalize("NFC");
function nameFromOrg(orgName) {
  const slug = normalizeName(orgName).toLowerCase().replace(/[^\p{L}\p{M}\p{N}._-]+/gu, "-").replace(/^[^\p{L}\p{N}]+|-+$/gu, "").slice(0, 64);
  return isValidName(slug) ? slug : void 0;
}
function profileKey(p) {
  return ["profile", p.provider, p.dc, p.portal ?? "-", p.orgId ?? p.org ?? "-", p.environment].join(":");
}
function oauthProfileKey(provider, variables, orgId, name) {
  const where = Object.keys(variables).sort().map((k) => `${k}=${variables[k]}`).join(",");
  return ["profile", provider, where || "-", orgId ?? `name=${name}`].join(":");
}
var apiKeyProfileKey = (provider, name) => ["profile", provider, "api-key", name].join(":");
var clientKey = (name) => `client:${name}`;
var dcSecretKey = (client, dc) => `${client.key}@${dc}`;

// src/providers/names.ts
var PRESET_NAMES = ["zoho", "salesforce", "hubspot", "pipedrive", "dynamics", "close", "zendesk-sell", "clio", "keap", "attio", "monday", "insightly", "freshsales", "copper"];
var isPresetName = (name) => PRESET_NAMES.includes(name);

export {
  ENVIRONMENTS,
  isEnvironment,
  STORE_KINDS,
  isZohoProfile,
  isApiKeyProfile,
  clientOf,
  placeOf,
  apiBaseOf,
  emptyConfig,
  isValidName,
  NAME_RULE,
  normalizeName,
  nameFromOrg,
  profileKey,
  oauthProfileKey,
  apiKeyProfileKey,
  clientKey,
  dcSecretKey,
  isPresetName
};
