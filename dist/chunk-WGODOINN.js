import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  StoreUnavailableError,
  checkSecretSize
} from "./chunk-4IG7I7WR.js";
import {
  brokenFile,
  parseJsonFile
} from "./chunk-WE677QNK.js";
import {
  configDir,
  secretsFile
} from "./chunk-HVF3DJK5.js";
import {
  ensurePrivateDir,
  tighten,
  withFileLock,
  writeFileAtomic
} from "./chunk-4WXXECZW.js";
import {
  STORE_KINDS
} from "./chunk-YCNKKPBX.js";
import {
  secondsSetting
} from "./chunk-OHRQBEPP.js";
import {
  AuthctlError,
  usageError
} from "./chunk-IJBOYKY4.js";

// src/secrets/file.ts
import { readFile } from "node:fs/promises";
var FileStore = class {
  constructor(dir, warn) {
    this.dir = dir;
    this.warn = warn;
    this.location = secretsFile(dir);
  }
  dir;
  warn;
  kind = "file";
  location;
  async get(account) {
    return (await this.read()).secrets[account];
  }
  async set(account, value) {
    checkSecretSize(account, value);
    await this.change((secrets) => {
      secrets[account] = value;
    });
  }
  async delete(account) {
    return this.change((secrets) => {
      const had = account in secrets;
      delete secrets[account];
      return had;
    });
  }
  async change(fn) {
    const warning = await ensurePrivateDir(this.dir);
    if (warning) this.warn(warning);
    return withFileLock(this.dir, "secrets", async () => {
      const content = await this.read();
      const result = fn(content.secrets);
      await writeFileAtomic(this.location, `${JSON.stringify(content, null, 2)}
`);
      return result;
    });
  }
  async read() {
    let text;
    try {
      text = await readFile(this.location, "utf8");
    } catch (err) {
      if (err.code === "ENOENT") return { version: 1, secrets: {} };
      throw err;
    }
    const warning = await tighten(this.location, 384);
    if (warning) this.warn(warning);
    const value = await parseJsonFile(this.location, text);
    const secrets = value?.secrets;
    if (value?.version !== 1 || typeof secrets !== "object" || secrets === null || Object.values(secrets).some((s) => typeof s !== "string")) {
      throw brokenFile(this.location, 'is not an authctl secrets file ({"version":1,"secrets":{\u2026}})');
    }
    return { version: 1, secrets };
  }
};

// src/secrets/keychain.ts
import { existsSync } from "node:fs";
var SERVICE = "authctl";
var DEFAULT_TIMEOUT_MS = 5e3;
var KeychainStore = class {
  constructor(env) {
    this.env = env;
    this.timeoutMs = secondsSetting("AUTHCTL_KEYCHAIN_TIMEOUT", env.AUTHCTL_KEYCHAIN_TIMEOUT, DEFAULT_TIMEOUT_MS / 1e3) * 1e3;
  }
  env;
  kind = "keychain";
  location = process.platform === "linux" ? "the OS keychain (Secret Service)" : "the OS keychain";
  timeoutMs;
  async get(account) {
    return await this.call(account, (entry, signal) => entry.getPassword(signal)) ?? void 0;
  }
  async set(account, value) {
    checkSecretSize(account, value);
    await this.call(account, (entry, signal) => entry.setPassword(value, signal));
  }
  async delete(account) {
    return this.call(account, (entry, signal) => entry.deleteCredential(signal));
  }
  /** Write, read back and delete a canary: tells "unavailable" from "not found". */
  async probe() {
    const account = `probe:${process.pid}:${Date.now()}`;
    await this.set(account, "canary");
    const read = await this.get(account);
    await this.delete(account);
    if (read !== "canary") throw new StoreUnavailableError("a test entry could not be read back", "check the Secret Service (e.g. restart gnome-keyring)");
  }
  async call(account, op) {
    if (process.platform === "linux" && !hasSessionBus(this.env)) {
      throw new StoreUnavailableError(
        "no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)",
        "run authctl inside a desktop session, or under `dbus-run-session` with a Secret Service such as gnome-keyring"
      );
    }
    const { AsyncEntry } = await import("@napi-rs/keyring");
    const controller = new AbortController();
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(notAnswering(`within ${this.timeoutMs / 1e3} s`));
      }, this.timeoutMs);
      timer.unref();
    });
    try {
      const entry = new AsyncEntry(SERVICE, account, { linux: { store: "secret-service" } });
      return await Promise.race([op(entry, controller.signal), timeout]);
    } catch (err) {
      throw classify(err);
    } finally {
      clearTimeout(timer);
    }
  }
};
function hasSessionBus(env) {
  if (env.DBUS_SESSION_BUS_ADDRESS) return true;
  const runtime = env.XDG_RUNTIME_DIR || `/run/user/${process.getuid?.()}`;
  return existsSync(`${runtime}/bus`);
}
var notAnswering = (within, cause) => new StoreUnavailableError(
  `it did not answer ${within} (locked and waiting for an unlock prompt, or hung)`,
  "unlock your login keyring or restart the Secret Service and try again (AUTHCTL_KEYCHAIN_TIMEOUT sets the wait)",
  cause
);
function classify(err) {
  if (err instanceof StoreUnavailableError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (/did not receive a reply/i.test(message)) return notAnswering("in time over D-Bus", err);
  if (/prompt was dismissed|locked/i.test(message)) {
    return new StoreUnavailableError(
      "the keyring is locked",
      "unlock your login keyring (e.g. log in to the desktop session)",
      err
    );
  }
  if (/no result found|ServiceUnknown|org\.freedesktop\.secrets|not provided by any/i.test(message)) {
    return new StoreUnavailableError(
      "no Secret Service is running on the session bus",
      "start one (e.g. gnome-keyring-daemon --start --components=secrets, or KeePassXC with Secret Service enabled)",
      err
    );
  }
  if (/D-?Bus/i.test(message)) {
    return new StoreUnavailableError(`the D-Bus session bus failed (${message})`, "check the D-Bus session (DBUS_SESSION_BUS_ADDRESS)", err);
  }
  return new StoreUnavailableError(message, "check the OS keychain", err);
}

// src/secrets/resolve.ts
var SecretStores = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  keychain;
  file;
  get(kind) {
    if (kind === "keychain") return this.keychain ??= new KeychainStore(this.ctx.env);
    return this.file ??= new FileStore(configDir(this.ctx.env), (line) => this.ctx.warn(line));
  }
  /** The store for a credential about to be saved. */
  async forNewSecret(requested) {
    const explicit = requested ?? (this.ctx.env.AUTHCTL_STORE || void 0);
    if (explicit !== void 0) {
      if (!STORE_KINDS.includes(explicit)) {
        throw usageError(`unknown store "${explicit}"`, `use one of: ${STORE_KINDS.join(", ")}`);
      }
      const store = this.get(explicit);
      if (store instanceof KeychainStore) await store.probe().catch(orFileStore);
      return store;
    }
    const keychain = this.get("keychain");
    try {
      await keychain.probe();
      return keychain;
    } catch (err) {
      if (!(err instanceof StoreUnavailableError)) throw err;
      const file = this.get("file");
      this.ctx.warn(`${err.message}; storing secrets in ${file.location} (mode 0600) instead`);
      return file;
    }
  }
  /** Availability of each store with the reason, for `authctl doctor`. */
  async check() {
    const results = [];
    for (const kind of STORE_KINDS) {
      const store = this.get(kind);
      try {
        if (store instanceof KeychainStore) await store.probe();
        else await store.get("probe");
        results.push({ kind, location: store.location, ok: true });
      } catch (err) {
        const reason = err instanceof StoreUnavailableError ? err.reason : err instanceof AuthctlError ? err.message : String(err);
        results.push({ kind, location: store.location, ok: false, reason });
      }
    }
    return results;
  }
};
var orFileStore = (err) => {
  throw err instanceof StoreUnavailableError ? err.orElse("store it in a file instead: --store file (or AUTHCTL_STORE=file)") : err;
};

export {
  SecretStores
};
