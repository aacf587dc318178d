import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);

// src/secrets/shared-cache.ts
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
var SharedCacheError = class extends Error {
  name = "SharedCacheError";
};
var HASH_KEY = "authctl shared cache v1";
var RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
var sharedCacheId = (clientId, refreshToken) => createHmac("sha256", HASH_KEY).update(`${clientId}
${refreshToken}`).digest("hex").slice(0, 32);
function encryptionKey(refreshToken, id) {
  return Buffer.from(hkdfSync("sha256", refreshToken, id, "authctl access token", 32));
}
function sealEntry(entry, refreshToken, id) {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", encryptionKey(refreshToken, id), iv);
  cipher.setAAD(Buffer.from(`${id}:${entry.expiresAt}`));
  const ct = Buffer.concat([cipher.update(entry.accessToken, "utf8"), cipher.final()]);
  return JSON.stringify({ v: 1, exp: entry.expiresAt, iv: iv.toString("base64"), ct: ct.toString("base64"), tag: cipher.getAuthTag().toString("base64") });
}
function openEntry(text, refreshToken, id) {
  try {
    const v = JSON.parse(text);
    if (v.v !== 1 || typeof v.exp !== "number" || !v.iv || !v.ct || !v.tag) return void 0;
    const decipher = createDecipheriv("aes-256-gcm", encryptionKey(refreshToken, id), Buffer.from(v.iv, "base64"));
    decipher.setAAD(Buffer.from(`${id}:${v.exp}`));
    decipher.setAuthTag(Buffer.from(v.tag, "base64"));
    const accessToken = Buffer.concat([decipher.update(Buffer.from(v.ct, "base64")), decipher.final()]).toString("utf8");
    return { accessToken, expiresAt: v.exp };
  } catch {
    return void 0;
  }
}
async function connectionOptions(a) {
  let u;
  try {
    u = new URL(a.url);
  } catch {
    throw new SharedCacheError("AUTHCTL_CACHE_URL is not a URL (write redis://HOST:PORT or rediss://HOST:PORT for TLS)");
  }
  const tls = u.protocol === "rediss:";
  const why = u.protocol !== "redis:" && !tls ? `its scheme is ${u.protocol} (write redis:// or rediss:// for TLS)` : !u.hostname ? "it names no host" : u.search || u.hash ? "it has a query or fragment, which authctl does not read" : !/^\/?\d*$/.test(u.pathname) ? "its path is not a database number" : void 0;
  if (why) throw new SharedCacheError(`AUTHCTL_CACHE_URL is not a Redis URL: ${why}`);
  if (a.caFile && !tls) throw new SharedCacheError("AUTHCTL_CACHE_CA is set but AUTHCTL_CACHE_URL is not rediss://, so nothing would be encrypted");
  let ca;
  if (a.caFile) {
    try {
      ca = await readFile(a.caFile);
    } catch (err) {
      throw new SharedCacheError(`AUTHCTL_CACHE_CA could not be read: ${err.message}`);
    }
  }
  const password = u.password ? decodeURIComponent(u.password) : a.password;
  return {
    host: u.hostname.replace(/^\[|\]$/g, ""),
    port: u.port ? Number(u.port) : 6379,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    ...u.username ? { username: decodeURIComponent(u.username) } : {},
    ...password ? { password } : {},
    ...tls ? { tls: ca ? { ca } : {} } : {},
    lazyConnect: true,
    connectTimeout: a.commandTimeoutMs,
    commandTimeout: a.commandTimeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null
  };
}
async function connect(a) {
  const options = await connectionOptions(a);
  const mod = await import("./built-MVRTCXWX.js");
  const Redis = mod.Redis ?? mod.default?.Redis ?? mod.default;
  const redis = new Redis(options);
  let cause;
  redis.on("error", (err) => cause ??= err);
  try {
    await redis.connect();
  } catch (err) {
    redis.disconnect();
    const reason = (cause ?? err).message;
    const hint = /certificate|self[- ]signed|issuer/i.test(reason) ? " (is the server's CA in AUTHCTL_CACHE_CA?)" : /ECONNRESET|Connection is closed/.test(reason) && !options.tls ? " (if the server speaks only TLS, write rediss://)" : "";
    throw new SharedCacheError(`the shared cache at ${describe(a.url)} could not be reached: ${reason}${hint}`);
  }
  return redis;
}
var fail = (what) => (err) => {
  throw new SharedCacheError(`${what}: ${err.message}`);
};
async function probeSharedCache(a) {
  const redis = await connect(a);
  try {
    const key = `authctl:probe:${randomBytes(8).toString("hex")}`;
    const started = performance.now();
    await redis.set(key, "1", "PX", 1e4).catch(fail("writing to the shared cache failed"));
    const back = await redis.get(key).catch(fail("reading the shared cache failed"));
    await redis.del(key).catch(fail("deleting from the shared cache failed"));
    const roundTripMs = performance.now() - started;
    if (back !== "1") throw new SharedCacheError("the shared cache did not keep what was written to it");
    const info = await redis.info("server").catch(() => "");
    const version = /^redis_version:(\S+)/m.exec(info)?.[1];
    return { where: describe(a.url), tls: /^rediss:/i.test(a.url), roundTripMs, ...version ? { version } : {} };
  } finally {
    redis.disconnect();
  }
}
async function openSharedCache(o) {
  const redis = await connect(o);
  const id = sharedCacheId(o.clientId, o.refreshToken);
  const entryKey = `authctl:token:${id}`;
  const lockKey = `authctl:lock:${id}`;
  const channel = `authctl:ready:${id}`;
  const budgetKey = `authctl:budget:${id}`;
  const cache = {
    async get() {
      const text = await redis.get(entryKey).catch(fail("reading the shared cache failed"));
      return text === null ? void 0 : openEntry(text, o.refreshToken, id);
    },
    async set(entry) {
      const ttl = entry.expiresAt - Date.now();
      if (ttl <= 0) return;
      await redis.set(entryKey, sealEntry(entry, o.refreshToken, id), "PX", ttl).catch(fail("writing the shared cache failed"));
      await redis.publish(channel, "1").catch(() => {
      });
    },
    async withLock(work, settled) {
      const me = randomBytes(16).toString("hex");
      const deadline = Date.now() + 4 * o.lockMs;
      let subscriber;
      try {
        for (; ; ) {
          const got = await redis.set(lockKey, me, "PX", o.lockMs, "NX").catch(fail("locking in the shared cache failed"));
          if (got === "OK") {
            try {
              return await work();
            } finally {
              await redis.eval(RELEASE, 1, lockKey, me).catch(() => {
              });
            }
          }
          if (!subscriber) {
            subscriber = redis.duplicate();
            subscriber.on("error", () => {
            });
            await subscriber.connect().catch(fail("waiting on the shared cache failed"));
            await subscriber.subscribe(channel).catch(fail("waiting on the shared cache failed"));
          }
          const done = await settled();
          if (done !== void 0) return done;
          if (Date.now() > deadline) throw new SharedCacheError("waited too long for another machine to refresh");
          const remaining = await redis.pttl(lockKey).catch(() => 1e3);
          await new Promise((resolve) => {
            const timer = setTimeout(resolve, Math.max(50, Math.min(remaining > 0 ? remaining : 50, 1e3)));
            subscriber.once("message", () => {
              clearTimeout(timer);
              resolve();
            });
          });
          const after = await settled();
          if (after !== void 0) return after;
        }
      } finally {
        subscriber?.disconnect();
      }
    },
    async budget(windowMs) {
      const now = Date.now();
      await redis.zremrangebyscore(budgetKey, "-inf", now - windowMs).catch(fail("reading the token budget failed"));
      const oldest = await redis.zrange(budgetKey, 0, 0, "WITHSCORES").catch(fail("reading the token budget failed"));
      const used = await redis.zcard(budgetKey).catch(fail("reading the token budget failed"));
      return { used, freesAt: oldest.length === 2 ? Number(oldest[1]) + windowMs : now };
    },
    async recordCreation(windowMs) {
      const now = Date.now();
      await redis.zadd(budgetKey, now, `${now}:${randomBytes(6).toString("hex")}`).catch(fail("recording the token creation failed"));
      await redis.pexpire(budgetKey, windowMs).catch(() => {
      });
    },
    async close() {
      redis.disconnect();
    }
  };
  return cache;
}
function describe(url) {
  try {
    const u = new URL(url);
    u.password = "";
    return u.toString();
  } catch {
    return "(not a URL)";
  }
}

export {
  SharedCacheError,
  probeSharedCache,
  openSharedCache
};
