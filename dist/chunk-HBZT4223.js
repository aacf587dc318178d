import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  StoreUnavailableError
} from "./chunk-4IG7I7WR.js";
import {
  dcSecretKey
} from "./chunk-YCNKKPBX.js";
import {
  AuthctlError,
  ExitCode
} from "./chunk-IJBOYKY4.js";

// src/profiles/clients.ts
async function loadClient(stores, config, name, dc) {
  const client = config.clients[name];
  if (!client) {
    const known = Object.keys(config.clients);
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
async function clientAt(stores, config, resolved, dc) {
  return resolved.client?.dcSecrets?.includes(dc) ? loadClient(stores, config, resolved.name, dc) : resolved;
}
var ENV_CLIENT = "environment";
async function resolveClient(stores, config, env, name, dc) {
  if (name !== void 0 && name !== ENV_CLIENT) return loadClient(stores, config, name, dc);
  if (env.AUTHCTL_CLIENT_ID || name === ENV_CLIENT) {
    if (!env.AUTHCTL_CLIENT_ID || !env.AUTHCTL_CLIENT_SECRET) {
      throw new AuthctlError("AUTHCTL_CLIENT_ID and AUTHCTL_CLIENT_SECRET must both be set", {
        exitCode: ExitCode.usage,
        hint: "set both, or register the client once: authctl client add NAME --client-id ID"
      });
    }
    return { name: ENV_CLIENT, clientId: env.AUTHCTL_CLIENT_ID, clientSecret: env.AUTHCTL_CLIENT_SECRET };
  }
  const names = Object.keys(config.clients);
  if (names.length === 1) return loadClient(stores, config, names[0]);
  throw new AuthctlError(names.length === 0 ? "no OAuth client is registered" : "which OAuth client?", {
    exitCode: names.length === 0 ? ExitCode.notFound : ExitCode.usage,
    hint: names.length === 0 ? "register one: authctl client add NAME --client-id ID (get both from https://api-console.zoho.com), or set AUTHCTL_CLIENT_ID and AUTHCTL_CLIENT_SECRET" : `pick one with --client NAME (clients: ${names.join(", ")})`
  });
}

export {
  loadClient,
  clientAt,
  ENV_CLIENT,
  resolveClient
};
