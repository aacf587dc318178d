import { AuthctlError, ExitCode } from '../errors.js';
import type { Context } from '../io/context.js';
import { ConfigStore } from '../profiles/config.js';
import { type Config, isEnvironment, type Profile } from '../profiles/model.js';
import { type ProfileSelection, selectProfile } from '../profiles/select.js';
import { DEFAULT_DC } from '../providers/zoho.js';
import { decodeCredential, encodeCredential } from '../secrets/credential.js';
import { profileLock } from '../secrets/lock.js';
import { SecretStores } from '../secrets/resolve.js';
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

/** The `authctl login` that gives this profile a new refresh token for the same org, environment and data centre. */
export function loginCommand(name: string, profile: Profile): string {
  const org = profile.org ?? name;
  const parts = ['authctl login', `--org ${org}`];
  if (name !== org) parts.push(`--profile ${name}`);
  // login takes the environment from --org when it names one, else production.
  if (profile.environment !== (isEnvironment(org) ? org : 'production')) parts.push(`--env ${profile.environment}`);
  if (profile.dc !== DEFAULT_DC) parts.push(`--dc ${profile.dc}`);
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
  return {
    label: `profile "${name}"`,
    loginCommand: login,
    lock: profileLock(ctx.env, name),

    async read() {
      const value = await store.get(profile.key);
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
      const { refreshProfileToken } = await import('./refresh.js');
      return refreshProfileToken(ctx, { stores, config, name, profile, loginCommand: login }, refreshToken);
    },

    async save(credential) {
      await store.set(profile.key, encodeCredential(credential));
      // The credential is safe; the metadata only feeds `list` and `status`.
      try {
        await new ConfigStore(ctx).update((c) => {
          const p = c.profiles[name];
          // Logged out, or logged in again as someone else, while we refreshed: leave it.
          if (!p || p.key !== profile.key) return;
          p.refreshedAt = new Date(ctx.now()).toISOString();
          if (credential.accessTokenExpiresAt !== undefined) {
            p.accessTokenExpiresAt = new Date(credential.accessTokenExpiresAt).toISOString();
          }
        });
      } catch (err) {
        ctx.warn(`the new token is saved, but config.json was not updated: ${(err as Error).message}`);
      }
    },
  };
}
