// What `authctl token` loads: the cached path must not pull in the HTTP client, prompts, the
// browser opener, the loopback server, the lock library or the JSONC parser (issue 4: fast start);
// in CI mode (AUTHCTL_AUTH_URL) not the profile and secret-store code either (issue 5).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type Emulator, startEmulator } from './emulator/index.js';
import { runCli } from './helpers/cli.js';
import { type EmulatorProfile, seedEmulatorProfile, setAccessTokenExpiry } from './helpers/seed.js';
import { emulatorSandbox, refreshRequests } from './helpers/tokens.js';

type Sandbox = Awaited<ReturnType<typeof emulatorSandbox>>;

const TRACE_HOOK = fileURLToPath(new URL('./helpers/import-trace.mjs', import.meta.url));

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
  /** Source files bundled into the dist chunks the process loaded (esbuild's `// path` markers). */
  sources: string[];
  /** Node built-ins imported as ES modules. */
  builtins: string[];
}

async function tokenLoads(sb: Sandbox, env: NodeJS.ProcessEnv = sb.env): Promise<Loaded> {
  const trace = join(sb.home, `imports-${Date.now()}.txt`);
  const r = await runCli(['token'], {
    env: { ...env, NODE_OPTIONS: `--import ${TRACE_HOOK}`, AUTHCTL_TEST_IMPORT_TRACE: trace },
  });
  assert.equal(r.code, 0, r.stderr);
  const urls = [...new Set((await readFile(trace, 'utf8')).trim().split('\n'))];
  const chunks = urls.filter((u) => u.startsWith('file:') && u.includes('/dist/'));
  const sources = new Set<string>();
  for (const chunk of chunks) {
    for (const m of (await readFile(fileURLToPath(chunk), 'utf8')).matchAll(/^\/\/ ((?:src|node_modules)\/\S+)$/gm)) {
      sources.add(m[1]!);
    }
  }
  // Markers vanish if the build is minified: then this test must be rethought, not pass vacuously.
  assert.ok(sources.has('src/commands/token.ts'), 'dist/ chunks carry esbuild source markers');
  return { sources: [...sources], builtins: urls.filter((u) => u.startsWith('node:')) };
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

test('a cached token loads only what reading the cache needs', async () => {
  const loaded = await tokenLoads(sb);

  assert.equal(refreshRequests(emu, p).length, 0);
  assert.deepEqual(offending(loaded, [...REFRESH_ONLY, ...NEVER_FOR_TOKEN]), []);
  assert.deepEqual(
    loaded.builtins.filter((b) => /^node:(https?|http2|net|child_process|crypto)$/.test(b)),
    [],
  );
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

test('in CI mode a cached token loads neither the HTTP client nor the profile and secret-store code', async () => {
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

  const loaded = await tokenLoads(sb, ci);

  assert.equal(refreshRequests(emu, p).length, 1, 'the traced step used the cache');
  assert.ok(loaded.sources.includes('src/tokens/env-source.ts'), 'CI mode was used');
  assert.deepEqual(offending(loaded, [...REFRESH_ONLY, ...NEVER_FOR_TOKEN, ...PROFILE_ONLY]), []);
  assert.deepEqual(
    loaded.builtins.filter((b) => /^node:(https?|http2|net|child_process)$/.test(b)),
    [],
  );
});
