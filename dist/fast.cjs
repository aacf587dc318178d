"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/fast.ts
var fast_exports = {};
__export(fast_exports, {
  answer: () => answer
});
module.exports = __toCommonJS(fast_exports);
var import_node_fs = require("node:fs");

// src/profiles/paths.ts
var import_node_os = require("node:os");
var import_node_path = require("node:path");
function configDir(env) {
  if (env.AUTHCTL_CONFIG_DIR) return env.AUTHCTL_CONFIG_DIR;
  const base = env.XDG_CONFIG_HOME || (0, import_node_path.join)(env.HOME || (0, import_node_os.homedir)(), ".config");
  return (0, import_node_path.join)(base, "authctl");
}
var configFile = (dir) => (0, import_node_path.join)(dir, "config.json");
var secretsFile = (dir) => (0, import_node_path.join)(dir, "secrets.json");

// src/profiles/model.ts
var ENVIRONMENTS = ["production", "sandbox", "developer"];
var STORE_KINDS = ["keychain", "file"];
var isZohoProfile = (p) => p.provider === "zoho";
var isApiKeyProfile = (p) => p.auth === "apiKey";
var apiBaseOf = (p) => isZohoProfile(p) ? p.apiDomain : p.apiBase;
var NAME = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}._-]{0,63}$/u;
var isValidName = (name) => NAME.test(name);
var normalizeName = (name) => name.normalize("NFC");

// src/providers/names.ts
var PRESET_NAMES = ["zoho", "salesforce", "hubspot", "pipedrive", "dynamics", "close", "zendesk-sell", "clio", "keap", "attio", "monday", "insightly", "freshsales", "copper"];
var isPresetName = (name) => PRESET_NAMES.includes(name);

// src/providers/spec.ts
var CLIENT_AUTH_METHODS = ["client_secret_post", "client_secret_basic", "none"];
var isOAuthSpec = (spec) => spec.type === "oauth2";
var PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/g;
var placeholders = (template) => [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
function isSafeEndpoint(value) {
  try {
    const u = new URL(value);
    if (u.username || u.password || u.hash) return false;
    if (u.protocol === "https:") return true;
    return u.protocol === "http:" && (u.hostname === "127.0.0.1" || u.hostname === "[::1]" || u.hostname === "localhost");
  } catch {
    return false;
  }
}

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

// src/errors.ts
var ExitCode = {
  ok: 0,
  failure: 1,
  usage: 2,
  notFound: 3,
  loginRequired: 4,
  server: 5,
  rateLimited: 6,
  /** 128 + SIGINT, as a shell reports a command ended by Ctrl-C. */
  interrupted: 130
};
var AuthctlError = class extends Error {
  exitCode;
  hint;
  constructor(message, options = {}) {
    super(message, { cause: options.cause });
    this.name = "AuthctlError";
    this.exitCode = options.exitCode ?? ExitCode.failure;
    this.hint = options.hint;
  }
};
var usageError = (message, hint) => new AuthctlError(message, { exitCode: ExitCode.usage, hint });

// src/profiles/select.ts
function selectProfile(config, selection, env) {
  const names = Object.keys(config.profiles);
  const name = selectedName(config, selection) ?? (env.AUTHCTL_PROFILE ? normalizeName(env.AUTHCTL_PROFILE) : void 0) ?? config.defaultProfile ?? (names.length === 1 ? names[0] : void 0);
  if (name === void 0) {
    throw new AuthctlError(names.length === 0 ? "no profiles yet" : "no profile selected", {
      exitCode: ExitCode.notFound,
      hint: names.length === 0 ? "log in first: authctl login --org <org>" : `pick one with --profile NAME or set a default with \`authctl use NAME\` (profiles: ${names.join(", ")})`
    });
  }
  const profile = config.profiles[name];
  if (!profile) throw unknownProfile(name, names);
  return { name, profile };
}
function selectedName(config, selection) {
  const known = Object.keys(config.profiles);
  const profile = selection.profile === void 0 ? void 0 : normalizeName(selection.profile);
  const org = selection.org === void 0 ? void 0 : normalizeName(selection.org);
  if (org === void 0) return profile;
  const matches = profilesOfOrg(config, org);
  if (profile !== void 0) {
    if (!config.profiles[profile]) throw unknownProfile(profile, known);
    if (!matches.includes(profile)) {
      throw usageError(
        `--org ${org} and --profile ${profile} name different profiles`,
        matches.length > 0 ? `--org ${org} is profile ${matches.join(", ")}; give one of the two flags` : `profile ${profile} is not org "${org}"; give one of the two flags`
      );
    }
    return profile;
  }
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) {
    throw usageError(`--org ${org} matches several profiles: ${matches.join(", ")}`, "pick one with --profile NAME");
  }
  throw new AuthctlError(`no profile for org "${org}"`, {
    exitCode: ExitCode.notFound,
    hint: known.length > 0 ? `known profiles: ${known.join(", ")} (authctl list shows their orgs)` : "log in first: authctl login --org <org>"
  });
}
function profilesOfOrg(config, org) {
  if (config.profiles[org]) return [org];
  const folded = org.toLocaleLowerCase();
  const same = (v) => v !== void 0 && normalizeName(v).toLocaleLowerCase() === folded;
  return Object.entries(config.profiles).filter(([, p]) => same(p.org) || same(p.orgName) || p.orgId === org).map(([n]) => n);
}
function unknownProfile(name, known) {
  return new AuthctlError(`no profile named "${name}"`, {
    exitCode: ExitCode.notFound,
    hint: known.length > 0 ? `known profiles: ${known.join(", ")}` : "there are no profiles yet: authctl login --org <org>"
  });
}

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
var isConfig = (value) => validateConfig(value).length === 0;

// src/secrets/credential.ts
function decodeCredential(profile, value) {
  let raw;
  try {
    raw = JSON.parse(value);
  } catch {
    raw = {};
  }
  const hasRefreshToken = typeof raw.rt === "string" && raw.rt !== "";
  if (raw.v !== 1 || !hasRefreshToken && (raw.rt !== void 0 || typeof raw.at !== "string" || typeof raw.exp !== "number")) {
    throw new AuthctlError(`the stored credential of profile "${profile}" is unreadable`, {
      exitCode: ExitCode.loginRequired,
      hint: `log in again: authctl login --profile ${profile}`
    });
  }
  const exp = typeof raw.exp === "number" && Number.isFinite(new Date(raw.exp).getTime()) ? raw.exp : void 0;
  return {
    ...hasRefreshToken ? { refreshToken: raw.rt } : {},
    accessToken: typeof raw.at === "string" && exp !== void 0 ? raw.at : void 0,
    accessTokenExpiresAt: exp
  };
}
var NEVER_EXPIRES_AT = Date.parse("9999-12-31T00:00:00Z");

// src/secrets/token-copy.ts
var import_node_path2 = require("node:path");
var tokenCopyFile = (dir, profileName) => (0, import_node_path2.join)(dir, `access-token.${profileName}.json`);
var tokenCopyEnabled = (env) => env.AUTHCTL_ACCESS_TOKEN_FILE !== "off";
function trustedCopy(text, profile) {
  let copy;
  try {
    copy = JSON.parse(text);
  } catch {
    return void 0;
  }
  const recorded = profile.accessTokenExpiresAt === void 0 ? Number.NaN : Date.parse(profile.accessTokenExpiresAt);
  if (copy.v !== 1 || copy.key !== profile.key || typeof copy.at !== "string" || copy.exp !== recorded) return void 0;
  return { accessToken: copy.at, expiresAt: copy.exp };
}

// src/tokens/lifecycle.ts
var DEFAULT_MIN_TTL_MS = 5 * 6e4;

// src/io/mask.ts
function maskInJobLog(ctx, ...secrets) {
  if (ctx.env.GITHUB_ACTIONS !== "true") return;
  for (const secret of secrets) ctx.stderr.write(`::add-mask::${escapeCommandData(secret)}
`);
}
var escapeCommandData = (value) => value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");

// src/tokens/print.ts
function printToken(ctx, write, format, target, token) {
  maskInJobLog(ctx, token.accessToken);
  if (format.header) {
    const [name, value] = target.headers(token.accessToken)[0];
    write(`${name}: ${value}
`);
  } else if (format.json && target.apiKey) {
    const out = { profile: target.profile, provider: target.provider, auth: "apiKey", fields: { [target.apiKey.name]: token.accessToken, ...target.apiKey.fields }, apiBase: target.apiBase };
    write(`${JSON.stringify(out, null, 2)}
`);
  } else if (format.json) {
    const out = {
      profile: target.profile,
      provider: target.provider,
      accessToken: token.accessToken,
      // The word the API wants before the token ("Bearer", "Zoho-oauthtoken"; "" for a bare token).
      tokenType: target.tokenType,
      accessTokenExpiresAt: new Date(token.expiresAt).toISOString(),
      apiBase: target.apiBase,
      // Zoho's name for it, as earlier versions printed it.
      ...target.provider === "zoho" ? { apiDomain: target.apiBase } : {},
      scopes: target.scopes
    };
    write(`${JSON.stringify(out, null, 2)}
`);
  } else {
    write(`${token.accessToken}
`);
  }
}

// src/tokens/ci-cache.ts
var import_node_path3 = require("node:path");
var CI_VARIABLES = ["AUTHCTL_AUTH_URL", "AUTHCTL_REFRESH_TOKEN", "AUTHCTL_CLIENT_ID", "AUTHCTL_CLIENT_SECRET", "AUTHCTL_ACCOUNTS_SERVER"];
function ciTokenCache(env, sha256) {
  const id = sha256(CI_VARIABLES.map((v) => `${v}=${env[v] ?? ""}`).join("\n")).slice(0, 16);
  const dir = env.RUNNER_TEMP ? (0, import_node_path3.join)(env.RUNNER_TEMP, "authctl") : configDir(env);
  const name = `ci-token-${id}`;
  return { dir, name, file: (0, import_node_path3.join)(dir, `${name}.json`) };
}
function parseCiCache(text) {
  try {
    const v = JSON.parse(text);
    if (v.v === 1 && typeof v.dead?.at === "string" && typeof v.dead.reason === "string") return v;
    if (v.v === 1 && typeof v.at === "string" && typeof v.exp === "number" && Number.isFinite(new Date(v.exp).getTime()) && (v.rt === void 0 || typeof v.rt === "string")) {
      return v;
    }
  } catch {
  }
  return void 0;
}

// src/fast.ts
function answer(argv, env) {
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
    (0, import_node_fs.writeSync)(1, `${"0.1.0"}
`);
    return "answered";
  }
  if (argv[0] !== "token") return void 0;
  const opts = parseTokenArgs(argv.slice(1));
  if (!opts) return void 0;
  try {
    if (answerToken(opts, env)) return "answered";
  } catch {
  }
  return { token: opts };
}
function parseTokenArgs(args) {
  const parsed = {};
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].startsWith("--") && args[i].includes("=") ? args[i].split(/=(.*)/s, 2) : [args[i], void 0];
    const value = () => inline ?? args[++i];
    if (flag === "--header" && inline === void 0) parsed.header = true;
    else if (flag === "--json" && inline === void 0) parsed.json = true;
    else if (flag === "--force-refresh" && inline === void 0) parsed.forceRefresh = true;
    else if (flag === "--profile" || flag === "-p" || flag === "--org" || flag === "--min-ttl") {
      const v = value();
      if (v === void 0 || v === "" || v.startsWith("-")) return void 0;
      if (flag === "--org") parsed.org = v;
      else if (flag === "--min-ttl") parsed.minTtl = v;
      else parsed.profile = v;
    } else return void 0;
  }
  if (parsed.minTtl !== void 0 && !/^\d+$/.test(parsed.minTtl)) return void 0;
  return parsed;
}
function answerToken(opts, env) {
  if (opts.forceRefresh || opts.header && opts.json) return false;
  const minTtlMs = opts.minTtl === void 0 ? DEFAULT_MIN_TTL_MS : Number(opts.minTtl) * 1e3;
  if (env.AUTHCTL_AUTH_URL !== void 0 || env.AUTHCTL_REFRESH_TOKEN !== void 0) return answerCiToken(opts, env, minTtlMs);
  const dir = configDir(env);
  const config = JSON.parse(readPrivate(dir, configFile(dir)) ?? "null");
  if (!isConfig(config)) return false;
  const { name, profile } = selectProfile(config, opts, env);
  if (profile.loginRequired || profile.team || isApiKeyProfile(profile) && (opts.header || opts.json)) return false;
  const auth = apiAuthorizationOf(profile.provider, config.providers);
  const token = cachedToken(env, dir, name, profile);
  if (!token || token.expiresAt <= Date.now() + minTtlMs) return false;
  printToken(
    { env, stderr: { write: (text) => (0, import_node_fs.writeSync)(2, text) } },
    (text) => (0, import_node_fs.writeSync)(1, text),
    opts,
    {
      profile: name,
      provider: profile.provider,
      apiBase: apiBaseOf(profile),
      tokenType: auth.scheme,
      headers: oauthHeaders(auth),
      scopes: profile.scopes
    },
    token
  );
  return true;
}
function answerCiToken(opts, env, minTtlMs) {
  if (opts.header || opts.json || opts.profile !== void 0 || opts.org !== void 0) return false;
  if (env.AUTHCTL_AUTH_URL !== void 0 && env.AUTHCTL_REFRESH_TOKEN !== void 0) return false;
  const { createHash } = require("node:crypto");
  const cache = ciTokenCache(env, (text2) => createHash("sha256").update(text2).digest("hex"));
  const text = readPrivate(cache.dir, cache.file);
  const content = text === void 0 ? void 0 : parseCiCache(text);
  if (!content || !("at" in content) || content.exp <= Date.now() + minTtlMs) return false;
  maskInJobLog({ env, stderr: { write: (t) => (0, import_node_fs.writeSync)(2, t) } }, content.at);
  (0, import_node_fs.writeSync)(1, `${content.at}
`);
  return true;
}
function cachedToken(env, dir, name, profile) {
  if (profile.store === "file") {
    const value = JSON.parse(readPrivate(dir, secretsFile(dir)) ?? "null")?.secrets?.[profile.key];
    if (typeof value !== "string") return void 0;
    const c = decodeCredential(name, value);
    return c.accessToken !== void 0 && c.accessTokenExpiresAt !== void 0 ? { accessToken: c.accessToken, expiresAt: c.accessTokenExpiresAt } : void 0;
  }
  if (!tokenCopyEnabled(env)) return void 0;
  const text = readPrivate(dir, tokenCopyFile(dir, name));
  return text === void 0 ? void 0 : trustedCopy(text, profile);
}
function readPrivate(dir, file) {
  try {
    if (((0, import_node_fs.statSync)(dir).mode & 63) !== 0 || ((0, import_node_fs.statSync)(file).mode & 63) !== 0) return void 0;
    return (0, import_node_fs.readFileSync)(file, "utf8");
  } catch {
    return void 0;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  answer
});
