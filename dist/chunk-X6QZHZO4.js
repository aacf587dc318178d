import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  apiDomainFor,
  dataCentreOfAccountsServer,
  isKnownApiDomain,
  origin
} from "./chunk-DBTIDBHF.js";
import {
  ENVIRONMENTS,
  NAME_RULE,
  isEnvironment,
  isValidName
} from "./chunk-VNVVWFD2.js";
import {
  printable
} from "./chunk-U4XMNMAO.js";
import {
  AuthctlError,
  ExitCode
} from "./chunk-IJBOYKY4.js";

// src/profiles/auth-url.ts
var PROVIDERS = ["zoho"];
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
  const out = [];
  for (const [field, name] of Object.entries(PARTS)) {
    const value = field === "scopes" ? c.scopes.join(",") : c[field];
    if (value !== void 0 && value !== "") out.push([name, value]);
  }
  return out;
}
var encodePart = (value) => encodeURIComponent(value).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
function encodeAuthUrl(c) {
  return `authctl://${c.provider}?${[`v=${VERSION}`, ...parts(c).map(([n, v]) => `${n}=${encodePart(v)}`)].join("&")}`;
}
function encodeAuthJson(c) {
  const out = { v: Number(VERSION), provider: c.provider };
  for (const [name, value] of parts(c)) out[name] = name === PARTS.scopes ? c.scopes : value;
  return out;
}
var KNOWN_NAMES = /* @__PURE__ */ new Set(["v", "provider", ...Object.values(PARTS)]);
var describePart = (name) => KNOWN_NAMES.has(name) ? `part "${name}"` : "a part whose name authctl does not know (not shown: it may be a secret)";
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
  return fromParts(url.hostname, seen, bad, table);
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
  if (typeof provider !== "string") throw bad(`the provider part must be one of ${PROVIDERS.join(", ")}`);
  const seen = /* @__PURE__ */ new Map();
  for (const [name, part] of Object.entries(rest)) {
    if (name === PARTS.scopes && Array.isArray(part) && part.every((s) => typeof s === "string")) seen.set(name, part.join(","));
    else if (typeof part === "string") seen.set(name, part);
    else throw bad(`${describePart(name)} must be a string${name === PARTS.scopes ? " or a list of strings" : ""}`);
  }
  return fromParts(provider, seen, bad, table);
}
var printableOrUndefined = (v) => v === void 0 ? void 0 : printable(v.slice(0, 200));
var PRINTABLE = /^[\x21-\x7e]+$/;
function fromParts(provider, seen, bad, table) {
  if (!PROVIDERS.includes(provider)) throw bad(`the provider part must be one of ${PROVIDERS.join(", ")}`);
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
    if (!PRINTABLE.test(v)) throw bad(`part "${name}" contains spaces, line breaks or other characters it cannot have`);
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
  if (scopes.some((s) => !PRINTABLE.test(s))) throw bad('part "scopes" must be scopes separated by commas, without spaces');
  return {
    provider,
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
    if (!PRINTABLE.test(v)) {
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
  encodeAuthUrl,
  encodeAuthJson,
  decodeAuthUrl,
  decodeExported,
  decodeSplitVariables
};
