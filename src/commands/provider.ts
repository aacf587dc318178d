import { readFile } from 'node:fs/promises';
import { AuthctlError, ExitCode, usageError } from '../errors.js';
import type { Context } from '../io/context.js';
import { formatTable } from '../io/table.js';
import { ConfigStore } from '../profiles/config.js';
import { isValidName, NAME_RULE, normalizeName } from '../profiles/model.js';
import { checkProvider, type Violation } from '../profiles/validate.js';
import { PRESETS } from '../providers/presets.js';
import { findProvider, isPreset, requireProvider } from '../providers/registry.js';
import { type AnyProviderSpec, isOAuthSpec, isSafeEndpoint, type ProviderSpec } from '../providers/spec.js';

/** authctl provider list: the presets and the providers added here, with where each one's client is registered. */
export async function list(ctx: Context, opts: { json?: boolean }): Promise<void> {
  const config = await new ConfigStore(ctx).load();
  const rows = [
    ...Object.entries(PRESETS).map(([name, spec]) => ({ provider: name, builtIn: true, spec })),
    ...Object.entries(config.providers ?? {}).map(([name, spec]) => ({ provider: name, builtIn: false, spec })),
  ];
  if (opts.json) {
    const out = rows.map((r) => ({
      provider: r.provider,
      title: r.spec.title,
      builtIn: r.builtIn,
      type: r.spec.type,
      apiKey: r.spec.apiKey !== undefined,
      console: r.spec.console ?? null,
    }));
    ctx.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  const table = rows.map((r) => [
    r.provider,
    r.spec.title,
    r.builtIn ? 'built in' : 'added',
    isOAuthSpec(r.spec) ? (r.spec.apiKey ? 'oauth2, api key' : 'oauth2') : 'api key',
    r.spec.console ?? (isOAuthSpec(r.spec) ? (r.spec.issuer ?? r.spec.authorizationEndpoint) : r.spec.apiKey.base),
  ]);
  ctx.stdout.write(formatTable(['NAME', 'PROVIDER', 'SOURCE', 'CONNECTS WITH', 'CLIENT OR KEY FROM'], table, ctx.stdoutColor.bold));
}

/** authctl provider show NAME: the whole provider as JSON (nothing in it is secret). */
export async function show(ctx: Context, rawName: string): Promise<void> {
  const name = normalizeName(rawName);
  const config = await new ConfigStore(ctx).load();
  const spec = requireProvider(config, name);
  ctx.stdout.write(`${JSON.stringify({ provider: name, builtIn: isPreset(name), ...spec }, null, 2)}\n`);
}

export interface ProviderAddOptions {
  issuer?: string;
  file?: string;
  authorizationEndpoint?: string;
  tokenEndpoint?: string;
  revocationEndpoint?: string;
  scope?: string;
  scopeSeparator?: string;
  authScheme?: string;
  apiBase?: string;
  title?: string;
  replace?: boolean;
}

/**
 * authctl provider add: a server by its metadata (--issuer), by its endpoints, or
 * from a JSON file (a whole provider, or one that "extends" another and changes
 * some of it). Never under a built-in name, and never over another silently.
 */
export async function add(ctx: Context, rawName: string, opts: ProviderAddOptions): Promise<void> {
  const name = normalizeName(rawName);
  if (!isValidName(name)) throw usageError(`invalid provider name "${name}"`, `use ${NAME_RULE}`);
  if (isPreset(name)) {
    throw usageError(`"${name}" is a built-in provider`, `pick another name; to change some of it, write a file with "extends": "${name}" and add it under that name with --file`);
  }
  const sources = [opts.issuer, opts.file, opts.authorizationEndpoint ?? opts.tokenEndpoint].filter((v) => v !== undefined).length;
  if (sources !== 1) throw usageError('give one of --issuer URL, --file FILE, or --authorization-endpoint with --token-endpoint');
  const configStore = new ConfigStore(ctx);
  const config = await configStore.load();
  const existing = config.providers?.[name];
  if (existing && !opts.replace) {
    throw usageError(`a provider named "${name}" exists`, `give --replace to replace it (its profiles then use the new endpoints), or pick another name`);
  }

  let spec: AnyProviderSpec;
  if (opts.issuer !== undefined) spec = await fromIssuer(ctx, opts.issuer);
  else if (opts.file !== undefined) spec = await fromFile(opts.file, (n) => findProvider(config, n));
  else spec = fromEndpoints(opts);
  if (isOAuthSpec(spec)) spec = applyFlags(spec, opts);
  else if ([opts.revocationEndpoint, opts.scope, opts.scopeSeparator, opts.authScheme, opts.apiBase].some((v) => v !== undefined)) {
    throw usageError('--revocation-endpoint, --scope, --scope-separator, --auth-scheme and --api-base describe an OAuth server, not an API-key provider');
  }

  const violations: Violation[] = [];
  checkProvider(spec, [], violations);
  if (violations.length > 0) {
    const v = violations[0]!;
    throw usageError(`the provider is not valid: ${v.path.join('.') || 'it'} ${v.problem}`);
  }
  const added = spec;
  await configStore.update((c) => {
    c.providers = { ...c.providers, [name]: added };
  });
  if (!isOAuthSpec(spec)) {
    ctx.info(`${existing ? 'Replaced' : 'Added'} provider ${ctx.color.bold(name)} (${spec.title}): API keys, for ${spec.apiKey.base}.`);
    ctx.info(`Next: authctl login --provider ${name}`);
    return;
  }
  ctx.info(`${existing ? 'Replaced' : 'Added'} provider ${ctx.color.bold(name)} (${spec.title}): authorization at ${spec.authorizationEndpoint}, tokens at ${spec.tokenEndpoint}.`);
  if (!spec.revocationEndpoint) ctx.info('  It has no revocation endpoint: logout can only forget its tokens here.');
  ctx.info(`Next: register a client there with the redirect URI http://127.0.0.1:8400/callback, then: authctl client add NAME --provider ${name} --client-id ID [--public]`);
}

async function fromIssuer(ctx: Context, issuer: string): Promise<ProviderSpec> {
  if (!isSafeEndpoint(issuer) || new URL(issuer).search) throw usageError(`--issuer ${issuer} must be an https URL without a query`);
  const { discover, specFromMetadata } = await import('../oauth/discovery.js');
  const { httpTimeoutMs } = await import('../oauth/timeout.js');
  const { metadata, url } = await discover(issuer, httpTimeoutMs(ctx.env));
  ctx.info(`Read the metadata of ${issuer} from ${url}.`);
  return specFromMetadata(issuer, metadata);
}

function fromEndpoints(opts: ProviderAddOptions): ProviderSpec {
  if (opts.authorizationEndpoint === undefined || opts.tokenEndpoint === undefined) {
    throw usageError('--authorization-endpoint and --token-endpoint go together');
  }
  return {
    title: new URL(opts.authorizationEndpoint).host,
    type: 'oauth2',
    authorizationEndpoint: opts.authorizationEndpoint,
    tokenEndpoint: opts.tokenEndpoint,
    scopes: [],
    scopeSeparator: ' ',
    pkce: true,
    clientAuthMethods: ['client_secret_basic', 'client_secret_post', 'none'],
    api: { scheme: 'Bearer', base: new URL(opts.tokenEndpoint).origin },
  };
}

function applyFlags(spec: ProviderSpec, o: ProviderAddOptions): ProviderSpec {
  const out: ProviderSpec = { ...spec, api: { ...spec.api } };
  if (o.title !== undefined) out.title = o.title;
  if (o.revocationEndpoint !== undefined) out.revocationEndpoint = o.revocationEndpoint;
  if (o.scopeSeparator !== undefined) out.scopeSeparator = o.scopeSeparator;
  if (o.scope !== undefined) out.scopes = o.scope.split(/[\s,]+/).filter(Boolean);
  if (o.authScheme !== undefined) out.api.scheme = o.authScheme;
  if (o.apiBase !== undefined) {
    out.api.base = o.apiBase;
    delete out.api.baseFromTokenField;
  }
  return out;
}

/** Seed 002's manifest names, and what they are here. */
const MANIFEST_NAMES: Record<string, keyof ProviderSpec> = { authUrl: 'authorizationEndpoint', tokenUrl: 'tokenEndpoint', revokeUrl: 'revocationEndpoint' };

/**
 * A provider written by hand: the fields `provider show` prints (`extends` takes
 * another's and changes the fields given), with seed 002's manifest names
 * accepted too (authUrl, scope, customState). Its clientId and redirectUri belong
 * to a client: `client add` takes them.
 */
async function fromFile(file: string, lookup: (name: string) => AnyProviderSpec | undefined): Promise<AnyProviderSpec> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw usageError(`cannot read ${file} as JSON: ${(err as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw usageError(`${file} must hold a JSON object`);
  const { provider: _name, builtIn: _builtIn, clientId, redirectUri, scope, customState, ...fields } = value as Record<string, unknown>;
  if (clientId !== undefined || redirectUri !== undefined) {
    throw usageError(`${file} names a client (clientId, redirectUri): a provider file describes the server only`, 'register the client with authctl client add NAME --provider P --client-id ID [--redirect-uri URI]');
  }
  for (const [from, to] of Object.entries(MANIFEST_NAMES)) {
    if (from in fields) {
      fields[to] = fields[from];
      delete fields[from];
    }
  }
  if (typeof scope === 'string') fields.scopes = scope.split(/[\s,]+/).filter(Boolean);
  if (customState !== undefined) fields.customState = customState;
  let spec = fields as unknown as AnyProviderSpec;
  if (typeof fields.extends === 'string') {
    const base = lookup(fields.extends);
    if (!base) throw new AuthctlError(`${file} extends "${fields.extends}", which is not a known provider`, { exitCode: ExitCode.notFound });
    const apiKey = base.apiKey || spec.apiKey ? { apiKey: { ...base.apiKey!, ...(spec.apiKey ?? {}) } } : {};
    spec = isOAuthSpec(base)
      ? ({ ...base, ...spec, api: { ...base.api, ...((spec as ProviderSpec).api ?? {}) }, ...apiKey } as ProviderSpec)
      : { ...base, ...spec, ...apiKey };
  }
  if (spec.type === 'apiKey') return { ...spec, title: spec.title ?? file };
  const defaults: Partial<ProviderSpec> = { type: 'oauth2', scopeSeparator: ' ', pkce: true, scopes: [], clientAuthMethods: ['client_secret_basic'], title: file };
  return { ...defaults, ...spec } as ProviderSpec;
}

/** authctl provider remove NAME: refused while a client or profile uses it. */
export async function remove(ctx: Context, rawName: string): Promise<void> {
  const name = normalizeName(rawName);
  if (isPreset(name)) throw usageError(`"${name}" is built in and cannot be removed`);
  const configStore = new ConfigStore(ctx);
  await configStore.update((c) => {
    if (!c.providers?.[name]) requireProvider(c, name);
    const users = [
      ...Object.entries(c.clients).filter(([, v]) => v.provider === name).map(([n]) => `client ${n}`),
      ...Object.entries(c.profiles).filter(([, v]) => v.provider === name).map(([n]) => `profile ${n}`),
    ];
    if (users.length > 0) {
      throw new AuthctlError(`provider "${name}" is used by ${users.join(', ')}`, { hint: 'log out of its profiles and remove its clients first' });
    }
    delete c.providers![name];
    if (Object.keys(c.providers!).length === 0) delete c.providers;
  });
  ctx.info(`Removed provider ${ctx.color.bold(name)}.`);
}
