import assert from 'node:assert/strict';
import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { decodeCredential } from '../src/secrets/credential.js';
import { makeSandbox, runCli } from './helpers/cli.js';
import { assertNoSecrets, type SeededProfile, seedProfile, secretsOf } from './helpers/seed.js';

type Sandbox = Awaited<ReturnType<typeof makeSandbox>>;

const mode = async (path: string) => (await stat(path)).mode & 0o777;

describe('file store (secrets.json)', () => {
  let sb: Sandbox;
  let secretsFile: string;
  let configFile: string;

  beforeEach(async () => {
    sb = await makeSandbox();
    // No session bus anywhere, so nothing here can reach a real keychain.
    const runtime = join(sb.home, 'run');
    await mkdir(runtime, { mode: 0o700 });
    sb.env.XDG_RUNTIME_DIR = runtime;
    secretsFile = join(sb.configDir, 'secrets.json');
    configFile = join(sb.configDir, 'config.json');
  });
  afterEach(() => sb.cleanup());

  const seed = (name: string, makeDefault = false) => seedProfile(sb.env, name, { store: 'file', makeDefault });

  const readSecrets = async () => JSON.parse(await readFile(secretsFile, 'utf8')) as { version: number; secrets: Record<string, string> };

  const assertStored = (secrets: Record<string, string>, s: SeededProfile) => {
    const value = secrets[s.profile.key];
    assert.ok(value !== undefined, `no entry for ${s.profile.key} in secrets.json`);
    const read = decodeCredential(s.name, value);
    assert.ok(
      read.refreshToken === s.credential.refreshToken && read.accessToken === s.credential.accessToken,
      `the entry for ${s.profile.key} in secrets.json is not the stored credential`,
    );
  };

  /** Fails when any line of `file` shows up in `text`: a broken file must be named, never quoted. */
  const assertNotEchoed = (text: string, file: string) => {
    const echoed = file
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length >= 8 && text.includes(l));
    assert.equal(echoed.length, 0, `${echoed.length} line(s) of secrets.json were echoed`);
  };

  test('a file-store profile: secrets.json is 0600 in a 0700 folder, holds the tokens, and list shows store file', async () => {
    const alpha = await seed('alpha');

    assert.equal(await mode(sb.configDir), 0o700);
    assert.equal(await mode(secretsFile), 0o600);
    const content = await readSecrets();
    assert.equal(content.version, 1);
    assert.deepEqual(Object.keys(content.secrets), [alpha.profile.key]);
    assertStored(content.secrets, alpha);

    const table = await runCli(['list'], { env: sb.env });
    const json = await runCli(['list', '--json'], { env: sb.env });

    for (const r of [table, json]) assertNoSecrets(r.stdout + r.stderr, secretsOf(alpha), 'list output');
    assert.equal(table.code, 0, table.stderr);
    const [header, row] = table.stdout.trimEnd().split('\n');
    assert.equal(row!.slice(header!.indexOf('STORE')).trim(), 'file');
    assert.deepEqual(
      (JSON.parse(json.stdout) as { profile: string; store: string }[]).map((p) => [p.profile, p.store]),
      [['alpha', 'file']],
    );
  });

  test('logout NAME removes its entry from secrets.json and keeps the others as they were', async () => {
    const alpha = await seed('alpha', true);
    const beta = await seed('beta');
    const betaBefore = (await readSecrets()).secrets[beta.profile.key];

    const r = await runCli(['logout', 'alpha', '--local'], { env: sb.env });

    assertNoSecrets(r.stdout + r.stderr, secretsOf(alpha, beta), 'logout output');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `Logged out of alpha: refresh token not revoked (--local); secrets deleted from ${secretsFile}.\n`);
    const after = await readSecrets();
    assert.deepEqual(Object.keys(after.secrets), [beta.profile.key]);
    assert.ok(after.secrets[beta.profile.key] === betaBefore, "beta's entry changed");
    assert.equal(await mode(secretsFile), 0o600);
    assert.deepEqual((await readdir(sb.configDir)).sort(), ['config.json', 'secrets.json']);
    const list = JSON.parse((await runCli(['list', '--json'], { env: sb.env })).stdout) as { profile: string; default: boolean }[];
    assert.deepEqual(list.map((p) => [p.profile, p.default]), [['beta', false]]);
  });

  test('a secrets.json others can read is tightened to 0600, with a warning naming it', async () => {
    await seed('alpha');
    const beta = await seed('beta');
    await chmod(secretsFile, 0o644);

    const r = await runCli(['logout', 'alpha', '--local'], { env: sb.env });

    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stderr.includes(`warning: ${secretsFile} was readable by others (mode 644); tightened it to 600`), r.stderr);
    assert.equal(await mode(secretsFile), 0o600);
    assertStored((await readSecrets()).secrets, beta);
  });

  test('a secrets.json with a syntax error: logout exits 1 naming the file and line, changes nothing, echoes nothing', async () => {
    const alpha = await seed('alpha', true);
    const beta = await seed('beta');
    // Break beta's line: its value loses the quote that opens the string.
    const lines = (await readFile(secretsFile, 'utf8')).split('\n');
    const broken = lines.findIndex((l) => l.includes(`"${beta.profile.key}": "`));
    assert.ok(broken > 0);
    lines[broken] = lines[broken]!.replace(`"${beta.profile.key}": "`, `"${beta.profile.key}": `);
    await writeFile(secretsFile, lines.join('\n'), { mode: 0o600 });
    const before = await readFile(secretsFile);
    const configBefore = await readFile(configFile);

    const r = await runCli(['logout', 'alpha', '--local'], { env: sb.env });

    assertNoSecrets(r.stdout + r.stderr, secretsOf(alpha, beta), 'logout output');
    assertNotEchoed(r.stderr, before.toString('utf8'));
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^authctl: could not delete the secrets of profile "alpha" from /);
    assert.ok(r.stderr.includes(`${secretsFile} is not valid JSON at line ${broken + 1},`), r.stderr);
    assert.match(r.stderr, /the profile is kept/);
    assert.deepEqual(await readFile(secretsFile), before);
    assert.deepEqual(await readFile(configFile), configBefore);
    assert.deepEqual((await readdir(sb.configDir)).sort(), ['config.json', 'secrets.json']);
  });

  test('a secrets.json that is JSON but not a secrets file: doctor fails the file store and names the file', async () => {
    const alpha = await seed('alpha');
    // Plausible damage: the entries moved to the top level.
    const { secrets } = await readSecrets();
    await writeFile(secretsFile, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
    const before = await readFile(secretsFile);

    const doctor = await runCli(['doctor'], { env: sb.env });
    const logout = await runCli(['logout', 'alpha', '--local'], { env: sb.env });

    for (const r of [doctor, logout]) {
      assertNoSecrets(r.stdout + r.stderr, secretsOf(alpha), 'doctor and logout output');
      assertNotEchoed(r.stdout + r.stderr, before.toString('utf8'));
    }
    // Without a keychain the file store is the only one left, so doctor fails.
    assert.equal(doctor.code, 1);
    assert.match(doctor.stdout, new RegExp(`^FAIL {2}file store {6}unavailable: .*${secretsFile.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is not an authctl secrets file`, 'm'));
    assert.equal(logout.code, 1);
    assert.ok(logout.stderr.includes(`${secretsFile} is not an authctl secrets file`), logout.stderr);
    assert.deepEqual(await readFile(secretsFile), before);
    const list = JSON.parse((await runCli(['list', '--json'], { env: sb.env })).stdout) as { profile: string }[];
    assert.deepEqual(list.map((p) => p.profile), ['alpha']);
  });
});
