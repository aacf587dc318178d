// Which profile --profile and --org select, through the built CLI: --org matches the profile's
// name or the org it records (the name given at login, Zoho's org name, its id), conflicting
// flags are a usage error, and names may be written in any script.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { makeSandbox, runCli } from './helpers/cli.js';
import { type SeededProfile, seedProfile } from './helpers/seed.js';

let sb: Awaited<ReturnType<typeof makeSandbox>>;
let acme: SeededProfile;
let sandbox: SeededProfile;
let zurich: SeededProfile;

before(async () => {
  await runCli(['--version']).then((r) => assert.equal(r.code, 0, 'build first: node scripts/build.mjs'));
  sb = await makeSandbox();
  acme = await seedProfile(sb.env, 'acme', { store: 'file', orgId: '700001', orgName: 'Acme Inc' });
  sandbox = await seedProfile(sb.env, 'sb', { store: 'file', org: 'acme-sandbox', orgId: '700002', orgName: 'Acme Sandbox', environment: 'sandbox' });
  zurich = await seedProfile(sb.env, 'Zürich', { store: 'file', orgId: '700099', orgName: 'Zürich AG' });
});
after(() => sb.cleanup());

const token = (...args: string[]) => runCli(['token', ...args], { env: sb.env });

test('--org matches the profile name, the org named at login, Zoho\'s org name in any case, and the org id', async () => {
  for (const [args, expected] of [
    [['--org', 'acme'], acme],
    [['--org', 'acme-sandbox'], sandbox],
    [['--org', 'Acme Inc'], acme],
    [['--org', 'acme sandbox'], sandbox],
    [['--org', '700002'], sandbox],
    [['--profile', 'sb'], sandbox],
    [['--org', 'Acme Sandbox', '--profile', 'sb'], sandbox],
  ] as const) {
    const r = await token(...args);
    assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.stdout, `${expected.credential.accessToken}\n`, args.join(' '));
  }
});

test('--org and --profile naming two different profiles is a usage error, not a silent pick', async () => {
  const r = await token('--org', 'Acme Inc', '--profile', 'sb');
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /--org Acme Inc and --profile sb name different profiles/);
  assert.match(r.stderr, /--org Acme Inc is profile acme; give one of the two flags/);
  for (const command of [['status'], ['refresh'], ['exec', '--org', 'acme', '--profile', 'sb', '--', 'true']]) {
    const args = command[0] === 'exec' ? command : [...command, '--org', 'acme', '--profile', 'sb'];
    const other = await runCli(args, { env: sb.env });
    assert.equal(other.code, 2, `${args.join(' ')}: ${other.stderr}`);
  }
});

test('an --org no profile records exits 3; one several profiles record asks for --profile (exit 2)', async () => {
  const none = await token('--org', 'Globex');
  assert.equal(none.code, 3);
  assert.match(none.stderr, /no profile for org "Globex"/);
  assert.match(none.stderr, /known profiles: acme, sb, Zürich/);

  const twin = await makeSandbox();
  await seedProfile(twin.env, 'one', { store: 'file', orgName: 'Initech', orgId: '1' });
  await seedProfile(twin.env, 'two', { store: 'file', orgName: 'Initech', orgId: '2' });
  const both = await runCli(['token', '--org', 'Initech'], { env: twin.env });
  assert.equal(both.code, 2);
  assert.match(both.stderr, /--org Initech matches several profiles: one, two/);
  await twin.cleanup();
});

test('names in any script: --org Zürich, composed or decomposed, selects the same profile', async () => {
  for (const spelling of ['Zürich', 'Zu\u0308rich']) {
    const r = await token('--org', spelling);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, `${zurich.credential.accessToken}\n`);
  }
  const list = await runCli(['list'], { env: sb.env });
  assert.match(list.stdout, /^Zürich\s+zoho/m);
  const bad = await runCli(['use', 'Zürich!'], { env: sb.env });
  assert.equal(bad.code, 3);
});

test('logout --org removes the profile that records the org', async () => {
  const scratch = await makeSandbox();
  await seedProfile(scratch.env, 'acme', { store: 'file', orgId: '700001', orgName: 'Acme Inc' });
  const r = await runCli(['logout', '--org', 'Acme Inc', '--local'], { env: scratch.env });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /Logged out of acme/);
  assert.equal((await runCli(['list', '--json'], { env: scratch.env })).stdout, '[]\n');
  await scratch.cleanup();
});
