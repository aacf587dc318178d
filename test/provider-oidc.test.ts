/**
 * Issue 11 against a real, independent authorization server: panva's
 * oidc-provider in this process on 127.0.0.1, with a public native client,
 * PKCE, rotating refresh tokens with reuse detection, RFC 9207 `iss` and RFC 7009
 * revocation. authctl runs as a child process; a headless Chromium signs in and
 * consents on the server's own pages.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import type { OAuthProfile } from '../src/profiles/model.js';
import { makeSandbox, runCli } from './helpers/cli.js';
import { startHostile } from './helpers/hostile.js';
import { browserHandoff, launchChromium, readJson, startCli } from './helpers/login.js';
import { type OidcPeer, startOidcPeer } from './helpers/oidc.js';
import { freePort } from './helpers/ports.js';
import { readCredential, setAccessTokenExpiry } from './helpers/seed.js';

const CLIENT_ID = 'authctl-native';

describe('any OAuth 2.0 server: oidc-provider as the peer', () => {
  let peer: OidcPeer;
  let browser: Browser;
  let sb: Awaited<ReturnType<typeof makeSandbox>>;
  let handoff: ReturnType<typeof browserHandoff>;
  let redirectUri: string;
  const profile = async () => (await readJson(join(sb.configDir, 'config.json'))).profiles.corp as OAuthProfile;
  const refreshGrants = () => peer.grants.filter((g) => g.grantType === 'refresh_token');

  before(async () => {
    redirectUri = `http://127.0.0.1:${await freePort()}/callback`;
    peer = await startOidcPeer({ clientId: CLIENT_ID, redirectUris: [redirectUri] });
    sb = await makeSandbox({ AUTHCTL_STORE: 'file' });
    handoff = browserHandoff(sb.home);
    Object.assign(sb.env, handoff.env);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await peer?.close();
    await sb?.cleanup();
  });

  test('provider add --issuer reads the metadata; a built-in name and a server naming another issuer are refused', async () => {
    const added = await runCli(['provider', 'add', 'corp', '--issuer', peer.issuer], { env: sb.env });
    assert.equal(added.code, 0, added.stderr);
    assert.equal(added.stdout, '');
    const shown = await runCli(['provider', 'show', 'corp'], { env: sb.env });
    assert.equal(shown.code, 0, shown.stderr);
    const spec = JSON.parse(shown.stdout);
    assert.equal(spec.issuer, peer.issuer);
    assert.equal(spec.authorizationEndpoint, `${peer.issuer}/auth`);
    assert.equal(spec.tokenEndpoint, `${peer.issuer}/token`);
    assert.equal(spec.revocationEndpoint, `${peer.issuer}/token/revocation`);
    assert.equal(spec.issParameterSupported, true);
    assert.deepEqual(spec.scopes, ['openid', 'offline_access']);

    const shadow = await runCli(['provider', 'add', 'salesforce', '--issuer', peer.issuer], { env: sb.env });
    assert.equal(shadow.code, 2);
    assert.match(shadow.stderr, /"salesforce" is a built-in provider/);

    // A server whose metadata speaks for another issuer.
    const hostile = await startHostile((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ issuer: 'https://login.example.com', authorization_endpoint: 'https://login.example.com/auth', token_endpoint: 'https://evil.example/token' }));
    });
    try {
      const mixedUp = await runCli(['provider', 'add', 'evil', '--issuer', hostile.url], { env: sb.env });
      assert.equal(mixedUp.code, 1, mixedUp.stderr);
      assert.match(mixedUp.stderr, /names the issuer "https:\/\/login\.example\.com", not http:\/\/127\.0\.0\.1:\d+: refused/);
    } finally {
      await hostile.close();
    }
    const config = await readJson(join(sb.configDir, 'config.json'));
    assert.deepEqual(Object.keys(config.providers), ['corp']);

    const listed = await runCli(['provider', 'list', '--json'], { env: sb.env });
    const names = (JSON.parse(listed.stdout) as { provider: string; builtIn: boolean }[]).map((p) => `${p.provider}:${p.builtIn}`);
    assert.ok(names.includes('zoho:true') && names.includes('salesforce:true') && names.includes('corp:false'), names.join(' '));
  });

  test('client add --public keeps no secret', async () => {
    const r = await runCli(['client', 'add', 'corp-app', '--provider', 'corp', '--client-id', CLIENT_ID, '--public', '--redirect-uri', redirectUri], { env: sb.env });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /a public client, with no secret/);
    const client = (await readJson(join(sb.configDir, 'config.json'))).clients['corp-app'];
    assert.equal(client.public, true);
    assert.equal(client.provider, 'corp');
    assert.equal('key' in client || 'store' in client, false);
    await assert.rejects(readFile(join(sb.configDir, 'secrets.json'), 'utf8'), /ENOENT/);
  });

  test('login through the server\'s own pages: a callback with a wrong iss is refused and nothing is exchanged; the real one logs in', async () => {
    const login = startCli(['login', '--provider', 'corp', '--profile', 'corp'], sb.env);
    const authorize = await handoff.nextUrl();
    assert.equal(authorize.origin + authorize.pathname, `${peer.issuer}/auth`);
    const q = authorize.searchParams;
    assert.equal(q.get('client_id'), CLIENT_ID);
    assert.equal(q.get('redirect_uri'), redirectUri);
    assert.equal(q.get('scope'), 'openid offline_access');
    assert.equal(q.get('code_challenge_method'), 'S256');
    assert.equal(q.get('prompt'), 'consent');

    // The browser signs in and consents; the server's redirect to authctl is held back, as a mix-up attacker would.
    const context = await browser.newContext();
    let callback: string | undefined;
    const page = await context.newPage();
    // At the network layer (Chromium's Fetch domain), which, unlike page.route, also sees requests a redirect made.
    const cdp = await context.newCDPSession(page);
    cdp.on('Fetch.requestPaused', (e: { requestId: string; request: { url: string } }) => {
      callback = e.request.url;
      void cdp.send('Fetch.fulfillRequest', { requestId: e.requestId, responseCode: 200, body: Buffer.from('held back').toString('base64') });
    });
    await cdp.send('Fetch.enable', { patterns: [{ urlPattern: `${redirectUri}?*`, requestStage: 'Request' }] });
    await page.goto(authorize.href);
    await page.locator('input[name=login]').fill('ada');
    await page.locator('input[name=password]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    for (let i = 0; i < 200 && callback === undefined; i++) await new Promise((r) => setTimeout(r, 25));
    await context.close();
    assert.ok(callback, 'the server redirected to the callback');
    const real = new URL(callback);
    assert.equal(real.searchParams.get('iss'), peer.issuer, 'the server sends iss (RFC 9207)');

    const forged = new URL(real);
    forged.searchParams.set('iss', 'https://login.example.com');
    const refused = await fetch(forged);
    assert.equal(refused.status, 400);
    await login.waitForStderr(/its iss https:\/\/login\.example\.com is not the issuer of this login/);
    assert.equal(peer.grants.filter((g) => g.grantType === 'authorization_code').length, 0, 'nothing was exchanged');

    const accepted = await fetch(real, { redirect: 'manual' });
    assert.equal(accepted.status, 303);
    const result = await login.result;
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '');
    assert.deepEqual(
      peer.grants.filter((g) => g.grantType === 'authorization_code').map((g) => g.outcome),
      ['success'],
    );

    const p = await profile();
    assert.equal(p.provider, 'corp');
    assert.equal(p.client, 'corp-app');
    assert.equal(p.apiBase, peer.issuer);
    assert.equal(p.orgId, 'ada', 'the ID token names who signed in');
    assert.deepEqual(p.scopes, ['openid', 'offline_access']);
    const stored = await readCredential(sb.env, p);
    assert.ok(stored?.refreshToken && stored.accessToken);
  });

  test('token prints the cached token with the Bearer scheme, and api sends it to the API base', async () => {
    const stored = (await readCredential(sb.env, await profile()))!;
    const plain = await runCli(['token', '--profile', 'corp'], { env: sb.env });
    assert.equal(plain.code, 0, plain.stderr);
    assert.equal(plain.stdout, `${stored.accessToken}\n`);
    const header = await runCli(['token', '--profile', 'corp', '--header'], { env: sb.env });
    assert.equal(header.stdout, `Authorization: Bearer ${stored.accessToken}\n`);
    const json = JSON.parse((await runCli(['token', '--profile', 'corp', '--json'], { env: sb.env })).stdout);
    assert.equal(json.provider, 'corp');
    assert.equal(json.tokenType, 'Bearer');
    assert.equal(json.apiBase, peer.issuer);
    assert.equal('apiDomain' in json, false);
    // exec, status and list speak of it as of any profile.
    const exec = await runCli(['exec', '--profile', 'corp', '--', process.execPath, '-e', 'const e = process.env; console.log(JSON.stringify([e.AUTHCTL_ACCESS_TOKEN, e.AUTHCTL_API_BASE, e.AUTHCTL_AUTH_HEADER]))'], { env: sb.env });
    assert.equal(exec.code, 0, exec.stderr);
    assert.deepEqual(JSON.parse(exec.stdout), [stored.accessToken, peer.issuer, `Authorization: Bearer ${stored.accessToken}`]);
    const status = await runCli(['status', '--profile', 'corp', '--json'], { env: sb.env });
    assert.equal(status.code, 0, status.stderr);
    assert.deepEqual(JSON.parse(status.stdout).map((x: { state: string; usable: boolean }) => [x.state, x.usable]), [['valid', true]]);
    const listed = JSON.parse((await runCli(['list', '--json'], { env: sb.env })).stdout);
    assert.deepEqual(
      listed.map((x: Record<string, unknown>) => [x.profile, x.provider, x.apiBase, x.dc, x.environment, x.orgId]),
      [['corp', 'corp', peer.issuer, null, null, 'ada']],
    );
    // The server's userinfo endpoint takes the access token like any API.
    const me = await runCli(['api', '--profile', 'corp', '/me'], { env: sb.env });
    assert.equal(me.code, 0, me.stderr);
    assert.equal(JSON.parse(me.stdout).sub, 'ada');
    assert.equal(refreshGrants().length, 0);
  });

  test('two refreshes each present the refresh token the one before stored', async () => {
    const first = (await readCredential(sb.env, await profile()))!.refreshToken;
    for (const expected of [first, undefined]) {
      const before = refreshGrants().length;
      const presented = expected ?? (await readCredential(sb.env, await profile()))!.refreshToken;
      const r = await runCli(['token', '--profile', 'corp', '--force-refresh'], { env: sb.env });
      assert.equal(r.code, 0, r.stderr);
      const grants = refreshGrants().slice(before);
      assert.deepEqual(grants.map((g) => [g.outcome, g.refreshToken === presented]), [['success', true]]);
      const now = (await readCredential(sb.env, await profile()))!;
      assert.notEqual(now.refreshToken, presented, 'the server rotated the refresh token and authctl kept the new one');
      assert.equal(r.stdout, `${now.accessToken}\n`);
    }
    assert.equal(peer.grantsRevoked, 0);
  });

  test('8 parallel token calls near expiry make exactly one refresh; the grant lives on', async () => {
    const before = refreshGrants().length;
    // A minute left: under the 5 minutes token wants, so every call wants a new one.
    const nearExpiry = await setAccessTokenExpiry(sb.env, await profile(), 60_000);
    const runs = await Promise.all(Array.from({ length: 8 }, () => runCli(['token', '--profile', 'corp'], { env: sb.env, timeoutMs: 60_000 })));
    for (const r of runs) assert.equal(r.code, 0, r.stderr);
    assert.equal(new Set(runs.map((r) => r.stdout)).size, 1, 'every call printed the same token');
    assert.notEqual(runs[0]!.stdout, `${nearExpiry.accessToken}\n`);
    assert.deepEqual(refreshGrants().slice(before).map((g) => g.outcome), ['success']);
    // A reused (rotated-away) refresh token would have made the server revoke the whole grant.
    assert.equal(peer.grantsRevoked, 0);
    const again = await runCli(['token', '--profile', 'corp', '--force-refresh'], { env: sb.env });
    assert.equal(again.code, 0, again.stderr);
    assert.equal(refreshGrants().at(-1)!.outcome, 'success');
  });

  /** A whole login as a person does it: authctl opens the page, Chromium signs in and consents. */
  async function browserLogin(args: string[], login: string): Promise<void> {
    const opened = (await handoff.urls()).length;
    // No --provider: the client names it.
    const cli = startCli(['login', '--client', 'corp-app', ...args], sb.env);
    const url = await handoff.nextUrl(opened);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(url.href);
      await page.locator('input[name=login]').fill(login);
      await page.locator('input[name=password]').fill('any password');
      await page.getByRole('button', { name: 'Sign-in' }).click();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForURL(/\/authctl-done$/, { timeout: 15_000 });
    } finally {
      await context.close();
    }
    const result = await cli.result;
    assert.equal(result.code, 0, result.stderr);
  }

  test('export → CI mode → token: the exported value refreshes at the server with no config and no keychain', async () => {
    await browserLogin(['--profile', 'corp-ci'], 'grace');
    const exported = await runCli(['export', '--profile', 'corp-ci'], { env: sb.env });
    assert.equal(exported.code, 0, exported.stderr);
    const url = exported.stdout.trim();
    assert.match(url, /^authctl:\/\/corp\?v=1&client_id=authctl-native&refresh_token=[^&]+&api_base=http%3A%2F%2F127\.0\.0\.1%3A\d+&org_id=grace&/);
    assert.match(url, /&token_endpoint=http%3A%2F%2F127\.0\.0\.1%3A\d+%2Ftoken&/, 'a provider added here travels with its token endpoint');
    assert.doesNotMatch(url, /client_secret=/, 'a public client has no secret');
    const exportedRefreshToken = new URL(url).searchParams.get('refresh_token');

    const ci = await makeSandbox({ AUTHCTL_AUTH_URL: url });
    ci.env.RUNNER_TEMP = ci.home;
    try {
      const before = refreshGrants().length;
      const first = await runCli(['token', '--json'], { env: ci.env });
      assert.equal(first.code, 0, first.stderr);
      const out = JSON.parse(first.stdout);
      assert.equal(out.profile, null);
      assert.equal(out.provider, 'corp');
      assert.equal(out.apiBase, peer.issuer);
      assert.deepEqual(refreshGrants().slice(before).map((g) => [g.outcome, g.refreshToken === exportedRefreshToken]), [['success', true]]);
      // The server rotated the token it was given: CI keeps the new one for the job and says the secret is now stale.
      assert.match(first.stderr, /replaced the refresh token of AUTHCTL_AUTH_URL/);
      const me = await runCli(['api', '/me'], { env: ci.env });
      assert.equal(me.code, 0, me.stderr);
      assert.equal(JSON.parse(me.stdout).sub, 'grace');
      assert.equal(refreshGrants().length, before + 1, 'the job reused its cached token');
      await assert.rejects(readFile(join(ci.configDir, 'config.json'), 'utf8'), /ENOENT/);
    } finally {
      await ci.cleanup();
    }

    // import reads the same value. The account is the one profile corp-ci already holds, so a second profile of it is
    // refused; into corp-ci itself it is taken, with the public client already here reused.
    const twice = await runCli(['import', '--stdin', '--no-verify', '--profile', 'corp-copy'], { env: sb.env, input: url });
    assert.equal(twice.code, 1);
    assert.match(twice.stderr, /this account is already stored as profile "corp-ci"/);
    const imported = await runCli(['import', '--stdin', '--no-verify', '--profile', 'corp-ci'], { env: sb.env, input: url });
    assert.equal(imported.code, 0, imported.stderr);
    const config = await readJson(join(sb.configDir, 'config.json'));
    const copy = config.profiles['corp-ci'];
    assert.deepEqual([copy.provider, copy.client, copy.apiBase, copy.orgId], ['corp', 'corp-app', peer.issuer, 'grace']);
    assert.deepEqual(Object.keys(config.clients), ['corp-app']);
    assert.equal(config.profiles['corp-copy'], undefined);
  });

  test('logout revokes the live refresh token at the server (RFC 7009)', async () => {
    const live = (await readCredential(sb.env, await profile()))!.refreshToken;
    const revokedBefore = peer.grantsRevoked;
    const r = await runCli(['logout', 'corp'], { env: sb.env });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, new RegExp(`refresh token revoked at ${peer.issuer.replace(/[.:/]/g, '\\$&')}`));
    assert.equal(peer.grantsRevoked, revokedBefore + 1, 'the server revoked the grant');
    const reuse = await fetch(`${peer.issuer}/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: live, client_id: CLIENT_ID }),
    });
    assert.equal(reuse.status, 400);
    assert.equal(((await reuse.json()) as { error: string }).error, 'invalid_grant');
    assert.equal((await readJson(join(sb.configDir, 'config.json'))).profiles.corp, undefined);
  });
});
