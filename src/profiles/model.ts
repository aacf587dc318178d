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
}

/** An OAuth client registered with the provider; its secret lives in a secret store. */
export interface OAuthClient {
  provider: ProviderName;
  clientId: string;
  dc: string;
  redirectUri?: string;
  selfClient?: boolean;
  /** Multi-DC is enabled for the client in the API console: codes from every data centre are accepted. */
  multiDc?: boolean;
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

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const isValidName = (name: string) => NAME.test(name);
export const NAME_RULE = 'letters, digits, ".", "_" and "-", starting with a letter or digit, at most 64 characters';

/** The secret store account of a profile: its identity at the provider. */
export function profileKey(p: Pick<Profile, 'provider' | 'dc' | 'portal' | 'orgId' | 'org' | 'environment'>): string {
  return ['profile', p.provider, p.dc, p.portal ?? '-', p.orgId ?? p.org ?? '-', p.environment].join(':');
}

export const clientKey = (name: string) => `client:${name}`;
