// The emulator's model: clients, pending authorizations, codes and tokens, on a clock the
// tests can move. Protocol answers live in token.ts and the route files; this file only keeps
// the books and enforces the lifecycle limits of the reference (caps, expiry, revocation).
import { randomBytes } from 'node:crypto';
import type { SeedAccount } from './seed.js';
import type {
  EmulatorDataCentre,
  EmulatorOrg,
  EmulatorPortal,
  EmulatorSettings,
  Environment,
  LiveRefreshToken,
  RecordedRequest,
} from './types.js';

export interface Client {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  homeDc: string;
  multiDc: boolean;
  dcSecrets: Record<string, string>;
  selfClient: boolean;
}

/** One data centre: its seeded account and, once listening, its URLs. */
export interface DataCentre extends SeedAccount, EmulatorDataCentre {
  dc: string;
}

/** What a code or token is good for: one user's one org in one environment (seed 001). */
export interface Grant {
  dc: string;
  clientId: string;
  userId: string;
  portalId: string;
  orgId: string;
  environment: Environment;
  scopes: string[];
}

export interface AuthorizationCode extends Grant {
  code: string;
  kind: 'web' | 'self';
  /** Web codes only: the exchange must repeat it. */
  redirectUri?: string;
  codeChallenge?: string | undefined;
  /** Decided when the code is issued: offline, and prompt=consent or first consent. */
  issueRefreshToken: boolean;
  expiresAt: number;
  used: boolean;
}

export interface RefreshToken extends Grant {
  token: string;
  /** Creation order (the emulator clock may not tick between two creations); oldest is lowest. */
  serial: number;
  /** Emulator times of refresh-grant creations, for the sliding 10-minute throttle. */
  creations: number[];
  /** Its access tokens, oldest first. */
  accessTokens: string[];
}

export interface AccessToken extends Grant {
  token: string;
  refreshToken?: string | undefined;
  expiresAt: number;
}

/** A device-flow request (Zoho's v3): approved at whichever data centre the user's account is in. */
export interface DeviceRequest {
  deviceCode: string;
  userCode: string;
  /** Where the codes were issued (and polled first). */
  dc: string;
  clientId: string;
  scopes: string[];
  accessType: 'offline' | 'online';
  promptConsent: boolean;
  expiresAt: number;
  status: 'pending' | 'approved' | 'denied' | 'used';
  /** Set on approval: the user's data centre and org. */
  grant?: Grant;
  lastPollAt?: number;
}

/** An authorization request between the chooser page and the consent decision. */
export interface PendingAuthorization {
  /** A device-flow approval: the decision goes to this device code, not to a redirect. */
  deviceCode?: string;
  id: string;
  dc: string;
  clientId: string;
  redirectUri: string;
  scopes: string[];
  accessType: 'offline' | 'online';
  promptConsent: boolean;
  state?: string | undefined;
  codeChallenge?: string | undefined;
}

/** Zoho's token shape: 1000.<32 hex>.<32 hex>. */
export function zohoToken(): string {
  return `1000.${randomBytes(16).toString('hex')}.${randomBytes(16).toString('hex')}`;
}

const TEN_MINUTES = 10 * 60_000;

export class EmulatorState {
  settings: EmulatorSettings;
  requests: RecordedRequest[] = [];
  readonly dataCentres = new Map<string, DataCentre>();
  readonly clients = new Map<string, Client>();
  readonly pending = new Map<string, PendingAuthorization>();
  readonly codes = new Map<string, AuthorizationCode>();
  readonly refreshTokens = new Map<string, RefreshToken>();
  readonly accessTokens = new Map<string, AccessToken>();
  readonly devices = new Map<string, DeviceRequest>();
  /** dc|user|client|org keys that have consented once: later codes need prompt=consent for a refresh token. */
  readonly consents = new Set<string>();
  /** Per client: emulator times of issued web codes, and the end of a block. */
  private readonly codeIssues = new Map<string, number[]>();
  private readonly codeBlockedUntil = new Map<string, number>();
  private offsetMs = 0;
  private serial = 0;

  constructor(settings: EmulatorSettings) {
    this.settings = settings;
  }

  now(): number {
    return Date.now() + this.offsetMs;
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('advance(ms) needs a finite ms >= 0');
    this.offsetMs += ms;
  }

  dataCentre(dc: string): DataCentre {
    const d = this.dataCentres.get(dc);
    if (!d) throw new Error(`unknown data centre "${dc}" (have ${[...this.dataCentres.keys()].join(', ')})`);
    return d;
  }

  /** A client may use a dc's accounts server only at its home dc unless multi-DC is enabled. */
  clientIn(clientId: string | undefined, dc: string): Client | undefined {
    const c = clientId === undefined ? undefined : this.clients.get(clientId);
    if (!c || (c.homeDc !== dc && !c.multiDc)) return undefined;
    return c;
  }

  findOrg(dc: string, orgId: string): { portal: EmulatorPortal; org: EmulatorOrg } | undefined {
    for (const portal of this.dataCentres.get(dc)?.portals ?? []) {
      const org = portal.orgs.find((o) => o.id === orgId);
      if (org) return { portal, org };
    }
    return undefined;
  }

  consentKey(g: Pick<Grant, 'dc' | 'userId' | 'clientId' | 'orgId'>): string {
    return `${g.dc}|${g.userId}|${g.clientId}|${g.orgId}`;
  }

  // ---- authorization codes -------------------------------------------------------------

  /** Counts a web code against codesPerClientPerMinute; false while the client is blocked. */
  allowCodeIssue(clientId: string): boolean {
    const now = this.now();
    if ((this.codeBlockedUntil.get(clientId) ?? 0) > now) return false;
    const recent = (this.codeIssues.get(clientId) ?? []).filter((t) => now - t < 60_000);
    if (recent.length >= this.settings.codesPerClientPerMinute) {
      this.codeBlockedUntil.set(clientId, now + this.settings.codeBlockMinutes * 60_000);
      this.codeIssues.set(clientId, recent);
      return false;
    }
    recent.push(now);
    this.codeIssues.set(clientId, recent);
    return true;
  }

  /** Device codes: a long secret device code and a short user code (XXXX-XXXX) to type on another device. */
  issueDeviceCode(d: Omit<DeviceRequest, 'deviceCode' | 'userCode' | 'expiresAt' | 'status'>): DeviceRequest {
    const letters = 'BCDFGHJKLMNPQRSTVWXZ';
    const pick = () => Array.from(randomBytes(4), (b) => letters[b % letters.length]).join('');
    const request: DeviceRequest = {
      ...d,
      deviceCode: zohoToken(),
      userCode: `${pick()}-${pick()}`,
      expiresAt: this.now() + this.settings.deviceCodeLifetimeSeconds * 1000,
      status: 'pending',
    };
    this.devices.set(request.deviceCode, request);
    return request;
  }

  deviceByUserCode(userCode: string): DeviceRequest | undefined {
    const wanted = userCode.trim().toUpperCase();
    return [...this.devices.values()].find((d) => d.userCode === wanted && d.status === 'pending' && d.expiresAt > this.now());
  }

  issueCode(c: Omit<AuthorizationCode, 'code' | 'used'>): string {
    const code = zohoToken();
    this.codes.set(code, { ...c, code, used: false });
    return code;
  }

  // ---- tokens --------------------------------------------------------------------------

  /** A live access token (known, not revoked, not expired). */
  liveAccessToken(token: string): AccessToken | undefined {
    const at = this.accessTokens.get(token);
    return at && at.expiresAt > this.now() ? at : undefined;
  }

  /** Drops expired or deleted access tokens from a refresh token's list; returns the live ones. */
  private pruneAccessTokens(rt: RefreshToken): string[] {
    rt.accessTokens = rt.accessTokens.filter((t) => this.liveAccessToken(t) !== undefined);
    return rt.accessTokens;
  }

  activeAccessTokens(rt: RefreshToken): number {
    return this.pruneAccessTokens(rt).length;
  }

  /** Creates an access token; beyond the per-refresh-token cap the oldest one is deleted. */
  createAccessToken(grant: Grant, rt?: RefreshToken): AccessToken {
    const at: AccessToken = {
      ...pickGrant(grant),
      token: zohoToken(),
      refreshToken: rt?.token,
      expiresAt: this.now() + this.settings.accessTokenLifetimeSeconds * 1000,
    };
    this.accessTokens.set(at.token, at);
    if (rt) {
      const live = this.pruneAccessTokens(rt);
      while (live.length >= Math.max(1, this.settings.activeAccessTokensPerRefreshToken)) {
        this.accessTokens.delete(live.shift()!);
      }
      live.push(at.token);
    }
    return at;
  }

  /** True when the refresh token has used up its creations in the last 10 minutes. */
  throttled(rt: RefreshToken): boolean {
    const now = this.now();
    rt.creations = rt.creations.filter((t) => now - t < TEN_MINUTES);
    return rt.creations.length >= this.settings.tokenCreationsPer10Min;
  }

  /**
   * Creates a refresh token, keeping refreshTokensPerUserPerClient: either the oldest of this
   * user+client goes (with its access tokens) or, with 'refuse', nothing is created.
   */
  createRefreshToken(grant: Grant): RefreshToken | 'refused' {
    const mine = [...this.refreshTokens.values()]
      .filter((r) => r.dc === grant.dc && r.userId === grant.userId && r.clientId === grant.clientId)
      .sort((a, b) => a.serial - b.serial);
    const cap = Math.max(1, this.settings.refreshTokensPerUserPerClient);
    if (mine.length >= cap) {
      if (this.settings.refreshTokenOverflow === 'refuse') return 'refused';
      for (const old of mine.slice(0, mine.length - cap + 1)) this.revokeRefresh(old.token);
    }
    const rt: RefreshToken = {
      ...pickGrant(grant),
      token: zohoToken(),
      serial: ++this.serial,
      creations: [],
      accessTokens: [],
    };
    this.refreshTokens.set(rt.token, rt);
    return rt;
  }

  /** Revokes a refresh token and every access token it made. False when unknown. */
  revokeRefresh(token: string): boolean {
    const rt = this.refreshTokens.get(token);
    if (!rt) return false;
    for (const at of rt.accessTokens) this.accessTokens.delete(at);
    this.refreshTokens.delete(token);
    return true;
  }

  /** Rotation: a new refresh token takes over the old one's access tokens and throttle window. */
  rotate(old: RefreshToken): RefreshToken {
    const rt: RefreshToken = {
      ...pickGrant(old),
      token: zohoToken(),
      serial: old.serial,
      creations: old.creations,
      accessTokens: old.accessTokens,
    };
    for (const t of rt.accessTokens) {
      const at = this.accessTokens.get(t);
      if (at) at.refreshToken = rt.token;
    }
    this.refreshTokens.delete(old.token);
    this.refreshTokens.set(rt.token, rt);
    return rt;
  }

  liveRefreshTokens(clientId?: string): LiveRefreshToken[] {
    return [...this.refreshTokens.values()]
      .filter((r) => clientId === undefined || r.clientId === clientId)
      .sort((a, b) => a.serial - b.serial)
      .map((r) => ({
        clientId: r.clientId,
        dc: r.dc,
        orgId: r.orgId,
        environment: r.environment,
        scopes: [...r.scopes],
        activeAccessTokens: this.activeAccessTokens(r),
      }));
  }
}

/** Copies just the Grant fields, so tokens never share arrays with codes or each other. */
function pickGrant(g: Grant): Grant {
  return {
    dc: g.dc,
    clientId: g.clientId,
    userId: g.userId,
    portalId: g.portalId,
    orgId: g.orgId,
    environment: g.environment,
    scopes: [...g.scopes],
  };
}
