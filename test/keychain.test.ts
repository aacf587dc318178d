import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { decodeCredential } from '../src/secrets/credential.js';
import { makeSandbox, runCli } from './helpers/cli.js';
import { startKeyring, type TestKeyring } from './helpers/keyring.js';
import { assertNoSecrets, type SeededProfile, seedProfile, secretsOf } from './helpers/seed.js';

type Sandbox = Awaited<ReturnType<typeof makeSandbox>>;

interface ListedProfile {
  profile: string;
  default: boolean;
  store: string;
}

/** One gnome-keyring for the whole file; each test has its own config folder and profile keys. */
describe('keychain store (gnome-keyring)', () => {
  let keyring: TestKeyring;
  let sb: Sandbox;
  let run = 0;

  before(async () => {
    keyring = await startKeyring();
  });
  after(async () => {
    await keyring.stop();
  });

  beforeEach(async () => {
    sb = await makeSandbox({ ...keyring.env, AUTHCTL_KEYCHAIN_TIMEOUT: '3' });
    run++;
  });
  afterEach(() => sb.cleanup());

  /** A keychain profile whose key is unique to this test (the keyring is shared by the file). */
  const seed = (name: string, makeDefault = false) =>
    seedProfile(sb.env, name, { store: 'keychain', org: `${name}-${process.pid}-${run}`, makeDefault });

  const listJson = async (env = sb.env) => {
    const r = await runCli(['list', '--json'], { env });
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout) as ListedProfile[];
  };

  /** An env with no session bus to be found: no address and an empty runtime folder. */
  const noBus = async () => {
    const runtime = join(sb.home, 'run');
    await mkdir(runtime, { mode: 0o700 });
    const env: NodeJS.ProcessEnv = { ...sb.env, XDG_RUNTIME_DIR: runtime };
    delete env.DBUS_SESSION_BUS_ADDRESS;
    return env;
  };

  const assertStored = async (s: SeededProfile) => {
    const value = await keyring.lookup(s.profile.key);
    assert.ok(value !== undefined, `no keychain entry for ${s.profile.key}`);
    const read = decodeCredential(s.name, value);
    assert.ok(
      read.refreshToken === s.credential.refreshToken &&
        read.accessToken === s.credential.accessToken &&
        read.accessTokenExpiresAt === s.credential.accessTokenExpiresAt,
      `the keychain entry for ${s.profile.key} is not the stored credential`,
    );
  };

  test('a keychain profile is listed with store keychain, and its tokens are in the keyring under its key', async () => {
    const alpha = await seed('alpha');

    const table = await runCli(['list'], { env: sb.env });
    const json = await runCli(['list', '--json'], { env: sb.env });

    for (const r of [table, json]) assertNoSecrets(r.stdout + r.stderr, secretsOf(alpha), 'list output');
    assert.equal(table.code, 0, table.stderr);
    const [header, row] = table.stdout.trimEnd().split('\n');
    assert.equal(row!.slice(header!.indexOf('STORE')).trim(), 'keychain');
    assert.deepEqual(
      (JSON.parse(json.stdout) as ListedProfile[]).map((p) => [p.profile, p.store]),
      [['alpha', 'keychain']],
    );
    // libsecret's own client finds the entry by service "authctl" and the profile key.
    assert.ok((await keyring.accounts()).includes(alpha.profile.key));
    await assertStored(alpha);
  });

  test('logout NAME deletes the keychain entry and the profile, clears the default and keeps the others', async () => {
    const alpha = await seed('alpha', true);
    const beta = await seed('beta');

    const r = await runCli(['logout', 'alpha', '--local'], { env: sb.env });

    assertNoSecrets(r.stdout + r.stderr, secretsOf(alpha, beta), 'logout output');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^Logged out of alpha: refresh token not revoked \(--local\); secrets deleted from the OS keychain/);
    const accounts = await keyring.accounts();
    assert.ok(!accounts.includes(alpha.profile.key), 'the keychain entry of alpha is still there');
    await assertStored(beta);
    assert.deepEqual((await listJson()).map((p) => [p.profile, p.default, p.store]), [['beta', false, 'keychain']]);
    const config = JSON.parse(await readFile(join(sb.configDir, 'config.json'), 'utf8'));
    assert.ok(!('defaultProfile' in config), 'defaultProfile still set after logging out of it');
  });

  test('logout of a profile that is not the default keeps the default', async () => {
    await seed('alpha', true);
    const beta = await seed('beta');

    const r = await runCli(['logout', 'beta', '--local'], { env: sb.env });

    assert.equal(r.code, 0, r.stderr);
    assert.ok(!(await keyring.accounts()).includes(beta.profile.key));
    assert.deepEqual((await listJson()).map((p) => [p.profile, p.default]), [['alpha', true]]);
  });

  test('logout of an unknown profile exits 3, names the known ones and deletes nothing', async () => {
    const alpha = await seed('alpha');
    const beta = await seed('beta');
    const config = await readFile(join(sb.configDir, 'config.json'));

    const r = await runCli(['logout', 'gamma', '--local'], { env: sb.env });

    assert.equal(r.code, 3);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'authctl: no profile named "gamma"\n  known profiles: alpha, beta\n');
    await assertStored(alpha);
    await assertStored(beta);
    assert.deepEqual(await readFile(join(sb.configDir, 'config.json')), config);
  });

  test('logout --all deletes every profile, from the keychain and the file store', async () => {
    const alpha = await seed('alpha', true);
    const beta = await seed('beta');
    const gamma = await seedProfile(sb.env, 'gamma', { store: 'file', org: `gamma-${process.pid}-${run}` });

    const r = await runCli(['logout', '--all', '--local'], { env: sb.env });

    assertNoSecrets(r.stdout + r.stderr, secretsOf(alpha, beta, gamma), 'logout output');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr.match(/^Logged out of /gm)?.length, 3, r.stderr);
    const accounts = await keyring.accounts();
    assert.ok(!accounts.includes(alpha.profile.key) && !accounts.includes(beta.profile.key), 'keychain entries left');
    const secrets = JSON.parse(await readFile(join(sb.configDir, 'secrets.json'), 'utf8'));
    assert.deepEqual(secrets, { version: 1, secrets: {} });
    assert.deepEqual(await listJson(), []);

    // Nothing left: a second --all says so and succeeds.
    const again = await runCli(['logout', '--all', '--local'], { env: sb.env });
    assert.equal(again.code, 0);
    assert.match(again.stderr, /No profiles to log out of/);
  });

  test('doctor reports the keychain available and leaves no probe entry behind', async () => {
    const before = await keyring.accounts();

    const r = await runCli(['doctor'], { env: sb.env });

    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^ok {4}keychain store {2}available: the OS keychain \(Secret Service\)$/m);
    assert.deepEqual(await keyring.accounts(), before);

    const json = await runCli(['doctor', '--json'], { env: sb.env });
    const checks = JSON.parse(json.stdout) as { check: string; status: string }[];
    assert.equal(checks.find((c) => c.check === 'keychain store')?.status, 'ok');
  });

  test('with no D-Bus, doctor says the keychain is unavailable and why: a warning while nothing is kept there, a failure once a profile is', async () => {
    const env = await noBus();

    const r = await runCli(['doctor'], { env });

    // Nothing is kept in the keychain: the file store takes new secrets, so doctor succeeds.
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const line = r.stdout.split('\n').find((l) => l.includes('keychain store'));
    assert.match(line ?? '', /^warn {2}keychain store {2}unavailable: no D-Bus session bus .*\(nothing is kept there; new secrets go to the file store\)$/);
    assert.match(r.stdout, /^ok {4}file store {6}available: /m);

    // A keychain profile cannot be used: doctor fails and names it.
    await seed('alpha');
    const needed = await runCli(['doctor'], { env });
    assert.equal(needed.code, 1, needed.stdout);
    assert.match(needed.stdout, /^FAIL {2}keychain store {2}unavailable: no D-Bus session bus .*; needed by profile alpha$/m);
    const json = JSON.parse((await runCli(['doctor', '--json'], { env })).stdout) as { check: string; status: string }[];
    assert.equal(json.find((c) => c.check === 'keychain store')?.status, 'fail');

    // token on that profile says what works for it: not --store (token has none), but the keychain or a new login into a file.
    const token = await runCli(['token', '--profile', 'alpha'], { env });
    assert.equal(token.code, 1);
    assert.match(token.stderr, /^authctl: the OS keychain is unavailable: no D-Bus session bus/m);
    assert.match(token.stderr, /or keep profile "alpha" in a file instead by logging in again: authctl login --org alpha-\S+ --profile alpha --store file$/m);
    assert.doesNotMatch(token.stderr, /AUTHCTL_STORE/);

    // For a new secret the file store works instead, and the hint says so.
    const add = await runCli(['client', 'add', 'crm', '--client-id', '1000.X', '--client-secret-stdin', '--store', 'keychain'], { env, input: 'secret' });
    assert.equal(add.code, 1);
    assert.match(add.stderr, /; or store it in a file instead: --store file \(or AUTHCTL_STORE=file\)$/m);
  });

  test('with no D-Bus, logout of a keychain profile exits 1 and keeps the profile and its entry', async () => {
    const alpha = await seed('alpha', true);
    const env = await noBus();
    const config = await readFile(join(sb.configDir, 'config.json'));

    const r = await runCli(['logout', 'alpha', '--local'], { env });

    assertNoSecrets(r.stdout + r.stderr, secretsOf(alpha), 'logout output');
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    const [message, hint] = r.stderr.split('\n');
    assert.equal(message, 'authctl: could not delete the secrets of profile "alpha" from the OS keychain (Secret Service)');
    assert.match(hint!, /^ {2}.*no D-Bus.*the profile is kept, run authctl logout alpha again$/);
    assert.deepEqual(await readFile(join(sb.configDir, 'config.json')), config);
    assert.deepEqual((await listJson(env)).map((p) => [p.profile, p.default]), [['alpha', true]]);
    await assertStored(alpha);
  });

  test('a keychain that does not answer: token and doctor give up after AUTHCTL_KEYCHAIN_TIMEOUT instead of hanging', async (t) => {
    const alpha = await seed('alpha');
    await keyring.freeze();
    let frozen = true;
    t.after(async () => {
      if (frozen) await keyring.thaw();
    });
    const env = { ...sb.env, AUTHCTL_KEYCHAIN_TIMEOUT: '2' };

    const token = await runCli(['token', '--profile', 'alpha'], { env, timeoutMs: 20_000 });
    assert.equal(token.signal, null, 'token hung on the frozen keychain');
    assert.equal(token.code, 1, token.stderr);
    assert.equal(token.stdout, '');
    // Either authctl's own timer or libdbus's reply timeout ends the wait, whichever comes first.
    assert.match(token.stderr, /^authctl: the OS keychain is unavailable: it did not answer (within 2 s|in time over D-Bus) \(locked and waiting for an unlock prompt, or hung\)$/m);
    assert.match(token.stderr, /^ {2}unlock your login keyring or restart the Secret Service .*; or keep profile "alpha" in a file instead by logging in again: authctl login --org alpha-\S+ --profile alpha --store file$/m);

    const doctor = await runCli(['doctor'], { env, timeoutMs: 20_000 });
    assert.equal(doctor.signal, null, 'doctor hung on the frozen keychain');
    assert.match(doctor.stdout, /^FAIL {2}keychain store {2}unavailable: it did not answer (within 2 s|in time over D-Bus).*needed by profile alpha$/m);
    assert.equal(doctor.code, 1, 'a keychain profile cannot be used');
    assert.match(doctor.stdout, /^ok {4}file store/m);

    // Answering again, the keychain still holds the credential.
    await keyring.thaw();
    frozen = false;
    await assertStored(alpha);
  });

  test('with the keyring locked, doctor reports it locked and logout keeps the profile', async (t) => {
    const alpha = await seed('alpha');
    await keyring.lock();
    let locked = true;
    t.after(async () => {
      if (locked) await keyring.unlock();
    });

    const doctor = await runCli(['doctor'], { env: sb.env, timeoutMs: 15_000 });

    assert.equal(doctor.signal, null, 'doctor hung on the locked keyring');
    assert.equal(doctor.code, 1, doctor.stdout + doctor.stderr);
    assert.match(doctor.stdout, /^FAIL {2}keychain store {2}unavailable: (the keyring is locked|it did not answer within 3 s \(locked .*); needed by profile alpha$/m);

    const logout = await runCli(['logout', 'alpha', '--local'], { env: sb.env, timeoutMs: 15_000 });

    assert.equal(logout.code, 1, logout.stderr);
    assert.match(logout.stderr, /^authctl: could not delete the secrets of profile "alpha"/);
    assert.match(logout.stderr, /locked/);
    assert.deepEqual((await listJson()).map((p) => p.profile), ['alpha']);
    assert.ok((await keyring.accounts()).includes(alpha.profile.key), 'the entry went while the keyring was locked');

    // Unlocked again, the entry is intact and logout works.
    await keyring.unlock();
    locked = false;
    await assertStored(alpha);
    const retry = await runCli(['logout', 'alpha', '--local'], { env: sb.env });
    assert.equal(retry.code, 0, retry.stderr);
    assert.ok(!(await keyring.accounts()).includes(alpha.profile.key));
  });
});
