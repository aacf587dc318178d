/**
 * Issue 13, Zoho's device flow (v3) against the Accounts emulator: the code and
 * URL on stderr, approval on the emulator's pages in headless Chromium (at the
 * data centre that issued the code, or another one: other_dc), denial, expiry,
 * slow_down, and intervals in seconds or milliseconds, measured at the server.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import type { Browser } from 'playwright-core';
import { type Emulator, startEmulator } from './emulator/index.js';
import { addClient, emulatorSandbox, launchChromium, newClient, readJson, startCli, type TestClient } from './helpers/login.js';
import { withSettings } from './helpers/tokens.js';
import { startTty } from './helpers/tty.js';

describe('device login at Zoho (v3 device flow)', () => {
  let emulator: Emulator;
  let browser: Browser;
  let sb: Awaited<ReturnType<typeof emulatorSandbox>>;
  let client: TestClient;

  before(async () => {
    [emulator, browser] = await Promise.all([startEmulator({ dataCentres: ['com', 'eu'] }), launchChromium()]);
    sb = await emulatorSandbox(emulator, { AUTHCTL_STORE: 'file' });
    client = await newClient(emulator);
    await addClient(sb.env, client);
  });
  after(async () => {
    await Promise.all([emulator?.close(), browser?.close(), sb?.cleanup()]);
  });

  const polls = () => emulator.requests.filter((r) => r.path === '/oauth/v3/device/token');
  const profiles = async () => (await readJson(join(sb.configDir, 'config.json'))).profiles ?? {};

  /** Starts `login --device` and returns the URL and code it shows. */
  async function start(args: string[]) {
    const cli = startCli(['login', '--device', ...args], sb.env, 90_000);
    const [, url, code] = await cli.waitForStderr(/open (\S+) on any device and enter the code (\S+)/);
    return { cli, url: url!, code: code! };
  }

  /** A person on their phone: the code, the org, then Accept or Deny. */
  async function decide(url: string, code: string, org: string, decision: 'Accept' | 'Deny'): Promise<void> {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(url);
      await page.getByLabel('Code shown on your device').fill(code);
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByLabel(org, { exact: true }).check();
      await page.getByRole('button', { name: 'Submit' }).click();
      await page.getByRole('button', { name: decision }).click();
      await page.getByRole('heading', { name: decision === 'Accept' ? 'Device approved' : 'Access denied' }).waitFor();
    } finally {
      await context.close();
    }
  }

  /** The gaps between this login's polls, from the emulator's clock. */
  const gaps = (from: number) => {
    const times = polls().slice(from).map((r) => r.at);
    return times.slice(1).map((t, i) => t - times[i]!);
  };

  for (const [units, label, environment, orgName] of [
    ['seconds', 'Acme Sandbox (sandbox)', 'sandbox', 'Acme Sandbox'],
    ['milliseconds', 'Acme Dev (developer)', 'developer', 'Acme Dev'],
  ] as const) {
    test(`approved on another device (interval in ${units}): the org's profile is stored; polls come at the interval`, async (t: TestContext) => {
      withSettings(t, emulator, { deviceIntervalSeconds: 2, deviceMillisecondUnits: units === 'milliseconds' });
      const before = polls().length;
      const { cli, url, code } = await start(['--org', `sandbox-${units}`, '--no-qr']);
      assert.equal(new URL(url).origin, emulator.dataCentres.com!.accountsServer);
      await new Promise((r) => setTimeout(r, 4_500));
      await decide(url, code, label, 'Accept');
      const result = await cli.result;
      assert.equal(result.code, 0, result.stderr);
      const profile = (await profiles())[`sandbox-${units}`];
      assert.deepEqual([profile.dc, profile.environment, profile.orgName], ['com', environment, orgName]);
      const between = gaps(before);
      assert.ok(between.length >= 2, `polled ${between.length + 1} times`);
      assert.ok(between.every((g) => g >= 1_900 && g < 4_000), `gaps ${between.join(', ')} ms for a 2 s interval`);
    });
  }

  test("other_dc: approved at the user's own data centre, the code is exchanged there and the profile records it", async (t) => {
    withSettings(t, emulator, { deviceIntervalSeconds: 1 });
    const before = polls().length;
    const { cli, code } = await start(['--org', 'globex']);
    // The user's account lives in the EU: they approve on the EU accounts server.
    await decide(`${emulator.dataCentres.eu!.accountsServer}/oauth/v3/device`, code, 'Globex Sandbox (sandbox)', 'Accept');
    const result = await cli.result;
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /Your Zoho account is in data centre eu: the login finishes there\./);
    const answered = polls().slice(before);
    assert.equal(answered.at(-1)!.dc, 'eu', 'the last poll, which got the tokens, went to the EU');
    assert.ok(answered.some((r) => r.dc === 'com'));
    const profile = (await profiles()).globex;
    assert.deepEqual([profile.dc, profile.accountsServer, profile.orgName], ['eu', emulator.dataCentres.eu!.accountsServer, 'Globex Sandbox']);
  });

  test('denied on the verification page: exit 1, nothing stored', async (t) => {
    withSettings(t, emulator, { deviceIntervalSeconds: 1 });
    const { cli, url, code } = await start(['--org', 'denied']);
    await decide(url, code, 'Acme Sandbox (sandbox)', 'Deny');
    const result = await cli.result;
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stderr, /the login was declined on the verification page; nothing was changed/);
    assert.equal((await profiles()).denied, undefined);
  });

  test('expired before anyone approved: exit 1, nothing stored', async (t) => {
    withSettings(t, emulator, { deviceIntervalSeconds: 1, deviceCodeLifetimeSeconds: 3 });
    const { cli } = await start(['--org', 'expired']);
    const result = await cli.result;
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stderr, /the device code expired before the login was approved; nothing was changed/);
    assert.equal((await profiles()).expired, undefined);
  });

  test('slow_down: authctl waits at least 30 s before the next poll', async (t) => {
    // Zoho allows one poll per 3 s here but announces 1 s: the second poll is too soon.
    withSettings(t, emulator, { deviceIntervalSeconds: 1, deviceMinPollSeconds: 3 });
    const before = polls().length;
    const { cli, url, code } = await start(['--org', 'slow', '--env', 'production']);
    while (polls().length < before + 2) await new Promise((r) => setTimeout(r, 100));
    await decide(url, code, 'Acme Inc (production)', 'Accept');
    const result = await cli.result;
    assert.equal(result.code, 0, result.stderr);
    const between = gaps(before);
    assert.equal(between.length, 2, `polls: ${between.length + 1}`);
    assert.ok(between[1]! >= 30_000, `after slow_down the next poll came ${between[1]} ms later`);
  });

  test('on a terminal: the code, a QR code of the URL a phone can scan, and a countdown', async () => {
    const tty = await startTty(['login', '--device', '--org', 'on-a-terminal'], sb.env, sb.home);
    try {
      const screen = await tty.waitForScreen(/Waiting for approval \(the code expires in 4:5\d\)/);
      assert.match(screen, /enter the code [B-Z]{4}-[B-Z]{4}/);
      // A QR code drawn with half blocks, at least 21 modules wide.
      assert.ok(screen.split('\n').filter((l) => /^[▀▄█ ]{21,}$/.test(l.trimEnd())).length >= 10, screen);
    } finally {
      await tty.kill();
    }
  });

  test('Ctrl-C while polling: exit 130, nothing stored', async () => {
    const { cli } = await start(['--org', 'interrupted']);
    cli.signal('SIGINT');
    const result = await cli.result;
    assert.equal(result.code, 130, result.stderr);
    assert.equal((await profiles()).interrupted, undefined);
  });
});
