import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);

// src/tokens/open.ts
var ciCredentialIsSet = (env) => env.AUTHCTL_AUTH_URL !== void 0 || env.AUTHCTL_REFRESH_TOKEN !== void 0;
async function openCredential(ctx, selection) {
  if (ciCredentialIsSet(ctx.env)) {
    const { openEnvCredential } = await import("./env-source-YS6VHCPD.js");
    return openEnvCredential(ctx, selection);
  }
  const { openProfile } = await import("./profile-source-3KT62TCD.js");
  const { name, profile, config, source } = await openProfile(ctx, selection);
  return { profile: name, provider: profile.provider, apiDomain: profile.apiDomain, scopes: profile.scopes, source, config };
}

export {
  ciCredentialIsSet,
  openCredential
};
