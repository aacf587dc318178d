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
} from "./chunk-D3ALVB5R.js";
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
  const url = ctx.env.AUTHCTL_CACHE_URL;
  if (url) {
    const { httpTimeoutMs } = await import("./http-WBLS2RT5.js");
    const { source } = target;
    source.shared = {
      warn: (line) => ctx.warn(`shared cache: ${line}`),
      // Zoho's documented cap: about 10 access tokens per refresh token per 10 minutes.
      ...target.provider === "zoho" ? { budget: { limit: 10, windowMs: 10 * 6e4, provider: "Zoho" } } : {},
      open: async (refreshToken) => (await import("./shared-cache-6CHE5K67.js")).openSharedCache({
        url,
        ...ctx.env.AUTHCTL_CACHE_PASSWORD ? { password: ctx.env.AUTHCTL_CACHE_PASSWORD } : {},
        clientId: source.clientId ?? "",
        refreshToken,
        commandTimeoutMs: 2e3,
        // Outlives any refresh (bounded by AUTHCTL_HTTP_TIMEOUT), so a holder that dies frees it soon after.
        lockMs: httpTimeoutMs(ctx.env) + 5e3
      })
    };
  }
  return target;
}
async function openTarget(ctx, selection) {
  if (ciCredentialIsSet(ctx.env)) {
    const { openEnvCredential } = await import("./env-source-3D3ROWAJ.js");
    return openEnvCredential(ctx, selection);
  }
  const { openProfile } = await import("./profile-source-CX3FEQED.js");
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
