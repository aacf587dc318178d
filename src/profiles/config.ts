import { readFile } from 'node:fs/promises';
import { AuthctlError } from '../errors.js';
import type { Context } from '../io/context.js';
import { brokenFile, locateJsonPath, parseJsonFile } from './json.js';
import { ensurePrivateDir, tighten, withFileLock, writeFileAtomic } from './files.js';
import { type Config, emptyConfig } from './model.js';
import { configDir, configFile } from './paths.js';
import { validateConfig, type Violation } from './validate.js';

/**
 * config.json: profile and client metadata, never a secret. Reads are lock-free
 * (writes are atomic renames); every change is read-modify-write under a lock so
 * two authctl processes never lose each other's update.
 */
export class ConfigStore {
  readonly dir: string;
  readonly file: string;
  private checkedPermissions = false;

  constructor(private readonly ctx: Context) {
    this.dir = configDir(ctx.env);
    this.file = configFile(this.dir);
  }

  async load(): Promise<Config> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return emptyConfig();
      throw new AuthctlError(`cannot read ${this.file}: ${(err as Error).message}`, { cause: err });
    }
    await this.checkPermissions();
    return parseConfig(this.file, text);
  }

  /** Applies `change` to the current config under the lock and writes the result atomically. */
  async update<T>(change: (config: Config) => T | Promise<T>): Promise<T> {
    const warning = await ensurePrivateDir(this.dir);
    if (warning) this.ctx.warn(warning);
    return withFileLock(this.dir, 'config', async () => {
      const config = await this.load();
      const result = await change(config);
      const violations = validateConfig(config);
      if (violations.length > 0) {
        // A bug, not a user error: refuse to write a file we could not read back.
        throw new AuthctlError(`refusing to write an invalid ${this.file}: ${describe(violations[0]!)}`);
      }
      await writeFileAtomic(this.file, `${JSON.stringify(config, null, 2)}\n`);
      return result;
    });
  }

  private async checkPermissions(): Promise<void> {
    if (this.checkedPermissions) return;
    this.checkedPermissions = true;
    for (const warning of [await tighten(this.dir, 0o700), await tighten(this.file, 0o600)]) {
      if (warning) this.ctx.warn(warning);
    }
  }
}

const describe = (v: Violation) => `${v.path.length ? v.path.join('.') : 'the top level'} ${v.problem}`;

/** Parses and validates config text; a broken file is reported by file and line, never replaced. */
export async function parseConfig(file: string, text: string): Promise<Config> {
  const value = await parseJsonFile(file, text);
  const violations = validateConfig(value);
  if (violations.length > 0) {
    const first = violations[0]!;
    const where = await locateJsonPath(text, first.path);
    const more = violations.length > 1 ? ` (and ${violations.length - 1} more)` : '';
    throw brokenFile(file, `is not a valid authctl config${where ? ` at ${where}` : ''}: ${describe(first)}${more}`);
  }
  return upgrade(value as Config);
}

/**
 * Brings a config written by an earlier authctl to the current model: a client's
 * single `redirectUri` becomes `redirectUris`, and `multiDc` goes (every client now
 * accepts a login completed at any data centre of the table).
 */
function upgrade(config: Config): Config {
  for (const client of Object.values(config.clients)) {
    const legacy = client as typeof client & { redirectUri?: string; multiDc?: boolean };
    if (legacy.redirectUri !== undefined) {
      client.redirectUris ??= [legacy.redirectUri];
      delete legacy.redirectUri;
    }
    delete legacy.multiDc;
  }
  return config;
}
