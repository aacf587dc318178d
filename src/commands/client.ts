import { text } from 'node:stream/consumers';
import { AuthctlError, ExitCode, usageError } from '../errors.js';
import type { Context } from '../io/context.js';
import { promptSecret } from '../io/prompt.js';
import { formatTable } from '../io/table.js';
import { DEFAULT_REDIRECT_URI, parseLoopbackRedirectUri } from '../flows/redirect-uri.js';
import { ENV_CLIENT } from '../profiles/clients.js';
import { ConfigStore } from '../profiles/config.js';
import { clientKey, isValidName, NAME_RULE, type OAuthClient, PROVIDERS, type StoreKind } from '../profiles/model.js';
import { dataCentre, DEFAULT_DC, loadDataCentres } from '../providers/zoho.js';
import { SecretStores } from '../secrets/resolve.js';

export interface ClientAddOptions {
  clientId: string;
  provider?: string;
  dc?: string;
  redirectUri?: string;
  selfClient?: boolean;
  multiDc?: boolean;
  clientSecretStdin?: boolean;
  store?: string;
}

/**
 * authctl client add: the client id and settings go to config.json, the client
 * secret (from a hidden prompt or stdin, never argv) to the secret store.
 */
export async function add(ctx: Context, name: string, opts: ClientAddOptions): Promise<void> {
  if (!isValidName(name)) throw usageError(`invalid client name "${name}"`, `use ${NAME_RULE}`);
  if (name === ENV_CLIENT) throw usageError(`"${ENV_CLIENT}" is reserved for AUTHCTL_CLIENT_ID / AUTHCTL_CLIENT_SECRET`, 'pick another name');
  const provider = opts.provider ?? 'zoho';
  if (!(PROVIDERS as readonly string[]).includes(provider)) throw usageError(`unknown provider "${provider}"`, `use one of: ${PROVIDERS.join(', ')}`);
  if (!/^[\x21-\x7e]{1,200}$/.test(opts.clientId)) {
    throw usageError('the client id must be printable characters without spaces', 'copy it from the Zoho API console (it looks like 1000.XXXXXXXX)');
  }
  if (opts.selfClient && opts.redirectUri !== undefined) {
    throw usageError('a self client has no redirect URI', 'omit --redirect-uri, or register a server-based client for the browser login');
  }
  const redirectUri = opts.selfClient ? undefined : parseLoopbackRedirectUri(opts.redirectUri ?? DEFAULT_REDIRECT_URI).href;

  const configStore = new ConfigStore(ctx);
  const config = await configStore.load();
  const dc = dataCentre(await loadDataCentres(ctx.env, config), opts.dc ?? DEFAULT_DC).dc;
  const clientSecret = await readClientSecret(ctx, opts.clientSecretStdin === true);

  const stores = new SecretStores(ctx);
  const previous = config.clients[name];
  const store = await stores.forNewSecret(opts.store ?? (ctx.env.AUTHCTL_STORE || undefined) ?? previous?.store);
  const key = clientKey(name);
  // The new secret is written first: until the config points at it, the old client stays usable.
  await store.set(key, clientSecret);
  const client: OAuthClient = {
    provider: 'zoho',
    clientId: opts.clientId,
    dc,
    ...(redirectUri ? { redirectUri } : {}),
    ...(opts.selfClient ? { selfClient: true } : {}),
    ...(opts.multiDc ? { multiDc: true } : {}),
    store: store.kind as StoreKind,
    key,
    createdAt: new Date(ctx.now()).toISOString(),
  };
  await configStore.update((c) => {
    c.clients[name] = client;
  });
  if (previous && previous.store !== client.store) {
    await stores
      .get(previous.store)
      .delete(previous.key)
      .catch((err: Error) => ctx.warn(`could not delete the old secret of client "${name}": ${err.message}`));
  }

  ctx.info(`${previous ? 'Updated' : 'Added'} client ${ctx.color.bold(name)} (client id ${opts.clientId}, data centre ${dc}); its secret is in ${store.location}.`);
  if (redirectUri) ctx.info(`Register this redirect URI for the client in the Zoho API console: ${redirectUri}`);
  else ctx.info(`Log in with a code from the API console: authctl login --client ${name} --self-client`);
}

async function readClientSecret(ctx: Context, fromStdin: boolean): Promise<string> {
  let secret: string | undefined;
  if (fromStdin) {
    secret = (await text(ctx.stdin)).trim();
  } else if (ctx.stdinIsTTY) {
    secret = (await promptSecret(ctx, 'Client secret:', { validate: (v) => (v.trim() ? true : 'the client secret cannot be empty') }))?.trim();
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
  const clients = Object.entries(config.clients).map(([name, c]) => ({
    name,
    provider: c.provider,
    clientId: c.clientId,
    dc: c.dc,
    redirectUri: c.redirectUri ?? null,
    selfClient: c.selfClient === true,
    multiDc: c.multiDc === true,
    store: c.store,
    createdAt: c.createdAt,
    profiles: Object.entries(config.profiles)
      .filter(([, p]) => p.client === name)
      .map(([n]) => n),
  }));
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify(clients, null, 2)}\n`);
    return;
  }
  if (clients.length === 0) {
    ctx.info('No OAuth clients yet. Add one with: authctl client add NAME --client-id ID');
    return;
  }
  const rows = clients.map((c) => [c.name, c.provider, c.clientId, c.multiDc ? `${c.dc} (multi-DC)` : c.dc, c.selfClient ? 'self client' : (c.redirectUri ?? '-'), c.store, c.profiles.join(',') || '-']);
  ctx.stdout.write(formatTable(['NAME', 'PROVIDER', 'CLIENT ID', 'DC', 'REDIRECT URI', 'STORE', 'PROFILES'], rows, ctx.stdoutColor.bold));
}

/** authctl client remove: refused while a profile needs the client to refresh its tokens. */
export async function remove(ctx: Context, name: string): Promise<void> {
  const configStore = new ConfigStore(ctx);
  const config = await configStore.load();
  const client = config.clients[name];
  if (!client) {
    const known = Object.keys(config.clients);
    throw new AuthctlError(`no OAuth client named "${name}"`, {
      exitCode: ExitCode.notFound,
      hint: known.length ? `known clients: ${known.join(', ')}` : 'there are no clients yet',
    });
  }
  const users = Object.entries(config.profiles)
    .filter(([, p]) => p.client === name)
    .map(([n]) => n);
  if (users.length > 0) {
    throw new AuthctlError(`client "${name}" is used by profile${users.length > 1 ? 's' : ''} ${users.join(', ')}`, {
      hint: `log out of ${users.length > 1 ? 'them' : 'it'} first (authctl logout NAME), since their tokens can only be refreshed with this client`,
    });
  }
  const store = new SecretStores(ctx).get(client.store);
  try {
    await store.delete(client.key);
  } catch (err) {
    throw new AuthctlError(`could not delete the secret of client "${name}" from ${store.location}`, {
      hint: `${err instanceof AuthctlError ? `${err.message}; ` : ''}the client is kept, run authctl client remove ${name} again`,
      cause: err,
    });
  }
  await configStore.update((c) => {
    delete c.clients[name];
  });
  ctx.info(`Removed client ${ctx.color.bold(name)}: its secret was deleted from ${store.location}.`);
}
