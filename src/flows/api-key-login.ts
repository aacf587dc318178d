import { text } from 'node:stream/consumers';
import type { LoginOptions } from '../commands/login.js';
import { AuthctlError, ExitCode, usageError } from '../errors.js';
import type { Context } from '../io/context.js';
import { httpTimeoutMs } from '../oauth/timeout.js';
import { type ApiKeyProfile, apiKeyProfileKey, type Config, isValidName, NAME_RULE, normalizeName, type StoreKind } from '../profiles/model.js';
import { saveProfile } from '../profiles/save.js';
import { apiKeyBase, apiKeyHeaders, checkField, resolveFields, secretFieldOf } from '../providers/api-key.js';
import type { AnyProviderSpec, ApiKeyMethod } from '../providers/spec.js';
import { NEVER_EXPIRES_AT } from '../secrets/credential.js';
import { SecretStores } from '../secrets/resolve.js';

/**
 * `authctl login` with an API key (seed 002's third way): the provider's title
 * and warning, then its fields — prompted on a terminal (the key hidden), or a
 * JSON object on stdin with --stdin, never argv — checked with the provider's
 * cheap request where it names one, and only then stored: the key in the secret
 * store, the other fields in config.json.
 */
export async function loginWithApiKey(ctx: Context, opts: LoginOptions, config: Config, providerName: string, spec: AnyProviderSpec): Promise<void> {
  const method = spec.apiKey;
  if (!method) throw usageError(`${spec.title} takes no API keys here`, `log in with OAuth: authctl login --provider ${providerName}`);
  const oauthOnly = (['env', 'portal', 'dc', 'selfClient', 'code', 'client', 'scope', 'var', 'port', 'timeout'] as const).filter((k) => opts[k] !== undefined);
  if (oauthOnly.length > 0 || opts.browser === false) {
    throw usageError(`--${[...oauthOnly, ...(opts.browser === false ? ['no-browser'] : [])].join(', --')} ${oauthOnly.length > 1 ? 'are' : 'is'} for OAuth logins, not for an API key`);
  }
  const name = normalizeName(opts.profile ?? opts.org ?? providerName);
  if (!isValidName(name)) throw usageError(`invalid profile name "${name}"`, `use ${NAME_RULE}`);
  const stores = new SecretStores(ctx);
  const store = await stores.forNewSecret(opts.store ?? (ctx.env.AUTHCTL_STORE || undefined) ?? config.profiles[name]?.store);

  ctx.info(`Connecting to ${spec.title} with an API key, as profile ${ctx.color.bold(name)}.`);
  if (method.warning) ctx.info(method.warning);
  const secretName = secretFieldOf(method);
  const values = opts.stdin ? await fieldsFromStdin(ctx, method) : await fieldsFromPrompts(ctx, method);
  const key = values[secretName];
  if (key === undefined) throw usageError(`no ${method.fields[secretName]!.title} was given (field "${secretName}")`);
  const problem = checkField(method, secretName, key);
  if (problem) throw usageError(`${problem} (field "${secretName}")`);
  const { [secretName]: _key, ...others } = values;
  const fields = resolveFields(providerName, method, others);
  const base = apiKeyBase(method, fields);
  if ('problem' in base) throw usageError(`${base.problem}: the key was not sent`, 'give the API URL the provider shows with your key');
  if (method.check) await checkKey(ctx, spec.title, base.base + method.check, apiKeyHeaders(method, fields, key));

  const now = new Date(ctx.now()).toISOString();
  const profile: ApiKeyProfile = {
    provider: providerName,
    key: apiKeyProfileKey(providerName, name),
    auth: 'apiKey',
    ...(Object.keys(fields).length > 0 ? { fields } : {}),
    apiBase: base.base,
    ...(opts.org !== undefined ? { org: normalizeName(opts.org) } : {}),
    scopes: [],
    store: store.kind as StoreKind,
    createdAt: now,
    accessTokenExpiresAt: new Date(NEVER_EXPIRES_AT).toISOString(),
  };
  await saveProfile(ctx, stores, name, profile, { accessToken: key, accessTokenExpiresAt: NEVER_EXPIRES_AT }, store, {
    replace: opts.replace === true,
    command: `authctl login --provider ${providerName}`,
  });
  ctx.info(`${ctx.color.green('Logged in:')} profile ${ctx.color.bold(name)} → ${spec.title} with an API key${method.check ? ' (checked)' : ' (not checked: the provider names no request to check it with)'}`);
  ctx.info(`  API base: ${profile.apiBase}; key stored in ${store.location}`);
}

/** --stdin: one JSON object, field name to value. */
async function fieldsFromStdin(ctx: Context, method: ApiKeyMethod): Promise<Record<string, string>> {
  if (ctx.stdinIsTTY) throw usageError('--stdin reads the fields from a pipe, and stdin is a terminal', 'omit --stdin to be asked for each field');
  let value: unknown;
  try {
    value = JSON.parse(await text(ctx.stdin));
  } catch {
    throw usageError('stdin is not JSON', `give an object of the fields: {${Object.keys(method.fields).map((f) => `"${f}": "…"`).join(', ')}}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.values(value).every((v) => typeof v === 'string')) {
    throw usageError('stdin must hold a JSON object of strings', `the fields: ${Object.keys(method.fields).join(', ')}`);
  }
  const unknown = Object.keys(value).find((k) => !(k in method.fields));
  if (unknown !== undefined) throw usageError(`stdin names a field the provider does not have ("${unknown.slice(0, 64)}")`, `the fields: ${Object.keys(method.fields).join(', ')}`);
  return value as Record<string, string>;
}

/** On a terminal: each field in turn, the key hidden, each checked as it is typed. */
async function fieldsFromPrompts(ctx: Context, method: ApiKeyMethod): Promise<Record<string, string>> {
  if (!ctx.stdinIsTTY) throw usageError('no terminal to ask for the API key', 'pipe the fields in as JSON with --stdin (a key is never taken from the command line)');
  const { promptSecret, promptText } = await import('../io/prompt.js');
  const values: Record<string, string> = {};
  for (const [name, field] of Object.entries(method.fields)) {
    const validate = (v: string) => checkField(method, name, v.trim()) ?? true;
    const value = field.secret
      ? await promptSecret(ctx, `${field.title}:`, { validate })
      : await promptText(ctx, `${field.title}:`, { ...(field.default !== undefined ? { default: field.default } : {}), validate });
    if (value === undefined) throw new AuthctlError('no value was entered; nothing was changed');
    values[name] = value.trim();
  }
  return values;
}

/** The provider's cheap request: 2xx is a good key, 401/403 a rejected one (exit 4), anything else a server problem. */
async function checkKey(ctx: Context, title: string, url: string, headers: [string, string][]): Promise<void> {
  const timeoutMs = httpTimeoutMs(ctx.env);
  let status: number;
  try {
    // Not followed: a redirect could carry the key to another host.
    const response = await fetch(url, { headers: [...headers, ['Accept', 'application/json']], redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    status = response.status;
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause;
    throw new AuthctlError(`${new URL(url).origin} could not be reached to check the key (${(err as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (cause?.code ?? (err as Error).message)}); nothing was stored`, {
      exitCode: ExitCode.server,
      hint: 'check your network connection and the API URL, then try again',
    });
  }
  if (status === 401 || status === 403) {
    throw new AuthctlError(`${title} rejected the API key (HTTP ${status}); nothing was stored`, {
      exitCode: ExitCode.loginRequired,
      hint: 'copy the key again from the provider (and the API URL, if it asks for one), then log in again',
    });
  }
  if (status < 200 || status > 299) {
    throw new AuthctlError(`${title} answered HTTP ${status} when the key was checked; nothing was stored`, { exitCode: ExitCode.server, hint: 'try again later' });
  }
}
