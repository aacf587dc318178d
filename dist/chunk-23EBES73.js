import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  ENVIRONMENTS,
  STORE_KINDS,
  isPresetName,
  isValidName
} from "./chunk-YCNKKPBX.js";
import {
  CLIENT_AUTH_METHODS,
  isSafeEndpoint,
  placeholders
} from "./chunk-3GMNTBGG.js";

// src/profiles/validate.ts
var string = (v) => typeof v === "string" && v.length > 0 ? void 0 : "must be a non-empty string";
var url = (v) => {
  if (typeof v !== "string") return "must be a URL string";
  try {
    const u = new URL(v);
    return u.protocol === "https:" || u.protocol === "http:" ? void 0 : "must be an http(s) URL";
  } catch {
    return "must be a URL";
  }
};
var oneOf = (values) => (v) => typeof v === "string" && values.includes(v) ? void 0 : `must be one of ${values.join(", ")}`;
var time = (v) => typeof v === "string" && !Number.isNaN(Date.parse(v)) ? void 0 : "must be an ISO date";
var stringList = (v) => Array.isArray(v) && v.every((s) => typeof s === "string") ? void 0 : "must be a list of strings";
var bool = (v) => typeof v === "boolean" ? void 0 : "must be true or false";
var urlList = (v) => Array.isArray(v) && v.length > 0 ? v.map(url).find((p) => p !== void 0) : "must be a non-empty list of URLs";
var loginRequired = (v) => {
  if (!isObject(v)) return "must be an object";
  return time(v.at) ?? oneOf(["refresh_token", "client"])(v.rejected) ?? string(v.reason);
};
var stringRecord = (v) => isObject(v) && Object.values(v).every((s) => typeof s === "string") ? void 0 : "must be an object of strings";
var positive = (v) => typeof v === "number" && Number.isInteger(v) && v > 0 ? void 0 : "must be a whole number above 0";
var endpoint = (v) => {
  if (typeof v !== "string") return "must be a URL string";
  return isSafeEndpoint(v.replace(/\{[a-z][a-z0-9_]*\}/g, "placeholder")) ? void 0 : "must be an https URL (http only on 127.0.0.1 or localhost)";
};
var listOf = (values) => (v) => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "string" && values.includes(x)) ? void 0 : `must be a non-empty list of ${values.join(", ")}`;
var PROFILE_FIELDS = {
  provider: [string, true],
  key: [string, true],
  client: [string, true],
  org: [string, false],
  orgId: [string, false],
  orgName: [string, false],
  scopes: [stringList, true],
  store: [oneOf(STORE_KINDS), true],
  createdAt: [time, true],
  refreshedAt: [time, false],
  accessTokenExpiresAt: [time, false],
  loginRequired: [loginRequired, false],
  team: [
    (v) => isObject(v) && typeof v.clientId === "string" && (v.secretVersion === void 0 || Number.isInteger(v.secretVersion)) && Object.keys(v).every((k) => k === "clientId" || k === "secretVersion") ? void 0 : 'must be {"clientId": ID, "secretVersion": N}',
    false
  ]
};
var ZOHO_PROFILE_FIELDS = {
  ...PROFILE_FIELDS,
  dc: [string, true],
  accountsServer: [url, true],
  apiDomain: [url, true],
  portal: [string, false],
  environment: [oneOf(ENVIRONMENTS), true]
};
var OAUTH_PROFILE_FIELDS = {
  ...PROFILE_FIELDS,
  variables: [stringRecord, false],
  apiBase: [url, true]
};
var API_KEY_PROFILE_FIELDS = {
  ...PROFILE_FIELDS,
  auth: [oneOf(["apiKey"]), true],
  fields: [stringRecord, false],
  apiBase: [url, true]
};
delete API_KEY_PROFILE_FIELDS.client;
var CLIENT_FIELDS = {
  provider: [string, true],
  clientId: [string, true],
  dc: [string, false],
  public: [bool, false],
  redirectUris: [urlList, false],
  selfClient: [bool, false],
  dcSecrets: [stringList, false],
  // Written by authctl 0.1.0; upgraded when read (config.ts).
  redirectUri: [url, false],
  multiDc: [bool, false],
  store: [oneOf(STORE_KINDS), false],
  key: [string, false],
  createdAt: [time, true]
};
var API_FIELDS = {
  header: [string, false],
  scheme: [(v) => typeof v === "string" && !/[\r\n]/.test(v) ? void 0 : "must be a string (may be empty)", true],
  base: [endpoint, false],
  baseFromTokenField: [string, false],
  baseHosts: [stringList, false]
};
var regex = (v) => {
  if (typeof v !== "string") return "must be a regular expression";
  try {
    new RegExp(v, "u");
    return void 0;
  } catch {
    return "must be a valid regular expression";
  }
};
var VARIABLE_FIELDS = {
  description: [string, true],
  default: [string, false],
  pattern: [regex, true]
};
var PROVIDER_FIELDS = {
  title: [string, true],
  type: [oneOf(["oauth2"]), true],
  issuer: [url, false],
  issParameterSupported: [bool, false],
  authorizationEndpoint: [endpoint, true],
  tokenEndpoint: [endpoint, true],
  revocationEndpoint: [endpoint, false],
  deviceAuthorizationEndpoint: [endpoint, false],
  revocationStyle: [oneOf(["rfc7009", "delete-path"]), false],
  scopes: [stringList, true],
  scopeSeparator: [(v) => typeof v === "string" && v.length === 1 ? void 0 : "must be one character", true],
  pkce: [bool, true],
  clientAuthMethods: [listOf(CLIENT_AUTH_METHODS), true],
  customState: [(v) => typeof v === "string" && /^[\x21-\x7e]{1,100}$/.test(v) ? void 0 : "must be printable characters without spaces", false],
  authorizationParams: [stringRecord, false],
  api: [(v) => typeof v === "object" && v !== null && !Array.isArray(v) ? void 0 : "must be an object", true],
  variables: [(v) => isObject(v) ? void 0 : "must be an object", false],
  assumedLifetimeSeconds: [positive, false],
  accessTokenNeverExpires: [bool, false],
  console: [string, false],
  extends: [string, false]
};
function checkProvider(value, path, out) {
  if (isObject(value) && value.type === "apiKey") {
    checkRecord(value, API_KEY_PROVIDER_FIELDS, path, out);
    if ("apiKey" in value) checkApiKeyMethod(value.apiKey, [...path, "apiKey"], out);
    return;
  }
  checkRecord(value, { ...PROVIDER_FIELDS, api: [() => void 0, true], apiKey: [() => void 0, false] }, path, out);
  if (!isObject(value)) return;
  if ("apiKey" in value) checkApiKeyMethod(value.apiKey, [...path, "apiKey"], out);
  if ("api" in value) checkRecord(value.api, API_FIELDS, [...path, "api"], out);
  const variables = isObject(value.variables) ? value.variables : {};
  for (const [name, v] of Object.entries(variables)) {
    if (!/^[a-z][a-z0-9_]*$/.test(name)) out.push({ path: [...path, "variables", name], problem: "must be named with a-z, 0-9 and _" });
    checkRecord(v, VARIABLE_FIELDS, [...path, "variables", name], out);
  }
  const templates = [value.authorizationEndpoint, value.tokenEndpoint, value.revocationEndpoint, value.deviceAuthorizationEndpoint, isObject(value.api) ? value.api.base : void 0];
  const scopes = Array.isArray(value.scopes) ? value.scopes : [];
  for (const t of [...templates, ...scopes]) {
    if (typeof t !== "string") continue;
    const unknown = placeholders(t).find((n) => !(n in variables));
    if (unknown) out.push({ path: [...path, "variables"], problem: `has no "${unknown}", which {${unknown}} needs` });
  }
}
var API_KEY_PROVIDER_FIELDS = {
  title: [string, true],
  type: [oneOf(["apiKey"]), true],
  apiKey: [() => void 0, true],
  console: [string, false],
  extends: [string, false]
};
var API_KEY_FIELDS = {
  warning: [string, false],
  fields: [() => void 0, true],
  headers: [stringRecord, false],
  basic: [(v) => isObject(v) && typeof v.username === "string" && typeof v.password === "string" && Object.keys(v).length === 2 ? void 0 : 'must be {"username": TEMPLATE, "password": TEMPLATE}', false],
  base: [string, true],
  baseHosts: [stringList, false],
  check: [(v) => typeof v === "string" && v.startsWith("/") ? void 0 : "must be a path starting with /", false]
};
var API_KEY_FIELD_FIELDS = { title: [string, true], secret: [bool, false], default: [string, false], pattern: [regex, false] };
function checkApiKeyMethod(value, path, out) {
  checkRecord(value, API_KEY_FIELDS, path, out);
  if (!isObject(value)) return;
  const fields = isObject(value.fields) ? value.fields : {};
  if (!isObject(value.fields) || Object.keys(fields).length === 0) out.push({ path: [...path, "fields"], problem: "must be an object naming at least the key" });
  for (const [name, f] of Object.entries(fields)) {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) out.push({ path: [...path, "fields", name], problem: "must be named with letters, digits and _" });
    checkRecord(f, API_KEY_FIELD_FIELDS, [...path, "fields", name], out);
  }
  const secrets = Object.values(fields).filter((f) => isObject(f) && f.secret === true).length;
  if (secrets !== 1) out.push({ path: [...path, "fields"], problem: `must have exactly one secret field (the key), not ${secrets}` });
  if (!value.basic && !(isObject(value.headers) && Object.keys(value.headers).length > 0)) out.push({ path, problem: 'must send the key: give "headers" or "basic"' });
  const templates = [value.base, ...isObject(value.headers) ? Object.values(value.headers) : [], ...isObject(value.basic) ? [value.basic.username, value.basic.password] : []];
  for (const t of templates) {
    if (typeof t !== "string") continue;
    const unknown = [...t.matchAll(/\{([A-Za-z][A-Za-z0-9_]*)\}/g)].map((m) => m[1]).find((n) => !(n in fields));
    if (unknown) out.push({ path: [...path, "fields"], problem: `has no "${unknown}", which {${unknown}} needs` });
  }
  if (typeof value.base === "string" && !value.base.includes("{") && !isSafeEndpoint(value.base)) out.push({ path: [...path, "base"], problem: "must be an https URL (http only on 127.0.0.1 or localhost)" });
}
function checkKnownProvider(provider, providers, path, out) {
  if (typeof provider === "string" && !isPresetName(provider) && !Object.hasOwn(providers, provider)) {
    out.push({ path, problem: `names a provider that is neither built in nor added ("${provider}")` });
  }
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function checkRecord(value, fields, path, out) {
  if (!isObject(value)) {
    out.push({ path, problem: "must be an object" });
    return;
  }
  for (const [field, [check, required]] of Object.entries(fields)) {
    if (!(field in value)) {
      if (required) out.push({ path: [...path, field], problem: "is missing" });
      continue;
    }
    const problem = check(value[field]);
    if (problem) out.push({ path: [...path, field], problem });
  }
  for (const field of Object.keys(value)) {
    if (!(field in fields)) out.push({ path: [...path, field], problem: "is not a known field" });
  }
}
function checkNamedRecords(value, fields, path, out) {
  if (!isObject(value)) {
    out.push({ path: [path], problem: "must be an object" });
    return;
  }
  for (const [name, entry] of Object.entries(value)) {
    if (!isValidName(name)) out.push({ path: [path, name], problem: "has an invalid name" });
    checkRecord(entry, fields, [path, name], out);
  }
}
function validateConfig(value) {
  const out = [];
  if (!isObject(value)) return [{ path: [], problem: "must be a JSON object" }];
  if (value.version !== 1) out.push({ path: ["version"], problem: "must be 1" });
  const providers = isObject(value.providers) ? value.providers : {};
  if ("providers" in value) {
    if (!isObject(value.providers)) out.push({ path: ["providers"], problem: "must be an object" });
    for (const [name, spec] of Object.entries(providers)) {
      if (!isValidName(name)) out.push({ path: ["providers", name], problem: "has an invalid name" });
      if (isPresetName(name)) out.push({ path: ["providers", name], problem: "has the name of a built-in provider" });
      checkProvider(spec, ["providers", name], out);
    }
  }
  if (!isObject(value.profiles)) out.push({ path: ["profiles"], problem: "must be an object" });
  for (const [name, entry] of Object.entries(isObject(value.profiles) ? value.profiles : {})) {
    if (!isValidName(name)) out.push({ path: ["profiles", name], problem: "has an invalid name" });
    const zoho = isObject(entry) && (entry.provider === "zoho" || !("provider" in entry));
    const apiKey = isObject(entry) && entry.auth === "apiKey";
    checkRecord(entry, zoho ? ZOHO_PROFILE_FIELDS : apiKey ? API_KEY_PROFILE_FIELDS : OAUTH_PROFILE_FIELDS, ["profiles", name], out);
    if (isObject(entry)) checkKnownProvider(entry.provider, providers, ["profiles", name, "provider"], out);
  }
  checkNamedRecords(value.clients, CLIENT_FIELDS, "clients", out);
  for (const [name, entry] of Object.entries(isObject(value.clients) ? value.clients : {})) {
    if (!isObject(entry)) continue;
    checkKnownProvider(entry.provider, providers, ["clients", name, "provider"], out);
    if (entry.provider === "zoho" && !("dc" in entry)) out.push({ path: ["clients", name, "dc"], problem: "is missing" });
    if (entry.public === true && ("key" in entry || "store" in entry)) out.push({ path: ["clients", name], problem: "is public, so it has no secret key or store" });
    if (entry.public !== true) {
      for (const f of ["key", "store"]) if (!(f in entry)) out.push({ path: ["clients", name, f], problem: "is missing" });
    }
  }
  if ("defaultProfile" in value) {
    const d = value.defaultProfile;
    if (typeof d !== "string") out.push({ path: ["defaultProfile"], problem: "must be a string" });
    else if (isObject(value.profiles) && !(d in value.profiles))
      out.push({ path: ["defaultProfile"], problem: `names a profile that does not exist ("${d}")` });
  }
  if ("zoho" in value && !isObject(value.zoho)) out.push({ path: ["zoho"], problem: "must be an object" });
  for (const key of Object.keys(value)) {
    if (!["version", "profiles", "clients", "providers", "defaultProfile", "zoho"].includes(key))
      out.push({ path: [key], problem: "is not a known field" });
  }
  return out;
}

export {
  checkProvider,
  checkApiKeyMethod,
  validateConfig
};
