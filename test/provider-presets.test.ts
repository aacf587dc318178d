/**
 * Issue 11's built-in presets, each against what its vendor documents
 * (../shared/reference/providers.md): the authorization URL authctl sends the user
 * to, the token endpoint, the token request (grant, PKCE, client authentication)
 * and where the API base comes from. The vendors are not reachable from here, so a
 * local server stands in for each one's token endpoint (a provider that "extends"
 * the preset with only its endpoints moved) and answers in that vendor's shape.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { makeSandbox, runCli } from './helpers/cli.js';
import { type HostileRequest, startHostile } from './helpers/hostile.js';
import { readJson, startCli } from './helpers/login.js';
import { freePort } from './helpers/ports.js';

interface PresetCase {
  provider: string;
  vars?: string[];
  /** A public client (no secret). */
  public?: boolean;
  /** The documented endpoints, with the variables filled in. */
  authorize: string;
  token: string;
  scope: string | null;
  pkce: boolean;
  clientAuth: 'post' | 'basic' | 'none';
  /** The vendor's token response, tokens left out (the stand-in adds them). */
  answer: Record<string, unknown>;
  /** No refresh token in the answer: the vendor's access tokens never expire. */
  lasting?: boolean;
  apiBase: string;
  orgId?: string;
  /** Seconds the access token is taken to live; undefined: it never expires. */
  lifetime?: number;
  header: (token: string) => string;
}

const bearer = (t: string) => `Authorization: Bearer ${t}`;

const CASES: PresetCase[] = [
  {
    provider: 'salesforce',
    vars: ['login_host=test.salesforce.com'],
    authorize: 'https://test.salesforce.com/services/oauth2/authorize',
    token: 'https://test.salesforce.com/services/oauth2/token',
    scope: 'api refresh_token',
    pkce: true,
    clientAuth: 'post',
    // Salesforce sends no expires_in; instance_url is the API, id names the org and user.
    answer: {
      instance_url: 'https://acme--dev.sandbox.my.salesforce.com',
      id: 'https://test.salesforce.com/id/00D5g000004ABCDEAA/0055g000003XYZQAA2',
      token_type: 'Bearer',
      issued_at: '1700000000000',
      signature: 'c2lnbmF0dXJl',
      scope: 'api refresh_token',
    },
    apiBase: 'https://acme--dev.sandbox.my.salesforce.com',
    orgId: '00D5g000004ABCDEAA',
    lifetime: 3600,
    header: bearer,
  },
  {
    provider: 'hubspot',
    authorize: 'https://app.hubspot.com/oauth/authorize',
    token: 'https://api.hubapi.com/oauth/v1/token',
    scope: 'oauth crm.objects.contacts.read',
    pkce: true,
    clientAuth: 'post',
    answer: { token_type: 'bearer', expires_in: 1800 },
    apiBase: 'https://api.hubapi.com',
    lifetime: 1800,
    header: bearer,
  },
  {
    provider: 'pipedrive',
    authorize: 'https://oauth.pipedrive.com/oauth/authorize',
    token: 'https://oauth.pipedrive.com/oauth/token',
    scope: null,
    pkce: true,
    clientAuth: 'basic',
    answer: { token_type: 'Bearer', expires_in: 3599, scope: 'base,deals:read', api_domain: 'https://acme.pipedrive.com' },
    apiBase: 'https://acme.pipedrive.com',
    lifetime: 3599,
    header: bearer,
  },
  {
    provider: 'dynamics',
    vars: ['tenant=contoso.onmicrosoft.com', 'org=contoso.crm4.dynamics.com'],
    public: true,
    authorize: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize',
    token: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token',
    scope: 'https://contoso.crm4.dynamics.com/user_impersonation offline_access',
    pkce: true,
    clientAuth: 'none',
    answer: { token_type: 'Bearer', scope: 'https://contoso.crm4.dynamics.com/user_impersonation', expires_in: 4799, ext_expires_in: 4799 },
    apiBase: 'https://contoso.crm4.dynamics.com',
    lifetime: 4799,
    header: bearer,
  },
  {
    provider: 'close',
    authorize: 'https://app.close.com/oauth2/authorize/',
    token: 'https://api.close.com/oauth2/token/',
    scope: 'all.full_access offline_access',
    pkce: true,
    clientAuth: 'post',
    answer: { token_type: 'Bearer', expires_in: 3600, scope: 'all.full_access offline_access', user_id: 'user_1', organization_id: 'orga_1' },
    apiBase: 'https://api.close.com/api/v1',
    lifetime: 3600,
    header: bearer,
  },
  {
    provider: 'zendesk-sell',
    authorize: 'https://api.getbase.com/oauth2/authorize',
    token: 'https://api.getbase.com/oauth2/token',
    scope: 'read write profile',
    pkce: false,
    clientAuth: 'basic',
    answer: { token_type: 'bearer', expires_in: 3599, scope: 'read write profile' },
    apiBase: 'https://api.getbase.com',
    lifetime: 3599,
    header: bearer,
  },
  {
    provider: 'clio',
    vars: ['region_host=eu.app.clio.com'],
    authorize: 'https://eu.app.clio.com/oauth/authorize',
    token: 'https://eu.app.clio.com/oauth/token',
    scope: null,
    pkce: false,
    clientAuth: 'post',
    answer: { token_type: 'bearer', expires_in: 2592000 },
    apiBase: 'https://eu.app.clio.com/api/v4',
    lifetime: 2592000,
    header: bearer,
  },
  {
    provider: 'keap',
    authorize: 'https://accounts.infusionsoft.com/app/oauth/authorize',
    token: 'https://api.infusionsoft.com/token',
    scope: 'full',
    pkce: false,
    clientAuth: 'post',
    answer: { token_type: 'bearer', expires_in: 86400, scope: 'full|xy123.infusionsoft.com' },
    apiBase: 'https://api.infusionsoft.com/crm/rest',
    lifetime: 86400,
    header: bearer,
  },
  {
    provider: 'attio',
    authorize: 'https://app.attio.com/authorize',
    token: 'https://app.attio.com/oauth/token',
    scope: null,
    pkce: false,
    clientAuth: 'post',
    // No refresh token, no expiry: the access token is the credential.
    answer: { token_type: 'Bearer' },
    lasting: true,
    apiBase: 'https://api.attio.com',
    header: bearer,
  },
  {
    provider: 'monday',
    authorize: 'https://auth.monday.com/oauth2/authorize',
    token: 'https://auth.monday.com/oauth2/token',
    scope: 'me:read boards:read',
    pkce: false,
    clientAuth: 'post',
    answer: { token_type: 'bearer', scope: 'me:read boards:read' },
    lasting: true,
    apiBase: 'https://api.monday.com/v2',
    // monday.com's API takes the bare token.
    header: (t) => `Authorization: ${t}`,
  },
];

describe('built-in presets: documented endpoints, token requests and API bases', () => {
  let sb: Awaited<ReturnType<typeof makeSandbox>>;
  let vendor: Awaited<ReturnType<typeof startHostile>>;
  let answer: Record<string, unknown> = {};
  /** Statuses the stand-in API answers with, in turn (then 200). */
  const apiAnswers: number[] = [];
  let serial = 0;

  before(async () => {
    sb = await makeSandbox({ AUTHCTL_STORE: 'file' });
    // Stands in for whichever vendor the current case is: its token endpoint answers that vendor's shape.
    vendor = await startHostile((req, res) => {
      if (req.url?.startsWith('/api/')) {
        const status = apiAnswers.shift() ?? 200;
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ path: req.url, authorization: req.headers.authorization }));
      } else if (req.method === 'POST' && req.url === '/token') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer));
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{}');
      }
    });
  });
  after(async () => {
    await vendor?.close();
    await sb?.cleanup();
  });

  /** `client add` as a user would, with a redirect URI on a free port. */
  async function addClient(provider: string, c: PresetCase): Promise<{ name: string; id: string; secret?: string; redirectUri: string }> {
    serial += 1;
    const client = { name: `c${serial}`, id: `client-${serial}`, secret: c.public ? undefined : `secret/${serial}+x`, redirectUri: `http://127.0.0.1:${await freePort()}/callback` };
    const args = ['client', 'add', client.name, '--provider', provider, '--client-id', client.id, '--redirect-uri', client.redirectUri];
    const r = await runCli(c.public ? [...args, '--public'] : [...args, '--client-secret-stdin'], { env: sb.env, input: client.secret });
    assert.equal(r.code, 0, r.stderr);
    return client;
  }

  /** Starts a --no-browser login and returns the authorization URL it prints. */
  async function startLogin(args: string[]) {
    const cli = startCli(['login', '--no-browser', ...args], sb.env);
    const [, url] = await cli.waitForStderr(/Open this URL in a browser[^\n]*:\n {2}(\S+)/);
    return { cli, url: new URL(url!) };
  }

  for (const c of CASES) {
    test(`${c.provider}: the authorization URL, the token request and the API base are the documented ones`, async () => {
      const vars = (c.vars ?? []).flatMap((v) => ['--var', v]);

      // The preset itself: where it sends the user, and where it would exchange the code.
      const shown = JSON.parse((await runCli(['provider', 'show', c.provider], { env: sb.env })).stdout);
      const filled = (t: string) => (c.vars ?? []).reduce((s, v) => s.replace(`{${v.split('=')[0]}}`, v.split('=')[1]!), t);
      assert.equal(filled(shown.tokenEndpoint), c.token);
      const own = await addClient(c.provider, c);
      const real = await startLogin(['--provider', c.provider, '--client', own.name, ...vars]);
      real.cli.signal('SIGTERM');
      await real.cli.result;
      assert.equal(real.url.origin + real.url.pathname, c.authorize);
      const q = real.url.searchParams;
      assert.equal(q.get('response_type'), 'code');
      assert.equal(q.get('client_id'), own.id);
      assert.equal(q.get('redirect_uri'), own.redirectUri);
      assert.equal(q.get('scope'), c.scope);
      assert.equal(q.get('code_challenge_method'), c.pkce ? 'S256' : null);
      assert.match(q.get('state') ?? '', /^[A-Za-z0-9_-]{43}$/);

      // The same preset with its endpoints moved to the stand-in.
      const file = join(sb.home, `${c.provider}-local.json`);
      const moved = { authorizationEndpoint: `${vendor.url}/authorize`, tokenEndpoint: `${vendor.url}/token`, ...(shown.revocationEndpoint ? { revocationEndpoint: `${vendor.url}/revoke` } : {}) };
      await writeFile(file, JSON.stringify({ extends: c.provider, ...moved }));
      const added = await runCli(['provider', 'add', `${c.provider}-local`, '--file', file], { env: sb.env });
      assert.equal(added.code, 0, added.stderr);
      const local = await addClient(`${c.provider}-local`, c);
      const login = await startLogin(['--provider', `${c.provider}-local`, '--profile', c.provider, ...vars]);
      const accessToken = `at-${c.provider}-${serial}`;
      answer = { access_token: accessToken, ...(c.lasting ? {} : { refresh_token: `rt-${c.provider}-${serial}` }), ...c.answer };
      const requests = vendor.requests.length;
      const loggedInAt = Date.now();
      login.cli.write(`${local.redirectUri}?code=the-code-${serial}&state=${login.url.searchParams.get('state')}\n`);
      const result = await login.cli.result;
      assert.equal(result.code, 0, result.stderr);

      const exchanges = vendor.requests.slice(requests).filter((r: HostileRequest) => r.target === '/token');
      assert.equal(exchanges.length, 1);
      const form = new URLSearchParams(exchanges[0]!.body);
      assert.equal(form.get('grant_type'), 'authorization_code');
      assert.equal(form.get('code'), `the-code-${serial}`);
      assert.equal(form.get('redirect_uri'), local.redirectUri);
      const verifier = form.get('code_verifier');
      if (c.pkce) assert.equal(createHash('sha256').update(verifier ?? '').digest('base64url'), login.url.searchParams.get('code_challenge'));
      else assert.equal(verifier, null);
      const authorization = exchanges[0]!.headers.authorization;
      if (c.clientAuth === 'basic') {
        const encode = (v: string) => encodeURIComponent(v).replace(/%20/g, '+');
        assert.equal(authorization, `Basic ${Buffer.from(`${encode(local.id)}:${encode(local.secret!)}`).toString('base64')}`);
        assert.equal(form.get('client_secret'), null);
      } else {
        assert.equal(authorization, undefined);
        assert.equal(form.get('client_id'), local.id);
        assert.equal(form.get('client_secret'), c.clientAuth === 'post' ? local.secret : null);
      }

      const profile = (await readJson(join(sb.configDir, 'config.json'))).profiles[c.provider];
      assert.equal(profile.apiBase, c.apiBase);
      assert.equal(profile.orgId, c.orgId);
      const expiresAt = Date.parse(profile.accessTokenExpiresAt);
      if (c.lifetime === undefined) assert.equal(profile.accessTokenExpiresAt, '9999-12-31T00:00:00.000Z');
      else assert.ok(Math.abs(expiresAt - (loggedInAt + c.lifetime * 1000 - 30_000)) < 10_000, `expires ${profile.accessTokenExpiresAt}`);
      const header = await runCli(['token', '--profile', c.provider, '--header'], { env: sb.env });
      assert.equal(header.code, 0, header.stderr);
      assert.equal(header.stdout, `${c.header(accessToken)}\n`);
    });
  }

  test('a server given by its endpoints: api goes below its API base, and a 401 gets one refresh and one retry', async () => {
    const added = await runCli(
      ['provider', 'add', 'legacy', '--authorization-endpoint', `${vendor.url}/authorize`, '--token-endpoint', `${vendor.url}/token`, '--api-base', `${vendor.url}/api/v1`, '--scope', 'read,write'],
      { env: sb.env },
    );
    assert.equal(added.code, 0, added.stderr);
    const c: PresetCase = { provider: 'legacy', authorize: '', token: '', scope: 'read write', pkce: true, clientAuth: 'basic', answer: {}, apiBase: '', header: bearer };
    const client = await addClient('legacy', c);
    const login = await startLogin(['--provider', 'legacy']);
    assert.equal(login.url.searchParams.get('scope'), 'read write');
    answer = { access_token: 'at-legacy-1', refresh_token: 'rt-legacy-1', token_type: 'bearer', expires_in: 3600 };
    login.cli.write(`${client.redirectUri}?code=c&state=${login.url.searchParams.get('state')}\n`);
    assert.equal((await login.cli.result).code, 0);

    const things = await runCli(['api', '--profile', 'legacy', '/things?limit=1'], { env: sb.env });
    assert.equal(things.code, 0, things.stderr);
    assert.deepEqual(JSON.parse(things.stdout), { path: '/api/v1/things?limit=1', authorization: 'Bearer at-legacy-1' });
    const root = await runCli(['api', '--profile', 'legacy', '/'], { env: sb.env });
    assert.equal(JSON.parse(root.stdout).path, '/api/v1');

    // The token was revoked early: the API says 401 once; authctl refreshes and sends the request again.
    apiAnswers.push(401);
    answer = { access_token: 'at-legacy-2', token_type: 'bearer', expires_in: 3600 };
    const retried = await runCli(['api', '--profile', 'legacy', '/api/v1/things'], { env: sb.env });
    assert.equal(retried.code, 0, retried.stderr);
    assert.deepEqual(JSON.parse(retried.stdout), { path: '/api/v1/things', authorization: 'Bearer at-legacy-2' });
    const elsewhere = await runCli(['api', '--profile', 'legacy', 'https://evil.example/x'], { env: sb.env });
    assert.equal(elsewhere.code, 2);
    assert.match(elsewhere.stderr, /is not the profile's API base/);
  });

  test("seed 002's provider file: authUrl, tokenUrl, scope and a customState sent before authctl's own state, never instead of it", async () => {
    const file = join(sb.home, 'manifest.json');
    await writeFile(file, JSON.stringify({ title: 'Manifest CRM', authUrl: `${vendor.url}/authorize`, tokenUrl: `${vendor.url}/token`, scope: 'write,read', customState: 'platform=manifest', clientAuthMethods: ['client_secret_post'], api: { scheme: 'Bearer', base: `${vendor.url}/api` } }));
    const added = await runCli(['provider', 'add', 'manifest', '--file', file], { env: sb.env });
    assert.equal(added.code, 0, added.stderr);
    const c: PresetCase = { provider: 'manifest', authorize: '', token: '', scope: null, pkce: true, clientAuth: 'post', answer: {}, apiBase: '', header: bearer };
    const client = await addClient('manifest', c);
    const login = await startLogin(['--provider', 'manifest']);
    const state = login.url.searchParams.get('state')!;
    assert.equal(login.url.searchParams.get('scope'), 'write read');
    assert.match(state, /^platform=manifest\.[A-Za-z0-9_-]{43}$/);
    // The custom part alone is not this login's state: refused, and the wait goes on.
    const requests = vendor.requests.length;
    const forged = await fetch(`${client.redirectUri}?code=x&state=platform%3Dmanifest`, { redirect: 'manual' });
    assert.equal(forged.status, 400);
    await login.cli.waitForStderr(/its state does not match this login/);
    answer = { access_token: 'at-manifest', refresh_token: 'rt-manifest', token_type: 'Bearer', expires_in: 3600 };
    login.cli.write(`${client.redirectUri}?code=y&state=${encodeURIComponent(state)}\n`);
    const result = await login.cli.result;
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(vendor.requests.slice(requests).map((r) => new URLSearchParams(r.body).get('code')), ['y'], 'only the real callback was exchanged');
  });

  test('a refresh without expires_in or a new refresh token (Salesforce) keeps the refresh token and assumes the lifetime', async () => {
    const before = vendor.requests.length;
    answer = { access_token: 'at-salesforce-refreshed', ...CASES[0]!.answer };
    const refreshedAt = Date.now();
    const r = await runCli(['token', '--profile', 'salesforce', '--force-refresh'], { env: sb.env });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'at-salesforce-refreshed\n');
    const form = new URLSearchParams(vendor.requests.slice(before).find((q) => q.target === '/token')!.body);
    assert.equal(form.get('grant_type'), 'refresh_token');
    const stored = JSON.parse(await readFile(join(sb.configDir, 'secrets.json'), 'utf8'));
    const profile = (await readJson(join(sb.configDir, 'config.json'))).profiles.salesforce;
    assert.equal(JSON.parse(stored.secrets[profile.key]).rt, form.get('refresh_token'), 'the refresh token is kept');
    assert.ok(Math.abs(Date.parse(profile.accessTokenExpiresAt) - (refreshedAt + 3_570_000)) < 10_000);
  });

  test('logout revokes as each vendor does: DELETE for HubSpot, RFC 7009 for Clio; Dynamics and Attio say they cannot', async () => {
    const before = vendor.requests.length;
    const hubspot = await runCli(['logout', 'hubspot'], { env: sb.env });
    assert.equal(hubspot.code, 0, hubspot.stderr);
    const clio = await runCli(['logout', 'clio'], { env: sb.env });
    assert.equal(clio.code, 0, clio.stderr);
    const revocations = vendor.requests.slice(before);
    assert.deepEqual(
      revocations.map((r) => [r.method, r.target.replace(/rt-[a-z-]+-\d+/, 'RT')]),
      [
        ['DELETE', '/revoke/RT'],
        ['POST', '/revoke'],
      ],
    );
    const form = new URLSearchParams(revocations[1]!.body);
    assert.match(form.get('token') ?? '', /^rt-clio-\d+$/);
    assert.equal(form.get('token_type_hint'), 'refresh_token');
    assert.ok(form.get('client_secret'), 'Clio authenticates the client with its secret in the form');

    for (const [name, why] of [
      ['dynamics', /not revoked \(Microsoft Dynamics 365 \(Entra ID\) has no revocation endpoint: remove authctl's access in your/],
      ['attio', /not revoked \(the provider issued an access token that never expires, and no way to revoke it/],
    ] as const) {
      const r = await runCli(['logout', name], { env: sb.env });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, why);
      assert.doesNotMatch(r.stderr, /warning/);
    }
    assert.equal(vendor.requests.length, before + 2, 'nothing was sent for the two that cannot revoke');
  });
});
