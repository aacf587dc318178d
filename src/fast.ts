/**
 * The fast path: a small CommonJS bundle (dist/fast.cjs) the launcher tries first.
 * It answers `--version`, and `authctl token` when the profile's cached access token
 * is still fresh, with synchronous reads and without commander, colours, the HTTP
 * client, the lock or the keychain: the call a script makes before every API
 * request, in CI mode too. Anything else — another command, a flag it does not know, a token to
 * refresh, a file that is not as authctl left it — is handed on: a `token`
 * call with flags it knows to the token command (src/token.ts, without commander),
 * anything else to the whole program, which handle it and report any problem.
 */
import { readFileSync, statSync, writeSync } from 'node:fs';
import { configDir, configFile, secretsFile } from './profiles/paths.js';
import { apiBaseOf, type Config, isApiKeyProfile, type Profile } from './profiles/model.js';
import { apiAuthorizationOf, oauthHeaders } from './providers/authorization.js';
import { selectProfile } from './profiles/select.js';
import { isConfig } from './profiles/validate.js';
import { decodeCredential } from './secrets/credential.js';
import { tokenCopyEnabled, tokenCopyFile, trustedCopy } from './secrets/token-copy.js';
import { DEFAULT_MIN_TTL_MS } from './tokens/lifecycle.js';
import type { TokenOptions } from './commands/token.js';
import { printToken } from './tokens/print.js';
import { ciTokenCache, parseCiCache } from './tokens/ci-cache.js';
import { maskInJobLog } from './io/mask.js';

declare const AUTHCTL_VERSION: string;

/**
 * What the launcher does next: nothing ("answered"), run the token command with these
 * flags without commander ({ token }), or load the whole program (undefined).
 */
export type FastAnswer = 'answered' | { token: TokenOptions } | undefined;

export function answer(argv: string[], env: NodeJS.ProcessEnv): FastAnswer {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    writeSync(1, `${AUTHCTL_VERSION}\n`);
    return 'answered';
  }
  if (argv[0] !== 'token') return undefined;
  const opts = parseTokenArgs(argv.slice(1));
  if (!opts) return undefined;
  try {
    if (answerToken(opts, env)) return 'answered';
  } catch {
    // Any doubt at all: the token command does it properly, and reports any problem.
  }
  return { token: opts };
}

/** `token`'s flags in the forms commander takes them; undefined for anything else (commander then explains). */
function parseTokenArgs(args: string[]): TokenOptions | undefined {
  const parsed: TokenOptions = {};
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.startsWith('--') && args[i]!.includes('=') ? args[i]!.split(/=(.*)/s, 2) : [args[i]!, undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--header' && inline === undefined) parsed.header = true;
    else if (flag === '--json' && inline === undefined) parsed.json = true;
    else if (flag === '--force-refresh' && inline === undefined) parsed.forceRefresh = true;
    else if (flag === '--profile' || flag === '-p' || flag === '--org' || flag === '--min-ttl') {
      const v = value();
      // A missing value, or one that looks like a flag: commander's message is the right one.
      if (v === undefined || v === '' || v.startsWith('-')) return undefined;
      if (flag === '--org') parsed.org = v;
      else if (flag === '--min-ttl') parsed.minTtl = v;
      else parsed.profile = v;
    } else return undefined;
  }
  if (parsed.minTtl !== undefined && !/^\d+$/.test(parsed.minTtl)) return undefined;
  return parsed;
}

function answerToken(opts: TokenOptions, env: NodeJS.ProcessEnv): boolean {
  // A forced refresh is the token command's business.
  if (opts.forceRefresh || (opts.header && opts.json)) return false;
  const minTtlMs = opts.minTtl === undefined ? DEFAULT_MIN_TTL_MS : Number(opts.minTtl) * 1000;
  if (env.AUTHCTL_AUTH_URL !== undefined || env.AUTHCTL_REFRESH_TOKEN !== undefined) return answerCiToken(opts, env, minTtlMs);
  const dir = configDir(env);
  const config: unknown = JSON.parse(readPrivate(dir, configFile(dir)) ?? 'null');
  if (!isConfig(config)) return false;
  const { name, profile } = selectProfile(config as Config, opts, env);
  // An API key's headers and fields come from its provider's definition, which this bundle does not load.
  // A team client's profile is checked against the team file, which this bundle does not read.
  if (profile.loginRequired || profile.team || (isApiKeyProfile(profile) && (opts.header || opts.json))) return false;
  const auth = apiAuthorizationOf(profile.provider, (config as Config).providers);
  const token = cachedToken(env, dir, name, profile);
  if (!token || token.expiresAt <= Date.now() + minTtlMs) return false;
  printToken(
    { env, stderr: { write: (text: string) => writeSync(2, text) } },
    (text) => writeSync(1, text),
    opts,
    {
      profile: name,
      provider: profile.provider,
      apiBase: apiBaseOf(profile),
      tokenType: auth.scheme,
      headers: oauthHeaders(auth),
      scopes: profile.scopes,
    },
    token,
  );
  return true;
}

/**
 * CI mode: the token an earlier step of this job cached, found by the hash of
 * the CI variables (tokens/ci-cache.ts) without decoding them: the token
 * command wrote that file only after it had checked those very values.
 * Only the bare token: --header and --json need the decoded credential, and a
 * named profile a warning that it is ignored.
 */
function answerCiToken(opts: TokenOptions, env: NodeJS.ProcessEnv, minTtlMs: number): boolean {
  if (opts.header || opts.json || opts.profile !== undefined || opts.org !== undefined) return false;
  if (env.AUTHCTL_AUTH_URL !== undefined && env.AUTHCTL_REFRESH_TOKEN !== undefined) return false;
  // Required here, not at the top: the profiles' fast path does without node:crypto.
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  const cache = ciTokenCache(env, (text) => createHash('sha256').update(text).digest('hex'));
  const text = readPrivate(cache.dir, cache.file);
  const content = text === undefined ? undefined : parseCiCache(text);
  if (!content || !('at' in content) || content.exp <= Date.now() + minTtlMs) return false;
  // What printToken prints without flags, masked in a GitHub Actions log first.
  maskInJobLog({ env, stderr: { write: (t: string) => writeSync(2, t) } }, content.at);
  writeSync(1, `${content.at}\n`);
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
