import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);

// src/profiles/paths.ts
import { homedir } from "node:os";
import { join } from "node:path";
function configDir(env) {
  if (env.AUTHCTL_CONFIG_DIR) return env.AUTHCTL_CONFIG_DIR;
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), ".config");
  return join(base, "authctl");
}
var configFile = (dir) => join(dir, "config.json");
var secretsFile = (dir) => join(dir, "secrets.json");

export {
  configDir,
  configFile,
  secretsFile
};
