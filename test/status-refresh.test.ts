// `authctl status` (what each profile can do, offline) and `authctl refresh` (refresh now).
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { ConfigStore } from '../src/profiles/config.js';
import { SecretStores } from '../src/secrets/resolve.js';
import { type Emulator, startEmulator } from './emulator/index.js';
import { runCli } from './helpers/cli.js';
import { startKeyring, type TestKeyring } from './helpers/keyring.js';
import {
  assertNoSecrets,
  type EmulatorProfile,
  readCredential,
  seedEmulatorProfile,
  setAccessTokenExpiry,
  testContext,
  secretsOf,
} from './helpers/seed.js';
import { emulatorSandbox, type Sandbox, refreshRequests } from './helpers/tokens.js';



interface Status {
  profile: string;
  state: string;
  usable: boolean;
  accessTokenExpiresAt: string | null;
  store: string;
  detail: string;
}

let emu: Emulator;
let keyring: TestKeyring;
before(async () => {
  emu = await startEmulator();
  keyring = await startKeyring();
});
after(async () => {
  await keyring.stop();
  await emu.close();
});

describe('authctl status', () => {
  let sb: Sandbox;
  beforeEach(async () => {
    sb = await emulatorSandbox(emu, { ...keyring.env, AUTHCTL_KEYCHAIN_TIMEOUT: '5' });
  });
  afterEach(() => sb.cleanup());

  test("shows each profile's state without a secret or a network call, and exits 1 when one is unusable", async () => {
    const valid = await seedEmulatorProfile(sb.env, emu, 'valid', { store: 'file' });
    const expired = await seedEmulatorProfile(sb.env, emu, 'expired', { store: 'file' });
    const gone = await seedEmulatorProfile(sb.env, emu, 'gone', { store: 'file' });
    const orphan = await seedEmulatorProfile(sb.env, emu, 'orphan', { store: 'file' });
    const keychain = await seedEmulatorProfile(sb.env, emu, 'keychain', { store: 'keychain' });
    await setAccessTokenExpiry(sb.env, expired.profile, -60_000);
    await new SecretStores(testContext(sb.env).ctx).get('file').delete(gone.profile.key);
    await new ConfigStore(testContext(sb.env).ctx).update((c) => {
      delete c.clients[orphan.client.name];
    });
    const requestsBefore = emu.requests.length;
    // No session bus to be found: the keychain is unavailable.
    const runtime = join(sb.home, 'run');
    await mkdir(runtime, { mode: 0o700 });
    const env: NodeJS.ProcessEnv = { ...sb.env, XDG_RUNTIME_DIR: runtime };
    delete env.DBUS_SESSION_BUS_ADDRESS;

    const json = await runCli(['status', '--json'], { env });
    const table = await runCli(['status'], { env });

    assert.equal(json.code, 1, json.stderr);
    assert.equal(json.stderr, '');
    const statuses = JSON.parse(json.stdout) as Status[];
    assert.deepEqual(
      statuses.map((s) => [s.profile, s.state, s.usable, s.store]),
      [
        ['valid', 'valid', true, 'file'],
        ['expired', 'expired', true, 'file'],
        ['gone', 'needs login', false, 'file'],
        ['orphan', 'client missing', false, 'file'],
        ['keychain', 'store unavailable', false, 'keychain'],
      ],
    );
    assert.equal(statuses[0]!.accessTokenExpiresAt, new Date(valid.credential.accessTokenExpiresAt).toISOString());
    assert.match(statuses[0]!.detail, /^access token valid until \S+ \(in (59|60) min\)$/);
    assert.match(statuses[2]!.detail, /log in again: authctl login --org gone/);
    assert.match(statuses[3]!.detail, new RegExp(`no OAuth client named "${orphan.client.name}"`));
    assert.match(statuses[4]!.detail, /no D-Bus session bus/);

    assert.equal(table.code, 1);
    const lines = table.stdout.trimEnd().split('\n');
    assert.match(lines[0]!, /^PROFILE\s+STATE\s+STORE\s+DETAIL$/);
    assert.deepEqual(
      lines.slice(1).map((l) => l.split(/\s{2,}/).slice(0, 3)),
      statuses.map((s) => [s.profile, s.state, s.store]),
    );

    for (const r of [json, table]) assertNoSecrets(r.stdout + r.stderr, secretsOf(valid, expired, gone, orphan, keychain), 'status');
    assert.equal(emu.requests.length, requestsBefore, 'status made no network call');
  });

  test('--profile limits it to one profile: exit 0 when usable, 3 when unknown', async () => {
    await seedEmulatorProfile(sb.env, emu, 'one', { store: 'file' });
    const broken = await seedEmulatorProfile(sb.env, emu, 'two', { store: 'file' });
    await new SecretStores(testContext(sb.env).ctx).get('file').delete(broken.profile.key);

    const one = await runCli(['status', '--profile', 'one', '--json'], { env: sb.env });
    assert.equal(one.code, 0, one.stderr);
    assert.deepEqual((JSON.parse(one.stdout) as Status[]).map((s) => [s.profile, s.state]), [['one', 'valid']]);

    const all = await runCli(['status'], { env: sb.env });
    assert.equal(all.code, 1, 'profile two needs a login');

    const unknown = await runCli(['status', '--profile', 'three'], { env: sb.env });
    assert.equal(unknown.code, 3);
    assert.equal(unknown.stdout, '');
    assert.match(unknown.stderr, /no profile named "three"/);
  });

  test('with no profiles, status exits 3', async () => {
    const r = await runCli(['status'], { env: sb.env });
    assert.equal(r.code, 3);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /no profiles yet/);
  });
});

describe('authctl refresh', () => {
  let sb: Sandbox;
  let p: EmulatorProfile;
  beforeEach(async () => {
    sb = await emulatorSandbox(emu);
    p = await seedEmulatorProfile(sb.env, emu, 'acme', { store: 'file' });
  });
  afterEach(() => sb.cleanup());

  test('refreshes a fresh token now, prints nothing on stdout and one line on stderr', async () => {
    const r = await runCli(['refresh'], { env: sb.env });

    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^Refreshed acme: access token valid until \d{4}-\d\d-\d\dT\S+Z \(in (59|60) min\)\.\n$/);
    assert.equal(refreshRequests(emu, p).length, 1);
    const stored = await readCredential(sb.env, p.profile);
    assert.notEqual(stored!.accessToken, p.credential.accessToken);
    assertNoSecrets(r.stderr, [...secretsOf(p), stored!.accessToken!], 'stderr');
  });

  test('a revoked refresh token exits 4 with nothing on stdout', async () => {
    emu.revokeRefreshToken(p.credential.refreshToken);

    const r = await runCli(['refresh', '--profile', 'acme'], { env: sb.env });

    assert.equal(r.code, 4);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /log in again: authctl login --org acme/);
  });
});
