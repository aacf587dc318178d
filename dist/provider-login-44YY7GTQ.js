import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  authorizationUrl,
  createPkce,
  createState,
  keepNewToken
} from "./chunk-7CYY66ER.js";
import {
  parseBrowserWait,
  redirectUriFor
} from "./chunk-TJJVVLHA.js";
import {
  saveProfile
} from "./chunk-A4P4CHVV.js";
import "./chunk-COZTCRQV.js";
import "./chunk-V6PYEZHN.js";
import {
  SecretStores
} from "./chunk-WGODOINN.js";
import {
  requestToken,
  revokeStandard
} from "./chunk-75V5QIOK.js";
import {
  allClients,
  loadClient
} from "./chunk-RMYOY7U4.js";
import "./chunk-RVJGXOUJ.js";
import {
  findProvider,
  providerNames
} from "./chunk-LJ6DYF44.js";
import "./chunk-4IG7I7WR.js";
import "./chunk-GFAQK6L7.js";
import {
  credentialsFor,
  distrustApiBase,
  explainOAuthError,
  parseVars,
  resolveVariables
} from "./chunk-LVFTAJCA.js";
import "./chunk-7NKYUQS5.js";
import "./chunk-RYCME3SZ.js";
import "./chunk-4MABVAWP.js";
import "./chunk-U4XMNMAO.js";
import {
  NEVER_EXPIRES_AT
} from "./chunk-XYMNJ3EU.js";
import "./chunk-WE677QNK.js";
import "./chunk-HVF3DJK5.js";
import "./chunk-23EBES73.js";
import "./chunk-4WXXECZW.js";
import {
  NAME_RULE,
  isValidName,
  normalizeName,
  oauthProfileKey
} from "./chunk-YCNKKPBX.js";
import {
  endpointsOf,
  fillTemplate,
  isOAuthSpec
} from "./chunk-3GMNTBGG.js";
import {
  httpTimeoutMs
} from "./chunk-5CESELZY.js";
import "./chunk-OHRQBEPP.js";
import {
  AuthctlError,
  ExitCode,
  usageError
} from "./chunk-IJBOYKY4.js";
import "./chunk-A6S6R7IG.js";
import "./chunk-S47ZGZ7M.js";

// src/flows/provider-login.ts
async function loginWithProvider(ctx, opts, config, providerName) {
  if (opts.device && (opts.port !== void 0 || opts.browser === false || opts.timeout !== void 0)) {
    throw usageError("--port, --no-browser and --timeout are for the browser login; --device waits as long as the code lives");
  }
  const zohoOnly = ["env", "portal", "dc", "selfClient", "code"].filter((k) => opts[k] !== void 0);
  if (zohoOnly.length > 0) {
    throw usageError(`--${zohoOnly.map(flag).join(", --")} ${zohoOnly.length > 1 ? "are" : "is"} Zoho's`, `omit ${zohoOnly.length > 1 ? "them" : "it"} for provider ${providerName}`);
  }
  const found = findProvider(config, providerName);
  if (!found || !isOAuthSpec(found)) throw usageError(`unknown provider "${providerName}"`, `use one of: ${providerNames(config).join(", ")} (or add it first: authctl provider add ${providerName} --issuer URL)`);
  const spec = found;
  const name = normalizeName(opts.profile ?? opts.org ?? providerName);
  if (!isValidName(name)) throw usageError(`invalid profile name "${name}"`, `use ${NAME_RULE}`);
  const { port, timeoutMs: waitMs } = parseBrowserWait(opts);
  const stores = new SecretStores(ctx);
  const client = await providerClient(stores, config, ctx.env, providerName, opts.client);
  const variables = resolveVariables(providerName, spec, { ...client.team?.variables, ...parseVars(opts.var ?? []) });
  const endpoints = endpointsOf(spec, variables);
  const scopes = opts.scope !== void 0 ? [...new Set(opts.scope.split(/[\s,]+/).filter(Boolean))] : client.team?.scopes ?? spec.scopes.map((s) => fillTemplate(s, variables));
  const existing = config.profiles[name];
  const store = await stores.forNewSecret(opts.store ?? (ctx.env.AUTHCTL_STORE || void 0) ?? existing?.store);
  const timeoutMs = httpTimeoutMs(ctx.env);
  const loginCommand = ["authctl login", `--provider ${providerName}`, ...opts.profile ?? opts.org ? [`--profile ${name}`] : [], ...(opts.var ?? []).map((v) => `--var ${v}`)].join(" ");
  const credentials = credentialsFor(spec, client);
  ctx.info(`Logging in to ${spec.title} as profile ${ctx.color.bold(name)} with ${client.team ? "the team client" : "client"} ${client.name}.`);
  if (client.team?.instructions) ctx.info(client.team.instructions);
  async function browserLogin() {
    const redirectUri = redirectUriFor(client, port);
    ctx.info(`Redirect URI (must be registered for the client at ${spec.title}): ${redirectUri.href}`);
    const pkce = spec.pkce ? createPkce() : void 0;
    const state = spec.customState ? `${spec.customState}.${createState()}` : createState();
    const authorizeUrl = authorizationUrl(endpoints.authorization, {
      clientId: client.clientId,
      redirectUri: redirectUri.href,
      scopes,
      state,
      ...pkce ? { codeChallenge: pkce.challenge } : {},
      extra: spec.authorizationParams,
      scopeSeparator: spec.scopeSeparator
    });
    const { authorizeInBrowser } = await import("./browser-DJ7T3X6M.js");
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
      ...endpoints.device ? { deviceHint: `${loginCommand} --device lets you approve on your phone or laptop instead` } : {}
    });
    try {
      if ("error" in callback) {
        throw new AuthctlError(
          callback.error === "access_denied" ? `you declined access at ${spec.title}; nothing was changed` : `${spec.title} ended the authorization with the error "${callback.error}"${callback.errorDescription ? `: ${callback.errorDescription}` : ""}`,
          { hint: callback.error === "access_denied" ? `run ${loginCommand} again and allow access` : "check the scopes (--scope) and the client registration, then log in again" }
        );
      }
      return await requestToken(
        endpoints.token,
        credentials,
        { grant_type: "authorization_code", code: callback.code, redirect_uri: redirectUri.href, ...pkce ? { code_verifier: pkce.verifier } : {} },
        tokenOptions
      ).catch(explain("authorization_code"));
    } finally {
      await finish();
    }
  }
  const tokenOptions = { timeoutMs, now: ctx.now, assumedLifetimeSeconds: spec.assumedLifetimeSeconds, neverExpires: spec.accessTokenNeverExpires === true };
  const explain = (grant) => (err) => {
    throw explainOAuthError(err, { provider: providerName, grant, tokenEndpoint: endpoints.token, clientName: client.name, loginCommand });
  };
  const tokens = opts.device ? await deviceLogin(ctx, { spec, endpoints, credentials, scopes, qr: opts.qr !== false, tokenOptions, explain: explain("device_code") }) : await browserLogin();
  const refreshToken = tokens.refreshToken;
  const lasting = refreshToken === void 0 && spec.accessTokenNeverExpires === true && tokens.expiresAt === NEVER_EXPIRES_AT;
  if (!refreshToken && !lasting) {
    throw new AuthctlError(`${spec.title} issued no refresh token, so authctl could not keep this login`, {
      hint: `ask for offline access: the scopes must allow refresh tokens (e.g. --scope "${[...scopes, "offline_access"].join(" ")}"), and the client must be allowed the refresh_token grant`
    });
  }
  const revokeNew = async () => {
    if (refreshToken === void 0) {
      ctx.warn(`remove authctl's access in your ${spec.title} account settings: its access token does not expire`);
      return false;
    }
    if (!endpoints.revocation) {
      ctx.warn(`${spec.title} has no revocation endpoint: remove authctl's access in your ${spec.title} account settings`);
      return false;
    }
    return revokeStandard(endpoints.revocation, spec.revocationStyle ?? "rfc7009", credentials, refreshToken, { timeoutMs }).then(
      () => true,
      () => {
        ctx.warn(`could not revoke the refresh token of this failed login; remove authctl's access in your ${spec.title} account settings`);
        return false;
      }
    );
  };
  const { profile, replaced } = await keepNewToken(ctx, revokeNew, async (saving) => {
    const apiBase = apiBaseFrom(spec, variables, tokens);
    const account = accountOf(spec, tokens, client.clientId);
    const now = new Date(ctx.now()).toISOString();
    const profile2 = {
      provider: providerName,
      key: oauthProfileKey(providerName, variables, account, name),
      client: client.name,
      ...Object.keys(variables).length > 0 ? { variables } : {},
      apiBase,
      ...opts.org !== void 0 ? { org: normalizeName(opts.org) } : {},
      ...account !== void 0 ? { orgId: account } : {},
      ...client.team ? { team: client.team.mark } : {},
      scopes: tokens.scope ? tokens.scope.split(/[\s,]+/).filter(Boolean) : scopes,
      store: store.kind,
      createdAt: now,
      refreshedAt: now,
      accessTokenExpiresAt: new Date(tokens.expiresAt).toISOString()
    };
    const credential = { ...refreshToken === void 0 ? {} : { refreshToken }, accessToken: tokens.accessToken, accessTokenExpiresAt: tokens.expiresAt };
    const replaced2 = await saving(
      () => saveProfile(ctx, stores, name, profile2, credential, store, {
        replace: opts.replace === true,
        command: `authctl login --provider ${providerName}`,
        discarded: "the new token was revoked"
      })
    );
    return { profile: profile2, replaced: replaced2 };
  });
  ctx.info(`${ctx.color.green("Logged in:")} profile ${ctx.color.bold(name)} \u2192 ${spec.title}${profile.orgId ? ` (${profile.orgId})` : ""}`);
  ctx.info(`  scopes: ${profile.scopes.length ? profile.scopes.join(" ") : "(as registered for the client)"}`);
  ctx.info(`  API base: ${profile.apiBase}; ${refreshToken === void 0 ? "access token (it never expires)" : "refresh token"} stored in ${store.location}`);
  if (replaced) await (await import("./revoke-N3FT364X.js")).revokeReplaced(ctx, config, stores, name, replaced);
}
async function deviceLogin(ctx, o) {
  if (!o.endpoints.device) {
    throw usageError(`${o.spec.title} has no device authorization endpoint, so --device cannot work with it`, "log in with the browser (add --no-browser to paste the redirected URL from another machine)");
  }
  const { standardPollRules, startDeviceAuthorization } = await import("./device-F5OBKRIN.js");
  const { approveOnAnotherDevice } = await import("./device-DONWR7ZB.js");
  const scope = o.scopes.length > 0 ? o.scopes.join(o.spec.scopeSeparator) : void 0;
  const device = await startDeviceAuthorization(o.endpoints.device, o.credentials, scope, o.tokenOptions).catch(o.explain);
  const rules = standardPollRules(o.endpoints.token, o.credentials, device, o.tokenOptions);
  return approveOnAnotherDevice(ctx, { title: o.spec.title, device, rules, qr: o.qr, now: o.tokenOptions.now }).catch(
    (err) => {
      if (err instanceof AuthctlError) throw err;
      return o.explain(err);
    }
  );
}
var flag = (k) => k === "selfClient" ? "self-client" : k;
async function providerClient(stores, config, env, provider, name) {
  if (name !== void 0) {
    const resolved = await loadClient(stores, config, normalizeName(name), void 0, env);
    if (resolved.client.provider !== provider) {
      throw usageError(`client "${resolved.name}" is registered for ${resolved.client.provider}, not ${provider}`, `pick a ${provider} client, or omit --provider`);
    }
    return resolved;
  }
  const own = Object.entries(allClients(config, env)).filter(([, c]) => c.provider === provider);
  if (own.length === 1) return loadClient(stores, config, own[0][0], void 0, env);
  throw new AuthctlError(own.length === 0 ? `no OAuth client is registered for ${provider}` : `which ${provider} client?`, {
    exitCode: own.length === 0 ? ExitCode.notFound : ExitCode.usage,
    hint: own.length === 0 ? `register one: authctl client add NAME --provider ${provider} --client-id ID [--public] (authctl provider show ${provider} says where)` : `pick one with --client NAME (${own.map(([n]) => n).join(", ")})`
  });
}
function apiBaseFrom(spec, variables, tokens) {
  if (spec.api.base !== void 0) return endpointsOf(spec, variables).apiBase;
  const field = spec.api.baseFromTokenField;
  const value = field === void 0 ? void 0 : tokens.fields[field];
  if (value === void 0) {
    throw new AuthctlError(`the token response has no ${field ?? "API base"}, so authctl does not know where this token is used`, {
      hint: 'give the provider an API base: authctl provider add NAME --file with "api": {"base": URL}'
    });
  }
  const base = new URL(value).origin;
  const distrust = distrustApiBase(spec, variables, base);
  if (distrust) throw new AuthctlError(`the token response's ${field} ${base} ${distrust}: refused, and the new token revoked`);
  return base;
}
function accountOf(spec, tokens, clientId) {
  const sfId = /\/id\/([A-Za-z0-9]{15,18})\/[A-Za-z0-9]{15,18}$/.exec(tokens.fields.id ?? "");
  if (sfId) return sfId[1];
  if (!tokens.idToken) return void 0;
  try {
    const claims = JSON.parse(Buffer.from(tokens.idToken.split(".")[1] ?? "", "base64url").toString("utf8"));
    const audience = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (spec.issuer !== void 0 && claims.iss !== spec.issuer) throw new AuthctlError(`the ID token was issued by ${String(claims.iss)}, not ${spec.issuer}: refused`);
    if (!audience.includes(clientId)) throw new AuthctlError("the ID token is not for this client: refused");
    return typeof claims.sub === "string" && /^[\x21-\x7e]{1,255}$/.test(claims.sub) ? claims.sub : void 0;
  } catch (err) {
    if (err instanceof AuthctlError) throw err;
    return void 0;
  }
}
export {
  loginWithProvider
};
