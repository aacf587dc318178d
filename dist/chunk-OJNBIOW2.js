import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  configDir,
  configFile,
  ensurePrivateDir,
  tighten,
  withFileLock,
  writeFileAtomic
} from "./chunk-TLYZF424.js";
import {
  ENVIRONMENTS,
  PROVIDERS,
  STORE_KINDS,
  emptyConfig,
  isValidName
} from "./chunk-V7XFVBCC.js";
import {
  AuthctlError
} from "./chunk-IJBOYKY4.js";

// src/profiles/config.ts
import { readFile } from "node:fs/promises";

// src/profiles/json.ts
async function parseJsonFile(file, text) {
  try {
    return JSON.parse(text);
  } catch {
    const { parse, printParseErrorCode } = await import("./main-SSDM5QJ7.js");
    const errors = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const where = first ? ` at ${lineColumn(text, first.offset)} (${printParseErrorCode(first.error)})` : "";
    throw brokenFile(file, `is not valid JSON${where}`);
  }
}
async function locateJsonPath(text, path) {
  const { parseTree, findNodeAtLocation } = await import("./main-SSDM5QJ7.js");
  const root = parseTree(text);
  if (!root) return void 0;
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(root, path.slice(0, depth));
    if (node) return lineColumn(text, node.offset);
  }
  return void 0;
}
function lineColumn(text, offset) {
  const lines = text.slice(0, offset).split("\n");
  return `line ${lines.length}, column ${lines[lines.length - 1].length + 1}`;
}
var brokenFile = (file, problem) => new AuthctlError(`${file} ${problem}`, {
  hint: "fix the file by hand: authctl never replaces a broken file, so nothing in it is lost"
});

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

// src/profiles/config.ts
var ConfigStore = class {
  constructor(ctx) {
    this.ctx = ctx;
    this.dir = configDir(ctx.env);
    this.file = configFile(this.dir);
  }
  ctx;
  dir;
  file;
  checkedPermissions = false;
  async load() {
    let text;
    try {
      text = await readFile(this.file, "utf8");
    } catch (err) {
      if (err.code === "ENOENT") return emptyConfig();
      throw new AuthctlError(`cannot read ${this.file}: ${err.message}`, { cause: err });
    }
    await this.checkPermissions();
    return parseConfig(this.file, text);
  }
  /** Applies `change` to the current config under the lock and writes the result atomically. */
  async update(change) {
    const warning = await ensurePrivateDir(this.dir);
    if (warning) this.ctx.warn(warning);
    return withFileLock(this.dir, "config", async () => {
      const config = await this.load();
      const result = await change(config);
      const violations = validateConfig(config);
      if (violations.length > 0) {
        throw new AuthctlError(`refusing to write an invalid ${this.file}: ${describe(violations[0])}`);
      }
      await writeFileAtomic(this.file, `${JSON.stringify(config, null, 2)}
`);
      return result;
    });
  }
  async checkPermissions() {
    if (this.checkedPermissions) return;
    this.checkedPermissions = true;
    for (const warning of [await tighten(this.dir, 448), await tighten(this.file, 384)]) {
      if (warning) this.ctx.warn(warning);
    }
  }
};
var describe = (v) => `${v.path.length ? v.path.join(".") : "the top level"} ${v.problem}`;
async function parseConfig(file, text) {
  const value = await parseJsonFile(file, text);
  const violations = validateConfig(value);
  if (violations.length > 0) {
    const first = violations[0];
    const where = await locateJsonPath(text, first.path);
    const more = violations.length > 1 ? ` (and ${violations.length - 1} more)` : "";
    throw brokenFile(file, `is not a valid authctl config${where ? ` at ${where}` : ""}: ${describe(first)}${more}`);
  }
  return upgrade(value);
}
function upgrade(config) {
  for (const client of Object.values(config.clients)) {
    const legacy = client;
    if (legacy.redirectUri !== void 0) {
      client.redirectUris ??= [legacy.redirectUri];
      delete legacy.redirectUri;
    }
    delete legacy.multiDc;
  }
  return config;
}

export {
  parseJsonFile,
  brokenFile,
  ConfigStore
};
