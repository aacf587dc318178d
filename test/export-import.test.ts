// `authctl export` and `authctl import`: a profile moved between two config folders as one
// secret value, through the keychain and the file store, and every way the value can be wrong.
import assert from 'node:assert/strict';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { ConfigStore } from '../src/profiles/config.js';
import type { Config, Profile, ZohoProfile } from '../src/profiles/model.js';
import { decodeCredential } from '../src/secrets/credential.js';
import { type Emulator, startEmulator } from './emulator/index.js';
import { MALFORMED } from './helpers/auth-url.js';
import { runCli } from './helpers/cli.js';
import { startKeyring, type TestKeyring } from './helpers/keyring.js';
import { assertNoSecrets, type EmulatorProfile, readCredential, seedEmulatorProfile, testContext, secretsOf } from './helpers/seed.js';
import { startTty } from './helpers/tty.js';
import { emulatorSandbox, type Sandbox, refreshRequests } from './helpers/tokens.js';


const readConfig = async (sb: Sandbox) => JSON.parse(await readFile(join(sb.configDir, 'config.json'), 'utf8')) as Config;
const readText = (path: string) => readFile(path, 'utf8').catch(() => undefined);
const mode = async (path: string) => (await stat(path)).mode & 0o777;

/** The fields that say which org a profile is for and where its tokens are used: an import must carry them all. */
const IDENTITY = ['provider', 'dc', 'portal', 'org', 'orgId', 'orgName', 'environment', 'accountsServer', 'apiDomain', 'scopes'] as const;
const identityOf = (profile: Profile) => Object.fromEntries(IDENTITY.map((f) => [f, (profile as ZohoProfile)[f]]));

/** An env in which no D-Bus session bus can be found. */
async function withoutBus(sb: Sandbox): Promise<NodeJS.ProcessEnv> {
  const runtime = join(sb.home, 'run');
  await mkdir(runtime, { mode: 0o700, recursive: true });
  const env: NodeJS.ProcessEnv = { ...sb.env, XDG_RUNTIME_DIR: runtime };
  delete env.DBUS_SESSION_BUS_ADDRESS;
  return env;
}


async function exportValue(env: NodeJS.ProcessEnv, ...args: string[]): Promise<string> {
  const r = await runCli(['export', ...args], { env });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  return r.stdout;
}

let emu: Emulator;
before(async () => {
  emu = await startEmulator();
});
after(() => emu.close());

describe('export and import between two machines', () => {
  let keyring: TestKeyring;
  let a: Sandbox;
  let b: Sandbox;
  before(async () => {
    keyring = await startKeyring();
  });
  after(async () => {
    await keyring.stop();
  });
  beforeEach(async () => {
    a = await emulatorSandbox(emu, { ...keyring.env, AUTHCTL_KEYCHAIN_TIMEOUT: '5' });
    b = await emulatorSandbox(emu, { ...keyring.env, AUTHCTL_KEYCHAIN_TIMEOUT: '5' });
  });
  afterEach(async () => {
    await a.cleanup();
    await b.cleanup();
  });

  test('a keychain profile exported as a URL imports into the file store of a machine without D-Bus, and works there', async () => {
    const p = await seedEmulatorProfile(a.env, emu, 'acme', { store: 'keychain' });

    const url = (await exportValue(a.env, '--profile', 'acme')).trimEnd();

    const parsed = new URL(url);
    assert.equal(`${parsed.protocol}//${parsed.host}`, 'authctl://zoho');
    assert.deepEqual([...parsed.searchParams], [
      ['v', '1'],
      ['client_id', p.client.clientId],
      ['client_secret', p.client.clientSecret],
      ['refresh_token', p.credential.refreshToken],
      ['accounts_server', p.profile.accountsServer],
      ['api_domain', p.profile.apiDomain],
      ['dc', 'com'],
      ['portal', p.profile.portal!],
      ['org', 'acme'],
      ['org_id', p.profile.orgId!],
      ['org_name', 'Acme Inc'],
      ['env', 'production'],
      ['scopes', p.profile.scopes.join(',')],
    ]);
    assert.doesNotMatch(url, /[^A-Za-z0-9%._~:/?&=-]/, 'every part is percent-encoded');
    assert.equal(url.includes(p.credential.accessToken), false, 'the access token stays behind');

    const bEnv = await withoutBus(b);
    const imported = await runCli(['import', '--stdin', '--store', 'file'], { env: bEnv, input: `${url}\n` });

    assert.equal(imported.code, 0, imported.stderr);
    assert.equal(imported.stdout, '');
    assert.match(imported.stderr, /^Imported: profile acme → org Acme Inc \(700001\), production environment, data centre com; refresh token stored in .*secrets\.json, client "acme"\.\n {2}checked: Zoho issued an access token for it\n$/);
    assertNoSecrets(imported.stderr, secretsOf(p), 'stderr');
    const requests = refreshRequests(emu, p);
    assert.equal(requests.length, 1, 'one refresh checked the value');
    assert.deepEqual(requests[0]!.form, {
      client_id: p.client.clientId,
      client_secret: p.client.clientSecret,
      grant_type: 'refresh_token',
      refresh_token: p.credential.refreshToken,
    });

    const config = await readConfig(b);
    const profile = config.profiles.acme!;
    assert.deepEqual(identityOf(profile), identityOf(p.profile));
    assert.equal(profile.store, 'file');
    assert.equal((profile as ZohoProfile).client, 'acme');
    assert.equal(profile.key, 'profile:zoho:com:20001:700001:production');
    assert.deepEqual(config.clients.acme, {
      provider: 'zoho',
      clientId: p.client.clientId,
      dc: 'com',
      store: 'file',
      key: 'client:acme',
      createdAt: config.clients.acme!.createdAt,
    });
    const secretsFile = join(b.configDir, 'secrets.json');
    assert.equal(await mode(secretsFile), 0o600);
    const stored = JSON.parse((await readText(secretsFile))!) as { secrets: Record<string, string> };
    assert.equal(stored.secrets['client:acme'], p.client.clientSecret);
    const credential = decodeCredential('acme', stored.secrets[profile.key]!);
    assert.equal(credential.refreshToken, p.credential.refreshToken);
    assert.ok(credential.accessToken && credential.accessToken !== p.credential.accessToken, 'the check left a fresh access token');
    assert.equal(profile.accessTokenExpiresAt, new Date(credential.accessTokenExpiresAt!).toISOString());

    const token = await runCli(['token'], { env: bEnv });
    assert.equal(token.code, 0, token.stderr);
    assert.equal(token.stdout, `${credential.accessToken}\n`);
    const api = await runCli(['api', '/crm/v2/org'], { env: bEnv });
    assert.equal(api.code, 0, api.stderr);
    assert.equal((JSON.parse(api.stdout) as { org: { id: string }[] }).org[0]!.id, p.profile.orgId);
    assert.equal(refreshRequests(emu, p).length, 1, 'B used the token the import fetched');
  });

  test('a file-store profile exported as an env line imports into the keychain', async () => {
    const p = await seedEmulatorProfile(a.env, emu, 'acme', { store: 'file' });

    const line = await exportValue(a.env, '--org', 'acme', '--format', 'env');

    assert.match(line, /^AUTHCTL_AUTH_URL=authctl:\/\/zoho\?v=1&client_id=[^\s]+\n$/);
    const imported = await runCli(['import', '--stdin', '--store', 'keychain', '--profile', 'crm-kc'], { env: b.env, input: line });

    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stderr, /profile crm-kc .* refresh token stored in the OS keychain \(Secret Service\), client "crm-kc"/);
    const profile = (await readConfig(b)).profiles['crm-kc']!;
    assert.deepEqual(identityOf(profile), identityOf(p.profile));
    assert.equal(profile.store, 'keychain');
    const entry = await keyring.lookup(profile.key);
    assert.ok(entry, 'the profile is in the keychain');
    assert.equal(decodeCredential('crm-kc', entry).refreshToken, p.credential.refreshToken);
    assert.equal(await keyring.lookup('client:crm-kc'), p.client.clientSecret);
    assert.equal(await readText(join(b.configDir, 'secrets.json')), undefined, 'nothing went to the file store');

    const token = await runCli(['token', '--profile', 'crm-kc'], { env: b.env });
    assert.equal(token.code, 0, token.stderr);
    assert.equal(token.stdout, `${(await readCredential(b.env, profile))!.accessToken}\n`);
    assert.equal(refreshRequests(emu, p).length, 1);
  });
});

describe('export', () => {
  let sb: Sandbox;
  let p: EmulatorProfile;
  beforeEach(async () => {
    sb = await emulatorSandbox(emu);
    p = await seedEmulatorProfile(sb.env, emu, 'acme', { store: 'file' });
  });
  afterEach(() => sb.cleanup());

  test('--format json and dotenv carry the same parts, and import takes every format', async () => {
    const url = (await exportValue(sb.env, '--profile', 'acme')).trimEnd();
    const json = JSON.parse(await exportValue(sb.env, '--profile', 'acme', '--format', 'json')) as Record<string, unknown>;
    const dotenv = await exportValue(sb.env, '--profile', 'acme', '--format', 'dotenv');

    assert.deepEqual(json, {
      v: 1,
      provider: 'zoho',
      client_id: p.client.clientId,
      client_secret: p.client.clientSecret,
      refresh_token: p.credential.refreshToken,
      accounts_server: p.profile.accountsServer,
      api_domain: p.profile.apiDomain,
      dc: 'com',
      portal: p.profile.portal,
      org: 'acme',
      org_id: p.profile.orgId,
      org_name: 'Acme Inc',
      env: 'production',
      scopes: p.profile.scopes,
    });
    assert.equal(dotenv, `AUTHCTL_AUTH_URL="${url}"\n`);

    for (const [format, value] of [['json', JSON.stringify(json, null, 2)], ['dotenv', dotenv]] as const) {
      const target = await emulatorSandbox(emu);
      try {
        const r = await runCli(['import', '--stdin', '--store', 'file', '--no-verify'], { env: target.env, input: value });
        assert.equal(r.code, 0, `${format}: ${r.stderr}`);
        assert.match(r.stderr, /not checked \(--no-verify\)/);
        const profile = (await readConfig(target)).profiles.acme!;
        assert.deepEqual(identityOf(profile), identityOf(p.profile), format);
        assert.equal((await readCredential(target.env, profile))!.refreshToken, p.credential.refreshToken, format);
        assert.equal(profile.accessTokenExpiresAt, undefined, 'no access token without the check');
      } finally {
        await target.cleanup();
      }
    }
    assert.equal(refreshRequests(emu, p).length, 0, '--no-verify asks nothing of Zoho');
  });

  test('refuses a terminal, and prints there only with --force', async () => {
    const refused = await startTty(['export', '--profile', 'acme'], sb.env, sb.home);
    try {
      assert.equal(await refused.exitCode(), 2);
      const screen = await refused.screen();
      assert.match(screen, /authctl: authctl export prints a secret, and stdout is a terminal/);
      assert.match(screen, /pipe it into a secret store: authctl export --profile NAME \| gh secret set AUTHCTL_AUTH_URL/);
      assertNoSecrets(screen, secretsOf(p), 'the terminal');
    } finally {
      await refused.kill();
    }

    const forced = await startTty(['export', '--profile', 'acme', '--force'], sb.env, sb.home);
    try {
      assert.equal(await forced.exitCode(), 0);
      const screen = (await forced.screen()).replace(/\s+/g, '');
      assert.ok(screen.includes(encodeURIComponent(p.credential.refreshToken)), 'the value is printed with --force');
    } finally {
      await forced.kill();
    }
  });

  test('under GitHub Actions every secret is masked on stderr before it is printed', async () => {
    const r = await runCli(['export', '--profile', 'acme'], { env: { ...sb.env, GITHUB_ACTIONS: 'true' } });

    assert.equal(r.code, 0, r.stderr);
    const url = r.stdout.trimEnd();
    assert.ok(url.includes('%3A%2F%2F'), 'the URL has percent signs to escape');
    // The runner unescapes %25 to %, so each mask is the exact printed text.
    assert.equal(
      r.stderr,
      `::add-mask::${p.credential.refreshToken}\n::add-mask::${p.client.clientSecret}\n::add-mask::${url.replace(/%/g, '%25')}\n`,
    );

    const json = await runCli(['export', '--profile', 'acme', '--format', 'json'], { env: { ...sb.env, GITHUB_ACTIONS: 'true' } });
    assert.equal(json.stderr, `::add-mask::${p.credential.refreshToken}\n::add-mask::${p.client.clientSecret}\n`);
  });

  test('a profile whose client came from AUTHCTL_CLIENT_ID/SECRET needs those variables', async () => {
    await new ConfigStore(testContext(sb.env).ctx).update((c) => {
      (c.profiles.acme as ZohoProfile).client = 'environment';
      delete c.clients[p.client.name];
    });

    const without = await runCli(['export', '--profile', 'acme'], { env: sb.env });
    assert.equal(without.code, 2);
    assert.equal(without.stdout, '');
    assert.equal(
      without.stderr,
      'authctl: profile "acme" was logged in with the client given by AUTHCTL_CLIENT_ID and AUTHCTL_CLIENT_SECRET, which are not set\n' +
        '  set both to that client (its id and secret from the Zoho API console) and export again\n',
    );

    const env = { ...sb.env, AUTHCTL_CLIENT_ID: p.client.clientId, AUTHCTL_CLIENT_SECRET: p.client.clientSecret };
    const url = new URL((await exportValue(env, '--profile', 'acme')).trimEnd());
    assert.equal(url.searchParams.get('client_id'), p.client.clientId);
    assert.equal(url.searchParams.get('client_secret'), p.client.clientSecret);
  });

  test('bad flags and missing profiles exit with their codes and print nothing', async () => {
    const format = await runCli(['export', '--profile', 'acme', '--format', 'yaml'], { env: sb.env });
    assert.equal(format.code, 2);
    assert.equal(format.stdout, '');
    assert.match(format.stderr, /unknown --format "yaml"\n {2}use one of: url, env, dotenv, json/);

    const unknown = await runCli(['export', '--profile', 'nope'], { env: sb.env });
    assert.equal(unknown.code, 3);
    assert.equal(unknown.stdout, '');
    assert.match(unknown.stderr, /no profile named "nope"/);
  });
});

describe('import', () => {
  let source: Sandbox;
  let p: EmulatorProfile;
  let url: string;
  let target: Sandbox;
  beforeEach(async () => {
    source = await emulatorSandbox(emu);
    p = await seedEmulatorProfile(source.env, emu, 'acme', { store: 'file' });
    url = (await exportValue(source.env, '--profile', 'acme')).trimEnd();
    target = await emulatorSandbox(emu);
  });
  afterEach(async () => {
    await source.cleanup();
    await target.cleanup();
  });

  /** target's config and secrets, byte for byte. */
  const snapshot = async () => ({
    config: await readText(join(target.configDir, 'config.json')),
    secrets: await readText(join(target.configDir, 'secrets.json')),
  });

  test('--from-env reads AUTHCTL_AUTH_URL', async () => {
    const r = await runCli(['import', '--from-env', '--profile', 'ci-acme', '--store', 'file'], { env: { ...target.env, AUTHCTL_AUTH_URL: url } });

    assert.equal(r.code, 0, r.stderr);
    const profile = (await readConfig(target)).profiles['ci-acme']!;
    assert.deepEqual(identityOf(profile), identityOf(p.profile));
    assert.equal(refreshRequests(emu, p).length, 1);
  });

  test('a value Zoho rejects exits 4 and leaves the existing profile exactly as it was', async () => {
    await seedEmulatorProfile(target.env, emu, 'acme', { store: 'file' });
    const before = await snapshot();
    emu.revokeRefreshToken(p.credential.refreshToken);

    const r = await runCli(['import', '--stdin'], { env: target.env, input: url });

    assert.equal(r.code, 4);
    assert.equal(r.stdout, '');
    assert.equal(
      r.stderr,
      'authctl: Zoho rejected the refresh token of the value on stdin (revoked, expired or deleted); nothing was imported\n' +
        '  export it again from a profile that works (authctl export --profile NAME), or log in here: authctl login --org acme\n',
    );
    assert.deepEqual(await snapshot(), before);
  });

  test('a malformed value exits 2 naming the part, without echoing it, and changes nothing', async () => {
    await seedEmulatorProfile(target.env, emu, 'acme', { store: 'file' });
    const before = await snapshot();
    const requestsBefore = emu.tokenRequests().length;

    for (const c of MALFORMED) {
      const broken = c.mutate(url);
      const r = await runCli(['import', '--stdin'], { env: target.env, input: broken });

      assert.equal(r.code, 2, `${c.what}: ${r.stderr}`);
      assert.equal(r.stdout, '', c.what);
      assert.match(r.stderr, /^authctl: the value on stdin is not a valid authctl credential: /, c.what);
      assert.match(r.stderr, c.error, c.what);
      assertNoSecrets(r.stderr, [...secretsOf(p), broken], `stderr for ${c.what}`);
    }
    for (const [what, input, error] of [
      ['nothing', '\n', /nothing was read on stdin/],
      ['JSON that is not an export', '{"v":1,"provider":"zoho","client_id":7}', /part "client_id" must be a string/],
      ['broken JSON', '{"v":1,', /it starts with "\{" but is not valid JSON/],
    ] as const) {
      const r = await runCli(['import', '--stdin'], { env: target.env, input });
      assert.equal(r.code, 2, what);
      assert.match(r.stderr, error, what);
    }
    assert.equal(emu.tokenRequests().length, requestsBefore, 'no request was made');
    assert.deepEqual(await snapshot(), before);
  });

  test('a value for an org already stored under another name is refused, and the client it added is removed', async () => {
    // A second login to the same org with another client: a different value for the same org.
    const again = await seedEmulatorProfile(source.env, emu, 'acme-again', { store: 'file' });
    const otherUrl = (await exportValue(source.env, '--profile', 'acme-again')).trimEnd();
    const first = await runCli(['import', '--stdin', '--store', 'file'], { env: target.env, input: url });
    assert.equal(first.code, 0, first.stderr);
    const before = await snapshot();

    const r = await runCli(['import', '--stdin', '--profile', 'second'], { env: target.env, input: otherUrl });

    assert.equal(r.code, 1);
    assert.match(r.stderr, /this org and environment are already stored as profile "acme"/);
    assert.match(r.stderr, /replace it by giving --profile acme, or log out of it first: authctl logout acme/);
    assertNoSecrets(r.stderr, secretsOf(again), 'stderr');
    assert.deepEqual(await snapshot(), before, 'no profile, client or secret was left behind');
  });

  test('importing over a profile replaces it without revoking its old refresh token, and reuses a known client', async () => {
    const first = await runCli(['import', '--stdin', '--store', 'file'], { env: target.env, input: url });
    assert.equal(first.code, 0, first.stderr);
    // The same org logged in again on the source machine (same client): a new refresh token.
    const code = emu.issueSelfClientCode({ clientId: p.client.clientId, scopes: p.profile.scopes, orgId: p.profile.orgId! });
    const answer = await fetch(`${p.profile.accountsServer}/oauth/v2/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'authorization_code', client_id: p.client.clientId, client_secret: p.client.clientSecret, code }),
    });
    const newRefreshToken = ((await answer.json()) as { refresh_token: string }).refresh_token;
    const newUrl = url.replace(encodeURIComponent(p.credential.refreshToken), encodeURIComponent(newRefreshToken));

    const r = await runCli(['import', '--stdin'], { env: target.env, input: newUrl });

    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /warning: the previous refresh token of profile "acme" was not revoked/);
    const config = await readConfig(target);
    assert.deepEqual(Object.keys(config.clients), ['acme'], 'the client with the same id and secret is reused');
    assert.equal((await readCredential(target.env, config.profiles.acme!))!.refreshToken, newRefreshToken);
    const live = emu.liveRefreshTokens(p.client.clientId);
    assert.equal(live.length, 2, 'the replaced token is still live at Zoho');
  });

  test('--stdin and --from-env: exactly one, and a value is never read from a terminal', async () => {
    for (const args of [[], ['--stdin', '--from-env']]) {
      const r = await runCli(['import', ...args], { env: target.env });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /give one of --stdin and --from-env/);
    }
    const unset = await runCli(['import', '--from-env'], { env: target.env });
    assert.equal(unset.code, 2);
    assert.match(unset.stderr, /AUTHCTL_AUTH_URL is not set/);

    const tty = await startTty(['import', '--stdin'], target.env, target.home);
    try {
      assert.equal(await tty.exitCode(), 2);
      assert.match(await tty.screen(), /--stdin reads the value from a pipe, and stdin is a terminal/);
    } finally {
      await tty.kill();
    }
  });
});
