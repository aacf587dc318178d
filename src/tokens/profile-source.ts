import { AuthctlError, ExitCode } from '../errors.js';
import type { Context } from '../io/context.js';
import { ConfigStore } from '../profiles/config.js';
import { clientOf, type Config, isZohoProfile, type LoginRequired, type Profile } from '../profiles/model.js';
import { type ProfileSelection, selectProfile } from '../profiles/select.js';
import { DEFAULT_DC } from '../providers/zoho.js';
import { decodeCredential, encodeCredential } from '../secrets/credential.js';
import { profileLock } from '../secrets/lock.js';
import { SecretStores } from '../secrets/resolve.js';
import { type SecretStore, StoreUnavailableError } from '../secrets/store.js';
import { deleteTokenCopy, updateTokenCopy } from '../secrets/token-copy.js';
import { configDir } from '../profiles/paths.js';
import { readTeamFile } from '../profiles/team.js';
import type { CredentialSource } from './source.js';

export interface OpenProfile {
  name: string;
  profile: Profile;
  config: Config;
  source: CredentialSource;
}

/** Loads config.json and picks the profile a command acts on (see selectProfile). */
export async function openProfile(ctx: Context, selection: ProfileSelection): Promise<OpenProfile> {
  const config = await new ConfigStore(ctx).load();
  const { name, profile } = selectProfile(config, selection, ctx.env);
  return { name, profile, config, source: profileSource(ctx, config, name, profile) };
}

/**
 * The `authctl login` that gives this profile a new refresh token. It must be
 * for the same org (login refuses another one), so the environment needs no flag.
 */
export function loginCommand(name: string, profile: Profile): string {
  const org = profile.org ?? name;
  const parts = ['authctl login', `--org ${org}`];
  if (name !== org) parts.push(`--profile ${name}`);
  if (isZohoProfile(profile) && profile.dc !== DEFAULT_DC) parts.push(`--dc ${profile.dc}`);
  return parts.join(' ');
}

/**
 * A profile's credential: tokens in the profile's secret store, a refresh at the
 * profile's own accounts server with its own client, and after a refresh the
 * metadata (refreshedAt, accessTokenExpiresAt) in config.json.
 */
export function profileSource(ctx: Context, config: Config, name: string, profile: Profile): CredentialSource {
  const stores = new SecretStores(ctx);
  const store = stores.get(profile.store);
  const login = loginCommand(name, profile);
  // An existing keychain profile cannot just switch stores: its refresh token is in the keychain.
  const orLoginToFile = (err: unknown): never => {
    throw err instanceof StoreUnavailableError ? err.orElse(`keep profile "${name}" in a file instead by logging in again: ${login} --store file`) : err;
  };
  const client = clientOf(profile);
  return {
    label: `profile "${name}"`,
    loginCommand: login,
    ...(client !== undefined ? { clientId: config.clients[client]?.clientId ?? client } : {}),
    lock: profileLock(ctx.env, name),

    async read() {
      // Known dead: the cached access token (revoked with it) must not be served.
      if (profile.loginRequired) throw needsLogin(name, profile, login);
      // Seed 002: an administrator's change to the team client ends the sessions made with the old one.
      const change = profile.team ? teamClientChange(ctx.env, profile) : undefined;
      if (change) {
        throw new AuthctlError(`profile "${name}" needs a new login: ${change}, which ends the sessions made with the old one`, {
          exitCode: ExitCode.loginRequired,
          hint: `log in again: ${login}`,
        });
      }
      const value = await store.get(profile.key).catch(orLoginToFile);
      if (value === undefined) {
        throw new AuthctlError(`profile "${name}" has no credential in ${store.location}`, {
          exitCode: ExitCode.loginRequired,
          hint: `log in again: ${login}`,
        });
      }
      return decodeCredential(name, value);
    },

    async refresh(refreshToken) {
      // The HTTP client and the OAuth code load only when a refresh is due.
      const { refreshProfileToken, rejectedPart } = await import('./refresh.js');
      try {
        return await refreshProfileToken(ctx, { stores, config, name, profile, loginCommand: login }, refreshToken);
      } catch (err) {
        const rejected = rejectedPart(err);
        if (rejected) await markDead(ctx, store, name, profile, refreshToken, { at: new Date(ctx.now()).toISOString(), rejected, reason: (err as Error).message });
        throw err;
      }
    },

    async save(credential) {
      await store.set(profile.key, encodeCredential(credential)).catch(orLoginToFile);
      // The credential is safe; the metadata feeds `list`, `status` and the fast path's trust in the token copy.
      let current = false;
      try {
        current = await new ConfigStore(ctx).update((c) => {
          const p = c.profiles[name];
          // Logged out, or logged in again as someone else, while we refreshed: leave it.
          if (!p || p.key !== profile.key) return false;
          p.refreshedAt = new Date(ctx.now()).toISOString();
          if (credential.accessTokenExpiresAt !== undefined) {
            p.accessTokenExpiresAt = new Date(credential.accessTokenExpiresAt).toISOString();
          }
          return true;
        });
      } catch (err) {
        ctx.warn(`the new token is saved, but config.json was not updated: ${(err as Error).message}`);
      }
      if (current) await updateTokenCopy(ctx.env, configDir(ctx.env), name, profile, credential, ctx.warn);
    },
  };
}

/**
 * Remembers that the server rejected the profile's refresh token or client: the
 * cached access token goes (Zoho revokes it with the refresh token), and the mark
 * in config.json makes token, exec and api exit 4 until a new login clears it.
 * The refresh token stays, so logout can still try to revoke it.
 */
async function markDead(ctx: Context, store: SecretStore, name: string, profile: Profile, refreshToken: string, mark: LoginRequired): Promise<void> {
  try {
    await store.set(profile.key, encodeCredential({ refreshToken }));
    await new ConfigStore(ctx).update((c) => {
      const p = c.profiles[name];
      if (p && p.key === profile.key) p.loginRequired = mark;
    });
    await deleteTokenCopy(configDir(ctx.env), name);
  } catch (err) {
    ctx.warn(`could not record that profile "${name}" needs a new login: ${(err as Error).message}`);
  }
}

function needsLogin(name: string, profile: Profile, login: string): AuthctlError {
  const mark = profile.loginRequired!;
  const since = `since ${mark.at}: ${mark.reason}`;
  if (mark.rejected === 'client') {
    return new AuthctlError(`profile "${name}" cannot be refreshed: ${providerTitle(profile)} rejected its client "${clientOf(profile)}" (${since})`, {
      exitCode: ExitCode.loginRequired,
      hint: `fix the client (authctl client update ${clientOf(profile)} --secret${isZohoProfile(profile) ? `, or --dc-secret ${profile.dc}` : ''}), or log in again: ${login}`,
    });
  }
  return new AuthctlError(`profile "${name}" needs a new login: ${providerTitle(profile)} rejected its refresh token (${since})`, {
    exitCode: ExitCode.loginRequired,
    hint: `log in again: ${login}`,
  });
}

/** How the team client changed since the profile was made with it, or undefined. */
function teamClientChange(env: NodeJS.ProcessEnv, profile: Profile): string | undefined {
  const name = clientOf(profile)!;
  const now = readTeamFile(env)?.team.clients[name];
  if (!now) return `the team client "${name}" is no longer in the team file`;
  if (now.clientId !== profile.team!.clientId) return `your administrator replaced the team client "${name}" (client id ${profile.team!.clientId} → ${now.clientId})`;
  if ((now.secretVersion ?? 0) !== (profile.team!.secretVersion ?? 0)) return `your administrator rotated the secret of the team client "${name}" (secret version ${profile.team!.secretVersion ?? 0} → ${now.secretVersion ?? 0})`;
  return undefined;
}

const providerTitle = (p: Profile) => (isZohoProfile(p) ? 'Zoho' : p.provider);
