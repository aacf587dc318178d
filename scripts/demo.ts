// `npm run demo`: authctl's main job on a machine with no Zoho account. It starts the
// local Zoho Accounts emulator, registers an OAuth client, logs in to a sandbox org
// through the real loopback redirect flow, and asks for tokens, in a throwaway config
// folder with the file store (your keychain is not touched).
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../test/emulator/index.js';
import { freePort } from '../test/helpers/ports.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'authctl.cjs');
const home = await mkdtemp(join(tmpdir(), 'authctl-demo-'));
const emulator = await startEmulator({ dataCentres: ['com'] });

const clientId = '1000.DEMO0CLIENT0ID0000000000000000';
const clientSecret = 'demo-client-secret-0000000000000000000000';
// A free port, so the demo runs beside anything else.
const redirectUri = `http://127.0.0.1:${await freePort()}/callback`;
emulator.registerClient({ clientId, clientSecret, redirectUris: [redirectUri] });
await emulator.writeDataCentresFile(join(home, 'data-centres.json'));

const env = {
  ...process.env,
  AUTHCTL_CONFIG_DIR: join(home, 'config'),
  AUTHCTL_ZOHO_DATA_CENTRES: join(home, 'data-centres.json'),
  AUTHCTL_STORE: 'file',
  BROWSER: join(root, 'scripts', 'demo-user.mjs'),
  DEMO_ORG_LABEL: 'Acme Sandbox (sandbox)',
};

/** Runs authctl, showing the command and its stderr; returns its stdout. */
function authctl(args: string[], input = ''): Promise<string> {
  process.stderr.write(`\n$ authctl ${args.join(' ')}\n`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env, stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`authctl ${args[0]} exited ${code}`))));
    child.stdin.end(input);
  });
}

// Even an emulator's token is not printed: the demo shows what a script would get, not the value.
const short = (token: string) => `an access token of ${token.length} characters`;

try {
  process.stderr.write(`Zoho Accounts emulator at ${emulator.dataCentres.com!.accountsServer}\n`);
  await authctl(['client', 'add', 'demo', '--client-id', clientId, '--redirect-uri', redirectUri, '--client-secret-stdin'], clientSecret);
  await authctl(['login', '--org', 'sandbox']);
  const token = (await authctl(['token', '--org', 'sandbox'])).trim();
  process.stderr.write(`stdout: ${short(token)}\n`);
  const again = (await authctl(['token', '--org', 'sandbox'])).trim();
  process.stderr.write(`stdout: ${short(again)} — ${again === token ? 'the cached token, no network call' : 'a new token'}\n`);
  process.stderr.write(await authctl(['api', '--org', 'sandbox', '/crm/v8/org']));
  process.stderr.write(await authctl(['list']));
  const refreshes = emulator.tokenRequests('refresh_token').length;
  const exchanges = emulator.tokenRequests('authorization_code').length;
  process.stderr.write(`\nThe emulator saw ${exchanges} code exchange and ${refreshes} refreshes.\n`);
} finally {
  await emulator.close();
  await rm(home, { recursive: true, force: true });
}
