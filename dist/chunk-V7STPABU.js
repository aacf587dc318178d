import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  requireOAuthProvider,
  requireProvider
} from "./chunk-LJ6DYF44.js";
import {
  apiKeyBase,
  apiKeyHeaders,
  secretFieldOf
} from "./chunk-IOWPGD6P.js";
import {
  distrustApiBase
} from "./chunk-LVFTAJCA.js";
import {
  apiAuthorizationOf,
  oauthHeaders
} from "./chunk-RYCME3SZ.js";
import {
  apiBaseOf,
  isApiKeyProfile,
  isZohoProfile
} from "./chunk-YCNKKPBX.js";

// src/tokens/open.ts
var ciCredentialIsSet = (env) => env.AUTHCTL_AUTH_URL !== void 0 || env.AUTHCTL_REFRESH_TOKEN !== void 0;
async function openCredential(ctx, selection) {
  const target = await openTarget(ctx, selection);
  if (ctx.env.AUTHCTL_CACHE_URL) {
    const { sharedCacheAccess } = await import("./shared-access-AWKLLJJ5.js");
    target.source.shared = sharedCacheAccess(ctx, target.source, target.provider);
  }
  return target;
}
async function openTarget(ctx, selection) {
  if (ciCredentialIsSet(ctx.env)) {
    const { openEnvCredential } = await import("./env-source-PJD6GDHY.js");
    return openEnvCredential(ctx, selection);
  }
  const { openProfile } = await import("./profile-source-HMZAG6KV.js");
  const { name, profile, config, source } = await openProfile(ctx, selection);
  return { profile: name, provider: profile.provider, apiBase: apiBaseOf(profile), scopes: profile.scopes, source, config, ...howTheApiTakesIt(config, profile) };
}
function howTheApiTakesIt(config, profile) {
  if (isApiKeyProfile(profile)) {
    const spec = requireProvider(config, profile.provider);
    const method = spec.apiKey;
    if (!method) return { tokenType: null, headers: () => [], apiBaseProblem: `provider ${profile.provider} no longer takes API keys` };
    const fields = profile.fields ?? {};
    const base = apiKeyBase(method, fields);
    return {
      tokenType: null,
      headers: (key) => apiKeyHeaders(method, fields, key),
      apiKey: { name: secretFieldOf(method), fields },
      ..."problem" in base ? { apiBaseProblem: base.problem } : base.base === profile.apiBase ? {} : { apiBaseProblem: `is not the provider's API base (${base.base})` }
    };
  }
  const auth = apiAuthorizationOf(profile.provider, config.providers);
  if (isZohoProfile(profile)) return { tokenType: auth.scheme, headers: oauthHeaders(auth) };
  const problem = distrustApiBase(requireOAuthProvider(config, profile.provider), profile.variables ?? {}, profile.apiBase);
  return { tokenType: auth.scheme, headers: oauthHeaders(auth), ...problem ? { apiBaseProblem: problem } : {} };
}

export {
  ciCredentialIsSet,
  openCredential
};
