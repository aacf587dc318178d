import { AuthctlError } from '../errors.js';
import type { Context } from '../io/context.js';
import { decodeCredential, encodeCredential, type StoredCredential } from '../secrets/credential.js';
import { profileLock, withRefreshLock } from '../secrets/lock.js';
import type { SecretStores } from '../secrets/resolve.js';
import type { SecretStore } from '../secrets/store.js';
import { updateTokenCopy } from '../secrets/token-copy.js';
import { ConfigStore } from './config.js';
import { type ApiKeyProfile, isApiKeyProfile, isZohoProfile, nameFromOrg, type OAuthProfile, placeOf, type Profile, type ZohoProfile } from './model.js';

/** The credential a new login replaced, for the caller to revoke once the new one is safe. */
export interface ReplacedCredential {
  refreshToken: string;
  /** The profile it belonged to, as it was: where to revoke it. */
  profile: ZohoProfile | OAuthProfile;
}

export interface SaveOptions {
  /** Let the credential repoint an existing profile to another org (--replace). */
  replace: boolean;
  /** The command being run, for the hints: "authctl login" or "authctl import --stdin". */
  command: string;
  /** What happens to the refused credential, for the hint: "the new token was revoked". */
  discarded?: string;
}

/**
 * Stores a fresh login as profile `name`: the secret first, then the metadata,
 * then drops the old secret entry if the key or store moved. On any failure the
 * previous profile is left (or put back) as it was. An existing profile keeps
 * meaning the org it was made for: a credential of another org is refused
 * unless `replace`.
 */
export function saveProfile(
  ctx: Context,
  stores: SecretStores,
  name: string,
  profile: Profile,
  credential: StoredCredential,
  store: SecretStore,
  options: SaveOptions,
): Promise<ReplacedCredential | undefined> {
  // Under the profile's refresh lock: a refresh in flight must not write the old token back over the new one.
  return withRefreshLock(profileLock(ctx.env, name), async () => {
    const configStore = new ConfigStore(ctx);
    const config = await configStore.load();
    // Two profiles sharing a key would overwrite each other's tokens.
    const holder = Object.entries(config.profiles).find(([n, p]) => n !== name && p.key === profile.key && p.store === profile.store);
    if (holder) {
      throw new AuthctlError(`this ${isZohoProfile(profile) ? 'org and environment are' : 'account is'} already stored as profile "${holder[0]}"`, {
        // Worded for both login and import, which both take --profile.
        hint: `replace it by giving --profile ${holder[0]}, or log out of it first: authctl logout ${holder[0]}`,
      });
    }

    const existing = config.profiles[name];
    if (existing && !options.replace && !sameOrg(existing, profile)) throw orgChanged(name, existing, profile, options);
    const existingStore = existing ? stores.get(existing.store) : undefined;
    let previousValue: string | undefined;
    if (existing) {
      try {
        previousValue = await existingStore!.get(existing.key);
      } catch (err) {
        ctx.warn(`could not read the previous credential of profile "${name}" (${(err as Error).message}); it will not be revoked`);
      }
    }
    const sameEntry = existing !== undefined && existing.key === profile.key && existing.store === profile.store;

    await store.set(profile.key, encodeCredential(credential));
    try {
      await configStore.update((c) => {
        c.profiles[name] = profile;
      });
      await updateTokenCopy(ctx.env, configStore.dir, name, profile, credential, ctx.warn);
    } catch (err) {
      // Put the secret entry back as it was, so the old profile still works.
      if (sameEntry && previousValue !== undefined) await store.set(profile.key, previousValue).catch(() => {});
      else await store.delete(profile.key).catch(() => {});
      throw err;
    }

    const sharedOldEntry = Object.entries(config.profiles).some(
      ([n, p]) => n !== name && existing !== undefined && p.key === existing.key && p.store === existing.store,
    );
    if (existing && !sameEntry && !sharedOldEntry) {
      await existingStore!.delete(existing.key).catch((err: Error) => {
        ctx.warn(`could not delete the previous secret entry ${existing.key} from ${existingStore!.location}: ${err.message}`);
      });
    }

    if (!existing || previousValue === undefined) return undefined;
    try {
      const { refreshToken } = decodeCredential(name, previousValue);
      return refreshToken === undefined || isApiKeyProfile(existing) ? undefined : { refreshToken, profile: existing };
    } catch {
      return undefined;
    }
  });
}

/**
 * Whether two profiles are the same org: the same provider and place (Zoho's data
 * centre and environment, another provider's variables), and the same org id when
 * both know it (scopes that cannot read the org leave it unknown).
 */
function sameOrg(a: Profile, b: Profile): boolean {
  if (a.provider !== b.provider) return false;
  if (isZohoProfile(a) && isZohoProfile(b) && (a.dc !== b.dc || a.environment !== b.environment)) return false;
  if (!isZohoProfile(a) && !isZohoProfile(b) && (isApiKeyProfile(a) !== isApiKeyProfile(b) || JSON.stringify(sortedVariables(a)) !== JSON.stringify(sortedVariables(b)))) return false;
  return a.orgId === undefined || b.orgId === undefined || a.orgId === b.orgId;
}

const sortedVariables = (p: OAuthProfile | ApiKeyProfile) => Object.entries(placeOf(p)).sort(([x], [y]) => x.localeCompare(y));

/** "Acme Inc (700001, production, data centre com)", or "00D… (salesforce, login_host=test.salesforce.com)". */
function describeOrg(p: Profile): string {
  const label = p.orgName ?? (p.orgId ? `org ${p.orgId}` : 'an org');
  const where = isZohoProfile(p) ? `${p.environment}, data centre ${p.dc}` : [p.provider, ...sortedVariables(p).map(([k, v]) => `${k}=${v}`)].join(', ');
  return `${label} (${p.orgId && p.orgName ? `${p.orgId}, ` : ''}${where})`;
}

function orgChanged(name: string, existing: Profile, chosen: Profile, o: SaveOptions): AuthctlError {
  const own = (chosen.orgName && nameFromOrg(chosen.orgName)) || `${name}-${isZohoProfile(chosen) ? chosen.environment : 'new'}`;
  return new AuthctlError(`profile "${name}" is ${describeOrg(existing)}, but you chose ${describeOrg(chosen)}`, {
    hint:
      `profile "${name}" is unchanged${o.discarded ? ` and ${o.discarded}` : ''}. To use that org, store it as its own profile: ` +
      `${o.command} --profile ${own}; to repoint "${name}" to it on purpose: ${o.command} --profile ${name} --replace`,
  });
}
