import { type ChildProcess, spawn } from 'node:child_process';

/** The password every test and benchmark Redis asks for. */
export const REDIS_PASSWORD = 'redis-test-password-0123';

/**
 * Debian's redis-server on 127.0.0.1 with a password and no persistence;
 * `args` add to or replace its flags. Resolves once it accepts connections.
 */
export async function startRedis(port: number, args: string[] = []): Promise<ChildProcess> {
  const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--requirepass', REDIS_PASSWORD, '--save', '', '--appendonly', 'no', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    server.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (/Ready to accept connections/.test(out)) resolve();
    });
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out}`)));
  });
  return server;
}

/** Resolves when the process has exited (at once if it already has). */
export const stopped = (p: ChildProcess) =>
  new Promise<void>((resolve) => (p.exitCode !== null || p.signalCode !== null ? resolve() : p.once('exit', () => resolve())));
