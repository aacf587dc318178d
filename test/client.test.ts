// authctl client add/list/remove, and how login picks its client: the built CLI, the file
// store and a real gnome-keyring, the hidden secret prompt on a real terminal (tmux).
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { makeSandbox, runCli } from './helpers/cli.js';
import { startKeyring, type TestKeyring } from './helpers/keyring.js';
import { readJson } from './helpers/login.js';
import { seedProfile } from './helpers/seed.js';
import { startTty } from './helpers/tty.js';

let keyring: TestKeyring;

before(async () => {
  await runCli(['--version']).then((r) => assert.equal(r.code, 0, 'build first: node scripts/build.mjs'));
  keyring = await startKeyring();
});

after(async () => {
  await keyring?.stop();
});

const SECRET = 'c0ffee0123456789abcdef0123456789abcdef0123';
const config = (dir: string) => readJson(join(dir, 'config.json'));
const secrets = async (dir: string) => (await readJson(join(dir, 'secrets.json'))).secrets as Record<string, string>;

test('client add --client-secret-stdin: settings in config.json, the secret only in the secret store', async () => {
  const sb = await makeSandbox();
  const r = await runCli(['client', 'add', 'crm', '--client-id', '1000.ABCDEF', '--dc', 'eu', '--client-secret-stdin', '--store', 'file'], {
    env: sb.env,
    input: `${SECRET}\n`,
  });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  const client = (await config(sb.configDir)).clients.crm;
  assert.equal(client.provider, 'zoho');
  assert.equal(client.clientId, '1000.ABCDEF');
  assert.equal(client.dc, 'eu');
  assert.deepEqual(client.redirectUris, ['http://127.0.0.1:8400/callback']);
  assert.equal(client.store, 'file');
  assert.equal(client.key, 'client:crm');
  assert.ok(!Number.isNaN(Date.parse(client.createdAt)));
  assert.equal((await secrets(sb.configDir))['client:crm'], SECRET);
  assert.ok(!(await readFile(join(sb.configDir, 'config.json'), 'utf8')).includes(SECRET));
  assert.match(r.stderr, /Added client crm \(client id 1000\.ABCDEF, data centre eu\)/);
  assert.match(r.stderr, /Register this redirect URI for the client in the Zoho API console: http:\/\/127\.0\.0\.1:8400\/callback/);
  assert.ok(!r.stderr.includes(SECRET));
  await sb.cleanup();
});

test('on a terminal the secret is asked with hidden input and stored in the keychain', async () => {
  const sb = await makeSandbox(keyring.env);
  const tty = await startTty(['client', 'add', 'web', '--client-id', '1000.WEB', '--redirect-uri', 'http://127.0.0.1:9123/oauth/cb', '--store', 'keychain'], sb.env, sb.home);
  try {
    await tty.waitForScreen(/Client secret:/);
    await tty.type(SECRET);
    assert.equal(await tty.exitCode(), 0, await tty.screen());
    const screen = await tty.screen();
    assert.ok(!screen.includes(SECRET), 'the secret never shows on the terminal');
    assert.match(screen, /Client secret: \*{42}/);
    assert.match(screen, /Register this redirect URI for the client in the Zoho API console: http:\/\/127\.0\.0\.1:9123\/oauth\/cb/);
  } finally {
    await tty.kill();
  }
  assert.equal(await keyring.lookup('client:web'), SECRET);
  const client = (await config(sb.configDir)).clients.web;
  assert.equal(client.store, 'keychain');
  assert.deepEqual(client.redirectUris, ['http://127.0.0.1:9123/oauth/cb']);
  await sb.cleanup();
});

test('Ctrl-C at the secret prompt exits 130 and stores nothing', async () => {
  const sb = await makeSandbox();
  const tty = await startTty(['client', 'add', 'web', '--client-id', '1000.WEB', '--store', 'file'], sb.env, sb.home);
  try {
    await tty.waitForScreen(/Client secret:/);
    await tty.type('half-typ', false);
    await tty.press('C-c');
    assert.equal(await tty.exitCode(), 130, await tty.screen());
    assert.match(await tty.screen(), /interrupted at the prompt; nothing was changed/);
  } finally {
    await tty.kill();
  }
  await assert.rejects(readFile(join(sb.configDir, 'config.json')), /ENOENT/);
  await assert.rejects(readFile(join(sb.configDir, 'secrets.json')), /ENOENT/);
  await sb.cleanup();
});

test('bad input is refused with exit 2 and writes nothing', async () => {
  const sb = await makeSandbox();
  const add = (args: string[], input = SECRET) => runCli(['client', 'add', ...args], { env: sb.env, input });
  const cases: [string[], RegExp, string?][] = [
    [['crm', '--client-id', '1000.A'], /no terminal to ask for the client secret/, ''],
    [['bad name', '--client-id', '1000.A', '--client-secret-stdin'], /invalid client name "bad name"/],
    [['environment', '--client-id', '1000.A', '--client-secret-stdin'], /"environment" is reserved for AUTHCTL_CLIENT_ID/],
    [['crm', '--client-id', '1000 A', '--client-secret-stdin'], /the client id must be printable characters without spaces/],
    [['crm', '--client-id', '1000.A', '--provider', 'github', '--client-secret-stdin'], /unknown provider "github"/],
    [['crm', '--client-id', '1000.A', '--dc', 'mars', '--client-secret-stdin'], /unknown data centre "mars"/],
    [['crm', '--client-id', '1000.A', '--redirect-uri', 'https://app.example/cb', '--client-secret-stdin'], /cannot be received by authctl/],
    [['crm', '--client-id', '1000.A', '--redirect-uri', 'http://localhost:8400/cb', '--client-secret-stdin'], /the literal 127\.0\.0\.1/],
    [['crm', '--client-id', '1000.A', '--redirect-uri', 'http://127.0.0.1/cb', '--client-secret-stdin'], /an explicit port/],
    [['crm', '--client-id', '1000.A', '--self-client', '--redirect-uri', 'http://127.0.0.1:8400/cb', '--client-secret-stdin'], /a self client has no redirect URI/],
    [['crm', '--client-id', '1000.A', '--client-secret-stdin'], /the client secret is empty/, '\n'],
    [['crm', '--client-id', '1000.A', '--client-secret-stdin'], /contains spaces or line breaks/, 'two\nlines'],
    [['crm', '--client-id', '1000.A', '--client-secret-stdin', '--store', 'vault'], /unknown store "vault"/],
  ];
  for (const [args, message, input] of cases) {
    const r = await add(args, input);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
  }
  await assert.rejects(readFile(join(sb.configDir, 'config.json')), /ENOENT/);
  await assert.rejects(readFile(join(sb.configDir, 'secrets.json')), /ENOENT/);
  await sb.cleanup();
});

test('adding a client again replaces it: the new secret is stored first, in the new store, and the old entry goes', async () => {
  const sb = await makeSandbox(keyring.env);
  let r = await runCli(['client', 'add', 'crm', '--client-id', '1000.OLD', '--client-secret-stdin', '--store', 'file'], { env: sb.env, input: 'old-secret' });
  assert.equal(r.code, 0, r.stderr);
  r = await runCli(['client', 'add', 'crm', '--client-id', '1000.NEW', '--self-client', '--client-secret-stdin', '--store', 'keychain'], {
    env: sb.env,
    input: 'new-secret',
  });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /Replaced client crm/);
  assert.match(r.stderr, /authctl login --client crm --self-client/);
  const client = (await config(sb.configDir)).clients.crm;
  assert.equal(client.clientId, '1000.NEW');
  assert.equal(client.selfClient, true);
  assert.equal(client.redirectUris, undefined);
  assert.equal(client.store, 'keychain');
  assert.equal(await keyring.lookup('client:crm'), 'new-secret');
  assert.deepEqual(await secrets(sb.configDir), {});
  await sb.cleanup();
});

test('client update changes only what it is given; replacing or re-keying a client that profiles use names them', async () => {
  const sb = await makeSandbox();
  // A config written by authctl 0.1: one redirectUri and a multiDc flag.
  await mkdir(sb.configDir, { recursive: true, mode: 0o700 });
  const legacy = {
    version: 1,
    profiles: {},
    clients: {
      default: { provider: 'zoho', clientId: '1000.OLD', dc: 'com', redirectUri: 'http://127.0.0.1:8400/callback', multiDc: true, store: 'file', key: 'client:default', createdAt: '2026-11-01T00:00:00.000Z' },
    },
  };
  await writeFile(join(sb.configDir, 'config.json'), JSON.stringify(legacy), { mode: 0o600 });
  await writeFile(join(sb.configDir, 'secrets.json'), JSON.stringify({ version: 1, secrets: { 'client:default': 'old-secret' } }), { mode: 0o600 });
  await seedProfile(sb.env, 'sandbox', { store: 'file' }); // a profile of client "default"
  const listed = JSON.parse((await runCli(['client', 'list', '--json'], { env: sb.env })).stdout);
  assert.deepEqual(listed[0].redirectUris, ['http://127.0.0.1:8400/callback'], 'the 0.1 config is read');

  const nothing = await runCli(['client', 'update', 'default'], { env: sb.env });
  assert.equal(nothing.code, 2);
  assert.match(nothing.stderr, /nothing to update/);
  const unknown = await runCli(['client', 'update', 'nope', '--secret', '--client-secret-stdin'], { env: sb.env, input: 'x' });
  assert.equal(unknown.code, 3);
  assert.match(unknown.stderr, /no OAuth client named "nope"/);

  const secret = await runCli(['client', 'update', 'default', '--secret', '--client-secret-stdin'], { env: sb.env, input: `${SECRET}\n` });
  assert.equal(secret.code, 0, secret.stderr);
  assert.equal((await secrets(sb.configDir))['client:default'], SECRET);
  assert.ok(!secret.stderr.includes(SECRET));
  const uri = await runCli(['client', 'update', 'default', '--add-redirect-uri', 'http://127.0.0.1:8401/callback'], { env: sb.env });
  assert.equal(uri.code, 0, uri.stderr);
  const dcSecret = await runCli(['client', 'update', 'default', '--dc-secret', 'eu', '--client-secret-stdin'], { env: sb.env, input: 'eu-secret' });
  assert.equal(dcSecret.code, 0, dcSecret.stderr);
  assert.equal((await secrets(sb.configDir))['client:default@eu'], 'eu-secret');
  const badDc = await runCli(['client', 'update', 'default', '--dc-secret', 'mars', '--client-secret-stdin'], { env: sb.env, input: 'x' });
  assert.equal(badDc.code, 2);
  assert.match(badDc.stderr, /unknown data centre "mars"/);

  let client = (await config(sb.configDir)).clients.default;
  assert.equal(client.clientId, '1000.OLD', 'the id is kept');
  assert.deepEqual(client.redirectUris, ['http://127.0.0.1:8400/callback', 'http://127.0.0.1:8401/callback']);
  assert.deepEqual(client.dcSecrets, ['eu']);
  assert.equal(client.multiDc, undefined);
  assert.equal(client.redirectUri, undefined);

  const rekeyed = await runCli(['client', 'update', 'default', '--client-id', '1000.NEW'], { env: sb.env });
  assert.equal(rekeyed.code, 0, rekeyed.stderr);
  assert.match(rekeyed.stderr, /warning: client "default" is used by profile sandbox: their refresh tokens were issued to the old client id and cannot be refreshed with the new one: log in to them again/);
  client = (await config(sb.configDir)).clients.default;
  assert.equal(client.clientId, '1000.NEW');
  assert.deepEqual(client.dcSecrets, ['eu'], 'the rest is kept');

  const replaced = await runCli(['client', 'add', 'default', '--client-id', '1000.OTHER', '--client-secret-stdin', '--store', 'file'], { env: sb.env, input: 'other' });
  assert.equal(replaced.code, 0, replaced.stderr);
  assert.match(replaced.stderr, /Replaced client default/);
  assert.match(replaced.stderr, /warning: client "default" is used by profile sandbox: they refresh with the new client id and secret from now on/);
  assert.equal((await secrets(sb.configDir))['client:default@eu'], undefined, 'the old per-data-centre secret went with the old client');
  await sb.cleanup();
});

test('client list shows settings and the profiles using each client, never a secret; --json for scripts', async () => {
  const sb = await makeSandbox();
  const empty = await runCli(['client', 'list'], { env: sb.env });
  assert.equal(empty.code, 0);
  assert.equal(empty.stdout, '');
  assert.match(empty.stderr, /No OAuth clients yet/);

  for (const [name, extra] of [['default', []], ['console', ['--self-client', '--dc', 'in']]] as const) {
    const r = await runCli(['client', 'add', name, '--client-id', `1000.${name.toUpperCase()}`, '--client-secret-stdin', '--store', 'file', ...extra], {
      env: sb.env,
      input: `${name}-${SECRET}`,
    });
    assert.equal(r.code, 0, r.stderr);
  }
  await seedProfile(sb.env, 'sandbox', { store: 'file' }); // a profile of client "default"

  const table = await runCli(['client', 'list'], { env: sb.env });
  assert.equal(table.code, 0);
  const lines = table.stdout.trimEnd().split('\n');
  assert.match(lines[0]!, /^NAME\s+PROVIDER\s+CLIENT ID\s+DC\s+REDIRECT URI\s+STORE\s+PROFILES$/);
  assert.match(table.stdout, /^default\s+zoho\s+1000\.DEFAULT\s+com\s+http:\/\/127\.0\.0\.1:8400\/callback\s+file\s+sandbox$/m);
  assert.match(table.stdout, /^console\s+zoho\s+1000\.CONSOLE\s+in\s+self client\s+file\s+-$/m);
  assert.ok(!table.stdout.includes(SECRET));

  const json = await runCli(['client', 'list', '--json'], { env: sb.env });
  const parsed = JSON.parse(json.stdout);
  assert.deepEqual(
    parsed.map((c: any) => [c.client, c.clientId, c.dc, c.redirectUris, c.selfClient, c.profiles]),
    [
      ['default', '1000.DEFAULT', 'com', ['http://127.0.0.1:8400/callback'], false, ['sandbox']],
      ['console', '1000.CONSOLE', 'in', [], true, []],
    ],
  );
  assert.ok(!json.stdout.includes(SECRET));
  await sb.cleanup();
});

test('client remove: refused while a profile uses the client; otherwise the secret and the entry go', async () => {
  const sb = await makeSandbox();
  for (const name of ['default', 'spare']) {
    const r = await runCli(['client', 'add', name, '--client-id', '1000.X', '--client-secret-stdin', '--store', 'file'], { env: sb.env, input: SECRET });
    assert.equal(r.code, 0, r.stderr);
  }
  await seedProfile(sb.env, 'sandbox', { store: 'file' });

  const refused = await runCli(['client', 'remove', 'default'], { env: sb.env });
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /client "default" is used by profile sandbox/);
  assert.match(refused.stderr, /log out of it first/);
  assert.ok((await config(sb.configDir)).clients.default);

  const removed = await runCli(['client', 'remove', 'spare'], { env: sb.env });
  assert.equal(removed.code, 0, removed.stderr);
  assert.match(removed.stderr, /Removed client spare: its secret was deleted from/);
  assert.deepEqual(Object.keys((await config(sb.configDir)).clients), ['default']);
  assert.equal((await secrets(sb.configDir))['client:spare'], undefined);
  assert.ok((await secrets(sb.configDir))['client:default']);

  const unknown = await runCli(['client', 'remove', 'nope'], { env: sb.env });
  assert.equal(unknown.code, 3);
  assert.match(unknown.stderr, /no OAuth client named "nope"/);
  await sb.cleanup();
});

test('login picks its client: none registered (3), several without --client (2), half of AUTHCTL_CLIENT_ID/SECRET (2)', async () => {
  const sb = await makeSandbox();
  const none = await runCli(['login', '--org', 'sandbox', '--store', 'file'], { env: sb.env });
  assert.equal(none.code, 3);
  assert.match(none.stderr, /no OAuth client is registered/);
  assert.match(none.stderr, /authctl client add NAME --client-id ID/);

  const half = await runCli(['login', '--org', 'sandbox', '--store', 'file'], { env: { ...sb.env, AUTHCTL_CLIENT_ID: '1000.X' } });
  assert.equal(half.code, 2);
  assert.match(half.stderr, /AUTHCTL_CLIENT_ID and AUTHCTL_CLIENT_SECRET must both be set/);

  for (const name of ['a', 'b']) {
    await runCli(['client', 'add', name, '--client-id', '1000.X', '--client-secret-stdin', '--store', 'file'], { env: sb.env, input: SECRET });
  }
  const two = await runCli(['login', '--org', 'sandbox', '--store', 'file'], { env: sb.env });
  assert.equal(two.code, 2);
  assert.match(two.stderr, /which OAuth client\?/);
  assert.match(two.stderr, /pick one with --client NAME \(clients: a, b\)/);

  const unknown = await runCli(['login', '--org', 'sandbox', '--client', 'c', '--store', 'file'], { env: sb.env });
  assert.equal(unknown.code, 3);
  assert.match(unknown.stderr, /no OAuth client named "c"/);

  const badEnv = await runCli(['login', '--env', 'staging', '--client', 'a'], { env: sb.env });
  assert.equal(badEnv.code, 2);
  assert.match(badEnv.stderr, /unknown environment "staging"/);
  await sb.cleanup();
});
