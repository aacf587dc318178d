// A dead credential is known to be dead: once the emulator rejects a profile's refresh token
// (revoked) or its client (wrong secret), token, exec and api exit 4 with the login to run
// instead of serving the cached access token, status says "needs login", and a new login (or,
// for the client, a fixed secret) clears the mark.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { type Emulator, startEmulator } from './emulator/index.js';
import { runCli } from './helpers/cli.js';
import { seedEmulatorProfile } from './helpers/seed.js';
import { emulatorSandbox, refreshRequests } from './helpers/tokens.js';

let emu: Emulator;
before(async () => {
  await runCli(['--version']).then((r) => assert.equal(r.code, 0, 'build first: node scripts/build.mjs'));
  emu = await startEmulator();
});
after(() => emu.close());

const storedOf = async (dir: string, key: string) =>
  JSON.parse(JSON.parse(await readFile(join(dir, 'secrets.json'), 'utf8')).secrets[key]) as { rt: string; at?: string };
const configOf = async (dir: string) => JSON.parse(await readFile(join(dir, 'config.json'), 'utf8'));

test('a refresh token the server revoked: token, exec and api exit 4 with the login to run, status says needs login, a new login clears it', async () => {
  const sb = await emulatorSandbox(emu);
  const p = await seedEmulatorProfile(sb.env, emu, 'acme', { store: 'file', scopes: ['ZohoCRM.modules.ALL', 'ZohoCRM.org.READ'] });
  const cached = await runCli(['token'], { env: sb.env });
  assert.equal(cached.stdout, `${p.credential.accessToken}\n`);

  // Revoked at Zoho (Connected Apps, or the 21st login): the access token goes with it.
  emu.revokeRefreshToken(p.credential.refreshToken);
  const api = await runCli(['api', '/crm/v8/org'], { env: sb.env });
  assert.equal(api.code, 4, api.stderr);
  assert.match(api.stderr, /Zoho rejected the refresh token of profile "acme"/);
  assert.match(api.stderr, /log in again: authctl login --org acme\n/);
  assert.equal(refreshRequests(emu, p).length, 1);

  const stored = await storedOf(sb.configDir, p.profile.key);
  assert.equal(stored.at, undefined, 'the dead access token was dropped');
  assert.equal(stored.rt, p.credential.refreshToken, 'the refresh token is kept for logout to revoke');
  assert.equal((await configOf(sb.configDir)).profiles.acme.loginRequired.rejected, 'refresh_token');

  const requestsBefore = emu.requests.length;
  for (const args of [['token'], ['token', '--json'], ['exec', '--', 'true'], ['api', '/crm/v8/org']]) {
    const r = await runCli(args, { env: sb.env });
    assert.equal(r.code, 4, `${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.stdout, '', `${args.join(' ')} prints no dead token`);
    assert.match(r.stderr, /profile "acme" needs a new login: Zoho rejected its refresh token \(since \d{4}-\d\d-\d\dT[\d:.]+Z: /);
    assert.match(r.stderr, /log in again: authctl login --org acme\n/);
  }
  assert.equal(emu.requests.length, requestsBefore, 'a known-dead credential makes no request');

  const status = await runCli(['status'], { env: sb.env });
  assert.equal(status.code, 1);
  assert.match(status.stdout, /^acme\s+needs login\s+file\s+.*log in again: authctl login --org acme$/m);
  const json = JSON.parse((await runCli(['status', '--json'], { env: sb.env })).stdout);
  assert.equal(json[0].state, 'needs login');
  assert.equal(json[0].usable, false);

  // A new login (here a self-client code for the same org) clears the mark.
  const code = emu.issueSelfClientCode({ clientId: p.client.clientId, orgId: p.profile.orgId!, scopes: ['ZohoCRM.modules.ALL', 'ZohoCRM.org.READ'] });
  const login = await runCli(['login', '--org', 'acme', '--code', '-'], { env: sb.env, input: code });
  assert.equal(login.code, 0, login.stderr);
  assert.equal((await configOf(sb.configDir)).profiles.acme.loginRequired, undefined);
  const again = await runCli(['api', '/crm/v8/org'], { env: sb.env });
  assert.equal(again.code, 0, again.stderr);
  assert.equal((await runCli(['status'], { env: sb.env })).code, 0);
  await sb.cleanup();
});

test('a client secret the server rejects marks the profile until client update fixes the secret', async () => {
  const sb = await emulatorSandbox(emu);
  const p = await seedEmulatorProfile(sb.env, emu, 'acme', { store: 'file' });
  const wrong = await runCli(['client', 'update', p.client.name, '--secret', '--client-secret-stdin'], { env: sb.env, input: 'not-the-secret' });
  assert.equal(wrong.code, 0, wrong.stderr);

  const refused = await runCli(['token', '--force-refresh'], { env: sb.env });
  assert.equal(refused.code, 4, refused.stderr);
  assert.match(refused.stderr, /Zoho rejected the client secret of client "zoho-[0-9a-f]+"/);
  const cached = await runCli(['token'], { env: sb.env });
  assert.equal(cached.code, 4, 'the cached token is not served either');
  assert.equal(cached.stdout, '');
  assert.match(cached.stderr, /profile "acme" cannot be refreshed: Zoho rejected its client "zoho-[0-9a-f]+"/);
  assert.match(cached.stderr, /fix the client \(authctl client update zoho-[0-9a-f]+ --secret/);
  assert.equal((await runCli(['status'], { env: sb.env })).code, 1);

  const fixed = await runCli(['client', 'update', p.client.name, '--secret', '--client-secret-stdin'], { env: sb.env, input: p.client.clientSecret });
  assert.equal(fixed.code, 0, fixed.stderr);
  const token = await runCli(['token'], { env: sb.env });
  assert.equal(token.code, 0, token.stderr);
  assert.match(token.stdout, /^1000\./);
  assert.notEqual(token.stdout, `${p.credential.accessToken}\n`, 'a fresh token: the dropped one is not back');
  await sb.cleanup();
});
