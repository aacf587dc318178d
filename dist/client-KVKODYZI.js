import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  DEFAULT_REDIRECT_URI,
  parseLoopbackRedirectUri
} from "./chunk-TJJVVLHA.js";
import {
  promptSecret
} from "./chunk-D7YHL7JO.js";
import {
  SecretStores
} from "./chunk-WGODOINN.js";
import {
  ENV_CLIENT,
  allClients
} from "./chunk-RMYOY7U4.js";
import {
  readTeamFile,
  teamFilePath,
  writeTeamClient
} from "./chunk-RVJGXOUJ.js";
import {
  findProvider,
  isPreset,
  providerNames
} from "./chunk-LJ6DYF44.js";
import "./chunk-4IG7I7WR.js";
import {
  DEFAULT_DC,
  dataCentre,
  loadDataCentres
} from "./chunk-UZ6VYVCW.js";
import {
  parseVars
} from "./chunk-LVFTAJCA.js";
import "./chunk-7NKYUQS5.js";
import "./chunk-RYCME3SZ.js";
import "./chunk-4MABVAWP.js";
import "./chunk-U4XMNMAO.js";
import {
  formatTable
} from "./chunk-HOPHJIIG.js";
import "./chunk-XYMNJ3EU.js";
import {
  ConfigStore
} from "./chunk-WE677QNK.js";
import "./chunk-HVF3DJK5.js";
import "./chunk-23EBES73.js";
import "./chunk-4WXXECZW.js";
import {
  NAME_RULE,
  clientKey,
  clientOf,
  dcSecretKey,
  isValidName,
  normalizeName
} from "./chunk-YCNKKPBX.js";
import {
  isOAuthSpec
} from "./chunk-3GMNTBGG.js";
import "./chunk-OHRQBEPP.js";
import {
  AuthctlError,
  ExitCode,
  usageError
} from "./chunk-IJBOYKY4.js";
import "./chunk-S47ZGZ7M.js";

// src/commands/client.ts
import { text } from "node:stream/consumers";
async function add(ctx, rawName, opts) {
  if (opts.teamFile !== void 0) return addTeamClient(ctx, normalizeName(rawName), opts);
  if ([opts.secretEnv, opts.secretCommand, opts.secretKeychain, opts.instructions, opts.scope, opts.var].some((v) => v !== void 0)) {
    throw usageError("--secret-env, --secret-command, --secret-keychain, --instructions, --scope and --var describe a team client", "give --team-file PATH too");
  }
  const name = normalizeName(rawName);
  if (!isValidName(name)) throw usageError(`invalid client name "${name}"`, `use ${NAME_RULE}`);
  if (name === ENV_CLIENT) throw usageError(`"${ENV_CLIENT}" is reserved for AUTHCTL_CLIENT_ID / AUTHCTL_CLIENT_SECRET`, "pick another name");
  const provider = opts.provider ?? "zoho";
  const zoho = provider === "zoho";
  checkClientId(opts.clientId);
  if (opts.selfClient && opts.redirectUri !== void 0) {
    throw usageError("a self client has no redirect URI", "omit --redirect-uri, or register a server-based client for the browser login");
  }
  if (!zoho && (opts.selfClient || opts.dc !== void 0 || opts.multiDc)) throw usageError("--self-client, --dc and --multi-dc are Zoho's", `omit them for provider ${provider}`);
  if (opts.public && (opts.clientSecretStdin || opts.store !== void 0)) throw usageError("a public client has no secret", "omit --client-secret-stdin and --store");
  if (opts.public && zoho) throw usageError("Zoho clients have a secret", "omit --public (Zoho clients are registered as server-based or self clients)");
  const redirectUris = opts.selfClient ? void 0 : redirectUriList(opts.redirectUri ?? [DEFAULT_REDIRECT_URI]);
  const configStore = new ConfigStore(ctx);
  const config = await configStore.load();
  const spec = findProvider(config, provider);
  if (!spec) throw usageError(`unknown provider "${provider}"`, `use one of: ${providerNames(config).join(", ")} (or add it first: authctl provider add ${provider} --issuer URL)`);
  if (!isOAuthSpec(spec)) throw usageError(`${spec.title} takes API keys, not OAuth clients`, `log in with the key: authctl login --provider ${provider}`);
  if (opts.public && !spec.clientAuthMethods.includes("none")) {
    ctx.warn(`provider ${provider} does not list public clients (token_endpoint_auth_method "none"); its token endpoint may refuse this client`);
  }
  const dc = zoho ? dataCentre(await loadDataCentres(ctx.env, config), opts.dc ?? DEFAULT_DC).dc : void 0;
  const stores = new SecretStores(ctx);
  const previous = config.clients[name];
  let secretPlace;
  if (!opts.public) {
    const clientSecret = await readClientSecret(ctx, opts.clientSecretStdin === true, "Client secret:");
    const store = await stores.forNewSecret(opts.store ?? (ctx.env.AUTHCTL_STORE || void 0) ?? previous?.store);
    await store.set(clientKey(name), clientSecret);
    secretPlace = { store: store.kind, key: clientKey(name), location: store.location };
  }
  const client = {
    provider,
    clientId: opts.clientId,
    ...dc !== void 0 ? { dc } : {},
    ...redirectUris ? { redirectUris } : {},
    ...opts.selfClient ? { selfClient: true } : {},
    ...secretPlace ? { store: secretPlace.store, key: secretPlace.key } : { public: true },
    createdAt: new Date(ctx.now()).toISOString()
  };
  await configStore.update((c) => {
    c.clients[name] = client;
  });
  if (previous) await dropOldSecrets(ctx, stores, name, previous, client);
  const where = dc !== void 0 ? `data centre ${dc}` : `provider ${provider}`;
  ctx.info(
    `${previous ? "Replaced" : "Added"} client ${ctx.color.bold(name)} (client id ${opts.clientId}, ${where}); ` + (secretPlace ? `its secret is in ${secretPlace.location}.` : "a public client, with no secret.")
  );
  if (previous) warnUsers(ctx, config, name, "they refresh with the new client id and secret from now on");
  if (opts.multiDc) ctx.info("  --multi-dc is no longer needed: every client takes a login Zoho completes at any data centre.");
  const console = zoho ? "the Zoho API console" : spec.console ?? `${spec.title}'s client settings`;
  if (redirectUris) ctx.info(`Register ${redirectUris.length > 1 ? "these redirect URIs" : "this redirect URI"} for the client in ${console}: ${redirectUris.join(", ")}`);
  else ctx.info(`Log in with a code from the API console: authctl login --client ${name} --self-client`);
}
async function addTeamClient(ctx, name, opts) {
  if (!isValidName(name)) throw usageError(`invalid client name "${name}"`, `use ${NAME_RULE}`);
  checkClientId(opts.clientId);
  const provider = opts.provider ?? "zoho";
  const config = await new ConfigStore(ctx).load();
  const spec = findProvider(config, provider);
  if (!spec || !isOAuthSpec(spec)) throw usageError(`"${provider}" is not an OAuth provider authctl knows`, `use one of: ${providerNames(config).join(", ")}`);
  if (spec && !isPreset(provider)) ctx.warn(`provider ${provider} is one you added: every user needs it too (authctl provider add), or use a built-in one`);
  const sources = [opts.secretEnv !== void 0, opts.secretCommand !== void 0, opts.secretKeychain === true, opts.public === true].filter(Boolean).length;
  if (sources !== 1) throw usageError('say where each user gets the secret: one of --secret-env VAR, --secret-command "CMD ARGS", --secret-keychain, or --public for a client without one');
  if (opts.clientSecretStdin || opts.store !== void 0 || opts.selfClient) throw usageError("a team file holds no secret and no store: omit --client-secret-stdin, --store and --self-client");
  if (opts.secretEnv !== void 0 && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(opts.secretEnv)) throw usageError(`--secret-env ${opts.secretEnv} is not an environment variable name`);
  const command = opts.secretCommand?.trim().split(/\s+/).filter(Boolean);
  if (command !== void 0 && command.length === 0) throw usageError("--secret-command is empty");
  const dc = provider === "zoho" ? dataCentre(await loadDataCentres(ctx.env, config), opts.dc ?? DEFAULT_DC).dc : void 0;
  if (provider !== "zoho" && opts.dc !== void 0) throw usageError("--dc is for Zoho clients");
  const variables = parseVars(opts.var ?? []);
  const client = {
    provider,
    clientId: opts.clientId,
    ...dc !== void 0 ? { dc } : {},
    redirectUris: redirectUriList(opts.redirectUri ?? [DEFAULT_REDIRECT_URI]),
    ...Object.keys(variables).length > 0 ? { variables } : {},
    ...opts.scope !== void 0 ? { scopes: opts.scope.split(/[\s,]+/).filter(Boolean) } : {},
    ...opts.instructions !== void 0 ? { instructions: opts.instructions } : {},
    ...opts.secretEnv !== void 0 ? { secret: { env: opts.secretEnv } } : command ? { secret: { command } } : opts.secretKeychain ? { secret: { keychain: true } } : {},
    secretVersion: 1
  };
  const done = await writeTeamClient(opts.teamFile, name, client);
  ctx.info(`${done === "added" ? "Added" : "Replaced"} team client ${ctx.color.bold(name)} in ${opts.teamFile} (no secret is in it).`);
  ctx.info(`Share the file, and have users point AUTHCTL_TEAM_CONFIG at it (or install it as ${teamFilePath({})}); they then run: authctl login${provider === "zoho" ? "" : ` --provider ${provider}`}`);
}
async function updateTeamClient(ctx, name, opts) {
  const team = readTeamFile({ AUTHCTL_TEAM_CONFIG: opts.teamFile }).team;
  const current = team.clients[name];
  if (!current) throw new AuthctlError(`the team file ${opts.teamFile} has no client "${name}"`, { exitCode: ExitCode.notFound, hint: `its clients: ${Object.keys(team.clients).join(", ") || "(none)"}` });
  if (opts.secret || opts.dcSecret !== void 0 || opts.clientSecretStdin || opts.dc !== void 0) throw usageError("a team file holds no secret: give --client-id, --rotate, --redirect-uri or --add-redirect-uri");
  if (opts.clientId === void 0 && !opts.rotate && opts.redirectUri === void 0 && opts.addRedirectUri === void 0) throw usageError("nothing to update", "give --client-id, --rotate, --redirect-uri or --add-redirect-uri");
  if (opts.clientId !== void 0) checkClientId(opts.clientId);
  const changed = {
    ...current,
    ...opts.clientId !== void 0 ? { clientId: opts.clientId } : {},
    ...opts.redirectUri !== void 0 ? { redirectUris: redirectUriList(opts.redirectUri) } : {},
    ...opts.addRedirectUri !== void 0 ? { redirectUris: redirectUriList([...current.redirectUris ?? [], ...opts.addRedirectUri]) } : {},
    ...opts.rotate || opts.clientId !== void 0 && opts.clientId !== current.clientId ? { secretVersion: (current.secretVersion ?? 0) + 1 } : {}
  };
  await writeTeamClient(opts.teamFile, name, changed);
  ctx.info(`Updated team client ${ctx.color.bold(name)} in ${opts.teamFile}${changed.secretVersion !== current.secretVersion ? `: secret version ${changed.secretVersion}; profiles made before need a new login` : ""}.`);
}
async function update(ctx, rawName, opts) {
  const name = normalizeName(rawName);
  if (opts.teamFile !== void 0) return updateTeamClient(ctx, name, opts);
  if (opts.rotate) throw usageError("--rotate marks a team client's secret rotated", "give --team-file PATH too");
  const configStore = new ConfigStore(ctx);
  const config = await configStore.load();
  const teamClient = config.clients[name] ? void 0 : readTeamFile(ctx.env)?.team.clients[name];
  if (teamClient) return storeTeamSecret(ctx, name, teamClient, opts);
  const client = existingClient(config, name);
  const readsSecret = opts.secret === true || opts.dcSecret !== void 0 || opts.clientSecretStdin === true;
  const changes = [opts.clientId, opts.redirectUri, opts.addRedirectUri, opts.dc].some((v) => v !== void 0) || readsSecret;
  if (!changes) {
    throw usageError("nothing to update", "give --client-id, --secret, --dc-secret DC, --redirect-uri, --add-redirect-uri or --dc");
  }
  if (opts.secret && opts.dcSecret !== void 0) throw usageError("give --secret or --dc-secret, not both: each reads one secret");
  if (opts.clientId !== void 0) checkClientId(opts.clientId);
  if (opts.redirectUri !== void 0 && opts.addRedirectUri !== void 0) throw usageError("give --redirect-uri (replaces the list) or --add-redirect-uri, not both");
  if (client.selfClient && (opts.redirectUri ?? opts.addRedirectUri) !== void 0) throw usageError("a self client has no redirect URI");
  if (client.public && readsSecret) throw usageError(`client "${name}" is public: it has no secret`, "add it again without --public if the provider gave it one");
  if (client.provider !== "zoho" && (opts.dc ?? opts.dcSecret) !== void 0) throw usageError("--dc and --dc-secret are for Zoho clients");
  const table = await loadDataCentres(ctx.env, config);
  const dc = opts.dc === void 0 ? void 0 : dataCentre(table, opts.dc).dc;
  const secretDc = opts.dcSecret === void 0 ? void 0 : dataCentre(table, opts.dcSecret).dc;
  const redirectUris = opts.redirectUri !== void 0 ? redirectUriList(opts.redirectUri) : opts.addRedirectUri !== void 0 ? redirectUriList([...client.redirectUris ?? [], ...opts.addRedirectUri]) : void 0;
  const store = client.public ? void 0 : new SecretStores(ctx).get(client.store);
  if (readsSecret && store) {
    const secret = await readClientSecret(ctx, opts.clientSecretStdin === true, secretDc ? `Client secret for data centre ${secretDc}:` : "Client secret:");
    await store.set(secretDc ? dcSecretKey(client, secretDc) : client.key, secret);
  }
  await configStore.update((c) => {
    const current = existingClient(c, name);
    if (opts.clientId !== void 0) current.clientId = opts.clientId;
    if (dc !== void 0) current.dc = dc;
    if (redirectUris !== void 0) current.redirectUris = redirectUris;
    if (secretDc !== void 0 && !current.dcSecrets?.includes(secretDc)) current.dcSecrets = [...current.dcSecrets ?? [], secretDc];
    if (readsSecret || opts.clientId !== void 0) {
      for (const p of Object.values(c.profiles)) if (clientOf(p) === name && p.loginRequired?.rejected === "client") delete p.loginRequired;
    }
  });
  const what = [
    opts.clientId !== void 0 && `client id ${opts.clientId}`,
    readsSecret && (secretDc ? `its secret for data centre ${secretDc} (in ${store.location})` : `its secret (in ${store.location})`),
    redirectUris && `redirect URIs ${redirectUris.join(", ")}`,
    dc !== void 0 && `data centre ${dc}`
  ].filter(Boolean);
  ctx.info(`Updated client ${ctx.color.bold(name)}: ${what.join("; ")}.`);
  if (opts.clientId !== void 0 && opts.clientId !== client.clientId) {
    warnUsers(ctx, config, name, "their refresh tokens were issued to the old client id and cannot be refreshed with the new one: log in to them again");
  }
  if (redirectUris && opts.addRedirectUri) ctx.info(`Register ${opts.addRedirectUri.join(", ")} for the client in the Zoho API console too.`);
}
async function storeTeamSecret(ctx, name, client, opts) {
  if (!client.secret || !("keychain" in client.secret)) {
    throw usageError(`client "${name}" comes from the team file, which says where its secret is (${client.secret ? Object.keys(client.secret)[0] : "none: a public client"})`, "ask your administrator to change the team client");
  }
  if (!opts.secret || [opts.clientId, opts.redirectUri, opts.addRedirectUri, opts.dc, opts.dcSecret].some((v) => v !== void 0)) {
    throw usageError(`client "${name}" comes from the team file: only its secret (--secret) is yours to store here`);
  }
  const secret = await readClientSecret(ctx, opts.clientSecretStdin === true, `Client secret of team client ${name}:`);
  const store = new SecretStores(ctx).get("keychain");
  await store.set(clientKey(name), secret);
  ctx.info(`Stored the secret of team client ${ctx.color.bold(name)} in ${store.location}.`);
}
function checkClientId(clientId) {
  if (!/^[\x21-\x7e]{1,200}$/.test(clientId)) {
    throw usageError("the client id must be printable characters without spaces", "copy it from the Zoho API console (it looks like 1000.XXXXXXXX)");
  }
}
function redirectUriList(uris) {
  return [...new Set(uris.map((u) => parseLoopbackRedirectUri(u).href))];
}
function existingClient(config, name) {
  const client = config.clients[name];
  if (client) return client;
  const known = Object.keys(config.clients);
  throw new AuthctlError(`no OAuth client named "${name}"`, {
    exitCode: ExitCode.notFound,
    hint: known.length ? `known clients: ${known.join(", ")}` : "there are no clients yet: authctl client add NAME --client-id ID"
  });
}
var usersOf = (config, name) => Object.entries(config.profiles).filter(([, p]) => clientOf(p) === name).map(([n]) => n);
function warnUsers(ctx, config, name, consequence) {
  const users = usersOf(config, name);
  if (users.length > 0) ctx.warn(`client "${name}" is used by profile${users.length > 1 ? "s" : ""} ${users.join(", ")}: ${consequence}`);
}
async function dropOldSecrets(ctx, stores, name, previous, client) {
  if (previous.public) return;
  const old = [...previous.store !== client.store ? [previous.key] : [], ...(previous.dcSecrets ?? []).map((dc) => dcSecretKey(previous, dc))];
  for (const key of old) {
    await stores.get(previous.store).delete(key).catch((err) => ctx.warn(`could not delete an old secret of client "${name}" (${key}): ${err.message}`));
  }
}
async function readClientSecret(ctx, fromStdin, prompt) {
  let secret;
  if (fromStdin) {
    secret = (await text(ctx.stdin)).trim();
  } else if (ctx.stdinIsTTY) {
    secret = (await promptSecret(ctx, prompt, { validate: (v) => v.trim() ? true : "the client secret cannot be empty" }))?.trim();
  } else {
    throw usageError("no terminal to ask for the client secret", "pipe it in with --client-secret-stdin (a secret is never taken from the command line)");
  }
  if (!secret) throw usageError("the client secret is empty", "copy it from the Zoho API console");
  if (/\s/.test(secret)) throw usageError("the client secret contains spaces or line breaks", "give exactly the secret, on one line");
  return secret;
}
async function list(ctx, opts) {
  const config = await new ConfigStore(ctx).load();
  const clients = Object.entries(allClients(config, ctx.env)).map(([name, c]) => ({
    client: name,
    // "team": from the team file (an administrator's); "local": registered on this machine.
    source: c.team ? "team" : "local",
    provider: c.provider,
    clientId: c.clientId,
    dc: c.dc ?? null,
    public: c.public === true,
    redirectUris: c.redirectUris ?? [],
    selfClient: c.selfClient === true,
    dcSecrets: c.dcSecrets ?? [],
    store: c.store ?? null,
    createdAt: c.createdAt,
    profiles: usersOf(config, name)
  }));
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify(clients, null, 2)}
`);
    return;
  }
  if (clients.length === 0) {
    ctx.info("No OAuth clients yet. Add one with: authctl client add NAME --client-id ID");
    return;
  }
  const rows = clients.map((c) => [
    c.client,
    c.provider,
    c.clientId,
    c.dcSecrets.length ? `${c.dc} (own secret at ${c.dcSecrets.join(",")})` : c.dc ?? "-",
    c.selfClient ? "self client" : c.redirectUris.join(",") || "-",
    c.source === "team" ? "team file" : c.store ?? "public",
    c.profiles.join(",") || "-"
  ]);
  ctx.stdout.write(formatTable(["NAME", "PROVIDER", "CLIENT ID", "DC", "REDIRECT URI", "STORE", "PROFILES"], rows, ctx.stdoutColor.bold));
}
async function remove(ctx, rawName) {
  const name = normalizeName(rawName);
  const configStore = new ConfigStore(ctx);
  const config = await configStore.load();
  if (!config.clients[name] && readTeamFile(ctx.env)?.team.clients[name]) {
    throw usageError(`client "${name}" comes from the team file ${teamFilePath(ctx.env)}`, "your administrator removes it from there");
  }
  const client = existingClient(config, name);
  const users = usersOf(config, name);
  if (users.length > 0) {
    throw new AuthctlError(`client "${name}" is used by profile${users.length > 1 ? "s" : ""} ${users.join(", ")}`, {
      hint: `log out of ${users.length > 1 ? "them" : "it"} first (authctl logout NAME), since their tokens can only be refreshed with this client`
    });
  }
  const store = new SecretStores(ctx).get(client.store ?? "file");
  try {
    if (!client.public) for (const key of [client.key, ...(client.dcSecrets ?? []).map((dc) => dcSecretKey(client, dc))]) await store.delete(key);
  } catch (err) {
    throw new AuthctlError(`could not delete the secret of client "${name}" from ${store.location}`, {
      hint: `${err instanceof AuthctlError ? `${err.message}; ` : ""}the client is kept, run authctl client remove ${name} again`,
      cause: err
    });
  }
  await configStore.update((c) => {
    delete c.clients[name];
  });
  ctx.info(`Removed client ${ctx.color.bold(name)}${client.public ? " (a public client: there was no secret)" : `: its secret was deleted from ${store.location}`}.`);
}
export {
  add,
  list,
  remove,
  update
};
