import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-4WXXECZW.js";
import {
  isValidName
} from "./chunk-YCNKKPBX.js";
import {
  AuthctlError,
  ExitCode
} from "./chunk-IJBOYKY4.js";

// src/profiles/team.ts
import { readFileSync } from "node:fs";
import { chmod, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
function teamFilePath(env) {
  if (env.AUTHCTL_TEAM_CONFIG) return env.AUTHCTL_TEAM_CONFIG;
  if (process.platform === "win32") return join(env.ProgramData || "C:\\ProgramData", "authctl", "team.json");
  if (process.platform === "darwin") return "/Library/Application Support/authctl/team.json";
  return "/etc/authctl/team.json";
}
function readTeamFile(env) {
  const path = teamFilePath(env);
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT" && !env.AUTHCTL_TEAM_CONFIG) return void 0;
    throw new AuthctlError(`cannot read the team file ${path}: ${code ?? err.message}`, {
      hint: env.AUTHCTL_TEAM_CONFIG ? "fix AUTHCTL_TEAM_CONFIG, or unset it" : "ask your administrator"
    });
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AuthctlError(`the team file ${path} is not valid JSON`, { hint: "ask your administrator to fix it" });
  }
  const problem = checkTeamFile(value);
  if (problem) throw new AuthctlError(`the team file ${path} is not valid: ${problem}`, { hint: 'ask your administrator to fix it (README: "Team clients")' });
  return { path, team: value };
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var strings = (v) => Array.isArray(v) && v.every((s) => typeof s === "string");
function checkTeamFile(value) {
  if (!isObject(value) || value.version !== 1 || !isObject(value.clients)) return 'expected {"version": 1, "clients": {NAME: {...}}}';
  for (const [name, c] of Object.entries(value.clients)) {
    const at = `clients.${name}`;
    if (!isValidName(name)) return `${at} has an invalid name`;
    if (!isObject(c)) return `${at} must be an object`;
    const known = ["provider", "clientId", "dc", "redirectUris", "variables", "scopes", "instructions", "secret", "secretVersion"];
    const unknown = Object.keys(c).find((k) => !known.includes(k));
    if (unknown !== void 0) return `${at}.${unknown} is not a known field${/secret/i.test(unknown) ? ' (a team file never holds a secret: name where it comes from in "secret")' : ""}`;
    if (typeof c.provider !== "string" || typeof c.clientId !== "string" || c.clientId === "") return `${at} needs "provider" and "clientId"`;
    if (c.dc !== void 0 && typeof c.dc !== "string") return `${at}.dc must be a string`;
    if (c.redirectUris !== void 0 && !strings(c.redirectUris)) return `${at}.redirectUris must be a list of URLs`;
    if (c.scopes !== void 0 && !strings(c.scopes)) return `${at}.scopes must be a list of strings`;
    if (c.variables !== void 0 && !(isObject(c.variables) && Object.values(c.variables).every((v) => typeof v === "string"))) return `${at}.variables must be an object of strings`;
    if (c.instructions !== void 0 && typeof c.instructions !== "string") return `${at}.instructions must be a string`;
    if (c.secretVersion !== void 0 && !(Number.isInteger(c.secretVersion) && c.secretVersion >= 0)) return `${at}.secretVersion must be a whole number`;
    const s = c.secret;
    const ok = s === void 0 || isObject(s) && Object.keys(s).length === 1 && (typeof s.env === "string" && /^[A-Za-z_][A-Za-z0-9_]*$/.test(s.env) || strings(s.command) && s.command.length > 0 || s.keychain === true);
    if (!ok) return `${at}.secret must be {"env": "VARIABLE"}, {"command": ["program", "arg", \u2026]} or {"keychain": true}`;
  }
  return void 0;
}
function asOAuthClient(name, c) {
  return {
    provider: c.provider,
    clientId: c.clientId,
    ...c.dc !== void 0 ? { dc: c.dc } : {},
    ...c.redirectUris ? { redirectUris: c.redirectUris } : {},
    ...c.secret === void 0 ? { public: true } : c.secret && "keychain" in c.secret ? { store: "keychain", key: `client:${name}` } : {},
    createdAt: (/* @__PURE__ */ new Date(0)).toISOString()
  };
}
async function writeTeamClient(path, name, client) {
  let team = { version: 1, clients: {} };
  try {
    team = readTeamFile({ AUTHCTL_TEAM_CONFIG: path }).team;
  } catch (err) {
    if (!/ENOENT/.test(err.message)) throw err;
  }
  const existed = name in team.clients;
  team.clients[name] = client;
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, `${JSON.stringify(team, null, 2)}
`);
  await chmod(path, 420);
  return existed ? "replaced" : "added";
}
async function secretFromCommand(command, name) {
  const { execFile } = await import("node:child_process");
  return new Promise((resolve, reject) => {
    execFile(command[0], command.slice(1), { timeout: 3e4, maxBuffer: 64 * 1024 }, (err, stdout) => {
      const secret = String(stdout).trim();
      if (err || secret === "" || /\s/.test(secret)) {
        const why = err ? err.code === "ENOENT" ? "it was not found" : `it failed (${err.code ?? err.name})` : "it printed no single secret";
        reject(
          new AuthctlError(`the secret of team client "${name}" comes from the command ${command[0]}, and ${why}`, {
            exitCode: ExitCode.notFound,
            hint: "sign in to the tool it runs (e.g. op signin), or ask your administrator"
          })
        );
      } else resolve(secret);
    });
  });
}

export {
  teamFilePath,
  readTeamFile,
  asOAuthClient,
  writeTeamClient,
  secretFromCommand
};
