import { AuthctlError, ExitCode, usageError } from '../errors.js';
import type { Context } from '../io/context.js';
import { ConfigStore } from '../profiles/config.js';
import { removeStrayTempFiles } from '../profiles/files.js';
import { deleteTokenCopy } from '../secrets/token-copy.js';
import { type Config, isApiKeyProfile, normalizeName, type Profile } from '../profiles/model.js';
import { selectedName, unknownProfile } from '../profiles/select.js';
import { decodeCredential } from '../secrets/credential.js';
import { profileLock, withRefreshLock } from '../secrets/lock.js';
import { SecretStores } from '../secrets/resolve.js';
import type { SecretStore } from '../secrets/store.js';
import { API_KEY_REVOCATION, type Revocation, revokeProfileToken } from '../tokens/revoke.js';

export interface LogoutOptions {
  all?: boolean;
  profile?: string;
  org?: string;
  /** Skip revocation at the accounts server: only forget the profile here. */
  local?: boolean;
}

/**
 * Logs out of profiles: revokes the refresh token at the profile's accounts
 * server (unless --local), then deletes the secrets whatever the server said,
 * then the metadata, so a store that fails leaves the profile listed and the
 * command can simply be run again. Exits 5 when a token could not be revoked.
 */
export async function run(ctx: Context, name: string | undefined, opts: LogoutOptions): Promise<number> {
  const configStore = new ConfigStore(ctx);
  const config = await configStore.load();
  const known = Object.keys(config.profiles);
  if (name !== undefined && opts.profile !== undefined && normalizeName(name) !== normalizeName(opts.profile)) {
    throw usageError(`logout ${name} and --profile ${opts.profile} name different profiles`, 'give one of the two');
  }
  const given = name !== undefined || opts.profile !== undefined || opts.org !== undefined;
  if (opts.all && given) throw usageError('give a profile name or --all, not both');
  if (!opts.all && !given) throw usageError('which profile?', 'authctl logout NAME, or authctl logout --all');
  const names = opts.all ? known : [selectedName(config, { profile: name ?? opts.profile, org: opts.org })!];
  for (const n of names) if (!config.profiles[n]) throw unknownProfile(n, known);
  if (opts.all) {
    // A killed authctl (SIGKILL, power loss) can leave a temporary file holding a secret.
    const stray = await removeStrayTempFiles(configStore.dir);
    if (stray > 0) ctx.info(`Removed ${stray} temporary file${stray > 1 ? 's' : ''} an interrupted authctl left in ${configStore.dir}.`);
  }
  if (names.length === 0) {
    ctx.info('No profiles to log out of.');
    return ExitCode.ok;
  }

  const stores = new SecretStores(ctx);
  const unrevoked: string[] = [];
  for (const n of names) {
    // Under the profile's refresh lock, so a refresh in flight cannot store its token again after we delete it.
    const revocation = await withRefreshLock(profileLock(ctx.env, n), () => logoutOne(ctx, configStore, config, stores, n, config.profiles[n]!, opts));
    // A provider with no way to revoke is said plainly, and is not a failure of this logout.
    if (!revocation.ok && !revocation.unsupported) unrevoked.push(config.profiles[n]!.provider);
  }
  if (unrevoked.length > 0) {
    ctx.warn(
      unrevoked.every((p) => p === 'zoho')
        ? 'a refresh token that could not be revoked stays valid at Zoho until you remove it under Connected Apps in your Zoho account'
        : "a refresh token that could not be revoked stays valid until you remove authctl's access in your account settings at the provider",
    );
    return ExitCode.server;
  }
  return ExitCode.ok;
}

/** Revokes (unless --local), then deletes one profile; resolves whether the refresh token is dealt with at the server. */
async function logoutOne(
  ctx: Context,
  configStore: ConfigStore,
  config: Config,
  stores: SecretStores,
  n: string,
  profile: Profile,
  opts: LogoutOptions,
): Promise<Revocation> {
  const store = stores.get(profile.store);
  const revocation: Revocation = opts.local ? { ok: true, text: 'not revoked (--local)' } : await revoke(ctx, config, stores, n, profile, store);
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
  await deleteTokenCopy(configStore.dir, n);
  const line = `Logged out of ${ctx.color.bold(n)}: ${isApiKeyProfile(profile) ? 'API key' : 'refresh token'} ${revocation.text}; secrets deleted from ${store.location}.`;
  if (revocation.ok || revocation.unsupported) ctx.info(line);
  else ctx.warn(line);
  return revocation;
}

/** Revokes the profile's refresh token; says what happened, never with the token. */
async function revoke(
  ctx: Context,
  config: Config,
  stores: SecretStores,
  name: string,
  profile: Profile,
  store: SecretStore,
): Promise<Revocation> {
  if (isApiKeyProfile(profile)) return API_KEY_REVOCATION;
  let stored: string | undefined;
  try {
    stored = await store.get(profile.key);
  } catch (err) {
    return { ok: false, text: `not revoked (it could not be read: ${(err as Error).message})` };
  }
  if (stored === undefined) return { ok: true, text: 'not revoked (none was stored)' };
  let refreshToken: string | undefined;
  try {
    refreshToken = decodeCredential(name, stored).refreshToken;
  } catch {
    return { ok: true, text: 'not revoked (the stored credential was unreadable)' };
  }
  if (refreshToken === undefined) {
    return { ok: false, unsupported: true, text: `not revoked (the provider issued an access token that never expires, and no way to revoke it: remove authctl's access in your account settings there)` };
  }
  return revokeProfileToken(ctx, config, stores, name, profile, refreshToken);
}
