import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  isSharedCacheError
} from "./chunk-VOPNYTB5.js";
import {
  loginCommand,
  profileSource
} from "./chunk-3FEFXD2Z.js";
import {
  ciCredentialIsSet,
  openCredential
} from "./chunk-V7STPABU.js";
import "./chunk-COZTCRQV.js";
import "./chunk-V6PYEZHN.js";
import {
  SecretStores
} from "./chunk-WGODOINN.js";
import {
  resolveClient
} from "./chunk-RMYOY7U4.js";
import "./chunk-RVJGXOUJ.js";
import "./chunk-LJ6DYF44.js";
import {
  StoreUnavailableError
} from "./chunk-4IG7I7WR.js";
import "./chunk-IOWPGD6P.js";
import "./chunk-UZ6VYVCW.js";
import "./chunk-LVFTAJCA.js";
import "./chunk-7NKYUQS5.js";
import "./chunk-RYCME3SZ.js";
import "./chunk-4MABVAWP.js";
import "./chunk-U4XMNMAO.js";
import {
  describeExpiry,
  formatTable
} from "./chunk-HOPHJIIG.js";
import "./chunk-XYMNJ3EU.js";
import {
  selectProfile
} from "./chunk-FU6ELVWH.js";
import {
  ConfigStore
} from "./chunk-WE677QNK.js";
import "./chunk-HVF3DJK5.js";
import "./chunk-23EBES73.js";
import "./chunk-4WXXECZW.js";
import {
  isApiKeyProfile,
  isZohoProfile
} from "./chunk-YCNKKPBX.js";
import "./chunk-3GMNTBGG.js";
import "./chunk-OHRQBEPP.js";
import {
  AuthctlError,
  ExitCode
} from "./chunk-IJBOYKY4.js";
import "./chunk-S47ZGZ7M.js";

// src/commands/status.ts
async function run(ctx, opts) {
  const config = await new ConfigStore(ctx).load();
  const named = opts.profile ?? opts.org;
  const names = named ? [selectProfile(config, opts, ctx.env).name] : Object.keys(config.profiles);
  const ci = !named && ciCredentialIsSet(ctx.env);
  if (names.length === 0 && !ci) {
    throw new AuthctlError("no profiles yet", { exitCode: ExitCode.notFound, hint: "log in first: authctl login --org <org>" });
  }
  const stores = new SecretStores(ctx);
  const statuses = [];
  if (ci) statuses.push(await ciStatus(ctx));
  for (const name of names) statuses.push(await statusOf(ctx, config, stores, name));
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify(statuses, null, 2)}
`);
  } else {
    const c = ctx.stdoutColor;
    const rows = statuses.map((s) => [s.profile ?? `(${s.ci})`, s.usable ? c.green(s.state) : c.red(s.state), s.store, detailOf(s, ctx.now())]);
    ctx.stdout.write(formatTable(["PROFILE", "STATE", "STORE", "DETAIL"], rows, c.bold));
  }
  return statuses.every((s) => s.usable) ? ExitCode.ok : ExitCode.failure;
}
async function statusOf(ctx, config, stores, name) {
  const profile = config.profiles[name];
  const base = { profile: name, store: profile.store, accessTokenExpiresAt: null };
  const unusable = (state, detail) => ({ ...base, state, usable: false, detail });
  const source = profileSource(ctx, config, name, profile);
  let credential;
  try {
    credential = await source.read();
  } catch (err) {
    if (err instanceof StoreUnavailableError) return unusable("store unavailable", err.reason);
    if (err instanceof AuthctlError && err.exitCode === ExitCode.loginRequired) {
      return unusable("needs login", `${err.message}; log in again: ${loginCommand(name, profile)}`);
    }
    throw err;
  }
  if (isApiKeyProfile(profile)) {
    return credential.accessToken === void 0 ? unusable("needs login", `no API key is stored; log in again: ${loginCommand(name, profile)}`) : { ...base, state: "api key", usable: true, detail: "an API key (it does not expire)" };
  }
  try {
    await resolveClient(stores, config, ctx.env, profile.client, isZohoProfile(profile) ? profile.dc : void 0);
  } catch (err) {
    if (err instanceof StoreUnavailableError) return unusable("store unavailable", err.reason);
    if (err instanceof AuthctlError) return unusable("client missing", err.message);
    throw err;
  }
  if (ctx.env.AUTHCTL_CACHE_URL) {
    const { sharedCacheAccess } = await import("./shared-access-AWKLLJJ5.js");
    source.shared = sharedCacheAccess(ctx, source, profile.provider);
  }
  return { ...base, ...await tokenState(ctx, credential, source) };
}
async function ciStatus(ctx) {
  const ci = ctx.env.AUTHCTL_AUTH_URL !== void 0 ? "AUTHCTL_AUTH_URL" : "AUTHCTL_REFRESH_TOKEN";
  const base = { profile: null, ci, store: "env", accessTokenExpiresAt: null };
  try {
    const target = await openCredential(ctx, {});
    const credential = await target.source.read();
    if (target.apiKey) return { ...base, state: "api key", usable: true, detail: "an API key (it does not expire)" };
    return { ...base, ...await tokenState(ctx, credential, target.source) };
  } catch (err) {
    if (!(err instanceof AuthctlError)) throw err;
    return { ...base, state: "needs login", usable: false, detail: `${err.message}; ${err.hint ?? "export the credential again"}` };
  }
}
async function tokenState(ctx, credential, source) {
  const expiresAt = credential.accessTokenExpiresAt;
  const iso = expiresAt === void 0 ? null : new Date(expiresAt).toISOString();
  const own = credential.accessToken !== void 0 && iso !== null && expiresAt > ctx.now() ? { accessTokenExpiresAt: iso, state: "valid", usable: true, detail: `access token valid until ${iso} (${describeExpiry(iso, ctx.now())})` } : {
    accessTokenExpiresAt: iso,
    state: "expired",
    usable: true,
    detail: credential.accessToken === void 0 ? "no access token here yet; the next authctl token gets one" : "access token expired; the next authctl token refreshes it"
  };
  if (!source.shared || credential.refreshToken === void 0) return own;
  const { readSharedState } = await import("./shared-access-AWKLLJJ5.js");
  try {
    return { ...own, sharedCache: await readSharedState(source.shared, credential.refreshToken) };
  } catch (err) {
    if (!isSharedCacheError(err)) throw err;
    return { ...own, sharedCache: { error: err.message } };
  }
}
function detailOf(s, now) {
  const shared = s.sharedCache;
  if (!shared) return s.detail;
  if ("error" in shared) return `${s.detail}; shared cache: ${shared.error}`;
  const entry = shared.accessTokenExpiresAt ? `valid until ${shared.accessTokenExpiresAt} (${describeExpiry(shared.accessTokenExpiresAt, now)})` : "no token";
  const budget = shared.budget ? `, ${shared.budget.used} of ${shared.budget.limit} token creations in the last ${shared.budget.windowMinutes} min` : "";
  return `${s.detail}; shared cache: ${entry}${budget}`;
}
export {
  run
};
