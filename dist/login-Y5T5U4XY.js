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
  revokeToken
} from "./chunk-75V5QIOK.js";
import {
  clientAt,
  resolveClient
} from "./chunk-RMYOY7U4.js";
import "./chunk-RVJGXOUJ.js";
import {
  findProvider
} from "./chunk-LJ6DYF44.js";
import "./chunk-4IG7I7WR.js";
import "./chunk-GFAQK6L7.js";
import {
  AUTHORIZE_EXTRA,
  DEFAULT_DC,
  DEFAULT_SCOPES,
  SCOPE_SEPARATOR,
  apiConsoleUrl,
  apiDomainFor,
  dataCentre,
  dataCentreOfAccountsServer,
  endpoints,
  explainTokenError,
  findTokenOrg,
  isZohoCode,
  loadDataCentres
} from "./chunk-UZ6VYVCW.js";
import "./chunk-7NKYUQS5.js";
import "./chunk-RYCME3SZ.js";
import {
  OAuthError,
  TransportError
} from "./chunk-4MABVAWP.js";
import {
  printable
} from "./chunk-U4XMNMAO.js";
import "./chunk-XYMNJ3EU.js";
import {
  ConfigStore
} from "./chunk-WE677QNK.js";
import "./chunk-HVF3DJK5.js";
import "./chunk-23EBES73.js";
import "./chunk-4WXXECZW.js";
import {
  ENVIRONMENTS,
  NAME_RULE,
  isEnvironment,
  isValidName,
  nameFromOrg,
  normalizeName,
  profileKey
} from "./chunk-YCNKKPBX.js";
import {
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

// src/commands/login.ts
async function run(ctx, opts) {
  const config = await new ConfigStore(ctx).load();
  const provider = opts.provider ?? (opts.client === void 0 ? void 0 : config.clients[normalizeName(opts.client)]?.provider) ?? "zoho";
  const spec = provider === "zoho" ? void 0 : findProvider(config, provider);
  if (spec && (opts.apiKey || !isOAuthSpec(spec))) return (await import("./api-key-login-PTDQOZCX.js")).loginWithApiKey(ctx, opts, config, provider, spec);
  if (provider !== "zoho") return (await import("./provider-login-44YY7GTQ.js")).loginWithProvider(ctx, opts, config, provider);
  if (opts.apiKey || opts.stdin) throw usageError("--api-key and --stdin are for providers that take API keys; Zoho logs in with OAuth");
  if (opts.var !== void 0) throw usageError("--var is for providers with variables; Zoho takes --dc");
  const parsed = parseRequest(opts);
  const table = await loadDataCentres(ctx.env, config);
  const stores = new SecretStores(ctx);
  const client = await resolveClient(stores, config, ctx.env, opts.client);
  const start = dataCentre(table, opts.dc ?? client.client?.dc ?? DEFAULT_DC);
  const selfClient = parsed.selfClient || client.client?.selfClient === true;
  const request = { ...parsed, scopes: parsed.scopes ?? (selfClient ? [] : client.team?.scopes ?? DEFAULT_SCOPES) };
  const existing = request.name === void 0 ? void 0 : config.profiles[request.name];
  const store = await stores.forNewSecret(opts.store ?? (ctx.env.AUTHCTL_STORE || void 0) ?? existing?.store);
  const timeoutMs = httpTimeoutMs(ctx.env);
  const loginCommand = commandOf(opts, selfClient);
  ctx.info(
    `Logging in to profile ${ctx.color.bold(request.name ?? "(named after the environment)")} at data centre ${start.dc} with client ${client.name}${request.expected ? `; the org must be a ${request.expected} org` : ""}.`
  );
  if (client.team?.instructions) ctx.info(client.team.instructions);
  const flow = { client, start, table, request, opts, timeoutMs, loginCommand, stores, config };
  const { tokens, accountsServer, dc } = opts.device ? await deviceLogin(ctx, flow) : selfClient ? await selfClientLogin(ctx, flow) : await browserLogin(ctx, flow);
  const newRefreshToken = tokens.refreshToken;
  if (!newRefreshToken) {
    throw new AuthctlError("Zoho issued no refresh token, so authctl could not keep this login", {
      hint: selfClient ? "generate a new code in the API console (codes for offline access come with a refresh token) and log in again" : `run ${loginCommand} again`
    });
  }
  const revokeNew = () => revokeToken(endpoints(accountsServer).revoke, newRefreshToken, { timeoutMs }).then(
    () => true,
    () => {
      ctx.warn("could not revoke the refresh token of this failed login; remove it under Connected Apps in your Zoho account");
      return false;
    }
  );
  const { name, profile, replaced } = await keepNewToken(ctx, revokeNew, async (saving) => {
    const found = await identifyOrg(ctx, { d: dc, tokens, request, selfClient, timeoutMs });
    const name2 = request.name ?? found.environment;
    if (isEnvironment(name2) && name2 !== found.environment) {
      ctx.warn(`profile "${name2}" is named after the ${name2} environment, but you chose a ${found.environment} org; scripts using --org ${name2} will reach it (pass --env ${name2} to have authctl check, or --profile to name it)`);
    }
    const profile2 = describeProfile(ctx, { tokens, accountsServer, d: dc, client, request, store, found });
    const credential = { refreshToken: newRefreshToken, accessToken: tokens.accessToken, accessTokenExpiresAt: tokens.expiresAt };
    const replaced2 = await saving(
      () => saveProfile(ctx, stores, name2, profile2, credential, store, {
        replace: request.replace,
        command: commandOf({ ...opts, org: void 0, profile: void 0 }, selfClient),
        discarded: "the new token was revoked"
      })
    );
    return { name: name2, profile: profile2, replaced: replaced2 };
  });
  ctx.info(
    `${ctx.color.green("Logged in:")} profile ${ctx.color.bold(name)} \u2192 ${describeOrg(profile)}, ${profile.environment} environment, data centre ${profile.dc}${profile.portal ? `, portal ${profile.portal}` : ""}`
  );
  ctx.info(`  scopes: ${profile.scopes.length ? profile.scopes.join(", ") : "(as chosen in the API console)"}`);
  ctx.info(`  API domain: ${profile.apiDomain}; refresh token stored in ${store.location}`);
  if (replaced) await (await import("./revoke-N3FT364X.js")).revokeReplaced(ctx, config, stores, name, replaced);
}
function commandOf(opts, selfClient) {
  const parts = ["authctl login"];
  if (opts.org !== void 0) parts.push(`--org ${opts.org}`);
  if (opts.profile !== void 0) parts.push(`--profile ${opts.profile}`);
  if (opts.env !== void 0) parts.push(`--env ${opts.env}`);
  if (opts.dc !== void 0) parts.push(`--dc ${opts.dc}`);
  if (opts.client !== void 0) parts.push(`--client ${opts.client}`);
  if (selfClient) parts.push("--self-client");
  return parts.join(" ");
}
function describeProfile(ctx, o) {
  const scopes = o.tokens.scope ? o.tokens.scope.split(/[,\s]+/).filter(Boolean) : o.request.scopes;
  const now = new Date(ctx.now()).toISOString();
  const org = o.found.org;
  const identity = {
    provider: "zoho",
    dc: o.d.dc,
    ...o.request.portal ? { portal: o.request.portal } : {},
    ...o.request.org ? { org: o.request.org } : {},
    ...org ? { orgId: org.id } : {},
    environment: o.found.environment
  };
  return {
    ...identity,
    key: profileKey(identity),
    client: o.client.name,
    accountsServer: o.accountsServer,
    apiDomain: o.found.apiDomain,
    ...org?.name ? { orgName: org.name } : {},
    scopes,
    store: o.store.kind,
    createdAt: now,
    refreshedAt: now,
    accessTokenExpiresAt: new Date(o.tokens.expiresAt).toISOString(),
    ...o.client.team ? { team: o.client.team.mark } : {}
  };
}
function parseRequest(opts) {
  if (opts.env !== void 0 && !isEnvironment(opts.env)) {
    throw usageError(`unknown environment "${opts.env}"`, `use one of: ${ENVIRONMENTS.join(", ")}`);
  }
  const [profile, org, portal] = [opts.profile, opts.org, opts.portal].map((v) => v === void 0 ? void 0 : normalizeName(v));
  for (const [flag, value] of [["--profile", profile], ["--org", org], ["--portal", portal]]) {
    if (value !== void 0 && !isValidName(value)) throw usageError(`invalid ${flag} "${value}"`, `use ${NAME_RULE}`);
  }
  const name = profile ?? org;
  const expected = opts.env;
  let scopes;
  if (opts.scope !== void 0) {
    scopes = [...new Set(opts.scope.split(/[,\s]+/).filter(Boolean))];
    const bad = scopes.find((s) => !/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)+$/.test(s));
    if (scopes.length === 0 || bad !== void 0) {
      throw usageError(`invalid --scope ${bad === void 0 ? "(empty)" : `"${bad}"`}`, "give Zoho scopes separated by commas, e.g. ZohoCRM.modules.ALL,ZohoCRM.org.READ");
    }
  }
  if (opts.code !== void 0 && opts.code !== "-") {
    throw usageError("a code is never taken from the command line", "pipe it in with --code - (or omit --code to be prompted)");
  }
  const selfClient = opts.selfClient === true || opts.code !== void 0;
  if (opts.device && (selfClient || opts.port !== void 0 || opts.browser === false || opts.timeout !== void 0)) {
    throw usageError("--device is a login of its own: --self-client, --port, --no-browser and --timeout are for the others");
  }
  if (selfClient && (opts.port !== void 0 || opts.browser === false || opts.timeout !== void 0)) {
    throw usageError("--port, --no-browser and --timeout are for the browser login, not for a self-client code");
  }
  const { port, timeoutMs } = parseBrowserWait(opts);
  return { name, org, portal, expected, scopes, selfClient, port, timeoutMs, replace: opts.replace === true };
}
async function browserLogin(ctx, f) {
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
    scopeSeparator: SCOPE_SEPARATOR
  });
  const { authorizeInBrowser } = await import("./browser-DJ7T3X6M.js");
  const { callback, finish } = await authorizeInBrowser(ctx, {
    authorizeUrl,
    redirectUri,
    state,
    // Zoho sends a user of another data centre back with that one's accounts-server, and the code
    // must be exchanged there. Every accounts server of the table is Zoho; any other is a mix-up.
    distrustAccountsServer: (url) => dataCentreOfAccountsServer(f.table, url) ? void 0 : "is not a known accounts server (a possible mix-up attack)",
    isCode: isZohoCode,
    openBrowser: f.opts.browser !== false,
    timeoutMs: f.request.timeoutMs,
    deviceHint: `${f.loginCommand} --device lets you approve on your phone or laptop instead`
  });
  try {
    if ("error" in callback) {
      if (callback.error === "access_denied") {
        throw new AuthctlError("you declined access on the Zoho consent page; nothing was changed", {
          hint: `run ${f.loginCommand} again and choose Accept`
        });
      }
      throw new AuthctlError(`Zoho ended the authorization with the error "${callback.error}"${callback.errorDescription ? `: ${callback.errorDescription}` : ""}`, {
        hint: "check the scopes (--scope) and the client in the Zoho API console, then log in again"
      });
    }
    const dc = dataCentreOfAccountsServer(f.table, callback.accountsServer ?? f.start.accountsServer);
    if (dc.dc !== f.start.dc) ctx.info(`Zoho completed the login at data centre ${dc.dc}: the code is exchanged there.`);
    const tokens = await exchange(
      { grant_type: "authorization_code", code: callback.code, redirect_uri: redirectUri.href, code_verifier: pkce.verifier },
      f,
      dc,
      { grant: "authorization_code", redirectUri: redirectUri.href }
    );
    return { tokens, accountsServer: dc.accountsServer, dc };
  } finally {
    await finish();
  }
}
async function deviceLogin(ctx, f) {
  const { postForm } = await import("./http-MQHSP372.js");
  const { approveOnAnotherDevice } = await import("./device-DONWR7ZB.js");
  const errorContext = (d) => ({ grant: "authorization_code", dc: d.dc, startDc: f.start.dc, accountsServer: d.accountsServer, clientName: f.client.name, loginCommand: f.loginCommand });
  const first = await clientAt(f.stores, f.config, f.client, f.start.dc);
  const scope = f.request.scopes.join(SCOPE_SEPARATOR);
  const answer = await postForm(`${f.start.accountsServer}/oauth/v3/device/code`, { grant_type: "device_request", client_id: first.clientId, scope, ...AUTHORIZE_EXTRA }, f.timeoutMs).catch(
    (err) => {
      throw explainTokenError(err, errorContext(f.start));
    }
  );
  const device = zohoDeviceAuthorization(answer.status, answer.body, ctx.now());
  if ("error" in device) throw explainTokenError(device.error, errorContext(f.start));
  let current = f.start;
  const tokens = await approveOnAnotherDevice(ctx, {
    title: "Zoho",
    device,
    qr: f.opts.qr !== false,
    now: ctx.now,
    rules: {
      attempt: async () => {
        const client = await clientAt(f.stores, f.config, f.client, current.dc);
        return requestToken(`${current.accountsServer}/oauth/v3/device/token`, client, { grant_type: "device_token", code: device.deviceCode }, { timeoutMs: f.timeoutMs, now: ctx.now });
      },
      // Zoho: at most one poll per 30 s once it has said slow_down.
      slowDown: (interval) => Math.max(interval + 5, 30),
      goOn: (err) => {
        if (err.error !== "other_dc") return false;
        const location = err.fields.user_location;
        const there = Object.values(f.table).find((d) => d.location === location);
        if (!there) {
          throw new AuthctlError(`Zoho says your account is in data centre "${location ?? "(none)"}", which the data-centre table in force does not have`, {
            hint: "add it to AUTHCTL_ZOHO_DATA_CENTRES (or zoho.dataCentres in config.json), or log in with --dc"
          });
        }
        if (there.dc !== current.dc) ctx.info(`Your Zoho account is in data centre ${there.dc}: the login finishes there.`);
        current = there;
        return true;
      }
    }
  }).catch((err) => {
    throw err instanceof AuthctlError ? err : explainTokenError(err, errorContext(current));
  });
  return { tokens, accountsServer: current.accountsServer, dc: current };
}
function zohoDeviceAuthorization(status, body, now) {
  if (typeof body.error === "string" || status >= 400) {
    return { error: new OAuthError(typeof body.error === "string" ? body.error : `http_${status}`, typeof body.error_description === "string" ? body.error_description : void 0, status) };
  }
  const seconds = (v, msAbove) => {
    const n = Number(v);
    return Number.isFinite(n) && n > 0 ? n > msAbove ? n / 1e3 : n : void 0;
  };
  const expiresIn = seconds(body.expires_in, 3600);
  const url = typeof body.verification_url === "string" ? body.verification_url : typeof body.verification_uri === "string" ? body.verification_uri : void 0;
  if (typeof body.device_code !== "string" || typeof body.user_code !== "string" || !url || !/^https?:\/\//.test(url) || expiresIn === void 0) {
    return { error: new TransportError("Zoho answered the device request without a device code, user code, verification URL or expiry", "invalid-response", status) };
  }
  return {
    deviceCode: body.device_code,
    userCode: printable(body.user_code.slice(0, 64)),
    verificationUri: printable(url.slice(0, 500)),
    expiresAt: now + expiresIn * 1e3,
    // Seconds are at most a minute; anything above 600 is milliseconds.
    interval: Math.min(Math.max(seconds(body.interval, 600) ?? 5, 1), 60)
  };
}
async function selfClientLogin(ctx, f) {
  const { readSelfClientCode } = await import("./pasted-code-L77TIMKI.js");
  const consoleUrl = apiConsoleUrl(f.start);
  const code = await readSelfClientCode(ctx, {
    fromStdin: f.opts.code === "-",
    isCode: isZohoCode,
    reminder: `Generate a code in the Zoho API console${consoleUrl ? ` (${consoleUrl})` : ""}: Self Client \u2192 Generate Code, choose the scopes, then the portal, the environment${f.request.expected ? ` (${f.request.expected})` : ""} and the org. It expires in the minutes you chose (3 to 10): paste it right away.`
  });
  const tokens = await exchange({ grant_type: "authorization_code", code }, f, f.start, { grant: "self_client_code" });
  return { tokens, accountsServer: f.start.accountsServer, dc: f.start };
}
async function exchange(grant, f, dc, errorContext) {
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
      loginCommand: f.loginCommand
    });
  }
}
function describeOrg(p) {
  if (p.orgId) return `org ${p.orgName ?? p.orgId} (${p.orgId})`;
  return `${p.org ? `org "${p.org}"` : "an org"} (its id is not known: the scopes cannot read the org)`;
}
async function identifyOrg(ctx, o) {
  const expected = o.request.expected;
  let found;
  let problem;
  try {
    found = await findTokenOrg(o.d, o.tokens, expected, o.timeoutMs);
    problem = `no Zoho CRM API of data centre ${o.d.dc} accepts the new token (are its scopes for another Zoho service?)`;
  } catch (err) {
    problem = `the Zoho CRM API could not be asked (${err.message})`;
  }
  if (!found) {
    const environment = expected ?? "production";
    ctx.warn(`could not confirm which org and environment the token is for: ${problem}; recording it as ${environment}${expected ? "" : " (pass --env if that is wrong)"}`);
    return { environment, apiDomain: apiDomainFor(o.d, environment, o.tokens.apiDomain) };
  }
  if (expected && found.environment !== expected) {
    const chosen = found.org ? `${found.org.name ?? found.org.id}, a ${found.environment} org` : `an org of the ${found.environment} environment`;
    const other = found.org?.name ? nameFromOrg(found.org.name) : void 0;
    throw new AuthctlError(`you chose ${chosen}, but --env ${expected} asks for a ${expected} org`, {
      exitCode: ExitCode.loginRequired,
      hint: `${o.selfClient ? `generate the code for a ${expected} org` : `choose a ${expected} org on the consent page`} and log in again${other ? `, or log in to ${found.org.name} as its own profile: authctl login --profile ${other}` : ""}. The new token was revoked; nothing was changed.`
    });
  }
  return found;
}
export {
  run
};
