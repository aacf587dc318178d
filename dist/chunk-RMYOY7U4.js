import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  asOAuthClient,
  readTeamFile,
  secretFromCommand
} from "./chunk-RVJGXOUJ.js";
import {
  StoreUnavailableError
} from "./chunk-4IG7I7WR.js";
import {
  clientKey,
  dcSecretKey
} from "./chunk-YCNKKPBX.js";
import {
  AuthctlError,
  ExitCode
} from "./chunk-IJBOYKY4.js";

// src/profiles/clients.ts
function allClients(config, env) {
  const team = readTeamFile(env)?.team.clients ?? {};
  const out = {};
  for (const [name, c] of Object.entries(team)) out[name] = { ...asOAuthClient(name, c), team: true };
  return Object.assign(out, config.clients);
}
async function loadClient(stores, config, name, dc, env = {}) {
  const client = config.clients[name];
  const team = client ? void 0 : readTeamFile(env);
  if (!client && team?.team.clients[name]) return loadTeamClient(stores, env, name, team.team.clients[name], team.path);
  if (!client) {
    const known = Object.keys(allClients(config, env));
    throw new AuthctlError(`no OAuth client named "${name}"`, {
      exitCode: ExitCode.notFound,
      hint: known.length ? `known clients: ${known.join(", ")}` : "register one: authctl client add NAME --client-id ID (get both from https://api-console.zoho.com)"
    });
  }
  if (client.public) return { name, clientId: client.clientId, client };
  const store = stores.get(client.store);
  const ownDc = dc !== void 0 && client.dcSecrets?.includes(dc) ? dc : void 0;
  const clientSecret = await store.get(ownDc === void 0 ? client.key : dcSecretKey(client, ownDc)).catch((err) => {
    throw err instanceof StoreUnavailableError ? err.orElse(`keep the client's secret in a file instead: authctl client add ${name} --client-id ${client.clientId} --store file`) : err;
  });
  if (!clientSecret) {
    throw new AuthctlError(`the ${ownDc === void 0 ? "" : `${ownDc} `}secret of client "${name}" is missing from ${store.location}`, {
      exitCode: ExitCode.notFound,
      hint: `store it again: authctl client update ${name} --secret${ownDc === void 0 ? "" : ` --dc-secret ${ownDc}`}`
    });
  }
  return { name, clientId: client.clientId, clientSecret, client };
}
async function loadTeamClient(stores, env, name, t, path) {
  const team = {
    mark: { clientId: t.clientId, ...t.secretVersion !== void 0 ? { secretVersion: t.secretVersion } : {} },
    ...t.instructions ? { instructions: t.instructions } : {},
    ...t.scopes ? { scopes: t.scopes } : {},
    ...t.variables ? { variables: t.variables } : {}
  };
  const base = { name, clientId: t.clientId, client: asOAuthClient(name, t), team };
  const source = t.secret;
  if (source === void 0) return base;
  let clientSecret;
  if ("env" in source) {
    clientSecret = env[source.env]?.trim() || void 0;
    if (!clientSecret) {
      throw new AuthctlError(`the secret of team client "${name}" comes from the environment variable ${source.env}, which is not set`, {
        exitCode: ExitCode.notFound,
        hint: `set ${source.env} as your administrator says${t.instructions ? ` (${t.instructions})` : ""}; the team file is ${path}`
      });
    }
  } else if ("command" in source) {
    clientSecret = await secretFromCommand(source.command, name);
  } else {
    clientSecret = await stores.get("keychain").get(clientKey(name));
    if (!clientSecret) {
      throw new AuthctlError(`the secret of team client "${name}" is kept in each user's keychain, and yours has none yet`, {
        exitCode: ExitCode.notFound,
        hint: `store it once: authctl client update ${name} --secret${t.instructions ? ` (${t.instructions})` : ""}`
      });
    }
  }
  return { ...base, clientSecret };
}
async function clientAt(stores, config, resolved, dc) {
  return resolved.client?.dcSecrets?.includes(dc) && !resolved.team ? loadClient(stores, config, resolved.name, dc) : resolved;
}
var ENV_CLIENT = "environment";
async function resolveClient(stores, config, env, name, dc) {
  if (name !== void 0 && name !== ENV_CLIENT) return loadClient(stores, config, name, dc, env);
  if (env.AUTHCTL_CLIENT_ID || name === ENV_CLIENT) {
    if (!env.AUTHCTL_CLIENT_ID || !env.AUTHCTL_CLIENT_SECRET) {
      throw new AuthctlError("AUTHCTL_CLIENT_ID and AUTHCTL_CLIENT_SECRET must both be set", {
        exitCode: ExitCode.usage,
        hint: "set both, or register the client once: authctl client add NAME --client-id ID"
      });
    }
    return { name: ENV_CLIENT, clientId: env.AUTHCTL_CLIENT_ID, clientSecret: env.AUTHCTL_CLIENT_SECRET };
  }
  const names = Object.entries(allClients(config, env)).filter(([, c]) => c.provider === "zoho").map(([n]) => n);
  if (names.length === 1) return loadClient(stores, config, names[0], void 0, env);
  throw new AuthctlError(names.length === 0 ? "no OAuth client is registered" : "which OAuth client?", {
    exitCode: names.length === 0 ? ExitCode.notFound : ExitCode.usage,
    hint: names.length === 0 ? "register one: authctl client add NAME --client-id ID (get both from https://api-console.zoho.com), or set AUTHCTL_CLIENT_ID and AUTHCTL_CLIENT_SECRET" : `pick one with --client NAME (clients: ${names.join(", ")})`
  });
}

export {
  allClients,
  loadClient,
  clientAt,
  ENV_CLIENT,
  resolveClient
};
