import { AuthctlError, ExitCode } from '../errors.js';
import type { SecretStores } from '../secrets/resolve.js';
import { StoreUnavailableError } from '../secrets/store.js';
import { clientKey, type Config, dcSecretKey, type OAuthClient } from './model.js';
import { asOAuthClient, readTeamFile, secretFromCommand, type TeamClient, type TeamMark } from './team.js';

export interface ResolvedClient {
  /** The config name of the client, or "environment" for AUTHCTL_CLIENT_ID. */
  name: string;
  clientId: string;
  /** Absent for a public client. */
  clientSecret?: string;
  /** Absent for a client given only by environment variables. */
  client?: OAuthClient;
  /** A client from the team file: what a profile records of it, and the administrator's defaults. */
  team?: { mark: TeamMark; instructions?: string; scopes?: string[]; variables?: Record<string, string> };
}

/** The clients a login can use: the registered ones, then the team file's (a registered one of the same name wins). */
export function allClients(config: Config, env: NodeJS.ProcessEnv): Record<string, OAuthClient & { team?: boolean }> {
  const team = readTeamFile(env)?.team.clients ?? {};
  const out: Record<string, OAuthClient & { team?: boolean }> = {};
  for (const [name, c] of Object.entries(team)) out[name] = { ...asOAuthClient(name, c), team: true };
  return Object.assign(out, config.clients);
}

/**
 * Reads a registered client and its secret from the store it was saved in; with
 * `dc`, its separate secret for that data centre when it has one.
 */
export async function loadClient(stores: SecretStores, config: Config, name: string, dc?: string, env: NodeJS.ProcessEnv = {}): Promise<ResolvedClient> {
  const client = config.clients[name];
  const team = client ? undefined : readTeamFile(env);
  if (!client && team?.team.clients[name]) return loadTeamClient(stores, env, name, team.team.clients[name]!, team.path);
  if (!client) {
    const known = Object.keys(allClients(config, env));
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

/** A team client with its secret from where the team file says: an environment variable, a command, or the user's keychain. */
async function loadTeamClient(stores: SecretStores, env: NodeJS.ProcessEnv, name: string, t: TeamClient, path: string): Promise<ResolvedClient> {
  const team = {
    mark: { clientId: t.clientId, ...(t.secretVersion !== undefined ? { secretVersion: t.secretVersion } : {}) },
    ...(t.instructions ? { instructions: t.instructions } : {}),
    ...(t.scopes ? { scopes: t.scopes } : {}),
    ...(t.variables ? { variables: t.variables } : {}),
  };
  const base = { name, clientId: t.clientId, client: asOAuthClient(name, t), team };
  const source = t.secret;
  if (source === undefined) return base;
  let clientSecret: string | undefined;
  if ('env' in source) {
    clientSecret = env[source.env]?.trim() || undefined;
    if (!clientSecret) {
      throw new AuthctlError(`the secret of team client "${name}" comes from the environment variable ${source.env}, which is not set`, {
        exitCode: ExitCode.notFound,
        hint: `set ${source.env} as your administrator says${t.instructions ? ` (${t.instructions})` : ''}; the team file is ${path}`,
      });
    }
  } else if ('command' in source) {
    clientSecret = await secretFromCommand(source.command, name);
  } else {
    clientSecret = await stores.get('keychain').get(clientKey(name));
    if (!clientSecret) {
      throw new AuthctlError(`the secret of team client "${name}" is kept in each user's keychain, and yours has none yet`, {
        exitCode: ExitCode.notFound,
        hint: `store it once: authctl client update ${name} --secret${t.instructions ? ` (${t.instructions})` : ''}`,
      });
    }
  }
  return { ...base, clientSecret };
}

/** The same client with its credentials for data centre `dc` (its separate secret there, if it has one). */
export async function clientAt(stores: SecretStores, config: Config, resolved: ResolvedClient, dc: string): Promise<ResolvedClient> {
  return resolved.client?.dcSecrets?.includes(dc) && !resolved.team ? loadClient(stores, config, resolved.name, dc) : resolved;
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
  if (name !== undefined && name !== ENV_CLIENT) return loadClient(stores, config, name, dc, env);
  if (env.AUTHCTL_CLIENT_ID || name === ENV_CLIENT) {
    if (!env.AUTHCTL_CLIENT_ID || !env.AUTHCTL_CLIENT_SECRET) {
      throw new AuthctlError('AUTHCTL_CLIENT_ID and AUTHCTL_CLIENT_SECRET must both be set', {
        exitCode: ExitCode.usage,
        hint: 'set both, or register the client once: authctl client add NAME --client-id ID',
      });
    }
    return { name: ENV_CLIENT, clientId: env.AUTHCTL_CLIENT_ID, clientSecret: env.AUTHCTL_CLIENT_SECRET };
  }
  // Without a name, login is Zoho's (other providers choose their own clients).
  const names = Object.entries(allClients(config, env))
    .filter(([, c]) => c.provider === 'zoho')
    .map(([n]) => n);
  if (names.length === 1) return loadClient(stores, config, names[0]!, undefined, env);
  throw new AuthctlError(names.length === 0 ? 'no OAuth client is registered' : 'which OAuth client?', {
    exitCode: names.length === 0 ? ExitCode.notFound : ExitCode.usage,
    hint:
      names.length === 0
        ? 'register one: authctl client add NAME --client-id ID (get both from https://api-console.zoho.com), or set AUTHCTL_CLIENT_ID and AUTHCTL_CLIENT_SECRET'
        : `pick one with --client NAME (clients: ${names.join(', ')})`,
  });
}
