/** The non-secret model of profiles and OAuth clients, as kept in config.json. */

export const ENVIRONMENTS = ['production', 'sandbox', 'developer'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];
export const isEnvironment = (value: string): value is Environment =>
  (ENVIRONMENTS as readonly string[]).includes(value);

export const STORE_KINDS = ['keychain', 'file'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

export const PROVIDERS = ['zoho'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

/** One credential for one (provider, data centre, portal, org, environment). */
export interface Profile {
  provider: ProviderName;
  /** The secret store account holding this profile's tokens. */
  key: string;
  /** Name of the OAuth client (see `clients`) the tokens were issued to. */
  client: string;
  dc: string;
  accountsServer: string;
  apiDomain: string;
  portal?: string;
  /** The org as the user named it with --org. */
  org?: string;
  orgId?: string;
  orgName?: string;
  environment: Environment;
  scopes: string[];
  store: StoreKind;
  createdAt: string;
  refreshedAt?: string;
  accessTokenExpiresAt?: string;
  /** Set when the server rejected the refresh token or the client: the profile needs a new login. */
  loginRequired?: LoginRequired;
}

/** Why a profile's credential is known to be dead, so token/exec/api stop serving its cached token. */
export interface LoginRequired {
  at: string;
  /** What the server rejected: the refresh token (log in again) or the client (fix the client first). */
  rejected: 'refresh_token' | 'client';
  /** The server's answer as a user reads it (never a secret). */
  reason: string;
}

/** An OAuth client registered with the provider; its secret lives in a secret store. */
export interface OAuthClient {
  provider: ProviderName;
  clientId: string;
  dc: string;
  /** Loopback redirect URIs registered for the client; login listens on the first, or on the one `--port` names. */
  redirectUris?: string[];
  selfClient?: boolean;
  /** Data centres where the client has a secret of its own (multi-DC with separate secrets), each under dcSecretKey. */
  dcSecrets?: string[];
  store: StoreKind;
  /** The secret store account holding the client secret. */
  key: string;
  createdAt: string;
}

export interface Config {
  version: 1;
  defaultProfile?: string;
  profiles: Record<string, Profile>;
  clients: Record<string, OAuthClient>;
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
export function profileKey(p: Pick<Profile, 'provider' | 'dc' | 'portal' | 'orgId' | 'org' | 'environment'>): string {
  return ['profile', p.provider, p.dc, p.portal ?? '-', p.orgId ?? p.org ?? '-', p.environment].join(':');
}

export const clientKey = (name: string) => `client:${name}`;
/** The secret store account of a client's separate secret for one data centre. */
export const dcSecretKey = (client: Pick<OAuthClient, 'key'>, dc: string) => `${client.key}@${dc}`;
