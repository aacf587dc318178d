// What `authctl token` loads. A cached token (file store, or a keychain profile's token copy) and
// --version are answered by the CommonJS fast path alone: no ES module of authctl, no package,
// nothing but node:fs, node:os and node:path (issue 10; in CI mode node:crypto too). A refresh loads the whole program, and
// still not the prompts, the browser opener, the loopback server or the JSONC parser (issue 4);
// CI mode not the profile and secret-store code either (issue 5).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type Emulator, startEmulator } from './emulator/index.js';
import { BIN, runCli } from './helpers/cli.js';
import { startKeyring } from './helpers/keyring.js';
import { type EmulatorProfile, seedEmulatorProfile, setAccessTokenExpiry } from './helpers/seed.js';
import { emulatorSandbox, refreshRequests } from './helpers/tokens.js';

type Sandbox = Awaited<ReturnType<typeof emulatorSandbox>>;

const TRACE_HOOK = fileURLToPath(new URL('./helpers/import-trace.mjs', import.meta.url));
const REQUIRE_HOOK = fileURLToPath(new URL('./helpers/require-trace.cjs', import.meta.url));

/** Only reached when a token has to be refreshed (or by other commands). */
const REFRESH_ONLY = [
  'node_modules/ofetch/',
  'node_modules/proper-lockfile/',
  'src/oauth/http.ts',
  'src/oauth/token.ts',
  'src/tokens/refresh.ts',
];
const NEVER_FOR_TOKEN = [
  'node_modules/@inquirer/',
  'node_modules/open/',
  'node_modules/jsonc-parser/',
  'src/flows/',
  'src/commands/login.ts',
];

interface Loaded {
  /** Source files bundled into the ES module chunks of dist/ the process loaded (esbuild's `// path` markers). */
  sources: string[];
  /** Node built-ins imported as ES modules. */
  builtins: string[];
  /** Every CommonJS require, as requested. */
  required: string[];
}

async function loads(sb: Sandbox, env: NodeJS.ProcessEnv, args = ['token']): Promise<Loaded & { stdout: string }> {
  const trace = join(sb.home, `imports-${Date.now()}.txt`);
  const requireTrace = join(sb.home, `requires-${Date.now()}.txt`);
  const r = await runCli(args, {
    env: { ...env, NODE_OPTIONS: `--require ${REQUIRE_HOOK} --import ${TRACE_HOOK}`, AUTHCTL_TEST_IMPORT_TRACE: trace, AUTHCTL_TEST_REQUIRE_TRACE: requireTrace },
  });
  assert.equal(r.code, 0, r.stderr);
  const lines = async (file: string) => [...new Set((await readFile(file, 'utf8').catch(() => '')).trim().split('\n').filter(Boolean))];
  const urls = await lines(trace);
  const chunks = urls.filter((u) => u.startsWith('file:') && u.includes('/dist/'));
  const sources = new Set<string>();
  for (const chunk of chunks) {
    for (const m of (await readFile(fileURLToPath(chunk), 'utf8')).matchAll(/^\/\/ ((?:src|node_modules)\/\S+)$/gm)) {
      sources.add(m[1]!);
    }
  }
  return { sources: [...sources], builtins: urls.filter((u) => u.startsWith('node:')), required: await lines(requireTrace), stdout: r.stdout };
}

/** The whole program ran: its chunks carry esbuild's source markers (if a build minified them, rethink this test). */
async function tokenLoads(sb: Sandbox, env: NodeJS.ProcessEnv = sb.env): Promise<Loaded> {
  const loaded = await loads(sb, env);
  assert.ok(loaded.sources.includes('src/commands/token.ts'), 'the whole program ran, and dist/ chunks carry esbuild source markers');
  return loaded;
}

/** What the fast path may require: itself and three built-ins. */
const FAST_PATH = ['../dist/fast.cjs', 'node:fs', 'node:os', 'node:path'];

function assertFastPath(loaded: Loaded): void {
  // The trace hook itself, and the launcher (the main module) are not what is measured.
  const own = loaded.required.filter((r) => !r.includes('require-trace.cjs') && r !== BIN);
  assert.deepEqual(own.filter((r) => !FAST_PATH.includes(r)), [], 'only the fast path and node:fs, node:os, node:path are required');
  assert.ok(own.includes('../dist/fast.cjs'));
  assert.deepEqual(loaded.sources, [], 'no ES module of authctl was loaded');
}

const offending = (loaded: Loaded, prefixes: string[]) => loaded.sources.filter((s) => prefixes.some((p) => s.startsWith(p)));

let emu: Emulator;
let sb: Sandbox;
let p: EmulatorProfile;
before(async () => {
  emu = await startEmulator();
});
after(() => emu.close());
beforeEach(async () => {
  sb = await emulatorSandbox(emu);
  p = await seedEmulatorProfile(sb.env, emu, 'acme', { store: 'file' });
});
afterEach(() => sb.cleanup());

test('a cached token (file store) and --version are answered by the fast path alone', async () => {
  const loaded = await loads(sb, sb.env);
  assert.equal(loaded.stdout, `${p.credential.accessToken}\n`);
  assert.equal(refreshRequests(emu, p).length, 0);
  assertFastPath(loaded);
  assertFastPath(await loads(sb, sb.env, ['--version']));
  assertFastPath(await loads(sb, sb.env, ['token', '--org', 'acme', '--min-ttl', '60', '--json']));
});

test("a keychain profile's cached token comes from its token copy: no keychain module, no D-Bus", async () => {
  const keyring = await startKeyring();
  try {
    const kb = await emulatorSandbox(emu, keyring.env);
    const kp = await seedEmulatorProfile(kb.env, emu, 'acme', { store: 'keychain' });
    await setAccessTokenExpiry(kb.env, kp.profile, -60_000);
    assert.equal((await runCli(['token'], { env: kb.env })).code, 0, 'a refresh writes the copy');
    const loaded = await loads(kb, kb.env);
    assertFastPath(loaded);
    assert.ok(!loaded.required.some((r) => r.includes('keyring')));
    await kb.cleanup();
  } finally {
    await keyring.stop();
  }
});

test('a refresh loads the HTTP client and the lock, and still no prompts, opener or parser', async () => {
  await setAccessTokenExpiry(sb.env, p.profile, -60_000);

  const loaded = await tokenLoads(sb);

  assert.equal(refreshRequests(emu, p).length, 1);
  assert.deepEqual(
    REFRESH_ONLY.filter((prefix) => !loaded.sources.some((s) => s.startsWith(prefix))),
    [],
    'everything a refresh needs was loaded on demand',
  );
  assert.deepEqual(offending(loaded, NEVER_FOR_TOKEN), []);
});

/** What only a stored profile needs: CI mode reads no config of profiles and no secret store. */
const PROFILE_ONLY = [
  'src/tokens/profile-source.ts',
  'src/secrets/resolve.ts',
  'src/secrets/keychain.ts',
  'src/secrets/file.ts',
];

test('in CI mode a cached token loads neither the HTTP client nor the profile and secret-store code; a bare one is answered by the fast path', async () => {
  const exported = await runCli(['export', '--profile', 'acme'], { env: sb.env });
  assert.equal(exported.code, 0, exported.stderr);
  // No config folder of its own: the cache goes to $RUNNER_TEMP.
  const ci: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: sb.home,
    RUNNER_TEMP: join(sb.home, 'runner-temp'),
    AUTHCTL_ZOHO_DATA_CENTRES: sb.env.AUTHCTL_ZOHO_DATA_CENTRES,
    AUTHCTL_AUTH_URL: exported.stdout.trim(),
  };
  const first = await runCli(['token'], { env: ci });
  assert.equal(first.code, 0, first.stderr);
  assert.equal(refreshRequests(emu, p).length, 1, 'the first step refreshed and cached');

  // The bare token: the fast path, which needs node:crypto here (the cache is named by a hash).
  const fast = await loads(sb, ci);
  assert.equal(fast.stdout, first.stdout);
  const own = fast.required.filter((r) => !r.includes('require-trace.cjs') && r !== BIN);
  assert.deepEqual(own.filter((r) => ![...FAST_PATH, 'node:crypto'].includes(r)), [], 'only the fast path and node:fs, os, path and crypto');
  assert.deepEqual(fast.sources, [], 'no ES module of authctl was loaded');

  // --json describes the credential, which takes decoding it: the token command, still without the rest.
  const loaded = await loads(sb, ci, ['token', '--json']);
  assert.ok(loaded.sources.includes('src/commands/token.ts'), 'the token command ran');
  assert.equal(JSON.parse(loaded.stdout).accessToken, first.stdout.trim());
  assert.equal(refreshRequests(emu, p).length, 1, 'the traced steps used the cache');
  assert.ok(loaded.sources.includes('src/tokens/env-source.ts'), 'CI mode was used');
  assert.deepEqual(offending(loaded, [...REFRESH_ONLY, ...NEVER_FOR_TOKEN, ...PROFILE_ONLY]), []);
  assert.deepEqual(
    loaded.builtins.filter((b) => /^node:(https?|http2|net|child_process)$/.test(b)),
    [],
  );
});
