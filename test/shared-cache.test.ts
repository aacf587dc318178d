/**
 * Issue 14: many machines share one credential's access token through a real
 * Redis (Debian's redis-server on 127.0.0.1, with a password; a second one
 * speaking only TLS with a throwaway CA made by openssl). Each "machine" is its
 * own HOME and RUNNER_TEMP with CI mode's one AUTHCTL_AUTH_URL; the Zoho
 * Accounts emulator counts the token requests.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, beforeEach, describe, test } from 'node:test';
import { type Emulator, startEmulator } from './emulator/index.js';
import { runCli } from './helpers/cli.js';
import { freePort } from './helpers/ports.js';
import { assertNoSecrets, type EmulatorProfile, seedEmulatorProfile, setAccessTokenExpiry } from './helpers/seed.js';
import { emulatorSandbox, refreshRequests, type Sandbox, waitFor, withSettings } from './helpers/tokens.js';
import { startCli } from './helpers/login.js';
import { REDIS_PASSWORD, startRedis, stopped } from './helpers/redis.js';

const run = promisify(execFile);
const PASSWORD = REDIS_PASSWORD;

/** A throwaway CA and a certificate it signed for 127.0.0.1, made by openssl in `dir`. */
async function makeCertificates(dir: string): Promise<{ ca: string; cert: string; key: string }> {
  const f = (name: string) => join(dir, name);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  await run('openssl', ['req', '-x509', ...ec, '-keyout', f('ca.key'), '-out', f('ca.pem'), '-days', '2', '-subj', '/CN=authctl test CA']);
  await run('openssl', ['req', ...ec, '-keyout', f('server.key'), '-out', f('server.csr'), '-subj', '/CN=127.0.0.1']);
  await writeFile(f('san.cnf'), 'subjectAltName=IP:127.0.0.1\n');
  await run('openssl', ['x509', '-req', '-in', f('server.csr'), '-CA', f('ca.pem'), '-CAkey', f('ca.key'), '-CAcreateserial', '-out', f('server.pem'), '-days', '2', '-extfile', f('san.cnf')]);
  return { ca: f('ca.pem'), cert: f('server.pem'), key: f('server.key') };
}

describe('a shared cache in Redis', () => {
  let emu: Emulator;
  let redis: ChildProcess | undefined;
  let tlsRedis: ChildProcess | undefined;
  let port: number;
  let tlsPort: number;
  let certs: { ca: string; cert: string; key: string };
  let p: EmulatorProfile;
  let url: string;
  let laptop: Sandbox;
  const homes: string[] = [];
  const redisCli = (...args: string[]) => run('redis-cli', ['-p', String(port), '-a', PASSWORD, '--no-auth-warning', ...args]).then((r) => r.stdout);

  before(async () => {
    emu = await startEmulator({ dataCentres: ['com'] });
    port = await freePort();
    redis = await startRedis(port);
    const certDir = await mkdtemp(join(tmpdir(), 'authctl-certs-'));
    homes.push(certDir);
    certs = await makeCertificates(certDir);
    tlsPort = await freePort();
    // TLS only (no plain port), no client certificates asked for: as managed Redis services do.
    tlsRedis = await startRedis(0, ['--tls-port', String(tlsPort), '--tls-cert-file', certs.cert, '--tls-key-file', certs.key, '--tls-ca-cert-file', certs.ca, '--tls-auth-clients', 'no']);
  });
  after(async () => {
    redis?.kill();
    tlsRedis?.kill();
    await emu?.close();
    for (const h of homes) await rm(h, { recursive: true, force: true });
  });
  beforeEach(async () => {
    // A test that stopped Redis leaves it to the next one to start again.
    if (!redis || redis.exitCode !== null || redis.signalCode !== null) redis = await startRedis(port);
    await redisCli('FLUSHALL');
    laptop = await emulatorSandbox(emu);
    homes.push(laptop.home);
    p = await seedEmulatorProfile(laptop.env, emu, 'acme', { store: 'file' });
    const exported = await runCli(['export', '--profile', 'acme'], { env: laptop.env });
    assert.equal(exported.code, 0, exported.stderr);
    url = exported.stdout.trim();
  });

  /** A CI machine of its own: HOME, RUNNER_TEMP, no config; the one secret and the shared cache. */
  async function machine(extra: NodeJS.ProcessEnv = {}): Promise<NodeJS.ProcessEnv> {
    const home = await mkdtemp(join(tmpdir(), 'authctl-machine-'));
    homes.push(home);
    return {
      PATH: process.env.PATH,
      HOME: home,
      RUNNER_TEMP: join(home, 'runner-temp'),
      AUTHCTL_ZOHO_DATA_CENTRES: (await emulatorSandbox(emu)).env.AUTHCTL_ZOHO_DATA_CENTRES,
      AUTHCTL_AUTH_URL: url,
      AUTHCTL_CACHE_URL: `redis://127.0.0.1:${port}`,
      AUTHCTL_CACHE_PASSWORD: PASSWORD,
      ...extra,
    };
  }

  test('24 processes on 6 machines at once, with no token anywhere: exactly one token request, one token for all', async () => {
    const machines = await Promise.all(Array.from({ length: 6 }, () => machine()));
    const runs = await Promise.all(machines.flatMap((env) => Array.from({ length: 4 }, () => runCli(['token'], { env, timeoutMs: 60_000 }))));
    for (const r of runs) assert.equal(r.code, 0, r.stderr);
    for (const r of runs) assert.doesNotMatch(r.stderr, /shared cache/);
    assert.equal(new Set(runs.map((r) => r.stdout)).size, 1);
    assert.equal(refreshRequests(emu, p).length, 1);

    // What Redis holds: a hashed key, an encrypted token, no secret in clear.
    const keys = (await redisCli('--scan')).split('\n').filter(Boolean).sort();
    assert.equal(keys.length, 2, keys.join(' '));
    assert.match(keys[0]!, /^authctl:budget:[0-9a-f]{32}$/);
    assert.match(keys[1]!, /^authctl:token:[0-9a-f]{32}$/);
    assert.equal(await redisCli('ZCARD', keys[0]!), '1\n', 'one creation counted toward the budget');
    const held = `${await redisCli('GET', keys[1]!)}${await redisCli('ZRANGE', keys[0]!, '0', '-1')}`;
    const token = runs[0]!.stdout.trim();
    assertNoSecrets(`${keys.join('\n')}\n${held}`, [token, p.credential.refreshToken, p.client.clientSecret, p.client.clientId, url], 'Redis');

    // A seventh machine, later: the shared token, no request.
    const late = await runCli(['token'], { env: await machine() });
    assert.equal(late.stdout, runs[0]!.stdout);
    assert.equal(refreshRequests(emu, p).length, 1);
  });

  test('exec and api share it too, and so does the profile the value was exported from', async () => {
    const first = await runCli(['api', '/crm/v2/org'], { env: await machine() });
    assert.equal(first.code, 0, first.stderr);
    assert.equal(refreshRequests(emu, p).length, 1);
    const exec = await runCli(['exec', '--', 'node', '-e', 'process.stdout.write(process.env.AUTHCTL_ACCESS_TOKEN)'], { env: await machine() });
    assert.equal(exec.code, 0, exec.stderr);
    assert.equal(refreshRequests(emu, p).length, 1, 'exec on another machine took the shared token');
    // The laptop's profile holds the same refresh token: once its own token is stale, it takes the shared one.
    await setAccessTokenExpiry(laptop.env, p.profile, -60_000);
    const profile = await runCli(['token'], { env: { ...laptop.env, AUTHCTL_CACHE_URL: `redis://127.0.0.1:${port}`, AUTHCTL_CACHE_PASSWORD: PASSWORD } });
    assert.equal(profile.code, 0, profile.stderr);
    assert.equal(profile.stdout, exec.stdout + '\n');
    assert.equal(refreshRequests(emu, p).length, 1);
  });

  test('a lock holder killed mid-refresh is taken over when its lock lapses', async (t) => {
    withSettings(t, emu, { responseDelayMs: 4_000 });
    const env = await machine({ AUTHCTL_HTTP_TIMEOUT: '10' });
    const holder = startCli(['token'], env);
    await waitFor(() => refreshRequests(emu, p).length === 1);
    holder.signal('SIGKILL');
    await holder.result;
    assert.match(await redisCli('--scan', '--pattern', 'authctl:lock:*'), /authctl:lock:/, 'the dead holder left its lock');
    withSettings(t, emu, { responseDelayMs: 0 });
    const started = Date.now();
    const next = await runCli(['token'], { env: await machine({ AUTHCTL_HTTP_TIMEOUT: '10' }), timeoutMs: 60_000 });
    assert.equal(next.code, 0, next.stderr);
    assert.doesNotMatch(next.stderr, /shared cache/);
    assert.equal(refreshRequests(emu, p).length, 2, 'the second machine refreshed once the lock lapsed');
    assert.ok(Date.now() - started >= 3_000, 'it waited for the lock rather than refreshing beside a live holder');
  });

  test("the token budget across machines: the 11th creation in 10 minutes never reaches Zoho", async () => {
    for (let i = 0; i < 10; i++) {
      const r = await runCli(['token', '--force-refresh'], { env: await machine() });
      assert.equal(r.code, 0, r.stderr);
    }
    assert.equal(refreshRequests(emu, p).length, 10);
    const eleventh = await runCli(['token', '--force-refresh', '--no-wait'], { env: await machine() });
    assert.equal(eleventh.code, 6, eleventh.stderr);
    assert.equal(eleventh.stdout, '');
    assert.match(eleventh.stderr, /the shared budget of 10 token creations per 10 minutes for AUTHCTL_AUTH_URL is used up \(Zoho's limit\); it frees up at \d{4}-/);
    assert.equal(refreshRequests(emu, p).length, 10, 'the 11th never reached Zoho');
    // Without --force-refresh, the shared token is simply used.
    const plain = await runCli(['token'], { env: await machine() });
    assert.equal(plain.code, 0, plain.stderr);
  });

  test('Redis gone, refusing the password, or hung: a warning, the local cache, and no failed job', async () => {
    const env = await machine({ AUTHCTL_CACHE_URL: `redis://127.0.0.1:${await freePort()}` });
    const r = await runCli(['token'], { env });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /shared cache: the shared cache at redis:\/\/127\.0\.0\.1:\d+\/? could not be reached: .*; using the local cache only/);
    assert.equal(refreshRequests(emu, p).length, 1);
    const again = await runCli(['token'], { env });
    assert.equal(again.stdout, r.stdout, 'the local cache serves the next step');
    assert.equal(refreshRequests(emu, p).length, 1);

    const wrong = await runCli(['token'], { env: await machine({ AUTHCTL_CACHE_PASSWORD: 'not-the-password' }) });
    assert.equal(wrong.code, 0, wrong.stderr);
    assert.match(wrong.stderr, /shared cache: .*using the local cache only/);
    assertNoSecrets(wrong.stderr, ['not-the-password', PASSWORD], 'stderr');

    // Redis hung (it accepts connections but never answers): the job waits seconds, not forever.
    redis!.kill('SIGSTOP');
    try {
      const hung = await runCli(['token'], { env: await machine(), timeoutMs: 30_000 });
      assert.equal(hung.code, 0, hung.stderr);
      assert.match(hung.stderr, /shared cache: the shared cache at redis:\/\/127\.0\.0\.1:\d+\/? could not be reached: Command timed out; using the local cache only/);
    } finally {
      redis!.kill('SIGCONT');
    }
  });

  test('Redis stopped mid-run, while one machine refreshes and seven processes wait on it: every job goes on, on its local cache, with a warning', async (t) => {
    withSettings(t, emu, { responseDelayMs: 2_500 });
    const machines = await Promise.all(Array.from({ length: 4 }, () => machine()));
    const holder = startCli(['token'], machines[0]!);
    await waitFor(() => refreshRequests(emu, p).length === 1);
    const waiters = [startCli(['token'], machines[0]!), ...machines.slice(1).flatMap((env) => [startCli(['token'], env), startCli(['token'], env)])];
    // Each waiter subscribes to the credential's channel once it finds the lock taken.
    const subscribed = async () => {
      const channels = (await redisCli('PUBSUB', 'CHANNELS', 'authctl:ready:*')).trim();
      return channels !== '' && Number((await redisCli('PUBSUB', 'NUMSUB', channels)).split('\n')[1]) === waiters.length;
    };
    await waitFor(subscribed);
    redis!.kill('SIGKILL');
    await stopped(redis!);

    const [held, ...waited] = await Promise.all([holder.result, ...waiters.map((w) => w.result)]);
    for (const r of [held!, ...waited]) assert.equal(r.code, 0, r.stderr);
    assert.match(held!.stderr, /shared cache: .*; the new token is kept on this machine only/);
    for (const r of waited) assert.match(r.stderr, /shared cache: .*; using the local cache only/);
    const made = refreshRequests(emu, p).length;
    assert.ok(made <= machines.length, `${made} refreshes: at most one per machine, each behind its own single-flight lock`);
    // Each job's next step: its local cache, a token the API accepts, no Redis and so no warning.
    for (const env of machines) {
      const api = await runCli(['api', '/crm/v2/org'], { env });
      assert.equal(api.code, 0, api.stderr);
      assert.doesNotMatch(api.stderr, /shared cache/);
    }
    assert.equal(refreshRequests(emu, p).length, made);
  });

  test('rediss:// with a throwaway CA shares over TLS; an untrusted certificate, or redis:// to a TLS port, is a warning and the local cache', async () => {
    const tlsUrl = `rediss://127.0.0.1:${tlsPort}`;
    const machines = await Promise.all(Array.from({ length: 3 }, () => machine({ AUTHCTL_CACHE_URL: tlsUrl, AUTHCTL_CACHE_CA: certs.ca })));
    const runs = await Promise.all(machines.flatMap((env) => [runCli(['token'], { env }), runCli(['token'], { env })]));
    for (const r of runs) assert.equal(r.code, 0, r.stderr);
    for (const r of runs) assert.doesNotMatch(r.stderr, /shared cache/);
    assert.equal(new Set(runs.map((r) => r.stdout)).size, 1);
    assert.equal(refreshRequests(emu, p).length, 1);
    const tlsCli = (...args: string[]) => run('redis-cli', ['--tls', '--cacert', certs.ca, '-p', String(tlsPort), '-a', PASSWORD, '--no-auth-warning', ...args]).then((r) => r.stdout);
    assert.match(await tlsCli('--scan', '--pattern', 'authctl:token:*'), /^authctl:token:[0-9a-f]{32}$/m, 'the entry is in the TLS Redis');

    const doctor = await runCli(['doctor'], { env: machines[0]! });
    assert.equal(doctor.code, 0, doctor.stdout);
    assert.match(doctor.stdout, /^ok {4}shared cache +rediss:\/\/127\.0\.0\.1:\d+\/? \(TLS, certificate verified against AUTHCTL_CACHE_CA, Redis \d+\.\d+\.\d+\): write, read and delete in \d+\.\d ms$/m);

    const untrustedEnv = await machine({ AUTHCTL_CACHE_URL: tlsUrl });
    const untrusted = await runCli(['token'], { env: untrustedEnv });
    assert.equal(untrusted.code, 0, untrusted.stderr);
    assert.match(untrusted.stderr, /shared cache: the shared cache at rediss:\/\/127\.0\.0\.1:\d+\/? could not be reached: .*certificate.* \(is the server's CA in AUTHCTL_CACHE_CA\?\); using the local cache only/);
    const untrustedDoctor = await runCli(['doctor'], { env: untrustedEnv });
    assert.equal(untrustedDoctor.code, 1);
    assert.match(untrustedDoctor.stdout, /^FAIL {2}shared cache +the shared cache at rediss:.* could not be reached: .*certificate.*; token, exec and api fall back to the local cache$/m);

    const plain = await runCli(['token'], { env: await machine({ AUTHCTL_CACHE_URL: `redis://127.0.0.1:${tlsPort}` }) });
    assert.equal(plain.code, 0, plain.stderr);
    assert.match(plain.stderr, /shared cache: the shared cache at redis:\/\/127\.0\.0\.1:\d+\/? could not be reached: .*(ECONNRESET|Connection is closed)\.? \(if the server speaks only TLS, write rediss:\/\/\); using the local cache only/);
    const caWithoutTls = await runCli(['token'], { env: await machine({ AUTHCTL_CACHE_CA: certs.ca }) });
    assert.equal(caWithoutTls.code, 0, caWithoutTls.stderr);
    assert.match(caWithoutTls.stderr, /shared cache: AUTHCTL_CACHE_CA is set but AUTHCTL_CACHE_URL is not rediss:\/\/, so nothing would be encrypted; using the local cache only/);
    for (const r of [...runs, doctor, untrusted, untrustedDoctor, plain, caWithoutTls]) assertNoSecrets(r.stderr + (r === doctor || r === untrustedDoctor ? r.stdout : ''), [PASSWORD, p.credential.refreshToken, p.client.clientSecret], 'output');
  });

  test('doctor checks the shared cache (reach, password, URL, round trip); status shows the shared entry and the budget used', async () => {
    const env = await machine();
    const doctor = await runCli(['doctor'], { env });
    assert.equal(doctor.code, 0, doctor.stdout);
    assert.match(doctor.stdout, /^ok {4}shared cache +redis:\/\/127\.0\.0\.1:\d+\/? \(no TLS, Redis \d+\.\d+\.\d+\): write, read and delete in \d+\.\d ms$/m);
    assert.equal(await redisCli('--scan'), '', 'the probe leaves nothing behind');
    const inUrl = await runCli(['doctor'], { env: await machine({ AUTHCTL_CACHE_URL: `redis://:${PASSWORD}@127.0.0.1:${port}`, AUTHCTL_CACHE_PASSWORD: undefined }) });
    assert.equal(inUrl.code, 0, inUrl.stdout);
    // A Redis ACL user named in the URL: one allowed authctl's keys is fine; one that may only read is not.
    await redisCli('ACL', 'SETUSER', 'ci-jobs', 'reset', 'on', '>ci-jobs-password', '~authctl:*', '&authctl:*', '+@all');
    await redisCli('ACL', 'SETUSER', 'reader', 'reset', 'on', '>reader-password', '~authctl:*', '+@read', '+@connection');
    const aclEnv = (user: string) => machine({ AUTHCTL_CACHE_URL: `redis://${user}@127.0.0.1:${port}`, AUTHCTL_CACHE_PASSWORD: `${user}-password` });
    const acl = await runCli(['doctor'], { env: await aclEnv('ci-jobs') });
    assert.equal(acl.code, 0, acl.stdout);
    assert.match(acl.stdout, /^ok {4}shared cache +redis:\/\/ci-jobs@127\.0\.0\.1:\d+/m);
    const reader = await runCli(['doctor'], { env: await aclEnv('reader') });
    assert.equal(reader.code, 1);
    assert.match(reader.stdout, /^FAIL {2}shared cache +writing to the shared cache failed: NOPERM/m);
    const wrong = await runCli(['doctor', '--json'], { env: await machine({ AUTHCTL_CACHE_PASSWORD: 'not-the-password' }) });
    assert.equal(wrong.code, 1);
    const wrongCheck = (JSON.parse(wrong.stdout) as { check: string; status: string; detail: string }[]).find((c) => c.check === 'shared cache');
    assert.equal(wrongCheck?.status, 'fail');
    assert.match(wrongCheck!.detail, /could not be reached: WRONGPASS/);
    const notRedis = await runCli(['doctor'], { env: await machine({ AUTHCTL_CACHE_URL: `http://127.0.0.1:${port}` }) });
    assert.equal(notRedis.code, 1);
    assert.match(notRedis.stdout, /^FAIL {2}shared cache +AUTHCTL_CACHE_URL is not a Redis URL: its scheme is http: \(write redis:\/\/ or rediss:\/\/ for TLS\)/m);
    for (const r of [doctor, inUrl, acl, reader, wrong, notRedis]) {
      assertNoSecrets(r.stdout + r.stderr, [PASSWORD, 'not-the-password', 'ci-jobs-password', 'reader-password', p.credential.refreshToken], 'doctor');
    }

    type Row = { profile: string | null; ci?: string; state: string; accessTokenExpiresAt: string | null; sharedCache?: { accessTokenExpiresAt: string | null; budget: unknown; error?: string } };
    const statusOf = async (e: NodeJS.ProcessEnv, ...args: string[]) => {
      const r = await runCli(['status', '--json', ...args], { env: e });
      assert.equal(r.code, 0, r.stderr);
      return JSON.parse(r.stdout) as Row[];
    };
    const [fresh] = await statusOf(env);
    assert.equal(fresh!.ci, 'AUTHCTL_AUTH_URL');
    assert.equal(fresh!.profile, null);
    assert.deepEqual(fresh!.sharedCache, { accessTokenExpiresAt: null, budget: { used: 0, limit: 10, windowMinutes: 10 } });

    // Another machine gets the token: this one's status sees it in Redis, and one creation counted.
    const other = await machine();
    const got = await runCli(['token'], { env: other });
    assert.equal(got.code, 0, got.stderr);
    const [theirs] = await statusOf(other);
    assert.equal(theirs!.state, 'valid');
    const [seen] = await statusOf(env);
    assert.equal(seen!.state, 'expired', 'nothing cached on this machine yet');
    assert.equal(seen!.sharedCache!.accessTokenExpiresAt, theirs!.accessTokenExpiresAt);
    assert.deepEqual(seen!.sharedCache!.budget, { used: 1, limit: 10, windowMinutes: 10 });
    const table = await runCli(['status'], { env });
    assert.match(table.stdout, /^\(AUTHCTL_AUTH_URL\) +expired +env +no access token here yet; the next authctl token gets one; shared cache: valid until \S+ \(in \d+ min\), 1 of 10 token creations in the last 10 min$/m);

    // The profile the value was exported from is the same credential: the same entry.
    const cacheEnv = { AUTHCTL_CACHE_URL: `redis://127.0.0.1:${port}`, AUTHCTL_CACHE_PASSWORD: PASSWORD };
    const [profile] = await statusOf({ ...laptop.env, ...cacheEnv }, '--profile', 'acme');
    assert.equal(profile!.profile, 'acme');
    assert.equal(profile!.sharedCache!.accessTokenExpiresAt, theirs!.accessTokenExpiresAt);

    // Redis unreachable: status says so and still exits 0 (token works on the local cache).
    const [gone] = await statusOf({ ...env, AUTHCTL_CACHE_URL: `redis://127.0.0.1:${await freePort()}` });
    assert.match(gone!.sharedCache!.error!, /could not be reached/);
    assertNoSecrets(table.stdout + table.stderr, [PASSWORD, p.credential.refreshToken, got.stdout.trim()], 'status');
  });
});
