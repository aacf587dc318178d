import { text } from 'node:stream/consumers';
import { AuthctlError, ExitCode, usageError } from '../errors.js';
import type { Context } from '../io/context.js';
import {
  type ApiKeyPortable,
  decodeAuthUrl,
  decodeExported,
  isApiKeyPortable,
  isZohoPortable,
  type OAuthPortable,
  type PortableCredential,
  portableProfileName,
  type ZohoPortable,
} from '../profiles/auth-url.js';
import { isOAuthSpec } from '../providers/spec.js';
import { portableSpec } from '../profiles/portable-oauth.js';
import { ENV_CLIENT } from '../profiles/clients.js';
import { ConfigStore } from '../profiles/config.js';
import { clientKey, type Config, isValidName, NAME_RULE, normalizeName, type ApiKeyProfile, apiKeyProfileKey, isZohoProfile, oauthProfileKey, type Profile, profileKey, type StoreKind } from '../profiles/model.js';
import { saveProfile } from '../profiles/save.js';
import { loadDataCentres } from '../providers/zoho.js';
import { NEVER_EXPIRES_AT, type StoredCredential } from '../secrets/credential.js';
import { SecretStores } from '../secrets/resolve.js';
import type { SecretStore } from '../secrets/store.js';
import { portableGrant, refreshAccessToken } from '../tokens/refresh.js';

export interface ImportOptions {
  profile?: string;
  store?: string;
  stdin?: boolean;
  fromEnv?: boolean;
  /** False with --no-verify. */
  verify?: boolean;
  replace?: boolean;
}

/**
 * Stores what `authctl export` printed as a profile on this machine: checked
 * part by part, then (unless --no-verify) refreshed once at its accounts server,
 * and only then written. A failed import leaves every existing profile as it was.
 */
export async function run(ctx: Context, opts: ImportOptions): Promise<void> {
  if (Boolean(opts.stdin) === Boolean(opts.fromEnv)) {
    throw usageError('give one of --stdin and --from-env', 'authctl export --profile NAME | authctl import --stdin, or authctl import --from-env with AUTHCTL_AUTH_URL set');
  }
  const asked = opts.profile === undefined ? undefined : normalizeName(opts.profile);
  if (asked !== undefined && !isValidName(asked)) throw usageError(`invalid --profile "${asked}"`, `use ${NAME_RULE}`);
  const config = await new ConfigStore(ctx).load();
  const table = await loadDataCentres(ctx.env, config);
  const label = opts.stdin ? 'the value on stdin' : 'AUTHCTL_AUTH_URL';
  const credential = opts.stdin ? decodeExported(await readStdin(ctx), label, table) : decodeAuthUrl(authUrlFromEnv(ctx.env), label, table);
  // Named as login would name it: after the org, else the environment (Zoho) or the provider.
  const name = asked ?? portableProfileName(credential);

  const stores = new SecretStores(ctx);
  // Chosen (and a keychain probed) before the check spends one of Zoho's token creations.
  const store = await stores.forNewSecret(opts.store ?? (ctx.env.AUTHCTL_STORE || undefined) ?? config.profiles[name]?.store);
  if (isApiKeyPortable(credential)) return importApiKey(ctx, stores, config, credential, name, store, opts);
  const stored: StoredCredential =
    credential.refreshToken === undefined
      ? // An access token that never expires: nothing to check it with but the API itself.
        { accessToken: (credential as OAuthPortable).accessToken!, accessTokenExpiresAt: NEVER_EXPIRES_AT }
      : opts.verify === false
        ? { refreshToken: credential.refreshToken }
        : await verify(ctx, credential, credential.refreshToken, label, name);
  const client = await clientFor(ctx, stores, config, credential, name, store);
  const profile = describeProfile(ctx, credential, client.name, store, stored, name);
  let replaced;
  try {
    replaced = await saveProfile(ctx, stores, name, profile, stored, store, {
      replace: opts.replace === true,
      command: `authctl import ${opts.stdin ? '--stdin' : '--from-env'}`,
    });
  } catch (err) {
    if (client.created) await forgetClient(ctx, store, client.name);
    throw err;
  }

  const org = profile.orgId ? `org ${profile.orgName ?? profile.orgId} (${profile.orgId})` : profile.org ? `org "${profile.org}"` : 'an org';
  const where = isZohoProfile(profile) ? `${profile.environment} environment, data centre ${profile.dc}` : `provider ${profile.provider}`;
  const title = isZohoPortable(credential) ? 'Zoho' : portableSpec(credential).title;
  ctx.info(`${ctx.color.green('Imported:')} profile ${ctx.color.bold(name)} → ${org}, ${where}; refresh token stored in ${store.location}, client "${client.name}".`);
  ctx.info(stored.accessToken ? `  checked: ${title} issued an access token for it` : '  not checked (--no-verify): the first authctl token will tell');
  // Unlike a login, an import does not revoke the token it replaces: it may be the one another machine or CI still uses.
  if (replaced && replaced.refreshToken !== stored.refreshToken) {
    ctx.warn(
      `the previous refresh token of profile "${name}" was not revoked; remove it ${isZohoPortable(credential) ? 'under Connected Apps in your Zoho account' : `in your ${title} account settings`} if nothing uses it`,
    );
  }
}

/** An API key: stored as it is (its provider's check runs at login; here the first API call will tell). */
async function importApiKey(ctx: Context, stores: SecretStores, config: Config, c: ApiKeyPortable, name: string, store: SecretStore, opts: ImportOptions): Promise<void> {
  if (c.method && !config.providers?.[c.provider]) {
    // A provider the user added on the exporting machine comes along with its key.
    await new ConfigStore(ctx).update((cfg) => {
      if (!cfg.providers?.[c.provider]) cfg.providers = { ...cfg.providers, [c.provider]: { title: c.provider, type: 'apiKey', apiKey: c.method! } };
    });
  }
  const now = new Date(ctx.now()).toISOString();
  const profile: ApiKeyProfile = {
    provider: c.provider,
    key: apiKeyProfileKey(c.provider, name),
    auth: 'apiKey',
    ...(Object.keys(c.fields).length > 0 ? { fields: c.fields } : {}),
    apiBase: c.apiBase,
    ...(c.org ? { org: c.org } : {}),
    ...(c.orgId ? { orgId: c.orgId } : {}),
    scopes: [],
    store: store.kind as StoreKind,
    createdAt: now,
    accessTokenExpiresAt: new Date(NEVER_EXPIRES_AT).toISOString(),
  };
  await saveProfile(ctx, stores, name, profile, { accessToken: c.apiKey, accessTokenExpiresAt: NEVER_EXPIRES_AT }, store, {
    replace: opts.replace === true,
    command: `authctl import ${opts.stdin ? '--stdin' : '--from-env'}`,
  });
  ctx.info(`${ctx.color.green('Imported:')} profile ${ctx.color.bold(name)} → an API key of provider ${c.provider}, stored in ${store.location}.`);
}

async function readStdin(ctx: Context): Promise<string> {
  if (ctx.stdinIsTTY) {
    throw usageError('--stdin reads the value from a pipe, and stdin is a terminal', 'pipe it in (authctl export --profile NAME | authctl import --stdin), or use --from-env');
  }
  const value = await text(ctx.stdin);
  if (value.trim() === '') throw usageError('nothing was read on stdin', 'pipe in what authctl export printed');
  return value;
}

function authUrlFromEnv(env: NodeJS.ProcessEnv): string {
  const value = env.AUTHCTL_AUTH_URL;
  if (!value?.trim()) throw usageError(`AUTHCTL_AUTH_URL is ${value === undefined ? 'not set' : 'empty'}`, 'set it to what authctl export printed, or use --stdin');
  return value;
}

/** One refresh: the value works, and the profile starts with a fresh access token. */
async function verify(ctx: Context, c: PortableCredential, refreshToken: string, label: string, name: string): Promise<StoredCredential> {
  try {
    const tokens = await refreshAccessToken(ctx, portableGrant(c, label, `authctl login --org ${name}`), refreshToken);
    // A new refresh token in the answer (rotation) replaces the imported one, which the server has revoked.
    return { refreshToken: tokens.refreshToken ?? refreshToken, accessToken: tokens.accessToken, accessTokenExpiresAt: tokens.expiresAt };
  } catch (err) {
    if (!(err instanceof AuthctlError)) throw err;
    throw new AuthctlError(`${err.message}; nothing was imported`, {
      exitCode: err.exitCode,
      hint:
        err.exitCode === ExitCode.loginRequired
          ? `export it again from a profile that works (authctl export --profile NAME), or log in here: authctl login --org ${name}`
          : err.hint,
      cause: err,
    });
  }
}

/**
 * The registered client to refresh with: one with the same client id and secret
 * if there is one, else a new client named after the profile. An existing client
 * is never changed, so the profiles already using it keep working.
 */
async function clientFor(
  ctx: Context,
  stores: SecretStores,
  config: Config,
  c: ZohoPortable | OAuthPortable,
  profileName: string,
  store: SecretStore,
): Promise<{ name: string; created: boolean }> {
  for (const [name, client] of Object.entries(config.clients)) {
    if (client.provider !== c.provider || client.clientId !== c.clientId) continue;
    if (client.public) {
      if (c.clientSecret === undefined) return { name, created: false };
      continue;
    }
    const secret = await stores
      .get(client.store!)
      .get(client.key!)
      .catch(() => undefined);
    if (secret === c.clientSecret) return { name, created: false };
  }
  const spec = isZohoPortable(c) ? undefined : c.spec;
  const known = spec ? config.providers?.[c.provider] : undefined;
  if (spec && known && (!isOAuthSpec(known) || known.tokenEndpoint !== spec.tokenEndpoint)) {
    throw new AuthctlError(`the value is for a provider "${c.provider}" whose token endpoint (${spec.tokenEndpoint}) is not the one of the provider of that name here`, {
      hint: 'remove or rename the provider here (authctl provider remove), or import on another machine',
    });
  }
  let name = profileName;
  for (let n = 2; name in config.clients || name === ENV_CLIENT; n++) name = `${profileName.slice(0, 60)}-${n}`;
  const key = clientKey(name);
  // The secret first: a client in config.json never points at a missing secret.
  if (c.clientSecret !== undefined) await store.set(key, c.clientSecret);
  await new ConfigStore(ctx).update((cfg) => {
    // A provider the user added on the exporting machine comes along with its first client.
    if (spec && !cfg.providers?.[c.provider]) cfg.providers = { ...cfg.providers, [c.provider]: spec };
    cfg.clients[name] = {
      provider: c.provider,
      clientId: c.clientId,
      ...(isZohoPortable(c) ? { dc: c.dc } : {}),
      ...(c.clientSecret === undefined ? { public: true } : { store: store.kind as StoreKind, key }),
      createdAt: new Date(ctx.now()).toISOString(),
    };
  });
  return { name, created: true };
}

async function forgetClient(ctx: Context, store: SecretStore, name: string): Promise<void> {
  try {
    await new ConfigStore(ctx).update((cfg) => {
      delete cfg.clients[name];
    });
    await store.delete(clientKey(name));
  } catch (err) {
    ctx.warn(`could not remove client "${name}", added for this import: ${(err as Error).message}; remove it with authctl client remove ${name}`);
  }
}

/** The profile metadata, as a login of the same org would record it. */
function describeProfile(ctx: Context, c: ZohoPortable | OAuthPortable, client: string, store: SecretStore, stored: StoredCredential, name: string): Profile {
  const now = new Date(ctx.now()).toISOString();
  const refreshed =
    stored.accessTokenExpiresAt !== undefined ? { refreshedAt: now, accessTokenExpiresAt: new Date(stored.accessTokenExpiresAt).toISOString() } : {};
  if (!isZohoPortable(c)) {
    return {
      provider: c.provider,
      key: oauthProfileKey(c.provider, c.variables, c.orgId, name),
      client,
      ...(Object.keys(c.variables).length > 0 ? { variables: c.variables } : {}),
      apiBase: c.apiBase,
      ...(c.org ? { org: c.org } : {}),
      ...(c.orgId ? { orgId: c.orgId } : {}),
      scopes: c.scopes,
      store: store.kind as StoreKind,
      createdAt: now,
      ...refreshed,
    };
  }
  // Optional fields are left out rather than undefined: the config validator checks every present field.
  const identity = {
    provider: c.provider,
    dc: c.dc,
    ...(c.portal ? { portal: c.portal } : {}),
    ...(c.org ? { org: c.org } : {}),
    ...(c.orgId ? { orgId: c.orgId } : {}),
    environment: c.environment,
  };
  return {
    ...identity,
    key: profileKey(identity),
    client,
    accountsServer: c.accountsServer,
    apiDomain: c.apiDomain,
    ...(c.orgName ? { orgName: c.orgName } : {}),
    scopes: c.scopes,
    store: store.kind as StoreKind,
    createdAt: now,
    ...refreshed,
  };
}
