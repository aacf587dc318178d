// CI mode: `authctl token`, `exec` and `api` with the credential in environment variables
// (AUTHCTL_AUTH_URL, or the split variables), no config, no D-Bus session, an access-token
// cache in $RUNNER_TEMP, and GitHub Actions log masking.
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { type Emulator, startEmulator } from './emulator/index.js';
import { MALFORMED } from './helpers/auth-url.js';
import { type CliResult, runCli } from './helpers/cli.js';
import { assertNoSecrets, type EmulatorProfile, seedEmulatorProfile } from './helpers/seed.js';
import { apiRequestsWith, emulatorSandbox, type Sandbox, refreshRequests, withSettings } from './helpers/tokens.js';


const NODE = process.execPath;
const CACHE_NAME = /^ci-token-[0-9a-f]{16}\.json$/;
const mode = async (path: string) => (await stat(path)).mode & 0o777;
const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** A child that prints what authctl put in its environment. */
const PRINT_ENV =
  'const e = process.env; process.stdout.write(JSON.stringify({ token: e.AUTHCTL_ACCESS_TOKEN, apiDomain: e.AUTHCTL_API_DOMAIN, header: e.AUTHCTL_AUTH_HEADER }));';

/**
 * A fresh CI runner: its own HOME, no D-Bus session at all (no DBUS_SESSION_BUS_ADDRESS,
 * XDG_RUNTIME_DIR an empty folder), no authctl config, and $RUNNER_TEMP.
 */
async function makeRunner(dataCentresFile: string) {
  const home = await mkdtemp(join(tmpdir(), 'authctl-runner-'));
  const runtime = join(home, 'run');
  const temp = join(home, 'runner-temp');
  await mkdir(runtime, { mode: 0o700 });
  await mkdir(temp);
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: home, XDG_RUNTIME_DIR: runtime, AUTHCTL_ZOHO_DATA_CENTRES: dataCentresFile, RUNNER_TEMP: temp };
  return {
    home,
    temp,
    cacheDir: join(temp, 'authctl'),
    env,
    /** The cache files authctl left (lock files come and go). */
    async cacheFiles(dir = join(temp, 'authctl')): Promise<string[]> {
      return (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.json'));
    },
    cleanup: () => rm(home, { recursive: true, force: true }),
  };
}
type Runner = Awaited<ReturnType<typeof makeRunner>>;

let emu: Emulator;
before(async () => {
  emu = await startEmulator();
});
after(() => emu.close());

let laptop: Sandbox;
let p: EmulatorProfile;
let url: string;
let runner: Runner;
let secrets: string[];
beforeEach(async () => {
  // A profile logged in on a laptop, exported as a CI secret would be.
  laptop = await emulatorSandbox(emu);
  p = await seedEmulatorProfile(laptop.env, emu, 'acme', { store: 'file' });
  const exported = await runCli(['export', '--profile', 'acme'], { env: laptop.env });
  assert.equal(exported.code, 0, exported.stderr);
  url = exported.stdout.trim();
  runner = await makeRunner(laptop.env.AUTHCTL_ZOHO_DATA_CENTRES!);
  secrets = [p.credential.refreshToken, p.client.clientSecret, url];
});
afterEach(async () => {
  await laptop.cleanup();
  await runner.cleanup();
});

const ci = (args: string[], extra: NodeJS.ProcessEnv = {}) => runCli(args, { env: { ...runner.env, AUTHCTL_AUTH_URL: url, ...extra } });

/** The split variables for the same credential. */
const splitVariables = () => ({
  AUTHCTL_CLIENT_ID: p.client.clientId,
  AUTHCTL_CLIENT_SECRET: p.client.clientSecret,
  AUTHCTL_REFRESH_TOKEN: p.credential.refreshToken,
  AUTHCTL_ACCOUNTS_SERVER: p.profile.accountsServer,
});

async function readCache(runnerCacheDir: string): Promise<{ file: string; content: Record<string, unknown> }> {
  const files = await runner.cacheFiles(runnerCacheDir);
  assert.equal(files.length, 1, `one cache file in ${runnerCacheDir}: ${files.join(', ')}`);
  assert.match(files[0]!, CACHE_NAME);
  const file = join(runnerCacheDir, files[0]!);
  return { file, content: JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown> };
}

function assertClean(r: CliResult, what: string) {
  assertNoSecrets(r.stderr, secrets, `stderr of ${what}`);
}

describe('CI mode with AUTHCTL_AUTH_URL', () => {
  test('token refreshes once, caches the access token in a 0600 file under $RUNNER_TEMP, and the next step reuses it', async () => {
    const first = await ci(['token']);

    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stderr, '');
    const requests = refreshRequests(emu, p);
    assert.equal(requests.length, 1);
    assert.deepEqual(requests[0]!.form, {
      client_id: p.client.clientId,
      client_secret: p.client.clientSecret,
      grant_type: 'refresh_token',
      refresh_token: p.credential.refreshToken,
    });
    const { file, content } = await readCache(runner.cacheDir);
    assert.equal(first.stdout, `${content.at}\n`);
    assert.notEqual(content.at, p.credential.accessToken, 'a new access token, not the laptop one');
    assert.deepEqual(Object.keys(content).sort(), ['at', 'exp', 'v'], 'the cache holds the access token and expiry only');
    assert.ok((content.exp as number) > Date.now() + 55 * 60_000);
    assertNoSecrets(file + (await readFile(file, 'utf8')), [p.credential.refreshToken, p.client.clientSecret], 'the cache file');
    assert.equal(await mode(file), 0o600);
    assert.equal(await mode(runner.cacheDir), 0o700);
    assert.equal(await exists(join(runner.home, '.config')), false, 'no config folder was made');
    const api = await fetch(`${p.profile.apiDomain}/crm/v2/org`, { headers: { authorization: `Zoho-oauthtoken ${content.at}` } });
    assert.equal(api.status, 200, 'the token works at the API');

    const second = await ci(['token']);

    assert.equal(second.code, 0, second.stderr);
    assert.equal(second.stderr, '');
    assert.equal(second.stdout, first.stdout);
    assert.equal(refreshRequests(emu, p).length, 1, 'the second step used the cache');
  });

  test('a later step gets the cached token only while it has --min-ttl left, and only from a private file', async () => {
    const first = await ci(['token']);
    assert.equal(first.code, 0, first.stderr);
    const { file } = await readCache(runner.cacheDir);
    // The token lives an hour: asking for more than it has left makes this step refresh.
    const longer = await ci(['token', '--min-ttl', '3600']);
    assert.equal(longer.code, 0, longer.stderr);
    assert.notEqual(longer.stdout, first.stdout);
    assert.equal(refreshRequests(emu, p).length, 2);
    assert.equal(longer.stdout, `${(await readCache(runner.cacheDir)).content.at}\n`);
    // A cache others can read is not served as it is: the token command tightens it and says so.
    await chmod(file, 0o644);
    const loose = await ci(['token']);
    assert.equal(loose.code, 0, loose.stderr);
    assert.equal(loose.stdout, longer.stdout);
    assert.match(loose.stderr, /was readable by others \(mode 644\); tightened it to 600/);
    assert.equal(await mode(file), 0o600);
    const quiet = await ci(['token']);
    assert.equal(quiet.stderr, '');
    assert.equal(quiet.stdout, longer.stdout);
    assert.equal(refreshRequests(emu, p).length, 2);
  });

  test('--header and --json describe the credential from the URL (profile null)', async () => {
    const json = await ci(['token', '--json']);
    assert.equal(json.code, 0, json.stderr);
    const { content } = await readCache(runner.cacheDir);
    assert.deepEqual(JSON.parse(json.stdout), {
      profile: null,
      provider: 'zoho',
      accessToken: content.at,
      tokenType: 'Zoho-oauthtoken',
      accessTokenExpiresAt: new Date(content.exp as number).toISOString(),
      apiBase: p.profile.apiDomain,
      apiDomain: p.profile.apiDomain,
      scopes: p.profile.scopes,
    });

    const header = await ci(['token', '--header']);
    assert.equal(header.code, 0, header.stderr);
    assert.equal(header.stdout, `Authorization: Zoho-oauthtoken ${content.at}\n`);
    assert.equal(refreshRequests(emu, p).length, 1);
  });

  test('exec and api run with only environment variables and no D-Bus session', async () => {
    const exec = await ci(['exec', '--', NODE, '-e', PRINT_ENV]);

    assert.equal(exec.code, 0, exec.stderr);
    assert.equal(exec.stderr, '');
    const { content } = await readCache(runner.cacheDir);
    assert.deepEqual(JSON.parse(exec.stdout), {
      token: content.at,
      apiDomain: p.profile.apiDomain,
      header: `Authorization: Zoho-oauthtoken ${content.at}`,
    });

    const api = await ci(['api', '/crm/v2/org']);

    assert.equal(api.code, 0, api.stderr);
    assert.equal(api.stderr, '');
    const calls = apiRequestsWith(emu, content.at as string);
    assert.equal(calls.length, 1);
    assert.equal(calls[0]!.path, '/crm/v2/org');
    assert.equal(calls[0]!.status, 200);
    const org = (JSON.parse(api.stdout) as { org: { id: string }[] }).org[0]!;
    assert.equal(org.id, p.profile.orgId);
    assert.equal(refreshRequests(emu, p).length, 1, 'exec refreshed, api reused its token');
    assert.equal(await exists(join(runner.home, '.config')), false);
  });

  test("exec hands the command the access token, never the CI secrets: AUTHCTL_AUTH_URL, _REFRESH_TOKEN and _CLIENT_SECRET are dropped", async () => {
    const names = "['AUTHCTL_AUTH_URL','AUTHCTL_REFRESH_TOKEN','AUTHCTL_CLIENT_SECRET','AUTHCTL_CLIENT_ID','AUTHCTL_ACCESS_TOKEN']";
    const script = `const e = process.env; process.stdout.write(JSON.stringify(${names}.filter((n) => n in e)))`;
    const viaUrl = await ci(['exec', '--', NODE, '-e', script]);
    assert.equal(viaUrl.code, 0, viaUrl.stderr);
    assert.deepEqual(JSON.parse(viaUrl.stdout), ['AUTHCTL_ACCESS_TOKEN']);
    const split = await runCli(['exec', '--', NODE, '-e', script], { env: { ...runner.env, ...splitVariables() } });
    assert.equal(split.code, 0, split.stderr);
    assert.deepEqual(JSON.parse(split.stdout), ['AUTHCTL_CLIENT_ID', 'AUTHCTL_ACCESS_TOKEN'], 'the client id is not a secret');
  });

  test('without $RUNNER_TEMP the cache goes in the config folder, 0600', async () => {
    const configDir = join(runner.home, 'config');
    const env = { RUNNER_TEMP: undefined, AUTHCTL_CONFIG_DIR: configDir };

    const first = await ci(['token'], env);
    const second = await ci(['token'], env);

    assert.equal(first.code, 0, first.stderr);
    assert.equal(second.stdout, first.stdout);
    const { file } = await readCache(configDir);
    assert.equal(await mode(file), 0o600);
    assert.equal(await mode(configDir), 0o700);
    assert.deepEqual(await runner.cacheFiles(), [], 'nothing under $RUNNER_TEMP');
    assert.equal(refreshRequests(emu, p).length, 1);
  });

  test('parallel steps sharing the credential make one refresh (the cache has the single-flight lock)', async (t) => {
    withSettings(t, emu, { responseDelayMs: 300 });

    const results = await Promise.all(Array.from({ length: 8 }, () => ci(['token'])));

    for (const r of results) assert.equal(r.code, 0, r.stderr);
    assert.equal(refreshRequests(emu, p).length, 1);
    const { content } = await readCache(runner.cacheDir);
    assert.deepEqual([...new Set(results.map((r) => r.stdout))], [`${content.at}\n`]);
  });

  test('a rotated refresh token is kept in the cache for the rest of the job, with a warning', async (t) => {
    withSettings(t, emu, { rotateRefreshTokens: true });

    const first = await ci(['token']);

    assert.equal(first.code, 0, first.stderr);
    const { file, content } = await readCache(runner.cacheDir);
    assert.equal(typeof content.rt, 'string');
    assert.notEqual(content.rt, p.credential.refreshToken);
    assert.equal(
      first.stderr,
      `warning: Zoho replaced the refresh token of AUTHCTL_AUTH_URL; authctl keeps the new one in ${file} for the rest of this job, ` +
        'but cannot write it back to your CI secret, and the old one may no longer work: update the secret ' +
        '(authctl login --org acme on your machine, then authctl export --profile acme into AUTHCTL_AUTH_URL)\n',
    );
    assertNoSecrets(first.stderr, [...secrets, content.rt as string], 'stderr');

    // A later step whose cached token ran out refreshes with the rotated token (the one in the variable is revoked).
    emu.settings.rotateRefreshTokens = false;
    await writeFile(file, JSON.stringify({ ...content, exp: Date.now() - 60_000 }));
    const later = await ci(['token']);

    assert.equal(later.code, 0, later.stderr);
    assert.equal(later.stderr, '');
    assert.deepEqual(
      refreshRequests(emu, p).map((r) => r.form.refresh_token),
      [p.credential.refreshToken, content.rt],
    );
    const after = (await readCache(runner.cacheDir)).content;
    assert.equal(later.stdout, `${after.at}\n`);
    assert.equal(after.rt, content.rt, 'the rotated token stays in the cache');
  });

  test('a revoked refresh token exits 4 and says to export the credential again; no access token is cached, only the mark', async () => {
    emu.revokeRefreshToken(p.credential.refreshToken);

    const r = await ci(['token']);

    assert.equal(r.code, 4);
    assert.equal(r.stdout, '');
    assert.equal(
      r.stderr,
      'authctl: Zoho rejected the refresh token of AUTHCTL_AUTH_URL (revoked, expired or deleted)\n' +
        '  log in again: authctl login --org acme on your machine, then authctl export --profile acme into AUTHCTL_AUTH_URL\n',
    );
    const { file, content } = await readCache(runner.cacheDir);
    assert.deepEqual(Object.keys(content).sort(), ['dead', 'v']);
    assertNoSecrets(await readFile(file, 'utf8'), [p.credential.refreshToken, p.client.clientSecret], 'the cache file');
  });

  test('once the server rejected the credential, later steps exit 4 at once instead of serving the cached access token', async () => {
    const first = await ci(['token']);
    assert.equal(first.code, 0, first.stderr);
    emu.revokeRefreshToken(p.credential.refreshToken);
    // The API rejects the revoked access token; the retry's refresh is rejected too.
    const api = await ci(['api', '/crm/v2/org']);
    assert.equal(api.code, 4, api.stderr);
    const requests = emu.requests.length;
    for (const args of [['token'], ['exec', '--', 'true'], ['api', '/crm/v2/org']]) {
      const r = await ci(args);
      assert.equal(r.code, 4, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.stdout, '', 'no dead token printed');
      assert.match(r.stderr, /^authctl: AUTHCTL_AUTH_URL needs a new login: Zoho rejected it \(since \d{4}-/m);
      assert.match(r.stderr, /log in again: authctl login --org acme on your machine, then authctl export --profile acme into AUTHCTL_AUTH_URL/);
    }
    assert.equal(emu.requests.length, requests, 'a known-dead credential makes no request');
  });

  test('--profile or --org naming another profile is ignored with a warning; naming the same org is quiet', async () => {
    const other = await ci(['token', '--profile', 'prod']);
    assert.equal(other.code, 0, other.stderr);
    assert.equal(
      other.stderr,
      'warning: AUTHCTL_AUTH_URL is set, so its credential is used and "prod" is ignored (unset AUTHCTL_AUTH_URL to use stored profiles)\n',
    );

    const same = await ci(['token', '--org', 'acme']);
    assert.equal(same.code, 0, same.stderr);
    assert.equal(same.stderr, '');
    assert.equal(same.stdout, other.stdout);
  });

  test('an empty AUTHCTL_AUTH_URL (a secret this job does not get) exits 3; with AUTHCTL_REFRESH_TOKEN too, 2', async () => {
    const empty = await ci(['token'], { AUTHCTL_AUTH_URL: '' });
    assert.equal(empty.code, 3);
    assert.equal(empty.stdout, '');
    assert.match(empty.stderr, /^authctl: AUTHCTL_AUTH_URL is set but empty\n  is the CI secret available to this job\?/);

    const both = await ci(['token'], { AUTHCTL_REFRESH_TOKEN: p.credential.refreshToken });
    assert.equal(both.code, 2);
    assert.equal(both.stdout, '');
    assert.match(both.stderr, /AUTHCTL_AUTH_URL and AUTHCTL_REFRESH_TOKEN are both set/);
    assertClean(both, 'both');
    assert.equal(refreshRequests(emu, p).length, 0);
  });

  test('doctor reports CI mode: ok with a usable AUTHCTL_AUTH_URL, FAIL (exit 1) with a malformed one, with no request and no secret shown', async () => {
    const ok = await ci(['doctor']);
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, new RegExp(`^ok {2}\\s*CI mode\\s+AUTHCTL_AUTH_URL set: token, exec and api use it instead of any profile \\(API domain ${p.profile.apiDomain.replace(/[.]/g, '\\.')}\\)$`, 'm'));
    const broken = await ci(['doctor'], { AUTHCTL_AUTH_URL: url.replace('dc=com', 'dc=mars') });
    assert.equal(broken.code, 1);
    assert.match(broken.stdout, /^FAIL\s+CI mode\s+AUTHCTL_AUTH_URL set but unusable: .*part "dc" is not a data centre authctl knows/m);
    assert.equal(refreshRequests(emu, p).length, 0);
    for (const r of [ok, broken]) assertNoSecrets(r.stdout + r.stderr, secrets, 'doctor output');
  });

  test('a malformed AUTHCTL_AUTH_URL exits 2 naming the part, without echoing it, before any request', async () => {
    const requestsBefore = emu.tokenRequests().length;
    for (const c of MALFORMED) {
      const broken = c.mutate(url);
      const r = await ci(['token'], { AUTHCTL_AUTH_URL: broken });

      assert.equal(r.code, 2, `${c.what}: ${r.stderr}`);
      assert.equal(r.stdout, '', c.what);
      assert.match(r.stderr, /^authctl: AUTHCTL_AUTH_URL is not a valid authctl credential: /, c.what);
      assert.match(r.stderr, c.error, c.what);
      assertNoSecrets(r.stderr, [...secrets, broken], `stderr for ${c.what}`);
    }
    assert.equal(emu.tokenRequests().length, requestsBefore);
    assert.deepEqual(await runner.cacheFiles(), []);
  });
});

describe('CI mode with the split variables', () => {
  test('AUTHCTL_CLIENT_ID, _SECRET, _REFRESH_TOKEN and _ACCOUNTS_SERVER are enough; the API domain defaults to the production one', async () => {
    const env = { ...runner.env, ...splitVariables() };

    const r = await runCli(['token', '--json'], { env });

    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const out = JSON.parse(r.stdout) as { profile: unknown; apiDomain: string; accessToken: string; scopes: string[] };
    assert.equal(out.profile, null);
    assert.equal(out.apiDomain, emu.dataCentres.com!.apiDomains.production);
    assert.deepEqual(out.scopes, []);
    assert.equal(refreshRequests(emu, p).length, 1);
    assert.equal(refreshRequests(emu, p)[0]!.form.refresh_token, p.credential.refreshToken);
    assert.equal(out.accessToken, (await readCache(runner.cacheDir)).content.at);

    const sandboxDomain = emu.dataCentres.com!.apiDomains.sandbox;
    const exec = await runCli(['exec', '--', NODE, '-e', PRINT_ENV], { env: { ...env, AUTHCTL_API_DOMAIN: sandboxDomain } });
    assert.equal(exec.code, 0, exec.stderr);
    assert.deepEqual(JSON.parse(exec.stdout), {
      token: out.accessToken,
      apiDomain: sandboxDomain,
      header: `Authorization: Zoho-oauthtoken ${out.accessToken}`,
    });
    assert.equal(refreshRequests(emu, p).length, 1, 'the same credential, the same cache');
  });

  test('a missing or malformed split variable exits 2 naming it', async () => {
    const requestsBefore = emu.tokenRequests().length;
    const cases: [NodeJS.ProcessEnv, RegExp][] = [
      [{ AUTHCTL_CLIENT_ID: undefined }, /^authctl: AUTHCTL_REFRESH_TOKEN is set, but AUTHCTL_CLIENT_ID is not\n/],
      [{ AUTHCTL_CLIENT_SECRET: '', AUTHCTL_ACCOUNTS_SERVER: undefined }, /but AUTHCTL_CLIENT_SECRET and AUTHCTL_ACCOUNTS_SERVER are not\n/],
      [{ AUTHCTL_REFRESH_TOKEN: `${p.credential.refreshToken} x` }, /^authctl: AUTHCTL_REFRESH_TOKEN contains spaces, line breaks/],
      [{ AUTHCTL_ACCOUNTS_SERVER: 'accounts.zoho.com' }, /^authctl: AUTHCTL_ACCOUNTS_SERVER is not an http\(s\) URL\n/],
      [{ AUTHCTL_ACCOUNTS_SERVER: 'https://accounts.evil.example' }, /^authctl: AUTHCTL_ACCOUNTS_SERVER \(https:\/\/accounts\.evil\.example\) is not the accounts server of a data centre authctl knows\n  use one of: http:\/\/127/],
      [{ AUTHCTL_API_DOMAIN: 'zohoapis' }, /^authctl: AUTHCTL_API_DOMAIN is not an http\(s\) URL\n/],
      [{ AUTHCTL_REFRESH_TOKEN: ' ' }, /^authctl: AUTHCTL_REFRESH_TOKEN is set but empty\n/],
    ];
    for (const [change, error] of cases) {
      const r = await runCli(['token'], { env: { ...runner.env, ...splitVariables(), ...change } });
      const what = JSON.stringify(Object.keys(change));
      assert.equal(r.code, change.AUTHCTL_REFRESH_TOKEN === ' ' ? 3 : 2, `${what}: ${r.stderr}`);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, error, what);
      assertClean(r, what);
    }
    assert.equal(emu.tokenRequests().length, requestsBefore);
  });

  test('a wrong client secret exits 4 with the export hint, not `client add`', async () => {
    const r = await runCli(['token'], { env: { ...runner.env, ...splitVariables(), AUTHCTL_CLIENT_SECRET: 'not-the-secret' } });

    assert.equal(r.code, 4);
    assert.equal(r.stdout, '');
    assert.equal(
      r.stderr,
      `authctl: Zoho rejected the client secret at data centre com (${p.profile.accountsServer})\n  log in again: authctl login on your machine, then authctl export into your CI variables\n`,
    );
  });

  test('AUTHCTL_CLIENT_ID and AUTHCTL_CLIENT_SECRET alone are a client for login, not CI mode', async () => {
    const { AUTHCTL_REFRESH_TOKEN: _, ...clientOnly } = splitVariables();

    const r = await runCli(['token'], { env: { ...runner.env, ...clientOnly } });

    assert.equal(r.code, 3);
    assert.match(r.stderr, /no profiles yet/);
  });
});

describe('GitHub Actions log masking (GITHUB_ACTIONS=true)', () => {
  test('token writes ::add-mask:: for the token to stderr, and stdout is still exactly the token', async () => {
    const r = await ci(['token'], { GITHUB_ACTIONS: 'true' });

    assert.equal(r.code, 0, r.stderr);
    const { content } = await readCache(runner.cacheDir);
    assert.equal(r.stdout, `${content.at}\n`);
    assert.equal(r.stderr, `::add-mask::${content.at}\n`);

    const header = await ci(['token', '--header'], { GITHUB_ACTIONS: 'true' });
    assert.equal(header.stdout, `Authorization: Zoho-oauthtoken ${content.at}\n`);
    assert.equal(header.stderr, `::add-mask::${content.at}\n`);

    const json = await ci(['token', '--json'], { GITHUB_ACTIONS: 'true' });
    assert.equal((JSON.parse(json.stdout) as { accessToken: string }).accessToken, content.at);
    assert.equal(json.stderr, `::add-mask::${content.at}\n`);
  });

  test('exec masks the token it hands to the command', async () => {
    const r = await ci(['exec', '--', NODE, '-e', PRINT_ENV], { GITHUB_ACTIONS: 'true' });

    assert.equal(r.code, 0, r.stderr);
    const { token } = JSON.parse(r.stdout) as { token: string };
    assert.equal(r.stderr, `::add-mask::${token}\n`);
  });

  test('a token from a stored profile is masked too, and nothing is masked outside GitHub Actions', async () => {
    const masked = await runCli(['token'], { env: { ...laptop.env, GITHUB_ACTIONS: 'true' } });
    assert.equal(masked.code, 0, masked.stderr);
    assert.equal(masked.stdout, `${p.credential.accessToken}\n`);
    assert.equal(masked.stderr, `::add-mask::${p.credential.accessToken}\n`);

    const other = await runCli(['token'], { env: { ...laptop.env, GITHUB_ACTIONS: 'false' } });
    assert.equal(other.stderr, '');
  });
});
