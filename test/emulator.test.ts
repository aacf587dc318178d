// Tests of the Zoho Accounts emulator itself, through real HTTP as a client would see it.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { startEmulator, type Emulator, type EmulatorSettings } from './emulator/index.js';

const REDIRECT = 'http://127.0.0.1:53682/callback';
const TOKEN_SHAPE = /^1000\.[0-9a-f]{32}\.[0-9a-f]{32}$/;

// ---- helpers: what a CLI or a browser would do ----------------------------------------

interface TestClient {
  clientId: string;
  clientSecret: string;
}

let clientSerial = 0;
/** A fresh client per test, so per-client limits never leak between tests. */
function newClient(emu: Emulator, extra: { homeDc?: string; multiDc?: boolean; selfClient?: boolean; redirectUris?: string[] } = {}): TestClient {
  clientSerial += 1;
  const c = {
    clientId: `1000.TESTCLIENT${String(clientSerial).padStart(4, '0')}`,
    clientSecret: `secret${clientSerial}${randomBytes(4).toString('hex')}`,
  };
  emu.registerClient({ ...c, redirectUris: [REDIRECT], ...extra });
  return c;
}

/** Changes settings for one test only. */
function use(t: TestContext, emu: Emulator, s: Partial<EmulatorSettings>): void {
  const saved = { ...emu.settings };
  Object.assign(emu.settings, s);
  t.after(() => {
    Object.assign(emu.settings, saved);
  });
}

function postForm(url: string, params: Record<string, string>, init: RequestInit = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(params).toString(),
    redirect: 'manual',
    ...init,
  });
}

type Json = Record<string, any>;

async function tokenCall(emu: Emulator, dc: string, params: Record<string, string>): Promise<{ status: number; body: Json }> {
  const res = await postForm(`${emu.dataCentres[dc]!.accountsServer}/oauth/v2/token`, params);
  return { status: res.status, body: (await res.json()) as Json };
}

async function apiCall(
  emu: Emulator,
  dc: string,
  env: 'production' | 'sandbox' | 'developer',
  path: string,
  accessToken: string | undefined,
  init: RequestInit = {},
): Promise<{ status: number; body: Json }> {
  const headers: Record<string, string> = accessToken ? { authorization: `Zoho-oauthtoken ${accessToken}` } : {};
  const res = await fetch(`${emu.dataCentres[dc]!.apiDomains[env]}${path}`, { ...init, headers: { ...headers, ...(init.headers as Record<string, string>) } });
  return { status: res.status, body: (await res.json()) as Json };
}

function authorizeUrl(emu: Emulator, dc: string, params: Record<string, string>): string {
  return `${emu.dataCentres[dc]!.accountsServer}/oauth/v2/auth?${new URLSearchParams(params)}`;
}

interface Radio {
  id: string;
  value: string;
  label: string;
}

/** Reads the chooser the way a test browser would: radios by their <label for>. */
function parseChooser(html: string): { requestId: string; radios: Radio[]; action: string } {
  const requestId = /<input type="hidden" name="request_id" value="([^"]+)">/.exec(html)?.[1];
  const action = /<form method="post" action="([^"]+)">/.exec(html)?.[1];
  assert.ok(requestId && action, 'chooser has a form with a request_id');
  assert.match(html, /<button type="submit">Submit<\/button>/);
  const labels = new Map([...html.matchAll(/<label for="([^"]+)">([^<]*)<\/label>/g)].map((m) => [m[1]!, m[2]!]));
  const radios = [...html.matchAll(/<input type="radio" id="([^"]+)" name="org_id" value="([^"]+)"/g)].map((m) => ({
    id: m[1]!,
    value: m[2]!,
    label: labels.get(m[1]!) ?? '',
  }));
  return { requestId, radios, action };
}

function parseConsent(html: string): { requestId: string; orgId: string; action: string; scopes: string[] } {
  const requestId = /name="request_id" value="([^"]+)"/.exec(html)?.[1];
  const orgId = /name="org_id" value="([^"]+)"/.exec(html)?.[1];
  const action = /<form method="post" action="([^"]+)">/.exec(html)?.[1];
  assert.ok(requestId && orgId && action, 'consent page has a form with request_id and org_id');
  assert.match(html, /<button type="submit" name="decision" value="accept">Accept<\/button>/);
  assert.match(html, /<button type="submit" name="decision" value="deny">Deny<\/button>/);
  const list = /<ul id="scopes">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
  const scopes = [...list.matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1]!);
  return { requestId, orgId, action, scopes };
}

interface FlowOptions {
  dc?: string;
  label?: string;
  decision?: 'accept' | 'deny';
  params?: Record<string, string>;
}

/** Drives the web flow over HTTP: auth page → choose org → consent → the 302 to the app. */
async function webFlow(emu: Emulator, c: TestClient, o: FlowOptions = {}): Promise<URL> {
  const dc = o.dc ?? 'com';
  const server = emu.dataCentres[dc]!.accountsServer;
  const auth = await fetch(
    authorizeUrl(emu, dc, {
      client_id: c.clientId,
      response_type: 'code',
      redirect_uri: REDIRECT,
      scope: 'ZohoCRM.modules.ALL,ZohoCRM.org.READ',
      access_type: 'offline',
      prompt: 'consent',
      state: 'st-123',
      ...o.params,
    }),
  );
  assert.equal(auth.status, 200);
  const chooser = parseChooser(await auth.text());
  const label = o.label ?? 'Acme Inc (production)';
  const radio = chooser.radios.find((r) => r.label === label);
  assert.ok(radio, `chooser offers "${label}"`);
  const consentRes = await postForm(server + chooser.action, { request_id: chooser.requestId, org_id: radio.value });
  assert.equal(consentRes.status, 200);
  const consent = parseConsent(await consentRes.text());
  const decided = await postForm(server + consent.action, {
    request_id: consent.requestId,
    org_id: consent.orgId,
    decision: o.decision ?? 'accept',
  });
  assert.equal(decided.status, 302, 'the decision redirects back to the app');
  return new URL(decided.headers.get('location')!);
}

async function exchange(emu: Emulator, c: TestClient, code: string, dc = 'com', extra: Record<string, string> = {}) {
  return tokenCall(emu, dc, {
    grant_type: 'authorization_code',
    client_id: c.clientId,
    client_secret: c.clientSecret,
    redirect_uri: REDIRECT,
    code,
    ...extra,
  });
}

async function refresh(emu: Emulator, c: TestClient, refreshToken: string, dc = 'com') {
  return tokenCall(emu, dc, {
    grant_type: 'refresh_token',
    client_id: c.clientId,
    client_secret: c.clientSecret,
    refresh_token: refreshToken,
  });
}

/** A refresh token for an org, the quick way (self-client code, no browser). */
async function selfClientTokens(emu: Emulator, c: TestClient, orgId = '700001', scopes = ['ZohoCRM.modules.ALL'], dc = 'com') {
  const code = emu.issueSelfClientCode({ clientId: c.clientId, scopes, orgId, dc });
  const r = await tokenCall(emu, dc, { grant_type: 'authorization_code', client_id: c.clientId, client_secret: c.clientSecret, code });
  assert.equal(r.status, 200);
  assert.ok(r.body.refresh_token, `self-client exchange gave a refresh token: ${JSON.stringify(r.body.error)}`);
  return r.body as { access_token: string; refresh_token: string };
}

// ---- tests ----------------------------------------------------------------------------

describe('data centres and seed', () => {
  let emu: Emulator;
  before(async () => {
    emu = await startEmulator();
  });
  after(() => emu.close());

  test('dataCentresJson has exactly location, accountsServer and apiDomains per dc', async () => {
    const parsed = JSON.parse(emu.dataCentresJson());
    assert.deepEqual(Object.keys(parsed), ['com', 'eu']);
    assert.equal(parsed.com.location, 'us');
    assert.equal(parsed.eu.location, 'eu');
    for (const dc of ['com', 'eu']) {
      assert.deepEqual(Object.keys(parsed[dc]).sort(), ['accountsServer', 'apiDomains', 'location']);
      assert.deepEqual(Object.keys(parsed[dc].apiDomains).sort(), ['developer', 'production', 'sandbox']);
      const urls = [parsed[dc].accountsServer, ...Object.values(parsed[dc].apiDomains)] as string[];
      for (const u of urls) assert.match(u, /^http:\/\/127\.0\.0\.1:\d+$/);
    }
    const all = ['com', 'eu'].flatMap((dc) => [parsed[dc].accountsServer, ...Object.values(parsed[dc].apiDomains)]);
    assert.equal(new Set(all).size, 8, 'every server has its own port');

    const dir = await mkdtemp(join(tmpdir(), 'emu-'));
    try {
      await emu.writeDataCentresFile(join(dir, 'dcs.json'));
      assert.deepEqual(JSON.parse(await readFile(join(dir, 'dcs.json'), 'utf8')), parsed);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('each dc has two portals with distinct ids across dcs', () => {
    const com = emu.portals('com');
    assert.deepEqual(
      com.map((p) => [p.id, p.name, p.orgs.map((o) => `${o.id} ${o.name} ${o.environment}`)]),
      [
        ['20001', 'Acme', ['700001 Acme Inc production', '700002 Acme Sandbox sandbox', '700003 Acme Dev developer']],
        ['20002', 'Globex', ['700011 Globex Corporation production', '700012 Globex Sandbox sandbox']],
      ],
    );
    const comIds = new Set(com.flatMap((p) => [p.id, ...p.orgs.map((o) => o.id)]));
    const euIds = emu.portals('eu').flatMap((p) => [p.id, ...p.orgs.map((o) => o.id)]);
    assert.equal(euIds.length, comIds.size);
    for (const id of euIds) assert.ok(!comIds.has(id), `eu id ${id} differs from com ids`);
    // portals() is a copy: editing it does not change the emulator.
    com[0]!.name = 'Changed';
    assert.equal(emu.portals('com')[0]!.name, 'Acme');
  });

  test('other data centres get Zoho locations', async () => {
    const e = await startEmulator({ dataCentres: ['com.au', 'com.cn', 'ca'] });
    try {
      assert.deepEqual(
        Object.entries(e.dataCentres).map(([dc, d]) => [dc, d.location]),
        [['com.au', 'au'], ['com.cn', 'cn'], ['ca', 'ca']],
      );
    } finally {
      await e.close();
    }
    await assert.rejects(startEmulator({ dataCentres: ['moon'] }), /unknown Zoho data centre/);
  });
});

describe('web flow', () => {
  let emu: Emulator;
  before(async () => {
    emu = await startEmulator();
  });
  after(() => emu.close());

  test('chooser → consent → callback → tokens → the API sees the chosen org and environment', async () => {
    const c = newClient(emu);
    const auth = await fetch(
      authorizeUrl(emu, 'com', {
        client_id: c.clientId,
        response_type: 'code',
        redirect_uri: REDIRECT,
        scope: 'ZohoCRM.modules.ALL,ZohoCRM.org.READ',
        access_type: 'offline',
        prompt: 'consent',
        state: 'xyz',
      }),
    );
    assert.equal(auth.status, 200);
    assert.match(auth.headers.get('content-type')!, /^text\/html/);
    const chooser = parseChooser(await auth.text());
    assert.deepEqual(
      chooser.radios.map((r) => r.label),
      ['Acme Inc (production)', 'Acme Sandbox (sandbox)', 'Acme Dev (developer)', 'Globex Corporation (production)', 'Globex Sandbox (sandbox)'],
    );

    const server = emu.dataCentres.com!.accountsServer;
    const sandbox = chooser.radios.find((r) => r.label === 'Acme Sandbox (sandbox)')!;
    const consentRes = await postForm(server + chooser.action, { request_id: chooser.requestId, org_id: sandbox.value });
    const consentHtml = await consentRes.text();
    const consent = parseConsent(consentHtml);
    assert.equal(consent.orgId, '700002');
    assert.deepEqual(consent.scopes, ['ZohoCRM.modules.ALL', 'ZohoCRM.org.READ']);
    assert.match(consentHtml, /<strong id="org-name">Acme Sandbox<\/strong> in <span id="environment">sandbox<\/span>/);

    const decided = await postForm(server + consent.action, { request_id: consent.requestId, org_id: consent.orgId, decision: 'accept' });
    assert.equal(decided.status, 302);
    const cb = new URL(decided.headers.get('location')!);
    assert.equal(`${cb.origin}${cb.pathname}`, REDIRECT);
    assert.equal(cb.searchParams.get('state'), 'xyz');
    assert.equal(cb.searchParams.get('location'), 'us');
    assert.equal(cb.searchParams.get('accounts-server'), server);
    assert.ok(decided.headers.get('location')!.includes(`accounts-server=${encodeURIComponent(server)}`), 'accounts-server is url-encoded');
    const code = cb.searchParams.get('code')!;
    assert.match(code, TOKEN_SHAPE);

    const t = await exchange(emu, c, code);
    assert.equal(t.status, 200);
    assert.deepEqual(Object.keys(t.body).sort(), ['access_token', 'api_domain', 'expires_in', 'refresh_token', 'token_type']);
    assert.match(t.body.access_token, TOKEN_SHAPE);
    assert.match(t.body.refresh_token, TOKEN_SHAPE);
    assert.equal(t.body.api_domain, emu.dataCentres.com!.apiDomains.production, 'api_domain is the production domain, as Zoho answers');
    assert.equal(t.body.token_type, 'Bearer');
    assert.equal(t.body.expires_in, 3600);

    const echo = await apiCall(emu, 'com', 'sandbox', '/crm/v8/Leads?page=2', t.body.access_token);
    assert.equal(echo.status, 200);
    assert.deepEqual(echo.body, {
      method: 'GET',
      path: '/crm/v8/Leads',
      query: { page: '2' },
      body: '',
      org: { id: '700002', name: 'Acme Sandbox' },
      portal: { id: '20001', name: 'Acme' },
      environment: 'sandbox',
      dc: 'com',
      scopes: ['ZohoCRM.modules.ALL', 'ZohoCRM.org.READ'],
    });
    assert.deepEqual(emu.liveRefreshTokens(c.clientId), [
      { clientId: c.clientId, dc: 'com', orgId: '700002', environment: 'sandbox', scopes: ['ZohoCRM.modules.ALL', 'ZohoCRM.org.READ'], activeAccessTokens: 1 },
    ]);
  });

  test('the eu data centre answers with its own location and accounts server', async () => {
    const c = newClient(emu, { homeDc: 'eu' });
    const cb = await webFlow(emu, c, { dc: 'eu', label: 'Globex Corporation (production)' });
    assert.equal(cb.searchParams.get('location'), 'eu');
    assert.equal(cb.searchParams.get('accounts-server'), emu.dataCentres.eu!.accountsServer);
    const t = await exchange(emu, c, cb.searchParams.get('code')!, 'eu');
    assert.equal(t.body.api_domain, emu.dataCentres.eu!.apiDomains.production);
    const echo = await apiCall(emu, 'eu', 'production', '/crm/v8/Deals', t.body.access_token);
    assert.equal(echo.body.org.id, '701011');
    assert.equal(echo.body.dc, 'eu');
  });

  test('Deny redirects with error=access_denied and the state; no state sent, none returned', async () => {
    const c = newClient(emu);
    const denied = await webFlow(emu, c, { decision: 'deny' });
    assert.equal(denied.searchParams.get('error'), 'access_denied');
    assert.equal(denied.searchParams.get('state'), 'st-123');
    assert.equal(denied.searchParams.get('code'), null);

    const accepted = await webFlow(emu, c, { params: { state: '' } });
    // An empty state is still a sent state; check the no-state case separately below.
    assert.equal(accepted.searchParams.get('state'), '');
    const url = authorizeUrl(emu, 'com', { client_id: c.clientId, response_type: 'code', redirect_uri: REDIRECT, scope: 'ZohoCRM.modules.ALL' });
    const chooser = parseChooser(await (await fetch(url)).text());
    const server = emu.dataCentres.com!.accountsServer;
    const consent = parseConsent(await (await postForm(server + chooser.action, { request_id: chooser.requestId, org_id: '700001' })).text());
    const res = await postForm(server + consent.action, { request_id: consent.requestId, org_id: '700001', decision: 'accept' });
    const cb = new URL(res.headers.get('location')!);
    assert.ok(cb.searchParams.has('code'));
    assert.equal(cb.searchParams.has('state'), false);

    // A finished request cannot be decided twice.
    const again = await postForm(server + consent.action, { request_id: consent.requestId, org_id: '700001', decision: 'accept' });
    assert.equal(again.status, 400);
    assert.match(await again.text(), /Invalid Request/);
  });

  test('unknown client and a client of another dc get an Invalid Client page, no redirect', async () => {
    const unknown = await fetch(
      authorizeUrl(emu, 'com', { client_id: '1000.NOPE', response_type: 'code', redirect_uri: REDIRECT, scope: 'ZohoCRM.modules.ALL' }),
      { redirect: 'manual' },
    );
    assert.equal(unknown.status, 400);
    assert.match(await unknown.text(), /<h1>Invalid Client<\/h1>/);

    const comOnly = newClient(emu);
    const wrongDc = await fetch(
      authorizeUrl(emu, 'eu', { client_id: comOnly.clientId, response_type: 'code', redirect_uri: REDIRECT, scope: 'ZohoCRM.modules.ALL' }),
      { redirect: 'manual' },
    );
    assert.equal(wrongDc.status, 400);
    assert.match(await wrongDc.text(), /Invalid Client/);

    const multi = newClient(emu, { multiDc: true });
    const cb = await webFlow(emu, multi, { dc: 'eu' });
    assert.ok(cb.searchParams.get('code'), 'a multi-DC client is served at another dc');
  });

  test('a redirect_uri that is not an exact match gets an Invalid Redirect Uri page, escaped', async () => {
    const c = newClient(emu);
    for (const bad of [`${REDIRECT}/`, 'http://127.0.0.1:53683/callback', '<script>x</script>']) {
      const res = await fetch(
        authorizeUrl(emu, 'com', { client_id: c.clientId, response_type: 'code', redirect_uri: bad, scope: 'ZohoCRM.modules.ALL' }),
        { redirect: 'manual' },
      );
      assert.equal(res.status, 400, bad);
      assert.equal(res.headers.get('location'), null);
      const html = await res.text();
      assert.match(html, /<h1>Invalid Redirect Uri<\/h1>/);
      assert.ok(!html.includes('<script>'), 'reflected values are escaped');
    }
    const missing = await fetch(authorizeUrl(emu, 'com', { client_id: c.clientId, response_type: 'code', scope: 'ZohoCRM.modules.ALL' }));
    assert.equal(missing.status, 400);
    assert.match(await missing.text(), /Invalid Redirect Uri/);
  });

  test('response_type other than code redirects back with unsupported_response_type', async () => {
    const c = newClient(emu);
    const res = await fetch(
      authorizeUrl(emu, 'com', { client_id: c.clientId, response_type: 'token', redirect_uri: REDIRECT, scope: 'ZohoCRM.modules.ALL', state: 's1' }),
      { redirect: 'manual' },
    );
    assert.equal(res.status, 302);
    const cb = new URL(res.headers.get('location')!);
    assert.equal(cb.searchParams.get('error'), 'unsupported_response_type');
    assert.equal(cb.searchParams.get('state'), 's1');
  });

  test('reflected scopes are HTML-escaped on the consent page; a missing org choice re-asks', async () => {
    const c = newClient(emu);
    const chooser = parseChooser(
      await (
        await fetch(authorizeUrl(emu, 'com', { client_id: c.clientId, response_type: 'code', redirect_uri: REDIRECT, scope: 'A<b>"x",ZohoCRM.org.READ' }))
      ).text(),
    );
    const server = emu.dataCentres.com!.accountsServer;
    const none = await postForm(server + chooser.action, { request_id: chooser.requestId });
    assert.equal(none.status, 400);
    assert.match(await none.text(), /Choose an org/);
    const html = await (await postForm(server + chooser.action, { request_id: chooser.requestId, org_id: '700001' })).text();
    assert.ok(html.includes('<li>A&#60;b&#62;&#34;x&#34;</li>'), 'scope is escaped');
    assert.ok(!html.includes('<b>'));
  });

  test('a code is single-use: the second exchange is invalid_code', async () => {
    const c = newClient(emu);
    const code = (await webFlow(emu, c)).searchParams.get('code')!;
    assert.ok((await exchange(emu, c, code)).body.access_token);
    assert.deepEqual((await exchange(emu, c, code)).body, { error: 'invalid_code' });
    assert.deepEqual((await exchange(emu, c, '1000.0123.4567')).body, { error: 'invalid_code' });
  });

  test('a web code expires after webCodeLifetimeSeconds of emulator time', async () => {
    const c = newClient(emu);
    const early = (await webFlow(emu, c)).searchParams.get('code')!;
    emu.advance(119_000);
    assert.ok((await exchange(emu, c, early)).body.access_token, 'still valid at 119 s');
    const late = (await webFlow(emu, c)).searchParams.get('code')!;
    emu.advance(120_000);
    const r = await exchange(emu, c, late);
    assert.equal(r.status, 200, 'token endpoint errors are HTTP 200');
    assert.deepEqual(r.body, { error: 'invalid_code' });
  });

  test('redirect_uri must repeat the authorization request: missing or different is invalid_redirect_uri', async () => {
    const c = newClient(emu, { redirectUris: [REDIRECT, 'http://localhost:9/cb'] });
    const code = (await webFlow(emu, c)).searchParams.get('code')!;
    const base = { grant_type: 'authorization_code', client_id: c.clientId, client_secret: c.clientSecret, code };
    assert.deepEqual((await tokenCall(emu, 'com', base)).body, { error: 'invalid_redirect_uri' });
    assert.deepEqual((await tokenCall(emu, 'com', { ...base, redirect_uri: 'http://localhost:9/cb' })).body, { error: 'invalid_redirect_uri' });
    // A failed attempt does not spend the code.
    assert.ok((await tokenCall(emu, 'com', { ...base, redirect_uri: REDIRECT })).body.access_token);
  });

  test('client errors: unknown client, wrong secret, and exchanging at the wrong dc', async () => {
    const c = newClient(emu, { multiDc: true });
    const code = (await webFlow(emu, c)).searchParams.get('code')!;
    assert.deepEqual((await exchange(emu, { clientId: '1000.UNKNOWN', clientSecret: 'x' }, code)).body, { error: 'invalid_client' });
    assert.deepEqual((await exchange(emu, { ...c, clientSecret: 'wrong' }, code)).body, { error: 'invalid_client_secret' });
    // A com code taken to the eu accounts server, even by a multi-DC client.
    assert.deepEqual((await exchange(emu, c, code, 'eu')).body, { error: 'invalid_client' });
    // A com-only client at eu.
    const comOnly = newClient(emu);
    assert.deepEqual((await exchange(emu, comOnly, code, 'eu')).body, { error: 'invalid_client' });
    // After all that, the right server still takes the code.
    assert.ok((await exchange(emu, c, code)).body.access_token);
  });

  test('PKCE: a code_challenge needs the matching code_verifier', async () => {
    const c = newClient(emu);
    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const params = { code_challenge: challenge, code_challenge_method: 'S256' };
    const code = (await webFlow(emu, c, { params })).searchParams.get('code')!;
    assert.deepEqual((await exchange(emu, c, code)).body, { error: 'invalid_code' });
    assert.deepEqual((await exchange(emu, c, code, 'com', { code_verifier: `${verifier}x` })).body, { error: 'invalid_code' });
    assert.ok((await exchange(emu, c, code, 'com', { code_verifier: verifier })).body.access_token);

    const plain = await fetch(
      authorizeUrl(emu, 'com', {
        client_id: c.clientId,
        response_type: 'code',
        redirect_uri: REDIRECT,
        scope: 'ZohoCRM.modules.ALL',
        code_challenge: verifier,
        code_challenge_method: 'plain',
      }),
      { redirect: 'manual' },
    );
    assert.equal(new URL(plain.headers.get('location')!).searchParams.get('error'), 'invalid_request');
  });

  test('refresh_token only for offline access, at the first consent or with prompt=consent', async () => {
    const c = newClient(emu);
    const online = (await webFlow(emu, c, { params: { access_type: 'online', prompt: '' } })).searchParams.get('code')!;
    const onlineTokens = (await exchange(emu, c, online)).body;
    assert.ok(onlineTokens.access_token);
    assert.equal('refresh_token' in onlineTokens, false, 'online access has no refresh token');

    const first = (await webFlow(emu, c, { params: { prompt: '' } })).searchParams.get('code')!;
    assert.ok((await exchange(emu, c, first)).body.refresh_token, 'first offline consent without prompt gives one');
    const second = (await webFlow(emu, c, { params: { prompt: '' } })).searchParams.get('code')!;
    const secondBody = (await exchange(emu, c, second)).body;
    assert.ok(secondBody.access_token);
    assert.equal('refresh_token' in secondBody, false, 'a later consent without prompt=consent gives none');
    const forced = (await webFlow(emu, c, { params: { prompt: 'consent' } })).searchParams.get('code')!;
    assert.ok((await exchange(emu, c, forced)).body.refresh_token);
  });

  test('codesPerClientPerMinute: the next Accept shows Access Denied until codeBlockMinutes pass', async (t) => {
    use(t, emu, { codesPerClientPerMinute: 2, codeBlockMinutes: 10 });
    const c = newClient(emu);
    await webFlow(emu, c);
    await webFlow(emu, c);
    await assert.rejects(webFlow(emu, c), /redirects back/);
    // What the browser sees on that Accept:
    const server = emu.dataCentres.com!.accountsServer;
    const chooser = parseChooser(
      await (await fetch(authorizeUrl(emu, 'com', { client_id: c.clientId, response_type: 'code', redirect_uri: REDIRECT, scope: 'ZohoCRM.modules.ALL' }))).text(),
    );
    const consent = parseConsent(await (await postForm(server + chooser.action, { request_id: chooser.requestId, org_id: '700001' })).text());
    const accept = await postForm(server + consent.action, { request_id: consent.requestId, org_id: '700001', decision: 'accept' });
    assert.equal(accept.status, 400);
    assert.match(await accept.text(), /Access Denied: too many requests/);
    emu.advance(9 * 60_000);
    await assert.rejects(webFlow(emu, c), /redirects back/, 'still blocked after 9 minutes');
    emu.advance(61_000 + 60_000);
    assert.ok((await webFlow(emu, c)).searchParams.get('code'), 'unblocked after the block');
    assert.ok((await webFlow(emu, newClient(emu))).searchParams.get('code'), 'other clients are not blocked');
  });
});

describe('self-client codes', () => {
  let emu: Emulator;
  before(async () => {
    emu = await startEmulator();
  });
  after(() => emu.close());

  test('exchange without redirect_uri gives tokens for the chosen org; refresh works', async () => {
    const c = newClient(emu, { selfClient: true, redirectUris: [] });
    const code = emu.issueSelfClientCode({ clientId: c.clientId, scopes: ['ZohoCRM.modules.ALL'], portalId: '20002', orgId: '700012' });
    assert.match(code, TOKEN_SHAPE);
    const t = await tokenCall(emu, 'com', { grant_type: 'authorization_code', client_id: c.clientId, client_secret: c.clientSecret, code });
    assert.ok(t.body.refresh_token);
    assert.equal(t.body.api_domain, emu.dataCentres.com!.apiDomains.production);
    const echo = await apiCall(emu, 'com', 'sandbox', '/crm/v8/Contacts', t.body.access_token);
    assert.deepEqual([echo.body.org, echo.body.portal, echo.body.environment], [{ id: '700012', name: 'Globex Sandbox' }, { id: '20002', name: 'Globex' }, 'sandbox']);
    assert.throws(() => emu.issueSelfClientCode({ clientId: c.clientId, scopes: ['a'], portalId: '20001', orgId: '700012' }), /not in portal/);
    assert.throws(() => emu.issueSelfClientCode({ clientId: c.clientId, scopes: ['a'], orgId: '999' }), /no org/);
  });

  test('a self-client code lives for its ttl (default 180 s)', async () => {
    const c = newClient(emu, { selfClient: true });
    const exchangeSelf = (code: string) =>
      tokenCall(emu, 'com', { grant_type: 'authorization_code', client_id: c.clientId, client_secret: c.clientSecret, code });
    const byDefault = emu.issueSelfClientCode({ clientId: c.clientId, scopes: ['ZohoCRM.modules.ALL'], orgId: '700001' });
    const tenMinutes = emu.issueSelfClientCode({ clientId: c.clientId, scopes: ['ZohoCRM.modules.ALL'], orgId: '700001', ttlSeconds: 600 });
    emu.advance(180_000);
    assert.deepEqual((await exchangeSelf(byDefault)).body, { error: 'invalid_code' });
    emu.advance(419_000);
    assert.ok((await exchangeSelf(tenMinutes)).body.access_token);
  });
});

describe('refresh, limits and legacy answers', () => {
  let emu: Emulator;
  before(async () => {
    emu = await startEmulator();
  });
  after(() => emu.close());

  test('a refresh answer has no refresh_token and the old one keeps working', async () => {
    const c = newClient(emu, { selfClient: true });
    const { refresh_token } = await selfClientTokens(emu, c);
    const r1 = await refresh(emu, c, refresh_token);
    assert.deepEqual(Object.keys(r1.body).sort(), ['access_token', 'api_domain', 'expires_in', 'token_type']);
    const r2 = await refresh(emu, c, refresh_token);
    assert.ok(r2.body.access_token);
    assert.notEqual(r1.body.access_token, r2.body.access_token);
    assert.deepEqual((await refresh(emu, c, '1000.unknown.token')).body, { error: 'invalid_code' });
    assert.deepEqual((await refresh(emu, { ...c, clientSecret: 'bad' }, refresh_token)).body, { error: 'invalid_client_secret' });
    assert.deepEqual((await refresh(emu, c, refresh_token, 'eu')).body, { error: 'invalid_client' });
  });

  test('legacyExpiresIn answers expires_in_sec and expires_in in milliseconds', async (t) => {
    use(t, emu, { legacyExpiresIn: true, accessTokenLifetimeSeconds: 1800 });
    const c = newClient(emu, { selfClient: true });
    const first = await selfClientTokens(emu, c);
    assert.equal((first as Json).expires_in_sec, 1800);
    assert.equal((first as Json).expires_in, 1_800_000);
    const r = await refresh(emu, c, first.refresh_token);
    assert.equal(r.body.expires_in_sec, 1800);
    assert.equal(r.body.expires_in, 1_800_000);
  });

  for (const throttleHttpStatus of [200, 400] as const) {
    test(`throttling after tokenCreationsPer10Min refreshes (HTTP ${throttleHttpStatus}), recovered 10 minutes later`, async (t) => {
      use(t, emu, { tokenCreationsPer10Min: 3, throttleHttpStatus });
      const c = newClient(emu, { selfClient: true });
      const { refresh_token } = await selfClientTokens(emu, c);
      for (let i = 0; i < 3; i++) assert.ok((await refresh(emu, c, refresh_token)).body.access_token, `refresh ${i + 1}`);
      const throttled = await refresh(emu, c, refresh_token);
      assert.equal(throttled.status, throttleHttpStatus);
      assert.deepEqual(throttled.body, {
        error: 'Access Denied',
        error_description: 'Token creation throttle limit reached. Please reuse the valid tokens you currently have.',
      });
      // Another refresh token of the same client is not throttled.
      const other = await selfClientTokens(emu, c, '700002');
      assert.ok((await refresh(emu, c, other.refresh_token)).body.access_token);
      emu.advance(9 * 60_000);
      assert.equal((await refresh(emu, c, refresh_token)).body.error, 'Access Denied', 'sliding window: still throttled at 9 min');
      emu.advance(60_000);
      assert.ok((await refresh(emu, c, refresh_token)).body.access_token, 'recovered after 10 minutes');
    });
  }

  test('beyond activeAccessTokensPerRefreshToken the oldest access token is deleted', async (t) => {
    use(t, emu, { activeAccessTokensPerRefreshToken: 3 });
    const c = newClient(emu, { selfClient: true });
    const first = await selfClientTokens(emu, c);
    const made = [first.access_token];
    for (let i = 0; i < 3; i++) made.push((await refresh(emu, c, first.refresh_token)).body.access_token);
    assert.equal((await apiCall(emu, 'com', 'production', '/crm/v8/Leads', made[0])).status, 401, 'the oldest is gone');
    for (const at of made.slice(1)) assert.equal((await apiCall(emu, 'com', 'production', '/crm/v8/Leads', at)).status, 200);
    assert.equal(emu.liveRefreshTokens(c.clientId)[0]!.activeAccessTokens, 3);
  });

  test('refreshTokensPerUserPerClient with delete-oldest: the oldest refresh token and its access tokens go', async (t) => {
    use(t, emu, { refreshTokensPerUserPerClient: 2, refreshTokenOverflow: 'delete-oldest' });
    const c = newClient(emu, { selfClient: true });
    const a = await selfClientTokens(emu, c, '700001');
    const b = await selfClientTokens(emu, c, '700002');
    const third = await selfClientTokens(emu, c, '700003');
    assert.deepEqual((await refresh(emu, c, a.refresh_token)).body, { error: 'invalid_code' });
    assert.equal((await apiCall(emu, 'com', 'production', '/crm/v8/Leads', a.access_token)).status, 401);
    assert.ok((await refresh(emu, c, b.refresh_token)).body.access_token);
    assert.ok((await refresh(emu, c, third.refresh_token)).body.access_token);
    assert.deepEqual(
      emu.liveRefreshTokens(c.clientId).map((r) => [r.orgId, r.environment]),
      [['700002', 'sandbox'], ['700003', 'developer']],
    );
  });

  test('refreshTokensPerUserPerClient with refuse: Access Denied and no new token', async (t) => {
    use(t, emu, { refreshTokensPerUserPerClient: 2, refreshTokenOverflow: 'refuse' });
    const c = newClient(emu, { selfClient: true });
    const a = await selfClientTokens(emu, c);
    await selfClientTokens(emu, c);
    const code = emu.issueSelfClientCode({ clientId: c.clientId, scopes: ['ZohoCRM.modules.ALL'], orgId: '700001' });
    const r = await tokenCall(emu, 'com', { grant_type: 'authorization_code', client_id: c.clientId, client_secret: c.clientSecret, code });
    assert.equal(r.status, 200);
    assert.equal(r.body.error, 'Access Denied');
    assert.equal(r.body.access_token, undefined);
    assert.equal(emu.liveRefreshTokens(c.clientId).length, 2);
    assert.ok((await refresh(emu, c, a.refresh_token)).body.access_token, 'the old ones still work');
  });

  test('rotateRefreshTokens: the answer carries a new refresh token and the old one is revoked', async (t) => {
    use(t, emu, { rotateRefreshTokens: true });
    const c = newClient(emu, { selfClient: true });
    const first = await selfClientTokens(emu, c);
    const r = await refresh(emu, c, first.refresh_token);
    assert.match(r.body.refresh_token, TOKEN_SHAPE);
    assert.notEqual(r.body.refresh_token, first.refresh_token);
    assert.deepEqual((await refresh(emu, c, first.refresh_token)).body, { error: 'invalid_code' });
    assert.ok((await refresh(emu, c, r.body.refresh_token)).body.access_token);
    assert.equal(emu.liveRefreshTokens(c.clientId).length, 1);
  });

  test('revokeRefreshToken (the user removed the app) makes refresh fail and resets first consent', async () => {
    const c = newClient(emu);
    const code = (await webFlow(emu, c, { params: { prompt: '' } })).searchParams.get('code')!;
    const t1 = (await exchange(emu, c, code)).body;
    emu.revokeRefreshToken(t1.refresh_token);
    assert.deepEqual((await refresh(emu, c, t1.refresh_token)).body, { error: 'invalid_code' });
    assert.equal((await apiCall(emu, 'com', 'production', '/crm/v8/Leads', t1.access_token)).status, 401);
    const again = (await webFlow(emu, c, { params: { prompt: '' } })).searchParams.get('code')!;
    assert.ok((await exchange(emu, c, again)).body.refresh_token, 'consent is first again');
    assert.throws(() => emu.revokeRefreshToken(t1.refresh_token), /unknown/);
  });
});

describe('token endpoint transport', () => {
  let emu: Emulator;
  before(async () => {
    emu = await startEmulator();
  });
  after(() => emu.close());

  test('parameters are read from the form body or the query string', async () => {
    const c = newClient(emu, { selfClient: true });
    const { refresh_token } = await selfClientTokens(emu, c);
    const params = new URLSearchParams({ grant_type: 'refresh_token', client_id: c.clientId, client_secret: c.clientSecret, refresh_token });
    const byQuery = await fetch(`${emu.dataCentres.com!.accountsServer}/oauth/v2/token?${params}`, { method: 'POST' });
    assert.equal(byQuery.status, 200);
    assert.ok(((await byQuery.json()) as Json).access_token);

    emu.requests.length = 0;
    const byForm = await tokenCall(emu, 'com', Object.fromEntries(params));
    assert.ok(byForm.body.access_token);
    const [rec] = emu.tokenRequests('refresh_token');
    assert.equal(emu.tokenRequests().length, 1);
    assert.equal(emu.tokenRequests('authorization_code').length, 0);
    assert.deepEqual(
      { dc: rec!.dc, server: rec!.server, method: rec!.method, path: rec!.path, status: rec!.status, form: rec!.form.client_id },
      { dc: 'com', server: 'accounts', method: 'POST', path: '/oauth/v2/token', status: 200, form: c.clientId },
    );
  });

  test('other grant types are unsupported_grant_type; other methods 405', async () => {
    const c = newClient(emu);
    assert.deepEqual((await tokenCall(emu, 'com', { grant_type: 'password', client_id: c.clientId })).body, { error: 'unsupported_grant_type' });
    assert.deepEqual((await tokenCall(emu, 'com', { client_id: c.clientId })).body, { error: 'unsupported_grant_type' });
    const get = await fetch(`${emu.dataCentres.com!.accountsServer}/oauth/v2/token`);
    assert.equal(get.status, 405);
  });

  test("tokenEndpointMode 'html' answers an HTML 502 page", async (t) => {
    use(t, emu, { tokenEndpointMode: 'html' });
    const res = await postForm(`${emu.dataCentres.com!.accountsServer}/oauth/v2/token`, { grant_type: 'refresh_token' });
    assert.equal(res.status, 502);
    assert.match(res.headers.get('content-type')!, /^text\/html/);
    assert.match(await res.text(), /502 Bad Gateway/);
  });

  test("tokenEndpointMode 'hang' never answers, and responseDelayMs delays the answer", async (t) => {
    use(t, emu, { tokenEndpointMode: 'hang' });
    const url = `${emu.dataCentres.com!.accountsServer}/oauth/v2/token`;
    await assert.rejects(postForm(url, { grant_type: 'x' }, { signal: AbortSignal.timeout(80) }), /abort|timeout/i);
    assert.equal(emu.tokenRequests().at(-1)!.status, 0, 'recorded, unanswered');

    emu.settings.tokenEndpointMode = 'normal';
    emu.settings.responseDelayMs = 60;
    const started = performance.now();
    const res = await postForm(url, { grant_type: 'x' });
    assert.ok(performance.now() - started >= 55, 'answer came after the delay');
    assert.deepEqual(await res.json(), { error: 'unsupported_grant_type' });
  });

  test('close() returns while a token request hangs', async () => {
    const e = await startEmulator({ dataCentres: ['com'], settings: { tokenEndpointMode: 'hang' } });
    const pending = postForm(`${e.dataCentres.com!.accountsServer}/oauth/v2/token`, { grant_type: 'x' });
    const outcome = pending.then(
      () => 'answered',
      () => 'cut',
    );
    await new Promise((r) => setTimeout(r, 20));
    await e.close();
    assert.equal(await outcome, 'cut');
  });
});

describe('revocation', () => {
  let emu: Emulator;
  before(async () => {
    emu = await startEmulator();
  });
  after(() => emu.close());

  test('revoking a refresh token revokes its access tokens; unknown tokens get HTTP 400', async () => {
    const c = newClient(emu, { selfClient: true });
    const t1 = await selfClientTokens(emu, c);
    const second = (await refresh(emu, c, t1.refresh_token)).body.access_token as string;
    const server = emu.dataCentres.com!.accountsServer;

    const ok = await fetch(`${server}/oauth/v2/token/revoke?token=${encodeURIComponent(t1.refresh_token)}`, { method: 'POST' });
    assert.equal(ok.status, 200);
    assert.deepEqual(await ok.json(), { status: 'success' });
    for (const at of [t1.access_token, second]) {
      assert.equal((await apiCall(emu, 'com', 'production', '/crm/v8/Leads', at)).status, 401);
    }
    assert.deepEqual((await refresh(emu, c, t1.refresh_token)).body, { error: 'invalid_code' });

    const again = await fetch(`${server}/oauth/v2/token/revoke?token=${encodeURIComponent(t1.refresh_token)}`, { method: 'POST' });
    assert.equal(again.status, 400);
    assert.equal(((await again.json()) as Json).status, 'failure');
  });

  test('an access token can be revoked alone, with the token in the form body', async () => {
    const c = newClient(emu, { selfClient: true });
    const t1 = await selfClientTokens(emu, c);
    const res = await postForm(`${emu.dataCentres.com!.accountsServer}/oauth/v2/token/revoke`, { token: t1.access_token });
    assert.deepEqual([res.status, await res.json()], [200, { status: 'success' }]);
    assert.equal((await apiCall(emu, 'com', 'production', '/crm/v8/Leads', t1.access_token)).status, 401);
    assert.ok((await refresh(emu, c, t1.refresh_token)).body.access_token, 'the refresh token lives on');
  });
});

describe('API servers', () => {
  let emu: Emulator;
  before(async () => {
    emu = await startEmulator();
  });
  after(() => emu.close());

  const INVALID_TOKEN = { code: 'INVALID_TOKEN', details: {}, message: 'invalid oauth token', status: 'error' };

  test('/crm/v8/org needs an org or settings scope; modules.ALL is not enough', async () => {
    const c = newClient(emu, { selfClient: true });
    const modulesOnly = await selfClientTokens(emu, c, '700001', ['ZohoCRM.modules.ALL']);
    const denied = await apiCall(emu, 'com', 'production', '/crm/v8/org', modulesOnly.access_token);
    assert.equal(denied.status, 401);
    assert.deepEqual(denied.body, { code: 'OAUTH_SCOPE_MISMATCH', details: {}, message: 'invalid oauth scope to access this URL', status: 'error' });

    for (const scope of ['ZohoCRM.org.READ', 'ZohoCRM.settings.ALL', 'zohocrm.settings.read', 'ZohoCRM.org.ALL']) {
      const t = await selfClientTokens(emu, c, '700003', ['ZohoCRM.modules.ALL', scope]);
      const r = await apiCall(emu, 'com', 'developer', '/crm/v2/org', t.access_token);
      assert.equal(r.status, 200, scope);
      assert.equal(r.body.org.length, 1);
      const org = r.body.org[0];
      assert.deepEqual([org.id, org.company_name, org.type], ['700003', 'Acme Dev', 'developer']);
      assert.ok(org.primary_email && org.domain_name && org.zgid);
    }
  });

  test('INVALID_TOKEN: missing, unknown, expired, other environment, other dc; Bearer also accepted', async () => {
    const c = newClient(emu, { selfClient: true, multiDc: true });
    const prod = await selfClientTokens(emu, c, '700001');
    assert.deepEqual(await apiCall(emu, 'com', 'production', '/crm/v8/Leads', undefined), { status: 401, body: INVALID_TOKEN });
    assert.deepEqual(await apiCall(emu, 'com', 'production', '/crm/v8/Leads', '1000.nope.nope'), { status: 401, body: INVALID_TOKEN });
    assert.deepEqual(await apiCall(emu, 'com', 'sandbox', '/crm/v8/Leads', prod.access_token), { status: 401, body: INVALID_TOKEN });
    assert.deepEqual(await apiCall(emu, 'eu', 'production', '/crm/v8/Leads', prod.access_token), { status: 401, body: INVALID_TOKEN });
    const bearer = await apiCall(emu, 'com', 'production', '/crm/v8/Leads', undefined, { headers: { authorization: `Bearer ${prod.access_token}` } });
    assert.equal(bearer.status, 200);

    emu.advance(3599_000);
    assert.equal((await apiCall(emu, 'com', 'production', '/crm/v8/Leads', prod.access_token)).status, 200);
    emu.advance(1_000);
    assert.deepEqual(await apiCall(emu, 'com', 'production', '/crm/v8/Leads', prod.access_token), { status: 401, body: INVALID_TOKEN });
    assert.equal(emu.liveRefreshTokens(c.clientId)[0]!.activeAccessTokens, 0);
  });

  test('the echo returns method, JSON or raw body, and records the request', async () => {
    const c = newClient(emu, { selfClient: true });
    const t = await selfClientTokens(emu, c, '700011');
    emu.requests.length = 0;
    const json = await apiCall(emu, 'com', 'production', '/crm/v8/Leads', t.access_token, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: [{ Last_Name: 'Doe' }] }),
    });
    assert.deepEqual([json.body.method, json.body.body, json.body.org, json.body.portal], [
      'POST',
      { data: [{ Last_Name: 'Doe' }] },
      { id: '700011', name: 'Globex Corporation' },
      { id: '20002', name: 'Globex' },
    ]);
    const raw = await apiCall(emu, 'com', 'production', '/crm/v8/Notes', t.access_token, { method: 'PUT', body: 'plain text' });
    assert.equal(raw.body.body, 'plain text');
    assert.deepEqual(
      emu.requests.map((r) => [r.server, r.environment, r.method, r.path, r.status]),
      [
        ['api', 'production', 'POST', '/crm/v8/Leads', 200],
        ['api', 'production', 'PUT', '/crm/v8/Notes', 200],
      ],
    );
  });
});
