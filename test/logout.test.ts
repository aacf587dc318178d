// authctl logout revokes the refresh token at the profile's accounts server (the emulator),
// then deletes the local secrets whatever the server said.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { type Emulator, startEmulator } from './emulator/index.js';
import { runCli } from './helpers/cli.js';
import { startKeyring, type TestKeyring } from './helpers/keyring.js';
import { addClient, emulatorSandbox, newClient, readJson, type TestClient } from './helpers/login.js';

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

/** Logs in with a self-client code (the quickest real login); returns the stored refresh token. */
async function login(emu: Emulator, env: NodeJS.ProcessEnv, client: TestClient, org: keyof typeof ORGS, store: 'keychain' | 'file') {
  const code = emu.issueSelfClientCode({ clientId: client.clientId, orgId: ORGS[org], scopes: ['ZohoCRM.org.READ'] });
  const r = await runCli(['login', '--org', org, '--code', '-', '--store', store], { env, input: code });
  assert.equal(r.code, 0, r.stderr);
  const profile = (await readJson(join(env.AUTHCTL_CONFIG_DIR!, 'config.json'))).profiles[org];
  const stored =
    store === 'keychain' ? await keyring.lookup(profile.key) : (await readJson(join(env.AUTHCTL_CONFIG_DIR!, 'secrets.json'))).secrets[profile.key];
  return { profile, refreshToken: JSON.parse(stored).rt as string };
}

async function setup(emu = emulator) {
  const sandbox = await emulatorSandbox(emu, keyring.env);
  const client = await newClient(emu, { selfClient: true });
  await addClient(sandbox.env, client, { selfClient: true });
  return { sandbox, client, env: sandbox.env };
}

const revokesOf = (token: string) => emulator.requests.filter((r) => r.path === '/oauth/v2/token/revoke' && r.query.token === token);

test('logout revokes the refresh token at the accounts server, then deletes the keychain entry and the profile', async () => {
  const { sandbox, client, env } = await setup();
  const { profile, refreshToken } = await login(emulator, env, client, 'sandbox', 'keychain');
  assert.equal(emulator.liveRefreshTokens(client.clientId).length, 1);

  const r = await runCli(['logout', 'sandbox'], { env });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  const revokes = revokesOf(refreshToken);
  assert.equal(revokes.length, 1);
  assert.equal(revokes[0]!.dc, 'com');
  assert.equal(revokes[0]!.status, 200);
  assert.deepEqual(emulator.liveRefreshTokens(client.clientId), []);
  assert.equal(await keyring.lookup(profile.key), undefined);
  assert.deepEqual((await readJson(join(sandbox.configDir, 'config.json'))).profiles, {});
  assert.match(r.stderr, new RegExp(`Logged out of sandbox: refresh token revoked at ${emulator.dataCentres.com!.accountsServer.replace(/\./g, '\\.')}; secrets deleted from the OS keychain`));
  assert.ok(!r.stderr.includes(refreshToken));
  await sandbox.cleanup();
});

test('--local deletes only here: no request, the token stays live at Zoho', async () => {
  const { sandbox, client, env } = await setup();
  const { profile, refreshToken } = await login(emulator, env, client, 'sandbox', 'file');
  const r = await runCli(['logout', 'sandbox', '--local'], { env });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(revokesOf(refreshToken).length, 0);
  assert.equal(emulator.liveRefreshTokens(client.clientId).length, 1);
  assert.equal((await readJson(join(sandbox.configDir, 'secrets.json'))).secrets[profile.key], undefined);
  assert.match(r.stderr, /refresh token not revoked \(--local\); secrets deleted from/);
  await sandbox.cleanup();
});

test('a token Zoho no longer knows is reported as already invalid; --all logs out of every profile', async () => {
  const { sandbox, client, env } = await setup();
  const a = await login(emulator, env, client, 'sandbox', 'file');
  const b = await login(emulator, env, client, 'developer', 'file');
  emulator.revokeRefreshToken(a.refreshToken); // the user removed the app in Zoho

  const r = await runCli(['logout', '--all'], { env });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /Logged out of sandbox: refresh token already invalid at/);
  assert.match(r.stderr, /Logged out of developer: refresh token revoked at/);
  assert.equal(revokesOf(b.refreshToken).length, 1);
  assert.deepEqual(emulator.liveRefreshTokens(client.clientId), []);
  assert.deepEqual(Object.keys((await readJson(join(sandbox.configDir, 'secrets.json'))).secrets), [`client:${client.name}`], 'only the client secret is left');
  assert.deepEqual((await readJson(join(sandbox.configDir, 'config.json'))).profiles, {});
  await sandbox.cleanup();
});

test('an unreachable accounts server: secrets are deleted anyway, the failure is reported, exit 5', async () => {
  const gone = await startEmulator({ dataCentres: ['com'] });
  const { sandbox, client, env } = await setup(gone);
  const { profile } = await login(gone, env, client, 'sandbox', 'keychain');
  await gone.close();

  const r = await runCli(['logout', 'sandbox'], { env: { ...env, AUTHCTL_HTTP_TIMEOUT: '2' } });
  assert.equal(r.code, 5);
  assert.match(r.stderr, /Logged out of sandbox: refresh token NOT revoked at http:\/\/127\.0\.0\.1:\d+ \(http:\/\/127\.0\.0\.1:\d+ refused the connection\); secrets deleted/);
  assert.match(r.stderr, /stays valid at Zoho until you remove it under Connected Apps/);
  assert.equal(await keyring.lookup(profile.key), undefined);
  assert.deepEqual((await readJson(join(sandbox.configDir, 'config.json'))).profiles, {});
  await sandbox.cleanup();
});
