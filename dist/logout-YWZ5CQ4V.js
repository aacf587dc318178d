import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  deleteTokenCopy
} from "./chunk-COZTCRQV.js";
import {
  profileLock,
  withRefreshLock
} from "./chunk-V6PYEZHN.js";
import {
  SecretStores
} from "./chunk-WGODOINN.js";
import {
  API_KEY_REVOCATION,
  revokeProfileToken
} from "./chunk-45EZXUYY.js";
import "./chunk-75V5QIOK.js";
import "./chunk-RMYOY7U4.js";
import "./chunk-RVJGXOUJ.js";
import "./chunk-LJ6DYF44.js";
import "./chunk-4IG7I7WR.js";
import "./chunk-GFAQK6L7.js";
import "./chunk-UZ6VYVCW.js";
import "./chunk-LVFTAJCA.js";
import "./chunk-7NKYUQS5.js";
import "./chunk-RYCME3SZ.js";
import "./chunk-4MABVAWP.js";
import "./chunk-U4XMNMAO.js";
import {
  decodeCredential
} from "./chunk-XYMNJ3EU.js";
import {
  selectedName,
  unknownProfile
} from "./chunk-FU6ELVWH.js";
import {
  ConfigStore
} from "./chunk-WE677QNK.js";
import "./chunk-HVF3DJK5.js";
import "./chunk-23EBES73.js";
import {
  removeStrayTempFiles
} from "./chunk-4WXXECZW.js";
import {
  isApiKeyProfile,
  normalizeName
} from "./chunk-YCNKKPBX.js";
import "./chunk-3GMNTBGG.js";
import "./chunk-5CESELZY.js";
import "./chunk-OHRQBEPP.js";
import {
  AuthctlError,
  ExitCode,
  usageError
} from "./chunk-IJBOYKY4.js";
import "./chunk-A6S6R7IG.js";
import "./chunk-S47ZGZ7M.js";

// src/commands/logout.ts
async function run(ctx, name, opts) {
  const configStore = new ConfigStore(ctx);
  const config = await configStore.load();
  const known = Object.keys(config.profiles);
  if (name !== void 0 && opts.profile !== void 0 && normalizeName(name) !== normalizeName(opts.profile)) {
    throw usageError(`logout ${name} and --profile ${opts.profile} name different profiles`, "give one of the two");
  }
  const given = name !== void 0 || opts.profile !== void 0 || opts.org !== void 0;
  if (opts.all && given) throw usageError("give a profile name or --all, not both");
  if (!opts.all && !given) throw usageError("which profile?", "authctl logout NAME, or authctl logout --all");
  const names = opts.all ? known : [selectedName(config, { profile: name ?? opts.profile, org: opts.org })];
  for (const n of names) if (!config.profiles[n]) throw unknownProfile(n, known);
  if (opts.all) {
    const stray = await removeStrayTempFiles(configStore.dir);
    if (stray > 0) ctx.info(`Removed ${stray} temporary file${stray > 1 ? "s" : ""} an interrupted authctl left in ${configStore.dir}.`);
  }
  if (names.length === 0) {
    ctx.info("No profiles to log out of.");
    return ExitCode.ok;
  }
  const stores = new SecretStores(ctx);
  const unrevoked = [];
  for (const n of names) {
    const revocation = await withRefreshLock(profileLock(ctx.env, n), () => logoutOne(ctx, configStore, config, stores, n, config.profiles[n], opts));
    if (!revocation.ok && !revocation.unsupported) unrevoked.push(config.profiles[n].provider);
  }
  if (unrevoked.length > 0) {
    ctx.warn(
      unrevoked.every((p) => p === "zoho") ? "a refresh token that could not be revoked stays valid at Zoho until you remove it under Connected Apps in your Zoho account" : "a refresh token that could not be revoked stays valid until you remove authctl's access in your account settings at the provider"
    );
    return ExitCode.server;
  }
  return ExitCode.ok;
}
async function logoutOne(ctx, configStore, config, stores, n, profile, opts) {
  const store = stores.get(profile.store);
  const revocation = opts.local ? { ok: true, text: "not revoked (--local)" } : await revoke(ctx, config, stores, n, profile, store);
  try {
    await store.delete(profile.key);
  } catch (err) {
    throw new AuthctlError(`could not delete the secrets of profile "${n}" from ${store.location}`, {
      hint: `${err instanceof AuthctlError ? `${err.message}; ` : ""}the profile is kept, run authctl logout ${n} again`,
      cause: err
    });
  }
  await configStore.update((c) => {
    delete c.profiles[n];
    if (c.defaultProfile === n) delete c.defaultProfile;
  });
  await deleteTokenCopy(configStore.dir, n);
  const line = `Logged out of ${ctx.color.bold(n)}: ${isApiKeyProfile(profile) ? "API key" : "refresh token"} ${revocation.text}; secrets deleted from ${store.location}.`;
  if (revocation.ok || revocation.unsupported) ctx.info(line);
  else ctx.warn(line);
  return revocation;
}
async function revoke(ctx, config, stores, name, profile, store) {
  if (isApiKeyProfile(profile)) return API_KEY_REVOCATION;
  let stored;
  try {
    stored = await store.get(profile.key);
  } catch (err) {
    return { ok: false, text: `not revoked (it could not be read: ${err.message})` };
  }
  if (stored === void 0) return { ok: true, text: "not revoked (none was stored)" };
  let refreshToken;
  try {
    refreshToken = decodeCredential(name, stored).refreshToken;
  } catch {
    return { ok: true, text: "not revoked (the stored credential was unreadable)" };
  }
  if (refreshToken === void 0) {
    return { ok: false, unsupported: true, text: `not revoked (the provider issued an access token that never expires, and no way to revoke it: remove authctl's access in your account settings there)` };
  }
  return revokeProfileToken(ctx, config, stores, name, profile, refreshToken);
}
export {
  run
};
