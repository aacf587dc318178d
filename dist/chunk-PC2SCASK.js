import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  apiKeyBase,
  checkField,
  resolveFields,
  secretFieldOf
} from "./chunk-IOWPGD6P.js";
import {
  apiDomainFor,
  dataCentreOfAccountsServer,
  isKnownApiDomain,
  origin
} from "./chunk-UZ6VYVCW.js";
import {
  distrustApiBase,
  resolveVariables
} from "./chunk-LVFTAJCA.js";
import {
  PRESETS
} from "./chunk-7NKYUQS5.js";
import {
  printable
} from "./chunk-U4XMNMAO.js";
import {
  checkApiKeyMethod
} from "./chunk-23EBES73.js";
import {
  ENVIRONMENTS,
  NAME_RULE,
  isEnvironment,
  isPresetName,
  isValidName
} from "./chunk-YCNKKPBX.js";
import {
  CLIENT_AUTH_METHODS,
  isOAuthSpec,
  isSafeEndpoint
} from "./chunk-3GMNTBGG.js";
import {
  AuthctlError,
  ExitCode
} from "./chunk-IJBOYKY4.js";

// src/profiles/portable-oauth.ts
var OAUTH_PARTS = {
  clientId: "client_id",
  clientSecret: "client_secret",
  refreshToken: "refresh_token",
  accessToken: "access_token",
  apiBase: "api_base",
  org: "org",
  orgId: "org_id",
  scopes: "scopes",
  authorizationEndpoint: "authorization_endpoint",
  tokenEndpoint: "token_endpoint",
  revocationEndpoint: "revocation_endpoint",
  clientAuth: "client_auth",
  authScheme: "auth_scheme",
  authHeader: "auth_header",
  assumedLifetime: "assumed_lifetime"
};
var VARIABLE_PREFIX = "var.";
function oauthParts(c) {
  const s = c.spec;
  const values = [
    [OAUTH_PARTS.clientId, c.clientId],
    [OAUTH_PARTS.clientSecret, c.clientSecret],
    [OAUTH_PARTS.refreshToken, c.refreshToken],
    [OAUTH_PARTS.accessToken, c.accessToken],
    [OAUTH_PARTS.apiBase, c.apiBase],
    [OAUTH_PARTS.org, c.org],
    [OAUTH_PARTS.orgId, c.orgId],
    [OAUTH_PARTS.scopes, c.scopes.join(" ")],
    ...Object.entries(c.variables).map(([k, v]) => [`${VARIABLE_PREFIX}${k}`, v]),
    [OAUTH_PARTS.authorizationEndpoint, s?.authorizationEndpoint],
    [OAUTH_PARTS.tokenEndpoint, s?.tokenEndpoint],
    [OAUTH_PARTS.revocationEndpoint, s?.revocationEndpoint],
    [OAUTH_PARTS.clientAuth, s?.clientAuthMethods[0]],
    [OAUTH_PARTS.authScheme, s?.api.scheme],
    [OAUTH_PARTS.authHeader, s?.api.header],
    [OAUTH_PARTS.assumedLifetime, s?.assumedLifetimeSeconds === void 0 ? void 0 : String(s.assumedLifetimeSeconds)]
  ];
  return values.filter((e) => e[1] !== void 0 && (e[1] !== "" || e[0] === OAUTH_PARTS.authScheme));
}
var isOAuthPartName = (name) => Object.values(OAUTH_PARTS).includes(name) || /^var\.[a-z][a-z0-9_]*$/.test(name);
var PRINTABLE = /^[\x21-\x7e]+$/;
function fromOAuthParts(provider, seen, bad) {
  const builtIn = isPresetName(provider) ? PRESETS[provider] : void 0;
  const preset = builtIn && isOAuthSpec(builtIn) ? builtIn : void 0;
  if (!preset && !seen.has(OAUTH_PARTS.tokenEndpoint)) {
    throw bad(`its provider is neither built in (${Object.keys(PRESETS).join(", ")}) nor described by the value (it has no token_endpoint)`);
  }
  if (!isValidName(provider)) throw bad(`the provider must be ${NAME_RULE}`);
  for (const name of seen.keys()) if (!isOAuthPartName(name)) throw bad(`it has a part whose name authctl does not know (not shown: it may be a secret)`);
  const optional = (name) => seen.get(name) || void 0;
  const secret = (name, required) => {
    const v = optional(name);
    if (v === void 0) {
      if (required) throw bad(`part "${name}" is missing or empty`);
      return void 0;
    }
    if (!PRINTABLE.test(v)) throw bad(`part "${name}" contains spaces, line breaks or other characters it cannot have`);
    return v;
  };
  const endpoint = (name) => {
    const v = optional(name);
    if (v !== void 0 && !isSafeEndpoint(v)) throw bad(`part "${name}" is not an https URL`);
    return v;
  };
  const clientId = secret(OAUTH_PARTS.clientId, true);
  const clientSecret = secret(OAUTH_PARTS.clientSecret, false);
  const refreshToken = secret(OAUTH_PARTS.refreshToken, !seen.has(OAUTH_PARTS.accessToken));
  const accessToken = secret(OAUTH_PARTS.accessToken, false);
  if (refreshToken !== void 0 && accessToken !== void 0) throw bad("it has both a refresh_token and an access_token part (an export has one of them)");
  const apiBase = endpoint(OAUTH_PARTS.apiBase);
  if (apiBase === void 0) throw bad(`part "${OAUTH_PARTS.apiBase}" is missing or empty`);
  const given = Object.fromEntries([...seen].filter(([k]) => k.startsWith(VARIABLE_PREFIX)).map(([k, v]) => [k.slice(VARIABLE_PREFIX.length), v]));
  const specParts = [OAUTH_PARTS.authorizationEndpoint, OAUTH_PARTS.tokenEndpoint, OAUTH_PARTS.revocationEndpoint, OAUTH_PARTS.clientAuth, OAUTH_PARTS.authScheme, OAUTH_PARTS.authHeader, OAUTH_PARTS.assumedLifetime];
  let spec;
  if (preset) {
    const extra = specParts.find((n) => seen.has(n));
    if (extra) throw bad(`part "${extra}" is not taken for the built-in provider ${provider}: its endpoints are authctl's own`);
  } else {
    const tokenEndpoint = endpoint(OAUTH_PARTS.tokenEndpoint);
    if (tokenEndpoint === void 0) throw bad(`part "${OAUTH_PARTS.tokenEndpoint}" is missing or empty`);
    const clientAuth = optional(OAUTH_PARTS.clientAuth) ?? (clientSecret === void 0 ? "none" : "client_secret_basic");
    if (!CLIENT_AUTH_METHODS.includes(clientAuth)) throw bad(`part "client_auth" must be one of ${CLIENT_AUTH_METHODS.join(", ")}`);
    const scheme = seen.get(OAUTH_PARTS.authScheme) ?? "Bearer";
    const header = optional(OAUTH_PARTS.authHeader);
    if (!/^[\x21-\x7e]*$/.test(scheme) || header !== void 0 && !/^[A-Za-z0-9-]{1,64}$/.test(header)) throw bad('part "auth_scheme" or "auth_header" has characters a header cannot have');
    const lifetime = optional(OAUTH_PARTS.assumedLifetime);
    if (lifetime !== void 0 && !/^[1-9]\d{0,7}$/.test(lifetime)) throw bad('part "assumed_lifetime" must be a whole number of seconds');
    const revocation = endpoint(OAUTH_PARTS.revocationEndpoint);
    spec = {
      title: provider,
      type: "oauth2",
      authorizationEndpoint: endpoint(OAUTH_PARTS.authorizationEndpoint) ?? tokenEndpoint,
      tokenEndpoint,
      ...revocation ? { revocationEndpoint: revocation } : {},
      scopes: [],
      scopeSeparator: " ",
      pkce: true,
      clientAuthMethods: [clientAuth],
      api: { scheme, ...header ? { header } : {}, base: apiBase },
      ...lifetime ? { assumedLifetimeSeconds: Number(lifetime) } : {}
    };
  }
  const own = preset ?? spec;
  let variables;
  try {
    variables = resolveVariables(provider, own, given);
  } catch (err) {
    throw bad(`a variable part is wrong (${err.message})`);
  }
  const distrust = distrustApiBase(own, variables, apiBase);
  if (distrust) throw bad(`part "api_base" ${distrust}`, "authctl sends access tokens only where the provider says its API is: export the profile again");
  const named = (name) => {
    const v = optional(name);
    if (v !== void 0 && !isValidName(v) && name === OAUTH_PARTS.org) throw bad(`part "org" must be ${NAME_RULE}`);
    if (v !== void 0 && !PRINTABLE.test(v)) throw bad(`part "${name}" contains spaces or other characters it cannot have`);
    return v;
  };
  const scopes = (optional(OAUTH_PARTS.scopes) ?? "").split(" ").filter(Boolean);
  if (scopes.some((s) => !PRINTABLE.test(s))) throw bad('part "scopes" must be scopes separated by spaces');
  return {
    provider,
    clientId,
    ...clientSecret ? { clientSecret } : {},
    ...refreshToken ? { refreshToken } : { accessToken },
    apiBase,
    variables,
    ...named(OAUTH_PARTS.org) ? { org: named(OAUTH_PARTS.org) } : {},
    ...named(OAUTH_PARTS.orgId) ? { orgId: named(OAUTH_PARTS.orgId) } : {},
    scopes,
    ...spec ? { spec } : {}
  };
}
var portableSpec = (c) => c.spec ?? PRESETS[c.provider];

// src/profiles/portable-api-key.ts
var API_KEY_PARTS = { auth: "auth", apiKey: "api_key", apiBase: "api_base", org: "org", orgId: "org_id", method: "method" };
var FIELD_PREFIX = "field.";
function apiKeyParts(c) {
  const values = [
    [API_KEY_PARTS.auth, "api_key"],
    [API_KEY_PARTS.apiKey, c.apiKey],
    [API_KEY_PARTS.apiBase, c.apiBase],
    [API_KEY_PARTS.org, c.org],
    [API_KEY_PARTS.orgId, c.orgId],
    ...Object.entries(c.fields).map(([k, v]) => [`${FIELD_PREFIX}${k}`, v]),
    [API_KEY_PARTS.method, c.method && JSON.stringify(c.method)]
  ];
  return values.filter((e) => e[1] !== void 0 && e[1] !== "");
}
var isApiKeyPartName = (name) => Object.values(API_KEY_PARTS).includes(name) || /^field\.[A-Za-z][A-Za-z0-9_]*$/.test(name);
var portableApiKeyMethod = (c) => c.method ?? presetApiKeyMethod(c.provider);
function presetApiKeyMethod(provider) {
  return isPresetName(provider) ? PRESETS[provider].apiKey : void 0;
}
function fromApiKeyParts(provider, seen, bad) {
  if (!isValidName(provider)) throw bad(`the provider must be ${NAME_RULE}`);
  for (const name of seen.keys()) if (!isApiKeyPartName(name)) throw bad("it has a part whose name authctl does not know (not shown: it may be a secret)");
  const preset = presetApiKeyMethod(provider);
  let method = preset;
  if (seen.has(API_KEY_PARTS.method)) {
    if (isPresetName(provider)) throw bad(`part "method" is not taken for the built-in provider ${provider}: how it takes a key is authctl's own`);
    let parsed;
    try {
      parsed = JSON.parse(seen.get(API_KEY_PARTS.method));
    } catch {
      throw bad('part "method" is not JSON');
    }
    const violations = [];
    checkApiKeyMethod(parsed, [], violations);
    if (violations.length > 0) throw bad(`part "method" is not a valid API-key method (${violations[0].path.join(".") || "it"} ${violations[0].problem})`);
    method = parsed;
  }
  if (!method) throw bad(`its provider takes no API keys here (${isPresetName(provider) ? "a built-in provider without API keys" : 'it is not built in, and the value has no "method"'})`);
  const key = seen.get(API_KEY_PARTS.apiKey);
  if (!key) throw bad('part "api_key" is missing or empty');
  if (checkField(method, secretFieldOf(method), key)) throw bad('part "api_key" contains spaces, line breaks or other characters it cannot have');
  const given = Object.fromEntries([...seen].filter(([k]) => k.startsWith(FIELD_PREFIX)).map(([k, v]) => [k.slice(FIELD_PREFIX.length), v]));
  let fields;
  try {
    fields = resolveFields(provider, method, given);
  } catch (err) {
    throw bad(`a field part is wrong (${err.message})`);
  }
  const base = apiKeyBase(method, fields);
  if ("problem" in base) throw bad(`its fields give ${base.problem}`);
  if (seen.get(API_KEY_PARTS.apiBase) !== base.base) throw bad(`part "api_base" is not the provider's API base for these fields (${base.base})`);
  const org = seen.get(API_KEY_PARTS.org) || void 0;
  if (org !== void 0 && !isValidName(org)) throw bad(`part "org" must be ${NAME_RULE}`);
  const orgId = seen.get(API_KEY_PARTS.orgId) || void 0;
  if (orgId !== void 0 && !/^[\x21-\x7e]+$/.test(orgId)) throw bad('part "org_id" contains spaces or other characters it cannot have');
  return {
    provider,
    auth: "apiKey",
    apiKey: key,
    fields,
    apiBase: base.base,
    scopes: [],
    ...org ? { org } : {},
    ...orgId ? { orgId } : {},
    ...method !== preset ? { method } : {}
  };
}

// src/profiles/auth-url.ts
var isZohoPortable = (c) => c.provider === "zoho";
var isApiKeyPortable = (c) => c.auth === "apiKey";
var portableProfileName = (c) => c.org ?? (isZohoPortable(c) ? c.environment : c.provider);
var portableApiBase = (c) => isZohoPortable(c) ? c.apiDomain : c.apiBase;
var SCHEME = "authctl:";
var VERSION = "1";
var PARTS = {
  clientId: "client_id",
  clientSecret: "client_secret",
  refreshToken: "refresh_token",
  accountsServer: "accounts_server",
  apiDomain: "api_domain",
  dc: "dc",
  portal: "portal",
  org: "org",
  orgId: "org_id",
  orgName: "org_name",
  environment: "env",
  scopes: "scopes"
};
function parts(c) {
  if (isApiKeyPortable(c)) return apiKeyParts(c);
  if (!isZohoPortable(c)) return oauthParts(c);
  const out = [];
  for (const [field, name] of Object.entries(PARTS)) {
    const value = field === "scopes" ? c.scopes.join(",") : c[field];
    if (value !== void 0 && value !== "") out.push([name, value]);
  }
  return out;
}
var encodePart = (value) => encodeURIComponent(value).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
function encodeAuthUrl(c) {
  return `authctl://${encodePart(c.provider)}?${[`v=${VERSION}`, ...parts(c).map(([n, v]) => `${n}=${encodePart(v)}`)].join("&")}`;
}
function encodeAuthJson(c) {
  const out = { v: Number(VERSION), provider: c.provider };
  for (const [name, value] of parts(c)) out[name] = name === PARTS.scopes ? c.scopes : value;
  return out;
}
var KNOWN_NAMES = /* @__PURE__ */ new Set(["v", "provider", ...Object.values(PARTS)]);
var describePart = (name) => KNOWN_NAMES.has(name) || isOAuthPartName(name) || isApiKeyPartName(name) ? `part "${name}"` : "a part whose name authctl does not know (not shown: it may be a secret)";
var invalid = (source) => (what, hint) => new AuthctlError(`${source} is not a valid authctl credential: ${what}`, {
  exitCode: ExitCode.usage,
  hint: hint ?? "export it again with: authctl export --profile NAME (the value starts with authctl://)"
});
function decodeAuthUrl(value, source, table) {
  const bad = invalid(source);
  const text = value.trim();
  if (!text.startsWith("authctl://")) throw bad("it does not start with authctl://");
  let url;
  try {
    url = new URL(text);
  } catch {
    throw bad("it is not a well-formed URL");
  }
  if (url.protocol !== SCHEME) throw bad("it does not start with authctl://");
  if (url.username || url.password || url.port) throw bad("it has a user, password or port before the provider");
  if (url.pathname !== "" && url.pathname !== "/") throw bad("it has an unexpected path after the provider");
  if (url.hash) throw bad('it has a "#" fragment (a "#" inside a part must be written %23)');
  const seen = /* @__PURE__ */ new Map();
  for (const raw of url.search.slice(1).split("&").filter(Boolean)) {
    const eq = raw.indexOf("=");
    const name = eq < 0 ? raw : raw.slice(0, eq);
    let decoded;
    try {
      decoded = decodeURIComponent(eq < 0 ? "" : raw.slice(eq + 1));
    } catch {
      throw bad(`${describePart(name)} is not correctly percent-encoded`);
    }
    if (seen.has(name)) throw bad(`${describePart(name)} appears twice`);
    seen.set(name, decoded);
  }
  if (seen.get("v") !== VERSION) throw bad(`part "v" must be ${VERSION}`);
  seen.delete("v");
  let provider;
  try {
    provider = decodeURIComponent(url.hostname);
  } catch {
    throw bad("its provider is not correctly percent-encoded");
  }
  return fromParts(provider, seen, bad, table);
}
function decodeExported(value, source, table) {
  const text = value.trim();
  if (text.startsWith("{")) return decodeAuthJson(text, source, table);
  const line = /^(?:export\s+)?AUTHCTL_AUTH_URL=(["']?)(.*)\1$/s.exec(text);
  return decodeAuthUrl(line ? line[2] : text, source, table);
}
function decodeAuthJson(text, source, table) {
  const bad = invalid(source);
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw bad('it starts with "{" but is not valid JSON');
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw bad("it is not a JSON object");
  const { v, provider, ...rest } = value;
  if (v !== Number(VERSION)) throw bad(`part "v" must be ${VERSION}`);
  if (typeof provider !== "string") throw bad("the provider part must be a provider name");
  const seen = /* @__PURE__ */ new Map();
  for (const [name, part] of Object.entries(rest)) {
    if (name === PARTS.scopes && Array.isArray(part) && part.every((s) => typeof s === "string")) seen.set(name, part.join(provider === "zoho" ? "," : " "));
    else if (typeof part === "string") seen.set(name, part);
    else throw bad(`${describePart(name)} must be a string${name === PARTS.scopes ? " or a list of strings" : ""}`);
  }
  return fromParts(provider, seen, bad, table);
}
var printableOrUndefined = (v) => v === void 0 ? void 0 : printable(v.slice(0, 200));
var PRINTABLE2 = /^[\x21-\x7e]+$/;
function fromParts(provider, seen, bad, table) {
  if (provider === "zoho") return fromZohoParts(seen, bad, table);
  return seen.get("auth") === "api_key" ? fromApiKeyParts(provider, seen, bad) : fromOAuthParts(provider, seen, bad);
}
function fromZohoParts(seen, bad, table) {
  const known = new Set(Object.values(PARTS));
  for (const name of seen.keys()) if (!known.has(name)) throw bad(`it has ${describePart(name)}`);
  const required = (name) => {
    const v = seen.get(name);
    if (!v) throw bad(`part "${name}" is missing or empty`);
    return v;
  };
  const optional = (name) => seen.get(name) || void 0;
  const printable2 = (name) => {
    const v = required(name);
    if (!PRINTABLE2.test(v)) throw bad(`part "${name}" contains spaces, line breaks or other characters it cannot have`);
    return v;
  };
  const named = (name) => {
    const v = optional(name);
    if (v !== void 0 && !isValidName(v)) throw bad(`part "${name}" must be ${NAME_RULE}`);
    return v;
  };
  const httpUrl = (name) => {
    const o = origin(required(name));
    if (!o) throw bad(`part "${name}" is not an http(s) URL`);
    return o;
  };
  const clientId = printable2(PARTS.clientId);
  const clientSecret = printable2(PARTS.clientSecret);
  const refreshToken = printable2(PARTS.refreshToken);
  const accountsServer = httpUrl(PARTS.accountsServer);
  const apiDomain = httpUrl(PARTS.apiDomain);
  const dc = required(PARTS.dc);
  const d = table[dc];
  if (!d) throw bad(`part "dc" is not a data centre authctl knows (${Object.keys(table).join(", ")})`);
  if (accountsServer !== d.accountsServer) {
    throw bad(
      `part "accounts_server" is not the accounts server of data centre ${dc} (${d.accountsServer})`,
      "authctl sends the secrets only to the accounts servers of its data-centre table: export the profile again, or give this machine the same table (AUTHCTL_ZOHO_DATA_CENTRES)"
    );
  }
  if (!isKnownApiDomain(table, apiDomain)) {
    throw bad(
      'part "api_domain" is not an API domain of the data-centre table in force',
      "authctl sends access tokens only to the API domains of its data-centre table: export the profile again, or give this machine the same table (AUTHCTL_ZOHO_DATA_CENTRES)"
    );
  }
  const portal = named(PARTS.portal);
  const org = named(PARTS.org);
  const orgId = named(PARTS.orgId);
  const environment = required(PARTS.environment);
  if (!isEnvironment(environment)) throw bad(`part "env" must be one of ${ENVIRONMENTS.join(", ")}`);
  const scopes = (optional(PARTS.scopes) ?? "").split(",").filter(Boolean);
  if (scopes.some((s) => !PRINTABLE2.test(s))) throw bad('part "scopes" must be scopes separated by commas, without spaces');
  return {
    provider: "zoho",
    clientId,
    clientSecret,
    refreshToken,
    accountsServer,
    apiDomain,
    dc,
    portal,
    org,
    orgId,
    orgName: printableOrUndefined(optional(PARTS.orgName)),
    environment,
    scopes
  };
}
function decodeSplitVariables(env, table) {
  const hint = "set AUTHCTL_CLIENT_ID, AUTHCTL_CLIENT_SECRET, AUTHCTL_REFRESH_TOKEN and AUTHCTL_ACCOUNTS_SERVER (or AUTHCTL_AUTH_URL alone, from authctl export)";
  const value = (name) => env[name]?.trim() || void 0;
  const required = ["AUTHCTL_CLIENT_ID", "AUTHCTL_CLIENT_SECRET", "AUTHCTL_REFRESH_TOKEN", "AUTHCTL_ACCOUNTS_SERVER"];
  const missing = required.filter((name) => value(name) === void 0);
  if (missing.length > 0) {
    throw new AuthctlError(`AUTHCTL_REFRESH_TOKEN is set, but ${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not`, {
      exitCode: ExitCode.usage,
      hint
    });
  }
  const printable2 = (name) => {
    const v = value(name);
    if (!PRINTABLE2.test(v)) {
      throw new AuthctlError(`${name} contains spaces, line breaks or other characters it cannot have`, { exitCode: ExitCode.usage, hint });
    }
    return v;
  };
  const url = (name) => {
    const o = origin(value(name));
    if (!o) throw new AuthctlError(`${name} is not an http(s) URL`, { exitCode: ExitCode.usage, hint });
    return o;
  };
  const accountsServer = url("AUTHCTL_ACCOUNTS_SERVER");
  const d = dataCentreOfAccountsServer(table, accountsServer);
  if (!d) {
    throw new AuthctlError(`AUTHCTL_ACCOUNTS_SERVER (${accountsServer}) is not the accounts server of a data centre authctl knows`, {
      exitCode: ExitCode.usage,
      hint: `use one of: ${Object.values(table).map((t) => t.accountsServer).join(", ")} (authctl sends the secrets only to these; AUTHCTL_ZOHO_DATA_CENTRES replaces the table)`
    });
  }
  const apiDomain = value("AUTHCTL_API_DOMAIN") === void 0 ? apiDomainFor(d, "production") : url("AUTHCTL_API_DOMAIN");
  if (!isKnownApiDomain(table, apiDomain)) {
    throw new AuthctlError(`AUTHCTL_API_DOMAIN (${apiDomain}) is not an API domain of a data centre authctl knows`, {
      exitCode: ExitCode.usage,
      hint: "authctl sends access tokens only to the API domains of its data-centre table (AUTHCTL_ZOHO_DATA_CENTRES replaces the table)"
    });
  }
  return {
    provider: "zoho",
    clientId: printable2("AUTHCTL_CLIENT_ID"),
    clientSecret: printable2("AUTHCTL_CLIENT_SECRET"),
    refreshToken: printable2("AUTHCTL_REFRESH_TOKEN"),
    accountsServer,
    apiDomain,
    dc: d.dc,
    // Not carried by the split variables; nothing in token, exec or api depends on it.
    environment: "production",
    scopes: []
  };
}

export {
  portableSpec,
  portableApiKeyMethod,
  isZohoPortable,
  isApiKeyPortable,
  portableProfileName,
  portableApiBase,
  encodeAuthUrl,
  encodeAuthJson,
  decodeAuthUrl,
  decodeExported,
  decodeSplitVariables
};
