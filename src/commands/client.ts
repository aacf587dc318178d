import { text } from 'node:stream/consumers';
import { AuthctlError, ExitCode, usageError } from '../errors.js';
import type { Context } from '../io/context.js';
import { promptSecret } from '../io/prompt.js';
import { formatTable } from '../io/table.js';
import { DEFAULT_REDIRECT_URI, parseLoopbackRedirectUri } from '../flows/redirect-uri.js';
import { allClients, ENV_CLIENT } from '../profiles/clients.js';
import { ConfigStore } from '../profiles/config.js';
import { clientKey, clientOf, type Config, dcSecretKey, isValidName, NAME_RULE, normalizeName, type OAuthClient, type StoreKind } from '../profiles/model.js';
import { parseVars } from '../providers/oauth2.js';
import { findProvider, isPreset, providerNames } from '../providers/registry.js';
import { readTeamFile, type TeamClient, teamFilePath, writeTeamClient } from '../profiles/team.js';
import { isOAuthSpec } from '../providers/spec.js';
import { dataCentre, DEFAULT_DC, loadDataCentres } from '../providers/zoho.js';
import { SecretStores } from '../secrets/resolve.js';

export interface ClientAddOptions {
  clientId: string;
  provider?: string;
  dc?: string;
  redirectUri?: string[];
  selfClient?: boolean;
  /** Accepted for scripts written for 0.1; every client now takes logins completed at any data centre. */
  multiDc?: boolean;
  clientSecretStdin?: boolean;
  store?: string;
  /** A public client: no secret (a native app registered without one). */
  public?: boolean;
  /** Write the client into this team file instead of this machine's config (an administrator's set-up). */
  teamFile?: string;
  /** In a team file: where each user's secret comes from. */
  secretEnv?: string;
  secretCommand?: string;
  secretKeychain?: boolean;
  /** In a team file: text every user sees at login. */
  instructions?: string;
  scope?: string;
  var?: string[];
}

/**
 * authctl client add: the client id and settings go to config.json, the client
 * secret (from a hidden prompt or stdin, never argv) to the secret store.
 */
export async function add(ctx: Context, rawName: string, opts: ClientAddOptions): Promise<void> {
  if (opts.teamFile !== undefined) return addTeamClient(ctx, normalizeName(rawName), opts);
  if ([opts.secretEnv, opts.secretCommand, opts.secretKeychain, opts.instructions, opts.scope, opts.var].some((v) => v !== undefined)) {
    throw usageError('--secret-env, --secret-command, --secret-keychain, --instructions, --scope and --var describe a team client', 'give --team-file PATH too');
  }
  const name = normalizeName(rawName);
  if (!isValidName(name)) throw usageError(`invalid client name "${name}"`, `use ${NAME_RULE}`);
  if (name === ENV_CLIENT) throw usageError(`"${ENV_CLIENT}" is reserved for AUTHCTL_CLIENT_ID / AUTHCTL_CLIENT_SECRET`, 'pick another name');
  const provider = opts.provider ?? 'zoho';
  const zoho = provider === 'zoho';
  checkClientId(opts.clientId);
  if (opts.selfClient && opts.redirectUri !== undefined) {
    throw usageError('a self client has no redirect URI', 'omit --redirect-uri, or register a server-based client for the browser login');
  }
  if (!zoho && (opts.selfClient || opts.dc !== undefined || opts.multiDc)) throw usageError('--self-client, --dc and --multi-dc are Zoho\'s', `omit them for provider ${provider}`);
  if (opts.public && (opts.clientSecretStdin || opts.store !== undefined)) throw usageError('a public client has no secret', 'omit --client-secret-stdin and --store');
  if (opts.public && zoho) throw usageError('Zoho clients have a secret', 'omit --public (Zoho clients are registered as server-based or self clients)');
  const redirectUris = opts.selfClient ? undefined : redirectUriList(opts.redirectUri ?? [DEFAULT_REDIRECT_URI]);

  const configStore = new ConfigStore(ctx);
  const config = await configStore.load();
  const spec = findProvider(config, provider);
  if (!spec) throw usageError(`unknown provider "${provider}"`, `use one of: ${providerNames(config).join(', ')} (or add it first: authctl provider add ${provider} --issuer URL)`);
  if (!isOAuthSpec(spec)) throw usageError(`${spec.title} takes API keys, not OAuth clients`, `log in with the key: authctl login --provider ${provider}`);
  if (opts.public && !spec.clientAuthMethods.includes('none')) {
    ctx.warn(`provider ${provider} does not list public clients (token_endpoint_auth_method "none"); its token endpoint may refuse this client`);
  }
  const dc = zoho ? dataCentre(await loadDataCentres(ctx.env, config), opts.dc ?? DEFAULT_DC).dc : undefined;
  const stores = new SecretStores(ctx);
  const previous = config.clients[name];
  let secretPlace: { store: StoreKind; key: string; location: string } | undefined;
  if (!opts.public) {
    const clientSecret = await readClientSecret(ctx, opts.clientSecretStdin === true, 'Client secret:');
    const store = await stores.forNewSecret(opts.store ?? (ctx.env.AUTHCTL_STORE || undefined) ?? previous?.store);
    // The new secret is written first: until the config points at it, the old client stays usable.
    await store.set(clientKey(name), clientSecret);
    secretPlace = { store: store.kind as StoreKind, key: clientKey(name), location: store.location };
  }
  const client: OAuthClient = {
    provider,
    clientId: opts.clientId,
    ...(dc !== undefined ? { dc } : {}),
    ...(redirectUris ? { redirectUris } : {}),
    ...(opts.selfClient ? { selfClient: true } : {}),
    ...(secretPlace ? { store: secretPlace.store, key: secretPlace.key } : { public: true }),
    createdAt: new Date(ctx.now()).toISOString(),
  };
  await configStore.update((c) => {
    c.clients[name] = client;
  });
  if (previous) await dropOldSecrets(ctx, stores, name, previous, client);

  const where = dc !== undefined ? `data centre ${dc}` : `provider ${provider}`;
  ctx.info(
    `${previous ? 'Replaced' : 'Added'} client ${ctx.color.bold(name)} (client id ${opts.clientId}, ${where}); ` +
      (secretPlace ? `its secret is in ${secretPlace.location}.` : 'a public client, with no secret.'),
  );
  if (previous) warnUsers(ctx, config, name, 'they refresh with the new client id and secret from now on');
  if (opts.multiDc) ctx.info('  --multi-dc is no longer needed: every client takes a login Zoho completes at any data centre.');
  const console = zoho ? 'the Zoho API console' : (spec.console ?? `${spec.title}'s client settings`);
  if (redirectUris) ctx.info(`Register ${redirectUris.length > 1 ? 'these redirect URIs' : 'this redirect URI'} for the client in ${console}: ${redirectUris.join(', ')}`);
  else ctx.info(`Log in with a code from the API console: authctl login --client ${name} --self-client`);
}

/**
 * client add --team-file: the administrator's set-up (seed 002's admin-managed
 * OAuth). The team file gets the client, where each user's secret comes from and
 * the defaults; never the secret itself.
 */
async function addTeamClient(ctx: Context, name: string, opts: ClientAddOptions): Promise<void> {
  if (!isValidName(name)) throw usageError(`invalid client name "${name}"`, `use ${NAME_RULE}`);
  checkClientId(opts.clientId);
  const provider = opts.provider ?? 'zoho';
  const config = await new ConfigStore(ctx).load();
  const spec = findProvider(config, provider);
  if (!spec || !isOAuthSpec(spec)) throw usageError(`"${provider}" is not an OAuth provider authctl knows`, `use one of: ${providerNames(config).join(', ')}`);
  if (spec && !isPreset(provider)) ctx.warn(`provider ${provider} is one you added: every user needs it too (authctl provider add), or use a built-in one`);
  const sources = [opts.secretEnv !== undefined, opts.secretCommand !== undefined, opts.secretKeychain === true, opts.public === true].filter(Boolean).length;
  if (sources !== 1) throw usageError('say where each user gets the secret: one of --secret-env VAR, --secret-command "CMD ARGS", --secret-keychain, or --public for a client without one');
  if (opts.clientSecretStdin || opts.store !== undefined || opts.selfClient) throw usageError('a team file holds no secret and no store: omit --client-secret-stdin, --store and --self-client');
  if (opts.secretEnv !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(opts.secretEnv)) throw usageError(`--secret-env ${opts.secretEnv} is not an environment variable name`);
  const command = opts.secretCommand?.trim().split(/\s+/).filter(Boolean);
  if (command !== undefined && command.length === 0) throw usageError('--secret-command is empty');
  const dc = provider === 'zoho' ? dataCentre(await loadDataCentres(ctx.env, config), opts.dc ?? DEFAULT_DC).dc : undefined;
  if (provider !== 'zoho' && opts.dc !== undefined) throw usageError('--dc is for Zoho clients');
  const variables = parseVars(opts.var ?? []);
  const client: TeamClient = {
    provider,
    clientId: opts.clientId,
    ...(dc !== undefined ? { dc } : {}),
    redirectUris: redirectUriList(opts.redirectUri ?? [DEFAULT_REDIRECT_URI]),
    ...(Object.keys(variables).length > 0 ? { variables } : {}),
    ...(opts.scope !== undefined ? { scopes: opts.scope.split(/[\s,]+/).filter(Boolean) } : {}),
    ...(opts.instructions !== undefined ? { instructions: opts.instructions } : {}),
    ...(opts.secretEnv !== undefined ? { secret: { env: opts.secretEnv } } : command ? { secret: { command } } : opts.secretKeychain ? { secret: { keychain: true as const } } : {}),
    secretVersion: 1,
  };
  const done = await writeTeamClient(opts.teamFile!, name, client);
  ctx.info(`${done === 'added' ? 'Added' : 'Replaced'} team client ${ctx.color.bold(name)} in ${opts.teamFile} (no secret is in it).`);
  ctx.info(`Share the file, and have users point AUTHCTL_TEAM_CONFIG at it (or install it as ${teamFilePath({})}); they then run: authctl login${provider === 'zoho' ? '' : ` --provider ${provider}`}`);
}

export interface ClientUpdateOptions {
  clientId?: string;
  /** Read a new client secret (prompt, or stdin with --client-secret-stdin). */
  secret?: boolean;
  /** Read the client's separate secret for this data centre. */
  dcSecret?: string;
  clientSecretStdin?: boolean;
  redirectUri?: string[];
  addRedirectUri?: string[];
  dc?: string;
  /** Change the client in this team file (the administrator's). */
  teamFile?: string;
  /** In a team file: mark the secret rotated, so profiles made before need a new login. */
  rotate?: boolean;
}

/**
 * client update NAME --team-file: the administrator changes the team's client.
 * A new client id, or --rotate for a new secret, raises what every profile made
 * with the old one is checked against: their next token asks for a new login.
 */
async function updateTeamClient(ctx: Context, name: string, opts: ClientUpdateOptions): Promise<void> {
  const team = readTeamFile({ AUTHCTL_TEAM_CONFIG: opts.teamFile })!.team;
  const current = team.clients[name];
  if (!current) throw new AuthctlError(`the team file ${opts.teamFile} has no client "${name}"`, { exitCode: ExitCode.notFound, hint: `its clients: ${Object.keys(team.clients).join(', ') || '(none)'}` });
  if (opts.secret || opts.dcSecret !== undefined || opts.clientSecretStdin || opts.dc !== undefined) throw usageError('a team file holds no secret: give --client-id, --rotate, --redirect-uri or --add-redirect-uri');
  if (opts.clientId === undefined && !opts.rotate && opts.redirectUri === undefined && opts.addRedirectUri === undefined) throw usageError('nothing to update', 'give --client-id, --rotate, --redirect-uri or --add-redirect-uri');
  if (opts.clientId !== undefined) checkClientId(opts.clientId);
  const changed: TeamClient = {
    ...current,
    ...(opts.clientId !== undefined ? { clientId: opts.clientId } : {}),
    ...(opts.redirectUri !== undefined ? { redirectUris: redirectUriList(opts.redirectUri) } : {}),
    ...(opts.addRedirectUri !== undefined ? { redirectUris: redirectUriList([...(current.redirectUris ?? []), ...opts.addRedirectUri]) } : {}),
    ...(opts.rotate || (opts.clientId !== undefined && opts.clientId !== current.clientId) ? { secretVersion: (current.secretVersion ?? 0) + 1 } : {}),
  };
  await writeTeamClient(opts.teamFile!, name, changed);
  ctx.info(`Updated team client ${ctx.color.bold(name)} in ${opts.teamFile}${changed.secretVersion !== current.secretVersion ? `: secret version ${changed.secretVersion}; profiles made before need a new login` : ''}.`);
}

/**
 * authctl client update: changes what is given and keeps the rest. A new secret
 * is stored before the config points at it; the profiles using the client are named.
 */
export async function update(ctx: Context, rawName: string, opts: ClientUpdateOptions): Promise<void> {
  const name = normalizeName(rawName);
  if (opts.teamFile !== undefined) return updateTeamClient(ctx, name, opts);
  if (opts.rotate) throw usageError('--rotate marks a team client\'s secret rotated', 'give --team-file PATH too');
  const configStore = new ConfigStore(ctx);
  const config = await configStore.load();
  const teamClient = config.clients[name] ? undefined : readTeamFile(ctx.env)?.team.clients[name];
  if (teamClient) return storeTeamSecret(ctx, name, teamClient, opts);
  const client = existingClient(config, name);
  const readsSecret = opts.secret === true || opts.dcSecret !== undefined || opts.clientSecretStdin === true;
  const changes = [opts.clientId, opts.redirectUri, opts.addRedirectUri, opts.dc].some((v) => v !== undefined) || readsSecret;
  if (!changes) {
    throw usageError('nothing to update', 'give --client-id, --secret, --dc-secret DC, --redirect-uri, --add-redirect-uri or --dc');
  }
  if (opts.secret && opts.dcSecret !== undefined) throw usageError('give --secret or --dc-secret, not both: each reads one secret');
  if (opts.clientId !== undefined) checkClientId(opts.clientId);
  if (opts.redirectUri !== undefined && opts.addRedirectUri !== undefined) throw usageError('give --redirect-uri (replaces the list) or --add-redirect-uri, not both');
  if (client.selfClient && (opts.redirectUri ?? opts.addRedirectUri) !== undefined) throw usageError('a self client has no redirect URI');
  if (client.public && readsSecret) throw usageError(`client "${name}" is public: it has no secret`, 'add it again without --public if the provider gave it one');
  if (client.provider !== 'zoho' && (opts.dc ?? opts.dcSecret) !== undefined) throw usageError('--dc and --dc-secret are for Zoho clients');
  const table = await loadDataCentres(ctx.env, config);
  const dc = opts.dc === undefined ? undefined : dataCentre(table, opts.dc).dc;
  const secretDc = opts.dcSecret === undefined ? undefined : dataCentre(table, opts.dcSecret).dc;
  const redirectUris =
    opts.redirectUri !== undefined
      ? redirectUriList(opts.redirectUri)
      : opts.addRedirectUri !== undefined
        ? redirectUriList([...(client.redirectUris ?? []), ...opts.addRedirectUri])
        : undefined;

  const store = client.public ? undefined : new SecretStores(ctx).get(client.store!);
  if (readsSecret && store) {
    const secret = await readClientSecret(ctx, opts.clientSecretStdin === true, secretDc ? `Client secret for data centre ${secretDc}:` : 'Client secret:');
    await store.set(secretDc ? dcSecretKey(client, secretDc) : client.key!, secret);
  }
  await configStore.update((c) => {
    const current = existingClient(c, name);
    if (opts.clientId !== undefined) current.clientId = opts.clientId;
    if (dc !== undefined) current.dc = dc;
    if (redirectUris !== undefined) current.redirectUris = redirectUris;
    if (secretDc !== undefined && !current.dcSecrets?.includes(secretDc)) current.dcSecrets = [...(current.dcSecrets ?? []), secretDc];
    // A profile marked dead because the client was rejected may work again with the new secret or id.
    if (readsSecret || opts.clientId !== undefined) {
      for (const p of Object.values(c.profiles)) if (clientOf(p) === name && p.loginRequired?.rejected === 'client') delete p.loginRequired;
    }
  });

  const what = [
    opts.clientId !== undefined && `client id ${opts.clientId}`,
    readsSecret && (secretDc ? `its secret for data centre ${secretDc} (in ${store!.location})` : `its secret (in ${store!.location})`),
    redirectUris && `redirect URIs ${redirectUris.join(', ')}`,
    dc !== undefined && `data centre ${dc}`,
  ].filter(Boolean);
  ctx.info(`Updated client ${ctx.color.bold(name)}: ${what.join('; ')}.`);
  if (opts.clientId !== undefined && opts.clientId !== client.clientId) {
    warnUsers(ctx, config, name, 'their refresh tokens were issued to the old client id and cannot be refreshed with the new one: log in to them again');
  }
  if (redirectUris && opts.addRedirectUri) ctx.info(`Register ${opts.addRedirectUri.join(', ')} for the client in the Zoho API console too.`);
}

/** A team client whose secret each user keeps in the keychain: this user's copy. */
async function storeTeamSecret(ctx: Context, name: string, client: TeamClient, opts: ClientUpdateOptions): Promise<void> {
  if (!client.secret || !('keychain' in client.secret)) {
    throw usageError(`client "${name}" comes from the team file, which says where its secret is (${client.secret ? Object.keys(client.secret)[0] : 'none: a public client'})`, 'ask your administrator to change the team client');
  }
  if (!opts.secret || [opts.clientId, opts.redirectUri, opts.addRedirectUri, opts.dc, opts.dcSecret].some((v) => v !== undefined)) {
    throw usageError(`client "${name}" comes from the team file: only its secret (--secret) is yours to store here`);
  }
  const secret = await readClientSecret(ctx, opts.clientSecretStdin === true, `Client secret of team client ${name}:`);
  const store = new SecretStores(ctx).get('keychain');
  await store.set(clientKey(name), secret);
  ctx.info(`Stored the secret of team client ${ctx.color.bold(name)} in ${store.location}.`);
}

function checkClientId(clientId: string): void {
  if (!/^[\x21-\x7e]{1,200}$/.test(clientId)) {
    throw usageError('the client id must be printable characters without spaces', 'copy it from the Zoho API console (it looks like 1000.XXXXXXXX)');
  }
}

/** Checked loopback redirect URIs, without repeats; login listens on the first unless --port picks another. */
function redirectUriList(uris: string[]): string[] {
  return [...new Set(uris.map((u) => parseLoopbackRedirectUri(u).href))];
}

function existingClient(config: Config, name: string): OAuthClient {
  const client = config.clients[name];
  if (client) return client;
  const known = Object.keys(config.clients);
  throw new AuthctlError(`no OAuth client named "${name}"`, {
    exitCode: ExitCode.notFound,
    hint: known.length ? `known clients: ${known.join(', ')}` : 'there are no clients yet: authctl client add NAME --client-id ID',
  });
}

const usersOf = (config: Config, name: string) =>
  Object.entries(config.profiles)
    .filter(([, p]) => clientOf(p) === name)
    .map(([n]) => n);

function warnUsers(ctx: Context, config: Config, name: string, consequence: string): void {
  const users = usersOf(config, name);
  if (users.length > 0) ctx.warn(`client "${name}" is used by profile${users.length > 1 ? 's' : ''} ${users.join(', ')}: ${consequence}`);
}

/** After a replace: the old secret entries the new client no longer points at. */
async function dropOldSecrets(ctx: Context, stores: SecretStores, name: string, previous: OAuthClient, client: OAuthClient): Promise<void> {
  if (previous.public) return;
  const old = [...(previous.store !== client.store ? [previous.key!] : []), ...(previous.dcSecrets ?? []).map((dc) => dcSecretKey(previous, dc))];
  for (const key of old) {
    await stores
      .get(previous.store!)
      .delete(key)
      .catch((err: Error) => ctx.warn(`could not delete an old secret of client "${name}" (${key}): ${err.message}`));
  }
}

async function readClientSecret(ctx: Context, fromStdin: boolean, prompt: string): Promise<string> {
  let secret: string | undefined;
  if (fromStdin) {
    secret = (await text(ctx.stdin)).trim();
  } else if (ctx.stdinIsTTY) {
    secret = (await promptSecret(ctx, prompt, { validate: (v) => (v.trim() ? true : 'the client secret cannot be empty') }))?.trim();
  } else {
    throw usageError('no terminal to ask for the client secret', 'pipe it in with --client-secret-stdin (a secret is never taken from the command line)');
  }
  if (!secret) throw usageError('the client secret is empty', 'copy it from the Zoho API console');
  if (/\s/.test(secret)) throw usageError('the client secret contains spaces or line breaks', 'give exactly the secret, on one line');
  return secret;
}

/** authctl client list: names and settings, never a secret. */
export async function list(ctx: Context, opts: { json?: boolean }): Promise<void> {
  const config = await new ConfigStore(ctx).load();
  const clients = Object.entries(allClients(config, ctx.env)).map(([name, c]) => ({
    client: name,
    // "team": from the team file (an administrator's); "local": registered on this machine.
    source: c.team ? 'team' : 'local',
    provider: c.provider,
    clientId: c.clientId,
    dc: c.dc ?? null,
    public: c.public === true,
    redirectUris: c.redirectUris ?? [],
    selfClient: c.selfClient === true,
    dcSecrets: c.dcSecrets ?? [],
    store: c.store ?? null,
    createdAt: c.createdAt,
    profiles: usersOf(config, name),
  }));
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify(clients, null, 2)}\n`);
    return;
  }
  if (clients.length === 0) {
    ctx.info('No OAuth clients yet. Add one with: authctl client add NAME --client-id ID');
    return;
  }
  const rows = clients.map((c) => [
    c.client,
    c.provider,
    c.clientId,
    c.dcSecrets.length ? `${c.dc} (own secret at ${c.dcSecrets.join(',')})` : (c.dc ?? '-'),
    c.selfClient ? 'self client' : c.redirectUris.join(',') || '-',
    c.source === 'team' ? 'team file' : (c.store ?? 'public'),
    c.profiles.join(',') || '-',
  ]);
  ctx.stdout.write(formatTable(['NAME', 'PROVIDER', 'CLIENT ID', 'DC', 'REDIRECT URI', 'STORE', 'PROFILES'], rows, ctx.stdoutColor.bold));
}

/** authctl client remove: refused while a profile needs the client to refresh its tokens. */
export async function remove(ctx: Context, rawName: string): Promise<void> {
  const name = normalizeName(rawName);
  const configStore = new ConfigStore(ctx);
  const config = await configStore.load();
  if (!config.clients[name] && readTeamFile(ctx.env)?.team.clients[name]) {
    throw usageError(`client "${name}" comes from the team file ${teamFilePath(ctx.env)}`, 'your administrator removes it from there');
  }
  const client = existingClient(config, name);
  const users = usersOf(config, name);
  if (users.length > 0) {
    throw new AuthctlError(`client "${name}" is used by profile${users.length > 1 ? 's' : ''} ${users.join(', ')}`, {
      hint: `log out of ${users.length > 1 ? 'them' : 'it'} first (authctl logout NAME), since their tokens can only be refreshed with this client`,
    });
  }
  const store = new SecretStores(ctx).get(client.store ?? 'file');
  try {
    if (!client.public) for (const key of [client.key!, ...(client.dcSecrets ?? []).map((dc) => dcSecretKey(client, dc))]) await store.delete(key);
  } catch (err) {
    throw new AuthctlError(`could not delete the secret of client "${name}" from ${store.location}`, {
      hint: `${err instanceof AuthctlError ? `${err.message}; ` : ''}the client is kept, run authctl client remove ${name} again`,
      cause: err,
    });
  }
  await configStore.update((c) => {
    delete c.clients[name];
  });
  ctx.info(`Removed client ${ctx.color.bold(name)}${client.public ? ' (a public client: there was no secret)' : `: its secret was deleted from ${store.location}`}.`);
}
