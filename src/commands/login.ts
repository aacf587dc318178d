import { AuthctlError, ExitCode, usageError } from '../errors.js';
import { DEFAULT_REDIRECT_URI, parseLoopbackRedirectUri } from '../flows/redirect-uri.js';
import type { Context } from '../io/context.js';
import { authorizationUrl } from '../oauth/authorize.js';
import { OAuthError } from '../oauth/errors.js';
import { httpTimeoutMs } from '../oauth/http.js';
import { createPkce, createState } from '../oauth/pkce.js';
import { requestToken, revokeToken, type TokenResponse } from '../oauth/token.js';
import { type ResolvedClient, resolveClient } from '../profiles/clients.js';
import { ConfigStore } from '../profiles/config.js';
import { type Environment, ENVIRONMENTS, isEnvironment, isValidName, NAME_RULE, type Profile, profileKey, type StoreKind } from '../profiles/model.js';
import { type ReplacedCredential, saveProfile } from '../profiles/save.js';
import {
  apiConsoleUrl,
  apiDomainFor,
  AUTHORIZE_EXTRA,
  canReadCrmOrg,
  type DataCentre,
  dataCentre,
  dataCentreOfAccountsServer,
  DEFAULT_DC,
  DEFAULT_SCOPES,
  endpoints,
  type ErrorContext,
  explainTokenError,
  isZohoCode,
  loadDataCentres,
  lookupCrmOrg,
  SCOPE_SEPARATOR,
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
}

const DEFAULT_TIMEOUT_SECONDS = 180;

/** What the user asked for, checked before anything is read or sent. */
interface LoginRequest {
  name: string;
  environment: Environment;
  /** Empty for a self-client code without --scope: the scopes were chosen in the API console. */
  scopes: string[];
  selfClient: boolean;
  port?: number;
  timeoutMs: number;
}

/**
 * authctl login: get an authorization code (browser + loopback redirect, or a
 * self-client code), exchange it at the accounts server it came from, find out
 * which org the token belongs to, store it, then revoke the profile's old token.
 */
export async function run(ctx: Context, opts: LoginOptions): Promise<void> {
  const parsed = parseRequest(opts);
  const config = await new ConfigStore(ctx).load();
  const table = await loadDataCentres(ctx.env, config);
  const stores = new SecretStores(ctx);
  const client = await resolveClient(stores, config, ctx.env, opts.client);
  const start = dataCentre(table, opts.dc ?? client.client?.dc ?? DEFAULT_DC);
  const selfClient = parsed.selfClient || client.client?.selfClient === true;
  const request: LoginRequest = { ...parsed, scopes: parsed.scopes ?? (selfClient ? [] : DEFAULT_SCOPES) };
  const existing = config.profiles[request.name];
  // Chosen (and a keychain probed) before any code is spent.
  const store = await stores.forNewSecret(opts.store ?? (ctx.env.AUTHCTL_STORE || undefined) ?? existing?.store);
  const timeoutMs = httpTimeoutMs(ctx.env);
  const loginCommand = `authctl login --profile ${request.name}${selfClient ? ' --self-client' : ''}`;

  ctx.info(
    `Logging in to profile ${ctx.color.bold(request.name)} (${request.environment}, data centre ${start.dc}) with client ${client.name}.`,
  );
  const { tokens, accountsServer } = selfClient
    ? await selfClientLogin(ctx, { client, start, request, opts, timeoutMs, loginCommand })
    : await browserLogin(ctx, { client, start, table, request, opts, timeoutMs, loginCommand });
  const newRefreshToken = tokens.refreshToken;
  if (!newRefreshToken) {
    throw new AuthctlError('Zoho issued no refresh token, so authctl could not keep this login', {
      hint: selfClient
        ? 'generate a new code in the API console (codes for offline access come with a refresh token) and log in again'
        : `run ${loginCommand} again`,
    });
  }

  let profile: Profile;
  let replaced: ReplacedCredential | undefined;
  try {
    profile = await describeProfile(ctx, { tokens, accountsServer, table, client, request, opts, store, selfClient, existing, timeoutMs });
    const credential = { refreshToken: newRefreshToken, accessToken: tokens.accessToken, accessTokenExpiresAt: tokens.expiresAt };
    replaced = await saveProfile(ctx, stores, request.name, profile, credential, store);
  } catch (err) {
    // The new token must not outlive a failed login: Zoho caps refresh tokens per user.
    await revokeToken(endpoints(accountsServer).revoke, newRefreshToken, { timeoutMs }).catch(() => {
      ctx.warn('could not revoke the refresh token of this failed login; remove it under Connected Apps in your Zoho account');
    });
    throw err;
  }

  const org = profile.orgId
    ? `org ${profile.orgName ?? profile.orgId} (${profile.orgId})`
    : `${profile.org ? `org "${profile.org}"` : 'an org'} (not verified: the scopes cannot read the org)`;
  ctx.info(
    `${ctx.color.green('Logged in:')} profile ${ctx.color.bold(request.name)} → ${org}, ${profile.environment} environment, data centre ${profile.dc}${
      profile.portal ? `, portal ${profile.portal}` : ''
    }`,
  );
  ctx.info(`  scopes: ${profile.scopes.length ? profile.scopes.join(', ') : '(as chosen in the API console)'}`);
  ctx.info(`  API domain: ${profile.apiDomain}; refresh token stored in ${store.location}`);
  if (replaced) await revokeReplaced(ctx, replaced, timeoutMs);
}

/** The profile metadata of a fresh token: where it was issued, for which org and environment, under which key. */
async function describeProfile(
  ctx: Context,
  o: {
    tokens: TokenResponse;
    accountsServer: string;
    table: Record<string, DataCentre>;
    client: ResolvedClient;
    request: LoginRequest;
    opts: LoginOptions;
    store: SecretStore;
    selfClient: boolean;
    existing: Profile | undefined;
    timeoutMs: number;
  },
): Promise<Profile> {
  const d = dataCentreOfAccountsServer(o.table, o.accountsServer)!;
  const scopes = o.tokens.scope ? o.tokens.scope.split(/[,\s]+/).filter(Boolean) : o.request.scopes;
  const apiDomain = apiDomainFor(d, o.request.environment, o.tokens.apiDomain);
  const org = await identifyOrg(ctx, { ...o, apiDomain, scopes });
  const now = new Date(ctx.now()).toISOString();
  // Optional fields are left out rather than undefined: the config validator checks every present field.
  const identity = {
    provider: 'zoho' as const,
    dc: d.dc,
    ...(o.opts.portal ? { portal: o.opts.portal } : {}),
    ...(o.opts.org ? { org: o.opts.org } : {}),
    ...(org?.id ? { orgId: org.id } : {}),
    environment: o.request.environment,
  };
  return {
    ...identity,
    key: profileKey(identity),
    client: o.client.name,
    accountsServer: o.accountsServer,
    apiDomain,
    ...(org?.name ? { orgName: org.name } : {}),
    scopes,
    store: o.store.kind as StoreKind,
    createdAt: now,
    refreshedAt: now,
    accessTokenExpiresAt: new Date(o.tokens.expiresAt).toISOString(),
  };
}

function parseRequest(opts: LoginOptions): Omit<LoginRequest, 'scopes'> & { scopes?: string[] } {
  if (opts.env !== undefined && !isEnvironment(opts.env)) {
    throw usageError(`unknown environment "${opts.env}"`, `use one of: ${ENVIRONMENTS.join(', ')}`);
  }
  const environment: Environment = (opts.env as Environment | undefined) ?? (opts.org && isEnvironment(opts.org) ? opts.org : 'production');
  for (const [flag, value] of [['--profile', opts.profile], ['--org', opts.org], ['--portal', opts.portal]] as const) {
    if (value !== undefined && !isValidName(value)) throw usageError(`invalid ${flag} "${value}"`, `use ${NAME_RULE}`);
  }
  const name = opts.profile ?? opts.org ?? environment;

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
  if (selfClient && (opts.port !== undefined || opts.browser === false || opts.timeout !== undefined)) {
    throw usageError('--port, --no-browser and --timeout are for the browser login, not for a self-client code');
  }

  let port: number | undefined;
  if (opts.port !== undefined) {
    port = Number(opts.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw usageError(`invalid --port "${opts.port}"`, 'give a port number from 1 to 65535');
  }
  const seconds = opts.timeout === undefined ? DEFAULT_TIMEOUT_SECONDS : Number(opts.timeout);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) {
    throw usageError(`invalid --timeout "${opts.timeout}"`, 'give the seconds to wait for the browser, from 1 to 3600');
  }
  return { name, environment, scopes, selfClient, port, timeoutMs: seconds * 1000 };
}

interface FlowInput {
  client: ResolvedClient;
  start: DataCentre;
  request: LoginRequest;
  opts: LoginOptions;
  timeoutMs: number;
  loginCommand: string;
}

/** The loopback flow: consent in the browser, the code back on 127.0.0.1, exchanged where it came from. */
async function browserLogin(
  ctx: Context,
  f: FlowInput & { table: Record<string, DataCentre> },
): Promise<{ tokens: TokenResponse; accountsServer: string }> {
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
    distrustAccountsServer: (url) => {
      const d = dataCentreOfAccountsServer(f.table, url);
      if (!d) return 'is not a known accounts server (a possible mix-up attack)';
      // Zoho serves a client outside its own data centre only when its owner enabled multi-DC.
      if (d.dc !== f.start.dc && f.client.client?.multiDc !== true) {
        return `is data centre ${d.dc}, but client ${f.client.name} is used at ${f.start.dc} and not registered as multi-DC (authctl client add … --multi-dc, if multi-DC is enabled for it in the API console)`;
      }
      return undefined;
    },
    isCode: isZohoCode,
    openBrowser: f.opts.browser !== false,
    timeoutMs: f.request.timeoutMs,
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
    const accountsServer = new URL(callback.accountsServer ?? f.start.accountsServer).origin;
    const dc = dataCentreOfAccountsServer(f.table, accountsServer)!.dc;
    const tokens = await exchange(
      { grant_type: 'authorization_code', code: callback.code, redirect_uri: redirectUri.href, code_verifier: pkce.verifier },
      { ...f, accountsServer, errorContext: { grant: 'authorization_code', dc, redirectUri: redirectUri.href } },
    );
    return { tokens, accountsServer };
  } finally {
    await finish();
  }
}

/** The self-client flow: a code generated in the API console for one org, exchanged right away (no redirect URI). */
async function selfClientLogin(ctx: Context, f: FlowInput): Promise<{ tokens: TokenResponse; accountsServer: string }> {
  const { readSelfClientCode } = await import('../flows/pasted-code.js');
  const consoleUrl = apiConsoleUrl(f.start);
  const code = await readSelfClientCode(ctx, {
    fromStdin: f.opts.code === '-',
    isCode: isZohoCode,
    reminder:
      `Generate a code in the Zoho API console${consoleUrl ? ` (${consoleUrl})` : ''}: Self Client → Generate Code, choose the scopes, ` +
      `then the portal, the ${f.request.environment} environment and the org. It expires in the minutes you chose (3 to 10): paste it right away.`,
  });
  const accountsServer = f.start.accountsServer;
  const tokens = await exchange({ grant_type: 'authorization_code', code }, {
    ...f,
    accountsServer,
    errorContext: { grant: 'self_client_code', dc: f.start.dc },
  });
  return { tokens, accountsServer };
}

async function exchange(
  grant: { grant_type: 'authorization_code'; code: string; redirect_uri?: string; code_verifier?: string },
  f: FlowInput & { accountsServer: string; errorContext: Pick<ErrorContext, 'grant' | 'dc' | 'redirectUri'> },
): Promise<TokenResponse> {
  try {
    return await requestToken(endpoints(f.accountsServer).token, f.client, grant, { timeoutMs: f.timeoutMs });
  } catch (err) {
    throw explainTokenError(err, {
      ...f.errorContext,
      accountsServer: f.accountsServer,
      clientName: f.client.name,
      loginCommand: f.loginCommand,
    });
  }
}

/** The client's registered redirect URI decides (Zoho matches it exactly); --port only moves the default one. */
function redirectUriFor(client: ResolvedClient, port: number | undefined): URL {
  const registered = client.client?.redirectUri;
  if (registered) {
    const url = parseLoopbackRedirectUri(registered);
    if (port !== undefined && String(port) !== url.port) {
      throw usageError(
        `client "${client.name}" is registered with the redirect URI ${url.href}, so login must listen on port ${url.port}`,
        `omit --port, or register another redirect URI in the Zoho API console and run authctl client add ${client.name} --client-id ${client.clientId} --redirect-uri http://127.0.0.1:${port}/callback`,
      );
    }
    return url;
  }
  const url = new URL(DEFAULT_REDIRECT_URI);
  if (port !== undefined) url.port = String(port);
  return url;
}

/**
 * Asks the API which org the new token belongs to, when the scopes allow it.
 * Tokens are org- and environment-specific (seed 001): a token the asked
 * environment's API domain rejects means the user picked another environment.
 */
async function identifyOrg(
  ctx: Context,
  o: {
    apiDomain: string;
    tokens: TokenResponse;
    scopes: string[];
    request: LoginRequest;
    selfClient: boolean;
    existing: Profile | undefined;
    timeoutMs: number;
  },
): Promise<{ id: string; name?: string } | undefined> {
  if (!canReadCrmOrg(o.scopes)) return undefined;
  let lookup;
  try {
    lookup = await lookupCrmOrg(o.apiDomain, o.tokens.accessToken, o.timeoutMs);
  } catch (err) {
    ctx.warn(`could not look up the org (${(err as Error).message}); the profile is saved without its org id`);
    return undefined;
  }
  const env = o.request.environment;
  const otherEnvironment = lookup.found ? lookup.environment !== undefined && isEnvironment(lookup.environment) && lookup.environment !== env : lookup.reason === 'other-environment';
  if (otherEnvironment) {
    throw new AuthctlError(`the org you chose is not a ${env} org: the ${env} API (${o.apiDomain}) does not accept its token`, {
      exitCode: ExitCode.loginRequired,
      hint:
        `${o.selfClient ? `generate the code for a ${env} org` : `choose a ${env} org on the consent page`} and log in again, or pass --env with the org's environment. ` +
        `The new token was revoked${o.existing ? `; profile "${o.request.name}" is unchanged` : ''}.`,
    });
  }
  return lookup.found ? { id: lookup.id, name: lookup.name } : undefined;
}

/** Revokes the token a new login replaced; the new one is already stored, so failure only warns. */
async function revokeReplaced(ctx: Context, replaced: { refreshToken: string; accountsServer: string }, timeoutMs: number): Promise<void> {
  try {
    await revokeToken(endpoints(replaced.accountsServer).revoke, replaced.refreshToken, { timeoutMs });
    ctx.info(`  revoked the previous refresh token at ${replaced.accountsServer}`);
  } catch (err) {
    if (err instanceof OAuthError && err.status === 400) {
      ctx.info('  the previous refresh token was already invalid');
      return;
    }
    ctx.warn(
      `could not revoke the previous refresh token at ${replaced.accountsServer} (${(err as Error).message}); remove it under Connected Apps in your Zoho account`,
    );
  }
}
