import type { Context } from '../io/context.js';
import { OAuthError } from '../oauth/errors.js';
import { httpTimeoutMs } from '../oauth/timeout.js';
import { revokeStandard, revokeToken } from '../oauth/token.js';
import { resolveClient } from '../profiles/clients.js';
import { type Config, isZohoProfile, type OAuthProfile, type ZohoProfile } from '../profiles/model.js';
import { credentialsFor, profileEndpoints } from '../providers/oauth2.js';
import { requireOAuthProvider } from '../providers/registry.js';
import { endpoints, loadDataCentres, trustedAccountsServer } from '../providers/zoho.js';
import type { ReplacedCredential } from '../profiles/save.js';
import type { SecretStores } from '../secrets/resolve.js';

/** What became of a refresh token at its server; `text` completes "refresh token …" and names no secret. */
export interface Revocation {
  /** True when the server no longer honours the token (revoked now, or already invalid). */
  ok: boolean;
  /** The provider has no way to revoke one token: only the user can, in the provider's settings. */
  unsupported?: boolean;
  text: string;
}

/** An API key is not revoked by authctl: only the CRM can, where the key was made. */
export const API_KEY_REVOCATION: Revocation = { ok: true, text: 'nothing to revoke (an API key: delete or rotate it in the CRM if it may have leaked)' };

/**
 * Revokes a profile's refresh token where it was issued: Zoho's revoke endpoint
 * at the profile's accounts server (if the data-centre table in force has it), or
 * the provider's RFC 7009 (or HubSpot-style) endpoint with the profile's client.
 */
export async function revokeProfileToken(ctx: Context, config: Config, stores: SecretStores, name: string, profile: ZohoProfile | OAuthProfile, refreshToken: string): Promise<Revocation> {
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
      // Zoho answers 400 for a token it does not know: already revoked, or deleted as the user's oldest.
      if (err instanceof OAuthError && err.status === 400) return { ok: true, text: `already invalid at ${profile.accountsServer}` };
      return { ok: false, text: `NOT revoked at ${profile.accountsServer} (${(err as Error).message})` };
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
    await revokeStandard(revocation, spec.revocationStyle ?? 'rfc7009', credentialsFor(spec, client), refreshToken, { timeoutMs });
    return { ok: true, text: `revoked at ${where}` };
  } catch (err) {
    return { ok: false, text: `NOT revoked at ${where} (${(err as Error).message})` };
  }
}

/** Revokes the token a new login replaced; the new one is already stored, so failure only warns. */
export async function revokeReplaced(ctx: Context, config: Config, stores: SecretStores, name: string, replaced: ReplacedCredential): Promise<void> {
  const r = await revokeProfileToken(ctx, config, stores, name, replaced.profile, replaced.refreshToken);
  if (r.ok) ctx.info(r.text.startsWith('revoked') ? `  revoked the previous refresh token ${r.text.slice('revoked '.length)}` : `  the previous refresh token was ${r.text}`);
  else ctx.warn(`the previous refresh token was ${r.text}; remove it in your account at the provider (Zoho: Connected Apps) if it is still listed`);
}
