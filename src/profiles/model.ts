import type { AnyProviderSpec } from '../providers/spec.js';
import type { TeamMark } from './team.js';

/** The non-secret model of profiles and OAuth clients, as kept in config.json. */

export const ENVIRONMENTS = ['production', 'sandbox', 'developer'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];
export const isEnvironment = (value: string): value is Environment =>
  (ENVIRONMENTS as readonly string[]).includes(value);

export const STORE_KINDS = ['keychain', 'file'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

/** What every profile records, whatever its provider. */
interface ProfileBase {
  /** "zoho", another preset (providers/presets.ts), or a provider the user added (`providers`). */
  provider: string;
  /** The secret store account holding this profile's tokens (or API key). */
  key: string;
  /** The org as the user named it with --org. */
  org?: string;
  /** The org (or account) the token is for, as the provider identifies it, when it says. */
  orgId?: string;
  orgName?: string;
  scopes: string[];
  store: StoreKind;
  createdAt: string;
  refreshedAt?: string;
  accessTokenExpiresAt?: string;
  /** Set when the server rejected the refresh token or the client: the profile needs a new login. */
  loginRequired?: LoginRequired;
  /** Made with a team client: its id and secret version then, so a change by the administrator is noticed. */
  team?: TeamMark;
}

/** One Zoho credential for one (data centre, portal, org, environment). */
export interface ZohoProfile extends ProfileBase {
  provider: 'zoho';
  /** Name of the OAuth client (see `clients`) the tokens were issued to. */
  client: string;
  dc: string;
  accountsServer: string;
  apiDomain: string;
  portal?: string;
  environment: Environment;
}

/** A credential of any other OAuth 2.0 provider: its endpoints follow from the provider and the variables. */
export interface OAuthProfile extends ProfileBase {
  /** Name of the OAuth client (see `clients`) the tokens were issued to. */
  client: string;
  auth?: undefined;
  /** The values of the provider's {variables} given at login (a tenant, a region, a My Domain host). */
  variables?: Record<string, string>;
  /** Where the API is: fixed by the provider, or named by the token response (instance_url, api_domain). */
  apiBase: string;
}

/**
 * An API key (seed 002): the key itself is in the secret store (as a token that
 * never expires), its other fields (an API URL, a user's e-mail) here.
 */
export interface ApiKeyProfile extends ProfileBase {
  auth: 'apiKey';
  /** The non-secret fields given at login. */
  fields?: Record<string, string>;
  apiBase: string;
}

export type Profile = ZohoProfile | OAuthProfile | ApiKeyProfile;

export const isZohoProfile = (p: Profile): p is ZohoProfile => p.provider === 'zoho';
export const isApiKeyProfile = (p: Profile): p is ApiKeyProfile => (p as { auth?: string }).auth === 'apiKey';
/** The OAuth client a profile's tokens were issued to; undefined for an API key. */
export const clientOf = (p: Profile): string | undefined => (isApiKeyProfile(p) ? undefined : p.client);

/** Where a non-Zoho profile is: its provider variables, or its API key's non-secret fields. */
export const placeOf = (p: OAuthProfile | ApiKeyProfile): Record<string, string> => (isApiKeyProfile(p) ? (p.fields ?? {}) : (p.variables ?? {}));

/** The base URL the profile's token is for: Zoho's API domain, or another provider's API base. */
export const apiBaseOf = (p: Profile) => (isZohoProfile(p) ? p.apiDomain : p.apiBase);

/** Why a profile's credential is known to be dead, so token/exec/api stop serving its cached token. */
export interface LoginRequired {
  at: string;
  /** What the server rejected: the refresh token (log in again) or the client (fix the client first). */
  rejected: 'refresh_token' | 'client';
  /** The server's answer as a user reads it (never a secret). */
  reason: string;
}

/** An OAuth client registered with the provider; a confidential one's secret lives in a secret store. */
export interface OAuthClient {
  provider: string;
  clientId: string;
  /** Zoho: the home data centre, where logins start. */
  dc?: string;
  /** Loopback redirect URIs registered for the client; login listens on the first, or on the one `--port` names. */
  redirectUris?: string[];
  selfClient?: boolean;
  /** Data centres where the client has a secret of its own (multi-DC with separate secrets), each under dcSecretKey. */
  dcSecrets?: string[];
  /** A public client (RFC 6749 §2.1, a native app): no secret; PKCE protects its codes. */
  public?: boolean;
  /** Where the secret is; absent for a public client. */
  store?: StoreKind;
  /** The secret store account holding the client secret; absent for a public client. */
  key?: string;
  createdAt: string;
}

export interface Config {
  version: 1;
  defaultProfile?: string;
  profiles: Record<string, Profile>;
  clients: Record<string, OAuthClient>;
  /** Providers the user added (`authctl provider add`); a preset's name is never one of them. */
  providers?: Record<string, AnyProviderSpec>;
  zoho?: { dataCentres?: unknown };
}

export const emptyConfig = (): Config => ({ version: 1, profiles: {}, clients: {} });

/** Letters of any script (with their combining marks), digits, ".", "_" and "-": safe in file names and shells. */
const NAME = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}._-]{0,63}$/u;
export const isValidName = (name: string) => NAME.test(name);
export const NAME_RULE = 'letters (of any script), digits, ".", "_" and "-", starting with a letter or digit, at most 64 characters';
/** Names are compared in NFC, so "Zürich" typed on macOS (decomposed) and on Linux (composed) is one name. */
export const normalizeName = (name: string) => name.normalize('NFC');

/** A profile name made from an org's name: "Globex Corporation" → "globex-corporation". */
export function nameFromOrg(orgName: string): string | undefined {
  const slug = normalizeName(orgName)
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}._-]+/gu, '-')
    .replace(/^[^\p{L}\p{N}]+|-+$/gu, '')
    .slice(0, 64);
  return isValidName(slug) ? slug : undefined;
}

/** The secret store account of a profile: its identity at the provider. */
export function profileKey(p: Pick<ZohoProfile, 'provider' | 'dc' | 'portal' | 'orgId' | 'org' | 'environment'>): string {
  return ['profile', p.provider, p.dc, p.portal ?? '-', p.orgId ?? p.org ?? '-', p.environment].join(':');
}

/**
 * Another provider's: its variables and the org it reports, else the profile's
 * name (a provider that does not say whose token it is cannot be told apart otherwise).
 */
export function oauthProfileKey(provider: string, variables: Record<string, string>, orgId: string | undefined, name: string): string {
  const where = Object.keys(variables)
    .sort()
    .map((k) => `${k}=${variables[k]}`)
    .join(',');
  return ['profile', provider, where || '-', orgId ?? `name=${name}`].join(':');
}

/** An API key's: the provider and the profile's name (a key does not say whose it is). */
export const apiKeyProfileKey = (provider: string, name: string) => ['profile', provider, 'api-key', name].join(':');

export const clientKey = (name: string) => `client:${name}`;
/** The secret store account of a client's separate secret for one data centre. */
export const dcSecretKey = (client: Pick<OAuthClient, 'key'>, dc: string) => `${client.key}@${dc}`;
