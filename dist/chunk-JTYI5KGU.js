import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  requireProvider
} from "./chunk-DUS3FDUE.js";
import {
  apiAuthorizationOf,
  apiBaseOf,
  isZohoProfile
} from "./chunk-VNVVWFD2.js";

// src/tokens/open.ts
var ciCredentialIsSet = (env) => env.AUTHCTL_AUTH_URL !== void 0 || env.AUTHCTL_REFRESH_TOKEN !== void 0;
async function openCredential(ctx, selection) {
  if (ciCredentialIsSet(ctx.env)) {
    const { openEnvCredential } = await import("./env-source-7VOM6DIK.js");
    return openEnvCredential(ctx, selection);
  }
  const { openProfile } = await import("./profile-source-RL7LTBRQ.js");
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
