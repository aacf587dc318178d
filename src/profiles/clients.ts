import { AuthctlError, ExitCode } from '../errors.js';
import type { SecretStores } from '../secrets/resolve.js';
import type { Config, OAuthClient } from './model.js';

export interface ResolvedClient {
  /** The config name of the client, or "environment" for AUTHCTL_CLIENT_ID. */
  name: string;
  clientId: string;
  clientSecret: string;
  /** Absent for a client given only by environment variables. */
  client?: OAuthClient;
}

/** Reads a registered client and its secret from the store it was saved in. */
export async function loadClient(stores: SecretStores, config: Config, name: string): Promise<ResolvedClient> {
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
  const store = stores.get(client.store);
  const clientSecret = await store.get(client.key);
  if (!clientSecret) {
    throw new AuthctlError(`the secret of client "${name}" is missing from ${store.location}`, {
      exitCode: ExitCode.notFound,
      hint: `store it again: authctl client add ${name} --client-id ${client.clientId}`,
    });
  }
  return { name, clientId: client.clientId, clientSecret, client };
}
