// `prepare`: builds dist/ after `npm ci`, and when npm installs authctl from a git URL or packs it.
// A global install from git (npm install -g git+https://…) runs this script without the package's
// own dependencies in place: npm's child install inherits --global and puts them elsewhere
// (npm/cli#8440, open in npm 10 and 11). So when esbuild cannot be found, install the
// dependencies here first, locally, and then build.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
try {
  createRequire(import.meta.url).resolve('esbuild');
} catch {
  const npm = process.env.npm_execpath;
  if (!npm) throw new Error('esbuild is not installed: run npm ci first');
  // The global install's settings reach this script as npm_config_* variables: drop them.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_config_(global|prefix|location)$/i.test(k)));
  execFileSync(
    process.execPath,
    [npm, 'install', '--global=false', `--prefix=${root}`, '--include=dev', '--ignore-scripts', '--no-save', '--no-audit', '--no-fund'],
    { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] },
  );
}
await import('./build.mjs');
