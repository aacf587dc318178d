/**
 * Issue 12, API keys: seed 002's third way to connect. A local server stands in
 * for the CRM's API and checks the headers each provider documents; authctl runs
 * as a child process, on a real terminal (tmux) where it prompts.
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { makeSandbox, runCli } from './helpers/cli.js';
import { startHostile } from './helpers/hostile.js';
import { readJson } from './helpers/login.js';
import { assertNoSecrets } from './helpers/seed.js';
import { startTty } from './helpers/tty.js';

const GOOD = 'insightly-key-0123456789abcdef';
const basic = (key: string) => `Basic ${Buffer.from(`${key}:`).toString('base64')}`;

describe('API keys', () => {
  let sb: Awaited<ReturnType<typeof makeSandbox>>;
  let crm: Awaited<ReturnType<typeof startHostile>>;
  let apiUrl: string;
  const config = () => readJson(join(sb.configDir, 'config.json'));
  const secretsText = () => readFile(join(sb.configDir, 'secrets.json'), 'utf8').catch(() => '');

  before(async () => {
    sb = await makeSandbox({ AUTHCTL_STORE: 'file' });
    // Insightly's API as documented: HTTP Basic, the key as user name and an empty password.
    crm = await startHostile((req, res) => {
      const good = req.headers.authorization === basic(GOOD) || req.headers.authorization === `Token token=${GOOD}` || req.headers['x-pw-accesstoken'] === GOOD;
      res.writeHead(good ? 200 : 401, { 'content-type': 'application/json' });
      res.end(JSON.stringify(good ? { path: req.url, app: req.headers['x-app'] ?? null } : { message: 'Unauthorized' }));
    });
    apiUrl = `${crm.url}/v3.1`;
  });
  after(async () => {
    await crm?.close();
    await sb?.cleanup();
  });

  test('login on a terminal: the warning, the key asked for hidden, the API URL, one check; then token, --header, --json, api, status', async () => {
    const tty = await startTty(['login', '--provider', 'insightly', '--profile', 'ins'], sb.env, sb.home);
    try {
      await tty.waitForScreen(/copy the API key and the API URL[\s\S]*API key:/);
      await tty.type(GOOD);
      await tty.waitForScreen(/API URL \(e\.g\. https:\/\/api\.na1\.insightly\.com\/v3\.1\):/);
      await tty.type(apiUrl);
      assert.equal(await tty.exitCode(), 0, await tty.screen());
      const screen = await tty.screen();
      assert.match(screen, /Logged in: profile ins → Insightly with an API key \(checked\)/);
      assertNoSecrets(screen, [GOOD], 'the terminal');
    } finally {
      await tty.kill();
    }
    assert.deepEqual(crm.requests.map((r) => [r.target, r.headers.authorization]), [['/v3.1/Users/Me', basic(GOOD)]]);
    const profile = (await config()).profiles.ins;
    assert.deepEqual([profile.provider, profile.auth, profile.apiBase, profile.fields], ['insightly', 'apiKey', apiUrl, { apiUrl }]);
    assertNoSecrets(JSON.stringify(await config()), [GOOD], 'config.json');

    const token = await runCli(['token', '--profile', 'ins'], { env: sb.env });
    assert.equal(token.stdout, `${GOOD}\n`);
    const header = await runCli(['token', '--profile', 'ins', '--header'], { env: sb.env });
    assert.equal(header.stdout, `Authorization: ${basic(GOOD)}\n`);
    const json = JSON.parse((await runCli(['token', '--profile', 'ins', '--json'], { env: sb.env })).stdout);
    assert.deepEqual(json, { profile: 'ins', provider: 'insightly', auth: 'apiKey', fields: { apiKey: GOOD, apiUrl }, apiBase: apiUrl });
    const api = await runCli(['api', '--profile', 'ins', '/Contacts?top=1'], { env: sb.env });
    assert.equal(api.code, 0, api.stderr);
    assert.equal(JSON.parse(api.stdout).path, '/v3.1/Contacts?top=1');
    assert.equal(crm.requests.at(-1)!.headers.authorization, basic(GOOD));
    const status = JSON.parse((await runCli(['status', '--profile', 'ins', '--json'], { env: sb.env })).stdout);
    assert.deepEqual(status.map((s: { state: string; usable: boolean }) => [s.state, s.usable]), [['api key', true]]);
  });

  test('a wrong key is refused with exit 4 after the check, and nothing is stored', async () => {
    const before = await secretsText();
    const r = await runCli(['login', '--provider', 'insightly', '--profile', 'wrong', '--stdin'], {
      env: sb.env,
      input: JSON.stringify({ apiKey: 'not-the-key', apiUrl }),
    });
    assert.equal(r.code, 4, r.stderr);
    assert.match(r.stderr, /Insightly rejected the API key \(HTTP 401\); nothing was stored/);
    assert.equal((await config()).profiles.wrong, undefined);
    assert.equal(await secretsText(), before);
    assertNoSecrets(r.stderr, ['not-the-key'], 'stderr');

    const offHost = await runCli(['login', '--provider', 'insightly', '--profile', 'wrong', '--stdin'], {
      env: sb.env,
      input: JSON.stringify({ apiKey: GOOD, apiUrl: 'https://evil.example/v3.1' }),
    });
    assert.equal(offHost.code, 2);
    assert.match(offHost.stderr, /is not on the provider's hosts \(\.insightly\.com\): the key was not sent/);
  });

  test("a provider of your own: a header template and an extra header, from a file", async () => {
    const file = join(sb.home, 'token-crm.json');
    await writeFile(
      file,
      JSON.stringify({
        title: 'Token CRM',
        type: 'apiKey',
        apiKey: { fields: { apiKey: { title: 'API key', secret: true } }, headers: { Authorization: 'Token token={apiKey}', 'X-App': 'authctl' }, base: `${crm.url}/api`, check: '/me' },
      }),
    );
    assert.equal((await runCli(['provider', 'add', 'tokencrm', '--file', file], { env: sb.env })).code, 0);
    const login = await runCli(['login', '--provider', 'tokencrm', '--stdin'], { env: sb.env, input: JSON.stringify({ apiKey: GOOD }) });
    assert.equal(login.code, 0, login.stderr);
    assert.equal(crm.requests.at(-1)!.target, '/api/me');
    const header = await runCli(['token', '--profile', 'tokencrm', '--header'], { env: sb.env });
    assert.equal(header.stdout, `Authorization: Token token=${GOOD}\n`);
    const api = JSON.parse((await runCli(['api', '--profile', 'tokencrm', '/deals'], { env: sb.env })).stdout);
    assert.deepEqual(api, { path: '/api/deals', app: 'authctl' });
  });

  test('every built-in API-key provider passes the checks a provider file must pass; Copper sends its three documented headers', async () => {
    for (const name of ['insightly', 'freshsales', 'copper', 'close', 'pipedrive', 'attio', 'zendesk-sell', 'monday']) {
      const shown = await runCli(['provider', 'show', name], { env: sb.env });
      const file = join(sb.home, `${name}-copy.json`);
      await writeFile(file, shown.stdout);
      const added = await runCli(['provider', 'add', `${name}-copy`, '--file', file], { env: sb.env });
      assert.equal(added.code, 0, `${name}: ${added.stderr}`);
      assert.ok(JSON.parse(shown.stdout).apiKey, `${name} takes API keys`);
    }
    const file = join(sb.home, 'copper-local.json');
    await writeFile(file, JSON.stringify({ extends: 'copper', apiKey: { base: `${crm.url}/developer_api/v1` } }));
    assert.equal((await runCli(['provider', 'add', 'copper-local', '--file', file], { env: sb.env })).code, 0);
    const login = await runCli(['login', '--provider', 'copper-local', '--stdin'], { env: sb.env, input: JSON.stringify({ apiKey: GOOD, userEmail: 'ada@example.com' }) });
    assert.equal(login.code, 0, login.stderr);
    const check = crm.requests.at(-1)!;
    assert.equal(check.target, '/developer_api/v1/account');
    assert.deepEqual([check.headers['x-pw-accesstoken'], check.headers['x-pw-application'], check.headers['x-pw-useremail']], [GOOD, 'developer_api', 'ada@example.com']);
    const header = await runCli(['token', '--profile', 'copper-local', '--header'], { env: sb.env });
    assert.equal(header.stdout, `X-PW-AccessToken: ${GOOD}\n`);
  });

  test('export → CI mode: the key and its fields travel as one value; token and api work with no config', async () => {
    for (const [profile, path, expected] of [
      ['ins', '/Contacts', '/v3.1/Contacts'],
      ['tokencrm', '/deals', '/api/deals'],
    ] as const) {
      const exported = await runCli(['export', '--profile', profile], { env: sb.env });
      assert.equal(exported.code, 0, exported.stderr);
      const url = exported.stdout.trim();
      assert.match(url, new RegExp(`^authctl://${profile === 'ins' ? 'insightly' : 'tokencrm'}\\?v=1&auth=api_key&api_key=`));
      const ci = await makeSandbox({ AUTHCTL_AUTH_URL: url });
      try {
        const token = await runCli(['token'], { env: ci.env });
        assert.equal(token.code, 0, token.stderr);
        assert.equal(token.stdout, `${GOOD}\n`);
        const api = await runCli(['api', path], { env: ci.env });
        assert.equal(api.code, 0, api.stderr);
        assert.equal(JSON.parse(api.stdout).path, expected);
        await assert.rejects(readFile(join(ci.configDir, 'config.json'), 'utf8'), /ENOENT/);
      } finally {
        await ci.cleanup();
      }
      // import stores the same value as a profile on another machine (a provider of your own comes along).
      const other = await makeSandbox({ AUTHCTL_STORE: 'file' });
      try {
        const imported = await runCli(['import', '--stdin', '--profile', 'copy'], { env: other.env, input: url });
        assert.equal(imported.code, 0, imported.stderr);
        const exec = await runCli(['exec', '--profile', 'copy', '--', process.execPath, '-e', 'console.log(process.env.AUTHCTL_AUTH_HEADER + " " + process.env.AUTHCTL_API_BASE)'], { env: other.env });
        assert.equal(exec.code, 0, exec.stderr);
        const header = profile === 'ins' ? `Authorization: ${basic(GOOD)}` : `Authorization: Token token=${GOOD}`;
        assert.equal(exec.stdout, `${header} ${profile === 'ins' ? apiUrl : `${crm.url}/api`}\n`);
      } finally {
        await other.cleanup();
      }
    }
  });

  test('logout deletes the key and says there is nothing to revoke', async () => {
    const requests = crm.requests.length;
    const r = await runCli(['logout', 'ins'], { env: sb.env });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /nothing to revoke \(an API key: delete or rotate it in the CRM if it may have leaked\)/);
    assert.equal(crm.requests.length, requests);
    assert.equal((await config()).profiles.ins, undefined);
    assert.doesNotMatch(await secretsText(), /profile:insightly:api-key:ins/);
  });
});
