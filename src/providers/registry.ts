import { AuthctlError, ExitCode } from '../errors.js';
import type { Config } from '../profiles/model.js';
import { isPresetName } from './names.js';
import { PRESETS } from './presets.js';
import { type AnyProviderSpec, isOAuthSpec, type ProviderSpec } from './spec.js';

/** Every provider name known here: the presets, then the ones the user added. */
export const providerNames = (config: Config) => [...Object.keys(PRESETS), ...Object.keys(config.providers ?? {})];

export const isPreset = isPresetName;

/** A preset, or a provider the user added; undefined for a name neither knows. */
export function findProvider(config: Config, name: string): AnyProviderSpec | undefined {
  if (isPreset(name)) return PRESETS[name];
  return Object.hasOwn(config.providers ?? {}, name) ? config.providers![name] : undefined;
}

export function requireProvider(config: Config, name: string): AnyProviderSpec {
  const spec = findProvider(config, name);
  if (spec) return spec;
  throw new AuthctlError(`no provider named "${name}"`, {
    exitCode: ExitCode.notFound,
    hint: `known providers: ${providerNames(config).join(', ')}; add another with authctl provider add ${name} --issuer URL`,
  });
}

/** A provider whose tokens come by OAuth 2.0: refresh, revocation and the API base need its endpoints. */
export function requireOAuthProvider(config: Config, name: string): ProviderSpec {
  const spec = requireProvider(config, name);
  if (isOAuthSpec(spec)) return spec;
  throw new AuthctlError(`provider "${name}" takes API keys only, not OAuth`, { hint: `log in with its API key: authctl login --provider ${name}` });
}
