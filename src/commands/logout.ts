import { AuthctlError, usageError } from '../errors.js';
import type { Context } from '../io/context.js';
import { ConfigStore } from '../profiles/config.js';
import { unknownProfile } from '../profiles/select.js';
import { SecretStores } from '../secrets/resolve.js';

export interface LogoutOptions {
  all?: boolean;
  profile?: string;
  org?: string;
}

/**
 * Deletes profiles: secrets first, then metadata, so a store that fails leaves
 * the profile listed and the command can simply be run again.
 */
export async function run(ctx: Context, name: string | undefined, opts: LogoutOptions): Promise<void> {
  const configStore = new ConfigStore(ctx);
  const config = await configStore.load();
  const known = Object.keys(config.profiles);
  const target = name ?? opts.profile ?? opts.org;
  if (opts.all && target) throw usageError('give a profile name or --all, not both');
  if (!opts.all && !target) throw usageError('which profile?', 'authctl logout NAME, or authctl logout --all');
  const names = opts.all ? known : [target!];
  for (const n of names) if (!config.profiles[n]) throw unknownProfile(n, known);
  if (names.length === 0) {
    ctx.info('No profiles to log out of.');
    return;
  }

  const stores = new SecretStores(ctx);
  for (const n of names) {
    const profile = config.profiles[n]!;
    const store = stores.get(profile.store);
    try {
      await store.delete(profile.key);
    } catch (err) {
      throw new AuthctlError(`could not delete the secrets of profile "${n}" from ${store.location}`, {
        hint: `${err instanceof AuthctlError ? `${err.message}; ` : ''}the profile is kept, run authctl logout ${n} again`,
        cause: err,
      });
    }
    await configStore.update((c) => {
      delete c.profiles[n];
      if (c.defaultProfile === n) delete c.defaultProfile;
    });
    ctx.info(`Logged out of ${ctx.color.bold(n)}: secrets deleted from ${store.location}.`);
  }
}
