import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmod, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { BIN, makeSandbox, ROOT, runCli, type CliResult } from './helpers/cli.js';
import { assertNoSecrets, seedProfile, secretsOf } from './helpers/seed.js';

type Sandbox = Awaited<ReturnType<typeof makeSandbox>>;

const mode = async (path: string) => (await stat(path)).mode & 0o777;
const ESC = '\x1b';
/** The index of the last line containing `text` (ES2022 has no findLastIndex). */
const lastLineWith = (lines: string[], text: string) => lines.map((l) => l.includes(text)).lastIndexOf(true);

/** Runs authctl on a real pseudo-terminal (util-linux `script`), for colour checks. */
function runOnTty(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const command = [process.execPath, BIN, ...args].map(quote).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

describe('config.json', () => {
  let sb: Sandbox;
  let configFile: string;
  beforeEach(async () => {
    sb = await makeSandbox();
    configFile = join(sb.configDir, 'config.json');
  });
  afterEach(() => sb.cleanup());

  test('a syntax error: list exits 1 naming the file and line, prints nothing on stdout, and leaves the file as it was', async () => {
    await seedProfile(sb.env, 'alpha', { store: 'file' });
    await seedProfile(sb.env, 'beta', { store: 'file' });
    const lines = (await readFile(configFile, 'utf8')).split('\n');
    // Break the second profile's environment: a bare word instead of a string.
    const broken = lastLineWith(lines, '"environment": "production"');
    assert.ok(broken > 0);
    lines[broken] = lines[broken]!.replace('"production"', 'production');
    await writeFile(configFile, lines.join('\n'));
    const before = await readFile(configFile);

    const r = await runCli(['list'], { env: sb.env });

    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    const [first, hint] = r.stderr.split('\n');
    assert.match(first!, /^authctl: /);
    assert.ok(first!.includes(`${configFile} is not valid JSON at line ${broken + 1},`), first);
    assert.match(hint!, /^ {2}\S/);
    assert.deepEqual(await readFile(configFile), before);
  });

  test('a syntax error: use refuses to write and does not replace the broken file', async () => {
    await seedProfile(sb.env, 'alpha', { store: 'file' });
    const lines = (await readFile(configFile, 'utf8')).split('\n');
    const broken = lines.findIndex((l) => l.includes('"dc": "com"'));
    lines[broken] = lines[broken]!.replace('"com"', "'com'");
    await writeFile(configFile, lines.join('\n'));
    const before = await readFile(configFile);

    const r = await runCli(['use', 'alpha'], { env: sb.env });

    assert.equal(r.code, 1);
    assert.ok(r.stderr.includes(`${configFile} is not valid JSON at line ${broken + 1},`), r.stderr);
    assert.deepEqual(await readFile(configFile), before);
    assert.deepEqual((await readdir(sb.configDir)).sort(), ['config.json', 'secrets.json']);
  });

  test('a schema violation names the file, the line and the field', async () => {
    await seedProfile(sb.env, 'alpha', { store: 'file' });
    await seedProfile(sb.env, 'beta', { store: 'file' });
    const lines = (await readFile(configFile, 'utf8')).split('\n');
    const bad = lastLineWith(lines, '"environment": "production"');
    lines[bad] = lines[bad]!.replace('"production"', '"staging"');
    await writeFile(configFile, lines.join('\n'));
    const before = await readFile(configFile);

    const r = await runCli(['list', '--json'], { env: sb.env });

    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    const column = lines[bad]!.indexOf('"staging"') + 1;
    assert.ok(
      r.stderr.startsWith(
        `authctl: ${configFile} is not a valid authctl config at line ${bad + 1}, column ${column}: profiles.beta.environment must be one of `,
      ),
      r.stderr,
    );
    assert.match(r.stderr.split('\n')[0]!, /production/);
    assert.deepEqual(await readFile(configFile), before);
  });

  test('a config folder and file others can read are tightened to 0700/0600, with a warning naming each path', async () => {
    await seedProfile(sb.env, 'alpha', { store: 'file' });
    await chmod(sb.configDir, 0o755);
    await chmod(configFile, 0o644);

    const r = await runCli(['list'], { env: sb.env });

    assert.equal(r.code, 0);
    assert.equal(await mode(sb.configDir), 0o700);
    assert.equal(await mode(configFile), 0o600);
    const warnings = r.stderr.split('\n').filter((l) => l.startsWith('warning: '));
    assert.equal(warnings.length, 2, r.stderr);
    assert.ok(warnings.some((w) => w.includes(`${sb.configDir} was readable by others (mode 755)`)), r.stderr);
    assert.ok(warnings.some((w) => w.includes(`${configFile} was readable by others (mode 644)`)), r.stderr);
    assert.match(r.stdout, /^alpha/m);

    // Once tight, there is nothing more to say.
    const again = await runCli(['list'], { env: sb.env });
    assert.equal(again.stderr, '');
  });

  test('use NAME sets the default with an atomic replace: a new 0600 file, no temp or lock left behind', async () => {
    await seedProfile(sb.env, 'alpha', { store: 'file', makeDefault: true });
    await seedProfile(sb.env, 'beta', { store: 'file' });
    const inodeBefore = (await stat(configFile)).ino;

    const r = await runCli(['use', 'beta'], { env: sb.env });

    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /Default profile is now beta\./);
    const written = JSON.parse(await readFile(configFile, 'utf8'));
    assert.equal(written.defaultProfile, 'beta');
    assert.deepEqual(Object.keys(written.profiles).sort(), ['alpha', 'beta']);
    // A rename puts a new file in place; writing in place would keep the inode.
    assert.notEqual((await stat(configFile)).ino, inodeBefore);
    assert.deepEqual((await readdir(sb.configDir)).sort(), ['config.json', 'secrets.json']);
    assert.equal(await mode(configFile), 0o600);
    assert.equal(await mode(sb.configDir), 0o700);

    const list = JSON.parse((await runCli(['list', '--json'], { env: sb.env })).stdout) as { profile: string; default: boolean }[];
    assert.deepEqual(list.filter((p) => p.default).map((p) => p.profile), ['beta']);
  });

  test('use of an unknown profile exits 3, names the known profiles and changes nothing', async () => {
    await seedProfile(sb.env, 'alpha', { store: 'file', makeDefault: true });
    await seedProfile(sb.env, 'beta', { store: 'file' });
    const before = await readFile(configFile);

    const r = await runCli(['use', 'gamma'], { env: sb.env });

    assert.equal(r.code, 3);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'authctl: no profile named "gamma"\n  known profiles: alpha, beta\n');
    assert.deepEqual(await readFile(configFile), before);
  });
});

describe('command line', () => {
  let sb: Sandbox;
  beforeEach(async () => {
    sb = await makeSandbox();
  });
  afterEach(() => sb.cleanup());

  test('--version and -V print the version from package.json', async () => {
    const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
    for (const flag of ['--version', '-V']) {
      const r = await runCli([flag], { env: sb.env });
      assert.equal(r.code, 0);
      assert.equal(r.stdout, `${version}\n`);
      assert.equal(r.stderr, '');
    }
  });

  for (const command of ['list', 'use', 'logout', 'doctor']) {
    test(`${command} --help shows usage and an example`, async () => {
      const r = await runCli([command, '--help'], { env: sb.env });
      assert.equal(r.code, 0);
      assert.match(r.stdout, new RegExp(`^Usage: authctl ${command}\\b`, 'm'));
      assert.match(r.stdout, /^Examples:$/m);
      assert.match(r.stdout, new RegExp(`^ {2}\\$ authctl ${command}\\b`, 'm'));
      assert.equal(r.stderr, '');
    });
  }

  test('--help lists every command', async () => {
    const r = await runCli(['--help'], { env: sb.env });
    assert.equal(r.code, 0);
    for (const command of ['list', 'use', 'logout', 'doctor']) assert.match(r.stdout, new RegExp(`^ {2}${command}\\b`, 'm'));
  });

  const usageErrors: [string[], RegExp][] = [
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['use'], /missing required argument 'name'/],
    [['list', '--jsn'], /unknown option '--jsn'/],
    [['logout'], /^authctl: which profile\?\n {2}authctl logout NAME, or authctl logout --all\n$/],
    [['logout', 'alpha', '--all'], /^authctl: give a profile name or --all, not both\n$/],
    // token's own flags are read by its fast path first: a missing value must still be commander's error.
    [['token', '--org'], /option '--org <org>' argument missing/],
    [['token', '-p'], /option '-p, --profile <name>' argument missing/],
    [['token', '--min-ttl'], /option '--min-ttl <seconds>' argument missing/],
    [['token', '--min-ttl', 'soon'], /--min-ttl takes a whole number of seconds, not "soon"/],
    [['token', '--header', '--json'], /--header and --json cannot be combined/],
    [['token', '--bogus'], /unknown option '--bogus'/],
  ];
  for (const [args, message] of usageErrors) {
    test(`usage error exits 2: authctl ${args.join(' ')}`, async () => {
      const r = await runCli(args, { env: sb.env });
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message);
    });
  }

  test('list --json is a JSON array of the profiles on stdout, with no secret anywhere', async () => {
    const alpha = await seedProfile(sb.env, 'alpha', { store: 'file', makeDefault: true });
    const beta = await seedProfile(sb.env, 'beta', { store: 'file', environment: 'sandbox' });

    const r = await runCli(['list', '--json'], { env: sb.env });

    assertNoSecrets(r.stdout, secretsOf(alpha, beta), 'stdout');
    assertNoSecrets(r.stderr, secretsOf(alpha, beta), 'stderr');
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '');
    const list = JSON.parse(r.stdout);
    assert.ok(Array.isArray(list));
    assert.deepEqual(
      list.map((p: Record<string, unknown>) => [p.profile, p.default, p.environment, p.store, p.accessTokenExpiresAt]),
      [
        ['alpha', true, 'production', 'file', alpha.profile.accessTokenExpiresAt],
        ['beta', false, 'sandbox', 'file', beta.profile.accessTokenExpiresAt],
      ],
    );
    // Where a profile's secret lives is not shown either.
    for (const p of list) assert.ok(!('key' in p));
  });

  test('list --json with no profiles prints []', async () => {
    const r = await runCli(['list', '--json'], { env: sb.env });
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.stdout), []);
  });

  test('list with no profiles says how to log in, on stderr', async () => {
    const r = await runCli(['list'], { env: sb.env });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /No profiles yet.*authctl login/);
  });

  test('list shows an aligned table with a marker on the default profile', async () => {
    const alpha = await seedProfile(sb.env, 'alpha', { store: 'file' });
    const beta = await seedProfile(sb.env, 'beta', { store: 'file', expiresInMinutes: -300 });
    await runCli(['use', 'beta'], { env: sb.env });

    const r = await runCli(['list'], { env: sb.env });

    assertNoSecrets(r.stdout + r.stderr, secretsOf(alpha, beta), 'list output');
    assert.equal(r.code, 0);
    const [header, ...rows] = r.stdout.trimEnd().split('\n');
    const columns = ['NAME', 'PROVIDER', 'DC', 'PORTAL', 'ORG', 'ENV', 'SCOPES', 'ACCESS TOKEN', 'STORE'];
    assert.deepEqual(header!.split(/ {2,}/), columns);
    // Cut each row at the header's column starts: cells must line up under their titles.
    const starts = columns.map((c) => header!.indexOf(c));
    const cells = rows.map((row) => starts.map((s, i) => row.slice(s, starts[i + 1]).trim()));
    assert.deepEqual(cells, [
      ['alpha', 'zoho', 'com', '-', 'alpha', 'production', 'ZohoCRM.modules.ALL,ZohoCRM.settings.READ', 'in 60 min', 'file'],
      ['beta *', 'zoho', 'com', '-', 'beta', 'production', 'ZohoCRM.modules.ALL,ZohoCRM.settings.READ', 'expired 5 h ago', 'file'],
    ]);
  });

  test('status columns line up on a colour terminal: colour codes take no width', async () => {
    await seedProfile(sb.env, 'alpha', { store: 'file' });
    await seedProfile(sb.env, 'beta-long-name', { store: 'file', expiresInMinutes: -300 });
    await runCli(['client', 'add', 'default', '--client-id', '1000.X', '--client-secret-stdin', '--store', 'file'], { env: sb.env, input: 'secret' });
    const r = await runOnTty(['status'], sb.env);
    assert.equal(r.code, 0, r.stdout);
    assert.ok(r.stdout.includes(`${ESC}[32mvalid`), 'the state is coloured (so alignment is tested with escapes in the cells)');
    const [header, ...rows] = stripVTControlCharacters(r.stdout).replace(/\r/g, '').trimEnd().split('\n');
    const starts = ['STATE', 'STORE', 'DETAIL'].map((c) => header!.indexOf(c));
    for (const row of rows) {
      for (const start of starts) assert.match(row.slice(start - 2, start + 1), /^ {2}\S$/, `a cell starts under its title in:\n${header}\n${row}`);
    }
    assert.deepEqual(rows.map((row) => row.slice(starts[0], starts[1]).trim()), ['valid', 'expired']);
  });

  test('no colour escapes when output is not a terminal, or with NO_COLOR on a terminal', async () => {
    await seedProfile(sb.env, 'alpha', { store: 'file' });
    for (const args of [['list'], ['use', 'gamma']]) {
      const piped = await runCli(args, { env: sb.env });
      assert.ok(!piped.stdout.includes(ESC) && !piped.stderr.includes(ESC), `escape codes from authctl ${args.join(' ')} into a pipe`);
    }

    // On a terminal authctl does colour (so the check above means something)...
    const tty = await runOnTty(['list'], sb.env);
    assert.equal(tty.code, 0);
    assert.ok(tty.stdout.includes(`${ESC}[1mNAME`), 'the table header is bold on a terminal');
    const ttyError = await runOnTty(['use', 'gamma'], sb.env);
    assert.equal(ttyError.code, 3);
    assert.ok(ttyError.stdout.includes(`${ESC}[31mauthctl:`), 'errors are red on a terminal');

    // ...and NO_COLOR turns it off.
    for (const args of [['list'], ['use', 'gamma']]) {
      const r = await runOnTty(args, { ...sb.env, NO_COLOR: '1' });
      assert.ok(r.stdout.includes('alpha'), r.stdout);
      assert.ok(!r.stdout.includes(ESC), `escape codes from authctl ${args.join(' ')} with NO_COLOR`);
    }
  });
});
