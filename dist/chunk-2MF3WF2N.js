import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  requireProvider
} from "./chunk-XI2SX2GQ.js";
import {
  apiAuthorizationOf
} from "./chunk-SKOVH2MT.js";
import {
  apiBaseOf,
  isZohoProfile
} from "./chunk-7IPDWRUM.js";

// src/tokens/open.ts
var ciCredentialIsSet = (env) => env.AUTHCTL_AUTH_URL !== void 0 || env.AUTHCTL_REFRESH_TOKEN !== void 0;
async function openCredential(ctx, selection) {
  if (ciCredentialIsSet(ctx.env)) {
    const { openEnvCredential } = await import("./env-source-B7TQUT5Z.js");
    return openEnvCredential(ctx, selection);
  }
  const { openProfile } = await import("./profile-source-ORBXVVRQ.js");
  const { name, profile, config, source } = await openProfile(ctx, selection);
  return {
    profile: name,
    provider: profile.provider,
    apiBase: apiBaseOf(profile),
    apiAuth: apiAuthorizationOf(profile.provider, config.providers),
    variables: isZohoProfile(profile) ? {} : profile.variables ?? {},
    ...isZohoProfile(profile) ? {} : { spec: requireProvider(config, profile.provider) },
    scopes: profile.scopes,
    source,
    config
  };
}

export {
  ciCredentialIsSet,
  openCredential
};
