import type { LoginOptions } from '../commands/login.js';
import { AuthctlError, ExitCode, usageError } from '../errors.js';
import type { Context } from '../io/context.js';
import { authorizationUrl } from '../oauth/authorize.js';
import { httpTimeoutMs } from '../oauth/timeout.js';
import { createPkce, createState } from '../oauth/pkce.js';
import { type ClientCredentials, requestToken, revokeStandard, type TokenRequestOptions, type TokenResponse } from '../oauth/token.js';
import { allClients, loadClient, type ResolvedClient } from '../profiles/clients.js';
import { type Config, isValidName, NAME_RULE, normalizeName, type OAuthProfile, oauthProfileKey, type StoreKind } from '../profiles/model.js';
import { saveProfile } from '../profiles/save.js';
import { credentialsFor, distrustApiBase, explainOAuthError, parseVars, resolveVariables } from '../providers/oauth2.js';
import { findProvider, providerNames } from '../providers/registry.js';
import { endpointsOf, fillTemplate, isOAuthSpec, type ProviderEndpoints, type ProviderSpec } from '../providers/spec.js';
import { NEVER_EXPIRES_AT } from '../secrets/credential.js';
import { SecretStores } from '../secrets/resolve.js';
import { keepNewToken } from './guard.js';
import { parseBrowserWait, redirectUriFor } from './redirect-uri.js';

/**
 * `authctl login` for every provider but Zoho: the loopback flow of RFC 8252 with
 * PKCE, the provider's variables filled into its endpoints, RFC 9207's `iss`
 * checked, the code exchanged with the client authentication the provider takes,
 * and the new token stored as a profile that keeps meaning the account it was made for.
 */
export async function loginWithProvider(ctx: Context, opts: LoginOptions, config: Config, providerName: string): Promise<void> {
  if (opts.device && (opts.port !== undefined || opts.browser === false || opts.timeout !== undefined)) {
    throw usageError('--port, --no-browser and --timeout are for the browser login; --device waits as long as the code lives');
  }
  const zohoOnly = (['env', 'portal', 'dc', 'selfClient', 'code'] as const).filter((k) => opts[k] !== undefined);
  if (zohoOnly.length > 0) {
    throw usageError(`--${zohoOnly.map(flag).join(', --')} ${zohoOnly.length > 1 ? 'are' : 'is'} Zoho's`, `omit ${zohoOnly.length > 1 ? 'them' : 'it'} for provider ${providerName}`);
  }
  const found = findProvider(config, providerName);
  if (!found || !isOAuthSpec(found)) throw usageError(`unknown provider "${providerName}"`, `use one of: ${providerNames(config).join(', ')} (or add it first: authctl provider add ${providerName} --issuer URL)`);
  const spec: ProviderSpec = found;
  const name = normalizeName(opts.profile ?? opts.org ?? providerName);
  if (!isValidName(name)) throw usageError(`invalid profile name "${name}"`, `use ${NAME_RULE}`);
  const { port, timeoutMs: waitMs } = parseBrowserWait(opts);
  const stores = new SecretStores(ctx);
  const client = await providerClient(stores, config, ctx.env, providerName, opts.client);
  // A team client brings the administrator's variables and scopes; --var and --scope still win.
  const variables = resolveVariables(providerName, spec, { ...client.team?.variables, ...parseVars(opts.var ?? []) });
  const endpoints = endpointsOf(spec, variables);
  const scopes =
    opts.scope !== undefined
      ? [...new Set(opts.scope.split(/[\s,]+/).filter(Boolean))]
      : (client.team?.scopes ?? spec.scopes.map((s) => fillTemplate(s, variables)));
  const existing = config.profiles[name];
  const store = await stores.forNewSecret(opts.store ?? (ctx.env.AUTHCTL_STORE || undefined) ?? existing?.store);
  const timeoutMs = httpTimeoutMs(ctx.env);
  const loginCommand = ['authctl login', `--provider ${providerName}`, ...(opts.profile ?? opts.org ? [`--profile ${name}`] : []), ...(opts.var ?? []).map((v) => `--var ${v}`)].join(' ');
  const credentials = credentialsFor(spec, client);

  ctx.info(`Logging in to ${spec.title} as profile ${ctx.color.bold(name)} with ${client.team ? 'the team client' : 'client'} ${client.name}.`);
  if (client.team?.instructions) ctx.info(client.team.instructions);
  /** The loopback flow: the browser, then the code back on 127.0.0.1. */
  async function browserLogin(): Promise<TokenResponse> {
    const redirectUri = redirectUriFor(client, port);
    ctx.info(`Redirect URI (must be registered for the client at ${spec.title}): ${redirectUri.href}`);
    const pkce = spec.pkce ? createPkce() : undefined;
    // Seed 002's custom state goes first; authctl's random part is what the callback must return.
    const state = spec.customState ? `${spec.customState}.${createState()}` : createState();
    const authorizeUrl = authorizationUrl(endpoints.authorization, {
      clientId: client.clientId,
      redirectUri: redirectUri.href,
      scopes,
      state,
      ...(pkce ? { codeChallenge: pkce.challenge } : {}),
      extra: spec.authorizationParams,
      scopeSeparator: spec.scopeSeparator,
    });
    const { authorizeInBrowser } = await import('./browser.js');
    const { callback, finish } = await authorizeInBrowser(ctx, {
      authorizeUrl,
      redirectUri,
      state,
      issuer: { expected: spec.issuer, required: spec.issParameterSupported === true },
      // Codes have no common shape: anything printable that is not a URL.
      isCode: (s) => /^[\x21-\x7e]{4,4096}$/.test(s),
      openBrowser: opts.browser !== false,
      timeoutMs: waitMs,
      providerTitle: spec.title,
      ...(endpoints.device ? { deviceHint: `${loginCommand} --device lets you approve on your phone or laptop instead` } : {}),
    });
    try {
      if ('error' in callback) {
        throw new AuthctlError(
          callback.error === 'access_denied'
            ? `you declined access at ${spec.title}; nothing was changed`
            : `${spec.title} ended the authorization with the error "${callback.error}"${callback.errorDescription ? `: ${callback.errorDescription}` : ''}`,
          { hint: callback.error === 'access_denied' ? `run ${loginCommand} again and allow access` : 'check the scopes (--scope) and the client registration, then log in again' },
        );
      }
      return await requestToken(
        endpoints.token,
        credentials,
        { grant_type: 'authorization_code', code: callback.code, redirect_uri: redirectUri.href, ...(pkce ? { code_verifier: pkce.verifier } : {}) },
        tokenOptions,
      ).catch(explain('authorization_code'));
    } finally {
      await finish();
    }
  }
  const tokenOptions = { timeoutMs, now: ctx.now, assumedLifetimeSeconds: spec.assumedLifetimeSeconds, neverExpires: spec.accessTokenNeverExpires === true };
  const explain = (grant: 'authorization_code' | 'device_code') => (err: unknown): never => {
    throw explainOAuthError(err, { provider: providerName, grant, tokenEndpoint: endpoints.token, clientName: client.name, loginCommand });
  };
  const tokens = opts.device
    ? await deviceLogin(ctx, { spec, endpoints, credentials, scopes, qr: opts.qr !== false, tokenOptions, explain: explain('device_code') })
    : await browserLogin();
  const refreshToken = tokens.refreshToken;
  // A provider whose tokens never expire issues none: the access token is the credential.
  const lasting = refreshToken === undefined && spec.accessTokenNeverExpires === true && tokens.expiresAt === NEVER_EXPIRES_AT;
  if (!refreshToken && !lasting) {
    throw new AuthctlError(`${spec.title} issued no refresh token, so authctl could not keep this login`, {
      hint: `ask for offline access: the scopes must allow refresh tokens (e.g. --scope "${[...scopes, 'offline_access'].join(' ')}"), and the client must be allowed the refresh_token grant`,
    });
  }

  const revokeNew = async () => {
    if (refreshToken === undefined) {
      ctx.warn(`remove authctl's access in your ${spec.title} account settings: its access token does not expire`);
      return false;
    }
    if (!endpoints.revocation) {
      ctx.warn(`${spec.title} has no revocation endpoint: remove authctl's access in your ${spec.title} account settings`);
      return false;
    }
    return revokeStandard(endpoints.revocation, spec.revocationStyle ?? 'rfc7009', credentials, refreshToken, { timeoutMs }).then(
      () => true,
      () => {
        ctx.warn(`could not revoke the refresh token of this failed login; remove authctl's access in your ${spec.title} account settings`);
        return false;
      },
    );
  };
  const { profile, replaced } = await keepNewToken(ctx, revokeNew, async (saving) => {
    const apiBase = apiBaseFrom(spec, variables, tokens);
    const account = accountOf(spec, tokens, client.clientId);
    const now = new Date(ctx.now()).toISOString();
    const profile: OAuthProfile = {
      provider: providerName,
      key: oauthProfileKey(providerName, variables, account, name),
      client: client.name,
      ...(Object.keys(variables).length > 0 ? { variables } : {}),
      apiBase,
      ...(opts.org !== undefined ? { org: normalizeName(opts.org) } : {}),
      ...(account !== undefined ? { orgId: account } : {}),
      ...(client.team ? { team: client.team.mark } : {}),
      scopes: tokens.scope ? tokens.scope.split(/[\s,]+/).filter(Boolean) : scopes,
      store: store.kind as StoreKind,
      createdAt: now,
      refreshedAt: now,
      accessTokenExpiresAt: new Date(tokens.expiresAt).toISOString(),
    };
    const credential = { ...(refreshToken === undefined ? {} : { refreshToken }), accessToken: tokens.accessToken, accessTokenExpiresAt: tokens.expiresAt };
    const replaced = await saving(() =>
      saveProfile(ctx, stores, name, profile, credential, store, {
        replace: opts.replace === true,
        command: `authctl login --provider ${providerName}`,
        discarded: 'the new token was revoked',
      }),
    );
    return { profile, replaced };
  });
  ctx.info(`${ctx.color.green('Logged in:')} profile ${ctx.color.bold(name)} → ${spec.title}${profile.orgId ? ` (${profile.orgId})` : ''}`);
  ctx.info(`  scopes: ${profile.scopes.length ? profile.scopes.join(' ') : '(as registered for the client)'}`);
  ctx.info(`  API base: ${profile.apiBase}; ${refreshToken === undefined ? 'access token (it never expires)' : 'refresh token'} stored in ${store.location}`);
  if (replaced) await (await import('../tokens/revoke.js')).revokeReplaced(ctx, config, stores, name, replaced);
}

/** The device flow (RFC 8628): a code to approve on another device, where the provider has the endpoint. */
async function deviceLogin(
  ctx: Context,
  o: {
    spec: ProviderSpec;
    endpoints: ProviderEndpoints;
    credentials: ClientCredentials;
    scopes: string[];
    qr: boolean;
    tokenOptions: TokenRequestOptions & { now: () => number };
    explain: (err: unknown) => never;
  },
): Promise<TokenResponse> {
  if (!o.endpoints.device) {
    throw usageError(`${o.spec.title} has no device authorization endpoint, so --device cannot work with it`, 'log in with the browser (add --no-browser to paste the redirected URL from another machine)');
  }
  const { standardPollRules, startDeviceAuthorization } = await import('../oauth/device.js');
  const { approveOnAnotherDevice } = await import('./device.js');
  const scope = o.scopes.length > 0 ? o.scopes.join(o.spec.scopeSeparator) : undefined;
  const device = await startDeviceAuthorization(o.endpoints.device, o.credentials, scope, o.tokenOptions as { timeoutMs: number; now: () => number }).catch(o.explain);
  const rules = standardPollRules(o.endpoints.token, o.credentials, device, o.tokenOptions);
  return approveOnAnotherDevice(ctx, { title: o.spec.title, device, rules, qr: o.qr, now: o.tokenOptions.now }).catch(
    (err: unknown) => {
      if (err instanceof AuthctlError) throw err;
      return o.explain(err);
    },
  );
}

const flag = (k: string) => (k === 'selfClient' ? 'self-client' : k);

/** The client to log in with: the one named (it must be this provider's), else this provider's only one. */
async function providerClient(stores: SecretStores, config: Config, env: NodeJS.ProcessEnv, provider: string, name: string | undefined): Promise<ResolvedClient> {
  if (name !== undefined) {
    const resolved = await loadClient(stores, config, normalizeName(name), undefined, env);
    if (resolved.client!.provider !== provider) {
      throw usageError(`client "${resolved.name}" is registered for ${resolved.client!.provider}, not ${provider}`, `pick a ${provider} client, or omit --provider`);
    }
    return resolved;
  }
  const own = Object.entries(allClients(config, env)).filter(([, c]) => c.provider === provider);
  if (own.length === 1) return loadClient(stores, config, own[0]![0], undefined, env);
  throw new AuthctlError(own.length === 0 ? `no OAuth client is registered for ${provider}` : `which ${provider} client?`, {
    exitCode: own.length === 0 ? ExitCode.notFound : ExitCode.usage,
    hint:
      own.length === 0
        ? `register one: authctl client add NAME --provider ${provider} --client-id ID [--public] (authctl provider show ${provider} says where)`
        : `pick one with --client NAME (${own.map(([n]) => n).join(', ')})`,
  });
}

/** The API base: the provider's fixed one, or the token response's field, if the provider vouches for its host. */
function apiBaseFrom(spec: ProviderSpec, variables: Record<string, string>, tokens: TokenResponse): string {
  if (spec.api.base !== undefined) return endpointsOf(spec, variables).apiBase!;
  const field = spec.api.baseFromTokenField;
  const value = field === undefined ? undefined : tokens.fields[field];
  if (value === undefined) {
    throw new AuthctlError(`the token response has no ${field ?? 'API base'}, so authctl does not know where this token is used`, {
      hint: 'give the provider an API base: authctl provider add NAME --file with "api": {"base": URL}',
    });
  }
  const base = new URL(value).origin;
  const distrust = distrustApiBase(spec, variables, base);
  if (distrust) throw new AuthctlError(`the token response's ${field} ${base} ${distrust}: refused, and the new token revoked`);
  return base;
}

/**
 * Whose token this is, when the provider says: Salesforce's `id` URL
 * (…/id/ORG/USER) names the org; an OpenID Connect ID token from the token
 * endpoint (trusted as TLS vouches for it, OIDC Core §3.1.3.7) names the user.
 */
function accountOf(spec: ProviderSpec, tokens: TokenResponse, clientId: string): string | undefined {
  const sfId = /\/id\/([A-Za-z0-9]{15,18})\/[A-Za-z0-9]{15,18}$/.exec(tokens.fields.id ?? '');
  if (sfId) return sfId[1];
  if (!tokens.idToken) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(tokens.idToken.split('.')[1] ?? '', 'base64url').toString('utf8')) as { iss?: unknown; aud?: unknown; sub?: unknown };
    const audience = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (spec.issuer !== undefined && claims.iss !== spec.issuer) throw new AuthctlError(`the ID token was issued by ${String(claims.iss)}, not ${spec.issuer}: refused`);
    if (!audience.includes(clientId)) throw new AuthctlError('the ID token is not for this client: refused');
    return typeof claims.sub === 'string' && /^[\x21-\x7e]{1,255}$/.test(claims.sub) ? claims.sub : undefined;
  } catch (err) {
    if (err instanceof AuthctlError) throw err;
    return undefined;
  }
}
