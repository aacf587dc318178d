import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { ROOT } from './helpers/cli.js';

const execFileAsync = promisify(execFile);

// README's first set-up command must keep working: the demo logs in against the emulator and gets tokens.
test('npm run demo: a loopback login, a token, then the same token from cache, with no Zoho account', async () => {
  const { stdout, stderr } = await execFileAsync(process.execPath, ['--import', 'tsx', 'scripts/demo.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    timeout: 60_000,
  });
  assert.equal(stdout, '', 'the demo reports on stderr only');
  assert.match(stderr, /^Logged in: profile sandbox → org Acme Sandbox \(\d+\), sandbox environment, data centre com$/m);
  assert.match(stderr, /stdout: an access token of \d+ characters — the cached token, no network call/);
  assert.match(stderr, /"company_name":"Acme Sandbox"/);
  assert.match(stderr, /The emulator saw 1 code exchange and 0 refreshes\./);
});
