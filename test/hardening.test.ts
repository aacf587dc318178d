// Hardening, attacked as a black box through the built CLI: a hostile "Zoho" on 127.0.0.1 that
// stalls, trickles and lies; settings no timer can hold; control characters from servers;
// interrupts after the code exchange; a read-only and a full disk (tiny tmpfs mounts).
import type { ZohoProfile } from '../src/profiles/model.js';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { ConfigStore } from '../src/profiles/config.js';
import { makeSandbox, runCli } from './helpers/cli.js';
import { json, startHostile } from './helpers/hostile.js';
import { startCli } from './helpers/login.js';
import { type SeededProfile, seedProfile, testContext } from './helpers/seed.js';

const run = promisify(execFile);
type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;
const CODE = '1000.0123456789abcdef0123456789abcdef.0123456789abcdef0123456789abcdef';
const tokenBody = (extra: Record<string, unknown> = {}) => ({
  access_token: `1000.${'a'.repeat(32)}.${Date.now().toString(16).padStart(32, '0')}`,
  token_type: 'Bearer',
  expires_in: 3600,
  ...extra,
});
const ORG = { org: [{ id: '700001', company_name: 'Acme Inc' }] };

let hostile: Awaited<ReturnType<typeof startHostile>>;
let onToken: Handler;
let onRevoke: Handler;
let onApi: Handler;
before(async () => {
  await runCli(['--version']).then((r) => assert.equal(r.code, 0, 'build first: node scripts/build.mjs'));
  hostile = await startHostile((req, res, body) => {
    const path = (req.url ?? '').split('?')[0];
    (path === '/oauth/v2/token' ? onToken : path === '/oauth/v2/token/revoke' ? onRevoke : onApi)(req, res, body);
  });
});
after(() => hostile.close());

let sb: Awaited<ReturnType<typeof makeSandbox>>;
let acme: SeededProfile;
beforeEach(async () => {
  onToken = (_req, res) => json(res, 200, tokenBody());
  onRevoke = (_req, res) => json(res, 200, { status: 'success' });
  onApi = (_req, res) => json(res, 200, ORG);
  hostile.requests.length = 0;
  sb = await makeSandbox();
  // The hostile server is "Zoho" for this machine: accounts server and API domains of com.
  const table = join(sb.home, 'dcs.json');
  await writeFile(table, JSON.stringify({ com: { location: 'us', accountsServer: hostile.url, apiDomains: { production: hostile.url, sandbox: hostile.url, developer: hostile.url } } }));
  sb.env.AUTHCTL_ZOHO_DATA_CENTRES = table;
  const added = await runCli(['client', 'add', 'default', '--client-id', '1000.HOSTILE', '--client-secret-stdin', '--store', 'file'], { env: sb.env, input: 'client-secret' });
  assert.equal(added.code, 0, added.stderr);
  acme = await seedProfile(sb.env, 'acme', { store: 'file', expiresInMinutes: -5, orgId: '700001' });
  await new ConfigStore(testContext(sb.env).ctx).update((c) => {
    (c.profiles.acme as ZohoProfile).accountsServer = hostile.url;
    (c.profiles.acme as ZohoProfile).apiDomain = hostile.url;
  });
});
afterEach(() => sb.cleanup());

const timed = async <T>(fn: () => Promise<T>) => {
  const start = Date.now();
  const result = await fn();
  return { result, seconds: (Date.now() - start) / 1000 };
};
const secretsFile = () => readFile(join(sb.configDir, 'secrets.json'), 'utf8');

describe('every network wait is bounded, body included', () => {
  const stalls: [string, Handler][] = [
    ['sends its headers, then stalls the body', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"access_token":"1000.');
    }],
    ['trickles the body a byte at a time', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      hostile.trickle(res, ' ', 200);
    }],
  ];
  for (const [what, handler] of stalls) {
    test(`a token endpoint that ${what}: token and its waiters give up after AUTHCTL_HTTP_TIMEOUT, not after the lock's minute`, async () => {
      onToken = handler;
      const env = { ...sb.env, AUTHCTL_HTTP_TIMEOUT: '2' };
      const { result, seconds } = await timed(() => Promise.all([1, 2, 3].map(() => runCli(['token'], { env, timeoutMs: 40_000 }))));
      for (const r of result) {
        assert.equal(r.code, 5, r.stderr);
        assert.equal(r.stdout, '');
        assert.match(r.stderr, new RegExp(`${hostile.url.replace(/[.]/g, '\\.')} did not answer within 2 s`));
        assert.doesNotMatch(r.stderr, /another authctl process/);
      }
      // One after another, each refresh is cut at 2 s: far below the lock's 60 s wait.
      assert.ok(seconds < 20, `took ${seconds} s`);
    });
  }

  test("login's code exchange and logout's revocation are bounded too", async () => {
    onToken = stalls[0]![1];
    onRevoke = stalls[1]![1];
    const env = { ...sb.env, AUTHCTL_HTTP_TIMEOUT: '2' };
    const login = await timed(() => runCli(['login', '--org', 'other', '--code', '-'], { env, input: CODE, timeoutMs: 30_000 }));
    assert.equal(login.result.code, 5, login.result.stderr);
    assert.match(login.result.stderr, /did not answer within 2 s/);
    assert.ok(login.seconds < 10, `login took ${login.seconds} s`);
    const logout = await timed(() => runCli(['logout', 'acme'], { env, timeoutMs: 30_000 }));
    assert.equal(logout.result.code, 5, logout.result.stderr);
    assert.match(logout.result.stderr, /NOT revoked at .* did not answer within 2 s/);
    assert.ok(logout.seconds < 10, `logout took ${logout.seconds} s`);
  });

  test("api's request has its own limit, AUTHCTL_API_TIMEOUT, over the whole body", async () => {
    onApi = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      hostile.trickle(res, '{', 200);
    };
    const { result, seconds } = await timed(() => runCli(['api', '/crm/v8/Leads'], { env: { ...sb.env, AUTHCTL_API_TIMEOUT: '2' }, timeoutMs: 30_000 }));
    assert.equal(result.code, 5, result.stderr);
    assert.match(result.stderr, /did not answer in full within 2 s/);
    assert.match(result.stderr, /AUTHCTL_API_TIMEOUT/);
    assert.ok(seconds < 10, `took ${seconds} s`);
  });

  test('timeouts no timer can hold, and ones that are not numbers, are refused clearly (exit 2) before anything is sent', async () => {
    for (const [name, value, args] of [
      ['AUTHCTL_HTTP_TIMEOUT', '99999999999', ['token']],
      ['AUTHCTL_HTTP_TIMEOUT', 'soon', ['token']],
      ['AUTHCTL_HTTP_TIMEOUT', '-1', ['token']],
      ['AUTHCTL_API_TIMEOUT', '1e400', ['api', '/x']],
      ['AUTHCTL_KEYCHAIN_TIMEOUT', '3000000', ['doctor']],
    ] as const) {
      const r = await runCli([...args], { env: { ...sb.env, [name]: value } });
      assert.equal(r.code, 2, `${name}=${value}: ${r.stderr}`);
      assert.match(r.stderr, new RegExp(`^authctl: ${name} (must be a positive number of seconds|is .* longer than a timer can wait)`, 'm'));
    }
    assert.equal(hostile.requests.length, 0);
  });
});

describe('nothing from outside is trusted more than it must be', () => {
  test("a token response's api_domain outside the data-centre table is ignored: the profile keeps the table's, and that host gets nothing", async () => {
    const evil = await startHostile((_req, res) => json(res, 200, ORG));
    onApi = (_req, res) => json(res, 200, { org: [{ id: '700002', company_name: 'Other Org' }] });
    try {
      onToken = (_req, res) => json(res, 200, tokenBody({ refresh_token: `1000.${'b'.repeat(32)}.${'c'.repeat(32)}`, api_domain: evil.url }));
      const r = await runCli(['login', '--org', 'other', '--code', '-'], { env: sb.env, input: CODE });
      assert.equal(r.code, 0, r.stderr);
      const profile = JSON.parse(await readFile(join(sb.configDir, 'config.json'), 'utf8')).profiles.other;
      assert.equal(profile.apiDomain, hostile.url);
      const api = await runCli(['api', '--org', 'other', '/crm/v8/org'], { env: sb.env });
      assert.equal(api.code, 0, api.stderr);
      assert.equal(evil.requests.length, 0, 'the token never went to the host the token response named');
    } finally {
      await evil.close();
    }
  });

  for (const [field, value] of [
    ['expires_in', 0],
    ['expires_in', 0.5],
    ['expires_in', -3600],
    ['expires_in', 1e20],
    ['expires_in', '1e400'],
    ['expires_in', 'soon'],
    ['expires_in', null],
    ['expires_in_sec', 400 * 24 * 3600],
  ] as const) {
    test(`${field} ${JSON.stringify(value)} is refused with the reason, and nothing is stored`, async () => {
      const before = await secretsFile();
      onToken = (_req, res) => json(res, 200, { ...tokenBody(), expires_in: field === 'expires_in' ? value : 3600, ...(field === 'expires_in_sec' ? { expires_in_sec: value } : {}) });
      const r = await runCli(['token'], { env: sb.env });
      assert.equal(r.code, 5, r.stderr);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, new RegExp(`the token endpoint answered ${field} .*, not a lifetime from 1 s to one year`));
      assert.doesNotMatch(r.stderr, /Invalid time value|unexpected error/);
      assert.equal(await secretsFile(), before);
    });
  }

  test('a stored expiry no date can hold is not a token served forever: it is refreshed', async () => {
    const secrets = JSON.parse(await secretsFile());
    const stored = JSON.parse(secrets.secrets[acme.profile.key]);
    secrets.secrets[acme.profile.key] = JSON.stringify({ ...stored, exp: 1e300 });
    await writeFile(join(sb.configDir, 'secrets.json'), JSON.stringify(secrets));
    for (const args of [['status', '--json'], ['token', '--json']]) {
      const r = await runCli(args, { env: sb.env });
      assert.doesNotMatch(r.stderr, /Invalid time value|unexpected error/, args.join(' '));
    }
    const r = await runCli(['token'], { env: sb.env });
    assert.equal(r.code, 0, r.stderr);
    assert.notEqual(r.stdout, `${stored.at}\n`);
  });

  test('control characters from a server never reach the terminal', async () => {
    onToken = (_req, res) => json(res, 200, { error: 'invalid_code\u001b[2J', error_description: 'bad\u001b]0;pwned\u0007 \u202egnp.exe\r\n' });
    const r = await runCli(['token'], { env: sb.env });
    assert.equal(r.code, 5 - 1, r.stderr);
    assert.match(r.stderr, /invalid_code\?\[2J|bad\?\]0;pwned\?/);
    assert.doesNotMatch(r.stderr, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/, 'no control or bidi character on stderr');
  });

  test('client add refuses a redirect URI with port 0 or a path that is not written plainly', async () => {
    for (const uri of ['http://127.0.0.1:0/callback', 'http://127.0.0.1:8400/x/../callback', 'http://127.0.0.1:8400/./callback', 'http://127.0.0.1:8400/a\\b']) {
      const r = await runCli(['client', 'add', 'web', '--client-id', '1000.W', '--redirect-uri', uri, '--client-secret-stdin', '--store', 'file'], { env: sb.env, input: 's' });
      assert.equal(r.code, 2, `${uri}: ${r.stderr}`);
    }
  });
});

describe('faults and interrupts leave nothing behind', () => {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    test(`${signal} after the code exchange revokes the new refresh token and stores nothing (exit ${code})`, async () => {
      const refreshToken = `1000.${'d'.repeat(32)}.${signal === 'SIGINT' ? 'e' : 'f'}${'0'.repeat(31)}`;
      onToken = (_req, res) => json(res, 200, tokenBody({ refresh_token: refreshToken }));
      onApi = () => {}; // the org lookup never answers: the login is holding the new token
      const config = await readFile(join(sb.configDir, 'config.json'), 'utf8');
      const cli = startCli(['login', '--org', 'other', '--code', '-'], sb.env);
      cli.write(CODE);
      cli.endInput();
      while (!hostile.requests.some((r) => r.target.startsWith('/crm/'))) await new Promise((r) => setTimeout(r, 20));
      cli.signal(signal);
      const result = await cli.result;
      assert.equal(result.code, code, result.stderr);
      assert.match(result.stderr, /interrupted; nothing was stored and the new refresh token was revoked/);
      const revokes = hostile.requests.filter((r) => r.target.startsWith('/oauth/v2/token/revoke'));
      assert.equal(revokes.length, 1);
      assert.equal(new URL(revokes[0]!.target, hostile.url).searchParams.get('token'), refreshToken);
      assert.equal(await readFile(join(sb.configDir, 'config.json'), 'utf8'), config);
      assert.ok(!(await secretsFile()).includes(refreshToken));
      assert.deepEqual((await readdir(sb.configDir)).filter((f) => f.endsWith('.tmp')), []);
    });
  }

  test('logout --all removes temporary files a killed authctl left', async () => {
    await writeFile(join(sb.configDir, '.secrets.json.0123456789ab.tmp'), '{"version":1,"secrets":{"x":"secret"}}', { mode: 0o600 });
    await writeFile(join(sb.configDir, 'notes.tmp'), 'mine');
    const r = await runCli(['logout', '--all', '--local'], { env: sb.env });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /Removed 1 temporary file an interrupted authctl left/);
    assert.deepEqual((await readdir(sb.configDir)).filter((f) => f.endsWith('.tmp')), ['notes.tmp'], 'only authctl\'s own temporary files go');
  });
});

/** A tmpfs of `size` mounted for one test; undefined where this machine does not allow mounting. */
async function tmpfs(size: string): Promise<{ dir: string; remountReadOnly(): Promise<void>; unmount(): Promise<void> } | undefined> {
  const dir = await mkdtemp(join(tmpdir(), 'authctl-tmpfs-'));
  try {
    await run('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir]);
  } catch {
    await rm(dir, { recursive: true, force: true });
    return undefined;
  }
  return {
    dir,
    remountReadOnly: async () => void (await run('mount', ['-o', 'remount,ro', dir])),
    unmount: async () => {
      await run('umount', [dir]).catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}

describe('a read-only and a full disk', () => {
  test('a read-only config folder is reported at once as what it is, by every command that writes, and by doctor', async (t) => {
    const fs = await tmpfs('1m');
    if (!fs) return t.skip('mounting a tmpfs is not allowed on this machine');
    try {
      const env = { ...sb.env, AUTHCTL_CONFIG_DIR: join(fs.dir, 'authctl') };
      await mkdir(env.AUTHCTL_CONFIG_DIR, { mode: 0o700 });
      await runCli(['client', 'add', 'default', '--client-id', '1000.RO', '--client-secret-stdin', '--store', 'file'], { env, input: 'x' });
      await seedProfile(env, 'acme', { store: 'file', expiresInMinutes: -5 });
      await fs.remountReadOnly();
      for (const args of [['token', '--force-refresh'], ['use', 'acme'], ['client', 'add', 'b', '--client-id', '1000.B', '--client-secret-stdin', '--store', 'file']]) {
        const { result, seconds } = await timed(() => runCli(args, { env, input: 'secret' }));
        assert.equal(result.code, 1, `${args.join(' ')}: ${result.stderr}`);
        assert.match(result.stderr, /the file system is read-only \(EROFS\)/, args.join(' '));
        assert.doesNotMatch(result.stderr, /another authctl process|unexpected error/);
        assert.ok(seconds < 10, `${args.join(' ')} took ${seconds} s`);
      }
      const doctor = await runCli(['doctor'], { env });
      assert.equal(doctor.code, 1);
      assert.match(doctor.stdout, /^FAIL {2}config folder {2}.* is not writable: .*read-only \(EROFS\)/m);
    } finally {
      await fs.unmount();
    }
  });

  test('a full disk is reported as such, leaves the stored files as they were and no temporary file', async (t) => {
    const fs = await tmpfs('64k');
    if (!fs) return t.skip('mounting a tmpfs is not allowed on this machine');
    try {
      const env = { ...sb.env, AUTHCTL_CONFIG_DIR: join(fs.dir, 'authctl') };
      await runCli(['client', 'add', 'default', '--client-id', '1000.FULL', '--client-secret-stdin', '--store', 'file'], { env, input: 'x' });
      const config = await readFile(join(env.AUTHCTL_CONFIG_DIR, 'config.json'), 'utf8');
      // Fill what is left.
      await writeFile(join(fs.dir, 'filler'), Buffer.alloc(60 * 1024)).catch(() => {});
      const r = await runCli(['client', 'add', 'big', '--client-id', `1000.${'X'.repeat(150)}`, '--client-secret-stdin', '--store', 'file'], { env, input: 'y'.repeat(2000) });
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, /cannot write .*: the disk is full \(ENOSPC\); what was stored before is unchanged/);
      assert.doesNotMatch(r.stderr, /unexpected error/);
      assert.equal(await readFile(join(env.AUTHCTL_CONFIG_DIR, 'config.json'), 'utf8'), config);
      assert.deepEqual((await readdir(env.AUTHCTL_CONFIG_DIR)).filter((f) => f.endsWith('.tmp')), []);
    } finally {
      await fs.unmount();
    }
  });
});
