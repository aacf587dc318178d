import { readFile } from 'node:fs/promises';
import { ensurePrivateDir, tighten, withFileLock, writeFileAtomic } from '../profiles/files.js';
import { brokenFile, parseJsonFile } from '../profiles/json.js';
import { secretsFile } from '../profiles/paths.js';
import { checkSecretSize, type SecretStore } from './store.js';

interface SecretsFileContent {
  version: 1;
  secrets: Record<string, string>;
}

/**
 * Secrets in one 0600 file in the 0700 config folder, for machines without a
 * keychain. Plain text on disk: as safe as the account that owns it.
 */
export class FileStore implements SecretStore {
  readonly kind = 'file' as const;
  readonly location: string;

  constructor(
    private readonly dir: string,
    private readonly warn: (line: string) => void,
  ) {
    this.location = secretsFile(dir);
  }

  async get(account: string): Promise<string | undefined> {
    return (await this.read()).secrets[account];
  }

  async set(account: string, value: string): Promise<void> {
    checkSecretSize(account, value);
    await this.change((secrets) => {
      secrets[account] = value;
    });
  }

  async delete(account: string): Promise<boolean> {
    return this.change((secrets) => {
      const had = account in secrets;
      delete secrets[account];
      return had;
    });
  }

  private async change<T>(fn: (secrets: Record<string, string>) => T): Promise<T> {
    const warning = await ensurePrivateDir(this.dir);
    if (warning) this.warn(warning);
    return withFileLock(this.dir, 'secrets', async () => {
      const content = await this.read();
      const result = fn(content.secrets);
      await writeFileAtomic(this.location, `${JSON.stringify(content, null, 2)}\n`);
      return result;
    });
  }

  private async read(): Promise<SecretsFileContent> {
    let text: string;
    try {
      text = await readFile(this.location, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, secrets: {} };
      throw err;
    }
    const warning = await tighten(this.location, 0o600);
    if (warning) this.warn(warning);
    const value = (await parseJsonFile(this.location, text)) as Partial<SecretsFileContent> | null;
    const secrets = value?.secrets;
    if (
      value?.version !== 1 ||
      typeof secrets !== 'object' ||
      secrets === null ||
      Object.values(secrets).some((s) => typeof s !== 'string')
    ) {
      throw brokenFile(this.location, 'is not an authctl secrets file ({"version":1,"secrets":{…}})');
    }
    return { version: 1, secrets };
  }
}
