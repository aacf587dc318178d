// Public types of the Zoho Accounts emulator. Other test code, the README demo and the
// benchmark are written against these names, so keep them stable.

export type Environment = 'production' | 'sandbox' | 'developer';

export const ENVIRONMENTS: readonly Environment[] = ['production', 'sandbox', 'developer'];

export interface EmulatorOrg {
  id: string;
  name: string;
  environment: Environment;
}

export interface EmulatorPortal {
  id: string;
  name: string;
  orgs: EmulatorOrg[];
}

export interface EmulatorDataCentre {
  location: string;
  accountsServer: string;
  apiDomains: Record<Environment, string>;
}

export interface EmulatorSettings {
  accessTokenLifetimeSeconds: number;
  webCodeLifetimeSeconds: number;
  /** The next access token beyond this deletes the oldest one of the same refresh token. */
  activeAccessTokensPerRefreshToken: number;
  /** Refresh-grant creations per refresh token in a sliding 10-minute window; then throttled. */
  tokenCreationsPer10Min: number;
  throttleHttpStatus: 200 | 400;
  refreshTokensPerUserPerClient: number;
  /** 'refuse' answers Access Denied instead of deleting the oldest refresh token. */
  refreshTokenOverflow: 'delete-oldest' | 'refuse';
  /** Authorization codes issued per client per minute through the consent page; then blocked. */
  codesPerClientPerMinute: number;
  codeBlockMinutes: number;
  /** Older Zoho servers: expires_in_sec (seconds) plus expires_in in milliseconds. */
  legacyExpiresIn: boolean;
  /** A refresh answer carries a new refresh_token and the old one is revoked. */
  rotateRefreshTokens: boolean;
  /** Delay before /oauth/v2/token answers. */
  responseDelayMs: number;
  /** Delay before an API server answers. */
  apiResponseDelayMs: number;
  /** 'html': an HTML 502 page (a proxy in the way); 'hang': never answers. */
  tokenEndpointMode: 'normal' | 'html' | 'hang';
  /** Device flow (v3): how long a user code lives, the polling interval it announces, and the shortest gap between polls before slow_down. */
  deviceCodeLifetimeSeconds: number;
  deviceIntervalSeconds: number;
  deviceMinPollSeconds: number;
  /** An older Zoho page gives interval and expires_in in milliseconds. */
  deviceMillisecondUnits: boolean;
}

export const DEFAULT_SETTINGS: Readonly<EmulatorSettings> = Object.freeze({
  accessTokenLifetimeSeconds: 3600,
  webCodeLifetimeSeconds: 120,
  activeAccessTokensPerRefreshToken: 15,
  tokenCreationsPer10Min: 10,
  throttleHttpStatus: 200,
  refreshTokensPerUserPerClient: 20,
  refreshTokenOverflow: 'delete-oldest',
  codesPerClientPerMinute: 4,
  codeBlockMinutes: 10,
  legacyExpiresIn: false,
  rotateRefreshTokens: false,
  responseDelayMs: 0,
  apiResponseDelayMs: 0,
  tokenEndpointMode: 'normal',
  deviceCodeLifetimeSeconds: 300,
  deviceIntervalSeconds: 5,
  deviceMinPollSeconds: 0,
  deviceMillisecondUnits: false,
});

export interface RecordedRequest {
  dc: string;
  server: 'accounts' | 'api';
  environment?: Environment;
  method: string;
  path: string;
  query: Record<string, string>;
  form: Record<string, string>;
  headers: Record<string, string>;
  /** 0 while no answer has been sent (a delayed or hanging token request). */
  status: number;
  /** Emulator clock (ms) when the request arrived. */
  at: number;
}

export interface RegisterClientOptions {
  clientId: string;
  clientSecret: string;
  redirectUris?: string[];
  /** Default: the first data centre. */
  homeDc?: string;
  /** Default false: the client is only known at its home data centre. */
  multiDc?: boolean;
  /** Multi-DC with separate secrets: the secret the client has at these data centres instead of clientSecret. */
  dcSecrets?: Record<string, string>;
  selfClient?: boolean;
}

export interface SelfClientCodeOptions {
  clientId: string;
  scopes: string[];
  /** Default: the client's home data centre. */
  dc?: string;
  /** Default: the portal holding orgId. */
  portalId?: string;
  orgId: string;
  /** Default 180; Zoho's console offers 3-10 minutes. */
  ttlSeconds?: number;
  /** Default offline. */
  accessType?: 'offline' | 'online';
}

export interface LiveRefreshToken {
  clientId: string;
  dc: string;
  orgId: string;
  environment: Environment;
  scopes: string[];
  activeAccessTokens: number;
}

export interface Emulator {
  dataCentres: Record<string, EmulatorDataCentre>;
  /** The JSON the CLI reads from AUTHCTL_ZOHO_DATA_CENTRES. */
  dataCentresJson(): string;
  writeDataCentresFile(path: string): Promise<void>;
  settings: EmulatorSettings;
  requests: RecordedRequest[];
  tokenRequests(grantType?: string): RecordedRequest[];
  registerClient(c: RegisterClientOptions): void;
  issueSelfClientCode(o: SelfClientCodeOptions): string;
  portals(dc: string): EmulatorPortal[];
  advance(ms: number): void;
  revokeRefreshToken(token: string): void;
  liveRefreshTokens(clientId?: string): LiveRefreshToken[];
  close(): Promise<void>;
}

export interface StartEmulatorOptions {
  /** Default ['com', 'eu']. */
  dataCentres?: string[];
  settings?: Partial<EmulatorSettings>;
}
