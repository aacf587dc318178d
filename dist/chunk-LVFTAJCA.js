import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  OAuthError,
  TransportError
} from "./chunk-4MABVAWP.js";
import {
  endpointsOf,
  isSafeEndpoint,
  onHost
} from "./chunk-3GMNTBGG.js";
import {
  AuthctlError,
  ExitCode,
  usageError
} from "./chunk-IJBOYKY4.js";

// src/providers/oauth2.ts
function parseVars(given) {
  const out = {};
  for (const v of given) {
    const m = /^([a-z][a-z0-9_]*)=(.+)$/s.exec(v);
    if (!m) throw usageError(`--var takes NAME=VALUE, not "${v.slice(0, 100)}"`);
    if (m[1] in out) throw usageError(`--var ${m[1]} is given twice`);
    out[m[1]] = m[2];
  }
  return out;
}
function resolveVariables(providerName, spec, given) {
  const declared = spec.variables ?? {};
  const unknown = Object.keys(given).find((k) => !(k in declared));
  if (unknown !== void 0) {
    const names = Object.keys(declared);
    throw usageError(`provider ${providerName} has no variable "${unknown}"`, names.length ? `its variables: ${names.join(", ")}` : "it takes no --var");
  }
  const out = {};
  for (const [name, v] of Object.entries(declared)) {
    const value = given[name] ?? v.default;
    if (value === void 0) throw usageError(`provider ${providerName} needs --var ${name}=VALUE`, `${name}: ${v.description}`);
    if (!new RegExp(`^(?:${v.pattern})$`, "u").test(value)) {
      throw usageError(`--var ${name}=${JSON.stringify(value).slice(1, -1).slice(0, 100)} is not a value provider ${providerName} takes`, `${name}: ${v.description}`);
    }
    out[name] = value;
  }
  return out;
}
function profileEndpoints(providerName, spec, variables) {
  return endpointsOf(spec, resolveVariables(providerName, spec, variables ?? {}));
}
function distrustApiBase(spec, variables, apiBase) {
  if (!isSafeEndpoint(apiBase)) return "is not an https URL";
  if (spec.api.base !== void 0) {
    const fixed = endpointsOf(spec, variables).apiBase;
    return apiBase.replace(/\/$/, "") === fixed.replace(/\/$/, "") ? void 0 : `is not the provider's API base (${fixed})`;
  }
  if (spec.api.baseHosts && !onHost(apiBase, spec.api.baseHosts)) return `is not on the provider's API hosts (${spec.api.baseHosts.join(", ")})`;
  return void 0;
}
function authMethodFor(spec, client) {
  if (client.clientSecret === void 0) return "none";
  return spec.clientAuthMethods.find((m) => m !== "none") ?? "client_secret_basic";
}
var credentialsFor = (spec, client) => ({
  clientId: client.clientId,
  ...client.clientSecret === void 0 ? {} : { clientSecret: client.clientSecret },
  authMethod: authMethodFor(spec, client)
});
function explainOAuthError(err, c) {
  const server = `${c.provider} (${new URL(c.tokenEndpoint).origin})`;
  if (err instanceof TransportError) {
    return new AuthctlError(`${server} could not be used: ${err.message}`, { exitCode: ExitCode.server, hint: "check your network connection and try again", cause: err });
  }
  if (!(err instanceof OAuthError)) return err instanceof AuthctlError ? err : new AuthctlError(String(err), { cause: err });
  const client = c.clientName ?? "NAME";
  switch (err.error) {
    case "invalid_grant":
      return new AuthctlError(
        c.grant === "refresh_token" ? `${server} rejected the refresh token of ${c.credential} (revoked, expired, or replaced by a newer one)` : `${server} rejected the authorization code (expired, already used, or not issued for this redirect URI and PKCE verifier)`,
        { exitCode: ExitCode.loginRequired, hint: `log in again: ${c.loginCommand}`, cause: err }
      );
    case "invalid_client":
    case "unauthorized_client":
      return new AuthctlError(`${server} rejected the client${c.clientName ? ` "${c.clientName}"` : ""}: ${err.message}`, {
        exitCode: ExitCode.loginRequired,
        hint: `check its id and secret (authctl client update ${client} --client-id ID / --secret), and whether the provider registered it as public (client add --public) or confidential`,
        cause: err
      });
    case "slow_down":
    case "temporarily_unavailable":
      return new AuthctlError(`${server} asked to slow down: ${err.message}`, { exitCode: ExitCode.rateLimited, hint: "wait a few minutes and try again", cause: err });
    default:
      return new AuthctlError(`${server} refused the request: ${err.message}`, {
        exitCode: err.status >= 500 || err.status === 429 ? err.status === 429 ? ExitCode.rateLimited : ExitCode.server : ExitCode.loginRequired,
        cause: err
      });
  }
}

export {
  parseVars,
  resolveVariables,
  profileEndpoints,
  distrustApiBase,
  credentialsFor,
  explainOAuthError
};
