import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  configDir,
  configFile
} from "./chunk-HVF3DJK5.js";
import {
  validateConfig
} from "./chunk-23EBES73.js";
import {
  ensurePrivateDir,
  tighten,
  withFileLock,
  writeFileAtomic
} from "./chunk-4WXXECZW.js";
import {
  emptyConfig
} from "./chunk-YCNKKPBX.js";
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
