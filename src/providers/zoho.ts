import { readFile } from 'node:fs/promises';
import { AuthctlError, ExitCode, usageError } from '../errors.js';
import { printable } from '../io/printable.js';
import { authorizationValue, PRESET_API_AUTHORIZATION } from './authorization.js';
import { OAuthError, TransportError } from '../oauth/errors.js';
import type { Config, Environment } from '../profiles/model.js';
import { ENVIRONMENTS } from '../profiles/model.js';

/** A Zoho data centre: where its accounts server and API domains are. */
export interface DataCentre {
  dc: string;
  location: string;
  accountsServer: string;
  /** Per environment; a missing one is derived from the token response's api_domain. */
  apiDomains: Partial<Record<Environment, string>>;
}

const builtIn = (dc: string, location: string, accountsServer: string, production?: string): DataCentre => ({
  dc,
  location,
  accountsServer,
  apiDomains: production
    ? { production, sandbox: production.replace('://www.', '://sandbox.'), developer: production.replace('://www.', '://developer.') }
    : {},
});

/** Zoho's data centres (../shared/reference/zoho-accounts.md). */
export const ZOHO_DATA_CENTRES: Record<string, DataCentre> = Object.fromEntries(
  [
    builtIn('com', 'us', 'https://accounts.zoho.com', 'https://www.zohoapis.com'),
    builtIn('eu', 'eu', 'https://accounts.zoho.eu', 'https://www.zohoapis.eu'),
    builtIn('in', 'in', 'https://accounts.zoho.in', 'https://www.zohoapis.in'),
    builtIn('com.au', 'au', 'https://accounts.zoho.com.au', 'https://www.zohoapis.com.au'),
    builtIn('jp', 'jp', 'https://accounts.zoho.jp', 'https://www.zohoapis.jp'),
    builtIn('ca', 'ca', 'https://accounts.zohocloud.ca', 'https://www.zohoapis.ca'),
    builtIn('sa', 'sa', 'https://accounts.zoho.sa', 'https://www.zohoapis.sa'),
    // The UK API domain is not confirmed: the token response's api_domain decides.
    builtIn('uk', 'uk', 'https://accounts.zoho.uk'),
    builtIn('com.cn', 'cn', 'https://accounts.zoho.com.cn', 'https://www.zohoapis.com.cn'),
  ].map((d) => [d.dc, d]),
);

export const DEFAULT_DC = 'com';

/**
 * The data-centre table in force: the JSON file named by AUTHCTL_ZOHO_DATA_CENTRES,
 * else `zoho.dataCentres` in the config, else Zoho's own. Only the accounts
 * servers of this table are ever trusted with a code or a secret.
 */
export async function loadDataCentres(env: NodeJS.ProcessEnv, config: Config): Promise<Record<string, DataCentre>> {
  const file = env.AUTHCTL_ZOHO_DATA_CENTRES;
  if (file) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      throw new AuthctlError(`cannot read AUTHCTL_ZOHO_DATA_CENTRES file ${file}: ${(err as Error).message}`);
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new AuthctlError(`AUTHCTL_ZOHO_DATA_CENTRES file ${file} is not valid JSON`);
    }
    return parseDataCentres(value, `AUTHCTL_ZOHO_DATA_CENTRES file ${file}`);
  }
  if (config.zoho?.dataCentres !== undefined) return parseDataCentres(config.zoho.dataCentres, 'zoho.dataCentres in config.json');
  return ZOHO_DATA_CENTRES;
}

function parseDataCentres(value: unknown, source: string): Record<string, DataCentre> {
  const bad = (what: string) =>
    new AuthctlError(`${source}: ${what}`, {
      hint: 'expected {"<dc>": {"location": "us", "accountsServer": URL, "apiDomains": {"production": URL, "sandbox": URL, "developer": URL}}}',
    });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad('must be a JSON object');
  const table: Record<string, DataCentre> = {};
  for (const [dc, entry] of Object.entries(value as Record<string, unknown>)) {
    const e = entry as { location?: unknown; accountsServer?: unknown; apiDomains?: Record<string, unknown> };
    if (typeof e !== 'object' || e === null) throw bad(`"${dc}" must be an object`);
    if (typeof e.location !== 'string') throw bad(`"${dc}".location must be a string`);
    const accountsServer = origin(e.accountsServer);
    if (!accountsServer) throw bad(`"${dc}".accountsServer must be an http(s) URL`);
    const apiDomains: Partial<Record<Environment, string>> = {};
    for (const envName of ENVIRONMENTS) {
      const url = e.apiDomains?.[envName];
      if (url === undefined) continue;
      const o = origin(url);
      if (!o) throw bad(`"${dc}".apiDomains.${envName} must be an http(s) URL`);
      apiDomains[envName] = o;
    }
    table[dc] = { dc, location: e.location, accountsServer, apiDomains };
  }
  return table;
}

/** The origin of an http(s) URL, else undefined. */
export function origin(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : undefined;
  } catch {
    return undefined;
  }
}

export function dataCentre(table: Record<string, DataCentre>, dc: string): DataCentre {
  const found = table[dc];
  if (!found) throw usageError(`unknown data centre "${dc}"`, `use one of: ${Object.keys(table).join(', ')}`);
  return found;
}

/** The data centre whose accounts server is exactly `url`, if any: the mix-up defence. */
export function dataCentreOfAccountsServer(table: Record<string, DataCentre>, url: string): DataCentre | undefined {
  const o = origin(url);
  return Object.values(table).find((d) => d.accountsServer === o);
}

export const endpoints = (accountsServer: string) => ({
  authorize: `${accountsServer}/oauth/v2/auth`,
  token: `${accountsServer}/oauth/v2/token`,
  revoke: `${accountsServer}/oauth/v2/token/revoke`,
});

/**
 * The API domains Zoho uses for data centre `d`: the table's, and for an
 * environment the table leaves out, https://{www,sandbox,developer}.zohoapis.<the
 * accounts server's own domain> (accounts.zoho.uk → zohoapis.uk).
 */
function knownApiDomains(d: DataCentre): Record<Environment, string | undefined> {
  const domain = /^accounts\.zoho(?:cloud)?\.(.+)$/.exec(new URL(d.accountsServer).hostname)?.[1];
  const host = (env: Environment) => (domain ? `https://${env === 'production' ? 'www' : env}.zohoapis.${domain}` : undefined);
  return Object.fromEntries(ENVIRONMENTS.map((env) => [env, d.apiDomains[env] ?? host(env)])) as Record<Environment, string | undefined>;
}

/** True when `url` is an API domain of a data centre of the table in force: only those get an access token. */
export function isKnownApiDomain(table: Record<string, DataCentre>, url: string): boolean {
  const o = origin(url);
  return o !== undefined && Object.values(table).some((d) => Object.values(knownApiDomains(d)).includes(o));
}

/**
 * The API domain for an environment. Zoho advises the token response's api_domain,
 * but a token response is outside input: it is used only when it is one of this
 * data centre's known API domains, else the table's own is.
 */
export function apiDomainFor(d: DataCentre, environment: Environment, responseApiDomain?: string): string {
  const known = knownApiDomains(d);
  const response = origin(responseApiDomain);
  if (environment === 'production' && response !== undefined && Object.values(known).includes(response)) return response;
  const domain = known[environment];
  if (domain) return domain;
  throw new AuthctlError(`no API domain is known for the ${environment} environment of data centre ${d.dc}`, {
    hint: 'add it to the data-centre table (AUTHCTL_ZOHO_DATA_CENTRES, or zoho.dataCentres in config.json)',
  });
}

/**
 * The data centre of an accounts server read back from config.json or an
 * exported value, checked against the table in force before a refresh token or a
 * client secret is sent there.
 */
export function trustedAccountsServer(table: Record<string, DataCentre>, accountsServer: string, dc: string, whose: string): DataCentre {
  const d = dataCentreOfAccountsServer(table, accountsServer);
  if (d && d.dc === dc) return d;
  throw new AuthctlError(
    `${whose} names the accounts server ${origin(accountsServer) ?? '(not a URL)'} for data centre ${dc}, which the data-centre table in force does not: nothing was sent there`,
    { hint: `log in again, or give this machine the table it was made with (AUTHCTL_ZOHO_DATA_CENTRES); the table's accounts server for ${dc} is ${table[dc]?.accountsServer ?? '(none)'}` },
  );
}


/** Zoho's scope list is comma-separated. */
export const SCOPE_SEPARATOR = ',';

export const isThrottled = (err: OAuthError) =>
  err.error === 'Access Denied' || /throttle/i.test(err.errorDescription ?? '');

/** What the user was doing when the server refused, so the message can say what to do. */
export interface ErrorContext {
  grant: 'authorization_code' | 'self_client_code' | 'refresh_token';
  dc: string;
  /** The data centre login started at, when the code came back from another one. */
  startDc?: string;
  accountsServer: string;
  clientName?: string;
  redirectUri?: string;
  /** The refreshed credential, as CredentialSource.label names it: `profile "crm"`, `AUTHCTL_AUTH_URL`. */
  credential?: string;
  loginCommand?: string;
}

/** Turns a token endpoint failure into a message and exit code a user can act on. */
export function explainTokenError(err: unknown, c: ErrorContext): AuthctlError {
  const login = c.loginCommand ?? 'authctl login';
  if (err instanceof TransportError) {
    return new AuthctlError(`Zoho Accounts could not be used: ${err.message}`, {
      exitCode: ExitCode.server,
      hint: 'check your network connection and try again',
      cause: err,
    });
  }
  if (!(err instanceof OAuthError)) return err instanceof AuthctlError ? err : new AuthctlError(String(err), { cause: err });
  if (isThrottled(err) && /refresh tokens/i.test(err.errorDescription ?? '')) {
    // Some Zoho services refuse the 21st refresh token instead of deleting the oldest.
    return new AuthctlError('Zoho refused a new refresh token: this user has reached the limit of refresh tokens for this client (Access Denied)', {
      exitCode: ExitCode.rateLimited,
      hint: 'log out of profiles you no longer use (authctl logout NAME revokes their refresh tokens) or remove old grants under Connected Apps in your Zoho account, then try again',
      cause: err,
    });
  }
  if (isThrottled(err)) {
    return new AuthctlError('Zoho is throttling token requests for this client (Access Denied)', {
      exitCode: ExitCode.rateLimited,
      hint:
        c.grant === 'refresh_token'
          ? 'wait a few minutes: Zoho allows about 10 access tokens per refresh token per 10 minutes; reuse the cached token (authctl token) instead of forcing refreshes'
          : 'wait a few minutes before trying again: Zoho blocks new codes for a while after too many attempts',
      cause: err,
    });
  }
  const refreshing = c.grant === 'refresh_token';
  // A rejected code, client or secret (exit 4): fix it if need be, then log in again.
  const rejected = ExitCode.loginRequired;
  switch (err.error) {
    // Zoho says invalid_code; RFC 6749 (and Zoho's newer servers) say invalid_grant.
    case 'invalid_grant':
    case 'invalid_code':
      if (refreshing) {
        return new AuthctlError(`Zoho rejected the refresh token of ${c.credential} (revoked, expired or deleted)`, {
          exitCode: ExitCode.loginRequired,
          hint: `log in again: ${login}`,
          cause: err,
        });
      }
      return new AuthctlError(
        c.grant === 'self_client_code'
          ? 'Zoho rejected the self-client code: it has expired or was already used'
          : 'Zoho rejected the authorization code: it has expired or was already used',
        {
          exitCode: ExitCode.loginRequired,
          hint:
            c.grant === 'self_client_code'
              ? 'self-client codes live only the 3 to 10 minutes chosen in the API console: generate a new one and paste it right away'
              : `run ${login} again and finish the consent promptly (codes live about 2 minutes)`,
          cause: err,
        },
      );
    case 'invalid_client':
      return new AuthctlError(`Zoho does not know this client at the ${c.dc} data centre (${c.accountsServer})`, {
        exitCode: rejected,
        hint:
          c.startDc !== undefined && c.startDc !== c.dc
            ? `your Zoho account lives in data centre ${c.dc}, and the client is not enabled there: enable multi-DC for it in the API console (the client → Settings → Multi-DC), then log in again`
            : `check the client id${c.clientName ? ` of client "${c.clientName}"` : ''} and that your Zoho account lives in data centre ${c.dc} (--dc); a client must have multi-DC enabled in the API console to be used in other data centres`,
        cause: err,
      });
    case 'invalid_client_secret': {
      const client = c.clientName ?? 'NAME';
      const otherDc = c.startDc !== undefined && c.startDc !== c.dc;
      return new AuthctlError(`Zoho rejected the client secret${c.clientName ? ` of client "${c.clientName}"` : ''} at data centre ${c.dc} (${c.accountsServer})`, {
        exitCode: rejected,
        hint: otherDc
          ? `a multi-DC client can have a separate secret for each data centre (API console → the client → Settings → Multi-DC); store the ${c.dc} one with authctl client update ${client} --dc-secret ${c.dc}, then log in again`
          : `copy the secret from the Zoho API console and store it again: authctl client update ${client} --secret (it will prompt for it)${
              c.grant === 'refresh_token' ? '; a multi-DC client may have a separate secret here: authctl client update ' + client + ' --dc-secret ' + c.dc : ''
            }`,
        cause: err,
      });
    }
    case 'invalid_redirect_uri':
      return new AuthctlError(`Zoho rejected the redirect URI ${c.redirectUri ?? ''}`.trimEnd(), {
        exitCode: ExitCode.failure,
        hint: `register exactly ${c.redirectUri ?? 'the redirect URI'} as an Authorized Redirect URI of the client in the Zoho API console`,
        cause: err,
      });
    default:
      return new AuthctlError(`Zoho Accounts refused the request: ${err.message}`, {
        exitCode: err.status >= 500 ? ExitCode.server : rejected,
        cause: err,
      });
  }
}

/** Scopes asked for when login is given no --scope: CRM records, settings, and the org (to record its id). */
export const DEFAULT_SCOPES = ['ZohoCRM.modules.ALL', 'ZohoCRM.settings.READ', 'ZohoCRM.org.READ'];

/** Zoho returns a refresh token only for offline access, and again on a later login only with prompt=consent. */
export const AUTHORIZE_EXTRA = { access_type: 'offline', prompt: 'consent' } as const;

/** Zoho's authorization codes ("grant tokens"): 1000.<hex>.<hex>. */
export const isZohoCode = (s: string) => /^\d{4}\.[0-9a-f]{16,64}\.[0-9a-f]{16,64}$/i.test(s);

/** The API console of a data centre (accounts.zoho.eu → api-console.zoho.eu), when its host follows Zoho's pattern. */
export function apiConsoleUrl(d: DataCentre): string | undefined {
  const u = new URL(d.accountsServer);
  if (!u.hostname.startsWith('accounts.')) return undefined;
  return `https://api-console.${u.hostname.slice('accounts.'.length)}`;
}

export type CrmOrgLookup =
  | { found: true; id: string; name?: string }
  /** 401 INVALID_TOKEN: this API domain does not accept the token (another environment's, seed 001). */
  | { found: false; reason: 'not-accepted' }
  /** 401 OAUTH_SCOPE_MISMATCH: the token is accepted here, but its scopes cannot read the org. */
  | { found: false; reason: 'scope' };

/**
 * GET {apiDomain}/crm/v8/org: which org the new token belongs to. Tokens are
 * org-specific, so an INVALID_TOKEN from this environment's API domain means the
 * user picked an org of another environment.
 */
export async function lookupCrmOrg(apiDomain: string, accessToken: string, timeoutMs?: number): Promise<CrmOrgLookup> {
  const { getJson } = await import('../oauth/http.js');
  const { status, body } = await getJson(`${apiDomain}/crm/v8/org`, { Authorization: authorizationValue(PRESET_API_AUTHORIZATION.zoho!, accessToken) }, timeoutMs);
  if (status === 401 && body.code === 'INVALID_TOKEN') return { found: false, reason: 'not-accepted' };
  if (status === 401 && body.code === 'OAUTH_SCOPE_MISMATCH') return { found: false, reason: 'scope' };
  const org = Array.isArray(body.org) ? (body.org[0] as Record<string, unknown> | undefined) : undefined;
  const id = org?.id;
  if (status !== 200 || (typeof id !== 'string' && typeof id !== 'number')) {
    throw new TransportError(`${new URL(apiDomain).origin}/crm/v8/org answered HTTP ${status} without an org`, 'http', status);
  }
  return { found: true, id: String(id), name: typeof org!.company_name === 'string' ? printable(org!.company_name.slice(0, 200)) : undefined };
}

/** Where a new token works: its environment, the API domain that accepts it, and its org when the scopes may read it. */
export interface TokenOrg {
  environment: Environment;
  apiDomain: string;
  org?: { id: string; name?: string };
}

/**
 * Which org and environment a new token belongs to. Zoho's tokens are org- and
 * environment-specific (seed 001), so only the API domain of the token's own
 * environment accepts it: the environments are asked in turn, the expected one
 * first. Undefined when none accepts it (a token without Zoho CRM scopes).
 */
export async function findTokenOrg(
  d: DataCentre,
  tokens: { accessToken: string; apiDomain?: string },
  expected: Environment | undefined,
  timeoutMs?: number,
): Promise<TokenOrg | undefined> {
  const order = expected ? [expected, ...ENVIRONMENTS.filter((e) => e !== expected)] : ENVIRONMENTS;
  for (const environment of order) {
    const apiDomain = apiDomainFor(d, environment, tokens.apiDomain);
    const lookup = await lookupCrmOrg(apiDomain, tokens.accessToken, timeoutMs);
    if (lookup.found) return { environment, apiDomain, org: { id: lookup.id, ...(lookup.name ? { name: lookup.name } : {}) } };
    if (lookup.reason === 'scope') return { environment, apiDomain };
  }
  return undefined;
}
