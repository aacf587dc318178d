// Property-based tests (fast-check) of the parsers that take outside input: the loopback
// callback (in-process and over real HTTP), the token endpoint's answer, what `export` printed
// (in-process and through `authctl import`), and a pasted redirect URL or code. A fixed seed and
// a bounded number of runs keep CI deterministic and quick; a failure prints the seed and path.
import assert from 'node:assert/strict';
import { createConnection } from 'node:net';
import { test } from 'node:test';
import fc from 'fast-check';
import { AuthctlError } from '../src/errors.js';
import { interpretCallback } from '../src/flows/callback.js';
import { startLoopbackReceiver } from '../src/flows/loopback.js';
import { interpretPaste } from '../src/flows/pasted-code.js';
import { OAuthError, TransportError } from '../src/oauth/errors.js';
import { processTokenResponse } from '../src/oauth/token.js';
import { decodeExported, encodeAuthUrl, isZohoPortable } from '../src/profiles/auth-url.js';
import { ZOHO_DATA_CENTRES, isZohoCode } from '../src/providers/zoho.js';
import { makeSandbox, runCli } from './helpers/cli.js';
import { freePort } from './helpers/ports.js';

const SEED = 20261123;
const runs = (numRuns: number) => ({ seed: SEED, numRuns });
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const STATE = 'the-state-of-this-login-0123456789abcdef';
const check = {
  state: STATE,
  distrustAccountsServer: (url: string) => (url === 'https://accounts.zoho.com' ? undefined : 'is not a known accounts server'),
};

/** Query strings built from the parameters a callback has, with hostile values and repeats. */
const callbackQuery = fc
  .array(
    fc.tuple(
      fc.constantFrom('code', 'state', 'error', 'error_description', 'accounts-server', 'location', 'x'),
      fc.oneof(fc.string(), fc.constant(STATE), fc.constant('https://accounts.zoho.com'), fc.string({ unit: 'binary' })),
    ),
    { maxLength: 8 },
  )
  .map((pairs) => new URLSearchParams(pairs));

test('the callback parser: any query is believed only with this state and a known accounts server, and what it returns is printable', () => {
  fc.assert(
    fc.property(callbackQuery, (params) => {
      const r = interpretCallback(params, check);
      if ('problem' in r) return;
      assert.equal(params.getAll('state').length, 1);
      assert.equal(params.get('state'), STATE);
      if ('error' in r.callback) {
        assert.doesNotMatch(r.callback.error + (r.callback.errorDescription ?? ''), CONTROL);
      } else {
        assert.equal(r.callback.accountsServer, 'https://accounts.zoho.com');
        assert.equal(params.getAll('code').length, 1);
      }
    }),
    runs(3000),
  );
});

test('the loopback receiver over real HTTP: any request target gets a documented status, only the exact callback ends the wait', async () => {
  const port = await freePort();
  const redirectUri = new URL(`http://127.0.0.1:${port}/callback`);
  const refused: string[] = [];
  const receiver = await startLoopbackReceiver({ ...check, redirectUri, onRefused: (reason) => refused.push(reason) });
  let ended = false;
  void receiver.callback.then(() => (ended = true));
  const send = (target: string) =>
    new Promise<number>((resolve, reject) => {
      const socket = createConnection({ host: '127.0.0.1', port }, () => {
        socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
      });
      let answer = '';
      socket.setEncoding('latin1').on('data', (d: string) => (answer += d));
      socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
      socket.on('error', reject);
      socket.setTimeout(5000, () => reject(new Error(`no answer to ${JSON.stringify(target)}`)));
    });
  // Targets the way an attacker writes them: paths near the callback's, queries with hostile values.
  const path = fc.oneof(fc.constantFrom('/callback', '/./callback', '/callback/', '/%63allback', '//callback', '/CALLBACK', '/'), fc.webPath());
  const target = fc.tuple(path, callbackQuery).map(([p, q]) => `${p}?${q.toString().replace(/state=[^&]*/, 'state=wrong')}`);
  try {
    await fc.assert(
      fc.asyncProperty(target, async (t) => {
        const status = await send(t.replace(/[\s\u0000-\u001f\u007f]/g, '%20'));
        assert.ok([0, 400, 404, 405].includes(status), `${status} for ${t}`);
        assert.equal(ended, false, 'no forged request ended the wait');
      }),
      runs(150),
    );
    for (const reason of refused) assert.doesNotMatch(reason, CONTROL);
  } finally {
    await receiver.close();
  }
});

test('the token response parser: any JSON object is a token with a sane expiry, or an OAuth or transport error', () => {
  const value = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.constant(null), fc.boolean(), fc.constant(3600), fc.constant('3600'), fc.constant(1e20));
  const body = fc.record(
    {
      access_token: fc.oneof(fc.string(), fc.constant('1000.abc.def')),
      refresh_token: value,
      expires_in: value,
      expires_in_sec: value,
      error: value,
      error_description: value,
      api_domain: value,
      token_type: value,
    },
    { requiredKeys: [] },
  );
  const now = Date.now();
  fc.assert(
    fc.property(fc.integer({ min: 100, max: 599 }), body, (status, b) => {
      try {
        const t = processTokenResponse(status, b as Record<string, unknown>, now);
        assert.ok(t.accessToken.length > 0);
        assert.ok(Number.isFinite(new Date(t.expiresAt).getTime()), 'a representable expiry');
        assert.ok(t.expiresAt > now - 1000 && t.expiresAt <= now + 366 * 24 * 3600 * 1000, 'within a year');
      } catch (err) {
        assert.ok(err instanceof OAuthError || err instanceof TransportError, String(err));
        assert.doesNotMatch((err as Error).message, CONTROL);
      }
    }),
    runs(3000),
  );
});

const valid = encodeAuthUrl({
  provider: 'zoho',
  clientId: '1000.CLIENT',
  clientSecret: 'client-secret-0123456789',
  refreshToken: '1000.0123456789abcdef0123456789abcdef.0123456789abcdef0123456789abcdef',
  accountsServer: 'https://accounts.zoho.com',
  apiDomain: 'https://www.zohoapis.com',
  dc: 'com',
  org: 'acme',
  orgId: '700001',
  orgName: 'Acme Inc',
  environment: 'production',
  scopes: ['ZohoCRM.modules.ALL'],
});
/** What a user might paste as an exported value: random text, and the real value damaged. */
const exported = fc.oneof(
  fc.string(),
  fc.json(),
  fc.tuple(fc.nat({ max: valid.length }), fc.nat({ max: 20 }), fc.string({ maxLength: 12 })).map(([at, cut, insert]) => valid.slice(0, at) + insert + valid.slice(at + cut)),
  fc.string().map((s) => `AUTHCTL_AUTH_URL="${s}"`),
  fc.string({ unit: 'binary' }).map((name) => valid.replace('org_name=Acme%20Inc', `org_name=${encodeURIComponent(name)}`)),
);

test('the export/import value parser: any text is a credential for a known accounts server and API domain, or a usage error that echoes no secret', () => {
  fc.assert(
    fc.property(exported, (text) => {
      try {
        const c = decodeExported(text, 'the value', ZOHO_DATA_CENTRES);
        // A damaged Zoho value lacks what another provider's needs (api_base, …): it never reads as one.
        assert.ok(isZohoPortable(c), `read as a ${c.provider} credential`);
        assert.equal(c.accountsServer, ZOHO_DATA_CENTRES[c.dc]!.accountsServer);
        assert.match(c.apiDomain, /^https:\/\/(www|sandbox|developer)\.zohoapis\./);
        assert.doesNotMatch(c.orgName ?? '', CONTROL, 'an imported org name is printable');
      } catch (err) {
        assert.ok(err instanceof AuthctlError, String(err));
        assert.equal(err.exitCode, 2);
        for (const secret of ['client-secret-0123456789', '0123456789abcdef0123456789abcdef']) assert.ok(!`${err.message}${err.hint}`.includes(secret));
      }
    }),
    runs(3000),
  );
});

test('the pasted-code path: a paste is a believed callback, a code of Zoho\'s shape, or a problem', () => {
  const paste = fc.oneof(
    fc.string(),
    fc.constant('1000.0123456789abcdef0123456789abcdef.0123456789abcdef0123456789abcdef'),
    callbackQuery.map((q) => `http://127.0.0.1:8400/callback?${q}`),
    fc.webUrl({ withQueryParameters: true }),
  );
  fc.assert(
    fc.property(paste, (text) => {
      const r = interpretPaste(text, check, isZohoCode);
      if ('problem' in r) return;
      if ('code' in r.callback && r.callback.accountsServer === undefined) assert.ok(isZohoCode(r.callback.code));
    }),
    runs(3000),
  );
});

test('through the built CLI: import --stdin and login --code - with fuzzed input exit only with documented codes, send nothing and store nothing', async () => {
  const sb = await makeSandbox({ AUTHCTL_HTTP_TIMEOUT: '2' });
  try {
    await fc.assert(
      fc.asyncProperty(exported, async (text) => {
        const r = await runCli(['import', '--stdin', '--no-verify', '--store', 'file'], { env: sb.env, input: text });
        assert.ok([0, 1, 2].includes(r.code ?? -1), `exit ${r.code}: ${r.stderr}`);
        assert.doesNotMatch(r.stderr, /unexpected error/);
        assert.equal(r.stdout, '');
        if (r.code === 0) await runCli(['logout', '--all', '--local'], { env: sb.env });
      }),
      runs(20),
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), async (text) => {
        const r = await runCli(['login', '--org', 'fuzz', '--code', '-'], { env: { ...sb.env, AUTHCTL_CLIENT_ID: '1000.X', AUTHCTL_CLIENT_SECRET: 's', AUTHCTL_STORE: 'file' }, input: text });
        // Not a code: refused (2) before any request. (A random string of Zoho's shape is vanishingly rare.)
        assert.equal(r.code, 2, r.stderr);
        assert.doesNotMatch(r.stderr, /unexpected error/);
      }),
      runs(15),
    );
  } finally {
    await sb.cleanup();
  }
});
