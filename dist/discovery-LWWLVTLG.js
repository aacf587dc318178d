import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  getJson
} from "./chunk-GFAQK6L7.js";
import {
  TransportError
} from "./chunk-4MABVAWP.js";
import "./chunk-U4XMNMAO.js";
import {
  CLIENT_AUTH_METHODS,
  isSafeEndpoint
} from "./chunk-3GMNTBGG.js";
import "./chunk-5CESELZY.js";
import "./chunk-OHRQBEPP.js";
import {
  AuthctlError,
  ExitCode
} from "./chunk-IJBOYKY4.js";
import "./chunk-A6S6R7IG.js";
import "./chunk-S47ZGZ7M.js";

// src/oauth/discovery.ts
async function discover(issuer, timeoutMs) {
  const u = new URL(issuer);
  const path = u.pathname === "/" ? "" : u.pathname.replace(/\/$/, "");
  const candidates = [`${u.origin}/.well-known/oauth-authorization-server${path}`, `${u.origin}${path}/.well-known/openid-configuration`];
  const problems = [];
  for (const url of candidates) {
    let answer;
    try {
      answer = await getJson(url, {}, timeoutMs);
    } catch (err) {
      if (err instanceof TransportError && (err.kind === "not-json" || err.kind === "invalid-response")) {
        problems.push(`${url}: ${err.message}`);
        continue;
      }
      throw new AuthctlError(`could not read the metadata of ${issuer}: ${err.message}`, { exitCode: ExitCode.server, cause: err });
    }
    if (answer.status !== 200) {
      problems.push(`${url}: HTTP ${answer.status}`);
      continue;
    }
    if (answer.body.issuer !== issuer) {
      throw new AuthctlError(`${url} names the issuer ${JSON.stringify(String(answer.body.issuer)).slice(0, 200)}, not ${issuer}: refused`, {
        hint: "give --issuer exactly as the server names itself (scheme, host, path, no trailing slash unless it has one)"
      });
    }
    return { metadata: answer.body, url };
  }
  throw new AuthctlError(`${issuer} publishes no authorization server metadata`, {
    exitCode: ExitCode.notFound,
    hint: `${problems.join("; ")}. Give the endpoints instead: --authorization-endpoint URL --token-endpoint URL`
  });
}
function specFromMetadata(issuer, m) {
  const endpoint = (name, required) => {
    const v = m[name];
    if (v === void 0 && !required) return void 0;
    if (typeof v !== "string" || !isSafeEndpoint(v)) {
      throw new AuthctlError(`the metadata of ${issuer} has ${v === void 0 ? `no ${name}` : `a ${name} that is not an https URL`}`, {
        hint: "give the endpoints yourself: authctl provider add NAME --authorization-endpoint URL --token-endpoint URL"
      });
    }
    return v;
  };
  const list = (name) => Array.isArray(m[name]) ? m[name].filter((x) => typeof x === "string") : void 0;
  const scopesSupported = list("scopes_supported") ?? [];
  const offline = scopesSupported.includes("offline_access");
  const scopes = [...scopesSupported.includes("openid") ? ["openid"] : [], ...offline ? ["offline_access"] : []];
  const methods = (list("token_endpoint_auth_methods_supported") ?? ["client_secret_basic"]).filter(
    (x) => CLIENT_AUTH_METHODS.includes(x)
  );
  const challenge = list("code_challenge_methods_supported");
  if (challenge && !challenge.includes("S256")) {
    throw new AuthctlError(`${issuer} does not support PKCE with S256, which authctl requires of a server it discovers`);
  }
  const revocation = endpoint("revocation_endpoint", false);
  const device = endpoint("device_authorization_endpoint", false);
  return {
    title: issuer,
    type: "oauth2",
    issuer,
    ...m.authorization_response_iss_parameter_supported === true ? { issParameterSupported: true } : {},
    authorizationEndpoint: endpoint("authorization_endpoint", true),
    tokenEndpoint: endpoint("token_endpoint", true),
    ...revocation ? { revocationEndpoint: revocation } : {},
    ...device ? { deviceAuthorizationEndpoint: device } : {},
    scopes,
    scopeSeparator: " ",
    pkce: true,
    clientAuthMethods: methods.length > 0 ? methods : ["client_secret_basic"],
    ...offline ? { authorizationParams: { prompt: "consent" } } : {},
    api: { scheme: "Bearer", base: new URL(issuer).origin }
  };
}
export {
  discover,
  specFromMetadata
};
