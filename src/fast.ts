/**
 * The fast path: a small CommonJS bundle (dist/fast.cjs) the launcher tries first.
 * It answers `--version`, and `authctl token` when the profile's cached access token
 * is still fresh, with synchronous reads and without commander, colours, the HTTP
 * client, the lock or the keychain: the call a script makes before every API
 * request. Anything else — another command, a flag it does not know, a token to
 * refresh, CI mode, a file that is not as authctl left it — returns false, and the
 * launcher loads the whole program, which handles it (and reports any problem).
 */
import { readFileSync, statSync, writeSync } from 'node:fs';
import { configDir, configFile, secretsFile } from './profiles/paths.js';
import type { Config, Profile } from './profiles/model.js';
import { selectProfile } from './profiles/select.js';
import { isConfig } from './profiles/validate.js';
import { decodeCredential } from './secrets/credential.js';
import { tokenCopyEnabled, tokenCopyFile, trustedCopy } from './secrets/token-copy.js';
import { DEFAULT_MIN_TTL_MS } from './tokens/lifecycle.js';
import { type PrintFormat, printToken } from './tokens/print.js';

declare const AUTHCTL_VERSION: string;

export function answer(argv: string[], env: NodeJS.ProcessEnv): boolean {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    writeSync(1, `${AUTHCTL_VERSION}\n`);
    return true;
  }
  if (argv[0] !== 'token') return false;
  try {
    return answerToken(argv.slice(1), env);
  } catch {
    // Any doubt at all: the whole program does it properly.
    return false;
  }
}

interface TokenArgs extends PrintFormat {
  profile?: string;
  org?: string;
  minTtlMs: number;
}

/** `token`'s flags in the forms commander takes them; undefined for anything else. */
function parseTokenArgs(args: string[]): TokenArgs | undefined {
  const parsed: TokenArgs = { minTtlMs: DEFAULT_MIN_TTL_MS };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.startsWith('--') && args[i]!.includes('=') ? args[i]!.split(/=(.*)/s, 2) : [args[i]!, undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--header' && inline === undefined) parsed.header = true;
    else if (flag === '--json' && inline === undefined) parsed.json = true;
    else if (flag === '--profile' || flag === '-p') parsed.profile = value();
    else if (flag === '--org') parsed.org = value();
    else if (flag === '--min-ttl') {
      const seconds = value();
      if (seconds === undefined || !/^\d+$/.test(seconds)) return undefined;
      parsed.minTtlMs = Number(seconds) * 1000;
    } else return undefined;
  }
  if ((parsed.header && parsed.json) || [parsed.profile, parsed.org].some((v) => v !== undefined && (v === '' || v.startsWith('-')))) return undefined;
  return parsed;
}

function answerToken(args: string[], env: NodeJS.ProcessEnv): boolean {
  const opts = parseTokenArgs(args);
  // CI mode's credential and cache are the whole program's business.
  if (!opts || env.AUTHCTL_AUTH_URL !== undefined || env.AUTHCTL_REFRESH_TOKEN !== undefined) return false;
  const dir = configDir(env);
  const config: unknown = JSON.parse(readPrivate(dir, configFile(dir)) ?? 'null');
  if (!isConfig(config)) return false;
  const { name, profile } = selectProfile(config as Config, opts, env);
  if (profile.loginRequired) return false;
  const token = cachedToken(env, dir, name, profile);
  if (!token || token.expiresAt <= Date.now() + opts.minTtlMs) return false;
  printToken(
    { env, stderr: { write: (text: string) => writeSync(2, text) } },
    (text) => writeSync(1, text),
    opts,
    { profile: name, provider: profile.provider, apiDomain: profile.apiDomain, scopes: profile.scopes },
    token,
  );
  return true;
}

/** The access token authctl cached for the profile: from secrets.json, or the keychain profile's copy. */
function cachedToken(env: NodeJS.ProcessEnv, dir: string, name: string, profile: Profile) {
  if (profile.store === 'file') {
    const value = (JSON.parse(readPrivate(dir, secretsFile(dir)) ?? 'null') as { secrets?: Record<string, unknown> } | null)?.secrets?.[profile.key];
    if (typeof value !== 'string') return undefined;
    const c = decodeCredential(name, value);
    return c.accessToken !== undefined && c.accessTokenExpiresAt !== undefined ? { accessToken: c.accessToken, expiresAt: c.accessTokenExpiresAt } : undefined;
  }
  if (!tokenCopyEnabled(env)) return undefined;
  const text = readPrivate(dir, tokenCopyFile(dir, name));
  return text === undefined ? undefined : trustedCopy(text, profile);
}

/**
 * A file authctl keeps private: its text, or undefined when it or its folder is
 * missing or readable by others (the whole program then tightens it and warns).
 */
function readPrivate(dir: string, file: string): string | undefined {
  try {
    if ((statSync(dir).mode & 0o077) !== 0 || (statSync(file).mode & 0o077) !== 0) return undefined;
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
