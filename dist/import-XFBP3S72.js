import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  saveProfile
} from "./chunk-A4P4CHVV.js";
import "./chunk-COZTCRQV.js";
import "./chunk-V6PYEZHN.js";
import {
  SecretStores
} from "./chunk-WGODOINN.js";
import {
  portableGrant,
  refreshAccessToken
} from "./chunk-OJFHKTYF.js";
import "./chunk-75V5QIOK.js";
import {
  ENV_CLIENT
} from "./chunk-RMYOY7U4.js";
import "./chunk-RVJGXOUJ.js";
import "./chunk-LJ6DYF44.js";
import "./chunk-4IG7I7WR.js";
import "./chunk-GFAQK6L7.js";
import {
  decodeAuthUrl,
  decodeExported,
  isApiKeyPortable,
  isZohoPortable,
  portableProfileName,
  portableSpec
} from "./chunk-PC2SCASK.js";
import "./chunk-IOWPGD6P.js";
import {
  loadDataCentres
} from "./chunk-UZ6VYVCW.js";
import "./chunk-LVFTAJCA.js";
import "./chunk-7NKYUQS5.js";
import "./chunk-RYCME3SZ.js";
import "./chunk-4MABVAWP.js";
import "./chunk-U4XMNMAO.js";
import {
  NEVER_EXPIRES_AT
} from "./chunk-XYMNJ3EU.js";
import {
  ConfigStore
} from "./chunk-WE677QNK.js";
import "./chunk-HVF3DJK5.js";
import "./chunk-23EBES73.js";
import "./chunk-4WXXECZW.js";
import {
  NAME_RULE,
  apiKeyProfileKey,
  clientKey,
  isValidName,
  isZohoProfile,
  normalizeName,
  oauthProfileKey,
  profileKey
} from "./chunk-YCNKKPBX.js";
import {
  isOAuthSpec
} from "./chunk-3GMNTBGG.js";
import "./chunk-5CESELZY.js";
import "./chunk-OHRQBEPP.js";
import {
  AuthctlError,
  ExitCode,
  usageError
} from "./chunk-IJBOYKY4.js";
import "./chunk-A6S6R7IG.js";
import "./chunk-S47ZGZ7M.js";

// src/commands/import.ts
import { text } from "node:stream/consumers";
async function run(ctx, opts) {
  if (Boolean(opts.stdin) === Boolean(opts.fromEnv)) {
    throw usageError("give one of --stdin and --from-env", "authctl export --profile NAME | authctl import --stdin, or authctl import --from-env with AUTHCTL_AUTH_URL set");
  }
  const asked = opts.profile === void 0 ? void 0 : normalizeName(opts.profile);
  if (asked !== void 0 && !isValidName(asked)) throw usageError(`invalid --profile "${asked}"`, `use ${NAME_RULE}`);
  const config = await new ConfigStore(ctx).load();
  const table = await loadDataCentres(ctx.env, config);
  const label = opts.stdin ? "the value on stdin" : "AUTHCTL_AUTH_URL";
  const credential = opts.stdin ? decodeExported(await readStdin(ctx), label, table) : decodeAuthUrl(authUrlFromEnv(ctx.env), label, table);
  const name = asked ?? portableProfileName(credential);
  const stores = new SecretStores(ctx);
  const store = await stores.forNewSecret(opts.store ?? (ctx.env.AUTHCTL_STORE || void 0) ?? config.profiles[name]?.store);
  if (isApiKeyPortable(credential)) return importApiKey(ctx, stores, config, credential, name, store, opts);
  const stored = credential.refreshToken === void 0 ? (
    // An access token that never expires: nothing to check it with but the API itself.
    { accessToken: credential.accessToken, accessTokenExpiresAt: NEVER_EXPIRES_AT }
  ) : opts.verify === false ? { refreshToken: credential.refreshToken } : await verify(ctx, credential, credential.refreshToken, label, name);
  const client = await clientFor(ctx, stores, config, credential, name, store);
  const profile = describeProfile(ctx, credential, client.name, store, stored, name);
  let replaced;
  try {
    replaced = await saveProfile(ctx, stores, name, profile, stored, store, {
      replace: opts.replace === true,
      command: `authctl import ${opts.stdin ? "--stdin" : "--from-env"}`
    });
  } catch (err) {
    if (client.created) await forgetClient(ctx, store, client.name);
    throw err;
  }
  const org = profile.orgId ? `org ${profile.orgName ?? profile.orgId} (${profile.orgId})` : profile.org ? `org "${profile.org}"` : "an org";
  const where = isZohoProfile(profile) ? `${profile.environment} environment, data centre ${profile.dc}` : `provider ${profile.provider}`;
  const title = isZohoPortable(credential) ? "Zoho" : portableSpec(credential).title;
  ctx.info(`${ctx.color.green("Imported:")} profile ${ctx.color.bold(name)} \u2192 ${org}, ${where}; refresh token stored in ${store.location}, client "${client.name}".`);
  ctx.info(stored.accessToken ? `  checked: ${title} issued an access token for it` : "  not checked (--no-verify): the first authctl token will tell");
  if (replaced && replaced.refreshToken !== stored.refreshToken) {
    ctx.warn(
      `the previous refresh token of profile "${name}" was not revoked; remove it ${isZohoPortable(credential) ? "under Connected Apps in your Zoho account" : `in your ${title} account settings`} if nothing uses it`
    );
  }
}
async function importApiKey(ctx, stores, config, c, name, store, opts) {
  if (c.method && !config.providers?.[c.provider]) {
    await new ConfigStore(ctx).update((cfg) => {
      if (!cfg.providers?.[c.provider]) cfg.providers = { ...cfg.providers, [c.provider]: { title: c.provider, type: "apiKey", apiKey: c.method } };
    });
  }
  const now = new Date(ctx.now()).toISOString();
  const profile = {
    provider: c.provider,
    key: apiKeyProfileKey(c.provider, name),
    auth: "apiKey",
    ...Object.keys(c.fields).length > 0 ? { fields: c.fields } : {},
    apiBase: c.apiBase,
    ...c.org ? { org: c.org } : {},
    ...c.orgId ? { orgId: c.orgId } : {},
    scopes: [],
    store: store.kind,
    createdAt: now,
    accessTokenExpiresAt: new Date(NEVER_EXPIRES_AT).toISOString()
  };
  await saveProfile(ctx, stores, name, profile, { accessToken: c.apiKey, accessTokenExpiresAt: NEVER_EXPIRES_AT }, store, {
    replace: opts.replace === true,
    command: `authctl import ${opts.stdin ? "--stdin" : "--from-env"}`
  });
  ctx.info(`${ctx.color.green("Imported:")} profile ${ctx.color.bold(name)} \u2192 an API key of provider ${c.provider}, stored in ${store.location}.`);
}
async function readStdin(ctx) {
  if (ctx.stdinIsTTY) {
    throw usageError("--stdin reads the value from a pipe, and stdin is a terminal", "pipe it in (authctl export --profile NAME | authctl import --stdin), or use --from-env");
  }
  const value = await text(ctx.stdin);
  if (value.trim() === "") throw usageError("nothing was read on stdin", "pipe in what authctl export printed");
  return value;
}
function authUrlFromEnv(env) {
  const value = env.AUTHCTL_AUTH_URL;
  if (!value?.trim()) throw usageError(`AUTHCTL_AUTH_URL is ${value === void 0 ? "not set" : "empty"}`, "set it to what authctl export printed, or use --stdin");
  return value;
}
async function verify(ctx, c, refreshToken, label, name) {
  try {
    const tokens = await refreshAccessToken(ctx, portableGrant(c, label, `authctl login --org ${name}`), refreshToken);
    return { refreshToken: tokens.refreshToken ?? refreshToken, accessToken: tokens.accessToken, accessTokenExpiresAt: tokens.expiresAt };
  } catch (err) {
    if (!(err instanceof AuthctlError)) throw err;
    throw new AuthctlError(`${err.message}; nothing was imported`, {
      exitCode: err.exitCode,
      hint: err.exitCode === ExitCode.loginRequired ? `export it again from a profile that works (authctl export --profile NAME), or log in here: authctl login --org ${name}` : err.hint,
      cause: err
    });
  }
}
async function clientFor(ctx, stores, config, c, profileName, store) {
  for (const [name2, client] of Object.entries(config.clients)) {
    if (client.provider !== c.provider || client.clientId !== c.clientId) continue;
    if (client.public) {
      if (c.clientSecret === void 0) return { name: name2, created: false };
      continue;
    }
    const secret = await stores.get(client.store).get(client.key).catch(() => void 0);
    if (secret === c.clientSecret) return { name: name2, created: false };
  }
  const spec = isZohoPortable(c) ? void 0 : c.spec;
  const known = spec ? config.providers?.[c.provider] : void 0;
  if (spec && known && (!isOAuthSpec(known) || known.tokenEndpoint !== spec.tokenEndpoint)) {
    throw new AuthctlError(`the value is for a provider "${c.provider}" whose token endpoint (${spec.tokenEndpoint}) is not the one of the provider of that name here`, {
      hint: "remove or rename the provider here (authctl provider remove), or import on another machine"
    });
  }
  let name = profileName;
  for (let n = 2; name in config.clients || name === ENV_CLIENT; n++) name = `${profileName.slice(0, 60)}-${n}`;
  const key = clientKey(name);
  if (c.clientSecret !== void 0) await store.set(key, c.clientSecret);
  await new ConfigStore(ctx).update((cfg) => {
    if (spec && !cfg.providers?.[c.provider]) cfg.providers = { ...cfg.providers, [c.provider]: spec };
    cfg.clients[name] = {
      provider: c.provider,
      clientId: c.clientId,
      ...isZohoPortable(c) ? { dc: c.dc } : {},
      ...c.clientSecret === void 0 ? { public: true } : { store: store.kind, key },
      createdAt: new Date(ctx.now()).toISOString()
    };
  });
  return { name, created: true };
}
async function forgetClient(ctx, store, name) {
  try {
    await new ConfigStore(ctx).update((cfg) => {
      delete cfg.clients[name];
    });
    await store.delete(clientKey(name));
  } catch (err) {
    ctx.warn(`could not remove client "${name}", added for this import: ${err.message}; remove it with authctl client remove ${name}`);
  }
}
function describeProfile(ctx, c, client, store, stored, name) {
  const now = new Date(ctx.now()).toISOString();
  const refreshed = stored.accessTokenExpiresAt !== void 0 ? { refreshedAt: now, accessTokenExpiresAt: new Date(stored.accessTokenExpiresAt).toISOString() } : {};
  if (!isZohoPortable(c)) {
    return {
      provider: c.provider,
      key: oauthProfileKey(c.provider, c.variables, c.orgId, name),
      client,
      ...Object.keys(c.variables).length > 0 ? { variables: c.variables } : {},
      apiBase: c.apiBase,
      ...c.org ? { org: c.org } : {},
      ...c.orgId ? { orgId: c.orgId } : {},
      scopes: c.scopes,
      store: store.kind,
      createdAt: now,
      ...refreshed
    };
  }
  const identity = {
    provider: c.provider,
    dc: c.dc,
    ...c.portal ? { portal: c.portal } : {},
    ...c.org ? { org: c.org } : {},
    ...c.orgId ? { orgId: c.orgId } : {},
    environment: c.environment
  };
  return {
    ...identity,
    key: profileKey(identity),
    client,
    accountsServer: c.accountsServer,
    apiDomain: c.apiDomain,
    ...c.orgName ? { orgName: c.orgName } : {},
    scopes: c.scopes,
    store: store.kind,
    createdAt: now,
    ...refreshed
  };
}
export {
  run
};
