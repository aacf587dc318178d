import { AuthctlError, ExitCode } from '../errors.js';
import type { Context } from '../io/context.js';
import { describeExpiry, formatTable } from '../io/table.js';
import { resolveClient } from '../profiles/clients.js';
import { ConfigStore } from '../profiles/config.js';
import { type Config, isApiKeyProfile, isZohoProfile } from '../profiles/model.js';
import { type ProfileSelection, selectProfile } from '../profiles/select.js';
import type { StoredCredential } from '../secrets/credential.js';
import { SecretStores } from '../secrets/resolve.js';
import { StoreUnavailableError } from '../secrets/store.js';
import { loginCommand, profileSource } from '../tokens/profile-source.js';

export interface StatusOptions extends ProfileSelection {
  json?: boolean;
}

type State = 'valid' | 'expired' | 'api key' | 'needs login' | 'client missing' | 'store unavailable';

interface ProfileStatus {
  profile: string;
  state: State;
  /** Whether `authctl token` can get an access token without a new login (as far as is known offline). */
  usable: boolean;
  accessTokenExpiresAt: string | null;
  store: string;
  detail: string;
}

/**
 * What each profile can do right now, from the stores alone (no network): exits 1
 * when any profile asked about cannot give a token. Never shows a secret.
 */
export async function run(ctx: Context, opts: StatusOptions): Promise<number> {
  const config = await new ConfigStore(ctx).load();
  // Without --profile or --org: every profile, not just the default one.
  const names = opts.profile ?? opts.org ? [selectProfile(config, opts, ctx.env).name] : Object.keys(config.profiles);
  if (names.length === 0) {
    throw new AuthctlError('no profiles yet', { exitCode: ExitCode.notFound, hint: 'log in first: authctl login --org <org>' });
  }
  const stores = new SecretStores(ctx);
  const statuses: ProfileStatus[] = [];
  for (const name of names) statuses.push(await statusOf(ctx, config, stores, name));

  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify(statuses, null, 2)}\n`);
  } else {
    const c = ctx.stdoutColor;
    const rows = statuses.map((s) => [s.profile, s.usable ? c.green(s.state) : c.red(s.state), s.store, s.detail]);
    ctx.stdout.write(formatTable(['PROFILE', 'STATE', 'STORE', 'DETAIL'], rows, c.bold));
  }
  return statuses.every((s) => s.usable) ? ExitCode.ok : ExitCode.failure;
}

async function statusOf(ctx: Context, config: Config, stores: SecretStores, name: string): Promise<ProfileStatus> {
  const profile = config.profiles[name]!;
  const base = { profile: name, store: profile.store, accessTokenExpiresAt: null };
  const unusable = (state: State, detail: string): ProfileStatus => ({ ...base, state, usable: false, detail });
  let credential: StoredCredential;
  try {
    credential = await profileSource(ctx, config, name, profile).read();
  } catch (err) {
    if (err instanceof StoreUnavailableError) return unusable('store unavailable', err.reason);
    if (err instanceof AuthctlError && err.exitCode === ExitCode.loginRequired) {
      return unusable('needs login', `${err.message}; log in again: ${loginCommand(name, profile)}`);
    }
    throw err;
  }
  if (isApiKeyProfile(profile)) {
    return credential.accessToken === undefined
      ? unusable('needs login', `no API key is stored; log in again: ${loginCommand(name, profile)}`)
      : { ...base, state: 'api key', usable: true, detail: 'an API key (it does not expire)' };
  }
  try {
    await resolveClient(stores, config, ctx.env, profile.client, isZohoProfile(profile) ? profile.dc : undefined);
  } catch (err) {
    if (err instanceof StoreUnavailableError) return unusable('store unavailable', err.reason);
    if (err instanceof AuthctlError) return unusable('client missing', err.message);
    throw err;
  }
  const expiresAt = credential.accessTokenExpiresAt;
  const iso = expiresAt === undefined ? null : new Date(expiresAt).toISOString();
  if (credential.accessToken !== undefined && iso !== null && expiresAt! > ctx.now()) {
    return { ...base, accessTokenExpiresAt: iso, state: 'valid', usable: true, detail: `access token valid until ${iso} (${describeExpiry(iso, ctx.now())})` };
  }
  return {
    ...base,
    accessTokenExpiresAt: iso,
    state: 'expired',
    usable: true,
    detail: 'access token expired; the next authctl token refreshes it',
  };
}
