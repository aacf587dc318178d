import { AuthctlError, ExitCode } from '../errors.js';
import type { Config, Profile } from './model.js';

export interface ProfileSelection {
  profile?: string;
  org?: string;
}

/**
 * Which profile a command acts on: --profile, else --org (a profile is named
 * after its org by default), else AUTHCTL_PROFILE, else the default profile,
 * else the only profile there is.
 */
export function selectProfile(
  config: Config,
  selection: ProfileSelection,
  env: NodeJS.ProcessEnv,
): { name: string; profile: Profile } {
  const names = Object.keys(config.profiles);
  const name =
    selection.profile ??
    selection.org ??
    (env.AUTHCTL_PROFILE || undefined) ??
    config.defaultProfile ??
    (names.length === 1 ? names[0] : undefined);
  if (name === undefined) {
    throw new AuthctlError(names.length === 0 ? 'no profiles yet' : 'no profile selected', {
      exitCode: ExitCode.notFound,
      hint:
        names.length === 0
          ? 'log in first: authctl login --org <org>'
          : `pick one with --profile NAME or set a default with \`authctl use NAME\` (profiles: ${names.join(', ')})`,
    });
  }
  const profile = config.profiles[name];
  if (!profile) throw unknownProfile(name, names);
  return { name, profile };
}

export function unknownProfile(name: string, known: string[]): AuthctlError {
  return new AuthctlError(`no profile named "${name}"`, {
    exitCode: ExitCode.notFound,
    hint: known.length > 0 ? `known profiles: ${known.join(', ')}` : 'there are no profiles yet: authctl login --org <org>',
  });
}
