/**
 * Issue 12, admin-managed clients (seed 002): an administrator writes the team's
 * OAuth client into a team file once, with no secret in it; every user then runs
 * a bare `authctl login` against the Zoho Accounts emulator, their own authctl
 * fetching the secret from where the file says. A rotation by the administrator
 * ends the sessions made with the old client.
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { startEmulator, type Emulator } from './emulator/index.js';
import { runCli } from './helpers/cli.js';
import { browserHandoff, consent, emulatorSandbox, launchChromium, newClient, readJson, startCli, type TestClient } from './helpers/login.js';
import { assertNoSecrets } from './helpers/seed.js';

describe('team clients', () => {
  let emulator: Emulator;
  let browser: Browser;
  let admin: Awaited<ReturnType<typeof emulatorSandbox>>;
  let client: TestClient;
  const teamEnv = () => join(admin.home, 'team-env.json');
  const teamCmd = () => join(admin.home, 'team-command.json');

  before(async () => {
    [emulator, browser] = await Promise.all([startEmulator({ dataCentres: ['com'] }), launchChromium()]);
    admin = await emulatorSandbox(emulator);
    client = await newClient(emulator);
  });
  after(async () => {
    await Promise.all([emulator?.close(), browser?.close(), admin?.cleanup()]);
  });

  /** A user's machine: its own config folder, the team file, and a browser handoff. */
  async function user(team: string, extra: NodeJS.ProcessEnv = {}) {
    const sandbox = await emulatorSandbox(emulator, { AUTHCTL_STORE: 'file', AUTHCTL_TEAM_CONFIG: team, ...extra });
    const handoff = browserHandoff(sandbox.home);
    return { sandbox, handoff, env: { ...sandbox.env, ...handoff.env } };
  }

  async function login(u: Awaited<ReturnType<typeof user>>, args: string[], org: string, index = 0) {
    const cli = startCli(['login', ...args], u.env);
    await consent(browser, await u.handoff.nextUrl(index), { org });
    return cli.result;
  }

  test('the administrator writes the client into team files, never the secret', async () => {
    const common = ['--client-id', client.clientId, '--redirect-uri', client.redirectUri, '--instructions', 'Ask #crm-help for access.'];
    const byEnv = await runCli(['client', 'add', 'acme', ...common, '--team-file', teamEnv(), '--secret-env', 'ACME_CRM_SECRET'], { env: admin.env });
    assert.equal(byEnv.code, 0, byEnv.stderr);
    const secretFile = join(admin.home, 'acme-secret');
    await writeFile(secretFile, `${client.clientSecret}\n`, { mode: 0o600 });
    const byCommand = await runCli(['client', 'add', 'acme', ...common, '--team-file', teamCmd(), '--secret-command', `cat ${secretFile}`], { env: admin.env });
    assert.equal(byCommand.code, 0, byCommand.stderr);
    const team = await readJson(teamEnv());
    assert.deepEqual(team.clients.acme.secret, { env: 'ACME_CRM_SECRET' });
    assert.equal(team.clients.acme.secretVersion, 1);
    assert.deepEqual((await readJson(teamCmd())).clients.acme.secret, { command: ['cat', secretFile] });
    assertNoSecrets(`${await readFile(teamEnv(), 'utf8')}${await readFile(teamCmd(), 'utf8')}`, [client.clientSecret], 'the team files');
    // The administrator's own config is untouched: the client lives in the team file.
    assert.deepEqual((await runCli(['client', 'list', '--json'], { env: admin.env }).then((r) => JSON.parse(r.stdout))), []);
  });

  test('two users log in with a bare `authctl login`: one secret from an environment variable, one from a command', async () => {
    for (const [team, extra] of [
      [teamEnv(), { ACME_CRM_SECRET: client.clientSecret }],
      [teamCmd(), {}],
    ] as const) {
      const u = await user(team, extra);
      try {
        const listed = JSON.parse((await runCli(['client', 'list', '--json'], { env: u.env })).stdout);
        assert.deepEqual(listed.map((c: { client: string; source: string }) => [c.client, c.source]), [['acme', 'team']]);
        const result = await login(u, ['--org', 'sandbox'], 'Acme Sandbox (sandbox)');
        assert.equal(result.code, 0, result.stderr);
        assert.match(result.stderr, /with client acme/);
        assert.match(result.stderr, /Ask #crm-help for access\./);
        const profile = (await readJson(join(u.sandbox.configDir, 'config.json'))).profiles.sandbox;
        assert.deepEqual([profile.client, profile.team], ['acme', { clientId: client.clientId, secretVersion: 1 }]);
        const token = await runCli(['token', '--org', 'sandbox'], { env: u.env });
        assert.equal(token.code, 0, token.stderr);
        assertNoSecrets(`${result.stderr}${JSON.stringify(profile)}`, [client.clientSecret], 'login output and profile');
      } finally {
        await u.sandbox.cleanup();
      }
    }
    const exchanges = emulator.tokenRequests('authorization_code').filter((r) => r.form.client_id === client.clientId);
    assert.deepEqual(exchanges.map((r) => r.form.client_secret === client.clientSecret), [true, true]);
  });

  test("a secret the user's machine cannot produce is named, with where it should come from", async () => {
    const u = await user(teamEnv());
    try {
      const r = await runCli(['login', '--org', 'sandbox', '--no-browser'], { env: u.env });
      assert.equal(r.code, 3);
      assert.match(r.stderr, /the secret of team client "acme" comes from the environment variable ACME_CRM_SECRET, which is not set/);
    } finally {
      await u.sandbox.cleanup();
    }
    const broken = join(admin.home, 'team-broken.json');
    const team = await readJson(teamEnv());
    team.clients.acme.clientSecret = 'written-here-by-mistake';
    await writeFile(broken, JSON.stringify(team));
    const v = await user(broken, { ACME_CRM_SECRET: client.clientSecret });
    try {
      const r = await runCli(['client', 'list'], { env: v.env });
      assert.equal(r.code, 1);
      assert.match(r.stderr, /clients\.acme\.clientSecret is not a known field \(a team file never holds a secret/);
      assert.doesNotMatch(r.stderr, /written-here-by-mistake/);
      const doctor = await runCli(['doctor'], { env: v.env });
      assert.equal(doctor.code, 1);
      assert.match(doctor.stdout, /^FAIL {2}team file +the team file .*team-broken\.json is not valid: clients\.acme\.clientSecret is not a known field/m);
      assert.doesNotMatch(doctor.stdout + doctor.stderr, /written-here-by-mistake/);
    } finally {
      await v.sandbox.cleanup();
    }
  });

  test('doctor reports the team file: its clients, and a secret variable this machine lacks', async () => {
    const without = await user(teamEnv());
    const withSecret = await user(teamEnv(), { ACME_CRM_SECRET: client.clientSecret });
    try {
      const missing = await runCli(['doctor'], { env: without.env });
      assert.equal(missing.code, 0, missing.stdout);
      assert.match(missing.stdout, /^ok {4}team file +\S*team-env\.json: client acme$/m);
      assert.match(missing.stdout, /^warn {2}team file +team client "acme" takes its secret from the environment variable ACME_CRM_SECRET, which is not set here/m);
      const ready = await runCli(['doctor'], { env: withSecret.env });
      assert.doesNotMatch(ready.stdout, /^warn {2}team file/m);
      assertNoSecrets(ready.stdout + ready.stderr, [client.clientSecret], 'doctor');
      const gone = await runCli(['doctor'], { env: { ...withSecret.env, AUTHCTL_TEAM_CONFIG: join(admin.home, 'no-such-team.json') } });
      assert.equal(gone.code, 1);
      assert.match(gone.stdout, /^FAIL {2}team file +cannot read the team file .*no-such-team\.json: ENOENT; fix AUTHCTL_TEAM_CONFIG, or unset it$/m);
    } finally {
      await without.sandbox.cleanup();
      await withSecret.sandbox.cleanup();
    }
  });

  test('the administrator rotates the secret: the profiles made before exit 4 naming the change, until a new login', async () => {
    const u = await user(teamEnv(), { ACME_CRM_SECRET: client.clientSecret });
    try {
      assert.equal((await login(u, ['--org', 'sandbox'], 'Acme Sandbox (sandbox)')).code, 0);
      assert.equal((await runCli(['token', '--org', 'sandbox'], { env: u.env })).code, 0);

      const rotated = await runCli(['client', 'update', 'acme', '--team-file', teamEnv(), '--rotate'], { env: admin.env });
      assert.equal(rotated.code, 0, rotated.stderr);
      const token = await runCli(['token', '--org', 'sandbox'], { env: u.env });
      assert.equal(token.code, 4);
      assert.equal(token.stdout, '');
      assert.match(token.stderr, /profile "sandbox" needs a new login: your administrator rotated the secret of the team client "acme" \(secret version 1 → 2\)/);
      assert.match(token.stderr, /log in again: authctl login --org sandbox/);
      const status = JSON.parse((await runCli(['status', '--json'], { env: u.env })).stdout);
      assert.deepEqual(status.map((s: { profile: string; state: string }) => [s.profile, s.state]), [['sandbox', 'needs login']]);

      assert.equal((await login(u, ['--org', 'sandbox'], 'Acme Sandbox (sandbox)', 1)).code, 0);
      const again = await runCli(['token', '--org', 'sandbox'], { env: u.env });
      assert.equal(again.code, 0, again.stderr);
    } finally {
      await u.sandbox.cleanup();
    }
  });
});
