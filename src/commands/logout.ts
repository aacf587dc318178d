import { AuthctlError, ExitCode, usageError } from '../errors.js';
import type { Context } from '../io/context.js';
import { OAuthError } from '../oauth/errors.js';
import { httpTimeoutMs } from '../oauth/http.js';
import { revokeToken } from '../oauth/token.js';
import { ConfigStore } from '../profiles/config.js';
import { removeStrayTempFiles } from '../profiles/files.js';
import { deleteTokenCopy } from '../secrets/token-copy.js';
import { normalizeName, type Profile } from '../profiles/model.js';
import { selectedName, unknownProfile } from '../profiles/select.js';
import { type DataCentre, endpoints, loadDataCentres, trustedAccountsServer } from '../providers/zoho.js';
import { decodeCredential } from '../secrets/credential.js';
import { profileLock, withRefreshLock } from '../secrets/lock.js';
import { SecretStores } from '../secrets/resolve.js';
import type { SecretStore } from '../secrets/store.js';

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
  const table = await loadDataCentres(ctx.env, config);
  let unrevoked = 0;
  for (const n of names) {
    // Under the profile's refresh lock, so a refresh in flight cannot store its token again after we delete it.
    const revoked = await withRefreshLock(profileLock(ctx.env, n), () => logoutOne(ctx, configStore, stores, table, n, config.profiles[n]!, opts));
    if (!revoked) unrevoked += 1;
  }
  if (unrevoked > 0) {
    ctx.warn('a refresh token that could not be revoked stays valid at Zoho until you remove it under Connected Apps in your Zoho account');
    return ExitCode.server;
  }
  return ExitCode.ok;
}

/** Revokes (unless --local), then deletes one profile; resolves whether the refresh token is dealt with at the server. */
async function logoutOne(
  ctx: Context,
  configStore: ConfigStore,
  stores: SecretStores,
  table: Record<string, DataCentre>,
  n: string,
  profile: Profile,
  opts: LogoutOptions,
): Promise<boolean> {
  const store = stores.get(profile.store);
  const revocation = opts.local ? { ok: true, text: 'not revoked (--local)' } : await revoke(ctx, n, profile, store, table);
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
  const line = `Logged out of ${ctx.color.bold(n)}: refresh token ${revocation.text}; secrets deleted from ${store.location}.`;
  if (revocation.ok) ctx.info(line);
  else ctx.warn(line);
  return revocation.ok;
}

/** Revokes the profile's refresh token; says what happened, never with the token. */
async function revoke(
  ctx: Context,
  name: string,
  profile: Profile,
  store: SecretStore,
  table: Record<string, DataCentre>,
): Promise<{ ok: boolean; text: string }> {
  let stored: string | undefined;
  try {
    stored = await store.get(profile.key);
  } catch (err) {
    return { ok: false, text: `not revoked (it could not be read: ${(err as Error).message})` };
  }
  if (stored === undefined) return { ok: true, text: 'not revoked (none was stored)' };
  let refreshToken: string;
  try {
    refreshToken = decodeCredential(name, stored).refreshToken;
  } catch {
    return { ok: true, text: 'not revoked (the stored credential was unreadable)' };
  }
  try {
    trustedAccountsServer(table, profile.accountsServer, profile.dc, `profile "${name}"`);
  } catch {
    return { ok: false, text: `not revoked (its accounts server ${profile.accountsServer} is not the one the data-centre table in force has for ${profile.dc})` };
  }
  try {
    await revokeToken(endpoints(profile.accountsServer).revoke, refreshToken, { timeoutMs: httpTimeoutMs(ctx.env) });
    return { ok: true, text: `revoked at ${profile.accountsServer}` };
  } catch (err) {
    // Zoho answers 400 for a token it does not know: already revoked, or deleted as the user's oldest.
    if (err instanceof OAuthError && err.status === 400) return { ok: true, text: `already invalid at ${profile.accountsServer}` };
    return { ok: false, text: `NOT revoked at ${profile.accountsServer} (${(err as Error).message})` };
  }
}
