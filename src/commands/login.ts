import { AuthctlError, ExitCode, usageError } from '../errors.js';
import type { Context } from '../io/context.js';
import { authorizationUrl } from '../oauth/authorize.js';
import type { DeviceAuthorization } from '../oauth/device.js';
import { OAuthError, TransportError } from '../oauth/errors.js';
import { httpTimeoutMs } from '../oauth/timeout.js';
import { printable } from '../io/printable.js';
import { createPkce, createState } from '../oauth/pkce.js';
import { requestToken, revokeToken, type TokenResponse } from '../oauth/token.js';
import { clientAt, type ResolvedClient, resolveClient } from '../profiles/clients.js';
import { ConfigStore } from '../profiles/config.js';
import {
  type Config,
  type Environment,
  ENVIRONMENTS,
  isEnvironment,
  isValidName,
  NAME_RULE,
  nameFromOrg,
  normalizeName,
  type Profile,
  profileKey,
  type StoreKind,
  type ZohoProfile,
} from '../profiles/model.js';
import { saveProfile } from '../profiles/save.js';
import { keepNewToken } from '../flows/guard.js';
import { findProvider } from '../providers/registry.js';
import { isOAuthSpec } from '../providers/spec.js';
import { parseBrowserWait, redirectUriFor } from '../flows/redirect-uri.js';
import {
  apiConsoleUrl,
  apiDomainFor,
  AUTHORIZE_EXTRA,
  type DataCentre,
  dataCentre,
  dataCentreOfAccountsServer,
  DEFAULT_DC,
  DEFAULT_SCOPES,
  endpoints,
  type ErrorContext,
  explainTokenError,
  findTokenOrg,
  isZohoCode,
  loadDataCentres,
  SCOPE_SEPARATOR,
  type TokenOrg,
} from '../providers/zoho.js';
import { SecretStores } from '../secrets/resolve.js';
import type { SecretStore } from '../secrets/store.js';

export interface LoginOptions {
  org?: string;
  env?: string;
  portal?: string;
  profile?: string;
  scope?: string;
  dc?: string;
  client?: string;
  /** False with --no-browser. */
  browser?: boolean;
  port?: string;
  timeout?: string;
  selfClient?: boolean;
  code?: string;
  store?: string;
  replace?: boolean;
  /** Another provider than Zoho (a preset, or one added with `authctl provider add`). */
  provider?: string;
  /** --var NAME=VALUE: the provider's variables (tenant, region, My Domain host). */
  var?: string[];
  /** Log in with an API key instead of OAuth (a provider that offers both). */
  apiKey?: boolean;
  /** An API key's fields as a JSON object on stdin. */
  stdin?: boolean;
  /** The device flow: approve on another device (RFC 8628). */
  device?: boolean;
  /** False with --no-qr: no QR code for the device flow. */
  qr?: boolean;
}

/** What the user asked for, checked before anything is read or sent. */
interface LoginRequest {
  /** The profile name given (--profile, else --org); else it is named after the org's environment. */
  name?: string;
  org?: string;
  portal?: string;
  /** --env: a check that the org chosen is of this environment (the environment itself comes from the org). */
  expected?: Environment;
  /** Empty for a self-client code without --scope: the scopes were chosen in the API console. */
  scopes: string[];
  selfClient: boolean;
  port?: number;
  timeoutMs: number;
  replace: boolean;
}

/**
 * authctl login: get an authorization code (browser + loopback redirect, or a
 * self-client code), exchange it at the accounts server it came from, find out
 * which org and environment the token belongs to, store it, then revoke the
 * profile's old token. A profile never silently changes its org.
 */
export async function run(ctx: Context, opts: LoginOptions): Promise<void> {
  const config = await new ConfigStore(ctx).load();
  // --provider, else the provider of the client named, else Zoho.
  const provider = opts.provider ?? (opts.client === undefined ? undefined : config.clients[normalizeName(opts.client)]?.provider) ?? 'zoho';
  const spec = provider === 'zoho' ? undefined : findProvider(config, provider);
  // An API-key-only provider, or --api-key for one that also takes keys.
  if (spec && (opts.apiKey || !isOAuthSpec(spec))) return (await import('../flows/api-key-login.js')).loginWithApiKey(ctx, opts, config, provider, spec);
  if (provider !== 'zoho') return (await import('../flows/provider-login.js')).loginWithProvider(ctx, opts, config, provider);
  if (opts.apiKey || opts.stdin) throw usageError('--api-key and --stdin are for providers that take API keys; Zoho logs in with OAuth');
  if (opts.var !== undefined) throw usageError('--var is for providers with variables; Zoho takes --dc');
  const parsed = parseRequest(opts);
  const table = await loadDataCentres(ctx.env, config);
  const stores = new SecretStores(ctx);
  const client = await resolveClient(stores, config, ctx.env, opts.client);
  const start = dataCentre(table, opts.dc ?? client.client?.dc ?? DEFAULT_DC);
  const selfClient = parsed.selfClient || client.client?.selfClient === true;
  const request: LoginRequest = { ...parsed, scopes: parsed.scopes ?? (selfClient ? [] : (client.team?.scopes ?? DEFAULT_SCOPES)) };
  const existing = request.name === undefined ? undefined : config.profiles[request.name];
  // Chosen (and a keychain probed) before any code is spent.
  const store = await stores.forNewSecret(opts.store ?? (ctx.env.AUTHCTL_STORE || undefined) ?? existing?.store);
  const timeoutMs = httpTimeoutMs(ctx.env);
  const loginCommand = commandOf(opts, selfClient);

  ctx.info(
    `Logging in to profile ${ctx.color.bold(request.name ?? '(named after the environment)')} at data centre ${start.dc} with client ${client.name}` +
      `${request.expected ? `; the org must be a ${request.expected} org` : ''}.`,
  );
  if (client.team?.instructions) ctx.info(client.team.instructions);
  const flow: FlowInput = { client, start, table, request, opts, timeoutMs, loginCommand, stores, config };
  const { tokens, accountsServer, dc } = opts.device
    ? await deviceLogin(ctx, flow)
    : selfClient
      ? await selfClientLogin(ctx, flow)
      : await browserLogin(ctx, flow);
  const newRefreshToken = tokens.refreshToken;
  if (!newRefreshToken) {
    throw new AuthctlError('Zoho issued no refresh token, so authctl could not keep this login', {
      hint: selfClient
        ? 'generate a new code in the API console (codes for offline access come with a refresh token) and log in again'
        : `run ${loginCommand} again`,
    });
  }

  // The new token must not outlive a failed or interrupted login: Zoho caps refresh tokens per user.
  const revokeNew = () =>
    revokeToken(endpoints(accountsServer).revoke, newRefreshToken, { timeoutMs }).then(
      () => true,
      () => {
        ctx.warn('could not revoke the refresh token of this failed login; remove it under Connected Apps in your Zoho account');
        return false;
      },
    );
  const { name, profile, replaced } = await keepNewToken(ctx, revokeNew, async (saving) => {
    const found = await identifyOrg(ctx, { d: dc, tokens, request, selfClient, timeoutMs });
    const name = request.name ?? found.environment;
    if (isEnvironment(name) && name !== found.environment) {
      // Allowed (the environment comes from the org, --env is the check), but every script using the name would be misled.
      ctx.warn(`profile "${name}" is named after the ${name} environment, but you chose a ${found.environment} org; scripts using --org ${name} will reach it (pass --env ${name} to have authctl check, or --profile to name it)`);
    }
    const profile = describeProfile(ctx, { tokens, accountsServer, d: dc, client, request, store, found });
    const credential = { refreshToken: newRefreshToken, accessToken: tokens.accessToken, accessTokenExpiresAt: tokens.expiresAt };
    const replaced = await saving(() =>
      saveProfile(ctx, stores, name, profile, credential, store, {
        replace: request.replace,
        command: commandOf({ ...opts, org: undefined, profile: undefined }, selfClient),
        discarded: 'the new token was revoked',
      }),
    );
    return { name, profile, replaced };
  });

  ctx.info(
    `${ctx.color.green('Logged in:')} profile ${ctx.color.bold(name)} → ${describeOrg(profile)}, ${profile.environment} environment, data centre ${profile.dc}${
      profile.portal ? `, portal ${profile.portal}` : ''
    }`,
  );
  ctx.info(`  scopes: ${profile.scopes.length ? profile.scopes.join(', ') : '(as chosen in the API console)'}`);
  ctx.info(`  API domain: ${profile.apiDomain}; refresh token stored in ${store.location}`);
  if (replaced) await (await import('../tokens/revoke.js')).revokeReplaced(ctx, config, stores, name, replaced);
}

/** The login command as the user gave it, for "run … again" hints. */
function commandOf(opts: LoginOptions, selfClient: boolean): string {
  const parts = ['authctl login'];
  if (opts.org !== undefined) parts.push(`--org ${opts.org}`);
  if (opts.profile !== undefined) parts.push(`--profile ${opts.profile}`);
  if (opts.env !== undefined) parts.push(`--env ${opts.env}`);
  if (opts.dc !== undefined) parts.push(`--dc ${opts.dc}`);
  if (opts.client !== undefined) parts.push(`--client ${opts.client}`);
  if (selfClient) parts.push('--self-client');
  return parts.join(' ');
}

/** The profile metadata of a fresh token: where it was issued, for which org and environment, under which key. */
function describeProfile(
  ctx: Context,
  o: {
    tokens: TokenResponse;
    accountsServer: string;
    d: DataCentre;
    client: ResolvedClient;
    request: LoginRequest;
    store: SecretStore;
    found: TokenOrg;
  },
): ZohoProfile {
  const scopes = o.tokens.scope ? o.tokens.scope.split(/[,\s]+/).filter(Boolean) : o.request.scopes;
  const now = new Date(ctx.now()).toISOString();
  const org = o.found.org;
  // Optional fields are left out rather than undefined: the config validator checks every present field.
  const identity = {
    provider: 'zoho' as const,
    dc: o.d.dc,
    ...(o.request.portal ? { portal: o.request.portal } : {}),
    ...(o.request.org ? { org: o.request.org } : {}),
    ...(org ? { orgId: org.id } : {}),
    environment: o.found.environment,
  };
  return {
    ...identity,
    key: profileKey(identity),
    client: o.client.name,
    accountsServer: o.accountsServer,
    apiDomain: o.found.apiDomain,
    ...(org?.name ? { orgName: org.name } : {}),
    scopes,
    store: o.store.kind as StoreKind,
    createdAt: now,
    refreshedAt: now,
    accessTokenExpiresAt: new Date(o.tokens.expiresAt).toISOString(),
    ...(o.client.team ? { team: o.client.team.mark } : {}),
  };
}

function parseRequest(opts: LoginOptions): Omit<LoginRequest, 'scopes'> & { scopes?: string[] } {
  if (opts.env !== undefined && !isEnvironment(opts.env)) {
    throw usageError(`unknown environment "${opts.env}"`, `use one of: ${ENVIRONMENTS.join(', ')}`);
  }
  const [profile, org, portal] = [opts.profile, opts.org, opts.portal].map((v) => (v === undefined ? undefined : normalizeName(v)));
  for (const [flag, value] of [['--profile', profile], ['--org', org], ['--portal', portal]] as const) {
    if (value !== undefined && !isValidName(value)) throw usageError(`invalid ${flag} "${value}"`, `use ${NAME_RULE}`);
  }
  const name = profile ?? org;
  const expected = opts.env as Environment | undefined;

  let scopes: string[] | undefined;
  if (opts.scope !== undefined) {
    scopes = [...new Set(opts.scope.split(/[,\s]+/).filter(Boolean))];
    const bad = scopes.find((s) => !/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)+$/.test(s));
    if (scopes.length === 0 || bad !== undefined) {
      throw usageError(`invalid --scope ${bad === undefined ? '(empty)' : `"${bad}"`}`, 'give Zoho scopes separated by commas, e.g. ZohoCRM.modules.ALL,ZohoCRM.org.READ');
    }
  }

  if (opts.code !== undefined && opts.code !== '-') {
    // A code is a secret: argv is visible to other users and kept in shell history.
    throw usageError('a code is never taken from the command line', 'pipe it in with --code - (or omit --code to be prompted)');
  }
  const selfClient = opts.selfClient === true || opts.code !== undefined;
  if (opts.device && (selfClient || opts.port !== undefined || opts.browser === false || opts.timeout !== undefined)) {
    throw usageError('--device is a login of its own: --self-client, --port, --no-browser and --timeout are for the others');
  }
  if (selfClient && (opts.port !== undefined || opts.browser === false || opts.timeout !== undefined)) {
    throw usageError('--port, --no-browser and --timeout are for the browser login, not for a self-client code');
  }

  const { port, timeoutMs } = parseBrowserWait(opts);
  return { name, org, portal, expected, scopes, selfClient, port, timeoutMs, replace: opts.replace === true };
}

interface FlowInput {
  client: ResolvedClient;
  start: DataCentre;
  table: Record<string, DataCentre>;
  request: LoginRequest;
  opts: LoginOptions;
  timeoutMs: number;
  loginCommand: string;
  stores: SecretStores;
  config: Config;
}

interface Exchanged {
  tokens: TokenResponse;
  accountsServer: string;
  /** The data centre that issued the token: the profile's from now on. */
  dc: DataCentre;
}

/** The loopback flow: consent in the browser, the code back on 127.0.0.1, exchanged where it came from. */
async function browserLogin(ctx: Context, f: FlowInput): Promise<Exchanged> {
  const redirectUri = redirectUriFor(f.client, f.request.port);
  ctx.info(`Redirect URI (must be registered for the client in the Zoho API console): ${redirectUri.href}`);
  const pkce = createPkce();
  const state = createState();
  const authorizeUrl = authorizationUrl(endpoints(f.start.accountsServer).authorize, {
    clientId: f.client.clientId,
    redirectUri: redirectUri.href,
    scopes: f.request.scopes,
    state,
    codeChallenge: pkce.challenge,
    extra: AUTHORIZE_EXTRA,
    scopeSeparator: SCOPE_SEPARATOR,
  });
  // The loopback server, the browser opener and the paste prompt load only on this path.
  const { authorizeInBrowser } = await import('../flows/browser.js');
  const { callback, finish } = await authorizeInBrowser(ctx, {
    authorizeUrl,
    redirectUri,
    state,
    // Zoho sends a user of another data centre back with that one's accounts-server, and the code
    // must be exchanged there. Every accounts server of the table is Zoho; any other is a mix-up.
    distrustAccountsServer: (url) => (dataCentreOfAccountsServer(f.table, url) ? undefined : 'is not a known accounts server (a possible mix-up attack)'),
    isCode: isZohoCode,
    openBrowser: f.opts.browser !== false,
    timeoutMs: f.request.timeoutMs,
    deviceHint: `${f.loginCommand} --device lets you approve on your phone or laptop instead`,
  });
  try {
    if ('error' in callback) {
      if (callback.error === 'access_denied') {
        throw new AuthctlError('you declined access on the Zoho consent page; nothing was changed', {
          hint: `run ${f.loginCommand} again and choose Accept`,
        });
      }
      throw new AuthctlError(`Zoho ended the authorization with the error "${callback.error}"${callback.errorDescription ? `: ${callback.errorDescription}` : ''}`, {
        hint: 'check the scopes (--scope) and the client in the Zoho API console, then log in again',
      });
    }
    // A bare pasted code carries no accounts-server: it came from the server login started at.
    const dc = dataCentreOfAccountsServer(f.table, callback.accountsServer ?? f.start.accountsServer)!;
    if (dc.dc !== f.start.dc) ctx.info(`Zoho completed the login at data centre ${dc.dc}: the code is exchanged there.`);
    const tokens = await exchange(
      { grant_type: 'authorization_code', code: callback.code, redirect_uri: redirectUri.href, code_verifier: pkce.verifier },
      f,
      dc,
      { grant: 'authorization_code', redirectUri: redirectUri.href },
    );
    return { tokens, accountsServer: dc.accountsServer, dc };
  } finally {
    await finish();
  }
}

/**
 * Zoho's device flow (v3): a user code approved on another device; polls at the
 * interval Zoho gives (seconds, or milliseconds on older servers), at least 30 s
 * after a slow_down, and at the user's own data centre once Zoho says other_dc.
 */
async function deviceLogin(ctx: Context, f: FlowInput): Promise<Exchanged> {
  const { postForm } = await import('../oauth/http.js');
  const { approveOnAnotherDevice } = await import('../flows/device.js');
  const errorContext = (d: DataCentre) => ({ grant: 'authorization_code' as const, dc: d.dc, startDc: f.start.dc, accountsServer: d.accountsServer, clientName: f.client.name, loginCommand: f.loginCommand });
  const first = await clientAt(f.stores, f.config, f.client, f.start.dc);
  const scope = f.request.scopes.join(SCOPE_SEPARATOR);
  const answer = await postForm(`${f.start.accountsServer}/oauth/v3/device/code`, { grant_type: 'device_request', client_id: first.clientId, scope, ...AUTHORIZE_EXTRA }, f.timeoutMs).catch(
    (err: unknown) => {
      throw explainTokenError(err, errorContext(f.start));
    },
  );
  const device = zohoDeviceAuthorization(answer.status, answer.body, ctx.now());
  if ('error' in device) throw explainTokenError(device.error, errorContext(f.start));
  let current = f.start;
  const tokens = await approveOnAnotherDevice(ctx, {
    title: 'Zoho',
    device,
    qr: f.opts.qr !== false,
    now: ctx.now,
    rules: {
      attempt: async () => {
        const client = await clientAt(f.stores, f.config, f.client, current.dc);
        return requestToken(`${current.accountsServer}/oauth/v3/device/token`, client, { grant_type: 'device_token', code: device.deviceCode }, { timeoutMs: f.timeoutMs, now: ctx.now });
      },
      // Zoho: at most one poll per 30 s once it has said slow_down.
      slowDown: (interval) => Math.max(interval + 5, 30),
      goOn: (err) => {
        if (err.error !== 'other_dc') return false;
        const location = err.fields.user_location;
        const there = Object.values(f.table).find((d) => d.location === location);
        if (!there) {
          throw new AuthctlError(`Zoho says your account is in data centre "${location ?? '(none)'}", which the data-centre table in force does not have`, {
            hint: 'add it to AUTHCTL_ZOHO_DATA_CENTRES (or zoho.dataCentres in config.json), or log in with --dc',
          });
        }
        if (there.dc !== current.dc) ctx.info(`Your Zoho account is in data centre ${there.dc}: the login finishes there.`);
        current = there;
        return true;
      },
    },
  }).catch((err: unknown) => {
    throw err instanceof AuthctlError ? err : explainTokenError(err, errorContext(current));
  });
  return { tokens, accountsServer: current.accountsServer, dc: current };
}

/** Zoho's device-code answer; an older page gives interval and expires_in in milliseconds. */
function zohoDeviceAuthorization(status: number, body: Record<string, unknown>, now: number): DeviceAuthorization | { error: unknown } {
  if (typeof body.error === 'string' || status >= 400) {
    return { error: new OAuthError(typeof body.error === 'string' ? body.error : `http_${status}`, typeof body.error_description === 'string' ? body.error_description : undefined, status) };
  }
  const seconds = (v: unknown, msAbove: number) => {
    const n = Number(v);
    return Number.isFinite(n) && n > 0 ? (n > msAbove ? n / 1000 : n) : undefined;
  };
  const expiresIn = seconds(body.expires_in, 3600);
  const url = typeof body.verification_url === 'string' ? body.verification_url : typeof body.verification_uri === 'string' ? body.verification_uri : undefined;
  if (typeof body.device_code !== 'string' || typeof body.user_code !== 'string' || !url || !/^https?:\/\//.test(url) || expiresIn === undefined) {
    return { error: new TransportError('Zoho answered the device request without a device code, user code, verification URL or expiry', 'invalid-response', status) };
  }
  return {
    deviceCode: body.device_code,
    userCode: printable(body.user_code.slice(0, 64)),
    verificationUri: printable(url.slice(0, 500)),
    expiresAt: now + expiresIn * 1000,
    // Seconds are at most a minute; anything above 600 is milliseconds.
    interval: Math.min(Math.max(seconds(body.interval, 600) ?? 5, 1), 60),
  };
}

/** The self-client flow: a code generated in the API console for one org, exchanged right away (no redirect URI). */
async function selfClientLogin(ctx: Context, f: FlowInput): Promise<Exchanged> {
  const { readSelfClientCode } = await import('../flows/pasted-code.js');
  const consoleUrl = apiConsoleUrl(f.start);
  const code = await readSelfClientCode(ctx, {
    fromStdin: f.opts.code === '-',
    isCode: isZohoCode,
    reminder:
      `Generate a code in the Zoho API console${consoleUrl ? ` (${consoleUrl})` : ''}: Self Client → Generate Code, choose the scopes, ` +
      `then the portal, the environment${f.request.expected ? ` (${f.request.expected})` : ''} and the org. ` +
      'It expires in the minutes you chose (3 to 10): paste it right away.',
  });
  const tokens = await exchange({ grant_type: 'authorization_code', code }, f, f.start, { grant: 'self_client_code' });
  return { tokens, accountsServer: f.start.accountsServer, dc: f.start };
}

/** Exchanges the code at data centre `dc`, with the client's secret for that data centre. */
async function exchange(
  grant: { grant_type: 'authorization_code'; code: string; redirect_uri?: string; code_verifier?: string },
  f: FlowInput,
  dc: DataCentre,
  errorContext: Pick<ErrorContext, 'grant' | 'redirectUri'>,
): Promise<TokenResponse> {
  try {
    const client = await clientAt(f.stores, f.config, f.client, dc.dc);
    return await requestToken(endpoints(dc.accountsServer).token, client, grant, { timeoutMs: f.timeoutMs });
  } catch (err) {
    throw explainTokenError(err, {
      ...errorContext,
      dc: dc.dc,
      startDc: f.start.dc,
      accountsServer: dc.accountsServer,
      clientName: f.client.name,
      loginCommand: f.loginCommand,
    });
  }
}

/** "org Acme Inc (700001)", or what is known of an org whose scopes could not read it. */
function describeOrg(p: Pick<Profile, 'orgId' | 'orgName' | 'org'>): string {
  if (p.orgId) return `org ${p.orgName ?? p.orgId} (${p.orgId})`;
  return `${p.org ? `org "${p.org}"` : 'an org'} (its id is not known: the scopes cannot read the org)`;
}

/**
 * Which org and environment the new token belongs to, asked of Zoho's APIs
 * (providers/zoho.ts findTokenOrg). --env is a check: an org of another
 * environment is refused.
 */
async function identifyOrg(
  ctx: Context,
  o: { d: DataCentre; tokens: TokenResponse; request: LoginRequest; selfClient: boolean; timeoutMs: number },
): Promise<TokenOrg> {
  const expected = o.request.expected;
  let found: TokenOrg | undefined;
  let problem: string;
  try {
    found = await findTokenOrg(o.d, o.tokens, expected, o.timeoutMs);
    problem = `no Zoho CRM API of data centre ${o.d.dc} accepts the new token (are its scopes for another Zoho service?)`;
  } catch (err) {
    problem = `the Zoho CRM API could not be asked (${(err as Error).message})`;
  }
  if (!found) {
    const environment = expected ?? 'production';
    ctx.warn(`could not confirm which org and environment the token is for: ${problem}; recording it as ${environment}${expected ? '' : ' (pass --env if that is wrong)'}`);
    return { environment, apiDomain: apiDomainFor(o.d, environment, o.tokens.apiDomain) };
  }
  if (expected && found.environment !== expected) {
    const chosen = found.org ? `${found.org.name ?? found.org.id}, a ${found.environment} org` : `an org of the ${found.environment} environment`;
    const other = found.org?.name ? nameFromOrg(found.org.name) : undefined;
    throw new AuthctlError(`you chose ${chosen}, but --env ${expected} asks for a ${expected} org`, {
      exitCode: ExitCode.loginRequired,
      hint:
        `${o.selfClient ? `generate the code for a ${expected} org` : `choose a ${expected} org on the consent page`} and log in again` +
        `${other ? `, or log in to ${found.org!.name} as its own profile: authctl login --profile ${other}` : ''}. ` +
        `The new token was revoked; nothing was changed.`,
    });
  }
  return found;
}

