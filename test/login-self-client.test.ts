// authctl login --self-client: a code generated "in the API console" (the emulator's
// issueSelfClientCode), pasted on a real terminal (tmux) or piped with --code -, and every
// token-endpoint error a user meets, provoked at the emulator.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test, type TestContext } from 'node:test';
import { type Emulator, type EmulatorSettings, startEmulator } from './emulator/index.js';
import { runCli } from './helpers/cli.js';
import { startKeyring, type TestKeyring } from './helpers/keyring.js';
import { addClient, emulatorSandbox, newClient, readJson, type TestClient } from './helpers/login.js';
import { freePort } from './helpers/ports.js';
import { startTty } from './helpers/tty.js';

let emulator: Emulator;
let keyring: TestKeyring;

before(async () => {
  await runCli(['--version']).then((r) => assert.equal(r.code, 0, 'build first: node scripts/build.mjs'));
  [emulator, keyring] = await Promise.all([startEmulator({ dataCentres: ['com', 'eu'] }), startKeyring()]);
});

after(async () => {
  await Promise.all([emulator?.close(), keyring?.stop()]);
});

const ORGS = { production: '700001', sandbox: '700002', developer: '700003' } as const;

/** A sandbox with a self client registered at Zoho (home dc com, not multi-DC) and in authctl. */
async function setup(o: { secret?: string } = {}) {
  const sandbox = await emulatorSandbox(emulator, keyring.env);
  const client = await newClient(emulator, { selfClient: true, multiDc: false });
  await addClient(sandbox.env, client, { selfClient: true, secret: o.secret });
  return { sandbox, client, env: sandbox.env };
}

const codeFor = (c: TestClient, org: keyof typeof ORGS, o: { ttlSeconds?: number } = {}) =>
  emulator.issueSelfClientCode({ clientId: c.clientId, orgId: ORGS[org], scopes: ['ZohoCRM.modules.ALL', 'ZohoCRM.org.READ'], ...o });

const exchangesOf = (c: TestClient) => emulator.tokenRequests('authorization_code').filter((r) => r.form.client_id === c.clientId);
const configText = (dir: string) => readFile(join(dir, 'config.json'), 'utf8').catch(() => '(none)');
const secretsText = (dir: string) => readFile(join(dir, 'secrets.json'), 'utf8').catch(() => '(none)');

function useSettings(t: TestContext, s: Partial<EmulatorSettings>): void {
  const saved = { ...emulator.settings };
  Object.assign(emulator.settings, s);
  t.after(() => {
    emulator.settings = saved;
  });
}

test('--code - reads the code from stdin (trimmed), exchanges it without a redirect URI and records the org', async () => {
  const { sandbox, client, env } = await setup();
  const code = codeFor(client, 'sandbox');
  const r = await runCli(['login', '--org', 'sandbox', '--code', '-', '--scope', 'ZohoCRM.modules.ALL,ZohoCRM.org.READ', '--store', 'file'], {
    env,
    input: `   ${code}   \n`,
  });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');

  const exchanges = exchangesOf(client);
  assert.equal(exchanges.length, 1);
  assert.equal(exchanges[0]!.dc, 'com');
  assert.equal(exchanges[0]!.form.code, code);
  assert.equal(exchanges[0]!.form.redirect_uri, undefined, 'a self-client code is exchanged without redirect_uri');

  const profile = (await readJson(join(sandbox.configDir, 'config.json'))).profiles.sandbox;
  assert.equal(profile.environment, 'sandbox');
  assert.equal(profile.orgId, ORGS.sandbox);
  assert.equal(profile.orgName, 'Acme Sandbox');
  assert.equal(profile.accountsServer, emulator.dataCentres.com!.accountsServer);
  assert.equal(profile.apiDomain, emulator.dataCentres.com!.apiDomains.sandbox);
  assert.deepEqual(profile.scopes, ['ZohoCRM.modules.ALL', 'ZohoCRM.org.READ']);
  assert.equal(profile.store, 'file');
  assert.equal(profile.client, client.name);

  const stored = JSON.parse((await readJson(join(sandbox.configDir, 'secrets.json'))).secrets[profile.key]);
  const api = await fetch(`${profile.apiDomain}/crm/v8/org`, { headers: { authorization: `Zoho-oauthtoken ${stored.at}` } });
  assert.equal(api.status, 200, 'the stored access token works without a refresh');
  for (const secret of [code, stored.rt, stored.at, client.clientSecret]) assert.ok(!r.stderr.includes(secret));
  assert.match(r.stderr, /Logged in: profile sandbox → org Acme Sandbox \(700002\), sandbox environment, data centre com/);
  await sandbox.cleanup();
});

test('on a terminal the code is asked with hidden input; a code of the wrong shape is refused before any request', async () => {
  const { sandbox, client, env } = await setup();
  const requestsBefore = emulator.requests.length;
  const tty = await startTty(['login', '--org', 'dev', '--env', 'developer', '--self-client', '--store', 'keychain'], env, sandbox.home);
  try {
    let screen = await tty.waitForScreen(/Self-client code:/);
    assert.match(screen, /Generate a code in the Zoho API console: Self Client → Generate Code/);
    assert.match(screen, /the environment \(developer\) and the org\. It expires in the minutes you chose \(3 to 10\): paste it right away\./);

    await tty.type('not-a-code');
    screen = await tty.waitForScreen(/that is not a Zoho code/);
    assert.equal(emulator.requests.length, requestsBefore, 'nothing was sent for a malformed code');
    assert.doesNotMatch(screen, /not-a-code/, 'typed input is masked');

    const code = codeFor(client, 'developer');
    await tty.type('\u0015', false); // Ctrl-U clears the rejected input
    await tty.type(code);
    assert.equal(await tty.exitCode(), 0, await tty.screen());
    screen = await tty.screen();
    assert.ok(!screen.includes(code), 'the code never appears on the terminal');
    assert.match(screen, /\*{20,}/);
    assert.match(screen, /Logged in: profile dev → org Acme Dev \(700003\), developer environment/);

    const profile = (await readJson(join(sandbox.configDir, 'config.json'))).profiles.dev;
    assert.equal(profile.store, 'keychain');
    const stored = await keyring.lookup(profile.key);
    assert.ok(stored && JSON.parse(stored).rt, 'the refresh token is in the keychain');
    assert.equal(exchangesOf(client).length, 1);
  } finally {
    await tty.kill();
  }
  await sandbox.cleanup();
});

test('bad input is refused before any request: wrong shape on stdin, a code in argv, no terminal', async () => {
  const { sandbox, client, env } = await setup();
  const before = emulator.requests.length;
  const shape = await runCli(['login', '--org', 'sandbox', '--code', '-'], { env, input: 'hello world\n' });
  assert.equal(shape.code, 2);
  assert.match(shape.stderr, /that is not a Zoho code: expected 1000\.<hex>\.<hex>/);
  assert.match(shape.stderr, /nothing was sent to Zoho/);

  const code = codeFor(client, 'sandbox');
  const argv = await runCli(['login', '--org', 'sandbox', '--code', code], { env });
  assert.equal(argv.code, 2);
  assert.match(argv.stderr, /a code is never taken from the command line/);
  assert.ok(!argv.stderr.includes(code));

  const noTty = await runCli(['login', '--org', 'sandbox', '--self-client'], { env });
  assert.equal(noTty.code, 2);
  assert.match(noTty.stderr, /no terminal to ask for the self-client code/);
  assert.match(noTty.stderr, /--code -/);

  const empty = await runCli(['login', '--org', 'sandbox', '--code', '-'], { env, input: '\n' });
  assert.equal(empty.code, 2);
  assert.match(empty.stderr, /no code on stdin/);

  assert.equal(emulator.requests.length, before);
  assert.deepEqual((await readJson(join(sandbox.configDir, 'config.json'))).profiles, {});
  await sandbox.cleanup();
});

test('invalid_code: an expired code and a code used twice are explained (exit 4), the profile untouched', async () => {
  const { sandbox, client, env } = await setup();
  const code = codeFor(client, 'sandbox');
  const first = await runCli(['login', '--org', 'sandbox', '--code', '-'], { env, input: code });
  assert.equal(first.code, 0, first.stderr);
  const config = await configText(sandbox.configDir);
  const secrets = await secretsText(sandbox.configDir);

  const reused = await runCli(['login', '--org', 'sandbox', '--code', '-'], { env, input: code });
  assert.equal(reused.code, 4);
  assert.match(reused.stderr, /Zoho rejected the self-client code: it has expired or was already used/);
  assert.match(reused.stderr, /self-client codes live only the 3 to 10 minutes chosen in the API console/);

  const expiring = codeFor(client, 'sandbox', { ttlSeconds: 180 });
  emulator.advance(181_000);
  const expired = await runCli(['login', '--org', 'sandbox', '--code', '-'], { env, input: expiring });
  assert.equal(expired.code, 4);
  assert.match(expired.stderr, /it has expired or was already used/);

  assert.equal(await configText(sandbox.configDir), config);
  assert.equal(await secretsText(sandbox.configDir), secrets);
  assert.equal(exchangesOf(client).length, 3);
  await sandbox.cleanup();
});

test('invalid_client: the data centre used is named (exit 4)', async () => {
  const { sandbox, client, env } = await setup();
  // The client lives in com and has no multi-DC: eu does not know it.
  const r = await runCli(['login', '--org', 'sandbox', '--dc', 'eu', '--code', '-'], { env, input: codeFor(client, 'sandbox') });
  assert.equal(r.code, 4);
  const eu = emulator.dataCentres.eu!.accountsServer;
  assert.ok(r.stderr.includes(`Zoho does not know this client at the eu data centre (${eu})`), r.stderr);
  assert.match(r.stderr, /check the client id of client "crm\d+" and that your Zoho account lives in data centre eu \(--dc\)/);
  assert.deepEqual(exchangesOf(client).map((x) => x.dc), ['eu']);
  await sandbox.cleanup();
});

test('invalid_client_secret: says which client and how to store the secret again (exit 4); client update --secret fixes it', async () => {
  const { sandbox, client, env } = await setup({ secret: 'not-the-real-secret' });
  const r = await runCli(['login', '--org', 'sandbox', '--code', '-'], { env, input: codeFor(client, 'sandbox') });
  assert.equal(r.code, 4);
  assert.match(r.stderr, new RegExp(`Zoho rejected the client secret of client "${client.name}" at data centre com`));
  assert.match(r.stderr, new RegExp(`store it again: authctl client update ${client.name} --secret`));
  assert.ok(!r.stderr.includes('not-the-real-secret'));

  const update = await runCli(['client', 'update', client.name, '--secret', '--client-secret-stdin'], { env, input: `${client.clientSecret}\n` });
  assert.equal(update.code, 0, update.stderr);
  assert.match(update.stderr, new RegExp(`Updated client ${client.name}: its secret \\(in .*secrets\\.json\\)`));
  const config = await readJson(join(sandbox.configDir, 'config.json'));
  assert.equal(config.clients[client.name].clientId, client.clientId, 'the rest of the client is kept');
  const again = await runCli(['login', '--org', 'sandbox', '--code', '-'], { env, input: codeFor(client, 'sandbox') });
  assert.equal(again.code, 0, again.stderr);
  await sandbox.cleanup();
});

test('Access Denied at the token endpoint: exit 6 with what to do, nothing stored', async (t) => {
  const { sandbox, client, env } = await setup();
  useSettings(t, { refreshTokensPerUserPerClient: 1, refreshTokenOverflow: 'refuse' });
  const first = await runCli(['login', '--org', 'sandbox', '--code', '-'], { env, input: codeFor(client, 'sandbox') });
  assert.equal(first.code, 0, first.stderr);
  const second = await runCli(['login', '--org', 'dev', '--env', 'developer', '--code', '-'], { env, input: codeFor(client, 'developer') });
  assert.equal(second.code, 6);
  assert.match(second.stderr, /\(Access Denied\)/);
  assert.match(second.stderr, /log out of profiles you no longer use/);
  assert.deepEqual(Object.keys((await readJson(join(sandbox.configDir, 'config.json'))).profiles), ['sandbox']);
  await sandbox.cleanup();
});

test('an HTML answer, a token endpoint that hangs, and a refused connection: exit 5, profile untouched', async (t) => {
  const { sandbox, client, env } = await setup();
  const ok = await runCli(['login', '--org', 'sandbox', '--code', '-'], { env, input: codeFor(client, 'sandbox') });
  assert.equal(ok.code, 0, ok.stderr);
  const config = await configText(sandbox.configDir);
  const secrets = await secretsText(sandbox.configDir);

  useSettings(t, { tokenEndpointMode: 'html' });
  const html = await runCli(['login', '--org', 'sandbox', '--code', '-'], { env, input: codeFor(client, 'sandbox') });
  assert.equal(html.code, 5);
  assert.match(html.stderr, /Zoho Accounts could not be used: http:\/\/127\.0\.0\.1:\d+ answered HTTP 502 with text\/html, not JSON/);
  assert.doesNotMatch(html.stderr, /<html|Bad Gateway/, 'the HTML body is not echoed');

  emulator.settings.tokenEndpointMode = 'hang';
  const started = Date.now();
  const hang = await runCli(['login', '--org', 'sandbox', '--code', '-'], { env: { ...env, AUTHCTL_HTTP_TIMEOUT: '1' }, input: codeFor(client, 'sandbox') });
  assert.equal(hang.code, 5);
  assert.match(hang.stderr, /did not answer within 1 s/);
  assert.ok(Date.now() - started < 10_000);

  // A data centre whose accounts server is down.
  const table = JSON.parse(emulator.dataCentresJson());
  const closed = `http://127.0.0.1:${await freePort()}`;
  table.uk = { location: 'uk', accountsServer: closed, apiDomains: { production: closed } };
  const file = join(sandbox.home, 'with-uk.json');
  await writeFile(file, JSON.stringify(table));
  const refused = await runCli(['login', '--org', 'sandbox', '--dc', 'uk', '--code', '-'], {
    env: { ...env, AUTHCTL_ZOHO_DATA_CENTRES: file },
    input: codeFor(client, 'sandbox'),
  });
  assert.equal(refused.code, 5);
  assert.ok(refused.stderr.includes(`${closed} refused the connection`), refused.stderr);
  assert.match(refused.stderr, /check your network connection/);

  assert.equal(await configText(sandbox.configDir), config);
  assert.equal(await secretsText(sandbox.configDir), secrets);
  await sandbox.cleanup();
});

test("README's login --org dev --self-client with a developer org's code: the environment comes from the code's org", async () => {
  const { sandbox, client, env } = await setup();
  const r = await runCli(['login', '--org', 'dev', '--self-client', '--code', '-'], { env, input: codeFor(client, 'developer') });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /Logged in: profile dev → org Acme Dev \(700003\), developer environment, data centre com/);
  const profile = (await readJson(join(sandbox.configDir, 'config.json'))).profiles.dev;
  assert.equal(profile.environment, 'developer');
  assert.equal(profile.apiDomain, emulator.dataCentres.com!.apiDomains.developer);
  const token = await runCli(['api', '--org', 'dev', '/crm/v8/org'], { env });
  assert.equal(JSON.parse(token.stdout).org[0].id, '700003');
  await sandbox.cleanup();
});

test('a self-client code made for another org than the profile\'s is refused: profile and token kept, the new token revoked', async () => {
  const { sandbox, client, env } = await setup();
  const first = await runCli(['login', '--org', 'acme', '--code', '-'], { env, input: codeFor(client, 'production') });
  assert.equal(first.code, 0, first.stderr);
  const config = await configText(sandbox.configDir);
  const secrets = await secretsText(sandbox.configDir);
  const globex = emulator.issueSelfClientCode({ clientId: client.clientId, orgId: '700011', scopes: ['ZohoCRM.modules.ALL', 'ZohoCRM.org.READ'] });

  const other = await runCli(['login', '--org', 'acme', '--code', '-'], { env, input: globex });
  assert.equal(other.code, 1, other.stderr);
  assert.match(other.stderr, /profile "acme" is Acme Inc \(700001, production, data centre com\), but you chose Globex Corporation \(700011, production, data centre com\)/);
  assert.match(other.stderr, /authctl login --self-client --profile globex-corporation/);
  assert.equal(await configText(sandbox.configDir), config);
  assert.equal(await secretsText(sandbox.configDir), secrets);
  assert.deepEqual(emulator.liveRefreshTokens(client.clientId).map((t) => t.orgId), ['700001'], "Globex's new token was revoked, Acme's kept");
  await sandbox.cleanup();
});

test('org and profile names in any script: login --org Zürich, then token --org Zürich', async () => {
  const { sandbox, client, env } = await setup();
  const r = await runCli(['login', '--org', 'Zürich', '--code', '-'], { env, input: codeFor(client, 'sandbox') });
  assert.equal(r.code, 0, r.stderr);
  assert.ok('Zürich' in (await readJson(join(sandbox.configDir, 'config.json'))).profiles);
  const token = await runCli(['token', '--org', 'Zürich'], { env });
  assert.equal(token.code, 0, token.stderr);
  assert.match(token.stdout, /^1000\.[0-9a-f]+\.[0-9a-f]+\n$/);
  const bad = await runCli(['login', '--org', 'Zür ich', '--code', '-'], { env, input: codeFor(client, 'sandbox') });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /invalid --org "Zür ich"/);
  assert.match(bad.stderr, /letters \(of any script\), digits/);
  await sandbox.cleanup();
});

test('a code generated for an org of another environment than --env: exit 4 and the new token revoked', async () => {
  const { sandbox, client, env } = await setup();
  const r = await runCli(['login', '--org', 'acme', '--env', 'sandbox', '--code', '-'], { env, input: codeFor(client, 'production') });
  assert.equal(r.code, 4);
  assert.match(r.stderr, /you chose Acme Inc, a production org, but --env sandbox asks for a sandbox org/);
  assert.match(r.stderr, /generate the code for a sandbox org/);
  assert.deepEqual(emulator.liveRefreshTokens(client.clientId), [], 'the refresh token of the failed login was revoked');
  assert.deepEqual((await readJson(join(sandbox.configDir, 'config.json'))).profiles, {});
  await sandbox.cleanup();
});

test('a second profile for an org and environment already stored is refused: exit 1, its token revoked, the first kept', async () => {
  const { sandbox, client, env } = await setup();
  const first = await runCli(['login', '--org', 'sandbox', '--code', '-'], { env, input: codeFor(client, 'sandbox') });
  assert.equal(first.code, 0, first.stderr);
  const config = await configText(sandbox.configDir);
  const secrets = await secretsText(sandbox.configDir);

  const twin = await runCli(['login', '--profile', 'sb2', '--env', 'sandbox', '--code', '-'], { env, input: codeFor(client, 'sandbox') });
  assert.equal(twin.code, 1);
  assert.match(twin.stderr, /this org and environment are already stored as profile "sandbox"/);
  assert.match(twin.stderr, /replace it by giving --profile sandbox, or log out of it first: authctl logout sandbox/);
  assert.equal(await configText(sandbox.configDir), config);
  assert.equal(await secretsText(sandbox.configDir), secrets);
  assert.equal(emulator.liveRefreshTokens(client.clientId).length, 1, 'the twin token was revoked');
  await sandbox.cleanup();
});
