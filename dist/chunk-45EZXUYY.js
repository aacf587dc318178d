import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  revokeStandard,
  revokeToken
} from "./chunk-75V5QIOK.js";
import {
  resolveClient
} from "./chunk-RMYOY7U4.js";
import {
  requireOAuthProvider
} from "./chunk-LJ6DYF44.js";
import {
  endpoints,
  loadDataCentres,
  trustedAccountsServer
} from "./chunk-UZ6VYVCW.js";
import {
  credentialsFor,
  profileEndpoints
} from "./chunk-LVFTAJCA.js";
import {
  OAuthError
} from "./chunk-4MABVAWP.js";
import {
  isZohoProfile
} from "./chunk-YCNKKPBX.js";
import {
  httpTimeoutMs
} from "./chunk-5CESELZY.js";

// src/tokens/revoke.ts
var API_KEY_REVOCATION = { ok: true, text: "nothing to revoke (an API key: delete or rotate it in the CRM if it may have leaked)" };
async function revokeProfileToken(ctx, config, stores, name, profile, refreshToken) {
  const timeoutMs = httpTimeoutMs(ctx.env);
  if (isZohoProfile(profile)) {
    try {
      trustedAccountsServer(await loadDataCentres(ctx.env, config), profile.accountsServer, profile.dc, `profile "${name}"`);
    } catch {
      return { ok: false, text: `not revoked (its accounts server ${profile.accountsServer} is not the one the data-centre table in force has for ${profile.dc})` };
    }
    try {
      await revokeToken(endpoints(profile.accountsServer).revoke, refreshToken, { timeoutMs });
      return { ok: true, text: `revoked at ${profile.accountsServer}` };
    } catch (err) {
      if (err instanceof OAuthError && err.status === 400) return { ok: true, text: `already invalid at ${profile.accountsServer}` };
      return { ok: false, text: `NOT revoked at ${profile.accountsServer} (${err.message})` };
    }
  }
  let where = profile.provider;
  try {
    const spec = requireOAuthProvider(config, profile.provider);
    const revocation = profileEndpoints(profile.provider, spec, profile.variables).revocation;
    if (!revocation) {
      return { ok: false, unsupported: true, text: `not revoked (${spec.title} has no revocation endpoint: remove authctl's access in your ${spec.title} account settings)` };
    }
    where = new URL(revocation).origin;
    const client = await resolveClient(stores, config, ctx.env, profile.client);
    await revokeStandard(revocation, spec.revocationStyle ?? "rfc7009", credentialsFor(spec, client), refreshToken, { timeoutMs });
    return { ok: true, text: `revoked at ${where}` };
  } catch (err) {
    return { ok: false, text: `NOT revoked at ${where} (${err.message})` };
  }
}
async function revokeReplaced(ctx, config, stores, name, replaced) {
  const r = await revokeProfileToken(ctx, config, stores, name, replaced.profile, replaced.refreshToken);
  if (r.ok) ctx.info(r.text.startsWith("revoked") ? `  revoked the previous refresh token ${r.text.slice("revoked ".length)}` : `  the previous refresh token was ${r.text}`);
  else ctx.warn(`the previous refresh token was ${r.text}; remove it in your account at the provider (Zoho: Connected Apps) if it is still listed`);
}

export {
  API_KEY_REVOCATION,
  revokeProfileToken,
  revokeReplaced
};
