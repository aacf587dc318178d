import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);

// src/profiles/model.ts
var ENVIRONMENTS = ["production", "sandbox", "developer"];
var isEnvironment = (value) => ENVIRONMENTS.includes(value);
var STORE_KINDS = ["keychain", "file"];
var PROVIDERS = ["zoho"];
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
var clientKey = (name) => `client:${name}`;
var dcSecretKey = (client, dc) => `${client.key}@${dc}`;

export {
  ENVIRONMENTS,
  isEnvironment,
  STORE_KINDS,
  PROVIDERS,
  emptyConfig,
  isValidName,
  NAME_RULE,
  normalizeName,
  nameFromOrg,
  profileKey,
  clientKey,
  dcSecretKey
};
