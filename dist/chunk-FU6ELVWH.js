import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  normalizeName
} from "./chunk-YCNKKPBX.js";
import {
  AuthctlError,
  ExitCode,
  usageError
} from "./chunk-IJBOYKY4.js";

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

export {
  selectProfile,
  selectedName,
  unknownProfile
};
