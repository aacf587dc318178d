// Every install route README gives, on npm 11 (this machine's) and npm 10: from a git URL (a
// git+file URL of a bare clone stands in for the network), from a packed tarball (npm pack), and
// from a folder. Each installed authctl then runs --version, completion and doctor. The git
// routes install what is committed, so dist/ in git must be what the build makes from src/.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { ROOT } from './helpers/cli.js';

const run = promisify(execFile);
const pkg = JSON.parse((await run('git', ['show', 'HEAD:package.json'], { cwd: ROOT })).stdout) as { version: string };

let work: string;
let npm10: string;
let tarball: string;
before(async () => {
  work = await mkdtemp(join(tmpdir(), 'authctl-install-'));
  await run('git', ['clone', '-q', '--bare', ROOT, join(work, 'repo.git')]);
  await run('git', ['clone', '-q', join(work, 'repo.git'), join(work, 'folder')]);
  await run('npm', ['pack', '--silent', '--pack-destination', work], { cwd: join(work, 'folder') });
  tarball = join(work, (await readdir(work)).find((f) => f.endsWith('.tgz'))!);
  await run('npm', ['install', '--silent', '--no-audit', '--no-fund', '--prefix', join(work, 'npm10'), 'npm@10'], { timeout: 180_000 });
  npm10 = join(work, 'npm10', 'node_modules', 'npm', 'bin', 'npm-cli.js');
});
after(() => rm(work, { recursive: true, force: true }));

test('the committed dist/ is what the build makes from the committed sources (git installs run no build)', async () => {
  // npm test built dist/ from the working tree just now.
  const { stdout } = await run('git', ['status', '--porcelain', '--', 'dist'], { cwd: ROOT });
  assert.equal(stdout, '', `dist/ differs from the build: run npm run build and commit dist/\n${stdout}`);
});

for (const [label, npm] of [
  ['npm 11', () => ['npm']],
  ['npm 10', () => [process.execPath, npm10]],
] as const) {
  describe(`install routes with ${label}`, () => {
    const routes = {
      'a git URL': () => `git+file://${join(work, 'repo.git')}`,
      'a packed tarball': () => tarball,
      'a folder': () => join(work, 'folder'),
    };
    for (const [route, spec] of Object.entries(routes)) {
      test(`npm install -g --install-links from ${route}: a working authctl on PATH`, async () => {
        const [cmd, ...pre] = npm();
        const prefix = await mkdtemp(join(work, 'prefix-'));
        const { stdout: version } = await run(cmd!, [...pre, '--version']);
        assert.equal(version.trim().split('.')[0], label.slice(4), `this is ${label}`);
        await run(cmd!, [...pre, 'install', '-g', '--install-links', '--no-audit', '--no-fund', '--prefix', prefix, spec()], { timeout: 240_000 });

        const bin = join(prefix, 'bin', 'authctl');
        const home = join(prefix, 'home');
        const env = { PATH: process.env.PATH, HOME: home };
        assert.equal((await run(bin, ['--version'], { env })).stdout, `${pkg.version}\n`);
        assert.match((await run(bin, ['completion', 'bash'], { env })).stdout, /complete -F _authctl authctl/);
        const doctor = JSON.parse((await run(bin, ['doctor', '--json'], { env })).stdout) as { check: string; status: string }[];
        assert.equal(doctor.find((c) => c.check === 'node')?.status, 'ok');
        assert.equal(doctor.find((c) => c.check === 'file store')?.status, 'ok');
      });
    }
  });
}
