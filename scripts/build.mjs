// Bundles src/ into dist/: the fast path (dist/fast.cjs), and the whole program with code
// splitting, so each command loads only the modules on its own path; prompts, the browser
// opener and the loopback server are separate chunks loaded by the commands that use them.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

// Chunk names are content hashes: start from an empty dist/ so stale chunks never pile up.
await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  define: { AUTHCTL_VERSION: JSON.stringify(pkg.version) },
  logLevel: 'warning',
};

// The fast path of `authctl token` and --version: one small CommonJS file, because Node loads
// CommonJS without its ES module loader, which costs ~10 ms per start (issue 10).
await build({ ...common, entryPoints: ['src/fast.ts'], outfile: 'dist/fast.cjs', format: 'cjs' });

await build({
  entryPoints: ['src/cli.ts', 'src/token.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  // The keychain is a native addon: it must be loaded from node_modules.
  external: ['@napi-rs/keyring'],
  // Prefer packages' ESM builds: jsonc-parser's UMD main loads its parts in a way a bundler cannot follow.
  mainFields: ['module', 'main'],
  define: { AUTHCTL_VERSION: JSON.stringify(pkg.version) },
  // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);" },
  logLevel: 'warning',
});
