/**
 * Issue 13 (the standard part): `authctl login --device` against oidc-provider's
 * RFC 8628 device flow, approved (or aborted) through its real pages in headless
 * Chromium, with the polling interval measured from the server's side.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { makeSandbox, runCli } from './helpers/cli.js';
import { launchChromium, readJson, startCli } from './helpers/login.js';
import { type OidcPeer, startOidcPeer } from './helpers/oidc.js';
import { freePort } from './helpers/ports.js';

const CLIENT_ID = 'authctl-device';

describe('device login (RFC 8628) against oidc-provider', () => {
  let peer: OidcPeer;
  let browser: Browser;
  let sb: Awaited<ReturnType<typeof makeSandbox>>;
  const deviceGrants = () => peer.grants.filter((g) => g.grantType === 'urn:ietf:params:oauth:grant-type:device_code');

  before(async () => {
    peer = await startOidcPeer({ clientId: CLIENT_ID, redirectUris: [`http://127.0.0.1:${await freePort()}/callback`], deviceFlow: true });
    sb = await makeSandbox({ AUTHCTL_STORE: 'file' });
    browser = await launchChromium();
    assert.equal((await runCli(['provider', 'add', 'corp', '--issuer', peer.issuer], { env: sb.env })).code, 0);
    assert.equal((await runCli(['client', 'add', 'corp-app', '--provider', 'corp', '--client-id', CLIENT_ID, '--public'], { env: sb.env })).code, 0);
  });
  after(async () => {
    await browser?.close();
    await peer?.close();
    await sb?.cleanup();
  });

  /** What a person does on their phone: open the URL, type the code, confirm (or abort), sign in, consent. */
  async function approve(url: string, code: string, decision: 'approve' | 'abort'): Promise<void> {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(url);
      await page.locator('input[name=user_code]').fill(code);
      await page.getByRole('button', { name: 'Continue' }).click();
      if (decision === 'abort') {
        await page.getByRole('button', { name: '[ Abort ]' }).click();
        return;
      }
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.locator('input[name=login]').fill('lin');
      await page.locator('input[name=password]').fill('any password');
      await page.getByRole('button', { name: 'Sign-in' }).click();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByText(/Sign-in Success/i).waitFor();
    } finally {
      await context.close();
    }
  }

  const shown = async (cli: ReturnType<typeof startCli>) => {
    const [, url, code] = await cli.waitForStderr(/open (\S+) on any device and enter the code (\S+)/);
    return { url: url!, code: code! };
  };

  test('approved on another device: the profile is stored, and the server was polled no faster than its interval', async () => {
    const before = deviceGrants().length;
    const started = Date.now();
    const cli = startCli(['login', '--provider', 'corp', '--device', '--profile', 'dev'], sb.env, 90_000);
    const { url, code } = await shown(cli);
    assert.equal(new URL(url).origin, peer.issuer);
    await approve(url, code, 'approve');
    const result = await cli.result;
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '');
    const profile = (await readJson(join(sb.configDir, 'config.json'))).profiles.dev;
    assert.deepEqual([profile.provider, profile.orgId], ['corp', 'lin']);
    const polls = deviceGrants().slice(before);
    assert.equal(polls.at(-1)!.outcome, 'success');
    assert.ok(polls.every((p) => p.error === undefined || p.error === 'authorization_pending'), JSON.stringify(polls));
    // RFC 8628: 5 s between polls when the server names no interval, the first one included.
    const times = [started, ...polls.map((p) => p.at)];
    for (let i = 1; i < times.length; i++) assert.ok(times[i]! - times[i - 1]! >= 4_900, `poll ${i} came ${times[i]! - times[i - 1]!} ms after the one before`);
    const token = await runCli(['token', '--profile', 'dev'], { env: sb.env });
    assert.equal(token.code, 0, token.stderr);
  });

  test('aborted on the verification page: exit 1, declined, nothing stored', async () => {
    const cli = startCli(['login', '--provider', 'corp', '--device', '--profile', 'aborted'], sb.env, 90_000);
    const { url, code } = await shown(cli);
    await approve(url, code, 'abort');
    const result = await cli.result;
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stderr, /the login was declined on the verification page; nothing was changed/);
    assert.equal((await readJson(join(sb.configDir, 'config.json'))).profiles.aborted, undefined);
  });

  test('Ctrl-C while polling: exit 130, nothing stored', async () => {
    const cli = startCli(['login', '--provider', 'corp', '--device', '--profile', 'interrupted'], sb.env, 90_000);
    await shown(cli);
    cli.signal('SIGINT');
    const result = await cli.result;
    assert.equal(result.code, 130, result.stderr);
    assert.equal((await readJson(join(sb.configDir, 'config.json'))).profiles.interrupted, undefined);
  });

  test('--device with a provider that has no device endpoint says so (exit 2, after exit 3 for no client)', async () => {
    const r = await runCli(['login', '--provider', 'hubspot', '--device'], { env: sb.env });
    assert.equal(r.code, 3, r.stderr);
    const added = await runCli(['client', 'add', 'hs', '--provider', 'hubspot', '--client-id', 'x', '--client-secret-stdin'], { env: sb.env, input: 's' });
    assert.equal(added.code, 0, added.stderr);
    const device = await runCli(['login', '--provider', 'hubspot', '--device'], { env: sb.env });
    assert.equal(device.code, 2);
    assert.match(device.stderr, /HubSpot has no device authorization endpoint, so --device cannot work with it/);
  });
});
