// `authctl exec` (a token in a child's environment) and `authctl api` (a call to the profile's API domain).
import type { ZohoProfile } from '../src/profiles/model.js';
import assert from 'node:assert/strict';
import { access, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { ConfigStore } from '../src/profiles/config.js';
import { type Emulator, startEmulator } from './emulator/index.js';
import { runCli } from './helpers/cli.js';
import {
  assertNoSecrets,
  type EmulatorProfile,
  readCredential,
  seedEmulatorProfile,
  setAccessTokenExpiry,
  testContext,
  secretsOf,
} from './helpers/seed.js';
import { apiRequestsWith, emulatorSandbox, type Sandbox, refreshRequests } from './helpers/tokens.js';


const EXPIRED = -60_000;
const NODE = process.execPath;

/** A child that prints what authctl put in its environment and exits with `code`. */
const printEnv = (code: number) =>
  `const e = process.env; process.stdout.write(JSON.stringify({ token: e.AUTHCTL_ACCESS_TOKEN, apiDomain: e.AUTHCTL_API_DOMAIN, header: e.AUTHCTL_AUTH_HEADER, argv: process.argv.slice(1) })); process.exit(${code});`;

let emu: Emulator;
before(async () => {
  emu = await startEmulator();
});
after(() => emu.close());

describe('authctl exec', () => {
  let sb: Sandbox;
  let p: EmulatorProfile;
  beforeEach(async () => {
    sb = await emulatorSandbox(emu);
    p = await seedEmulatorProfile(sb.env, emu, 'acme', { store: 'file' });
  });
  afterEach(() => sb.cleanup());

  test("runs the command with the token, API domain and header in its environment and passes its exit code back", async () => {
    const r = await runCli(['exec', '--', NODE, '-e', printEnv(7), 'one', '--two'], { env: sb.env });

    assert.equal(r.code, 7, r.stderr);
    assert.equal(r.stderr, '');
    assert.deepEqual(JSON.parse(r.stdout), {
      token: p.credential.accessToken,
      apiDomain: p.profile.apiDomain,
      header: `Authorization: Zoho-oauthtoken ${p.credential.accessToken}`,
      argv: ['one', '--two'],
    });
    assert.equal(refreshRequests(emu, p).length, 0);
  });

  test('exits 0 when the command does, and refreshes an expired token first', async () => {
    await setAccessTokenExpiry(sb.env, p.profile, EXPIRED);

    const r = await runCli(['exec', '--profile', 'acme', '--', NODE, '-e', printEnv(0)], { env: sb.env });

    assert.equal(r.code, 0, r.stderr);
    assert.equal(refreshRequests(emu, p).length, 1);
    const stored = await readCredential(sb.env, p.profile);
    assert.notEqual(stored!.accessToken, p.credential.accessToken);
    assert.equal((JSON.parse(r.stdout) as { token: string }).token, stored!.accessToken);
  });

  test('a command killed by a signal exits 128 + its number, and a missing command exits 127', async () => {
    const killed = await runCli(['exec', '--', NODE, '-e', 'process.kill(process.pid, "SIGTERM")'], { env: sb.env });
    assert.equal(killed.code, 143);

    const missing = await runCli(['exec', '--', 'authctl-no-such-command'], { env: sb.env });
    assert.equal(missing.code, 127);
    assert.equal(missing.stdout, '');
    assert.match(missing.stderr, /cannot run authctl-no-such-command: command not found/);
  });

  test('a command with flags but no -- before it: exit 2, nothing run, and the message says to add --', async () => {
    const marker = join(sb.home, 'ran');
    const r = await runCli(['exec', 'sh', '-c', `touch ${marker}`], { env: sb.env });
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /unknown option '-c'/);
    assert.match(r.stderr, /put -- before the command, so its flags are not read as authctl's: authctl exec \[--profile P\] -- sh …/);
    await assert.rejects(access(marker), 'the command did not run');
    // With -- it runs; a mistyped authctl flag before the command gets no such advice.
    assert.equal((await runCli(['exec', '--', 'sh', '-c', `touch ${marker}`], { env: sb.env })).code, 0);
    await access(marker);
    const typo = await runCli(['exec', '--profle', 'acme', '--', 'true'], { env: sb.env });
    assert.equal(typo.code, 2);
    assert.doesNotMatch(typo.stderr, /put --/);
  });

  test('when no token can be had, the command is not run and the error exit code is returned', async () => {
    await setAccessTokenExpiry(sb.env, p.profile, EXPIRED);
    emu.revokeRefreshToken(p.credential.refreshToken);
    const marker = join(sb.home, 'ran');

    const r = await runCli(['exec', '--', NODE, '-e', `require("fs").writeFileSync(${JSON.stringify(marker)}, "")`], { env: sb.env });

    assert.equal(r.code, 4);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /log in again: authctl login --org acme/);
    await assert.rejects(stat(marker), { code: 'ENOENT' }, 'the command did not run');
  });
});

describe('authctl api', () => {
  let sb: Sandbox;
  let p: EmulatorProfile;
  beforeEach(async () => {
    sb = await emulatorSandbox(emu);
    p = await seedEmulatorProfile(sb.env, emu, 'acme', { store: 'file' });
  });
  afterEach(() => sb.cleanup());

  /** What the API answers this token, fetched directly. */
  const direct = async (path: string, accessToken: string) => {
    const res = await fetch(`${p.profile.apiDomain}${path}`, { headers: { authorization: `Zoho-oauthtoken ${accessToken}` } });
    return { status: res.status, body: await res.text() };
  };

  test('a GET prints the body exactly as the API sent it, with the Zoho auth header', async () => {
    const r = await runCli(['api', '/crm/v2/org'], { env: sb.env });

    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const expected = await direct('/crm/v2/org', p.credential.accessToken);
    assert.equal(expected.status, 200);
    assert.equal(r.stdout, expected.body);
    const [call] = apiRequestsWith(emu, p.credential.accessToken);
    assert.equal(call!.method, 'GET');
    assert.equal(call!.path, '/crm/v2/org');
    assert.equal(call!.headers.authorization, `Zoho-oauthtoken ${p.credential.accessToken}`);
  });

  test('a 401 INVALID_TOKEN refreshes once and retries once', async () => {
    // The server forgets the access token authctl still holds as fresh.
    const revoked = await fetch(`${p.profile.accountsServer}/oauth/v2/token/revoke?token=${p.credential.accessToken}`, { method: 'POST' });
    assert.equal(revoked.status, 200);

    const r = await runCli(['api', '/crm/v2/org'], { env: sb.env });

    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.equal(refreshRequests(emu, p).length, 1);
    const fresh = (await readCredential(sb.env, p.profile))!.accessToken!;
    assert.notEqual(fresh, p.credential.accessToken);
    const rejected = apiRequestsWith(emu, p.credential.accessToken);
    const retried = apiRequestsWith(emu, fresh);
    assert.deepEqual([rejected.length, rejected[0]!.status], [1, 401]);
    assert.deepEqual([retried.length, retried[0]!.status], [1, 200]);
    assert.equal(r.stdout, (await direct('/crm/v2/org', fresh)).body);
  });

  test('another non-2xx answer is not retried: its body goes to stdout and authctl exits 1', async () => {
    // Without an org scope the org endpoint answers 401 OAUTH_SCOPE_MISMATCH.
    const narrow = await seedEmulatorProfile(sb.env, emu, 'narrow', { store: 'file', scopes: ['ZohoCRM.modules.ALL'] });

    const r = await runCli(['api', '--profile', 'narrow', '/crm/v2/org'], { env: sb.env });

    assert.equal(r.code, 1);
    assert.equal(refreshRequests(emu, narrow).length, 0);
    assert.equal(apiRequestsWith(emu, narrow.credential.accessToken).length, 1, 'one call, no retry');
    assert.match(r.stderr, /GET \/crm\/v2\/org answered HTTP 401/);
    assertNoSecrets(r.stderr, secretsOf(narrow), 'stderr');
    assert.match(r.stdout, /OAUTH_SCOPE_MISMATCH/);
    assert.equal(r.stdout, (await direct('/crm/v2/org', narrow.credential.accessToken)).body);
  });

  test('-X, -H and -d send a method, headers and a JSON body; --data-stdin reads the body from stdin', async () => {
    const data = '{"data":[{"Last_Name":"Lovelace"}]}';
    const posted = await runCli(['api', '-X', 'put', '-H', 'X-Trace: 42', '-d', data, '/crm/v2/Leads'], { env: sb.env });

    assert.equal(posted.code, 0, posted.stderr);
    const echo = JSON.parse(posted.stdout) as { method: string; path: string; body: unknown };
    assert.deepEqual([echo.method, echo.path, echo.body], ['PUT', '/crm/v2/Leads', JSON.parse(data)]);
    const [call] = apiRequestsWith(emu, p.credential.accessToken);
    assert.equal(call!.headers['x-trace'], '42');
    assert.equal(call!.headers['content-type'], 'application/json');

    const piped = await runCli(['api', '--data-stdin', '/crm/v2/Leads'], { env: sb.env, input: data });
    assert.equal(piped.code, 0, piped.stderr);
    const pipedEcho = JSON.parse(piped.stdout) as { method: string; body: unknown };
    assert.deepEqual([pipedEcho.method, pipedEcho.body], ['POST', JSON.parse(data)]);
  });

  test('a URL on another host is refused before any token is read or sent', async () => {
    for (const target of ['https://evil.example/crm/v2/org', '//evil.example/crm/v2/org']) {
      const r = await runCli(['api', target], { env: sb.env });
      assert.equal(r.code, 2, target);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /is not the profile's API domain/);
    }
    assert.equal(apiRequestsWith(emu, p.credential.accessToken).length, 0);
  });

  test('an API domain outside the data-centre table gets no token; one in it that cannot be reached exits 5', async () => {
    // Port 9 (discard) has no listener here: the connection is refused.
    await new ConfigStore(testContext(sb.env).ctx).update((c) => {
      (c.profiles.acme as ZohoProfile).apiDomain = 'http://127.0.0.1:9';
    });
    const requests = emu.requests.length;
    const refused = await runCli(['api', '/crm/v2/org'], { env: sb.env });
    assert.equal(refused.code, 1, refused.stderr);
    assert.match(refused.stderr, /the API domain http:\/\/127\.0\.0\.1:9 is not one of the data-centre table in force: the token was not sent/);
    assert.equal(emu.requests.length, requests);

    const tableFile = sb.env.AUTHCTL_ZOHO_DATA_CENTRES!;
    const table = JSON.parse(await readFile(tableFile, 'utf8'));
    table.com.apiDomains.production = 'http://127.0.0.1:9';
    await writeFile(tableFile, JSON.stringify(table));
    const r = await runCli(['api', '/crm/v2/org'], { env: sb.env });

    assert.equal(r.code, 5);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /could not reach http:\/\/127\.0\.0\.1:9/);
    assertNoSecrets(r.stderr, secretsOf(p), 'stderr');
  });
});
