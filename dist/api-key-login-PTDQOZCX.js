import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  saveProfile
} from "./chunk-A4P4CHVV.js";
import "./chunk-COZTCRQV.js";
import "./chunk-V6PYEZHN.js";
import {
  SecretStores
} from "./chunk-WGODOINN.js";
import "./chunk-4IG7I7WR.js";
import {
  apiKeyBase,
  apiKeyHeaders,
  checkField,
  resolveFields,
  secretFieldOf
} from "./chunk-IOWPGD6P.js";
import {
  NEVER_EXPIRES_AT
} from "./chunk-XYMNJ3EU.js";
import "./chunk-WE677QNK.js";
import "./chunk-HVF3DJK5.js";
import "./chunk-23EBES73.js";
import "./chunk-4WXXECZW.js";
import {
  NAME_RULE,
  apiKeyProfileKey,
  isValidName,
  normalizeName
} from "./chunk-YCNKKPBX.js";
import "./chunk-3GMNTBGG.js";
import {
  httpTimeoutMs
} from "./chunk-5CESELZY.js";
import "./chunk-OHRQBEPP.js";
import {
  AuthctlError,
  ExitCode,
  usageError
} from "./chunk-IJBOYKY4.js";
import "./chunk-S47ZGZ7M.js";

// src/flows/api-key-login.ts
import { text } from "node:stream/consumers";
async function loginWithApiKey(ctx, opts, config, providerName, spec) {
  const method = spec.apiKey;
  if (!method) throw usageError(`${spec.title} takes no API keys here`, `log in with OAuth: authctl login --provider ${providerName}`);
  const oauthOnly = ["env", "portal", "dc", "selfClient", "code", "client", "scope", "var", "port", "timeout"].filter((k) => opts[k] !== void 0);
  if (oauthOnly.length > 0 || opts.browser === false) {
    throw usageError(`--${[...oauthOnly, ...opts.browser === false ? ["no-browser"] : []].join(", --")} ${oauthOnly.length > 1 ? "are" : "is"} for OAuth logins, not for an API key`);
  }
  const name = normalizeName(opts.profile ?? opts.org ?? providerName);
  if (!isValidName(name)) throw usageError(`invalid profile name "${name}"`, `use ${NAME_RULE}`);
  const stores = new SecretStores(ctx);
  const store = await stores.forNewSecret(opts.store ?? (ctx.env.AUTHCTL_STORE || void 0) ?? config.profiles[name]?.store);
  ctx.info(`Connecting to ${spec.title} with an API key, as profile ${ctx.color.bold(name)}.`);
  if (method.warning) ctx.info(method.warning);
  const secretName = secretFieldOf(method);
  const values = opts.stdin ? await fieldsFromStdin(ctx, method) : await fieldsFromPrompts(ctx, method);
  const key = values[secretName];
  if (key === void 0) throw usageError(`no ${method.fields[secretName].title} was given (field "${secretName}")`);
  const problem = checkField(method, secretName, key);
  if (problem) throw usageError(`${problem} (field "${secretName}")`);
  const { [secretName]: _key, ...others } = values;
  const fields = resolveFields(providerName, method, others);
  const base = apiKeyBase(method, fields);
  if ("problem" in base) throw usageError(`${base.problem}: the key was not sent`, "give the API URL the provider shows with your key");
  if (method.check) await checkKey(ctx, spec.title, base.base + method.check, apiKeyHeaders(method, fields, key));
  const now = new Date(ctx.now()).toISOString();
  const profile = {
    provider: providerName,
    key: apiKeyProfileKey(providerName, name),
    auth: "apiKey",
    ...Object.keys(fields).length > 0 ? { fields } : {},
    apiBase: base.base,
    ...opts.org !== void 0 ? { org: normalizeName(opts.org) } : {},
    scopes: [],
    store: store.kind,
    createdAt: now,
    accessTokenExpiresAt: new Date(NEVER_EXPIRES_AT).toISOString()
  };
  await saveProfile(ctx, stores, name, profile, { accessToken: key, accessTokenExpiresAt: NEVER_EXPIRES_AT }, store, {
    replace: opts.replace === true,
    command: `authctl login --provider ${providerName}`
  });
  ctx.info(`${ctx.color.green("Logged in:")} profile ${ctx.color.bold(name)} \u2192 ${spec.title} with an API key${method.check ? " (checked)" : " (not checked: the provider names no request to check it with)"}`);
  ctx.info(`  API base: ${profile.apiBase}; key stored in ${store.location}`);
}
async function fieldsFromStdin(ctx, method) {
  if (ctx.stdinIsTTY) throw usageError("--stdin reads the fields from a pipe, and stdin is a terminal", "omit --stdin to be asked for each field");
  let value;
  try {
    value = JSON.parse(await text(ctx.stdin));
  } catch {
    throw usageError("stdin is not JSON", `give an object of the fields: {${Object.keys(method.fields).map((f) => `"${f}": "\u2026"`).join(", ")}}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value) || !Object.values(value).every((v) => typeof v === "string")) {
    throw usageError("stdin must hold a JSON object of strings", `the fields: ${Object.keys(method.fields).join(", ")}`);
  }
  const unknown = Object.keys(value).find((k) => !(k in method.fields));
  if (unknown !== void 0) throw usageError(`stdin names a field the provider does not have ("${unknown.slice(0, 64)}")`, `the fields: ${Object.keys(method.fields).join(", ")}`);
  return value;
}
async function fieldsFromPrompts(ctx, method) {
  if (!ctx.stdinIsTTY) throw usageError("no terminal to ask for the API key", "pipe the fields in as JSON with --stdin (a key is never taken from the command line)");
  const { promptSecret, promptText } = await import("./prompt-F4EU4G55.js");
  const values = {};
  for (const [name, field] of Object.entries(method.fields)) {
    const validate = (v) => checkField(method, name, v.trim()) ?? true;
    const value = field.secret ? await promptSecret(ctx, `${field.title}:`, { validate }) : await promptText(ctx, `${field.title}:`, { ...field.default !== void 0 ? { default: field.default } : {}, validate });
    if (value === void 0) throw new AuthctlError("no value was entered; nothing was changed");
    values[name] = value.trim();
  }
  return values;
}
async function checkKey(ctx, title, url, headers) {
  const timeoutMs = httpTimeoutMs(ctx.env);
  let status;
  try {
    const response = await fetch(url, { headers: [...headers, ["Accept", "application/json"]], redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    status = response.status;
  } catch (err) {
    const cause = err.cause;
    throw new AuthctlError(`${new URL(url).origin} could not be reached to check the key (${err.name === "TimeoutError" ? `no answer within ${timeoutMs / 1e3} s` : cause?.code ?? err.message}); nothing was stored`, {
      exitCode: ExitCode.server,
      hint: "check your network connection and the API URL, then try again"
    });
  }
  if (status === 401 || status === 403) {
    throw new AuthctlError(`${title} rejected the API key (HTTP ${status}); nothing was stored`, {
      exitCode: ExitCode.loginRequired,
      hint: "copy the key again from the provider (and the API URL, if it asks for one), then log in again"
    });
  }
  if (status < 200 || status > 299) {
    throw new AuthctlError(`${title} answered HTTP ${status} when the key was checked; nothing was stored`, { exitCode: ExitCode.server, hint: "try again later" });
  }
}
export {
  loginWithApiKey
};
