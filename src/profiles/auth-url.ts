import { AuthctlError, ExitCode } from '../errors.js';
import { type Environment, ENVIRONMENTS, isEnvironment, type ProviderName, PROVIDERS } from './model.js';

/**
 * One profile's whole credential as a single value, for CI secrets:
 *   authctl://zoho?v=1&client_id=…&client_secret=…&refresh_token=…&accounts_server=…&api_domain=…&dc=…&env=…
 * Every part is percent-encoded, so the value survives any secret store or shell.
 */
export interface PortableCredential {
  provider: ProviderName;
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

/** Query parameter names, in the order they are written. */
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
} as const satisfies Record<keyof Omit<PortableCredential, 'provider'>, string>;

export function encodeAuthUrl(c: PortableCredential): string {
  const parts: string[] = [`v=${VERSION}`];
  for (const [field, name] of Object.entries(PARTS) as [keyof typeof PARTS, string][]) {
    const value = field === 'scopes' ? c.scopes.join(',') : c[field];
    if (value === undefined || value === '') continue;
    parts.push(`${name}=${encodeURIComponent(value)}`);
  }
  return `authctl://${c.provider}?${parts.join('&')}`;
}

/**
 * Parses an auth URL. Errors name the part that is wrong and never echo a value,
 * since the whole string is a secret.
 */
export function decodeAuthUrl(value: string, source: string): PortableCredential {
  const bad = (what: string) =>
    new AuthctlError(`${source} is not a valid authctl credential: ${what}`, {
      exitCode: ExitCode.usage,
      hint: 'export it again with: authctl export --profile NAME (the value starts with authctl://)',
    });
  const text = value.trim();
  if (!text.startsWith('authctl://')) throw bad('it does not start with authctl://');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw bad('it is not a well-formed URL');
  }
  if (url.protocol !== SCHEME) throw bad('it does not start with authctl://');
  const provider = url.hostname;
  if (!(PROVIDERS as readonly string[]).includes(provider)) throw bad(`the provider part must be one of ${PROVIDERS.join(', ')}`);
  if (url.pathname !== '' && url.pathname !== '/') throw bad('it has an unexpected path after the provider');

  const seen = new Map<string, string>();
  for (const raw of url.search.slice(1).split('&').filter(Boolean)) {
    const eq = raw.indexOf('=');
    const name = eq < 0 ? raw : raw.slice(0, eq);
    let decoded: string;
    try {
      decoded = decodeURIComponent(eq < 0 ? '' : raw.slice(eq + 1));
    } catch {
      throw bad(`part "${name}" is not correctly percent-encoded`);
    }
    if (seen.has(name)) throw bad(`part "${name}" appears twice`);
    seen.set(name, decoded);
  }
  const known = new Set<string>(['v', ...Object.values(PARTS)]);
  for (const name of seen.keys()) if (!known.has(name)) throw bad(`part "${name}" is not known`);
  if (seen.get('v') !== VERSION) throw bad(`part "v" must be ${VERSION}`);

  const required = (name: string) => {
    const v = seen.get(name);
    if (!v) throw bad(`part "${name}" is missing or empty`);
    return v;
  };
  const optional = (name: string) => seen.get(name) || undefined;
  const httpUrl = (name: string) => {
    const v = required(name);
    try {
      const u = new URL(v);
      if (u.protocol === 'https:' || u.protocol === 'http:') return u.origin;
    } catch {
      // reported below
    }
    throw bad(`part "${name}" is not an http(s) URL`);
  };

  const environment = required(PARTS.environment);
  if (!isEnvironment(environment)) throw bad(`part "env" must be one of ${ENVIRONMENTS.join(', ')}`);
  return {
    provider: provider as ProviderName,
    clientId: required(PARTS.clientId),
    clientSecret: required(PARTS.clientSecret),
    refreshToken: required(PARTS.refreshToken),
    accountsServer: httpUrl(PARTS.accountsServer),
    apiDomain: httpUrl(PARTS.apiDomain),
    dc: required(PARTS.dc),
    portal: optional(PARTS.portal),
    org: optional(PARTS.org),
    orgId: optional(PARTS.orgId),
    orgName: optional(PARTS.orgName),
    environment,
    scopes: (optional(PARTS.scopes) ?? '').split(',').filter(Boolean),
  };
}
