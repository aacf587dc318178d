import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  decodeAuthUrl,
  decodeSplitVariables,
  isApiKeyPortable,
  isZohoPortable,
  portableApiBase,
  portableApiKeyMethod,
  portableProfileName,
  portableSpec
} from "./chunk-PC2SCASK.js";
import {
  apiKeyHeaders,
  secretFieldOf
} from "./chunk-IOWPGD6P.js";
import {
  loadDataCentres
} from "./chunk-UZ6VYVCW.js";
import "./chunk-LVFTAJCA.js";
import "./chunk-7NKYUQS5.js";
import {
  apiAuthorizationOf,
  oauthHeaders
} from "./chunk-RYCME3SZ.js";
import "./chunk-4MABVAWP.js";
import "./chunk-U4XMNMAO.js";
import {
  NEVER_EXPIRES_AT
} from "./chunk-XYMNJ3EU.js";
import {
  ConfigStore
} from "./chunk-WE677QNK.js";
import {
  configDir
} from "./chunk-HVF3DJK5.js";
import "./chunk-23EBES73.js";
import {
  ensurePrivateDir,
  tighten,
  writeFileAtomic
} from "./chunk-4WXXECZW.js";
import "./chunk-YCNKKPBX.js";
import "./chunk-3GMNTBGG.js";
import {
  AuthctlError,
  ExitCode
} from "./chunk-IJBOYKY4.js";
import "./chunk-S47ZGZ7M.js";

// src/tokens/env-source.ts
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";

// src/tokens/ci-cache.ts
import { join } from "node:path";
var CI_VARIABLES = ["AUTHCTL_AUTH_URL", "AUTHCTL_REFRESH_TOKEN", "AUTHCTL_CLIENT_ID", "AUTHCTL_CLIENT_SECRET", "AUTHCTL_ACCOUNTS_SERVER"];
function ciTokenCache(env, sha256) {
  const id = sha256(CI_VARIABLES.map((v) => `${v}=${env[v] ?? ""}`).join("\n")).slice(0, 16);
  const dir = env.RUNNER_TEMP ? join(env.RUNNER_TEMP, "authctl") : configDir(env);
  const name = `ci-token-${id}`;
  return { dir, name, file: join(dir, `${name}.json`) };
}
function parseCiCache(text) {
  try {
    const v = JSON.parse(text);
    if (v.v === 1 && typeof v.dead?.at === "string" && typeof v.dead.reason === "string") return v;
    if (v.v === 1 && typeof v.at === "string" && typeof v.exp === "number" && Number.isFinite(new Date(v.exp).getTime()) && (v.rt === void 0 || typeof v.rt === "string")) {
      return v;
    }
  } catch {
  }
  return void 0;
}

// src/tokens/env-source.ts
async function openEnvCredential(ctx, selection) {
  const variable = ctx.env.AUTHCTL_AUTH_URL !== void 0 ? "AUTHCTL_AUTH_URL" : "AUTHCTL_REFRESH_TOKEN";
  if (variable === "AUTHCTL_AUTH_URL" && ctx.env.AUTHCTL_REFRESH_TOKEN !== void 0) {
    throw new AuthctlError("AUTHCTL_AUTH_URL and AUTHCTL_REFRESH_TOKEN are both set", {
      exitCode: ExitCode.usage,
      hint: "set AUTHCTL_AUTH_URL alone, or the split variables AUTHCTL_CLIENT_ID, AUTHCTL_CLIENT_SECRET, AUTHCTL_REFRESH_TOKEN and AUTHCTL_ACCOUNTS_SERVER"
    });
  }
  if (!ctx.env[variable].trim()) {
    throw new AuthctlError(`${variable} is set but empty`, {
      exitCode: ExitCode.notFound,
      hint: `is the CI secret available to this job? (GitHub gives none to workflows run from forks); unset ${variable} to use a stored profile`
    });
  }
  const config = await new ConfigStore(ctx).load();
  const table = await loadDataCentres(ctx.env, config);
  const credential = variable === "AUTHCTL_AUTH_URL" ? decodeAuthUrl(ctx.env.AUTHCTL_AUTH_URL, variable, table) : decodeSplitVariables(ctx.env, table);
  const name = variable === "AUTHCTL_AUTH_URL" ? portableProfileName(credential) : void 0;
  const asked = selection.profile ?? selection.org;
  if (asked !== void 0 && asked !== name) {
    ctx.warn(`${variable} is set, so its credential is used and "${asked}" is ignored (unset ${variable} to use stored profiles)`);
  }
  return {
    profile: null,
    provider: credential.provider,
    apiBase: portableApiBase(credential),
    ...ciApi(credential),
    scopes: credential.scopes,
    source: envSource(ctx, variable, credential, name),
    config
  };
}
function ciApi(c) {
  if (isApiKeyPortable(c)) {
    const method = portableApiKeyMethod(c);
    return { tokenType: null, headers: (key) => apiKeyHeaders(method, c.fields, key), apiKey: { name: secretFieldOf(method), fields: c.fields } };
  }
  const auth = isZohoPortable(c) ? apiAuthorizationOf("zoho") : c.spec ? { header: c.spec.api.header ?? "Authorization", scheme: c.spec.api.scheme } : apiAuthorizationOf(c.provider);
  return { tokenType: auth.scheme, headers: oauthHeaders(auth) };
}
function apiKeySource(variable, c) {
  return {
    label: variable,
    loginCommand: "authctl export on your machine into your CI variables",
    lock: { dir: "", name: "" },
    read: async () => ({ accessToken: c.apiKey, accessTokenExpiresAt: NEVER_EXPIRES_AT }),
    refresh: () => Promise.reject(new AuthctlError(`${variable} holds an API key, which is not refreshed`)),
    save: async () => {
    }
  };
}
function envSource(ctx, variable, c, name) {
  if (isApiKeyPortable(c)) return apiKeySource(variable, c);
  const { dir, name: cacheName, file } = ciTokenCache(ctx.env, (text) => createHash("sha256").update(text).digest("hex"));
  const loginCommand = name ? `authctl login --org ${name} on your machine, then authctl export --profile ${name} into ${variable}` : `authctl login on your machine, then authctl export into your CI variables`;
  const title = isZohoPortable(c) ? "Zoho" : portableSpec(c).title;
  let held = c.refreshToken;
  return {
    label: variable,
    loginCommand,
    clientId: c.clientId,
    lock: { dir, name: cacheName },
    async read() {
      const cached = await readCache(ctx, file);
      if (cached && "dead" in cached) {
        throw new AuthctlError(`${variable} needs a new login: ${title} rejected it (since ${cached.dead.at}: ${cached.dead.reason})`, {
          exitCode: ExitCode.loginRequired,
          hint: `log in again: ${loginCommand}`
        });
      }
      if (c.refreshToken === void 0) return { accessToken: c.accessToken, accessTokenExpiresAt: NEVER_EXPIRES_AT };
      held = cached?.rt ?? c.refreshToken;
      return { refreshToken: held, accessToken: cached?.at, accessTokenExpiresAt: cached?.exp };
    },
    async refresh(refreshToken) {
      const { portableGrant, refreshAccessToken, rejectedPart } = await import("./refresh-UAY7P36L.js");
      try {
        return await refreshAccessToken(ctx, portableGrant(c, variable, loginCommand), refreshToken);
      } catch (err) {
        if (rejectedPart(err)) {
          const dead = { v: 1, dead: { at: new Date(ctx.now()).toISOString(), reason: err.message } };
          await writeCache(ctx, dir, file, dead).catch((e) => ctx.warn(`could not record that ${variable} was rejected: ${e.message}`));
        }
        if (err instanceof AuthctlError && err.exitCode === ExitCode.loginRequired) {
          throw new AuthctlError(err.message, { exitCode: err.exitCode, hint: `log in again: ${loginCommand}`, cause: err });
        }
        throw err;
      }
    },
    async save(credential) {
      const content = { v: 1, at: credential.accessToken, exp: credential.accessTokenExpiresAt };
      if (credential.refreshToken !== c.refreshToken && credential.refreshToken !== void 0) content.rt = credential.refreshToken;
      await writeCache(ctx, dir, file, content);
      if (credential.refreshToken !== held) {
        ctx.warn(
          `${title} replaced the refresh token of ${variable}; authctl keeps the new one in ${file} for the rest of this job, but cannot write it back to your CI secret, and the old one may no longer work: update the secret (${loginCommand})`
        );
      }
      held = credential.refreshToken;
    }
  };
}
async function writeCache(ctx, dir, file, content) {
  const warning = await ensurePrivateDir(dir);
  if (warning) ctx.warn(warning);
  await writeFileAtomic(file, `${JSON.stringify(content)}
`);
}
async function readCache(ctx, file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    if (err.code === "ENOENT") return void 0;
    throw new AuthctlError(`cannot read the access-token cache ${file}: ${err.message}`, { cause: err });
  }
  const warning = await tighten(file, 384);
  if (warning) ctx.warn(warning);
  const content = parseCiCache(text);
  if (content) return content;
  ctx.warn(`ignoring ${file}: it is not an authctl access-token cache (it will be replaced)`);
  return void 0;
}
export {
  openEnvCredential
};
