import { AuthctlError, ExitCode } from '../errors.js';
import { printable } from '../io/printable.js';
import { apiDomainFor, type DataCentre, dataCentreOfAccountsServer, isKnownApiDomain, origin } from '../providers/zoho.js';
import { type Environment, ENVIRONMENTS, isEnvironment, isValidName, NAME_RULE } from './model.js';
import { fromOAuthParts, isOAuthPartName, type OAuthPortable, oauthParts } from './portable-oauth.js';

import { apiKeyParts, type ApiKeyPortable, fromApiKeyParts, isApiKeyPartName } from './portable-api-key.js';

export type { OAuthPortable } from './portable-oauth.js';
export type { ApiKeyPortable } from './portable-api-key.js';

/**
 * One profile's whole credential as a single value, for CI secrets:
 *   authctl://zoho?v=1&client_id=…&client_secret=…&refresh_token=…&accounts_server=…&api_domain=…&dc=…&env=…
 * (another provider's: portable-oauth.ts). Every part is percent-encoded, so the
 * value survives any secret store or shell.
 */
export type PortableCredential = ZohoPortable | OAuthPortable | ApiKeyPortable;

export const isZohoPortable = (c: PortableCredential): c is ZohoPortable => c.provider === 'zoho';
export const isApiKeyPortable = (c: PortableCredential): c is ApiKeyPortable => (c as { auth?: string }).auth === 'apiKey';

/** The profile an exported value was: its org, else its environment (Zoho) or its provider. */
export const portableProfileName = (c: PortableCredential) => c.org ?? (isZohoPortable(c) ? c.environment : c.provider);

/** Where the value's token is used: Zoho's API domain, another provider's API base. */
export const portableApiBase = (c: PortableCredential) => (isZohoPortable(c) ? c.apiDomain : c.apiBase);

export interface ZohoPortable {
  provider: 'zoho';
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  accountsServer: string;
  apiDomain: string;
  dc: string;
  portal?: string;
  org?: string;
  orgId?: string;
  orgName?: string;
  environment: Environment;
  scopes: string[];
}

const SCHEME = 'authctl:';
const VERSION = '1';

/** Query parameter names (and `--format json` keys), in the order they are written. */
const PARTS = {
  clientId: 'client_id',
  clientSecret: 'client_secret',
  refreshToken: 'refresh_token',
  accountsServer: 'accounts_server',
  apiDomain: 'api_domain',
  dc: 'dc',
  portal: 'portal',
  org: 'org',
  orgId: 'org_id',
  orgName: 'org_name',
  environment: 'env',
  scopes: 'scopes',
} as const satisfies Record<keyof Omit<ZohoPortable, 'provider'>, string>;

/** The parts that are present, by name; Zoho's scopes comma-separated. */
function parts(c: PortableCredential): [string, string][] {
  if (isApiKeyPortable(c)) return apiKeyParts(c);
  if (!isZohoPortable(c)) return oauthParts(c);
  const out: [string, string][] = [];
  for (const [field, name] of Object.entries(PARTS) as [keyof typeof PARTS, string][]) {
    const value = field === 'scopes' ? c.scopes.join(',') : c[field];
    if (value !== undefined && value !== '') out.push([name, value]);
  }
  return out;
}

/**
 * Percent-encodes everything but RFC 3986's unreserved characters (encodeURIComponent
 * leaves ! ' ( ) * alone), so the URL can stand in single or double quotes in a shell.
 */
const encodePart = (value: string) =>
  encodeURIComponent(value).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

export function encodeAuthUrl(c: PortableCredential): string {
  return `authctl://${encodePart(c.provider)}?${[`v=${VERSION}`, ...parts(c).map(([n, v]) => `${n}=${encodePart(v)}`)].join('&')}`;
}

/** `authctl export --format json`: the same parts as the URL, with the scopes as a list. */
export function encodeAuthJson(c: PortableCredential): Record<string, unknown> {
  const out: Record<string, unknown> = { v: Number(VERSION), provider: c.provider };
  for (const [name, value] of parts(c)) out[name] = name === PARTS.scopes ? c.scopes : value;
  return out;
}

type Invalid = (what: string, hint?: string) => AuthctlError;

/**
 * A part by its name, for an error. A name that is not one of ours is not shown:
 * in a damaged value, the "name" may well be a token whose "refresh_token=" was lost.
 */
const KNOWN_NAMES = new Set<string>(['v', 'provider', ...Object.values(PARTS)]);
const describePart = (name: string) =>
  KNOWN_NAMES.has(name) || isOAuthPartName(name) || isApiKeyPartName(name) ? `part "${name}"` : 'a part whose name authctl does not know (not shown: it may be a secret)';

/** Errors name the part that is wrong and never echo a value: the whole string is a secret. */
const invalid =
  (source: string): Invalid =>
  (what, hint) =>
    new AuthctlError(`${source} is not a valid authctl credential: ${what}`, {
      exitCode: ExitCode.usage,
      hint: hint ?? 'export it again with: authctl export --profile NAME (the value starts with authctl://)',
    });

/**
 * Parses an auth URL. `table` is the data-centre table in force: only its
 * accounts servers are trusted with the client secret and the refresh token.
 */
export function decodeAuthUrl(value: string, source: string, table: Record<string, DataCentre>): PortableCredential {
  const bad = invalid(source);
  const text = value.trim();
  if (!text.startsWith('authctl://')) throw bad('it does not start with authctl://');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw bad('it is not a well-formed URL');
  }
  if (url.protocol !== SCHEME) throw bad('it does not start with authctl://');
  if (url.username || url.password || url.port) throw bad('it has a user, password or port before the provider');
  if (url.pathname !== '' && url.pathname !== '/') throw bad('it has an unexpected path after the provider');
  if (url.hash) throw bad('it has a "#" fragment (a "#" inside a part must be written %23)');

  const seen = new Map<string, string>();
  for (const raw of url.search.slice(1).split('&').filter(Boolean)) {
    const eq = raw.indexOf('=');
    const name = eq < 0 ? raw : raw.slice(0, eq);
    let decoded: string;
    try {
      decoded = decodeURIComponent(eq < 0 ? '' : raw.slice(eq + 1));
    } catch {
      throw bad(`${describePart(name)} is not correctly percent-encoded`);
    }
    if (seen.has(name)) throw bad(`${describePart(name)} appears twice`);
    seen.set(name, decoded);
  }
  if (seen.get('v') !== VERSION) throw bad(`part "v" must be ${VERSION}`);
  seen.delete('v');
  let provider: string;
  try {
    provider = decodeURIComponent(url.hostname);
  } catch {
    throw bad('its provider is not correctly percent-encoded');
  }
  return fromParts(provider, seen, bad, table);
}

/**
 * Parses what `authctl export` prints in any format: the URL, an
 * `AUTHCTL_AUTH_URL=…` line (env, dotenv, optionally quoted or after `export `),
 * or the JSON object.
 */
export function decodeExported(value: string, source: string, table: Record<string, DataCentre>): PortableCredential {
  const text = value.trim();
  if (text.startsWith('{')) return decodeAuthJson(text, source, table);
  const line = /^(?:export\s+)?AUTHCTL_AUTH_URL=(["']?)(.*)\1$/s.exec(text);
  return decodeAuthUrl(line ? line[2]! : text, source, table);
}

function decodeAuthJson(text: string, source: string, table: Record<string, DataCentre>): PortableCredential {
  const bad = invalid(source);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw bad('it starts with "{" but is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad('it is not a JSON object');
  const { v, provider, ...rest } = value as Record<string, unknown>;
  if (v !== Number(VERSION)) throw bad(`part "v" must be ${VERSION}`);
  if (typeof provider !== 'string') throw bad('the provider part must be a provider name');
  const seen = new Map<string, string>();
  for (const [name, part] of Object.entries(rest)) {
    if (name === PARTS.scopes && Array.isArray(part) && part.every((s) => typeof s === 'string')) seen.set(name, part.join(provider === 'zoho' ? ',' : ' '));
    else if (typeof part === 'string') seen.set(name, part);
    else throw bad(`${describePart(name)} must be a string${name === PARTS.scopes ? ' or a list of strings' : ''}`);
  }
  return fromParts(provider, seen, bad, table);
}

const printableOrUndefined = (v: string | undefined) => (v === undefined ? undefined : printable(v.slice(0, 200)));

/** Client ids, secrets and tokens: printable ASCII, no spaces or line breaks. */
const PRINTABLE = /^[\x21-\x7e]+$/;

/** Checks each part of an auth URL or its JSON form; `seen` holds every part but `v`, decoded. */
function fromParts(provider: string, seen: Map<string, string>, bad: Invalid, table: Record<string, DataCentre>): PortableCredential {
  if (provider === 'zoho') return fromZohoParts(seen, bad, table);
  return seen.get('auth') === 'api_key' ? fromApiKeyParts(provider, seen, bad) : fromOAuthParts(provider, seen, bad);
}

function fromZohoParts(seen: Map<string, string>, bad: Invalid, table: Record<string, DataCentre>): ZohoPortable {
  const known = new Set<string>(Object.values(PARTS));
  for (const name of seen.keys()) if (!known.has(name)) throw bad(`it has ${describePart(name)}`);

  const required = (name: string) => {
    const v = seen.get(name);
    if (!v) throw bad(`part "${name}" is missing or empty`);
    return v;
  };
  const optional = (name: string) => seen.get(name) || undefined;
  const printable = (name: string) => {
    const v = required(name);
    if (!PRINTABLE.test(v)) throw bad(`part "${name}" contains spaces, line breaks or other characters it cannot have`);
    return v;
  };
  const named = (name: string) => {
    const v = optional(name);
    if (v !== undefined && !isValidName(v)) throw bad(`part "${name}" must be ${NAME_RULE}`);
    return v;
  };
  const httpUrl = (name: string) => {
    const o = origin(required(name));
    if (!o) throw bad(`part "${name}" is not an http(s) URL`);
    return o;
  };

  // In the order the parts are written, so the first wrong one is reported.
  const clientId = printable(PARTS.clientId);
  const clientSecret = printable(PARTS.clientSecret);
  const refreshToken = printable(PARTS.refreshToken);
  const accountsServer = httpUrl(PARTS.accountsServer);
  const apiDomain = httpUrl(PARTS.apiDomain);
  const dc = required(PARTS.dc);
  const d = table[dc];
  if (!d) throw bad(`part "dc" is not a data centre authctl knows (${Object.keys(table).join(', ')})`);
  if (accountsServer !== d.accountsServer) {
    throw bad(
      `part "accounts_server" is not the accounts server of data centre ${dc} (${d.accountsServer})`,
      'authctl sends the secrets only to the accounts servers of its data-centre table: export the profile again, or give this machine the same table (AUTHCTL_ZOHO_DATA_CENTRES)',
    );
  }
  if (!isKnownApiDomain(table, apiDomain)) {
    throw bad(
      'part "api_domain" is not an API domain of the data-centre table in force',
      'authctl sends access tokens only to the API domains of its data-centre table: export the profile again, or give this machine the same table (AUTHCTL_ZOHO_DATA_CENTRES)',
    );
  }
  const portal = named(PARTS.portal);
  const org = named(PARTS.org);
  const orgId = named(PARTS.orgId);
  const environment = required(PARTS.environment);
  if (!isEnvironment(environment)) throw bad(`part "env" must be one of ${ENVIRONMENTS.join(', ')}`);
  const scopes = (optional(PARTS.scopes) ?? '').split(',').filter(Boolean);
  if (scopes.some((s) => !PRINTABLE.test(s))) throw bad('part "scopes" must be scopes separated by commas, without spaces');
  return {
    provider: 'zoho',
    clientId,
    clientSecret,
    refreshToken,
    accountsServer,
    apiDomain,
    dc,
    portal,
    org,
    orgId,
    orgName: printableOrUndefined(optional(PARTS.orgName)),
    environment,
    scopes,
  };
}

/**
 * The split CI variables: AUTHCTL_CLIENT_ID, AUTHCTL_CLIENT_SECRET,
 * AUTHCTL_REFRESH_TOKEN, AUTHCTL_ACCOUNTS_SERVER and optionally AUTHCTL_API_DOMAIN
 * (default: the production API domain of the accounts server's data centre).
 * Errors name the variable and never echo a secret.
 */
export function decodeSplitVariables(env: NodeJS.ProcessEnv, table: Record<string, DataCentre>): ZohoPortable {
  const hint = 'set AUTHCTL_CLIENT_ID, AUTHCTL_CLIENT_SECRET, AUTHCTL_REFRESH_TOKEN and AUTHCTL_ACCOUNTS_SERVER (or AUTHCTL_AUTH_URL alone, from authctl export)';
  const value = (name: string) => env[name]?.trim() || undefined;
  const required = ['AUTHCTL_CLIENT_ID', 'AUTHCTL_CLIENT_SECRET', 'AUTHCTL_REFRESH_TOKEN', 'AUTHCTL_ACCOUNTS_SERVER'];
  const missing = required.filter((name) => value(name) === undefined);
  if (missing.length > 0) {
    throw new AuthctlError(`AUTHCTL_REFRESH_TOKEN is set, but ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not`, {
      exitCode: ExitCode.usage,
      hint,
    });
  }
  const printable = (name: string) => {
    const v = value(name)!;
    if (!PRINTABLE.test(v)) {
      throw new AuthctlError(`${name} contains spaces, line breaks or other characters it cannot have`, { exitCode: ExitCode.usage, hint });
    }
    return v;
  };
  const url = (name: string) => {
    const o = origin(value(name)!);
    if (!o) throw new AuthctlError(`${name} is not an http(s) URL`, { exitCode: ExitCode.usage, hint });
    return o;
  };
  const accountsServer = url('AUTHCTL_ACCOUNTS_SERVER');
  const d = dataCentreOfAccountsServer(table, accountsServer);
  if (!d) {
    throw new AuthctlError(`AUTHCTL_ACCOUNTS_SERVER (${accountsServer}) is not the accounts server of a data centre authctl knows`, {
      exitCode: ExitCode.usage,
      hint: `use one of: ${Object.values(table)
        .map((t) => t.accountsServer)
        .join(', ')} (authctl sends the secrets only to these; AUTHCTL_ZOHO_DATA_CENTRES replaces the table)`,
    });
  }
  const apiDomain = value('AUTHCTL_API_DOMAIN') === undefined ? apiDomainFor(d, 'production') : url('AUTHCTL_API_DOMAIN');
  if (!isKnownApiDomain(table, apiDomain)) {
    throw new AuthctlError(`AUTHCTL_API_DOMAIN (${apiDomain}) is not an API domain of a data centre authctl knows`, {
      exitCode: ExitCode.usage,
      hint: 'authctl sends access tokens only to the API domains of its data-centre table (AUTHCTL_ZOHO_DATA_CENTRES replaces the table)',
    });
  }
  return {
    provider: 'zoho',
    clientId: printable('AUTHCTL_CLIENT_ID'),
    clientSecret: printable('AUTHCTL_CLIENT_SECRET'),
    refreshToken: printable('AUTHCTL_REFRESH_TOKEN'),
    accountsServer,
    apiDomain,
    dc: d.dc,
    // Not carried by the split variables; nothing in token, exec or api depends on it.
    environment: 'production',
    scopes: [],
  };
}
