import { stat } from 'node:fs/promises';
import { ExitCode } from '../errors.js';
import type { Context } from '../io/context.js';
import { ConfigStore } from '../profiles/config.js';
import { SecretStores } from '../secrets/resolve.js';

export interface DoctorOptions {
  json?: boolean;
}

interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

/** A report of what authctl depends on, on stdout; exits 1 when something is unusable. */
export async function run(ctx: Context, opts: DoctorOptions): Promise<number> {
  const checks: Check[] = [];
  const major = Number(process.versions.node.split('.')[0]);
  checks.push({ name: 'node', ok: major >= 20, detail: `${process.version}${major >= 20 ? '' : ' (authctl needs 20 or later)'}` });

  const configStore = new ConfigStore(ctx);
  checks.push(await modeCheck('config folder', configStore.dir, 0o700));
  checks.push(await modeCheck('config file', configStore.file, 0o600));
  let profiles = 0;
  try {
    profiles = Object.keys((await configStore.load()).profiles).length;
    checks.push({ name: 'profiles', ok: true, detail: String(profiles) });
  } catch (err) {
    checks.push({ name: 'profiles', ok: false, detail: (err as Error).message });
  }
  for (const store of await new SecretStores(ctx).check()) {
    checks.push({
      name: `${store.kind} store`,
      ok: store.ok,
      detail: store.ok ? `available: ${store.location}` : `unavailable: ${store.reason}`,
    });
  }

  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify(checks, null, 2)}\n`);
  } else {
    const c = ctx.stdoutColor;
    const width = Math.max(...checks.map((k) => k.name.length));
    for (const k of checks) {
      ctx.stdout.write(`${k.ok ? c.green('ok  ') : c.red('FAIL')}  ${k.name.padEnd(width)}  ${k.detail}\n`);
    }
  }
  // The keychain may be missing while the file store works: that is a warning, not a failure.
  const usable = checks.filter((k) => !k.name.endsWith(' store') || k.name === 'file store');
  return usable.every((k) => k.ok) ? ExitCode.ok : ExitCode.failure;
}

async function modeCheck(name: string, path: string, expected: number): Promise<Check> {
  try {
    const mode = (await stat(path)).mode & 0o777;
    const ok = (mode & 0o077) === 0;
    return {
      name,
      ok,
      detail: `${path} (mode ${mode.toString(8)}${ok ? '' : `: others can read it; authctl tightens it to ${expected.toString(8)} on next use`})`,
    };
  } catch {
    return { name, ok: true, detail: `${path} (not created yet)` };
  }
}
