// Single-flight refresh across processes: the per-profile lock, the re-read inside it, and
// recovery from a lock whose holder was killed.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { type Emulator, startEmulator } from './emulator/index.js';
import { BIN, type CliResult, runCli } from './helpers/cli.js';
import { startKeyring, type TestKeyring } from './helpers/keyring.js';
import { type EmulatorProfile, readCredential, seedEmulatorProfile, setAccessTokenExpiry } from './helpers/seed.js';
import { emulatorSandbox, type Sandbox, refreshRequests, waitFor, withSettings } from './helpers/tokens.js';


const PARALLEL = 32;
const EXPIRED = -60_000;

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

let emu: Emulator;
before(async () => {
  emu = await startEmulator();
});
after(() => emu.close());

/** 32 `authctl token` at once on an expired token: one refresh, one token for all. */
async function storm(sb: Sandbox, p: EmulatorProfile): Promise<void> {
  await setAccessTokenExpiry(sb.env, p.profile, EXPIRED);

  const results: CliResult[] = await Promise.all(
    Array.from({ length: PARALLEL }, () => runCli(['token'], { env: sb.env, timeoutMs: 60_000 })),
  );

  for (const r of results) {
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
  }
  assert.equal(refreshRequests(emu, p).length, 1, 'exactly one refresh request reached Zoho');
  const stored = await readCredential(sb.env, p.profile);
  assert.notEqual(stored!.accessToken, p.credential.accessToken);
  const outputs = new Set(results.map((r) => r.stdout));
  assert.deepEqual([...outputs], [`${stored!.accessToken}\n`], 'all 32 printed the same, newly stored token');
}

describe('single-flight refresh with the file store', () => {
  let sb: Sandbox;
  let p: EmulatorProfile;
  beforeEach(async () => {
    sb = await emulatorSandbox(emu);
    p = await seedEmulatorProfile(sb.env, emu, 'acme', { store: 'file' });
  });
  afterEach(() => sb.cleanup());

  test(`${PARALLEL} parallel authctl token on an expired token make one refresh and print the same token`, async (t) => {
    // A slow answer keeps the refresh in flight while the others pile up on the lock.
    withSettings(t, emu, { responseDelayMs: 300 });
    await storm(sb, p);
  });

  test('a lock holder killed with SIGKILL does not block the next call', async (t) => {
    withSettings(t, emu, { tokenEndpointMode: 'hang' });
    await setAccessTokenExpiry(sb.env, p.profile, EXPIRED);
    const lock = join(sb.configDir, 'refresh-acme.lock');

    const holder = spawn(process.execPath, [BIN, 'token'], { env: sb.env, stdio: 'ignore' });
    const exited = new Promise((resolve) => holder.once('exit', (_code, signal) => resolve(signal)));
    // Its refresh request has arrived: it holds the lock and waits on the network.
    await waitFor(() => refreshRequests(emu, p).length === 1);
    assert.ok(await exists(lock), 'the holder has the lock');
    holder.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');
    assert.ok(await exists(lock), 'a killed holder leaves its lock behind');

    emu.settings.tokenEndpointMode = 'normal';
    const r = await runCli(['token'], { env: sb.env, timeoutMs: 60_000 });

    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.equal(refreshRequests(emu, p).length, 2, 'the next call took over the stale lock and refreshed');
    const stored = await readCredential(sb.env, p.profile);
    assert.equal(r.stdout, `${stored!.accessToken}\n`);
    assert.equal(await exists(lock), false, 'and released it');
  });

  test('a process that waited on the lock uses the token the holder fetched, even with --force-refresh', async (t) => {
    withSettings(t, emu, { responseDelayMs: 2_000 });
    await setAccessTokenExpiry(sb.env, p.profile, EXPIRED);

    const first = runCli(['token'], { env: sb.env });
    await waitFor(() => refreshRequests(emu, p).length === 1);
    // Starts while the first holds the lock, having seen the old token: "force" means "newer than the one I saw".
    const second = runCli(['refresh'], { env: sb.env });
    const [a, b] = await Promise.all([first, second]);

    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    assert.equal(refreshRequests(emu, p).length, 1);
    assert.match(b.stderr, /^acme was just refreshed by another authctl process: access token valid until /);
    assert.equal(b.stdout, '');
  });
});

describe('single-flight refresh with the keychain store (gnome-keyring)', () => {
  let keyring: TestKeyring;
  let sb: Sandbox;
  before(async () => {
    keyring = await startKeyring();
  });
  after(async () => {
    await keyring.stop();
  });
  beforeEach(async () => {
    sb = await emulatorSandbox(emu, { ...keyring.env, AUTHCTL_KEYCHAIN_TIMEOUT: '20' });
  });
  afterEach(() => sb.cleanup());

  test(`${PARALLEL} parallel authctl token on an expired token make one refresh and print the same token`, async (t) => {
    withSettings(t, emu, { responseDelayMs: 300 });
    const p = await seedEmulatorProfile(sb.env, emu, 'acme', { store: 'keychain' });
    await storm(sb, p);
  });
});
