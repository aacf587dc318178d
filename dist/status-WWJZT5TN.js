import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  resolveClient
} from "./chunk-RMYOY7U4.js";
import {
  loginCommand,
  profileSource
} from "./chunk-5ZMYE2V6.js";
import "./chunk-COZTCRQV.js";
import "./chunk-V6PYEZHN.js";
import "./chunk-RVJGXOUJ.js";
import "./chunk-5SSSBESI.js";
import {
  SecretStores
} from "./chunk-WGODOINN.js";
import {
  StoreUnavailableError
} from "./chunk-4IG7I7WR.js";
import "./chunk-RYCME3SZ.js";
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
import "./chunk-4MABVAWP.js";
import "./chunk-U4XMNMAO.js";
import {
  AuthctlError,
  ExitCode
} from "./chunk-IJBOYKY4.js";
import "./chunk-S47ZGZ7M.js";

// src/commands/status.ts
async function run(ctx, opts) {
  const config = await new ConfigStore(ctx).load();
  const names = opts.profile ?? opts.org ? [selectProfile(config, opts, ctx.env).name] : Object.keys(config.profiles);
  if (names.length === 0) {
    throw new AuthctlError("no profiles yet", { exitCode: ExitCode.notFound, hint: "log in first: authctl login --org <org>" });
  }
  const stores = new SecretStores(ctx);
  const statuses = [];
  for (const name of names) statuses.push(await statusOf(ctx, config, stores, name));
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify(statuses, null, 2)}
`);
  } else {
    const c = ctx.stdoutColor;
    const rows = statuses.map((s) => [s.profile, s.usable ? c.green(s.state) : c.red(s.state), s.store, s.detail]);
    ctx.stdout.write(formatTable(["PROFILE", "STATE", "STORE", "DETAIL"], rows, c.bold));
  }
  return statuses.every((s) => s.usable) ? ExitCode.ok : ExitCode.failure;
}
async function statusOf(ctx, config, stores, name) {
  const profile = config.profiles[name];
  const base = { profile: name, store: profile.store, accessTokenExpiresAt: null };
  const unusable = (state, detail) => ({ ...base, state, usable: false, detail });
  let credential;
  try {
    credential = await profileSource(ctx, config, name, profile).read();
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
  const expiresAt = credential.accessTokenExpiresAt;
  const iso = expiresAt === void 0 ? null : new Date(expiresAt).toISOString();
  if (credential.accessToken !== void 0 && iso !== null && expiresAt > ctx.now()) {
    return { ...base, accessTokenExpiresAt: iso, state: "valid", usable: true, detail: `access token valid until ${iso} (${describeExpiry(iso, ctx.now())})` };
  }
  return {
    ...base,
    accessTokenExpiresAt: iso,
    state: "expired",
    usable: true,
    detail: "access token expired; the next authctl token refreshes it"
  };
}
export {
  run
};
