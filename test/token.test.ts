// `authctl token`: the cached path, refreshes against the emulator, and every way a refresh can fail.
import type { ZohoProfile } from '../src/profiles/model.js';
import assert from 'node:assert/strict';
import { chmod, mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { ConfigStore } from '../src/profiles/config.js';
import type { Config } from '../src/profiles/model.js';
import { decodeCredential } from '../src/secrets/credential.js';
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
import { emulatorSandbox, type Sandbox, refreshRequests, waitFor, withSettings } from './helpers/tokens.js';


const EXPIRED = -60_000;
const readConfig = async (sb: Sandbox) => JSON.parse(await readFile(join(sb.configDir, 'config.json'), 'utf8')) as Config;

/** An access token the emulator's API accepts (the org endpoint answers 200 only to a live token). */
async function apiAccepts(p: EmulatorProfile, accessToken: string): Promise<boolean> {
  const res = await fetch(`${p.profile.apiDomain}/crm/v2/org`, { headers: { authorization: `Zoho-oauthtoken ${accessToken}` } });
  await res.arrayBuffer();
  return res.status === 200;
}

let emu: Emulator;
before(async () => {
  emu = await startEmulator();
});
after(() => emu.close());

describe('authctl token with the file store', () => {
  let sb: Sandbox;
  let p: EmulatorProfile;
  beforeEach(async () => {
    sb = await emulatorSandbox(emu);
    p = await seedEmulatorProfile(sb.env, emu, 'acme', { store: 'file' });
  });
  afterEach(() => sb.cleanup());

  test('a fresh cached token is printed with no request to Zoho and nothing else written', async () => {
    const before = await readFile(join(sb.configDir, 'secrets.json'), 'utf8');

    const r = await runCli(['token'], { env: sb.env });

    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, `${p.credential.accessToken}\n`);
    assert.equal(r.stderr, '');
    assert.equal(refreshRequests(emu, p).length, 0);
    assert.equal(await readFile(join(sb.configDir, 'secrets.json'), 'utf8'), before);
  });

  test("an expired token is refreshed once at the profile's accounts server, stored, then served from the cache", async () => {
    await setAccessTokenExpiry(sb.env, p.profile, EXPIRED);

    const first = await runCli(['token'], { env: sb.env });

    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stderr, '');
    const requests = refreshRequests(emu, p);
    assert.equal(requests.length, 1);
    const [request] = requests;
    assert.equal(request!.dc, 'com');
    assert.deepEqual(request!.form, {
      client_id: p.client.clientId,
      client_secret: p.client.clientSecret,
      grant_type: 'refresh_token',
      refresh_token: p.credential.refreshToken,
    });
    const stored = await readCredential(sb.env, p.profile);
    assert.ok(stored?.accessToken && stored.accessToken !== p.credential.accessToken, 'a new access token is stored');
    assert.equal(first.stdout, `${stored.accessToken}\n`);
    assert.equal(stored.refreshToken, p.credential.refreshToken, 'a refresh answer without refresh_token keeps the old one');
    assert.ok(await apiAccepts(p, stored.accessToken), 'the printed token works at the API');
    const meta = (await readConfig(sb)).profiles.acme!;
    assert.equal(meta.accessTokenExpiresAt, new Date(stored.accessTokenExpiresAt!).toISOString());
    assert.ok(meta.refreshedAt !== undefined, 'refreshedAt is recorded');

    const second = await runCli(['token'], { env: sb.env });

    assert.equal(second.code, 0, second.stderr);
    assert.equal(second.stdout, first.stdout);
    assert.equal(refreshRequests(emu, p).length, 1, 'the second call used the cache');
  });

  test('--min-ttl decides how much life a cached token must have left', async () => {
    await setAccessTokenExpiry(sb.env, p.profile, 10 * 60_000);

    const byDefault = await runCli(['token'], { env: sb.env });
    assert.equal(byDefault.code, 0, byDefault.stderr);
    assert.equal(byDefault.stdout, `${p.credential.accessToken}\n`, '10 minutes left is enough for the default 5');
    assert.equal(refreshRequests(emu, p).length, 0);

    const demanding = await runCli(['token', '--min-ttl', '900'], { env: sb.env });
    assert.equal(demanding.code, 0, demanding.stderr);
    assert.equal(refreshRequests(emu, p).length, 1, '10 minutes left is not enough for 15');
    const stored = await readCredential(sb.env, p.profile);
    assert.equal(demanding.stdout, `${stored!.accessToken}\n`);
    assert.notEqual(stored!.accessToken, p.credential.accessToken);

    const bad = await runCli(['token', '--min-ttl', 'soon'], { env: sb.env });
    assert.equal(bad.code, 2);
    assert.equal(bad.stdout, '');
    assert.match(bad.stderr, /--min-ttl takes a whole number of seconds/);
  });

  test('--force-refresh refreshes a token that is still fresh', async () => {
    const r = await runCli(['token', '--force-refresh'], { env: sb.env });

    assert.equal(r.code, 0, r.stderr);
    assert.equal(refreshRequests(emu, p).length, 1);
    const stored = await readCredential(sb.env, p.profile);
    assert.notEqual(stored!.accessToken, p.credential.accessToken);
    assert.equal(r.stdout, `${stored!.accessToken}\n`);
  });

  test('--header prints the Zoho header line and --json the token with its metadata', async () => {
    const header = await runCli(['token', '--header'], { env: sb.env });
    assert.equal(header.code, 0, header.stderr);
    assert.equal(header.stdout, `Authorization: Zoho-oauthtoken ${p.credential.accessToken}\n`);

    const json = await runCli(['token', '--json'], { env: sb.env });
    assert.equal(json.code, 0, json.stderr);
    assert.deepEqual(JSON.parse(json.stdout), {
      profile: 'acme',
      provider: 'zoho',
      accessToken: p.credential.accessToken,
      tokenType: 'Zoho-oauthtoken',
      accessTokenExpiresAt: new Date(p.credential.accessTokenExpiresAt).toISOString(),
      apiBase: p.profile.apiDomain,
      apiDomain: p.profile.apiDomain,
      scopes: p.profile.scopes,
    });

    const both = await runCli(['token', '--header', '--json'], { env: sb.env });
    assert.equal(both.code, 2);
    assert.equal(both.stdout, '');
    assert.equal(refreshRequests(emu, p).length, 0);
  });

  test('a new refresh token in the answer (rotation) replaces the stored one, and the new one works', async (t) => {
    withSettings(t, emu, { rotateRefreshTokens: true });
    await setAccessTokenExpiry(sb.env, p.profile, EXPIRED);

    const r = await runCli(['token'], { env: sb.env });

    assert.equal(r.code, 0, r.stderr);
    const stored = await readCredential(sb.env, p.profile);
    assert.notEqual(stored!.refreshToken, p.credential.refreshToken, 'the rotated refresh token is stored');
    assert.equal(r.stdout, `${stored!.accessToken}\n`);
    assert.equal(emu.liveRefreshTokens(p.client.clientId).length, 1, 'the server revoked the old refresh token');

    // The next refresh can only succeed with the rotated token.
    await setAccessTokenExpiry(sb.env, p.profile, EXPIRED);
    const again = await runCli(['token'], { env: sb.env });
    assert.equal(again.code, 0, again.stderr);
    assert.deepEqual(
      refreshRequests(emu, p).map((q) => q.form.refresh_token),
      [p.credential.refreshToken, stored!.refreshToken],
    );
  });

  /** Turns secrets.json into a folder while the refresh is in flight, so the store can neither be read nor written. */
  async function breakStoreDuringRefresh(t: import('node:test').TestContext, rotate: boolean) {
    withSettings(t, emu, { rotateRefreshTokens: rotate, responseDelayMs: 1_500 });
    await setAccessTokenExpiry(sb.env, p.profile, EXPIRED);
    const secrets = join(sb.configDir, 'secrets.json');
    const saved = await readFile(secrets, 'utf8');
    const running = runCli(['token'], { env: sb.env });
    await waitFor(() => refreshRequests(emu, p).length === 1);
    await rename(secrets, `${secrets}.moved`);
    await mkdir(secrets);
    const r = await running;
    // Nothing was lost: the credential authctl held before the refresh is intact.
    assert.equal(await readFile(`${secrets}.moved`, 'utf8'), saved);
    return r;
  }

  test('when the rotated refresh token cannot be saved, nothing is printed and the user is told to log in again', async (t) => {
    const r = await breakStoreDuringRefresh(t, true);

    assert.equal(r.code, 4, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /the refreshed credential of profile "acme" could not be saved/);
    assert.match(r.stderr, /log in again: authctl login --org acme/);
    assertNoSecrets(r.stderr, secretsOf(p), 'stderr');
  });

  test('when a refreshed token cannot be saved (no rotation), the failure is reported, not swallowed', async (t) => {
    const r = await breakStoreDuringRefresh(t, false);

    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /could not be saved/);
    assert.match(r.stderr, /the stored credential is unchanged/);
    assertNoSecrets(r.stderr, secretsOf(p), 'stderr');
  });

  test('a profile logged in with AUTHCTL_CLIENT_ID/SECRET refreshes with the client from the environment', async () => {
    await new ConfigStore(testContext(sb.env).ctx).update((c) => {
      (c.profiles.acme as ZohoProfile).client = 'environment';
      delete c.clients[p.client.name];
    });
    await setAccessTokenExpiry(sb.env, p.profile, EXPIRED);

    const without = await runCli(['token'], { env: sb.env });
    assert.equal(without.code, 2);
    assert.equal(without.stdout, '');
    assert.match(without.stderr, /AUTHCTL_CLIENT_ID and AUTHCTL_CLIENT_SECRET must both be set/);

    const env = { ...sb.env, AUTHCTL_CLIENT_ID: p.client.clientId, AUTHCTL_CLIENT_SECRET: p.client.clientSecret };
    const r = await runCli(['token'], { env });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, `${(await readCredential(sb.env, p.profile))!.accessToken}\n`);
    assert.deepEqual(
      refreshRequests(emu, p).map((q) => q.form.client_secret),
      [p.client.clientSecret],
    );
  });

  test('expires_in_sec is trusted over a millisecond expires_in (older Zoho servers)', async (t) => {
    withSettings(t, emu, { legacyExpiresIn: true, accessTokenLifetimeSeconds: 3600 });
    await setAccessTokenExpiry(sb.env, p.profile, EXPIRED);

    const startedAt = Date.now();
    const r = await runCli(['token', '--json'], { env: sb.env });
    const endedAt = Date.now();

    assert.equal(r.code, 0, r.stderr);
    assert.equal(refreshRequests(emu, p).length, 1);
    const expiresAt = Date.parse((JSON.parse(r.stdout) as { accessTokenExpiresAt: string }).accessTokenExpiresAt);
    // 3600 s from the answer, less at most a minute of skew, not 3600000 s.
    assert.ok(expiresAt > startedAt + 3_540_000 && expiresAt <= endedAt + 3_600_000, `expiry ${new Date(expiresAt).toISOString()}`);
    assert.equal((await readCredential(sb.env, p.profile))!.accessTokenExpiresAt, expiresAt);
  });

  test('a revoked refresh token exits 4 with a login hint and keeps the profile and its refresh token (the dead access token goes)', async () => {
    await setAccessTokenExpiry(sb.env, p.profile, EXPIRED);
    const before = await readCredential(sb.env, p.profile);
    emu.revokeRefreshToken(p.credential.refreshToken);

    const r = await runCli(['token'], { env: sb.env });

    assert.equal(r.code, 4);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /Zoho rejected the refresh token of profile "acme"/);
    assert.match(r.stderr, /log in again: authctl login --org acme/);
    assertNoSecrets(r.stderr, secretsOf(p), 'stderr');
    assert.ok((await readConfig(sb)).profiles.acme, 'the profile is kept');
    assert.deepEqual(await readCredential(sb.env, p.profile), { refreshToken: before!.refreshToken, accessToken: undefined, accessTokenExpiresAt: undefined });
  });

  test('the login hint names the org, environment and data centre of the profile', async () => {
    const sandboxOrg = emu.portals('eu').flatMap((portal) => portal.orgs).find((o) => o.environment === 'sandbox')!;
    const eu = await seedEmulatorProfile(sb.env, emu, 'crm-sb', { store: 'file', dc: 'eu', orgId: sandboxOrg.id });
    await setAccessTokenExpiry(sb.env, eu.profile, EXPIRED);
    emu.revokeRefreshToken(eu.credential.refreshToken);

    const r = await runCli(['token', '--profile', 'crm-sb'], { env: sb.env });

    assert.equal(r.code, 4);
    assert.equal(r.stdout, '');
    assert.equal(refreshRequests(emu, eu)[0]!.dc, 'eu', "the refresh went to the profile's own data centre");
    assert.match(r.stderr, /log in again: authctl login --org crm-sb --dc eu\n/);
  });

  for (const status of [200, 400] as const) {
    test(`throttling (Access Denied with HTTP ${status}) exits 6 with nothing on stdout`, async (t) => {
      withSettings(t, emu, { tokenCreationsPer10Min: 0, throttleHttpStatus: status });
      await setAccessTokenExpiry(sb.env, p.profile, EXPIRED);
      const before = await readCredential(sb.env, p.profile);

      const r = await runCli(['token'], { env: sb.env });

      assert.equal(r.code, 6);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /throttling token requests/);
      assert.equal(refreshRequests(emu, p).length, 1);
      assert.deepEqual(await readCredential(sb.env, p.profile), before);
    });
  }

  test('an accounts server answering HTML (a proxy in the way) exits 5', async (t) => {
    withSettings(t, emu, { tokenEndpointMode: 'html' });
    await setAccessTokenExpiry(sb.env, p.profile, EXPIRED);

    const r = await runCli(['token'], { env: sb.env });

    assert.equal(r.code, 5);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /answered HTTP 502 with text\/html, not JSON/);
  });

  test('an accounts server that does not answer in AUTHCTL_HTTP_TIMEOUT exits 5', async (t) => {
    withSettings(t, emu, { tokenEndpointMode: 'hang' });
    await setAccessTokenExpiry(sb.env, p.profile, EXPIRED);

    const r = await runCli(['token'], { env: { ...sb.env, AUTHCTL_HTTP_TIMEOUT: '1' } });

    assert.equal(r.code, 5);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /did not answer within 1 s/);
  });

  test('an accounts server config.json names but the data-centre table does not gets nothing; one in the table that is down exits 5', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const elsewhere = `http://127.0.0.1:${port}`;
    await new ConfigStore(testContext(sb.env).ctx).update((c) => {
      (c.profiles.acme as ZohoProfile).accountsServer = elsewhere;
    });
    await setAccessTokenExpiry(sb.env, p.profile, EXPIRED);

    const refused = await runCli(['token'], { env: sb.env });
    assert.equal(refused.code, 1, refused.stderr);
    assert.equal(refused.stdout, '');
    assert.match(refused.stderr, new RegExp(`profile "acme" names the accounts server ${elsewhere} for data centre com, which the data-centre table in force does not: nothing was sent there`));

    // In the table (here: the table says com moved there), an unreachable server is a network error.
    const tableFile = sb.env.AUTHCTL_ZOHO_DATA_CENTRES!;
    const original = await readFile(tableFile, 'utf8');
    const table = JSON.parse(original);
    table.com.accountsServer = elsewhere;
    await writeFile(tableFile, JSON.stringify(table));
    const down = await runCli(['token'], { env: sb.env });
    assert.equal(down.code, 5, down.stderr);
    assert.equal(down.stdout, '');
    assert.match(down.stderr, /refused the connection/);

    // logout does not send the refresh token there either.
    await writeFile(tableFile, original);
    const logout = await runCli(['logout', 'acme'], { env: sb.env });
    assert.equal(logout.code, 5);
    assert.match(logout.stderr, /not revoked \(its accounts server .* is not the one the data-centre table in force has for com\)/);
  });

  test('an unknown profile exits 3, and a profile whose credential is gone exits 4', async () => {
    const unknown = await runCli(['token', '--profile', 'nope'], { env: sb.env });
    assert.equal(unknown.code, 3);
    assert.equal(unknown.stdout, '');
    assert.match(unknown.stderr, /no profile named "nope"/);

    await new SecretStores(testContext(sb.env).ctx).get('file').delete(p.profile.key);
    const gone = await runCli(['token'], { env: sb.env });
    assert.equal(gone.code, 4);
    assert.equal(gone.stdout, '');
    assert.match(gone.stderr, /profile "acme" has no credential/);
    assert.match(gone.stderr, /log in again: authctl login --org acme/);
  });

  test('with no profiles at all, token exits 3', async () => {
    const empty = await emulatorSandbox(emu);
    try {
      const r = await runCli(['token'], { env: empty.env });
      assert.equal(r.code, 3);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /no profiles yet/);
    } finally {
      await empty.cleanup();
    }
  });
});

describe('authctl token with the keychain store (gnome-keyring)', () => {
  let keyring: TestKeyring;
  let sb: Sandbox;
  before(async () => {
    keyring = await startKeyring();
  });
  after(async () => {
    await keyring.stop();
  });
  beforeEach(async () => {
    sb = await emulatorSandbox(emu, { ...keyring.env, AUTHCTL_KEYCHAIN_TIMEOUT: '5' });
  });
  afterEach(() => sb.cleanup());

  test('the cached token comes from the keychain, and a refresh writes the new one back to it', async () => {
    const p = await seedEmulatorProfile(sb.env, emu, 'acme', { store: 'keychain' });

    const cached = await runCli(['token'], { env: sb.env });
    assert.equal(cached.code, 0, cached.stderr);
    assert.equal(cached.stdout, `${p.credential.accessToken}\n`);
    assert.equal(refreshRequests(emu, p).length, 0);

    await setAccessTokenExpiry(sb.env, p.profile, EXPIRED);
    const refreshed = await runCli(['token'], { env: sb.env });

    assert.equal(refreshed.code, 0, refreshed.stderr);
    assert.equal(refreshRequests(emu, p).length, 1);
    const entry = await keyring.lookup(p.profile.key);
    assert.ok(entry !== undefined, 'the keychain entry is there');
    const stored = decodeCredential('acme', entry);
    assert.notEqual(stored.accessToken, p.credential.accessToken);
    assert.equal(refreshed.stdout, `${stored.accessToken}\n`);
    assert.equal(stored.refreshToken, p.credential.refreshToken);
    await assert.rejects(readFile(join(sb.configDir, 'secrets.json')), { code: 'ENOENT' }, 'nothing went to the file store');
  });

  const copyOf = (name: string) => join(sb.configDir, `access-token.${name}.json`);

  test('a refresh leaves a 0600 copy of the access token (never the refresh token) beside config.json; token then answers from it, even with the keychain frozen; logout removes it', async (t) => {
    const p = await seedEmulatorProfile(sb.env, emu, 'acme', { store: 'keychain' });
    await setAccessTokenExpiry(sb.env, p.profile, EXPIRED);
    const refreshed = await runCli(['token'], { env: sb.env });
    assert.equal(refreshed.code, 0, refreshed.stderr);
    const stored = decodeCredential('acme', (await keyring.lookup(p.profile.key))!);
    const copy = JSON.parse(await readFile(copyOf('acme'), 'utf8'));
    assert.deepEqual(copy, { v: 1, key: p.profile.key, at: stored.accessToken, exp: stored.accessTokenExpiresAt });
    assert.equal(((await stat(copyOf('acme'))).mode & 0o777).toString(8), '600');
    assert.ok(!(await readFile(copyOf('acme'), 'utf8')).includes(p.credential.refreshToken));
    assert.equal((await readConfig(sb)).profiles.acme!.accessTokenExpiresAt, new Date(stored.accessTokenExpiresAt!).toISOString());

    await keyring.freeze();
    t.after(() => keyring.thaw());
    const fromCopy = await runCli(['token'], { env: { ...sb.env, AUTHCTL_KEYCHAIN_TIMEOUT: '2' }, timeoutMs: 10_000 });
    assert.equal(fromCopy.code, 0, fromCopy.stderr);
    assert.equal(fromCopy.stdout, `${stored.accessToken}\n`);
    await keyring.thaw();

    const logout = await runCli(['logout', 'acme', '--local'], { env: sb.env });
    assert.equal(logout.code, 0, logout.stderr);
    await assert.rejects(stat(copyOf('acme')), { code: 'ENOENT' });
  });

  test('a copy that is not what config.json records, or that others can read, is not used: token reads the keychain', async () => {
    const p = await seedEmulatorProfile(sb.env, emu, 'acme', { store: 'keychain' });
    await setAccessTokenExpiry(sb.env, p.profile, EXPIRED);
    await runCli(['token'], { env: sb.env });
    const stored = decodeCredential('acme', (await keyring.lookup(p.profile.key))!);
    const copy = JSON.parse(await readFile(copyOf('acme'), 'utf8'));
    for (const [what, content, mode] of [
      ['another expiry', { ...copy, at: 'forged', exp: copy.exp + 1000 }, 0o600],
      ['another entry', { ...copy, at: 'forged', key: 'profile:zoho:com:-:other:production' }, 0o600],
      ['readable by others', { ...copy, at: 'forged' }, 0o644],
    ] as const) {
      await writeFile(copyOf('acme'), JSON.stringify(content), { mode });
      await chmod(copyOf('acme'), mode);
      const r = await runCli(['token'], { env: sb.env });
      assert.equal(r.code, 0, `${what}: ${r.stderr}`);
      assert.equal(r.stdout, `${stored.accessToken}\n`, what);
    }
  });

  test('AUTHCTL_ACCESS_TOKEN_FILE=off keeps nothing on disk: a refresh removes the copy, and token reads the keychain', async (t) => {
    const p = await seedEmulatorProfile(sb.env, emu, 'acme', { store: 'keychain' });
    await setAccessTokenExpiry(sb.env, p.profile, EXPIRED);
    await runCli(['token'], { env: sb.env });
    await stat(copyOf('acme'));
    const off = { ...sb.env, AUTHCTL_ACCESS_TOKEN_FILE: 'off', AUTHCTL_KEYCHAIN_TIMEOUT: '2' };
    const forced = await runCli(['token', '--force-refresh'], { env: off });
    assert.equal(forced.code, 0, forced.stderr);
    await assert.rejects(stat(copyOf('acme')), { code: 'ENOENT' });
    assert.deepEqual((await readdir(sb.configDir)).filter((f) => f.startsWith('access-token')), []);
    // With copies off, token needs the keychain: a frozen one is felt.
    await keyring.freeze();
    t.after(() => keyring.thaw());
    const frozen = await runCli(['token'], { env: off, timeoutMs: 15_000 });
    assert.equal(frozen.code, 1, frozen.stderr);
    assert.match(frozen.stderr, /the OS keychain is unavailable: it did not answer/);
  });
});
