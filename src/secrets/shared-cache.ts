import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Redis as RedisClient } from 'ioredis';

/**
 * The access-token cache many machines share (issue 14): one Redis, so a fleet
 * of CI jobs using one credential makes one token request, not one per job.
 * What Redis holds reveals nothing usable: the key is a keyed hash of the client
 * id and refresh token, the token is encrypted with a key derived from the
 * refresh token (AES-256-GCM), and only its expiry is in clear. Any trouble with
 * Redis is a SharedCacheError, which the caller turns into a warning and the
 * local cache: a job never fails because the shared cache did.
 */
export class SharedCacheError extends Error {
  override name = 'SharedCacheError';
}

export interface SharedEntry {
  accessToken: string;
  /** Epoch ms. */
  expiresAt: number;
}

export interface SharedCache {
  get(): Promise<SharedEntry | undefined>;
  set(entry: SharedEntry): Promise<void>;
  /**
   * Runs `work` holding the credential's lock in Redis (SET NX PX, released by
   * compare-and-delete, expiring on its own if the holder dies). Without the
   * lock, waits for the holder's entry (a message on the credential's channel,
   * or the lock's expiry) and resolves what `settled` then finds.
   */
  withLock<T>(work: () => Promise<T>, settled: () => Promise<T | undefined>): Promise<T>;
  /** The token creations recorded in the last `windowMs`, and when the oldest of them leaves the window. */
  budget(windowMs: number): Promise<{ used: number; freesAt: number }>;
  /** Records one token creation (every machine's count toward the provider's limit). */
  recordCreation(windowMs: number): Promise<void>;
  close(): Promise<void>;
}

const HASH_KEY = 'authctl shared cache v1';
/** Compare-and-delete: only the holder's own value releases the lock. */
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/** The credential's name in Redis: a keyed hash, so the key says nothing of the credential. */
const sharedCacheId = (clientId: string, refreshToken: string) => createHmac('sha256', HASH_KEY).update(`${clientId}\n${refreshToken}`).digest('hex').slice(0, 32);

function encryptionKey(refreshToken: string, id: string): Buffer {
  return Buffer.from(hkdfSync('sha256', refreshToken, id, 'authctl access token', 32));
}

function sealEntry(entry: SharedEntry, refreshToken: string, id: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', encryptionKey(refreshToken, id), iv);
  cipher.setAAD(Buffer.from(`${id}:${entry.expiresAt}`));
  const ct = Buffer.concat([cipher.update(entry.accessToken, 'utf8'), cipher.final()]);
  return JSON.stringify({ v: 1, exp: entry.expiresAt, iv: iv.toString('base64'), ct: ct.toString('base64'), tag: cipher.getAuthTag().toString('base64') });
}

/** The entry, or undefined for anything that is not one sealed for this credential. */
function openEntry(text: string, refreshToken: string, id: string): SharedEntry | undefined {
  try {
    const v = JSON.parse(text) as { v?: unknown; exp?: unknown; iv?: string; ct?: string; tag?: string };
    if (v.v !== 1 || typeof v.exp !== 'number' || !v.iv || !v.ct || !v.tag) return undefined;
    const decipher = createDecipheriv('aes-256-gcm', encryptionKey(refreshToken, id), Buffer.from(v.iv, 'base64'));
    decipher.setAAD(Buffer.from(`${id}:${v.exp}`));
    decipher.setAuthTag(Buffer.from(v.tag, 'base64'));
    const accessToken = Buffer.concat([decipher.update(Buffer.from(v.ct, 'base64')), decipher.final()]).toString('utf8');
    return { accessToken, expiresAt: v.exp };
  } catch {
    return undefined;
  }
}

/** Where the shared cache is: AUTHCTL_CACHE_URL, AUTHCTL_CACHE_PASSWORD and AUTHCTL_CACHE_CA. */
export interface SharedCacheAddress {
  url: string;
  /** Used when the URL carries no password. */
  password?: string;
  /** A PEM file of the CA(s) to trust for rediss:// instead of Node's built-in ones. */
  caFile?: string;
  /** How long connecting, and then each Redis command, may take. */
  commandTimeoutMs: number;
}

export interface SharedCacheOptions extends SharedCacheAddress {
  clientId: string;
  refreshToken: string;
  /** How long the lock lives if its holder dies: longer than a refresh can take. */
  lockMs: number;
}

/**
 * ioredis's options from the address. The URL is read here rather than by
 * ioredis, which also takes host:port, socket paths and options in a query:
 * anything but redis:// or rediss:// is refused, so a typo cannot quietly
 * turn TLS off.
 */
async function connectionOptions(a: SharedCacheAddress) {
  let u: URL;
  try {
    u = new URL(a.url);
  } catch {
    throw new SharedCacheError('AUTHCTL_CACHE_URL is not a URL (write redis://HOST:PORT or rediss://HOST:PORT for TLS)');
  }
  const tls = u.protocol === 'rediss:';
  const why =
    u.protocol !== 'redis:' && !tls
      ? `its scheme is ${u.protocol} (write redis:// or rediss:// for TLS)`
      : !u.hostname
        ? 'it names no host'
        : u.search || u.hash
          ? 'it has a query or fragment, which authctl does not read'
          : !/^\/?\d*$/.test(u.pathname)
            ? 'its path is not a database number'
            : undefined;
  if (why) throw new SharedCacheError(`AUTHCTL_CACHE_URL is not a Redis URL: ${why}`);
  if (a.caFile && !tls) throw new SharedCacheError('AUTHCTL_CACHE_CA is set but AUTHCTL_CACHE_URL is not rediss://, so nothing would be encrypted');
  let ca: Buffer | undefined;
  if (a.caFile) {
    try {
      ca = await readFile(a.caFile);
    } catch (err) {
      throw new SharedCacheError(`AUTHCTL_CACHE_CA could not be read: ${(err as Error).message}`);
    }
  }
  const password = u.password ? decodeURIComponent(u.password) : a.password;
  return {
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: u.port ? Number(u.port) : 6379,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(password ? { password } : {}),
    ...(tls ? { tls: ca ? { ca } : {} } : {}),
    lazyConnect: true,
    connectTimeout: a.commandTimeoutMs,
    commandTimeout: a.commandTimeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  };
}

/** A connected client (ioredis, loaded only here); throws SharedCacheError when it cannot connect. */
async function connect(a: SharedCacheAddress): Promise<RedisClient> {
  const options = await connectionOptions(a);
  // ioredis is CommonJS: bundled, its class may come as the default export.
  const mod = (await import('ioredis')) as unknown as { Redis?: typeof RedisClient; default?: typeof RedisClient & { Redis?: typeof RedisClient } };
  const Redis = mod.Redis ?? mod.default?.Redis ?? mod.default!;
  const redis = new Redis(options);
  // The socket's own error (a refused connection, a certificate) says more than "Connection is closed".
  let cause: Error | undefined;
  redis.on('error', (err: Error) => (cause ??= err));
  try {
    await redis.connect();
  } catch (err) {
    redis.disconnect();
    const reason = (cause ?? (err as Error)).message;
    const hint = /certificate|self[- ]signed|issuer/i.test(reason)
      ? " (is the server's CA in AUTHCTL_CACHE_CA?)"
      : /ECONNRESET|Connection is closed/.test(reason) && !options.tls
        ? ' (if the server speaks only TLS, write rediss://)'
        : '';
    throw new SharedCacheError(`the shared cache at ${describe(a.url)} could not be reached: ${reason}${hint}`);
  }
  return redis;
}

const fail = (what: string) => (err: unknown) => {
  throw new SharedCacheError(`${what}: ${(err as Error).message}`);
};

export interface SharedCacheProbe {
  /** The URL without its password. */
  where: string;
  tls: boolean;
  /** The Redis server's version, when it tells (a managed Redis may not). */
  version?: string;
  /** Milliseconds for one write, read and delete. */
  roundTripMs: number;
}

/** `doctor`: connects, then writes, reads and deletes a throwaway key; throws SharedCacheError naming what failed. */
export async function probeSharedCache(a: SharedCacheAddress): Promise<SharedCacheProbe> {
  const redis = await connect(a);
  try {
    const key = `authctl:probe:${randomBytes(8).toString('hex')}`;
    const started = performance.now();
    await redis.set(key, '1', 'PX', 10_000).catch(fail('writing to the shared cache failed'));
    const back = await redis.get(key).catch(fail('reading the shared cache failed'));
    await redis.del(key).catch(fail('deleting from the shared cache failed'));
    const roundTripMs = performance.now() - started;
    if (back !== '1') throw new SharedCacheError('the shared cache did not keep what was written to it');
    const info = await redis.info('server').catch(() => '');
    const version = /^redis_version:(\S+)/m.exec(info)?.[1];
    return { where: describe(a.url), tls: /^rediss:/i.test(a.url), roundTripMs, ...(version ? { version } : {}) };
  } finally {
    redis.disconnect();
  }
}

/** Connects to Redis for one credential; throws SharedCacheError when it cannot. */
export async function openSharedCache(o: SharedCacheOptions): Promise<SharedCache> {
  const redis = await connect(o);
  const id = sharedCacheId(o.clientId, o.refreshToken);
  const entryKey = `authctl:token:${id}`;
  const lockKey = `authctl:lock:${id}`;
  const channel = `authctl:ready:${id}`;
  const budgetKey = `authctl:budget:${id}`;

  const cache: SharedCache = {
    async get() {
      const text = await redis.get(entryKey).catch(fail('reading the shared cache failed'));
      return text === null ? undefined : openEntry(text, o.refreshToken, id);
    },
    async set(entry) {
      const ttl = entry.expiresAt - Date.now();
      if (ttl <= 0) return;
      await redis.set(entryKey, sealEntry(entry, o.refreshToken, id), 'PX', ttl).catch(fail('writing the shared cache failed'));
      await redis.publish(channel, '1').catch(() => {});
    },
    async withLock(work, settled) {
      const me = randomBytes(16).toString('hex');
      const deadline = Date.now() + 4 * o.lockMs;
      let subscriber: RedisClient | undefined;
      try {
        for (;;) {
          const got = await redis.set(lockKey, me, 'PX', o.lockMs, 'NX').catch(fail('locking in the shared cache failed'));
          if (got === 'OK') {
            try {
              return await work();
            } finally {
              await redis.eval(RELEASE, 1, lockKey, me).catch(() => {});
            }
          }
          // Another machine refreshes: wait for its entry (or for its lock to lapse), then look again.
          if (!subscriber) {
            subscriber = redis.duplicate();
            subscriber.on('error', () => {});
            await subscriber.connect().catch(fail('waiting on the shared cache failed'));
            await subscriber.subscribe(channel).catch(fail('waiting on the shared cache failed'));
          }
          const done = await settled();
          if (done !== undefined) return done;
          if (Date.now() > deadline) throw new SharedCacheError('waited too long for another machine to refresh');
          const remaining = await redis.pttl(lockKey).catch(() => 1000);
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, Math.max(50, Math.min(remaining > 0 ? remaining : 50, 1000)));
            subscriber!.once('message', () => {
              clearTimeout(timer);
              resolve();
            });
          });
          const after = await settled();
          if (after !== undefined) return after;
        }
      } finally {
        subscriber?.disconnect();
      }
    },
    async budget(windowMs) {
      const now = Date.now();
      await redis.zremrangebyscore(budgetKey, '-inf', now - windowMs).catch(fail('reading the token budget failed'));
      const oldest = await redis.zrange(budgetKey, 0, 0, 'WITHSCORES').catch(fail('reading the token budget failed'));
      const used = await redis.zcard(budgetKey).catch(fail('reading the token budget failed'));
      return { used, freesAt: oldest.length === 2 ? Number(oldest[1]) + windowMs : now };
    },
    async recordCreation(windowMs) {
      const now = Date.now();
      await redis.zadd(budgetKey, now, `${now}:${randomBytes(6).toString('hex')}`).catch(fail('recording the token creation failed'));
      await redis.pexpire(budgetKey, windowMs).catch(() => {});
    },
    async close() {
      redis.disconnect();
    },
  };
  return cache;
}

/** The URL without its password, for messages (the user name stays: it says which ACL user). */
function describe(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    return u.toString();
  } catch {
    return '(not a URL)';
  }
}
