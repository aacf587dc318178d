import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  PRESET_API_AUTHORIZATION,
  authorizationValue
} from "./chunk-RYCME3SZ.js";
import {
  OAuthError,
  TransportError
} from "./chunk-4MABVAWP.js";
import {
  printable
} from "./chunk-U4XMNMAO.js";
import {
  ENVIRONMENTS
} from "./chunk-YCNKKPBX.js";
import {
  AuthctlError,
  ExitCode,
  usageError
} from "./chunk-IJBOYKY4.js";

// src/providers/zoho.ts
import { readFile } from "node:fs/promises";
var builtIn = (dc, location, accountsServer, production) => ({
  dc,
  location,
  accountsServer,
  apiDomains: production ? { production, sandbox: production.replace("://www.", "://sandbox."), developer: production.replace("://www.", "://developer.") } : {}
});
var ZOHO_DATA_CENTRES = Object.fromEntries(
  [
    builtIn("com", "us", "https://accounts.zoho.com", "https://www.zohoapis.com"),
    builtIn("eu", "eu", "https://accounts.zoho.eu", "https://www.zohoapis.eu"),
    builtIn("in", "in", "https://accounts.zoho.in", "https://www.zohoapis.in"),
    builtIn("com.au", "au", "https://accounts.zoho.com.au", "https://www.zohoapis.com.au"),
    builtIn("jp", "jp", "https://accounts.zoho.jp", "https://www.zohoapis.jp"),
    builtIn("ca", "ca", "https://accounts.zohocloud.ca", "https://www.zohoapis.ca"),
    builtIn("sa", "sa", "https://accounts.zoho.sa", "https://www.zohoapis.sa"),
    // The UK API domain is not confirmed: the token response's api_domain decides.
    builtIn("uk", "uk", "https://accounts.zoho.uk"),
    builtIn("com.cn", "cn", "https://accounts.zoho.com.cn", "https://www.zohoapis.com.cn")
  ].map((d) => [d.dc, d])
);
var DEFAULT_DC = "com";
async function loadDataCentres(env, config) {
  const file = env.AUTHCTL_ZOHO_DATA_CENTRES;
  if (file) {
    let text;
    try {
      text = await readFile(file, "utf8");
    } catch (err) {
      throw new AuthctlError(`cannot read AUTHCTL_ZOHO_DATA_CENTRES file ${file}: ${err.message}`);
    }
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      throw new AuthctlError(`AUTHCTL_ZOHO_DATA_CENTRES file ${file} is not valid JSON`);
    }
    return parseDataCentres(value, `AUTHCTL_ZOHO_DATA_CENTRES file ${file}`);
  }
  if (config.zoho?.dataCentres !== void 0) return parseDataCentres(config.zoho.dataCentres, "zoho.dataCentres in config.json");
  return ZOHO_DATA_CENTRES;
}
function parseDataCentres(value, source) {
  const bad = (what) => new AuthctlError(`${source}: ${what}`, {
    hint: 'expected {"<dc>": {"location": "us", "accountsServer": URL, "apiDomains": {"production": URL, "sandbox": URL, "developer": URL}}}'
  });
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw bad("must be a JSON object");
  const table = {};
  for (const [dc, entry] of Object.entries(value)) {
    const e = entry;
    if (typeof e !== "object" || e === null) throw bad(`"${dc}" must be an object`);
    if (typeof e.location !== "string") throw bad(`"${dc}".location must be a string`);
    const accountsServer = origin(e.accountsServer);
    if (!accountsServer) throw bad(`"${dc}".accountsServer must be an http(s) URL`);
    const apiDomains = {};
    for (const envName of ENVIRONMENTS) {
      const url = e.apiDomains?.[envName];
      if (url === void 0) continue;
      const o = origin(url);
      if (!o) throw bad(`"${dc}".apiDomains.${envName} must be an http(s) URL`);
      apiDomains[envName] = o;
    }
    table[dc] = { dc, location: e.location, accountsServer, apiDomains };
  }
  return table;
}
function origin(value) {
  if (typeof value !== "string") return void 0;
  try {
    const u = new URL(value);
    return u.protocol === "https:" || u.protocol === "http:" ? u.origin : void 0;
  } catch {
    return void 0;
  }
}
function dataCentre(table, dc) {
  const found = table[dc];
  if (!found) throw usageError(`unknown data centre "${dc}"`, `use one of: ${Object.keys(table).join(", ")}`);
  return found;
}
function dataCentreOfAccountsServer(table, url) {
  const o = origin(url);
  return Object.values(table).find((d) => d.accountsServer === o);
}
var endpoints = (accountsServer) => ({
  authorize: `${accountsServer}/oauth/v2/auth`,
  token: `${accountsServer}/oauth/v2/token`,
  revoke: `${accountsServer}/oauth/v2/token/revoke`
});
function knownApiDomains(d) {
  const domain = /^accounts\.zoho(?:cloud)?\.(.+)$/.exec(new URL(d.accountsServer).hostname)?.[1];
  const host = (env) => domain ? `https://${env === "production" ? "www" : env}.zohoapis.${domain}` : void 0;
  return Object.fromEntries(ENVIRONMENTS.map((env) => [env, d.apiDomains[env] ?? host(env)]));
}
function isKnownApiDomain(table, url) {
  const o = origin(url);
  return o !== void 0 && Object.values(table).some((d) => Object.values(knownApiDomains(d)).includes(o));
}
function apiDomainFor(d, environment, responseApiDomain) {
  const known = knownApiDomains(d);
  const response = origin(responseApiDomain);
  if (environment === "production" && response !== void 0 && Object.values(known).includes(response)) return response;
  const domain = known[environment];
  if (domain) return domain;
  throw new AuthctlError(`no API domain is known for the ${environment} environment of data centre ${d.dc}`, {
    hint: "add it to the data-centre table (AUTHCTL_ZOHO_DATA_CENTRES, or zoho.dataCentres in config.json)"
  });
}
function trustedAccountsServer(table, accountsServer, dc, whose) {
  const d = dataCentreOfAccountsServer(table, accountsServer);
  if (d && d.dc === dc) return d;
  throw new AuthctlError(
    `${whose} names the accounts server ${origin(accountsServer) ?? "(not a URL)"} for data centre ${dc}, which the data-centre table in force does not: nothing was sent there`,
    { hint: `log in again, or give this machine the table it was made with (AUTHCTL_ZOHO_DATA_CENTRES); the table's accounts server for ${dc} is ${table[dc]?.accountsServer ?? "(none)"}` }
  );
}
var SCOPE_SEPARATOR = ",";
var isThrottled = (err) => err.error === "Access Denied" || /throttle/i.test(err.errorDescription ?? "");
function explainTokenError(err, c) {
  const login = c.loginCommand ?? "authctl login";
  if (err instanceof TransportError) {
    return new AuthctlError(`Zoho Accounts could not be used: ${err.message}`, {
      exitCode: ExitCode.server,
      hint: "check your network connection and try again",
      cause: err
    });
  }
  if (!(err instanceof OAuthError)) return err instanceof AuthctlError ? err : new AuthctlError(String(err), { cause: err });
  if (isThrottled(err) && /refresh tokens/i.test(err.errorDescription ?? "")) {
    return new AuthctlError("Zoho refused a new refresh token: this user has reached the limit of refresh tokens for this client (Access Denied)", {
      exitCode: ExitCode.rateLimited,
      hint: "log out of profiles you no longer use (authctl logout NAME revokes their refresh tokens) or remove old grants under Connected Apps in your Zoho account, then try again",
      cause: err
    });
  }
  if (isThrottled(err)) {
    return new AuthctlError("Zoho is throttling token requests for this client (Access Denied)", {
      exitCode: ExitCode.rateLimited,
      hint: c.grant === "refresh_token" ? "wait a few minutes: Zoho allows about 10 access tokens per refresh token per 10 minutes; reuse the cached token (authctl token) instead of forcing refreshes" : "wait a few minutes before trying again: Zoho blocks new codes for a while after too many attempts",
      cause: err
    });
  }
  const refreshing = c.grant === "refresh_token";
  const rejected = ExitCode.loginRequired;
  switch (err.error) {
    // Zoho says invalid_code; RFC 6749 (and Zoho's newer servers) say invalid_grant.
    case "invalid_grant":
    case "invalid_code":
      if (refreshing) {
        return new AuthctlError(`Zoho rejected the refresh token of ${c.credential} (revoked, expired or deleted)`, {
          exitCode: ExitCode.loginRequired,
          hint: `log in again: ${login}`,
          cause: err
        });
      }
      return new AuthctlError(
        c.grant === "self_client_code" ? "Zoho rejected the self-client code: it has expired or was already used" : "Zoho rejected the authorization code: it has expired or was already used",
        {
          exitCode: ExitCode.loginRequired,
          hint: c.grant === "self_client_code" ? "self-client codes live only the 3 to 10 minutes chosen in the API console: generate a new one and paste it right away" : `run ${login} again and finish the consent promptly (codes live about 2 minutes)`,
          cause: err
        }
      );
    case "invalid_client":
      return new AuthctlError(`Zoho does not know this client at the ${c.dc} data centre (${c.accountsServer})`, {
        exitCode: rejected,
        hint: c.startDc !== void 0 && c.startDc !== c.dc ? `your Zoho account lives in data centre ${c.dc}, and the client is not enabled there: enable multi-DC for it in the API console (the client \u2192 Settings \u2192 Multi-DC), then log in again` : `check the client id${c.clientName ? ` of client "${c.clientName}"` : ""} and that your Zoho account lives in data centre ${c.dc} (--dc); a client must have multi-DC enabled in the API console to be used in other data centres`,
        cause: err
      });
    case "invalid_client_secret": {
      const client = c.clientName ?? "NAME";
      const otherDc = c.startDc !== void 0 && c.startDc !== c.dc;
      return new AuthctlError(`Zoho rejected the client secret${c.clientName ? ` of client "${c.clientName}"` : ""} at data centre ${c.dc} (${c.accountsServer})`, {
        exitCode: rejected,
        hint: otherDc ? `a multi-DC client can have a separate secret for each data centre (API console \u2192 the client \u2192 Settings \u2192 Multi-DC); store the ${c.dc} one with authctl client update ${client} --dc-secret ${c.dc}, then log in again` : `copy the secret from the Zoho API console and store it again: authctl client update ${client} --secret (it will prompt for it)${c.grant === "refresh_token" ? "; a multi-DC client may have a separate secret here: authctl client update " + client + " --dc-secret " + c.dc : ""}`,
        cause: err
      });
    }
    case "invalid_redirect_uri":
      return new AuthctlError(`Zoho rejected the redirect URI ${c.redirectUri ?? ""}`.trimEnd(), {
        exitCode: ExitCode.failure,
        hint: `register exactly ${c.redirectUri ?? "the redirect URI"} as an Authorized Redirect URI of the client in the Zoho API console`,
        cause: err
      });
    default:
      return new AuthctlError(`Zoho Accounts refused the request: ${err.message}`, {
        exitCode: err.status >= 500 ? ExitCode.server : rejected,
        cause: err
      });
  }
}
var DEFAULT_SCOPES = ["ZohoCRM.modules.ALL", "ZohoCRM.settings.READ", "ZohoCRM.org.READ"];
var AUTHORIZE_EXTRA = { access_type: "offline", prompt: "consent" };
var isZohoCode = (s) => /^\d{4}\.[0-9a-f]{16,64}\.[0-9a-f]{16,64}$/i.test(s);
function apiConsoleUrl(d) {
  const u = new URL(d.accountsServer);
  if (!u.hostname.startsWith("accounts.")) return void 0;
  return `https://api-console.${u.hostname.slice("accounts.".length)}`;
}
async function lookupCrmOrg(apiDomain, accessToken, timeoutMs) {
  const { getJson } = await import("./http-MQHSP372.js");
  const { status, body } = await getJson(`${apiDomain}/crm/v8/org`, { Authorization: authorizationValue(PRESET_API_AUTHORIZATION.zoho, accessToken) }, timeoutMs);
  if (status === 401 && body.code === "INVALID_TOKEN") return { found: false, reason: "not-accepted" };
  if (status === 401 && body.code === "OAUTH_SCOPE_MISMATCH") return { found: false, reason: "scope" };
  const org = Array.isArray(body.org) ? body.org[0] : void 0;
  const id = org?.id;
  if (status !== 200 || typeof id !== "string" && typeof id !== "number") {
    throw new TransportError(`${new URL(apiDomain).origin}/crm/v8/org answered HTTP ${status} without an org`, "http", status);
  }
  return { found: true, id: String(id), name: typeof org.company_name === "string" ? printable(org.company_name.slice(0, 200)) : void 0 };
}
async function findTokenOrg(d, tokens, expected, timeoutMs) {
  const order = expected ? [expected, ...ENVIRONMENTS.filter((e) => e !== expected)] : ENVIRONMENTS;
  for (const environment of order) {
    const apiDomain = apiDomainFor(d, environment, tokens.apiDomain);
    const lookup = await lookupCrmOrg(apiDomain, tokens.accessToken, timeoutMs);
    if (lookup.found) return { environment, apiDomain, org: { id: lookup.id, ...lookup.name ? { name: lookup.name } : {} } };
    if (lookup.reason === "scope") return { environment, apiDomain };
  }
  return void 0;
}

export {
  ZOHO_DATA_CENTRES,
  DEFAULT_DC,
  loadDataCentres,
  origin,
  dataCentre,
  dataCentreOfAccountsServer,
  endpoints,
  isKnownApiDomain,
  apiDomainFor,
  trustedAccountsServer,
  SCOPE_SEPARATOR,
  explainTokenError,
  DEFAULT_SCOPES,
  AUTHORIZE_EXTRA,
  isZohoCode,
  apiConsoleUrl,
  findTokenOrg
};
