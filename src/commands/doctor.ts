import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AuthctlError, ExitCode } from '../errors.js';
import type { Context } from '../io/context.js';
import { ConfigStore } from '../profiles/config.js';
import { assertWritable } from '../profiles/files.js';
import type { Config } from '../profiles/model.js';
import { readTeamFile, teamFilePath } from '../profiles/team.js';
import { SecretStores } from '../secrets/resolve.js';
import { ciCredentialIsSet, openCredential } from '../tokens/open.js';

export interface DoctorOptions {
  json?: boolean;
}

interface Check {
  check: string;
  /** `warn`: not working, but nothing needs it now. */
  status: 'ok' | 'warn' | 'fail';
  detail: string;
}

const okIf = (ok: boolean): Check['status'] => (ok ? 'ok' : 'fail');

/** A report of what authctl depends on, on stdout; exits 1 when something a profile or CI mode needs is unusable. */
export async function run(ctx: Context, opts: DoctorOptions): Promise<number> {
  const checks: Check[] = [];
  const major = Number(process.versions.node.split('.')[0]);
  checks.push({ check: 'node', status: okIf(major >= 20), detail: `${process.version}${major >= 20 ? '' : ' (authctl needs 20 or later)'}` });
  if (ciCredentialIsSet(ctx.env)) checks.push(await ciModeCheck(ctx));
  if (ctx.env.AUTHCTL_CACHE_URL) checks.push(await sharedCacheCheck(ctx));

  const configStore = new ConfigStore(ctx);
  checks.push(await folderCheck(configStore.dir));
  checks.push(await modeCheck('config file', configStore.file, 0o600));
  let config: Config | undefined;
  try {
    config = await configStore.load();
    checks.push({ check: 'profiles', status: 'ok', detail: String(Object.keys(config.profiles).length) });
  } catch (err) {
    checks.push({ check: 'profiles', status: 'fail', detail: (err as Error).message });
  }
  checks.push(...teamFileChecks(ctx.env));
  for (const store of await new SecretStores(ctx).check()) {
    // An unavailable keychain fails the report only when something kept in it is needed.
    const users = config ? storeUsers(config, store.kind) : [];
    const needed = store.kind === 'file' || users.length > 0;
    checks.push({
      check: `${store.kind} store`,
      status: store.ok ? 'ok' : needed ? 'fail' : 'warn',
      detail: store.ok
        ? `available: ${store.location}`
        : `unavailable: ${store.reason}${users.length > 0 ? `; needed by ${users.join(', ')}` : ' (nothing is kept there; new secrets go to the file store)'}`,
    });
  }

  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify(checks, null, 2)}\n`);
  } else {
    const c = ctx.stdoutColor;
    const width = Math.max(...checks.map((k) => k.check.length));
    const label = { ok: c.green('ok  '), warn: c.yellow('warn'), fail: c.red('FAIL') };
    for (const k of checks) ctx.stdout.write(`${label[k.status]}  ${k.check.padEnd(width)}  ${k.detail}\n`);
  }
  return checks.some((k) => k.status === 'fail') ? ExitCode.failure : ExitCode.ok;
}

/** The profiles and clients whose secrets are in a store. */
function storeUsers(config: Config, kind: string): string[] {
  return [
    ...Object.entries(config.profiles)
      .filter(([, p]) => p.store === kind)
      .map(([n]) => `profile ${n}`),
    ...Object.entries(config.clients)
      .filter(([, c]) => c.store === kind)
      .map(([n]) => `client ${n}`),
  ];
}

/** CI mode: which credential token/exec/api use, checked offline (its value parses, its accounts server is known). */
async function ciModeCheck(ctx: Context): Promise<Check> {
  const variable = ctx.env.AUTHCTL_AUTH_URL !== undefined ? 'AUTHCTL_AUTH_URL' : 'AUTHCTL_REFRESH_TOKEN and the split variables';
  try {
    const target = await openCredential(ctx, {});
    return {
      check: 'CI mode',
      status: 'ok',
      detail: `${variable} set: token, exec and api use it instead of any profile (API domain ${target.apiBase})`,
    };
  } catch (err) {
    return { check: 'CI mode', status: 'fail', detail: `${variable} set but unusable: ${err instanceof AuthctlError ? err.message : String(err)}` };
  }
}

/**
 * AUTHCTL_CACHE_URL: connects (with TLS for rediss://), then writes, reads and
 * deletes a throwaway key. A failure fails the report, though token still works
 * (on the local cache): what was set up to be shared is not.
 */
async function sharedCacheCheck(ctx: Context): Promise<Check> {
  const { sharedCacheAddress } = await import('../tokens/shared-access.js');
  const { probeSharedCache, SharedCacheError } = await import('../secrets/shared-cache.js');
  try {
    const p = await probeSharedCache(sharedCacheAddress(ctx.env)!);
    const tls = p.tls ? `TLS, certificate verified${ctx.env.AUTHCTL_CACHE_CA ? ' against AUTHCTL_CACHE_CA' : ''}` : 'no TLS';
    return {
      check: 'shared cache',
      status: 'ok',
      detail: `${p.where} (${tls}${p.version ? `, Redis ${p.version}` : ''}): write, read and delete in ${p.roundTripMs.toFixed(1)} ms`,
    };
  } catch (err) {
    if (!(err instanceof SharedCacheError)) throw err;
    return { check: 'shared cache', status: 'fail', detail: `${err.message}; token, exec and api fall back to the local cache` };
  }
}

/**
 * The team file of admin-managed clients: whether it is there and valid (a broken
 * one fails every command that reads clients), and, for each client whose secret
 * comes from an environment variable, whether this machine has it. Commands and
 * keychain entries are not run or read: doctor fetches no secret.
 */
function teamFileChecks(env: NodeJS.ProcessEnv): Check[] {
  let read;
  try {
    read = readTeamFile(env);
  } catch (err) {
    if (!(err instanceof AuthctlError)) throw err;
    return [{ check: 'team file', status: 'fail', detail: err.hint ? `${err.message}; ${err.hint}` : err.message }];
  }
  if (!read) return [{ check: 'team file', status: 'ok', detail: `none (${teamFilePath(env)} does not exist; AUTHCTL_TEAM_CONFIG can name another)` }];
  const names = Object.keys(read.team.clients);
  const checks: Check[] = [{ check: 'team file', status: 'ok', detail: `${read.path}: ${names.length === 0 ? 'no clients' : `client${names.length === 1 ? '' : 's'} ${names.join(', ')}`}` }];
  for (const [name, c] of Object.entries(read.team.clients)) {
    if (!c.secret || !('env' in c.secret) || env[c.secret.env]) continue;
    checks.push({ check: 'team file', status: 'warn', detail: `team client "${name}" takes its secret from the environment variable ${c.secret.env}, which is not set here: logins with it fail until it is` });
  }
  return checks;
}

/** The config folder: its mode, and whether it (or, before it exists, the folder it will be made in) can be written. */
async function folderCheck(dir: string): Promise<Check> {
  const mode = await modeCheck('config folder', dir, 0o700);
  let target = dir;
  while (!(await stat(target).then(() => true, () => false)) && dirname(target) !== target) target = dirname(target);
  try {
    await assertWritable(target);
    return mode;
  } catch (err) {
    return { check: 'config folder', status: 'fail', detail: `${target} is not writable: ${err instanceof AuthctlError ? err.message : String(err)}` };
  }
}

async function modeCheck(name: string, path: string, expected: number): Promise<Check> {
  try {
    const mode = (await stat(path)).mode & 0o777;
    const ok = (mode & 0o077) === 0;
    return {
      check: name,
      status: okIf(ok),
      detail: `${path} (mode ${mode.toString(8)}${ok ? '' : `: others can read it; authctl tightens it to ${expected.toString(8)} on next use`})`,
    };
  } catch {
    return { check: name, status: 'ok', detail: `${path} (not created yet)` };
  }
}
