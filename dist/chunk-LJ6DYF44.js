import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  PRESETS
} from "./chunk-7NKYUQS5.js";
import {
  isPresetName
} from "./chunk-YCNKKPBX.js";
import {
  isOAuthSpec
} from "./chunk-3GMNTBGG.js";
import {
  AuthctlError,
  ExitCode
} from "./chunk-IJBOYKY4.js";

// src/providers/registry.ts
var providerNames = (config) => [...Object.keys(PRESETS), ...Object.keys(config.providers ?? {})];
var isPreset = isPresetName;
function findProvider(config, name) {
  if (isPreset(name)) return PRESETS[name];
  return Object.hasOwn(config.providers ?? {}, name) ? config.providers[name] : void 0;
}
function requireProvider(config, name) {
  const spec = findProvider(config, name);
  if (spec) return spec;
  throw new AuthctlError(`no provider named "${name}"`, {
    exitCode: ExitCode.notFound,
    hint: `known providers: ${providerNames(config).join(", ")}; add another with authctl provider add ${name} --issuer URL`
  });
}
function requireOAuthProvider(config, name) {
  const spec = requireProvider(config, name);
  if (isOAuthSpec(spec)) return spec;
  throw new AuthctlError(`provider "${name}" takes API keys only, not OAuth`, { hint: `log in with its API key: authctl login --provider ${name}` });
}

export {
  providerNames,
  isPreset,
  findProvider,
  requireProvider,
  requireOAuthProvider
};
