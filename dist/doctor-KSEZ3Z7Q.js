import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  ciCredentialIsSet,
  openCredential
} from "./chunk-V7STPABU.js";
import {
  SecretStores
} from "./chunk-WGODOINN.js";
import {
  readTeamFile,
  teamFilePath
} from "./chunk-RVJGXOUJ.js";
import "./chunk-LJ6DYF44.js";
import "./chunk-4IG7I7WR.js";
import "./chunk-IOWPGD6P.js";
import "./chunk-LVFTAJCA.js";
import "./chunk-7NKYUQS5.js";
import "./chunk-RYCME3SZ.js";
import "./chunk-4MABVAWP.js";
import "./chunk-U4XMNMAO.js";
import {
  ConfigStore
} from "./chunk-WE677QNK.js";
import "./chunk-HVF3DJK5.js";
import "./chunk-23EBES73.js";
import {
  assertWritable
} from "./chunk-4WXXECZW.js";
import "./chunk-YCNKKPBX.js";
import "./chunk-3GMNTBGG.js";
import "./chunk-OHRQBEPP.js";
import {
  AuthctlError,
  ExitCode
} from "./chunk-IJBOYKY4.js";
import "./chunk-S47ZGZ7M.js";

// src/commands/doctor.ts
import { stat } from "node:fs/promises";
import { dirname } from "node:path";
var okIf = (ok) => ok ? "ok" : "fail";
async function run(ctx, opts) {
  const checks = [];
  const major = Number(process.versions.node.split(".")[0]);
  checks.push({ check: "node", status: okIf(major >= 20), detail: `${process.version}${major >= 20 ? "" : " (authctl needs 20 or later)"}` });
  if (ciCredentialIsSet(ctx.env)) checks.push(await ciModeCheck(ctx));
  if (ctx.env.AUTHCTL_CACHE_URL) checks.push(await sharedCacheCheck(ctx));
  const configStore = new ConfigStore(ctx);
  checks.push(await folderCheck(configStore.dir));
  checks.push(await modeCheck("config file", configStore.file, 384));
  let config;
  try {
    config = await configStore.load();
    checks.push({ check: "profiles", status: "ok", detail: String(Object.keys(config.profiles).length) });
  } catch (err) {
    checks.push({ check: "profiles", status: "fail", detail: err.message });
  }
  checks.push(...teamFileChecks(ctx.env));
  for (const store of await new SecretStores(ctx).check()) {
    const users = config ? storeUsers(config, store.kind) : [];
    const needed = store.kind === "file" || users.length > 0;
    checks.push({
      check: `${store.kind} store`,
      status: store.ok ? "ok" : needed ? "fail" : "warn",
      detail: store.ok ? `available: ${store.location}` : `unavailable: ${store.reason}${users.length > 0 ? `; needed by ${users.join(", ")}` : " (nothing is kept there; new secrets go to the file store)"}`
    });
  }
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify(checks, null, 2)}
`);
  } else {
    const c = ctx.stdoutColor;
    const width = Math.max(...checks.map((k) => k.check.length));
    const label = { ok: c.green("ok  "), warn: c.yellow("warn"), fail: c.red("FAIL") };
    for (const k of checks) ctx.stdout.write(`${label[k.status]}  ${k.check.padEnd(width)}  ${k.detail}
`);
  }
  return checks.some((k) => k.status === "fail") ? ExitCode.failure : ExitCode.ok;
}
function storeUsers(config, kind) {
  return [
    ...Object.entries(config.profiles).filter(([, p]) => p.store === kind).map(([n]) => `profile ${n}`),
    ...Object.entries(config.clients).filter(([, c]) => c.store === kind).map(([n]) => `client ${n}`)
  ];
}
async function ciModeCheck(ctx) {
  const variable = ctx.env.AUTHCTL_AUTH_URL !== void 0 ? "AUTHCTL_AUTH_URL" : "AUTHCTL_REFRESH_TOKEN and the split variables";
  try {
    const target = await openCredential(ctx, {});
    return {
      check: "CI mode",
      status: "ok",
      detail: `${variable} set: token, exec and api use it instead of any profile (API domain ${target.apiBase})`
    };
  } catch (err) {
    return { check: "CI mode", status: "fail", detail: `${variable} set but unusable: ${err instanceof AuthctlError ? err.message : String(err)}` };
  }
}
async function sharedCacheCheck(ctx) {
  const { sharedCacheAddress } = await import("./shared-access-AWKLLJJ5.js");
  const { probeSharedCache, SharedCacheError } = await import("./shared-cache-A6M5SAIL.js");
  try {
    const p = await probeSharedCache(sharedCacheAddress(ctx.env));
    const tls = p.tls ? `TLS, certificate verified${ctx.env.AUTHCTL_CACHE_CA ? " against AUTHCTL_CACHE_CA" : ""}` : "no TLS";
    return {
      check: "shared cache",
      status: "ok",
      detail: `${p.where} (${tls}${p.version ? `, Redis ${p.version}` : ""}): write, read and delete in ${p.roundTripMs.toFixed(1)} ms`
    };
  } catch (err) {
    if (!(err instanceof SharedCacheError)) throw err;
    return { check: "shared cache", status: "fail", detail: `${err.message}; token, exec and api fall back to the local cache` };
  }
}
function teamFileChecks(env) {
  let read;
  try {
    read = readTeamFile(env);
  } catch (err) {
    if (!(err instanceof AuthctlError)) throw err;
    return [{ check: "team file", status: "fail", detail: err.hint ? `${err.message}; ${err.hint}` : err.message }];
  }
  if (!read) return [{ check: "team file", status: "ok", detail: `none (${teamFilePath(env)} does not exist; AUTHCTL_TEAM_CONFIG can name another)` }];
  const names = Object.keys(read.team.clients);
  const checks = [{ check: "team file", status: "ok", detail: `${read.path}: ${names.length === 0 ? "no clients" : `client${names.length === 1 ? "" : "s"} ${names.join(", ")}`}` }];
  for (const [name, c] of Object.entries(read.team.clients)) {
    if (!c.secret || !("env" in c.secret) || env[c.secret.env]) continue;
    checks.push({ check: "team file", status: "warn", detail: `team client "${name}" takes its secret from the environment variable ${c.secret.env}, which is not set here: logins with it fail until it is` });
  }
  return checks;
}
async function folderCheck(dir) {
  const mode = await modeCheck("config folder", dir, 448);
  let target = dir;
  while (!await stat(target).then(() => true, () => false) && dirname(target) !== target) target = dirname(target);
  try {
    await assertWritable(target);
    return mode;
  } catch (err) {
    return { check: "config folder", status: "fail", detail: `${target} is not writable: ${err instanceof AuthctlError ? err.message : String(err)}` };
  }
}
async function modeCheck(name, path, expected) {
  try {
    const mode = (await stat(path)).mode & 511;
    const ok = (mode & 63) === 0;
    return {
      check: name,
      status: okIf(ok),
      detail: `${path} (mode ${mode.toString(8)}${ok ? "" : `: others can read it; authctl tightens it to ${expected.toString(8)} on next use`})`
    };
  } catch {
    return { check: name, status: "ok", detail: `${path} (not created yet)` };
  }
}
export {
  run
};
