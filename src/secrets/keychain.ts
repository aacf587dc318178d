import { existsSync } from 'node:fs';
import type { AsyncEntry as AsyncEntryType } from '@napi-rs/keyring';
import { secondsSetting } from '../io/seconds.js';
import { checkSecretSize, type SecretStore, StoreUnavailableError } from './store.js';

const SERVICE = 'authctl';
const DEFAULT_TIMEOUT_MS = 5_000;

/**
 * The OS keychain through @napi-rs/keyring. We use its AsyncEntry rather than the
 * keytar-style functions because only AsyncEntry can pin Linux to the Secret
 * Service (never a silent fallback to the kernel keyring, which forgets secrets
 * on reboot) and take an AbortSignal, which gives every call a timeout.
 */
export class KeychainStore implements SecretStore {
  readonly kind = 'keychain' as const;
  readonly location = process.platform === 'linux' ? 'the OS keychain (Secret Service)' : 'the OS keychain';
  private readonly timeoutMs: number;

  constructor(private readonly env: NodeJS.ProcessEnv) {
    this.timeoutMs = secondsSetting('AUTHCTL_KEYCHAIN_TIMEOUT', env.AUTHCTL_KEYCHAIN_TIMEOUT, DEFAULT_TIMEOUT_MS / 1000) * 1000;
  }

  async get(account: string): Promise<string | undefined> {
    return (await this.call(account, (entry, signal) => entry.getPassword(signal))) ?? undefined;
  }

  async set(account: string, value: string): Promise<void> {
    checkSecretSize(account, value);
    await this.call(account, (entry, signal) => entry.setPassword(value, signal));
  }

  async delete(account: string): Promise<boolean> {
    return this.call(account, (entry, signal) => entry.deleteCredential(signal));
  }

  /** Write, read back and delete a canary: tells "unavailable" from "not found". */
  async probe(): Promise<void> {
    const account = `probe:${process.pid}:${Date.now()}`;
    await this.set(account, 'canary');
    const read = await this.get(account);
    await this.delete(account);
    if (read !== 'canary') throw new StoreUnavailableError('a test entry could not be read back', 'check the Secret Service (e.g. restart gnome-keyring)');
  }

  private async call<T>(account: string, op: (entry: AsyncEntryType, signal: AbortSignal) => Promise<T>): Promise<T> {
    if (process.platform === 'linux' && !hasSessionBus(this.env)) {
      throw new StoreUnavailableError(
        'no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)',
        'run authctl inside a desktop session, or under `dbus-run-session` with a Secret Service such as gnome-keyring',
      );
    }
    const { AsyncEntry } = await import('@napi-rs/keyring');
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    // The native call may ignore the signal while blocked in D-Bus; the race makes sure we don't wait on it.
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(notAnswering(`within ${this.timeoutMs / 1000} s`));
      }, this.timeoutMs);
      timer.unref();
    });
    try {
      // Pinning to the Secret Service makes the constructor ask D-Bus whether it is there: it can fail too.
      const entry = new AsyncEntry(SERVICE, account, { linux: { store: 'secret-service' } });
      return await Promise.race([op(entry, controller.signal), timeout]);
    } catch (err) {
      throw classify(err);
    } finally {
      clearTimeout(timer);
    }
  }
}

function hasSessionBus(env: NodeJS.ProcessEnv): boolean {
  if (env.DBUS_SESSION_BUS_ADDRESS) return true;
  // libdbus also finds the bus at its default per-user path.
  const runtime = env.XDG_RUNTIME_DIR || `/run/user/${process.getuid?.()}`;
  return existsSync(`${runtime}/bus`);
}

const notAnswering = (within: string, cause?: unknown) =>
  new StoreUnavailableError(
    `it did not answer ${within} (locked and waiting for an unlock prompt, or hung)`,
    'unlock your login keyring or restart the Secret Service and try again (AUTHCTL_KEYCHAIN_TIMEOUT sets the wait)',
    cause,
  );

/** Turns the keyring's platform errors into a reason a user can act on. */
function classify(err: unknown): Error {
  if (err instanceof StoreUnavailableError) return err;
  const message = err instanceof Error ? err.message : String(err);
  // libdbus's own reply timeout: the Secret Service is on the bus but does not answer.
  if (/did not receive a reply/i.test(message)) return notAnswering('in time over D-Bus', err);
  if (/prompt was dismissed|locked/i.test(message)) {
    return new StoreUnavailableError(
      'the keyring is locked',
      'unlock your login keyring (e.g. log in to the desktop session)',
      err,
    );
  }
  if (/no result found|ServiceUnknown|org\.freedesktop\.secrets|not provided by any/i.test(message)) {
    return new StoreUnavailableError(
      'no Secret Service is running on the session bus',
      'start one (e.g. gnome-keyring-daemon --start --components=secrets, or KeePassXC with Secret Service enabled)',
      err,
    );
  }
  if (/D-?Bus/i.test(message)) {
    return new StoreUnavailableError(`the D-Bus session bus failed (${message})`, 'check the D-Bus session (DBUS_SESSION_BUS_ADDRESS)', err);
  }
  return new StoreUnavailableError(message, 'check the OS keychain', err);
}
