import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { Emulator } from '../emulator/index.js';
import { freePort } from './ports.js';
import { BIN, type CliResult, makeSandbox, ROOT, runCli } from './cli.js';

/** An authctl child that keeps running while the test talks to it: stdin stays open, stderr is watched. */
export interface LiveCli {
  stderr(): string;
  stdout(): string;
  /** Resolves with the first match of `re` in stderr so far or to come. */
  waitForStderr(re: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  write(text: string): void;
  endInput(): void;
  signal(signal: NodeJS.Signals): void;
  result: Promise<CliResult>;
}

export function startCli(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 60_000): LiveCli {
  const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiters = new Set<() => void>();
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
    for (const w of waiters) w();
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const result = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      for (const w of waiters) w();
      resolve({ code, signal, stdout, stderr });
    });
  });
  let exited = false;
  void result.then(() => (exited = true));
  return {
    stderr: () => stderr,
    stdout: () => stdout,
    waitForStderr(re, ms = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const m = re.exec(stderr);
          if (m) {
            waiters.delete(check);
            clearTimeout(t);
            resolve(m);
          } else if (exited) {
            waiters.delete(check);
            clearTimeout(t);
            reject(new Error(`authctl exited before stderr matched ${re}:\n${stderr}`));
          }
        };
        const t = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`stderr did not match ${re} within ${ms} ms:\n${stderr}`));
        }, ms);
        waiters.add(check);
        check();
      });
    },
    write: (text) => void child.stdin.write(text),
    endInput: () => void child.stdin.end(),
    signal: (signal) => void child.kill(signal),
    result,
  };
}

/** $BROWSER for authctl: a script that appends each URL it is given to a file the test reads. */
export function browserHandoff(dir: string) {
  const file = join(dir, 'browser-urls.txt');
  return {
    env: { BROWSER: join(ROOT, 'test', 'helpers', 'browser-handoff.sh'), AUTHCTL_TEST_BROWSER_FILE: file },
    /** The URLs authctl has opened so far. */
    async urls(): Promise<string[]> {
      try {
        return (await readFile(file, 'utf8')).split('\n').filter(Boolean);
      } catch {
        return [];
      }
    },
    /** Waits for the nth (0-based) URL authctl opens. */
    async nextUrl(index = 0, timeoutMs = 20_000): Promise<URL> {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const urls = await this.urls();
        if (urls[index]) return new URL(urls[index]!);
        if (Date.now() > until) throw new Error('authctl did not open a browser');
        await new Promise((r) => setTimeout(r, 25));
      }
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

export interface ConsentOutcome {
  /** Where the browser ended up after the redirect to authctl. */
  finalUrl: string;
  text: string;
  /** Every URL the page navigated to, in order (the callback with its code among them). */
  visited: string[];
  /** The answers to those navigations: status and headers by URL. */
  answers: Map<string, { status: number; headers: Record<string, string> }>;
}

/**
 * Does what a person does in the browser: open the authorization URL, pick the
 * org by its label on the emulator's chooser, then Accept or Deny on the consent
 * page. With `unreachable`, the browser cannot follow Zoho's redirect (authctl
 * runs on another machine): finalUrl is then the redirect URL it was sent to,
 * the one a person would copy from the address bar.
 */
export async function consent(
  browser: Browser,
  url: URL | string,
  o: { org: string; decision?: 'accept' | 'deny'; unreachable?: boolean },
): Promise<ConsentOutcome> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const visited: string[] = [];
    const answers: ConsentOutcome['answers'] = new Map();
    page.on('request', (r) => {
      if (r.isNavigationRequest()) visited.push(r.url());
    });
    page.on('response', (r) => {
      if (r.request().isNavigationRequest()) answers.set(r.url(), { status: r.status(), headers: r.headers() });
    });
    let redirectedTo: string | undefined;
    if (o.unreachable) {
      await context.route('**/oauth/v2/auth/consent', async (route) => {
        const answer = await route.fetch({ maxRedirects: 0 });
        redirectedTo = answer.headers().location;
        await route.fulfill({ status: 502, contentType: 'text/html', body: '<p>This site cannot be reached</p>' });
      });
    }
    await page.goto(String(url));
    await page.getByLabel(o.org, { exact: true }).check();
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('button', { name: o.decision === 'deny' ? 'Deny' : 'Accept' }).click();
    if (o.unreachable) {
      await page.getByText('This site cannot be reached').waitFor();
      if (!redirectedTo) throw new Error('the consent page did not redirect');
      return { finalUrl: redirectedTo, text: '', visited, answers };
    }
    await page.waitForURL(/\/authctl-done$/, { timeout: 15_000 });
    return { finalUrl: page.url(), text: await page.locator('body').innerText(), visited, answers };
  } finally {
    await context.close();
  }
}


export interface TestClient {
  name: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

let serial = 0;

/**
 * A client known to the emulator (multi-DC unless told otherwise) with a fresh
 * loopback redirect URI; `register` also adds it to authctl through `client add`.
 */
export async function newClient(
  emulator: Emulator,
  o: { homeDc?: string; multiDc?: boolean; selfClient?: boolean } = {},
): Promise<TestClient> {
  serial += 1;
  const client = {
    name: `crm${serial}`,
    clientId: `1000.LOGINTEST${String(serial).padStart(4, '0')}${randomBytes(4).toString('hex').toUpperCase()}`,
    clientSecret: randomBytes(20).toString('hex'),
    redirectUri: `http://127.0.0.1:${await freePort()}/callback`,
  };
  emulator.registerClient({
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    redirectUris: [client.redirectUri],
    homeDc: o.homeDc ?? 'com',
    multiDc: o.multiDc ?? true,
    selfClient: o.selfClient ?? false,
  });
  return client;
}

/** Registers the client with authctl as a user would: `client add … --client-secret-stdin`. */
export async function addClient(
  env: NodeJS.ProcessEnv,
  c: TestClient,
  o: { store?: 'keychain' | 'file'; secret?: string; selfClient?: boolean; dc?: string } = {},
): Promise<void> {
  const args = ['client', 'add', c.name, '--client-id', c.clientId, '--client-secret-stdin', '--store', o.store ?? 'file'];
  if (o.selfClient) args.push('--self-client');
  else args.push('--redirect-uri', c.redirectUri);
  if (o.dc) args.push('--dc', o.dc);
  const r = await runCli(args, { env, input: `${o.secret ?? c.clientSecret}\n` });
  if (r.code !== 0) throw new Error(`client add failed (${r.code}): ${r.stderr}`);
}

/** A sandbox whose authctl trusts only the emulator's data centres. */
export async function emulatorSandbox(emulator: Emulator, extra: NodeJS.ProcessEnv = {}) {
  const sandbox = await makeSandbox(extra);
  const file = join(sandbox.home, 'data-centres.json');
  await emulator.writeDataCentresFile(file);
  sandbox.env.AUTHCTL_ZOHO_DATA_CENTRES = file;
  return { ...sandbox, dataCentresFile: file };
}

export async function readJson(path: string): Promise<any> {
  return JSON.parse(await readFile(path, 'utf8'));
}
