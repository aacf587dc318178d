import { AuthctlError, ExitCode, usageError } from '../errors.js';
import { type Config, normalizeName, type Profile } from './model.js';

export interface ProfileSelection {
  profile?: string;
  org?: string;
}

/**
 * Which profile a command acts on: --profile, else --org, else AUTHCTL_PROFILE,
 * else the default profile, else the only profile there is.
 */
export function selectProfile(
  config: Config,
  selection: ProfileSelection,
  env: NodeJS.ProcessEnv,
): { name: string; profile: Profile } {
  const names = Object.keys(config.profiles);
  const name =
    selectedName(config, selection) ??
    (env.AUTHCTL_PROFILE ? normalizeName(env.AUTHCTL_PROFILE) : undefined) ??
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

/**
 * The profile --profile and --org name, or undefined when neither is given.
 * --org matches a profile's name, else the org it records (the name given at
 * login, Zoho's org name, or the org id); when both are given they must agree.
 */
export function selectedName(config: Config, selection: ProfileSelection): string | undefined {
  const known = Object.keys(config.profiles);
  const profile = selection.profile === undefined ? undefined : normalizeName(selection.profile);
  const org = selection.org === undefined ? undefined : normalizeName(selection.org);
  if (org === undefined) return profile;
  const matches = profilesOfOrg(config, org);
  if (profile !== undefined) {
    if (!config.profiles[profile]) throw unknownProfile(profile, known);
    if (!matches.includes(profile)) {
      throw usageError(
        `--org ${org} and --profile ${profile} name different profiles`,
        matches.length > 0 ? `--org ${org} is profile ${matches.join(', ')}; give one of the two flags` : `profile ${profile} is not org "${org}"; give one of the two flags`,
      );
    }
    return profile;
  }
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) {
    throw usageError(`--org ${org} matches several profiles: ${matches.join(', ')}`, 'pick one with --profile NAME');
  }
  throw new AuthctlError(`no profile for org "${org}"`, {
    exitCode: ExitCode.notFound,
    hint: known.length > 0 ? `known profiles: ${known.join(', ')} (authctl list shows their orgs)` : 'log in first: authctl login --org <org>',
  });
}

/** A profile named `org`, else every profile recording it as its org name (any case) or id. */
function profilesOfOrg(config: Config, org: string): string[] {
  if (config.profiles[org]) return [org];
  const folded = org.toLocaleLowerCase();
  const same = (v: string | undefined) => v !== undefined && normalizeName(v).toLocaleLowerCase() === folded;
  return Object.entries(config.profiles)
    .filter(([, p]) => same(p.org) || same(p.orgName) || p.orgId === org)
    .map(([n]) => n);
}

export function unknownProfile(name: string, known: string[]): AuthctlError {
  return new AuthctlError(`no profile named "${name}"`, {
    exitCode: ExitCode.notFound,
    hint: known.length > 0 ? `known profiles: ${known.join(', ')}` : 'there are no profiles yet: authctl login --org <org>',
  });
}
