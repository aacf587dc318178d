/**
 * Issue 14 (first part): many machines share one credential's access token
 * through a real Redis (Debian's redis-server on 127.0.0.1, with a password).
 * Each "machine" is its own HOME and RUNNER_TEMP with CI mode's one
 * AUTHCTL_AUTH_URL; the Zoho Accounts emulator counts the token requests.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, beforeEach, describe, test } from 'node:test';
import { type Emulator, startEmulator } from './emulator/index.js';
import { runCli } from './helpers/cli.js';
import { freePort } from './helpers/ports.js';
import { assertNoSecrets, type EmulatorProfile, seedEmulatorProfile } from './helpers/seed.js';
import { emulatorSandbox, refreshRequests, waitFor, withSettings } from './helpers/tokens.js';
import { startCli } from './helpers/login.js';

const run = promisify(execFile);
const PASSWORD = 'redis-test-password-0123';

/** Debian's redis-server on a free loopback port, with a password and no persistence. */
async function startRedis(port: number): Promise<ChildProcess> {
  const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--requirepass', PASSWORD, '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    server.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (/Ready to accept connections/.test(out)) resolve();
    });
    server.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out}`)));
  });
  return server;
}

describe('a shared cache in Redis', () => {
  let emu: Emulator;
  let redis: ChildProcess | undefined;
  let port: number;
  let p: EmulatorProfile;
  let url: string;
  const homes: string[] = [];
  const redisCli = (...args: string[]) => run('redis-cli', ['-p', String(port), '-a', PASSWORD, '--no-auth-warning', ...args]).then((r) => r.stdout);

  before(async () => {
    emu = await startEmulator({ dataCentres: ['com'] });
    port = await freePort();
    redis = await startRedis(port);
  });
  after(async () => {
    redis?.kill();
    await emu?.close();
    for (const h of homes) await rm(h, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await redisCli('FLUSHALL');
    const laptop = await emulatorSandbox(emu);
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

  test('Redis gone: a warning, the local cache, and no failed job', async () => {
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
  });
});
