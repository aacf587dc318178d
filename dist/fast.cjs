"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/fast.ts
var fast_exports = {};
__export(fast_exports, {
  answer: () => answer
});
module.exports = __toCommonJS(fast_exports);
var import_node_fs = require("node:fs");

// src/profiles/paths.ts
var import_node_os = require("node:os");
var import_node_path = require("node:path");
function configDir(env) {
  if (env.AUTHCTL_CONFIG_DIR) return env.AUTHCTL_CONFIG_DIR;
  const base = env.XDG_CONFIG_HOME || (0, import_node_path.join)(env.HOME || (0, import_node_os.homedir)(), ".config");
  return (0, import_node_path.join)(base, "authctl");
}
var configFile = (dir) => (0, import_node_path.join)(dir, "config.json");
var secretsFile = (dir) => (0, import_node_path.join)(dir, "secrets.json");

// src/errors.ts
var ExitCode = {
  ok: 0,
  failure: 1,
  usage: 2,
  notFound: 3,
  loginRequired: 4,
  server: 5,
  rateLimited: 6,
  /** 128 + SIGINT, as a shell reports a command ended by Ctrl-C. */
  interrupted: 130
};
var AuthctlError = class extends Error {
  exitCode;
  hint;
  constructor(message, options = {}) {
    super(message, { cause: options.cause });
    this.name = "AuthctlError";
    this.exitCode = options.exitCode ?? ExitCode.failure;
    this.hint = options.hint;
  }
};
var usageError = (message, hint) => new AuthctlError(message, { exitCode: ExitCode.usage, hint });

// src/profiles/model.ts
var ENVIRONMENTS = ["production", "sandbox", "developer"];
var STORE_KINDS = ["keychain", "file"];
var PROVIDERS = ["zoho"];
var NAME = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}._-]{0,63}$/u;
var isValidName = (name) => NAME.test(name);
var normalizeName = (name) => name.normalize("NFC");

// src/profiles/select.ts
function selectProfile(config, selection, env) {
  const names = Object.keys(config.profiles);
  const name = selectedName(config, selection) ?? (env.AUTHCTL_PROFILE ? normalizeName(env.AUTHCTL_PROFILE) : void 0) ?? config.defaultProfile ?? (names.length === 1 ? names[0] : void 0);
  if (name === void 0) {
    throw new AuthctlError(names.length === 0 ? "no profiles yet" : "no profile selected", {
      exitCode: ExitCode.notFound,
      hint: names.length === 0 ? "log in first: authctl login --org <org>" : `pick one with --profile NAME or set a default with \`authctl use NAME\` (profiles: ${names.join(", ")})`
    });
  }
  const profile = config.profiles[name];
  if (!profile) throw unknownProfile(name, names);
  return { name, profile };
}
function selectedName(config, selection) {
  const known = Object.keys(config.profiles);
  const profile = selection.profile === void 0 ? void 0 : normalizeName(selection.profile);
  const org = selection.org === void 0 ? void 0 : normalizeName(selection.org);
  if (org === void 0) return profile;
  const matches = profilesOfOrg(config, org);
  if (profile !== void 0) {
    if (!config.profiles[profile]) throw unknownProfile(profile, known);
    if (!matches.includes(profile)) {
      throw usageError(
        `--org ${org} and --profile ${profile} name different profiles`,
        matches.length > 0 ? `--org ${org} is profile ${matches.join(", ")}; give one of the two flags` : `profile ${profile} is not org "${org}"; give one of the two flags`
      );
    }
    return profile;
  }
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) {
    throw usageError(`--org ${org} matches several profiles: ${matches.join(", ")}`, "pick one with --profile NAME");
  }
  throw new AuthctlError(`no profile for org "${org}"`, {
    exitCode: ExitCode.notFound,
    hint: known.length > 0 ? `known profiles: ${known.join(", ")} (authctl list shows their orgs)` : "log in first: authctl login --org <org>"
  });
}
function profilesOfOrg(config, org) {
  if (config.profiles[org]) return [org];
  const folded = org.toLocaleLowerCase();
  const same = (v) => v !== void 0 && normalizeName(v).toLocaleLowerCase() === folded;
  return Object.entries(config.profiles).filter(([, p]) => same(p.org) || same(p.orgName) || p.orgId === org).map(([n]) => n);
}
function unknownProfile(name, known) {
  return new AuthctlError(`no profile named "${name}"`, {
    exitCode: ExitCode.notFound,
    hint: known.length > 0 ? `known profiles: ${known.join(", ")}` : "there are no profiles yet: authctl login --org <org>"
  });
}

// src/profiles/validate.ts
var string = (v) => typeof v === "string" && v.length > 0 ? void 0 : "must be a non-empty string";
var url = (v) => {
  if (typeof v !== "string") return "must be a URL string";
  try {
    const u = new URL(v);
    return u.protocol === "https:" || u.protocol === "http:" ? void 0 : "must be an http(s) URL";
  } catch {
    return "must be a URL";
  }
};
var oneOf = (values) => (v) => typeof v === "string" && values.includes(v) ? void 0 : `must be one of ${values.join(", ")}`;
var time = (v) => typeof v === "string" && !Number.isNaN(Date.parse(v)) ? void 0 : "must be an ISO date";
var stringList = (v) => Array.isArray(v) && v.every((s) => typeof s === "string") ? void 0 : "must be a list of strings";
var bool = (v) => typeof v === "boolean" ? void 0 : "must be true or false";
var urlList = (v) => Array.isArray(v) && v.length > 0 ? v.map(url).find((p) => p !== void 0) : "must be a non-empty list of URLs";
var loginRequired = (v) => {
  if (!isObject(v)) return "must be an object";
  return time(v.at) ?? oneOf(["refresh_token", "client"])(v.rejected) ?? string(v.reason);
};
var PROFILE_FIELDS = {
  provider: [oneOf(PROVIDERS), true],
  key: [string, true],
  client: [string, true],
  dc: [string, true],
  accountsServer: [url, true],
  apiDomain: [url, true],
  portal: [string, false],
  org: [string, false],
  orgId: [string, false],
  orgName: [string, false],
  environment: [oneOf(ENVIRONMENTS), true],
  scopes: [stringList, true],
  store: [oneOf(STORE_KINDS), true],
  createdAt: [time, true],
  refreshedAt: [time, false],
  accessTokenExpiresAt: [time, false],
  loginRequired: [loginRequired, false]
};
var CLIENT_FIELDS = {
  provider: [oneOf(PROVIDERS), true],
  clientId: [string, true],
  dc: [string, true],
  redirectUris: [urlList, false],
  selfClient: [bool, false],
  dcSecrets: [stringList, false],
  // Written by authctl 0.1.0; upgraded when read (config.ts).
  redirectUri: [url, false],
  multiDc: [bool, false],
  store: [oneOf(STORE_KINDS), true],
  key: [string, true],
  createdAt: [time, true]
};
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function checkRecord(value, fields, path, out) {
  if (!isObject(value)) {
    out.push({ path, problem: "must be an object" });
    return;
  }
  for (const [field, [check, required]] of Object.entries(fields)) {
    if (!(field in value)) {
      if (required) out.push({ path: [...path, field], problem: "is missing" });
      continue;
    }
    const problem = check(value[field]);
    if (problem) out.push({ path: [...path, field], problem });
  }
  for (const field of Object.keys(value)) {
    if (!(field in fields)) out.push({ path: [...path, field], problem: "is not a known field" });
  }
}
function checkNamedRecords(value, fields, path, out) {
  if (!isObject(value)) {
    out.push({ path: [path], problem: "must be an object" });
    return;
  }
  for (const [name, entry] of Object.entries(value)) {
    if (!isValidName(name)) out.push({ path: [path, name], problem: "has an invalid name" });
    checkRecord(entry, fields, [path, name], out);
  }
}
function validateConfig(value) {
  const out = [];
  if (!isObject(value)) return [{ path: [], problem: "must be a JSON object" }];
  if (value.version !== 1) out.push({ path: ["version"], problem: "must be 1" });
  checkNamedRecords(value.profiles, PROFILE_FIELDS, "profiles", out);
  checkNamedRecords(value.clients, CLIENT_FIELDS, "clients", out);
  if ("defaultProfile" in value) {
    const d = value.defaultProfile;
    if (typeof d !== "string") out.push({ path: ["defaultProfile"], problem: "must be a string" });
    else if (isObject(value.profiles) && !(d in value.profiles))
      out.push({ path: ["defaultProfile"], problem: `names a profile that does not exist ("${d}")` });
  }
  if ("zoho" in value && !isObject(value.zoho)) out.push({ path: ["zoho"], problem: "must be an object" });
  for (const key of Object.keys(value)) {
    if (!["version", "profiles", "clients", "defaultProfile", "zoho"].includes(key))
      out.push({ path: [key], problem: "is not a known field" });
  }
  return out;
}
var isConfig = (value) => validateConfig(value).length === 0;

// src/secrets/credential.ts
function decodeCredential(profile, value) {
  let raw;
  try {
    raw = JSON.parse(value);
  } catch {
    raw = {};
  }
  if (raw.v !== 1 || typeof raw.rt !== "string" || raw.rt === "") {
    throw new AuthctlError(`the stored credential of profile "${profile}" is unreadable`, {
      exitCode: ExitCode.loginRequired,
      hint: `log in again: authctl login --profile ${profile}`
    });
  }
  const exp = typeof raw.exp === "number" && Number.isFinite(new Date(raw.exp).getTime()) ? raw.exp : void 0;
  return {
    refreshToken: raw.rt,
    accessToken: typeof raw.at === "string" && exp !== void 0 ? raw.at : void 0,
    accessTokenExpiresAt: exp
  };
}

// src/secrets/token-copy.ts
var import_node_path2 = require("node:path");
var tokenCopyFile = (dir, profileName) => (0, import_node_path2.join)(dir, `access-token.${profileName}.json`);
var tokenCopyEnabled = (env) => env.AUTHCTL_ACCESS_TOKEN_FILE !== "off";
function trustedCopy(text, profile) {
  let copy;
  try {
    copy = JSON.parse(text);
  } catch {
    return void 0;
  }
  const recorded = profile.accessTokenExpiresAt === void 0 ? Number.NaN : Date.parse(profile.accessTokenExpiresAt);
  if (copy.v !== 1 || copy.key !== profile.key || typeof copy.at !== "string" || copy.exp !== recorded) return void 0;
  return { accessToken: copy.at, expiresAt: copy.exp };
}

// src/tokens/lifecycle.ts
var DEFAULT_MIN_TTL_MS = 5 * 6e4;

// src/io/mask.ts
function maskInJobLog(ctx, ...secrets) {
  if (ctx.env.GITHUB_ACTIONS !== "true") return;
  for (const secret of secrets) ctx.stderr.write(`::add-mask::${escapeCommandData(secret)}
`);
}
var escapeCommandData = (value) => value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");

// src/providers/authorization.ts
var SCHEMES = { zoho: "Zoho-oauthtoken" };
var authorizationScheme = (provider) => SCHEMES[provider];
var authorizationHeaderLine = (provider, accessToken) => `Authorization: ${SCHEMES[provider]} ${accessToken}`;

// src/tokens/print.ts
function printToken(ctx, write, format, target, token) {
  maskInJobLog(ctx, token.accessToken);
  if (format.header) {
    write(`${authorizationHeaderLine(target.provider, token.accessToken)}
`);
  } else if (format.json) {
    const out = {
      profile: target.profile,
      accessToken: token.accessToken,
      tokenType: authorizationScheme(target.provider),
      accessTokenExpiresAt: new Date(token.expiresAt).toISOString(),
      apiDomain: target.apiDomain,
      scopes: target.scopes
    };
    write(`${JSON.stringify(out, null, 2)}
`);
  } else {
    write(`${token.accessToken}
`);
  }
}

// src/fast.ts
function answer(argv, env) {
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
    (0, import_node_fs.writeSync)(1, `${"0.1.0"}
`);
    return "answered";
  }
  if (argv[0] !== "token") return void 0;
  const opts = parseTokenArgs(argv.slice(1));
  if (!opts) return void 0;
  try {
    if (answerToken(opts, env)) return "answered";
  } catch {
  }
  return { token: opts };
}
function parseTokenArgs(args) {
  const parsed = {};
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].startsWith("--") && args[i].includes("=") ? args[i].split(/=(.*)/s, 2) : [args[i], void 0];
    const value = () => inline ?? args[++i];
    if (flag === "--header" && inline === void 0) parsed.header = true;
    else if (flag === "--json" && inline === void 0) parsed.json = true;
    else if (flag === "--force-refresh" && inline === void 0) parsed.forceRefresh = true;
    else if (flag === "--profile" || flag === "-p" || flag === "--org" || flag === "--min-ttl") {
      const v = value();
      if (v === void 0 || v === "" || v.startsWith("-")) return void 0;
      if (flag === "--org") parsed.org = v;
      else if (flag === "--min-ttl") parsed.minTtl = v;
      else parsed.profile = v;
    } else return void 0;
  }
  if (parsed.minTtl !== void 0 && !/^\d+$/.test(parsed.minTtl)) return void 0;
  return parsed;
}
function answerToken(opts, env) {
  if (opts.forceRefresh || opts.header && opts.json || env.AUTHCTL_AUTH_URL !== void 0 || env.AUTHCTL_REFRESH_TOKEN !== void 0) return false;
  const minTtlMs = opts.minTtl === void 0 ? DEFAULT_MIN_TTL_MS : Number(opts.minTtl) * 1e3;
  const dir = configDir(env);
  const config = JSON.parse(readPrivate(dir, configFile(dir)) ?? "null");
  if (!isConfig(config)) return false;
  const { name, profile } = selectProfile(config, opts, env);
  if (profile.loginRequired) return false;
  const token = cachedToken(env, dir, name, profile);
  if (!token || token.expiresAt <= Date.now() + minTtlMs) return false;
  printToken(
    { env, stderr: { write: (text) => (0, import_node_fs.writeSync)(2, text) } },
    (text) => (0, import_node_fs.writeSync)(1, text),
    opts,
    { profile: name, provider: profile.provider, apiDomain: profile.apiDomain, scopes: profile.scopes },
    token
  );
  return true;
}
function cachedToken(env, dir, name, profile) {
  if (profile.store === "file") {
    const value = JSON.parse(readPrivate(dir, secretsFile(dir)) ?? "null")?.secrets?.[profile.key];
    if (typeof value !== "string") return void 0;
    const c = decodeCredential(name, value);
    return c.accessToken !== void 0 && c.accessTokenExpiresAt !== void 0 ? { accessToken: c.accessToken, expiresAt: c.accessTokenExpiresAt } : void 0;
  }
  if (!tokenCopyEnabled(env)) return void 0;
  const text = readPrivate(dir, tokenCopyFile(dir, name));
  return text === void 0 ? void 0 : trustedCopy(text, profile);
}
function readPrivate(dir, file) {
  try {
    if (((0, import_node_fs.statSync)(dir).mode & 63) !== 0 || ((0, import_node_fs.statSync)(file).mode & 63) !== 0) return void 0;
    return (0, import_node_fs.readFileSync)(file, "utf8");
  } catch {
    return void 0;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  answer
});
