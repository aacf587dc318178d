// authctl login through the browser: the built CLI as a child process, the Zoho Accounts
// emulator over real HTTP, the consent pages clicked in headless Chromium, tokens in a real
// gnome-keyring or the file store.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { request } from 'node:http';
import { createConnection, createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { type Emulator, startEmulator } from './emulator/index.js';
import { ROOT, runCli } from './helpers/cli.js';
import { freePort } from './helpers/ports.js';
import { startKeyring, type TestKeyring } from './helpers/keyring.js';
import {
  addClient,
  browserHandoff,
  consent,
  emulatorSandbox,
  launchChromium,
  newClient,
  readJson,
  startCli,
  type TestClient,
} from './helpers/login.js';
import { startTty } from './helpers/tty.js';

const execFileAsync = promisify(execFile);
const DEFAULT_SCOPES = ['ZohoCRM.modules.ALL', 'ZohoCRM.settings.READ', 'ZohoCRM.org.READ'];

let emulator: Emulator;
let browser: Browser;
let keyring: TestKeyring;

before(async () => {
  await runCli(['--version']).then((r) => assert.equal(r.code, 0, 'build first: node scripts/build.mjs'));
  [emulator, browser, keyring] = await Promise.all([startEmulator({ dataCentres: ['com', 'eu'] }), launchChromium(), startKeyring()]);
});

after(async () => {
  await Promise.all([emulator?.close(), browser?.close(), keyring?.stop()]);
});

/** A sandbox with the emulator's data centres, the test keyring (emptied) and a registered client. */
async function setup(o: { store?: 'keychain' | 'file'; clientDc?: string } = {}) {
  // Profile keys name the org, so tests logging in to the same org would share keychain entries.
  // (secret-tool exits 1 when there was nothing to clear; the check below is what counts.)
  await execFileAsync('secret-tool', ['clear', 'service', 'authctl'], { env: { PATH: process.env.PATH, ...keyring.env } }).catch(() => {});
  assert.deepEqual(await keyring.accounts(), []);
  const sandbox = await emulatorSandbox(emulator, keyring.env);
  const client = await newClient(emulator);
  await addClient(sandbox.env, client, { store: o.store ?? 'file', dc: o.clientDc });
  const handoff = browserHandoff(sandbox.home);
  return { sandbox, client, handoff, env: { ...sandbox.env, ...handoff.env } };
}

type Setup = Awaited<ReturnType<typeof setup>>;

/** Runs a whole browser login: authctl opens the URL, Chromium picks `org` and accepts. */
async function browserLogin(s: Setup, args: string[], org: string, urlIndex = 0) {
  const cli = startCli(['login', ...args], s.env);
  const url = await s.handoff.nextUrl(urlIndex);
  const page = await consent(browser, url, { org });
  return { url, page, result: await cli.result };
}

const configOf = async (s: Setup) => readJson(join(s.sandbox.configDir, 'config.json'));
const fileSecrets = async (s: Setup) => (await readJson(join(s.sandbox.configDir, 'secrets.json'))).secrets as Record<string, string>;
const decode = (stored: string) => JSON.parse(stored) as { v: number; rt: string; at: string; exp: number };
const tokenRequestsOf = (c: TestClient, grant = 'authorization_code') =>
  emulator.tokenRequests(grant).filter((r) => r.form.client_id === c.clientId);
const revokeRequests = () => emulator.requests.filter((r) => r.server === 'accounts' && r.path === '/oauth/v2/token/revoke');

/** What must stay identical when a login fails: the config and the profile's secret. */
async function snapshot(s: Setup, name: string) {
  const config = await readFile(join(s.sandbox.configDir, 'config.json'), 'utf8');
  const profile = JSON.parse(config).profiles[name];
  const secret = profile.store === 'keychain' ? await keyring.lookup(profile.key) : (await fileSecrets(s))[profile.key];
  return { config, secret };
}

/** Sends a request whose target is written byte for byte as given (no URL parser in between). */
function forgeRaw(port: string, target: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: '127.0.0.1', port: Number(port) }, () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
    });
    let answer = '';
    socket.setEncoding('latin1').on('data', (d: string) => (answer += d));
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1])));
    socket.on('error', reject);
  });
}

/** Sends one hand-made request to the loopback receiver, with any method and Host. */
function forge(url: string, o: { method?: string; host?: string } = {}): Promise<number> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: u.port, path: `${u.pathname}${u.search}`, method: o.method ?? 'GET', headers: o.host ? { host: o.host } : {} },
      (res) => {
        res.resume();
        resolve(res.statusCode!);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('browser login end to end', () => {
  const cases = [
    { dc: 'com', env: 'production', label: 'Acme Inc (production)', orgName: 'Acme Inc', args: ['--org', 'acme', '--env', 'production'], profile: 'acme' },
    { dc: 'com', env: 'sandbox', label: 'Acme Sandbox (sandbox)', orgName: 'Acme Sandbox', args: ['--org', 'sandbox'], profile: 'sandbox' },
    { dc: 'com', env: 'developer', label: 'Acme Dev (developer)', orgName: 'Acme Dev', args: ['--profile', 'dev'], profile: 'dev' },
    { dc: 'eu', env: 'production', label: 'Globex Corporation (production)', orgName: 'Globex Corporation', args: ['--org', 'globex', '--portal', 'Globex'], profile: 'globex' },
    { dc: 'eu', env: 'sandbox', label: 'Globex Sandbox (sandbox)', orgName: 'Globex Sandbox', args: ['--org', 'sandbox'], profile: 'sandbox' },
    { dc: 'eu', env: 'developer', label: 'Acme Dev (developer)', orgName: 'Acme Dev', args: [], profile: 'developer' },
  ] as const;

  for (const c of cases) {
    test(`${c.env} org in data centre ${c.dc}: keychain profile, org recorded, nothing on stdout, no secret shown`, async () => {
      // The client's own data centre is where login starts (no --dc).
      const s = await setup({ store: 'keychain', clientDc: c.dc });
      const { url, page, result } = await browserLogin(s, [...c.args, '--store', 'keychain'], c.label);

      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stdout, '');
      const dc = emulator.dataCentres[c.dc]!;

      // The authorization request: the dc's accounts server, offline + consent, fresh state, S256.
      assert.equal(url.origin, dc.accountsServer);
      assert.equal(url.searchParams.get('access_type'), 'offline');
      assert.equal(url.searchParams.get('prompt'), 'consent');
      assert.equal(url.searchParams.get('redirect_uri'), s.client.redirectUri);
      assert.equal(url.searchParams.get('scope'), DEFAULT_SCOPES.join(','));
      assert.ok(url.searchParams.get('state')!.length >= 43, 'state has at least 32 random bytes');
      assert.equal(url.searchParams.get('code_challenge_method'), 'S256');

      // The browser ends on a static page at a clean URL: the code is not in the address bar.
      assert.equal(page.finalUrl, `${new URL(s.client.redirectUri).origin}/authctl-done`);
      assert.match(page.text, /authctl received the authorization/);
      const callbackUrl = new URL(page.visited.find((v) => v.startsWith(s.client.redirectUri))!);
      const code = callbackUrl.searchParams.get('code')!;
      // The callback answers 303 to the clean URL, and nothing of it may be cached or leak as a Referer.
      const callbackAnswer = page.answers.get(callbackUrl.href)!;
      assert.equal(callbackAnswer.status, 303);
      assert.equal(callbackAnswer.headers.location, '/authctl-done');
      const doneAnswer = page.answers.get(page.finalUrl)!;
      for (const answer of [callbackAnswer, doneAnswer]) {
        assert.equal(answer.headers['cache-control'], 'no-store');
        assert.equal(answer.headers['referrer-policy'], 'no-referrer');
        assert.equal(answer.headers['content-security-policy'], "default-src 'none'; frame-ancestors 'none'");
      }

      // Exactly one exchange, at the callback's accounts server, with the PKCE verifier of this attempt.
      const exchanges = tokenRequestsOf(s.client);
      assert.equal(exchanges.length, 1);
      const ex = exchanges[0]!;
      assert.equal(ex.dc, c.dc);
      assert.equal(ex.form.code, code);
      assert.equal(ex.form.redirect_uri, s.client.redirectUri);
      assert.equal(ex.form.client_secret, s.client.clientSecret);
      assert.equal(createHash('sha256').update(ex.form.code_verifier!).digest('base64url'), url.searchParams.get('code_challenge'));

      // The org lookup went to this environment's API domain.
      const lookups = emulator.requests.filter((r) => r.server === 'api' && r.path === '/crm/v8/org' && r.at >= ex.at);
      assert.ok(lookups.some((r) => r.dc === c.dc && r.environment === c.env && r.status === 200));

      const live = emulator.liveRefreshTokens(s.client.clientId);
      assert.equal(live.length, 1);
      const profile = (await configOf(s)).profiles[c.profile];
      assert.equal(profile.provider, 'zoho');
      assert.equal(profile.client, s.client.name);
      assert.equal(profile.dc, c.dc);
      assert.equal(profile.environment, c.env);
      assert.equal(profile.accountsServer, dc.accountsServer);
      assert.equal(profile.apiDomain, dc.apiDomains[c.env]);
      assert.equal(profile.orgId, live[0]!.orgId);
      assert.equal(profile.orgName, c.orgName);
      assert.deepEqual(profile.scopes, DEFAULT_SCOPES);
      assert.equal(profile.store, 'keychain');
      assert.equal(profile.key, `profile:zoho:${c.dc}:${(c.args as readonly string[]).includes('--portal') ? 'Globex' : '-'}:${profile.orgId}:${c.env}`);
      assert.ok(Date.parse(profile.accessTokenExpiresAt) > Date.now() + 50 * 60_000);

      // The keychain holds refresh and access token; the access token works at once on this org.
      const stored = await keyring.lookup(profile.key);
      assert.ok(stored, 'the credential is in the keychain');
      const credential = decode(stored);
      const api = await fetch(`${profile.apiDomain}/crm/v8/org`, { headers: { authorization: `Zoho-oauthtoken ${credential.at}` } });
      assert.equal(api.status, 200);
      assert.equal(((await api.json()) as any).org[0].company_name, c.orgName);
      assert.deepEqual(await keyring.accounts(), [`client:${s.client.name}`, profile.key].sort());

      assert.match(result.stderr, new RegExp(`Logged in: profile ${c.profile} → org ${c.orgName} \\(${profile.orgId}\\), ${c.env} environment, data centre ${c.dc}`));
      assert.match(result.stderr, /scopes: ZohoCRM\.modules\.ALL, ZohoCRM\.settings\.READ, ZohoCRM\.org\.READ/);
      assert.match(result.stderr, new RegExp(`Redirect URI \\(must be registered.*\\): ${s.client.redirectUri.replace(/[.]/g, '\\.')}`));
      for (const secret of [credential.rt, credential.at, code, ex.form.code_verifier!, s.client.clientSecret]) {
        assert.ok(!result.stderr.includes(secret), 'no secret on stderr');
        assert.ok(!(await s.handoff.urls()).join('\n').includes(secret), 'no secret handed to the browser command');
      }
      await s.sandbox.cleanup();
    });
  }
});

test('logging in again stores the new refresh token, then revokes the old one', async () => {
  const s = await setup({ store: 'keychain' });
  const first = await browserLogin(s, ['--org', 'sandbox'], 'Acme Sandbox (sandbox)');
  assert.equal(first.result.code, 0, first.result.stderr);
  const key = (await configOf(s)).profiles.sandbox.key;
  const old = decode((await keyring.lookup(key))!);

  const second = await browserLogin(s, ['--org', 'sandbox'], 'Acme Sandbox (sandbox)', 1);
  assert.equal(second.result.code, 0, second.result.stderr);
  const fresh = decode((await keyring.lookup(key))!);
  assert.notEqual(fresh.rt, old.rt);

  const exchanges = tokenRequestsOf(s.client);
  assert.equal(exchanges.length, 2);
  const revokes = revokeRequests().filter((r) => r.query.token === old.rt);
  assert.equal(revokes.length, 1, 'the old refresh token was revoked once');
  assert.equal(revokes[0]!.status, 200);
  assert.ok(emulator.requests.indexOf(revokes[0]!) > emulator.requests.indexOf(exchanges[1]!), 'revoked after the new token was issued');
  assert.ok(!revokeRequests().some((r) => r.query.token === fresh.rt), 'the new token was not revoked');
  assert.equal(emulator.liveRefreshTokens(s.client.clientId).length, 1, 'only the new refresh token is live');
  assert.match(second.result.stderr, /revoked the previous refresh token/);
  assert.equal((await keyring.accounts()).filter((a) => a.startsWith('profile:')).length, 1);
  await s.sandbox.cleanup();
});

test('forged callbacks get 4xx, do not end the wait and change nothing; the timeout then ends it', async () => {
  const s = await setup();
  const first = await browserLogin(s, ['--org', 'sandbox'], 'Acme Sandbox (sandbox)');
  assert.equal(first.result.code, 0, first.result.stderr);
  const before = await snapshot(s, 'sandbox');
  const exchangesBefore = tokenRequestsOf(s.client).length;

  const cli = startCli(['login', '--org', 'sandbox', '--timeout', '4'], s.env);
  const url = await s.handoff.nextUrl(1);
  const state = url.searchParams.get('state')!;
  const server = emulator.dataCentres.com!.accountsServer;
  const callback = (params: [string, string][]) => `${s.client.redirectUri}?${new URLSearchParams(params)}`;
  const fakeCode = '1000.0123456789abcdef0123456789abcdef.0123456789abcdef0123456789abcdef';
  const port = new URL(s.client.redirectUri).port;

  assert.equal(await forge(callback([['code', fakeCode], ['state', 'not-the-state'], ['accounts-server', server]])), 400);
  assert.equal(await forge(callback([['code', fakeCode], ['state', state], ['accounts-server', 'https://accounts.evil.example']])), 400);
  // A known host on another scheme or port is not a known accounts server either.
  assert.equal(await forge(callback([['code', fakeCode], ['state', state], ['accounts-server', server.replace('http:', 'https:')]])), 400);
  assert.equal(await forge(callback([['code', fakeCode], ['code', fakeCode], ['state', state], ['accounts-server', server]])), 400);
  assert.equal(await forge(callback([['code', fakeCode], ['state', state], ['state', state], ['accounts-server', server]])), 400);
  assert.equal(await forge(callback([['state', state], ['accounts-server', server]])), 400);
  assert.equal(await forge(callback([['code', fakeCode], ['accounts-server', server]])), 400);
  assert.equal(await forge(callback([['code', fakeCode], ['state', state], ['accounts-server', server]]), { method: 'POST' }), 405);
  assert.equal(await forge(callback([['code', fakeCode], ['state', state], ['accounts-server', server]]), { host: `attacker.example:${port}` }), 400);
  assert.equal(await forge(`${new URL(s.client.redirectUri).origin}/favicon.ico`), 404);
  const origin = new URL(s.client.redirectUri).origin;
  const networkPath = callback([['code', fakeCode], ['state', state], ['accounts-server', server]]).slice(origin.length);
  assert.equal(await forge(`${origin}//attacker.example${networkPath}`), 400, 'a //host/path target is not the callback path');
  // Other spellings of the callback path are not it: the raw target is compared, before any normalising.
  const query = new URL(networkPath, origin).search;
  for (const spelling of ['/./callback', '/x/../callback', '/%63allback', '/callback/', '/callback%2f', '/\\callback', '/CALLBACK']) {
    assert.equal(await forgeRaw(port, `${spelling}${query}`), 404, spelling);
  }

  const result = await cli.result;
  assert.equal(result.code, 1, result.stderr);
  assert.match(result.stderr, /no authorization arrived within 4 s; nothing was changed/);
  assert.match(result.stderr, new RegExp(`register exactly ${s.client.redirectUri.replace(/[.]/g, '\\.')}`));
  assert.match(result.stderr, /its state does not match this login/);
  assert.match(result.stderr, /its accounts-server https:\/\/accounts\.evil\.example is not a known accounts server \(a possible mix-up attack\)/);
  assert.ok(result.stderr.includes(`its accounts-server ${server.replace('http:', 'https:')} is not a known accounts server`), result.stderr);
  assert.match(result.stderr, /the parameter "code" appears more than once/);
  assert.match(result.stderr, /the parameter "state" appears more than once/);
  assert.ok(!result.stderr.includes(fakeCode), 'a forged code is never echoed');
  assert.equal(tokenRequestsOf(s.client).length, exchangesBefore, 'no forged code reached the token endpoint');
  assert.deepEqual(await snapshot(s, 'sandbox'), before, 'the stored profile is untouched');
  await s.sandbox.cleanup();
});

test('the first valid callback ends the flow: its code is exchanged once, a replay reaches nothing', async () => {
  const s = await setup();
  const cli = startCli(['login', '--org', 'sandbox'], s.env);
  const url = await s.handoff.nextUrl();
  // A probe with a wrong state first: refused, and the real consent still completes.
  assert.equal(await forge(`${s.client.redirectUri}?code=x&state=wrong&accounts-server=x`), 400);
  const page = await consent(browser, url, { org: 'Acme Sandbox (sandbox)' });
  const result = await cli.result;
  assert.equal(result.code, 0, result.stderr);
  const callbackUrl = page.visited.find((v) => v.startsWith(s.client.redirectUri))!;
  await assert.rejects(forge(callbackUrl), /ECONNREFUSED/, 'the receiver is gone after the login');
  assert.equal(tokenRequestsOf(s.client).length, 1);
  await s.sandbox.cleanup();
});

test('--no-browser: the URL goes to stderr, the redirected URL is pasted on stdin (the browser cannot reach this machine)', async () => {
  const s = await setup();
  const cli = startCli(['login', '--org', 'sandbox', '--no-browser'], s.env);
  const [, printed] = await cli.waitForStderr(/Open this URL in a browser, sign in to Zoho and choose the org:\n {2}(\S+)/);
  assert.match(cli.stderr(), /Not opening a browser: you asked for --no-browser/);
  assert.deepEqual(await s.handoff.urls(), [], '$BROWSER was not run');
  const page = await consent(browser, printed!, { org: 'Acme Sandbox (sandbox)', unreachable: true });

  // Garbage and a URL of another attempt are refused, and the wait goes on.
  cli.write('hello\n');
  const stale = new URL(page.finalUrl);
  stale.searchParams.set('state', 'an-older-attempt');
  cli.write(`${stale}\n`);
  await cli.waitForStderr(/ignored the pasted line: its state does not match this login/);
  cli.write(`  ${page.finalUrl}  \n`);
  const result = await cli.result;

  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stderr, /ignored the pasted line: the pasted text is neither the redirected URL nor a code/);
  const exchanges = tokenRequestsOf(s.client);
  assert.equal(exchanges.length, 1);
  assert.equal(exchanges[0]!.form.code, new URL(page.finalUrl).searchParams.get('code'));
  assert.equal((await configOf(s)).profiles.sandbox.environment, 'sandbox');
  assert.ok(!result.stderr.includes(exchanges[0]!.form.code!), 'the pasted code is not echoed');
  await s.sandbox.cleanup();
});

test('a login completed at another data centre is exchanged there, for any client, and the profile records that data centre', async () => {
  // Login starts at com; the user's account lives at eu, so Zoho sends the browser on to eu's accounts server.
  const s = await setup();
  const cli = startCli(['login', '--org', 'sandbox', '--timeout', '20'], s.env);
  const url = await s.handoff.nextUrl(0);
  assert.equal(url.origin, emulator.dataCentres.com!.accountsServer);
  const atEu = new URL(`${url.pathname}${url.search}`, emulator.dataCentres.eu!.accountsServer);
  await consent(browser, atEu.href, { org: 'Acme Sandbox (sandbox)' });
  const result = await cli.result;

  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stderr, /Zoho completed the login at data centre eu: the code is exchanged there/);
  const exchanges = tokenRequestsOf(s.client);
  assert.equal(exchanges.length, 1);
  assert.equal(exchanges[0]!.dc, 'eu', 'the code is exchanged at the accounts server it came from');
  const profile = (await configOf(s)).profiles.sandbox;
  assert.equal(profile.dc, 'eu');
  assert.equal(profile.accountsServer, emulator.dataCentres.eu!.accountsServer);
  assert.equal(profile.apiDomain, emulator.dataCentres.eu!.apiDomains.sandbox);
  // The profile refreshes at eu from now on.
  const refreshed = await runCli(['token', '--profile', 'sandbox', '--force-refresh'], { env: s.env });
  assert.equal(refreshed.code, 0, refreshed.stderr);
  assert.equal(emulator.tokenRequests('refresh_token').filter((r) => r.form.client_id === s.client.clientId).at(-1)!.dc, 'eu');
  await s.sandbox.cleanup();
});

test('a separate client secret at the other data centre: invalid_client_secret says how to store it, and with it the login works', async () => {
  const s = await setup();
  const euSecret = 'eu-only-secret-0123456789abcdef';
  emulator.registerClient({
    clientId: s.client.clientId,
    clientSecret: s.client.clientSecret,
    redirectUris: [s.client.redirectUri],
    multiDc: true,
    dcSecrets: { eu: euSecret },
  });
  const loginAtEu = async (index: number) => {
    const cli = startCli(['login', '--org', 'sandbox', '--timeout', '20'], s.env);
    const url = await s.handoff.nextUrl(index);
    await consent(browser, new URL(`${url.pathname}${url.search}`, emulator.dataCentres.eu!.accountsServer).href, { org: 'Acme Sandbox (sandbox)' });
    return cli.result;
  };

  const refused = await loginAtEu(0);
  assert.equal(refused.code, 4, refused.stderr);
  assert.match(refused.stderr, /Zoho rejected the client secret of client "crm\d+" at data centre eu/);
  assert.match(refused.stderr, /a multi-DC client can have a separate secret for each data centre .*authctl client update crm\d+ --dc-secret eu/);
  assert.equal((await configOf(s)).profiles.sandbox, undefined);

  const update = await runCli(['client', 'update', s.client.name, '--dc-secret', 'eu', '--client-secret-stdin'], { env: s.env, input: `${euSecret}\n` });
  assert.equal(update.code, 0, update.stderr);
  assert.equal((await fileSecrets(s))[`client:${s.client.name}@eu`], euSecret);
  const ok = await loginAtEu(1);
  assert.equal(ok.code, 0, ok.stderr);
  const exchanges = tokenRequestsOf(s.client).filter((r) => r.dc === 'eu');
  assert.equal(exchanges.at(-1)!.form.client_secret, euSecret, 'the eu secret was sent to eu');
  assert.equal((await configOf(s)).profiles.sandbox.dc, 'eu');
  // Refreshes at eu use the eu secret too; nothing sent the eu secret anywhere else.
  assert.equal((await runCli(['token', '--force-refresh'], { env: s.env })).code, 0);
  assert.ok(!emulator.requests.some((r) => r.dc !== 'eu' && Object.values(r.form).includes(euSecret)));
  assert.ok(!ok.stderr.includes(euSecret) && !update.stderr.includes(euSecret));
  await s.sandbox.cleanup();
});

test('in an SSH session a bare code can be pasted; it is exchanged at the accounts server login started at', async () => {
  const s = await setup({ clientDc: 'eu' });
  const env = { ...s.sandbox.env, SSH_CONNECTION: '10.0.0.1 50000 10.0.0.2 22' }; // no $BROWSER
  const cli = startCli(['login', '--org', 'dev', '--env', 'developer'], env);
  const [, printed] = await cli.waitForStderr(/choose the org:\n {2}(\S+)/);
  assert.match(cli.stderr(), /Not opening a browser: this is an SSH session/);
  const page = await consent(browser, printed!, { org: 'Acme Dev (developer)', unreachable: true });
  const code = new URL(page.finalUrl).searchParams.get('code')!;
  cli.write(`${code}\n`);
  const result = await cli.result;
  assert.equal(result.code, 0, result.stderr);
  const exchanges = tokenRequestsOf(s.client);
  assert.equal(exchanges.length, 1);
  assert.equal(exchanges[0]!.dc, 'eu');
  const profile = (await configOf(s)).profiles.dev;
  assert.equal(profile.dc, 'eu');
  assert.equal(profile.apiDomain, emulator.dataCentres.eu!.apiDomains.developer);
  await s.sandbox.cleanup();
});

test('with no display the URL is printed; declining on the consent page fails with a clear message and stores nothing', async () => {
  const s = await setup();
  const cli = startCli(['login', '--org', 'sandbox'], s.sandbox.env); // no $BROWSER, no DISPLAY
  const [, printed] = await cli.waitForStderr(/choose the org:\n {2}(\S+)/);
  assert.match(cli.stderr(), /Not opening a browser: there is no display/);
  const context = await browser.newContext();
  const pageObj = await context.newPage();
  await pageObj.goto(printed!);
  await pageObj.getByLabel('Acme Sandbox (sandbox)', { exact: true }).check();
  await pageObj.getByRole('button', { name: 'Submit' }).click();
  await pageObj.getByRole('button', { name: 'Deny' }).click();
  await pageObj.waitForURL(/\/authctl-done$/);
  assert.match(await pageObj.locator('body').innerText(), /Access was declined/);
  await context.close();

  const result = await cli.result;
  assert.equal(result.code, 1);
  assert.match(result.stderr, /you declined access on the Zoho consent page; nothing was changed/);
  assert.equal(tokenRequestsOf(s.client).length, 0);
  assert.deepEqual((await configOf(s)).profiles, {});
  await s.sandbox.cleanup();
});

test('the browser is started without the secret variables authctl was given', async () => {
  const s = await setup();
  const envFile = join(s.sandbox.home, 'browser-env.txt');
  const envClient = await newClient(emulator);
  const env = {
    ...s.sandbox.env,
    BROWSER: join(ROOT, 'test', 'helpers', 'browser-env.sh'),
    AUTHCTL_TEST_BROWSER_ENV_FILE: envFile,
    AUTHCTL_CLIENT_ID: envClient.clientId,
    AUTHCTL_CLIENT_SECRET: envClient.clientSecret,
  };
  const result = await runCli(['login', '--org', 'sandbox', '--timeout', '2'], { env });
  assert.equal(result.code, 1, 'no callback came: the browser only wrote down its environment');
  const seen = await readFile(envFile, 'utf8');
  assert.match(seen, /^AUTHCTL_CLIENT_ID=/m, 'the browser did get the environment');
  assert.doesNotMatch(seen, /AUTHCTL_CLIENT_SECRET/);
  assert.ok(!seen.includes(envClient.clientSecret));
  await s.sandbox.cleanup();
});

test('SIGINT (Ctrl-C) while waiting for the browser exits 130, frees the port and stores nothing', async () => {
  const s = await setup();
  const cli = startCli(['login', '--org', 'sandbox'], s.env);
  await cli.waitForStderr(/Waiting for Zoho to redirect/);
  cli.signal('SIGINT');
  const result = await cli.result;
  assert.equal(result.code, 130, result.stderr);
  assert.match(result.stderr, /authctl: interrupted/);
  assert.equal(tokenRequestsOf(s.client).length, 0);
  assert.equal((await configOf(s)).profiles.sandbox, undefined);
  // The port is free again.
  const probe = createServer();
  await new Promise<void>((resolve, reject) => probe.once('error', reject).listen(Number(new URL(s.client.redirectUri).port), '127.0.0.1', resolve));
  probe.close();
  await s.sandbox.cleanup();
});

test('a port in use is reported with the redirect URI and what to do; nothing is opened or sent', async () => {
  const s = await setup();
  const port = Number(new URL(s.client.redirectUri).port);
  const squatter = createServer().listen(port, '127.0.0.1');
  await new Promise((r) => squatter.once('listening', r));
  const requestsBefore = emulator.requests.length;
  try {
    const result = await runCli(['login', '--org', 'sandbox'], { env: s.env });
    assert.equal(result.code, 1);
    assert.match(result.stderr, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is in use, and the redirect URI ${s.client.redirectUri.replace(/[.]/g, '\\.')} needs it`));
    assert.match(result.stderr, /register a redirect URI with a free port/);
    assert.deepEqual(await s.handoff.urls(), []);
    assert.equal(emulator.requests.length, requestsBefore);
  } finally {
    squatter.close();
  }
  await s.sandbox.cleanup();
});

test('--port picks a registered redirect URI (one added with client update), is refused with how to add one, and moves the default one of an environment client', async () => {
  const s = await setup();
  // A port with no registered redirect URI is a usage error that says how to register one.
  const refused = await runCli(['login', '--org', 'sandbox', '--port', '1'], { env: s.env });
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /client "crm\d+" has no redirect URI on port 1 \(registered: http:\/\/127\.0\.0\.1:\d+\/callback\)/);
  assert.match(refused.stderr, /register http:\/\/127\.0\.0\.1:1\/callback for the client in the Zoho API console and add it here: authctl client update crm\d+ --add-redirect-uri http:\/\/127\.0\.0\.1:1\/callback/);
  assert.equal(await s.handoff.urls().then((u) => u.length), 0, 'no browser was opened');

  // Registered at Zoho and added here, the second URI is used with --port.
  const second = `http://127.0.0.1:${await freePort()}/callback`;
  emulator.registerClient({ clientId: s.client.clientId, clientSecret: s.client.clientSecret, redirectUris: [s.client.redirectUri, second], multiDc: true });
  const added = await runCli(['client', 'update', s.client.name, '--add-redirect-uri', second], { env: s.env });
  assert.equal(added.code, 0, added.stderr);
  const viaPort = startCli(['login', '--org', 'sandbox', '--port', new URL(second).port], s.env);
  const portUrl = await s.handoff.nextUrl(0);
  assert.equal(portUrl.searchParams.get('redirect_uri'), second);
  await consent(browser, portUrl, { org: 'Acme Sandbox (sandbox)' });
  assert.equal((await viaPort.result).code, 0);

  const envClient = await newClient(emulator);
  const port = new URL(envClient.redirectUri).port;
  const env = { ...s.env, AUTHCTL_CLIENT_ID: envClient.clientId, AUTHCTL_CLIENT_SECRET: envClient.clientSecret };
  const cli = startCli(['login', '--org', 'sandbox2', '--env', 'sandbox', '--port', port], env);
  const url = await s.handoff.nextUrl(1);
  assert.equal(url.searchParams.get('redirect_uri'), `http://127.0.0.1:${port}/callback`);
  await consent(browser, url, { org: 'Globex Sandbox (sandbox)' });
  const result = await cli.result;
  assert.equal(result.code, 0, result.stderr);
  assert.equal((await configOf(s)).profiles.sandbox2.client, 'environment');
  assert.equal(tokenRequestsOf(envClient).length, 1);
  assert.ok(!result.stderr.includes(envClient.clientSecret));
  await s.sandbox.cleanup();
});

test('--env is a check: an org of another environment is refused (exit 4), the new token revoked, the old profile untouched; without --env a name is no check, only a warning', async () => {
  const s = await setup({ store: 'keychain' });
  const first = await browserLogin(s, ['--org', 'sandbox'], 'Acme Sandbox (sandbox)');
  assert.equal(first.result.code, 0, first.result.stderr);
  assert.doesNotMatch(first.result.stderr, /warning/);
  const before = await snapshot(s, 'sandbox');

  const second = await browserLogin(s, ['--org', 'sandbox', '--env', 'sandbox'], 'Acme Inc (production)', 1);
  assert.equal(second.result.code, 4, second.result.stderr);
  assert.match(second.result.stderr, /you chose Acme Inc, a production org, but --env sandbox asks for a sandbox org/);
  assert.match(second.result.stderr, /choose a sandbox org on the consent page and log in again, or log in to Acme Inc as its own profile: authctl login --profile acme-inc\. The new token was revoked; nothing was changed/);
  assert.deepEqual(await snapshot(s, 'sandbox'), before);
  const live = emulator.liveRefreshTokens(s.client.clientId);
  assert.equal(live.length, 1, 'the new refresh token is gone');
  assert.equal(live[0]!.environment, 'sandbox', 'the old one is still live');
  const oldRt = decode(before.secret!).rt;
  assert.ok(revokeRequests().some((r) => r.query.token !== oldRt && r.status === 200 && r.at >= tokenRequestsOf(s.client)[1]!.at));
  assert.ok(!revokeRequests().some((r) => r.query.token === oldRt), 'the old token was not revoked');

  // A new profile named after an environment holding an org of another one: allowed, with a warning.
  const named = await browserLogin(s, ['--org', 'production'], 'Globex Sandbox (sandbox)', 2);
  assert.equal(named.result.code, 0, named.result.stderr);
  assert.match(named.result.stderr, /warning: profile "production" is named after the production environment, but you chose a sandbox org/);
  assert.equal((await configOf(s)).profiles.production.environment, 'sandbox');
  await s.sandbox.cleanup();
});

test('logging in again to a profile and choosing another org is refused: profile and token kept, new token revoked; --replace repoints it', async () => {
  const s = await setup({ store: 'keychain' });
  const first = await browserLogin(s, ['--org', 'acme'], 'Acme Inc (production)');
  assert.equal(first.result.code, 0, first.result.stderr);
  const before = await snapshot(s, 'acme');
  const oldRt = decode(before.secret!).rt;

  const other = await browserLogin(s, ['--org', 'acme'], 'Globex Corporation (production)', 1);
  assert.equal(other.result.code, 1, other.result.stderr);
  assert.match(other.result.stderr, /profile "acme" is Acme Inc \(700001, production, data centre com\), but you chose Globex Corporation \(700011, production, data centre com\)/);
  assert.match(other.result.stderr, /profile "acme" is unchanged and the new token was revoked/);
  assert.match(other.result.stderr, /authctl login --profile globex-corporation; to repoint "acme" to it on purpose: authctl login --profile acme --replace/);
  assert.doesNotMatch(other.result.stderr, /Logged in/);
  assert.deepEqual(await snapshot(s, 'acme'), before, 'config and keychain entry exactly as they were');
  const live = emulator.liveRefreshTokens(s.client.clientId);
  assert.deepEqual(live.map((t) => t.orgId), ['700001'], "only Acme's token is live: Globex's was revoked");
  assert.ok(!revokeRequests().some((r) => r.query.token === oldRt), "Acme's token was not revoked");
  // Scripts keep reaching Acme.
  const api = await runCli(['api', '--org', 'acme', '/crm/v8/org'], { env: s.env });
  assert.equal(JSON.parse(api.stdout).org[0].company_name, 'Acme Inc');

  const replaced = await browserLogin(s, ['--org', 'acme', '--replace'], 'Globex Corporation (production)', 2);
  assert.equal(replaced.result.code, 0, replaced.result.stderr);
  const profile = (await configOf(s)).profiles.acme;
  assert.equal(profile.orgId, '700011');
  assert.equal(profile.orgName, 'Globex Corporation');
  assert.ok(revokeRequests().some((r) => r.query.token === oldRt && r.status === 200), "Acme's old token is revoked once replaced");
  assert.deepEqual(emulator.liveRefreshTokens(s.client.clientId).map((t) => t.orgId), ['700011']);
  await s.sandbox.cleanup();
});

test('the environment comes from the org chosen: --org acme-sandbox records a sandbox org, --env is a check', async () => {
  const s = await setup();
  const sandboxOrg = await browserLogin(s, ['--org', 'acme-sandbox'], 'Acme Sandbox (sandbox)');
  assert.equal(sandboxOrg.result.code, 0, sandboxOrg.result.stderr);
  const profile = (await configOf(s)).profiles['acme-sandbox'];
  assert.equal(profile.environment, 'sandbox');
  assert.equal(profile.orgName, 'Acme Sandbox');
  assert.equal(profile.apiDomain, emulator.dataCentres.com!.apiDomains.sandbox);
  const api = await runCli(['api', '--org', 'acme-sandbox', '/crm/v8/org'], { env: s.env });
  assert.equal(api.code, 0, api.stderr);
  assert.equal(JSON.parse(api.stdout).org[0].company_name, 'Acme Sandbox');

  // --env given: an org of another environment is refused, and nothing is stored.
  const checked = await browserLogin(s, ['--org', 'globex', '--env', 'sandbox'], 'Globex Corporation (production)', 1);
  assert.equal(checked.result.code, 4, checked.result.stderr);
  assert.match(checked.result.stderr, /you chose Globex Corporation, a production org, but --env sandbox asks for a sandbox org/);
  assert.equal((await configOf(s)).profiles.globex, undefined);
  assert.equal(emulator.liveRefreshTokens(s.client.clientId).length, 1, 'the refused token was revoked');
  await s.sandbox.cleanup();
});

test('an expired authorization code: invalid_code is explained, exit 4, nothing stored', async (t) => {
  const s = await setup();
  const saved = emulator.settings.webCodeLifetimeSeconds;
  emulator.settings.webCodeLifetimeSeconds = 0;
  t.after(() => {
    emulator.settings.webCodeLifetimeSeconds = saved;
  });
  const { result } = await browserLogin(s, ['--org', 'sandbox'], 'Acme Sandbox (sandbox)');
  assert.equal(result.code, 4);
  assert.match(result.stderr, /Zoho rejected the authorization code: it has expired or was already used/);
  assert.match(result.stderr, /finish the consent promptly \(codes live about 2 minutes\)/);
  assert.equal(tokenRequestsOf(s.client).length, 1);
  assert.deepEqual((await configOf(s)).profiles, {});
  await s.sandbox.cleanup();
});

test('invalid_redirect_uri names the URI that must be registered', async () => {
  // The consent was given for another registered URI on the same port (the user's
  // edited link); authctl exchanges with its own, which Zoho refuses.
  const s = await setup();
  const other = `${s.client.redirectUri}?from=bookmark`;
  emulator.registerClient({ clientId: s.client.clientId, clientSecret: s.client.clientSecret, redirectUris: [s.client.redirectUri, other], multiDc: true });
  const cli = startCli(['login', '--org', 'sandbox'], s.env);
  const url = await s.handoff.nextUrl();
  url.searchParams.set('redirect_uri', other);
  await consent(browser, url, { org: 'Acme Sandbox (sandbox)' });
  const result = await cli.result;
  assert.equal(result.code, 1);
  assert.match(result.stderr, new RegExp(`Zoho rejected the redirect URI ${s.client.redirectUri.replace(/[.?]/g, '\\$&')}`));
  assert.match(result.stderr, new RegExp(`register exactly ${s.client.redirectUri.replace(/[.?]/g, '\\$&')} as an Authorized Redirect URI`));
  assert.deepEqual((await configOf(s)).profiles, {});
  await s.sandbox.cleanup();
});

test('on a terminal a spinner shows while waiting for the browser', async () => {
  const s = await setup();
  const tty = await startTty(['login', '--org', 'sandbox'], s.env, s.sandbox.home);
  try {
    const screen = await tty.waitForScreen(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] Waiting for Zoho to redirect to/);
    assert.match(screen, /Opened your browser/);
    await consent(browser, await s.handoff.nextUrl(), { org: 'Acme Sandbox (sandbox)' });
    assert.equal(await tty.exitCode(), 0, await tty.screen());
    const done = await tty.screen();
    assert.match(done, /Logged in: profile sandbox/);
    assert.doesNotMatch(done, /Waiting for Zoho/, 'the spinner line is cleared');
  } finally {
    await tty.kill();
  }
  await s.sandbox.cleanup();
});

test('--no-browser on a terminal: a hidden paste prompt that asks again after a bad paste, and gives way to the loopback', async () => {
  const s = await setup();
  const origin = new URL(s.client.redirectUri).origin;

  // 1. The browser cannot reach this machine: the redirected URL is pasted at the prompt.
  let tty = await startTty(['login', '--org', 'sandbox', '--no-browser'], s.sandbox.env, s.sandbox.home);
  try {
    const screen = await tty.waitForScreen(/Paste the URL your browser was redirected to \(or the code\):/);
    const printed = /choose the org:\n {2}(\S+)/.exec(screen)![1]!;
    const page = await consent(browser, printed, { org: 'Acme Sandbox (sandbox)', unreachable: true });
    assert.ok(page.finalUrl.startsWith(origin));
    await tty.type('garbage');
    await tty.waitForScreen(/the pasted text is neither the redirected URL nor a code/);
    await tty.type('\u0015', false); // Ctrl-U clears the refused paste
    await tty.type(page.finalUrl);
    assert.equal(await tty.exitCode(), 0, await tty.screen());
    const done = await tty.screen();
    assert.ok(!done.includes(new URL(page.finalUrl).searchParams.get('code')!), 'the pasted code is masked');
    assert.match(done, /Logged in: profile sandbox/);
  } finally {
    await tty.kill();
  }

  // 2. The browser can reach it: the loopback callback wins and the open prompt is withdrawn.
  tty = await startTty(['login', '--org', 'sandbox', '--no-browser'], s.sandbox.env, s.sandbox.home);
  try {
    const screen = await tty.waitForScreen(/Paste the URL your browser was redirected to/);
    await consent(browser, /choose the org:\n {2}(\S+)/.exec(screen)![1]!, { org: 'Acme Sandbox (sandbox)' });
    assert.equal(await tty.exitCode(), 0, await tty.screen());
    assert.match(await tty.screen(), /revoked the previous refresh token/);
  } finally {
    await tty.kill();
  }
  assert.equal(tokenRequestsOf(s.client).length, 2);
  await s.sandbox.cleanup();
});
