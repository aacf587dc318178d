// A local emulator of Zoho Accounts and the CRM API over real HTTP on 127.0.0.1, for the
// CLI's tests, the README demo and the benchmark. Behaviour follows
// /work/shared/reference/zoho-accounts.md; see types.ts for the settings that vary.
import { writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { accountsRoutes, type TimerSet } from './accounts.js';
import { apiRoutes } from './api.js';
import { type Exchange, listen, stop } from './http.js';
import { seedAccount, ZOHO_LOCATIONS } from './seed.js';
import { EmulatorState } from './state.js';
import {
  DEFAULT_SETTINGS,
  ENVIRONMENTS,
  type Emulator,
  type EmulatorDataCentre,
  type EmulatorPortal,
  type Environment,
  type StartEmulatorOptions,
} from './types.js';

export * from './types.js';

export async function startEmulator(opts: StartEmulatorOptions = {}): Promise<Emulator> {
  const dcs = opts.dataCentres ?? ['com', 'eu'];
  if (dcs.length === 0) throw new Error('startEmulator needs at least one data centre');
  for (const dc of dcs) {
    if (!(dc in ZOHO_LOCATIONS)) throw new Error(`unknown Zoho data centre "${dc}" (known: ${Object.keys(ZOHO_LOCATIONS).join(', ')})`);
  }
  if (new Set(dcs).size !== dcs.length) throw new Error('data centres must be distinct');

  // Ignore keys given as undefined, so { responseDelayMs: undefined } keeps the default.
  const given = Object.fromEntries(Object.entries(opts.settings ?? {}).filter(([, v]) => v !== undefined));
  const state = new EmulatorState({ ...DEFAULT_SETTINGS, ...given });
  const servers: Server[] = [];
  const timers: TimerSet = new Set();
  const dataCentres: Record<string, EmulatorDataCentre> = {};

  try {
    for (const [index, dc] of dcs.entries()) {
      const accounts = await listen(state, { dc, server: 'accounts' }, accountsRoutes(state, dc, timers));
      servers.push(accounts.server);
      const apiDomains = {} as Record<Environment, string>;
      for (const environment of ENVIRONMENTS) {
        const api = await listen(state, { dc, server: 'api', environment }, delayed(state, timers, apiRoutes(state, dc, environment)));
        servers.push(api.server);
        apiDomains[environment] = api.url;
      }
      const info: EmulatorDataCentre = { location: ZOHO_LOCATIONS[dc]!, accountsServer: accounts.url, apiDomains };
      dataCentres[dc] = info;
      state.dataCentres.set(dc, { dc, ...info, ...seedAccount(index) });
    }
  } catch (err) {
    await Promise.all(servers.map(stop));
    throw err;
  }

  // Exactly the shape the CLI reads from AUTHCTL_ZOHO_DATA_CENTRES.
  const dataCentresJson = () =>
    JSON.stringify(
      Object.fromEntries(
        Object.entries(dataCentres).map(([dc, d]) => [
          dc,
          { location: d.location, accountsServer: d.accountsServer, apiDomains: { ...d.apiDomains } },
        ]),
      ),
    );

  let closed: Promise<void> | undefined;

  return {
    dataCentres,
    dataCentresJson,
    async writeDataCentresFile(path) {
      await writeFile(path, dataCentresJson() + '\n', 'utf8');
    },
    get settings() {
      return state.settings;
    },
    set settings(s) {
      state.settings = { ...DEFAULT_SETTINGS, ...s };
    },
    get requests() {
      return state.requests;
    },
    set requests(r) {
      state.requests = r;
    },
    tokenRequests(grantType) {
      return state.requests.filter(
        (r) =>
          r.server === 'accounts' &&
          r.method === 'POST' &&
          r.path === '/oauth/v2/token' &&
          (grantType === undefined || (r.form.grant_type ?? r.query.grant_type) === grantType),
      );
    },
    registerClient(c) {
      const homeDc = c.homeDc ?? dcs[0]!;
      state.dataCentre(homeDc); // throws on an unknown dc
      state.clients.set(c.clientId, {
        clientId: c.clientId,
        clientSecret: c.clientSecret,
        redirectUris: [...(c.redirectUris ?? [])],
        homeDc,
        multiDc: c.multiDc ?? false,
        dcSecrets: { ...c.dcSecrets },
        selfClient: c.selfClient ?? false,
      });
    },
    issueSelfClientCode(o) {
      const client = state.clients.get(o.clientId);
      if (!client) throw new Error(`issueSelfClientCode: client ${o.clientId} is not registered`);
      const dc = o.dc ?? client.homeDc;
      if (!state.clientIn(client.clientId, dc)) throw new Error(`issueSelfClientCode: client ${o.clientId} is not enabled in dc ${dc}`);
      const found = state.findOrg(dc, o.orgId);
      if (!found) throw new Error(`issueSelfClientCode: no org ${o.orgId} in dc ${dc}`);
      if (o.portalId !== undefined && o.portalId !== found.portal.id) {
        throw new Error(`issueSelfClientCode: org ${o.orgId} is not in portal ${o.portalId}`);
      }
      if (o.scopes.length === 0) throw new Error('issueSelfClientCode: scopes must not be empty');
      const ttlSeconds = o.ttlSeconds ?? 180;
      // The console creates the code for a chosen org; the refresh token always comes with it.
      return state.issueCode({
        dc,
        clientId: client.clientId,
        userId: state.dataCentre(dc).user.id,
        portalId: found.portal.id,
        orgId: found.org.id,
        environment: found.org.environment,
        scopes: [...o.scopes],
        kind: 'self',
        issueRefreshToken: (o.accessType ?? 'offline') === 'offline',
        expiresAt: state.now() + ttlSeconds * 1000,
      });
    },
    portals(dc) {
      return structuredClone(state.dataCentre(dc).portals) as EmulatorPortal[];
    },
    advance(ms) {
      state.advance(ms);
    },
    revokeRefreshToken(token) {
      const rt = state.refreshTokens.get(token);
      if (!rt) throw new Error('revokeRefreshToken: unknown or already revoked refresh token');
      state.revokeRefresh(token);
      // The user removed the app: the next consent counts as a first one again.
      state.consents.delete(state.consentKey(rt));
    },
    liveRefreshTokens(clientId) {
      return state.liveRefreshTokens(clientId);
    },
    close() {
      closed ??= (async () => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        await Promise.all(servers.map(stop));
      })();
      return closed;
    },
  };
}

/** An API route answering after settings.apiResponseDelayMs, on a timer close() cancels. */
function delayed(state: EmulatorState, timers: TimerSet, route: (x: Exchange) => void): (x: Exchange) => Promise<void> {
  return async (x) => {
    const ms = state.settings.apiResponseDelayMs;
    if (ms > 0) {
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          timers.delete(t);
          resolve();
        }, ms);
        timers.add(t);
      });
    }
    route(x);
  };
}
