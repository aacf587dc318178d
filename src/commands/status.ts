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
import { ciCredentialIsSet, openCredential } from '../tokens/open.js';
import { loginCommand, profileSource } from '../tokens/profile-source.js';
import { type CredentialSource, isSharedCacheError } from '../tokens/source.js';
import type { SharedState } from '../tokens/shared-access.js';

export interface StatusOptions extends ProfileSelection {
  json?: boolean;
}

type State = 'valid' | 'expired' | 'api key' | 'needs login' | 'client missing' | 'store unavailable';

interface CredentialStatus {
  /** The profile's name; null for CI mode's credential. */
  profile: string | null;
  /** CI mode's credential: the variable it comes from. */
  ci?: 'AUTHCTL_AUTH_URL' | 'AUTHCTL_REFRESH_TOKEN';
  state: State;
  /** Whether `authctl token` can get an access token without a new login (as far as is known offline). */
  usable: boolean;
  accessTokenExpiresAt: string | null;
  store: string;
  detail: string;
  /** With AUTHCTL_CACHE_URL: what Redis holds for this credential, or why it could not be read. */
  sharedCache?: SharedState | { error: string };
}

/**
 * What each credential can do right now: CI mode's (when set, and no profile is
 * named) and each profile's, from the stores alone, plus the shared cache's entry
 * when AUTHCTL_CACHE_URL is set (the only network call). Exits 1 when any
 * credential asked about cannot give a token. Never shows a secret.
 */
export async function run(ctx: Context, opts: StatusOptions): Promise<number> {
  const config = await new ConfigStore(ctx).load();
  const named = opts.profile ?? opts.org;
  // Without --profile or --org: every profile, not just the default one.
  const names = named ? [selectProfile(config, opts, ctx.env).name] : Object.keys(config.profiles);
  const ci = !named && ciCredentialIsSet(ctx.env);
  if (names.length === 0 && !ci) {
    throw new AuthctlError('no profiles yet', { exitCode: ExitCode.notFound, hint: 'log in first: authctl login --org <org>' });
  }
  const stores = new SecretStores(ctx);
  const statuses: CredentialStatus[] = [];
  if (ci) statuses.push(await ciStatus(ctx));
  for (const name of names) statuses.push(await statusOf(ctx, config, stores, name));

  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify(statuses, null, 2)}\n`);
  } else {
    const c = ctx.stdoutColor;
    const rows = statuses.map((s) => [s.profile ?? `(${s.ci})`, s.usable ? c.green(s.state) : c.red(s.state), s.store, detailOf(s, ctx.now())]);
    ctx.stdout.write(formatTable(['PROFILE', 'STATE', 'STORE', 'DETAIL'], rows, c.bold));
  }
  return statuses.every((s) => s.usable) ? ExitCode.ok : ExitCode.failure;
}

async function statusOf(ctx: Context, config: Config, stores: SecretStores, name: string): Promise<CredentialStatus> {
  const profile = config.profiles[name]!;
  const base = { profile: name, store: profile.store, accessTokenExpiresAt: null };
  const unusable = (state: State, detail: string): CredentialStatus => ({ ...base, state, usable: false, detail });
  const source = profileSource(ctx, config, name, profile);
  let credential: StoredCredential;
  try {
    credential = await source.read();
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
  if (ctx.env.AUTHCTL_CACHE_URL) {
    const { sharedCacheAccess } = await import('../tokens/shared-access.js');
    source.shared = sharedCacheAccess(ctx, source, profile.provider);
  }
  return { ...base, ...(await tokenState(ctx, credential, source)) };
}

/** CI mode's credential, as token, exec and api would use it: its variable, its job's cache file, the shared cache. */
async function ciStatus(ctx: Context): Promise<CredentialStatus> {
  const ci = ctx.env.AUTHCTL_AUTH_URL !== undefined ? 'AUTHCTL_AUTH_URL' : 'AUTHCTL_REFRESH_TOKEN';
  const base = { profile: null, ci, store: 'env', accessTokenExpiresAt: null } as const;
  try {
    const target = await openCredential(ctx, {});
    const credential = await target.source.read();
    if (target.apiKey) return { ...base, state: 'api key', usable: true, detail: 'an API key (it does not expire)' };
    return { ...base, ...(await tokenState(ctx, credential, target.source)) };
  } catch (err) {
    if (!(err instanceof AuthctlError)) throw err;
    return { ...base, state: 'needs login', usable: false, detail: `${err.message}; ${err.hint ?? 'export the credential again'}` };
  }
}

/** Valid or expired, from the cached access token; and the shared cache's entry when there is one. */
async function tokenState(
  ctx: Context,
  credential: StoredCredential,
  source: CredentialSource,
): Promise<Pick<CredentialStatus, 'state' | 'usable' | 'accessTokenExpiresAt' | 'detail' | 'sharedCache'>> {
  const expiresAt = credential.accessTokenExpiresAt;
  const iso = expiresAt === undefined ? null : new Date(expiresAt).toISOString();
  const own =
    credential.accessToken !== undefined && iso !== null && expiresAt! > ctx.now()
      ? { accessTokenExpiresAt: iso, state: 'valid' as const, usable: true, detail: `access token valid until ${iso} (${describeExpiry(iso, ctx.now())})` }
      : {
          accessTokenExpiresAt: iso,
          state: 'expired' as const,
          usable: true,
          detail: credential.accessToken === undefined ? 'no access token here yet; the next authctl token gets one' : 'access token expired; the next authctl token refreshes it',
        };
  if (!source.shared || credential.refreshToken === undefined) return own;
  const { readSharedState } = await import('../tokens/shared-access.js');
  try {
    return { ...own, sharedCache: await readSharedState(source.shared, credential.refreshToken) };
  } catch (err) {
    if (!isSharedCacheError(err)) throw err;
    return { ...own, sharedCache: { error: (err as Error).message } };
  }
}

/** The table's detail: the local state, then the shared cache's. */
function detailOf(s: CredentialStatus, now: number): string {
  const shared = s.sharedCache;
  if (!shared) return s.detail;
  if ('error' in shared) return `${s.detail}; shared cache: ${shared.error}`;
  const entry = shared.accessTokenExpiresAt ? `valid until ${shared.accessTokenExpiresAt} (${describeExpiry(shared.accessTokenExpiresAt, now)})` : 'no token';
  const budget = shared.budget ? `, ${shared.budget.used} of ${shared.budget.limit} token creations in the last ${shared.budget.windowMinutes} min` : '';
  return `${s.detail}; shared cache: ${entry}${budget}`;
}
