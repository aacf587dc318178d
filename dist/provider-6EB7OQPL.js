import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  findProvider,
  isPreset,
  requireProvider
} from "./chunk-LJ6DYF44.js";
import {
  PRESETS
} from "./chunk-7NKYUQS5.js";
import "./chunk-RYCME3SZ.js";
import {
  formatTable
} from "./chunk-HOPHJIIG.js";
import "./chunk-XYMNJ3EU.js";
import {
  ConfigStore
} from "./chunk-WE677QNK.js";
import "./chunk-HVF3DJK5.js";
import {
  checkProvider
} from "./chunk-23EBES73.js";
import "./chunk-4WXXECZW.js";
import {
  NAME_RULE,
  isValidName,
  normalizeName
} from "./chunk-YCNKKPBX.js";
import {
  isOAuthSpec,
  isSafeEndpoint
} from "./chunk-3GMNTBGG.js";
import {
  AuthctlError,
  ExitCode,
  usageError
} from "./chunk-IJBOYKY4.js";
import "./chunk-S47ZGZ7M.js";

// src/commands/provider.ts
import { readFile } from "node:fs/promises";
async function list(ctx, opts) {
  const config = await new ConfigStore(ctx).load();
  const rows = [
    ...Object.entries(PRESETS).map(([name, spec]) => ({ provider: name, builtIn: true, spec })),
    ...Object.entries(config.providers ?? {}).map(([name, spec]) => ({ provider: name, builtIn: false, spec }))
  ];
  if (opts.json) {
    const out = rows.map((r) => ({
      provider: r.provider,
      title: r.spec.title,
      builtIn: r.builtIn,
      type: r.spec.type,
      apiKey: r.spec.apiKey !== void 0,
      console: r.spec.console ?? null
    }));
    ctx.stdout.write(`${JSON.stringify(out, null, 2)}
`);
    return;
  }
  const table = rows.map((r) => [
    r.provider,
    r.spec.title,
    r.builtIn ? "built in" : "added",
    isOAuthSpec(r.spec) ? r.spec.apiKey ? "oauth2, api key" : "oauth2" : "api key",
    r.spec.console ?? (isOAuthSpec(r.spec) ? r.spec.issuer ?? r.spec.authorizationEndpoint : r.spec.apiKey.base)
  ]);
  ctx.stdout.write(formatTable(["NAME", "PROVIDER", "SOURCE", "CONNECTS WITH", "CLIENT OR KEY FROM"], table, ctx.stdoutColor.bold));
}
async function show(ctx, rawName) {
  const name = normalizeName(rawName);
  const config = await new ConfigStore(ctx).load();
  const spec = requireProvider(config, name);
  ctx.stdout.write(`${JSON.stringify({ provider: name, builtIn: isPreset(name), ...spec }, null, 2)}
`);
}
async function add(ctx, rawName, opts) {
  const name = normalizeName(rawName);
  if (!isValidName(name)) throw usageError(`invalid provider name "${name}"`, `use ${NAME_RULE}`);
  if (isPreset(name)) {
    throw usageError(`"${name}" is a built-in provider`, `pick another name; to change some of it, write a file with "extends": "${name}" and add it under that name with --file`);
  }
  const sources = [opts.issuer, opts.file, opts.authorizationEndpoint ?? opts.tokenEndpoint].filter((v) => v !== void 0).length;
  if (sources !== 1) throw usageError("give one of --issuer URL, --file FILE, or --authorization-endpoint with --token-endpoint");
  const configStore = new ConfigStore(ctx);
  const config = await configStore.load();
  const existing = config.providers?.[name];
  if (existing && !opts.replace) {
    throw usageError(`a provider named "${name}" exists`, `give --replace to replace it (its profiles then use the new endpoints), or pick another name`);
  }
  let spec;
  if (opts.issuer !== void 0) spec = await fromIssuer(ctx, opts.issuer);
  else if (opts.file !== void 0) spec = await fromFile(opts.file, (n) => findProvider(config, n));
  else spec = fromEndpoints(opts);
  if (isOAuthSpec(spec)) spec = applyFlags(spec, opts);
  else if ([opts.revocationEndpoint, opts.scope, opts.scopeSeparator, opts.authScheme, opts.apiBase].some((v) => v !== void 0)) {
    throw usageError("--revocation-endpoint, --scope, --scope-separator, --auth-scheme and --api-base describe an OAuth server, not an API-key provider");
  }
  const violations = [];
  checkProvider(spec, [], violations);
  if (violations.length > 0) {
    const v = violations[0];
    throw usageError(`the provider is not valid: ${v.path.join(".") || "it"} ${v.problem}`);
  }
  const added = spec;
  await configStore.update((c) => {
    c.providers = { ...c.providers, [name]: added };
  });
  if (!isOAuthSpec(spec)) {
    ctx.info(`${existing ? "Replaced" : "Added"} provider ${ctx.color.bold(name)} (${spec.title}): API keys, for ${spec.apiKey.base}.`);
    ctx.info(`Next: authctl login --provider ${name}`);
    return;
  }
  ctx.info(`${existing ? "Replaced" : "Added"} provider ${ctx.color.bold(name)} (${spec.title}): authorization at ${spec.authorizationEndpoint}, tokens at ${spec.tokenEndpoint}.`);
  if (!spec.revocationEndpoint) ctx.info("  It has no revocation endpoint: logout can only forget its tokens here.");
  ctx.info(`Next: register a client there with the redirect URI http://127.0.0.1:8400/callback, then: authctl client add NAME --provider ${name} --client-id ID [--public]`);
}
async function fromIssuer(ctx, issuer) {
  if (!isSafeEndpoint(issuer) || new URL(issuer).search) throw usageError(`--issuer ${issuer} must be an https URL without a query`);
  const { discover, specFromMetadata } = await import("./discovery-LWWLVTLG.js");
  const { httpTimeoutMs } = await import("./timeout-FKPPTFPE.js");
  const { metadata, url } = await discover(issuer, httpTimeoutMs(ctx.env));
  ctx.info(`Read the metadata of ${issuer} from ${url}.`);
  return specFromMetadata(issuer, metadata);
}
function fromEndpoints(opts) {
  if (opts.authorizationEndpoint === void 0 || opts.tokenEndpoint === void 0) {
    throw usageError("--authorization-endpoint and --token-endpoint go together");
  }
  return {
    title: new URL(opts.authorizationEndpoint).host,
    type: "oauth2",
    authorizationEndpoint: opts.authorizationEndpoint,
    tokenEndpoint: opts.tokenEndpoint,
    scopes: [],
    scopeSeparator: " ",
    pkce: true,
    clientAuthMethods: ["client_secret_basic", "client_secret_post", "none"],
    api: { scheme: "Bearer", base: new URL(opts.tokenEndpoint).origin }
  };
}
function applyFlags(spec, o) {
  const out = { ...spec, api: { ...spec.api } };
  if (o.title !== void 0) out.title = o.title;
  if (o.revocationEndpoint !== void 0) out.revocationEndpoint = o.revocationEndpoint;
  if (o.scopeSeparator !== void 0) out.scopeSeparator = o.scopeSeparator;
  if (o.scope !== void 0) out.scopes = o.scope.split(/[\s,]+/).filter(Boolean);
  if (o.authScheme !== void 0) out.api.scheme = o.authScheme;
  if (o.apiBase !== void 0) {
    out.api.base = o.apiBase;
    delete out.api.baseFromTokenField;
  }
  return out;
}
var MANIFEST_NAMES = { authUrl: "authorizationEndpoint", tokenUrl: "tokenEndpoint", revokeUrl: "revocationEndpoint" };
async function fromFile(file, lookup) {
  let value;
  try {
    value = JSON.parse(await readFile(file, "utf8"));
  } catch (err) {
    throw usageError(`cannot read ${file} as JSON: ${err.message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw usageError(`${file} must hold a JSON object`);
  const { provider: _name, builtIn: _builtIn, clientId, redirectUri, scope, customState, ...fields } = value;
  if (clientId !== void 0 || redirectUri !== void 0) {
    throw usageError(`${file} names a client (clientId, redirectUri): a provider file describes the server only`, "register the client with authctl client add NAME --provider P --client-id ID [--redirect-uri URI]");
  }
  for (const [from, to] of Object.entries(MANIFEST_NAMES)) {
    if (from in fields) {
      fields[to] = fields[from];
      delete fields[from];
    }
  }
  if (typeof scope === "string") fields.scopes = scope.split(/[\s,]+/).filter(Boolean);
  if (customState !== void 0) fields.customState = customState;
  let spec = fields;
  if (typeof fields.extends === "string") {
    const base = lookup(fields.extends);
    if (!base) throw new AuthctlError(`${file} extends "${fields.extends}", which is not a known provider`, { exitCode: ExitCode.notFound });
    const apiKey = base.apiKey || spec.apiKey ? { apiKey: { ...base.apiKey, ...spec.apiKey ?? {} } } : {};
    spec = isOAuthSpec(base) ? { ...base, ...spec, api: { ...base.api, ...spec.api ?? {} }, ...apiKey } : { ...base, ...spec, ...apiKey };
  }
  if (spec.type === "apiKey") return { ...spec, title: spec.title ?? file };
  const defaults = { type: "oauth2", scopeSeparator: " ", pkce: true, scopes: [], clientAuthMethods: ["client_secret_basic"], title: file };
  return { ...defaults, ...spec };
}
async function remove(ctx, rawName) {
  const name = normalizeName(rawName);
  if (isPreset(name)) throw usageError(`"${name}" is built in and cannot be removed`);
  const configStore = new ConfigStore(ctx);
  await configStore.update((c) => {
    if (!c.providers?.[name]) requireProvider(c, name);
    const users = [
      ...Object.entries(c.clients).filter(([, v]) => v.provider === name).map(([n]) => `client ${n}`),
      ...Object.entries(c.profiles).filter(([, v]) => v.provider === name).map(([n]) => `profile ${n}`)
    ];
    if (users.length > 0) {
      throw new AuthctlError(`provider "${name}" is used by ${users.join(", ")}`, { hint: "log out of its profiles and remove its clients first" });
    }
    delete c.providers[name];
    if (Object.keys(c.providers).length === 0) delete c.providers;
  });
  ctx.info(`Removed provider ${ctx.color.bold(name)}.`);
}
export {
  add,
  list,
  remove,
  show
};
