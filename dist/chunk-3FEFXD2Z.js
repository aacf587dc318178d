import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  deleteTokenCopy,
  updateTokenCopy
} from "./chunk-COZTCRQV.js";
import {
  profileLock
} from "./chunk-V6PYEZHN.js";
import {
  SecretStores
} from "./chunk-WGODOINN.js";
import {
  readTeamFile
} from "./chunk-RVJGXOUJ.js";
import {
  StoreUnavailableError
} from "./chunk-4IG7I7WR.js";
import {
  DEFAULT_DC
} from "./chunk-UZ6VYVCW.js";
import {
  decodeCredential,
  encodeCredential
} from "./chunk-XYMNJ3EU.js";
import {
  selectProfile
} from "./chunk-FU6ELVWH.js";
import {
  ConfigStore
} from "./chunk-WE677QNK.js";
import {
  configDir
} from "./chunk-HVF3DJK5.js";
import {
  clientOf,
  isZohoProfile
} from "./chunk-YCNKKPBX.js";
import {
  AuthctlError,
  ExitCode
} from "./chunk-IJBOYKY4.js";

// src/tokens/profile-source.ts
async function openProfile(ctx, selection) {
  const config = await new ConfigStore(ctx).load();
  const { name, profile } = selectProfile(config, selection, ctx.env);
  return { name, profile, config, source: profileSource(ctx, config, name, profile) };
}
function loginCommand(name, profile) {
  const org = profile.org ?? name;
  const parts = ["authctl login", `--org ${org}`];
  if (name !== org) parts.push(`--profile ${name}`);
  if (isZohoProfile(profile) && profile.dc !== DEFAULT_DC) parts.push(`--dc ${profile.dc}`);
  return parts.join(" ");
}
function profileSource(ctx, config, name, profile) {
  const stores = new SecretStores(ctx);
  const store = stores.get(profile.store);
  const login = loginCommand(name, profile);
  const orLoginToFile = (err) => {
    throw err instanceof StoreUnavailableError ? err.orElse(`keep profile "${name}" in a file instead by logging in again: ${login} --store file`) : err;
  };
  const client = clientOf(profile);
  return {
    label: `profile "${name}"`,
    loginCommand: login,
    ...client !== void 0 ? { clientId: config.clients[client]?.clientId ?? client } : {},
    lock: profileLock(ctx.env, name),
    async read() {
      if (profile.loginRequired) throw needsLogin(name, profile, login);
      const change = profile.team ? teamClientChange(ctx.env, profile) : void 0;
      if (change) {
        throw new AuthctlError(`profile "${name}" needs a new login: ${change}, which ends the sessions made with the old one`, {
          exitCode: ExitCode.loginRequired,
          hint: `log in again: ${login}`
        });
      }
      const value = await store.get(profile.key).catch(orLoginToFile);
      if (value === void 0) {
        throw new AuthctlError(`profile "${name}" has no credential in ${store.location}`, {
          exitCode: ExitCode.loginRequired,
          hint: `log in again: ${login}`
        });
      }
      return decodeCredential(name, value);
    },
    async refresh(refreshToken) {
      const { refreshProfileToken, rejectedPart } = await import("./refresh-UAY7P36L.js");
      try {
        return await refreshProfileToken(ctx, { stores, config, name, profile, loginCommand: login }, refreshToken);
      } catch (err) {
        const rejected = rejectedPart(err);
        if (rejected) await markDead(ctx, store, name, profile, refreshToken, { at: new Date(ctx.now()).toISOString(), rejected, reason: err.message });
        throw err;
      }
    },
    async save(credential) {
      await store.set(profile.key, encodeCredential(credential)).catch(orLoginToFile);
      let current = false;
      try {
        current = await new ConfigStore(ctx).update((c) => {
          const p = c.profiles[name];
          if (!p || p.key !== profile.key) return false;
          p.refreshedAt = new Date(ctx.now()).toISOString();
          if (credential.accessTokenExpiresAt !== void 0) {
            p.accessTokenExpiresAt = new Date(credential.accessTokenExpiresAt).toISOString();
          }
          return true;
        });
      } catch (err) {
        ctx.warn(`the new token is saved, but config.json was not updated: ${err.message}`);
      }
      if (current) await updateTokenCopy(ctx.env, configDir(ctx.env), name, profile, credential, ctx.warn);
    }
  };
}
async function markDead(ctx, store, name, profile, refreshToken, mark) {
  try {
    await store.set(profile.key, encodeCredential({ refreshToken }));
    await new ConfigStore(ctx).update((c) => {
      const p = c.profiles[name];
      if (p && p.key === profile.key) p.loginRequired = mark;
    });
    await deleteTokenCopy(configDir(ctx.env), name);
  } catch (err) {
    ctx.warn(`could not record that profile "${name}" needs a new login: ${err.message}`);
  }
}
function needsLogin(name, profile, login) {
  const mark = profile.loginRequired;
  const since = `since ${mark.at}: ${mark.reason}`;
  if (mark.rejected === "client") {
    return new AuthctlError(`profile "${name}" cannot be refreshed: ${providerTitle(profile)} rejected its client "${clientOf(profile)}" (${since})`, {
      exitCode: ExitCode.loginRequired,
      hint: `fix the client (authctl client update ${clientOf(profile)} --secret${isZohoProfile(profile) ? `, or --dc-secret ${profile.dc}` : ""}), or log in again: ${login}`
    });
  }
  return new AuthctlError(`profile "${name}" needs a new login: ${providerTitle(profile)} rejected its refresh token (${since})`, {
    exitCode: ExitCode.loginRequired,
    hint: `log in again: ${login}`
  });
}
function teamClientChange(env, profile) {
  const name = clientOf(profile);
  const now = readTeamFile(env)?.team.clients[name];
  if (!now) return `the team client "${name}" is no longer in the team file`;
  if (now.clientId !== profile.team.clientId) return `your administrator replaced the team client "${name}" (client id ${profile.team.clientId} \u2192 ${now.clientId})`;
  if ((now.secretVersion ?? 0) !== (profile.team.secretVersion ?? 0)) return `your administrator rotated the secret of the team client "${name}" (secret version ${profile.team.secretVersion ?? 0} \u2192 ${now.secretVersion ?? 0})`;
  return void 0;
}
var providerTitle = (p) => isZohoProfile(p) ? "Zoho" : p.provider;

export {
  openProfile,
  loginCommand,
  profileSource
};
