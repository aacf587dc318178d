import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);

// src/providers/spec.ts
var CLIENT_AUTH_METHODS = ["client_secret_post", "client_secret_basic", "none"];
var isOAuthSpec = (spec) => spec.type === "oauth2";
var PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/g;
var placeholders = (template) => [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
function fillTemplate(template, variables) {
  return template.replace(PLACEHOLDER, (_, name) => {
    const value = variables[name];
    if (value === void 0) throw new Error(`no value for {${name}}`);
    return value;
  });
}
function endpointsOf(spec, variables) {
  return {
    authorization: fillTemplate(spec.authorizationEndpoint, variables),
    token: fillTemplate(spec.tokenEndpoint, variables),
    ...spec.revocationEndpoint ? { revocation: fillTemplate(spec.revocationEndpoint, variables) } : {},
    ...spec.deviceAuthorizationEndpoint ? { device: fillTemplate(spec.deviceAuthorizationEndpoint, variables) } : {},
    ...spec.api.base ? { apiBase: fillTemplate(spec.api.base, variables) } : {}
  };
}
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
function onHost(url, hosts) {
  const host = new URL(url).hostname;
  return hosts.some((h) => h.startsWith(".") ? host.endsWith(h) && host.length > h.length : host === h);
}

export {
  CLIENT_AUTH_METHODS,
  isOAuthSpec,
  placeholders,
  fillTemplate,
  endpointsOf,
  isSafeEndpoint,
  onHost
};
