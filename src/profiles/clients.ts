import { AuthctlError, ExitCode } from '../errors.js';
import type { SecretStores } from '../secrets/resolve.js';
import { StoreUnavailableError } from '../secrets/store.js';
import { type Config, dcSecretKey, type OAuthClient } from './model.js';

export interface ResolvedClient {
  /** The config name of the client, or "environment" for AUTHCTL_CLIENT_ID. */
  name: string;
  clientId: string;
  /** Absent for a public client. */
  clientSecret?: string;
  /** Absent for a client given only by environment variables. */
  client?: OAuthClient;
}

/**
 * Reads a registered client and its secret from the store it was saved in; with
 * `dc`, its separate secret for that data centre when it has one.
 */
export async function loadClient(stores: SecretStores, config: Config, name: string, dc?: string): Promise<ResolvedClient> {
  const client = config.clients[name];
  if (!client) {
    const known = Object.keys(config.clients);
    throw new AuthctlError(`no OAuth client named "${name}"`, {
      exitCode: ExitCode.notFound,
      hint: known.length
        ? `known clients: ${known.join(', ')}`
        : 'register one: authctl client add NAME --client-id ID (get both from https://api-console.zoho.com)',
    });
  }
  if (client.public) return { name, clientId: client.clientId, client };
  const store = stores.get(client.store!);
  const ownDc = dc !== undefined && client.dcSecrets?.includes(dc) ? dc : undefined;
  const clientSecret = await store.get(ownDc === undefined ? client.key! : dcSecretKey(client, ownDc)).catch((err: unknown) => {
    throw err instanceof StoreUnavailableError
      ? err.orElse(`keep the client's secret in a file instead: authctl client add ${name} --client-id ${client.clientId} --store file`)
      : err;
  });
  if (!clientSecret) {
    throw new AuthctlError(`the ${ownDc === undefined ? '' : `${ownDc} `}secret of client "${name}" is missing from ${store.location}`, {
      exitCode: ExitCode.notFound,
      hint: `store it again: authctl client update ${name} --secret${ownDc === undefined ? '' : ` --dc-secret ${ownDc}`}`,
    });
  }
  return { name, clientId: client.clientId, clientSecret, client };
}

/** The same client with its credentials for data centre `dc` (its separate secret there, if it has one). */
export async function clientAt(stores: SecretStores, config: Config, resolved: ResolvedClient, dc: string): Promise<ResolvedClient> {
  return resolved.client?.dcSecrets?.includes(dc) ? loadClient(stores, config, resolved.name, dc) : resolved;
}

/** The client name a profile records when its client came from AUTHCTL_CLIENT_ID / AUTHCTL_CLIENT_SECRET. */
export const ENV_CLIENT = 'environment';

/**
 * The client to use: the one named (--client, or a profile's `client`), else
 * AUTHCTL_CLIENT_ID with AUTHCTL_CLIENT_SECRET, else the only registered client.
 */
export async function resolveClient(
  stores: SecretStores,
  config: Config,
  env: NodeJS.ProcessEnv,
  name?: string,
  dc?: string,
): Promise<ResolvedClient> {
  if (name !== undefined && name !== ENV_CLIENT) return loadClient(stores, config, name, dc);
  if (env.AUTHCTL_CLIENT_ID || name === ENV_CLIENT) {
    if (!env.AUTHCTL_CLIENT_ID || !env.AUTHCTL_CLIENT_SECRET) {
      throw new AuthctlError('AUTHCTL_CLIENT_ID and AUTHCTL_CLIENT_SECRET must both be set', {
        exitCode: ExitCode.usage,
        hint: 'set both, or register the client once: authctl client add NAME --client-id ID',
      });
    }
    return { name: ENV_CLIENT, clientId: env.AUTHCTL_CLIENT_ID, clientSecret: env.AUTHCTL_CLIENT_SECRET };
  }
  const names = Object.keys(config.clients);
  if (names.length === 1) return loadClient(stores, config, names[0]!);
  throw new AuthctlError(names.length === 0 ? 'no OAuth client is registered' : 'which OAuth client?', {
    exitCode: names.length === 0 ? ExitCode.notFound : ExitCode.usage,
    hint:
      names.length === 0
        ? 'register one: authctl client add NAME --client-id ID (get both from https://api-console.zoho.com), or set AUTHCTL_CLIENT_ID and AUTHCTL_CLIENT_SECRET'
        : `pick one with --client NAME (clients: ${names.join(', ')})`,
  });
}
