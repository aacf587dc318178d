import type { AuthctlError } from '../errors.js';
import { distrustApiBase, resolveVariables } from '../providers/oauth2.js';
import { isPresetName, type PresetName } from '../providers/names.js';
import { PRESETS } from '../providers/presets.js';
import { CLIENT_AUTH_METHODS, type ClientAuthMethod, isOAuthSpec, isSafeEndpoint, type ProviderSpec } from '../providers/spec.js';
import { isValidName, NAME_RULE } from './model.js';

/**
 * Another provider's credential as one value (auth-url.ts has the format):
 *   authctl://salesforce?v=1&client_id=…&client_secret=…&refresh_token=…&api_base=…&var.login_host=…
 * A built-in provider's endpoints come from the preset and the variables; a
 * provider the user added travels with what a refresh and the API need.
 */
export interface OAuthPortable {
  provider: string;
  clientId: string;
  /** Absent for a public client. */
  clientSecret?: string;
  /** The credential: a refresh token, or for a provider whose access tokens never expire, the access token. */
  refreshToken?: string;
  accessToken?: string;
  apiBase: string;
  variables: Record<string, string>;
  org?: string;
  orgId?: string;
  scopes: string[];
  /** The provider itself when it is not built in: endpoints, client authentication, API scheme. */
  spec?: ProviderSpec;
}

/** Part names, in the order they are written; variables follow as var.NAME. */
export const OAUTH_PARTS = {
  clientId: 'client_id',
  clientSecret: 'client_secret',
  refreshToken: 'refresh_token',
  accessToken: 'access_token',
  apiBase: 'api_base',
  org: 'org',
  orgId: 'org_id',
  scopes: 'scopes',
  authorizationEndpoint: 'authorization_endpoint',
  tokenEndpoint: 'token_endpoint',
  revocationEndpoint: 'revocation_endpoint',
  clientAuth: 'client_auth',
  authScheme: 'auth_scheme',
  authHeader: 'auth_header',
  assumedLifetime: 'assumed_lifetime',
} as const;

export const VARIABLE_PREFIX = 'var.';

/** The parts of a credential that are present, by name; scopes space-separated. */
export function oauthParts(c: OAuthPortable): [string, string][] {
  const s = c.spec;
  const values: [string, string | undefined][] = [
    [OAUTH_PARTS.clientId, c.clientId],
    [OAUTH_PARTS.clientSecret, c.clientSecret],
    [OAUTH_PARTS.refreshToken, c.refreshToken],
    [OAUTH_PARTS.accessToken, c.accessToken],
    [OAUTH_PARTS.apiBase, c.apiBase],
    [OAUTH_PARTS.org, c.org],
    [OAUTH_PARTS.orgId, c.orgId],
    [OAUTH_PARTS.scopes, c.scopes.join(' ')],
    ...Object.entries(c.variables).map(([k, v]) => [`${VARIABLE_PREFIX}${k}`, v] as [string, string]),
    [OAUTH_PARTS.authorizationEndpoint, s?.authorizationEndpoint],
    [OAUTH_PARTS.tokenEndpoint, s?.tokenEndpoint],
    [OAUTH_PARTS.revocationEndpoint, s?.revocationEndpoint],
    [OAUTH_PARTS.clientAuth, s?.clientAuthMethods[0]],
    [OAUTH_PARTS.authScheme, s?.api.scheme],
    [OAUTH_PARTS.authHeader, s?.api.header],
    [OAUTH_PARTS.assumedLifetime, s?.assumedLifetimeSeconds === undefined ? undefined : String(s.assumedLifetimeSeconds)],
  ];
  // An empty auth_scheme is meaningful (the bare token): it is written even when empty.
  return values.filter((e): e is [string, string] => e[1] !== undefined && (e[1] !== '' || e[0] === OAUTH_PARTS.authScheme));
}

export const isOAuthPartName = (name: string) => (Object.values(OAUTH_PARTS) as string[]).includes(name) || /^var\.[a-z][a-z0-9_]*$/.test(name);

/** Client ids, secrets and tokens: printable ASCII, no spaces or line breaks. */
const PRINTABLE = /^[\x21-\x7e]+$/;

/** Checks each part of another provider's credential; `seen` holds every part but `v`, decoded. */
export function fromOAuthParts(provider: string, seen: Map<string, string>, bad: (what: string, hint?: string) => AuthctlError): OAuthPortable {
  const builtIn = isPresetName(provider) ? PRESETS[provider] : undefined;
  const preset = builtIn && isOAuthSpec(builtIn) ? builtIn : undefined;
  // Not echoed: in a damaged value, the "provider" may be anything.
  if (!preset && !seen.has(OAUTH_PARTS.tokenEndpoint)) {
    throw bad(`its provider is neither built in (${Object.keys(PRESETS).join(', ')}) nor described by the value (it has no token_endpoint)`);
  }
  if (!isValidName(provider)) throw bad(`the provider must be ${NAME_RULE}`);
  for (const name of seen.keys()) if (!isOAuthPartName(name)) throw bad(`it has a part whose name authctl does not know (not shown: it may be a secret)`);
  const optional = (name: string) => seen.get(name) || undefined;
  const secret = (name: string, required: boolean) => {
    const v = optional(name);
    if (v === undefined) {
      if (required) throw bad(`part "${name}" is missing or empty`);
      return undefined;
    }
    if (!PRINTABLE.test(v)) throw bad(`part "${name}" contains spaces, line breaks or other characters it cannot have`);
    return v;
  };
  const endpoint = (name: string) => {
    const v = optional(name);
    if (v !== undefined && !isSafeEndpoint(v)) throw bad(`part "${name}" is not an https URL`);
    return v;
  };

  const clientId = secret(OAUTH_PARTS.clientId, true)!;
  const clientSecret = secret(OAUTH_PARTS.clientSecret, false);
  const refreshToken = secret(OAUTH_PARTS.refreshToken, !seen.has(OAUTH_PARTS.accessToken));
  const accessToken = secret(OAUTH_PARTS.accessToken, false);
  if (refreshToken !== undefined && accessToken !== undefined) throw bad('it has both a refresh_token and an access_token part (an export has one of them)');
  const apiBase = endpoint(OAUTH_PARTS.apiBase);
  if (apiBase === undefined) throw bad(`part "${OAUTH_PARTS.apiBase}" is missing or empty`);
  const given = Object.fromEntries([...seen].filter(([k]) => k.startsWith(VARIABLE_PREFIX)).map(([k, v]) => [k.slice(VARIABLE_PREFIX.length), v]));
  const specParts = [OAUTH_PARTS.authorizationEndpoint, OAUTH_PARTS.tokenEndpoint, OAUTH_PARTS.revocationEndpoint, OAUTH_PARTS.clientAuth, OAUTH_PARTS.authScheme, OAUTH_PARTS.authHeader, OAUTH_PARTS.assumedLifetime];

  let spec: ProviderSpec | undefined;
  if (preset) {
    // A built-in provider's endpoints are authctl's own, never the value's.
    const extra = specParts.find((n) => seen.has(n));
    if (extra) throw bad(`part "${extra}" is not taken for the built-in provider ${provider}: its endpoints are authctl's own`);
  } else {
    const tokenEndpoint = endpoint(OAUTH_PARTS.tokenEndpoint);
    if (tokenEndpoint === undefined) throw bad(`part "${OAUTH_PARTS.tokenEndpoint}" is missing or empty`);
    const clientAuth = optional(OAUTH_PARTS.clientAuth) ?? (clientSecret === undefined ? 'none' : 'client_secret_basic');
    if (!(CLIENT_AUTH_METHODS as readonly string[]).includes(clientAuth)) throw bad(`part "client_auth" must be one of ${CLIENT_AUTH_METHODS.join(', ')}`);
    const scheme = seen.get(OAUTH_PARTS.authScheme) ?? 'Bearer';
    const header = optional(OAUTH_PARTS.authHeader);
    if (!/^[\x21-\x7e]*$/.test(scheme) || (header !== undefined && !/^[A-Za-z0-9-]{1,64}$/.test(header))) throw bad('part "auth_scheme" or "auth_header" has characters a header cannot have');
    const lifetime = optional(OAUTH_PARTS.assumedLifetime);
    if (lifetime !== undefined && !/^[1-9]\d{0,7}$/.test(lifetime)) throw bad('part "assumed_lifetime" must be a whole number of seconds');
    const revocation = endpoint(OAUTH_PARTS.revocationEndpoint);
    spec = {
      title: provider,
      type: 'oauth2',
      authorizationEndpoint: endpoint(OAUTH_PARTS.authorizationEndpoint) ?? tokenEndpoint,
      tokenEndpoint,
      ...(revocation ? { revocationEndpoint: revocation } : {}),
      scopes: [],
      scopeSeparator: ' ',
      pkce: true,
      clientAuthMethods: [clientAuth as ClientAuthMethod],
      api: { scheme, ...(header ? { header } : {}), base: apiBase },
      ...(lifetime ? { assumedLifetimeSeconds: Number(lifetime) } : {}),
    };
  }
  const own = preset ?? spec!;
  let variables: Record<string, string>;
  try {
    variables = resolveVariables(provider, own, given);
  } catch (err) {
    throw bad(`a variable part is wrong (${(err as Error).message})`);
  }
  const distrust = distrustApiBase(own, variables, apiBase);
  if (distrust) throw bad(`part "api_base" ${distrust}`, 'authctl sends access tokens only where the provider says its API is: export the profile again');
  const named = (name: string) => {
    const v = optional(name);
    if (v !== undefined && !isValidName(v) && name === OAUTH_PARTS.org) throw bad(`part "org" must be ${NAME_RULE}`);
    if (v !== undefined && !PRINTABLE.test(v)) throw bad(`part "${name}" contains spaces or other characters it cannot have`);
    return v;
  };
  const scopes = (optional(OAUTH_PARTS.scopes) ?? '').split(' ').filter(Boolean);
  if (scopes.some((s) => !PRINTABLE.test(s))) throw bad('part "scopes" must be scopes separated by spaces');
  return {
    provider,
    clientId,
    ...(clientSecret ? { clientSecret } : {}),
    ...(refreshToken ? { refreshToken } : { accessToken: accessToken! }),
    apiBase,
    variables,
    ...(named(OAUTH_PARTS.org) ? { org: named(OAUTH_PARTS.org)! } : {}),
    ...(named(OAUTH_PARTS.orgId) ? { orgId: named(OAUTH_PARTS.orgId)! } : {}),
    scopes,
    ...(spec ? { spec } : {}),
  };
}

/** The provider of an exported credential: the preset, or the one the value carries. */
export const portableSpec = (c: OAuthPortable): ProviderSpec => c.spec ?? (PRESETS[c.provider as PresetName] as ProviderSpec);
