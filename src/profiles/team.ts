import { readFileSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AuthctlError, ExitCode } from '../errors.js';
import { writeFileAtomic } from './files.js';
import { isValidName, type OAuthClient } from './model.js';

/**
 * Admin-managed clients (seed 002): one administrator registers the team's OAuth
 * application once and describes it in a team file that everyone's authctl reads
 * (a repository, a managed path). The file never holds the client secret, only
 * where each user's authctl gets it: an environment variable, a command whose
 * stdout is the secret (`op read …`, `vault kv get …`), or the user's keychain.
 */
export type SecretSource = { env: string } | { command: string[] } | { keychain: true };

export interface TeamClient {
  provider: string;
  clientId: string;
  /** Zoho: the data centre logins start at. */
  dc?: string;
  redirectUris?: string[];
  /** Another provider's variables (tenant, region). */
  variables?: Record<string, string>;
  /** Scopes logins ask for by default. */
  scopes?: string[];
  /** Shown to every user at login. */
  instructions?: string;
  /** Where the secret comes from; absent for a public client. */
  secret?: SecretSource;
  /** Raised by the administrator when the secret is rotated: profiles made before need a new login. */
  secretVersion?: number;
}

export interface TeamFile {
  version: 1;
  clients: Record<string, TeamClient>;
}

/** What a profile records of the team client it was made with, to notice the administrator changing it. */
export interface TeamMark {
  clientId: string;
  secretVersion?: number;
}

/** AUTHCTL_TEAM_CONFIG, else the system-wide place an administrator's tooling puts it. */
export function teamFilePath(env: NodeJS.ProcessEnv): string {
  if (env.AUTHCTL_TEAM_CONFIG) return env.AUTHCTL_TEAM_CONFIG;
  if (process.platform === 'win32') return join(env.ProgramData || 'C:\\ProgramData', 'authctl', 'team.json');
  if (process.platform === 'darwin') return '/Library/Application Support/authctl/team.json';
  return '/etc/authctl/team.json';
}

/** The team file, if there is one; a broken one is an error naming it (never silently ignored). */
export function readTeamFile(env: NodeJS.ProcessEnv): { path: string; team: TeamFile } | undefined {
  const path = teamFilePath(env);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !env.AUTHCTL_TEAM_CONFIG) return undefined;
    throw new AuthctlError(`cannot read the team file ${path}: ${code ?? (err as Error).message}`, {
      hint: env.AUTHCTL_TEAM_CONFIG ? 'fix AUTHCTL_TEAM_CONFIG, or unset it' : 'ask your administrator',
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AuthctlError(`the team file ${path} is not valid JSON`, { hint: 'ask your administrator to fix it' });
  }
  const problem = checkTeamFile(value);
  if (problem) throw new AuthctlError(`the team file ${path} is not valid: ${problem}`, { hint: 'ask your administrator to fix it (README: "Team clients")' });
  return { path, team: value as TeamFile };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** The first thing wrong with a team file, or undefined. */
function checkTeamFile(value: unknown): string | undefined {
  if (!isObject(value) || value.version !== 1 || !isObject(value.clients)) return 'expected {"version": 1, "clients": {NAME: {...}}}';
  for (const [name, c] of Object.entries(value.clients)) {
    const at = `clients.${name}`;
    if (!isValidName(name)) return `${at} has an invalid name`;
    if (!isObject(c)) return `${at} must be an object`;
    const known = ['provider', 'clientId', 'dc', 'redirectUris', 'variables', 'scopes', 'instructions', 'secret', 'secretVersion'];
    const unknown = Object.keys(c).find((k) => !known.includes(k));
    // A secret written into the file by mistake is refused rather than used.
    if (unknown !== undefined) return `${at}.${unknown} is not a known field${/secret/i.test(unknown) ? ' (a team file never holds a secret: name where it comes from in "secret")' : ''}`;
    if (typeof c.provider !== 'string' || typeof c.clientId !== 'string' || c.clientId === '') return `${at} needs "provider" and "clientId"`;
    if (c.dc !== undefined && typeof c.dc !== 'string') return `${at}.dc must be a string`;
    if (c.redirectUris !== undefined && !strings(c.redirectUris)) return `${at}.redirectUris must be a list of URLs`;
    if (c.scopes !== undefined && !strings(c.scopes)) return `${at}.scopes must be a list of strings`;
    if (c.variables !== undefined && !(isObject(c.variables) && Object.values(c.variables).every((v) => typeof v === 'string'))) return `${at}.variables must be an object of strings`;
    if (c.instructions !== undefined && typeof c.instructions !== 'string') return `${at}.instructions must be a string`;
    if (c.secretVersion !== undefined && !(Number.isInteger(c.secretVersion) && (c.secretVersion as number) >= 0)) return `${at}.secretVersion must be a whole number`;
    const s = c.secret;
    const ok =
      s === undefined ||
      (isObject(s) &&
        Object.keys(s).length === 1 &&
        ((typeof s.env === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(s.env)) ||
          (strings(s.command) && (s.command as string[]).length > 0) ||
          s.keychain === true));
    if (!ok) return `${at}.secret must be {"env": "VARIABLE"}, {"command": ["program", "arg", …]} or {"keychain": true}`;
  }
  return undefined;
}

/** A team client in the shape of a registered one (its secret, if any, is looked up when used). */
export function asOAuthClient(name: string, c: TeamClient): OAuthClient {
  return {
    provider: c.provider,
    clientId: c.clientId,
    ...(c.dc !== undefined ? { dc: c.dc } : {}),
    ...(c.redirectUris ? { redirectUris: c.redirectUris } : {}),
    ...(c.secret === undefined ? { public: true } : c.secret && 'keychain' in c.secret ? { store: 'keychain', key: `client:${name}` } : {}),
    createdAt: new Date(0).toISOString(),
  };
}

/** Adds or replaces one client in a team file (written atomically; readable by all, since it holds no secret). */
export async function writeTeamClient(path: string, name: string, client: TeamClient): Promise<'added' | 'replaced'> {
  let team: TeamFile = { version: 1, clients: {} };
  try {
    team = readTeamFile({ AUTHCTL_TEAM_CONFIG: path })!.team;
  } catch (err) {
    if (!/ENOENT/.test((err as Error).message)) throw err;
  }
  const existed = name in team.clients;
  team.clients[name] = client;
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, `${JSON.stringify(team, null, 2)}\n`);
  await chmod(path, 0o644);
  return existed ? 'replaced' : 'added';
}

/** Runs the team file's secret command: its stdout is the secret; nothing of it is ever shown. */
export async function secretFromCommand(command: string[], name: string): Promise<string> {
  const { execFile } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    execFile(command[0]!, command.slice(1), { timeout: 30_000, maxBuffer: 64 * 1024 }, (err, stdout) => {
      const secret = String(stdout).trim();
      if (err || secret === '' || /\s/.test(secret)) {
        const why = err ? ((err as NodeJS.ErrnoException).code === 'ENOENT' ? 'it was not found' : `it failed (${(err as { code?: unknown }).code ?? err.name})`) : 'it printed no single secret';
        reject(
          new AuthctlError(`the secret of team client "${name}" comes from the command ${command[0]}, and ${why}`, {
            exitCode: ExitCode.notFound,
            hint: 'sign in to the tool it runs (e.g. op signin), or ask your administrator',
          }),
        );
      } else resolve(secret);
    });
  });
}
