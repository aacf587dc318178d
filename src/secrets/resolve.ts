import { AuthctlError, usageError } from '../errors.js';
import type { Context } from '../io/context.js';
import { type StoreKind, STORE_KINDS } from '../profiles/model.js';
import { configDir } from '../profiles/paths.js';
import { FileStore } from './file.js';
import { KeychainStore } from './keychain.js';
import { type SecretStore, StoreUnavailableError } from './store.js';

/**
 * Picks secret stores. A profile's secrets are read from the store it was saved
 * in; a new credential goes where the user asked (--store, AUTHCTL_STORE), else
 * to the keychain, else — with one warning naming the file — to the file store.
 */
export class SecretStores {
  private keychain?: KeychainStore;
  private file?: FileStore;

  constructor(private readonly ctx: Context) {}

  get(kind: StoreKind): SecretStore {
    if (kind === 'keychain') return (this.keychain ??= new KeychainStore(this.ctx.env));
    return (this.file ??= new FileStore(configDir(this.ctx.env), (line) => this.ctx.warn(line)));
  }

  /** The store for a credential about to be saved. */
  async forNewSecret(requested?: string): Promise<SecretStore> {
    const explicit = requested ?? (this.ctx.env.AUTHCTL_STORE || undefined);
    if (explicit !== undefined) {
      if (!(STORE_KINDS as readonly string[]).includes(explicit)) {
        throw usageError(`unknown store "${explicit}"`, `use one of: ${STORE_KINDS.join(', ')}`);
      }
      const store = this.get(explicit as StoreKind);
      if (store instanceof KeychainStore) await store.probe().catch(orFileStore);
      return store;
    }
    const keychain = this.get('keychain') as KeychainStore;
    try {
      await keychain.probe();
      return keychain;
    } catch (err) {
      if (!(err instanceof StoreUnavailableError)) throw err;
      const file = this.get('file');
      this.ctx.warn(`${err.message}; storing secrets in ${file.location} (mode 0600) instead`);
      return file;
    }
  }

  /** Availability of each store with the reason, for `authctl doctor`. */
  async check(): Promise<Array<{ kind: StoreKind; location: string; ok: boolean; reason?: string }>> {
    const results = [];
    for (const kind of STORE_KINDS) {
      const store = this.get(kind);
      try {
        if (store instanceof KeychainStore) await store.probe();
        else await store.get('probe');
        results.push({ kind, location: store.location, ok: true });
      } catch (err) {
        // The bare reason: doctor prints "unavailable: <reason>", so not the message, which says "unavailable" too.
        const reason = err instanceof StoreUnavailableError ? err.reason : err instanceof AuthctlError ? err.message : String(err);
        results.push({ kind, location: store.location, ok: false, reason });
      }
    }
    return results;
  }
}

/** For a new secret the file store always works instead. */
const orFileStore = (err: unknown): never => {
  throw err instanceof StoreUnavailableError ? err.orElse('store it in a file instead: --store file (or AUTHCTL_STORE=file)') : err;
};
