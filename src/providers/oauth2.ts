import { AuthctlError, ExitCode, usageError } from '../errors.js';
import { OAuthError, TransportError } from '../oauth/errors.js';
import type { ClientCredentials } from '../oauth/token.js';
import type { ResolvedClient } from '../profiles/clients.js';
import { type ClientAuthMethod, endpointsOf, isSafeEndpoint, onHost, type ProviderEndpoints, type ProviderSpec } from './spec.js';

/**
 * What every provider but Zoho shares: its variables checked and filled in, the
 * client authentication its server takes, and token-endpoint errors in RFC 6749's
 * vocabulary explained for the user.
 */

/** --var NAME=VALUE flags (login, and a team client's defaults), each name once. */
export function parseVars(given: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of given) {
    const m = /^([a-z][a-z0-9_]*)=(.+)$/s.exec(v);
    if (!m) throw usageError(`--var takes NAME=VALUE, not "${v.slice(0, 100)}"`);
    if (m[1]! in out) throw usageError(`--var ${m[1]} is given twice`);
    out[m[1]!] = m[2]!;
  }
  return out;
}

/** The variables of a login: given ones checked against the provider's patterns, defaults for the rest. */
export function resolveVariables(providerName: string, spec: ProviderSpec, given: Record<string, string>): Record<string, string> {
  const declared = spec.variables ?? {};
  const unknown = Object.keys(given).find((k) => !(k in declared));
  if (unknown !== undefined) {
    const names = Object.keys(declared);
    throw usageError(`provider ${providerName} has no variable "${unknown}"`, names.length ? `its variables: ${names.join(', ')}` : 'it takes no --var');
  }
  const out: Record<string, string> = {};
  for (const [name, v] of Object.entries(declared)) {
    const value = given[name] ?? v.default;
    if (value === undefined) throw usageError(`provider ${providerName} needs --var ${name}=VALUE`, `${name}: ${v.description}`);
    // A variable becomes part of a URL that receives secrets: only the values the provider names.
    if (!new RegExp(`^(?:${v.pattern})$`, 'u').test(value)) {
      throw usageError(`--var ${name}=${JSON.stringify(value).slice(1, -1).slice(0, 100)} is not a value provider ${providerName} takes`, `${name}: ${v.description}`);
    }
    out[name] = value;
  }
  return out;
}

/** The endpoints of a profile's provider, its recorded variables checked again (config.json is only a file). */
export function profileEndpoints(providerName: string, spec: ProviderSpec, variables: Record<string, string> | undefined): ProviderEndpoints {
  return endpointsOf(spec, resolveVariables(providerName, spec, variables ?? {}));
}

/**
 * Why an API base read from config.json (or a token response) may not get a
 * token: undefined when it is the provider's fixed base, or a base on one of
 * the hosts the provider names for a token-response base.
 */
export function distrustApiBase(spec: ProviderSpec, variables: Record<string, string>, apiBase: string): string | undefined {
  if (!isSafeEndpoint(apiBase)) return 'is not an https URL';
  if (spec.api.base !== undefined) {
    const fixed = endpointsOf(spec, variables).apiBase!;
    return apiBase.replace(/\/$/, '') === fixed.replace(/\/$/, '') ? undefined : `is not the provider's API base (${fixed})`;
  }
  if (spec.api.baseHosts && !onHost(apiBase, spec.api.baseHosts)) return `is not on the provider's API hosts (${spec.api.baseHosts.join(', ')})`;
  return undefined;
}

/** How this client authenticates: none for a public client, else the first method the provider takes. */
export function authMethodFor(spec: ProviderSpec, client: Pick<ResolvedClient, 'clientSecret'>): ClientAuthMethod {
  if (client.clientSecret === undefined) return 'none';
  return spec.clientAuthMethods.find((m) => m !== 'none') ?? 'client_secret_basic';
}

export const credentialsFor = (spec: ProviderSpec, client: Pick<ResolvedClient, 'clientId' | 'clientSecret'>): ClientCredentials => ({
  clientId: client.clientId,
  ...(client.clientSecret === undefined ? {} : { clientSecret: client.clientSecret }),
  authMethod: authMethodFor(spec, client),
});

export interface OAuthErrorContext {
  provider: string;
  grant: 'authorization_code' | 'device_code' | 'refresh_token';
  tokenEndpoint: string;
  clientName?: string;
  /** The refreshed credential, as CredentialSource.label names it. */
  credential?: string;
  loginCommand: string;
}

/** A token-endpoint failure of another provider, as a message and exit code a user can act on (RFC 6749 §5.2). */
export function explainOAuthError(err: unknown, c: OAuthErrorContext): AuthctlError {
  const server = `${c.provider} (${new URL(c.tokenEndpoint).origin})`;
  if (err instanceof TransportError) {
    return new AuthctlError(`${server} could not be used: ${err.message}`, { exitCode: ExitCode.server, hint: 'check your network connection and try again', cause: err });
  }
  if (!(err instanceof OAuthError)) return err instanceof AuthctlError ? err : new AuthctlError(String(err), { cause: err });
  const client = c.clientName ?? 'NAME';
  switch (err.error) {
    case 'invalid_grant':
      return new AuthctlError(
        c.grant === 'refresh_token'
          ? `${server} rejected the refresh token of ${c.credential} (revoked, expired, or replaced by a newer one)`
          : `${server} rejected the authorization code (expired, already used, or not issued for this redirect URI and PKCE verifier)`,
        { exitCode: ExitCode.loginRequired, hint: `log in again: ${c.loginCommand}`, cause: err },
      );
    case 'invalid_client':
    case 'unauthorized_client':
      return new AuthctlError(`${server} rejected the client${c.clientName ? ` "${c.clientName}"` : ''}: ${err.message}`, {
        exitCode: ExitCode.loginRequired,
        hint: `check its id and secret (authctl client update ${client} --client-id ID / --secret), and whether the provider registered it as public (client add --public) or confidential`,
        cause: err,
      });
    case 'slow_down':
    case 'temporarily_unavailable':
      return new AuthctlError(`${server} asked to slow down: ${err.message}`, { exitCode: ExitCode.rateLimited, hint: 'wait a few minutes and try again', cause: err });
    default:
      return new AuthctlError(`${server} refused the request: ${err.message}`, {
        exitCode: err.status >= 500 || err.status === 429 ? (err.status === 429 ? ExitCode.rateLimited : ExitCode.server) : ExitCode.loginRequired,
        cause: err,
      });
  }
}
