import { AuthctlError, ExitCode } from '../errors.js';
import { CLIENT_AUTH_METHODS, type ClientAuthMethod, isSafeEndpoint, type ProviderSpec } from '../providers/spec.js';
import { TransportError } from './errors.js';
import { getJson } from './http.js';

/**
 * An authorization server's metadata: RFC 8414's well-known URL (inserted before
 * the issuer's path), else OpenID Connect Discovery's (appended to it). Either
 * is believed only if its `issuer` is exactly the one asked for (RFC 8414 §3.3),
 * which stops a server from speaking for another.
 */
export async function discover(issuer: string, timeoutMs: number): Promise<{ metadata: Record<string, unknown>; url: string }> {
  const u = new URL(issuer);
  const path = u.pathname === '/' ? '' : u.pathname.replace(/\/$/, '');
  const candidates = [`${u.origin}/.well-known/oauth-authorization-server${path}`, `${u.origin}${path}/.well-known/openid-configuration`];
  const problems: string[] = [];
  for (const url of candidates) {
    let answer: { status: number; body: Record<string, unknown> };
    try {
      answer = await getJson(url, {}, timeoutMs);
    } catch (err) {
      if (err instanceof TransportError && (err.kind === 'not-json' || err.kind === 'invalid-response')) {
        problems.push(`${url}: ${err.message}`);
        continue;
      }
      throw new AuthctlError(`could not read the metadata of ${issuer}: ${(err as Error).message}`, { exitCode: ExitCode.server, cause: err });
    }
    if (answer.status !== 200) {
      problems.push(`${url}: HTTP ${answer.status}`);
      continue;
    }
    if (answer.body.issuer !== issuer) {
      throw new AuthctlError(`${url} names the issuer ${JSON.stringify(String(answer.body.issuer)).slice(0, 200)}, not ${issuer}: refused`, {
        hint: 'give --issuer exactly as the server names itself (scheme, host, path, no trailing slash unless it has one)',
      });
    }
    return { metadata: answer.body, url };
  }
  throw new AuthctlError(`${issuer} publishes no authorization server metadata`, {
    exitCode: ExitCode.notFound,
    hint: `${problems.join('; ')}. Give the endpoints instead: --authorization-endpoint URL --token-endpoint URL`,
  });
}

/** A provider from the metadata: what the server says it supports, authctl's defaults for the rest. */
export function specFromMetadata(issuer: string, m: Record<string, unknown>): ProviderSpec {
  const endpoint = (name: string, required: boolean): string | undefined => {
    const v = m[name];
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'string' || !isSafeEndpoint(v)) {
      throw new AuthctlError(`the metadata of ${issuer} has ${v === undefined ? `no ${name}` : `a ${name} that is not an https URL`}`, {
        hint: 'give the endpoints yourself: authctl provider add NAME --authorization-endpoint URL --token-endpoint URL',
      });
    }
    return v;
  };
  const list = (name: string) => (Array.isArray(m[name]) ? (m[name] as unknown[]).filter((x): x is string => typeof x === 'string') : undefined);
  const scopesSupported = list('scopes_supported') ?? [];
  // A refresh token needs offline_access where the server knows it (OpenID Connect §11), and consent with it.
  const offline = scopesSupported.includes('offline_access');
  const scopes = [...(scopesSupported.includes('openid') ? ['openid'] : []), ...(offline ? ['offline_access'] : [])];
  // RFC 8414 §2: client_secret_basic when the server lists none.
  const methods = (list('token_endpoint_auth_methods_supported') ?? ['client_secret_basic']).filter((x): x is ClientAuthMethod =>
    (CLIENT_AUTH_METHODS as readonly string[]).includes(x),
  );
  const challenge = list('code_challenge_methods_supported');
  if (challenge && !challenge.includes('S256')) {
    throw new AuthctlError(`${issuer} does not support PKCE with S256, which authctl requires of a server it discovers`);
  }
  const revocation = endpoint('revocation_endpoint', false);
  const device = endpoint('device_authorization_endpoint', false);
  return {
    title: issuer,
    type: 'oauth2',
    issuer,
    ...(m.authorization_response_iss_parameter_supported === true ? { issParameterSupported: true } : {}),
    authorizationEndpoint: endpoint('authorization_endpoint', true)!,
    tokenEndpoint: endpoint('token_endpoint', true)!,
    ...(revocation ? { revocationEndpoint: revocation } : {}),
    ...(device ? { deviceAuthorizationEndpoint: device } : {}),
    scopes,
    scopeSeparator: ' ',
    pkce: true,
    clientAuthMethods: methods.length > 0 ? methods : ['client_secret_basic'],
    ...(offline ? { authorizationParams: { prompt: 'consent' } } : {}),
    api: { scheme: 'Bearer', base: new URL(issuer).origin },
  };
}
