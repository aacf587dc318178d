import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  updateTokenCopy
} from "./chunk-COZTCRQV.js";
import {
  profileLock,
  withRefreshLock
} from "./chunk-V6PYEZHN.js";
import {
  decodeCredential,
  encodeCredential
} from "./chunk-XYMNJ3EU.js";
import {
  ConfigStore
} from "./chunk-WE677QNK.js";
import {
  isApiKeyProfile,
  isZohoProfile,
  nameFromOrg,
  placeOf
} from "./chunk-YCNKKPBX.js";
import {
  AuthctlError
} from "./chunk-IJBOYKY4.js";

// src/profiles/save.ts
function saveProfile(ctx, stores, name, profile, credential, store, options) {
  return withRefreshLock(profileLock(ctx.env, name), async () => {
    const configStore = new ConfigStore(ctx);
    const config = await configStore.load();
    const holder = Object.entries(config.profiles).find(([n, p]) => n !== name && p.key === profile.key && p.store === profile.store);
    if (holder) {
      throw new AuthctlError(`this ${isZohoProfile(profile) ? "org and environment are" : "account is"} already stored as profile "${holder[0]}"`, {
        // Worded for both login and import, which both take --profile.
        hint: `replace it by giving --profile ${holder[0]}, or log out of it first: authctl logout ${holder[0]}`
      });
    }
    const existing = config.profiles[name];
    if (existing && !options.replace && !sameOrg(existing, profile)) throw orgChanged(name, existing, profile, options);
    const existingStore = existing ? stores.get(existing.store) : void 0;
    let previousValue;
    if (existing) {
      try {
        previousValue = await existingStore.get(existing.key);
      } catch (err) {
        ctx.warn(`could not read the previous credential of profile "${name}" (${err.message}); it will not be revoked`);
      }
    }
    const sameEntry = existing !== void 0 && existing.key === profile.key && existing.store === profile.store;
    await store.set(profile.key, encodeCredential(credential));
    try {
      await configStore.update((c) => {
        c.profiles[name] = profile;
      });
      await updateTokenCopy(ctx.env, configStore.dir, name, profile, credential, ctx.warn);
    } catch (err) {
      if (sameEntry && previousValue !== void 0) await store.set(profile.key, previousValue).catch(() => {
      });
      else await store.delete(profile.key).catch(() => {
      });
      throw err;
    }
    const sharedOldEntry = Object.entries(config.profiles).some(
      ([n, p]) => n !== name && existing !== void 0 && p.key === existing.key && p.store === existing.store
    );
    if (existing && !sameEntry && !sharedOldEntry) {
      await existingStore.delete(existing.key).catch((err) => {
        ctx.warn(`could not delete the previous secret entry ${existing.key} from ${existingStore.location}: ${err.message}`);
      });
    }
    if (!existing || previousValue === void 0) return void 0;
    try {
      const { refreshToken } = decodeCredential(name, previousValue);
      return refreshToken === void 0 || isApiKeyProfile(existing) ? void 0 : { refreshToken, profile: existing };
    } catch {
      return void 0;
    }
  });
}
function sameOrg(a, b) {
  if (a.provider !== b.provider) return false;
  if (isZohoProfile(a) && isZohoProfile(b) && (a.dc !== b.dc || a.environment !== b.environment)) return false;
  if (!isZohoProfile(a) && !isZohoProfile(b) && (isApiKeyProfile(a) !== isApiKeyProfile(b) || JSON.stringify(sortedVariables(a)) !== JSON.stringify(sortedVariables(b)))) return false;
  return a.orgId === void 0 || b.orgId === void 0 || a.orgId === b.orgId;
}
var sortedVariables = (p) => Object.entries(placeOf(p)).sort(([x], [y]) => x.localeCompare(y));
function describeOrg(p) {
  const label = p.orgName ?? (p.orgId ? `org ${p.orgId}` : "an org");
  const where = isZohoProfile(p) ? `${p.environment}, data centre ${p.dc}` : [p.provider, ...sortedVariables(p).map(([k, v]) => `${k}=${v}`)].join(", ");
  return `${label} (${p.orgId && p.orgName ? `${p.orgId}, ` : ""}${where})`;
}
function orgChanged(name, existing, chosen, o) {
  const own = chosen.orgName && nameFromOrg(chosen.orgName) || `${name}-${isZohoProfile(chosen) ? chosen.environment : "new"}`;
  return new AuthctlError(`profile "${name}" is ${describeOrg(existing)}, but you chose ${describeOrg(chosen)}`, {
    hint: `profile "${name}" is unchanged${o.discarded ? ` and ${o.discarded}` : ""}. To use that org, store it as its own profile: ${o.command} --profile ${own}; to repoint "${name}" to it on purpose: ${o.command} --profile ${name} --replace`
  });
}

export {
  saveProfile
};
