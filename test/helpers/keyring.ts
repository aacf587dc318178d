import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/**
 * A real Secret Service for tests: gnome-keyring on a private bus started by
 * dbus-run-session, unlocked with a throwaway password, with a throwaway HOME so
 * no older login keyring (with another password) gets in the way.
 */
export interface TestKeyring {
  /** Variables a child process needs to reach this keyring. */
  env: { DBUS_SESSION_BUS_ADDRESS: string };
  /** Reads an authctl entry with libsecret's own client, independent of authctl. */
  lookup(account: string): Promise<string | undefined>;
  /** The accounts authctl has stored. */
  accounts(): Promise<string[]>;
  lock(): Promise<void>;
  /**
   * Stops (SIGSTOP) or resumes (SIGCONT) the Secret Service daemon: while stopped,
   * the bus still takes calls for it but nothing answers, as with a hung keychain.
   */
  freeze(): Promise<void>;
  thaw(): Promise<void>;
  /** Unlocks it again with the throwaway password, as a login would. */
  unlock(): Promise<void>;
  stop(): Promise<void>;
}

const SCRIPT = `
set -e
printf '%s' "$KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
i=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \\
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; do
  i=$((i+1)); [ $i -lt 200 ] || { echo "gnome-keyring did not start" >&2; exit 1; }
  sleep 0.05
done
echo "READY $DBUS_SESSION_BUS_ADDRESS"
exec cat >/dev/null
`;

const PASSWORD = 'throwaway-test-password';

export async function startKeyring(): Promise<TestKeyring> {
  const home = await mkdtemp(join(tmpdir(), 'authctl-keyring-'));
  const runtime = join(home, 'run');
  await mkdir(runtime, { mode: 0o700 });
  const child = spawn('dbus-run-session', ['--', 'sh', '-c', SCRIPT], {
    env: { PATH: process.env.PATH, HOME: home, XDG_RUNTIME_DIR: runtime, KEYRING_PASSWORD: PASSWORD },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const address = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /READY (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`keyring session ended (${code}): ${stderr}`)));
  });
  const env = { DBUS_SESSION_BUS_ADDRESS: address };
  // The native keyring module in this (test) process reads the bus address from
  // process.env: point it here too, so seeding and checks reach this keyring.
  const savedBus = process.env.DBUS_SESSION_BUS_ADDRESS;
  process.env.DBUS_SESSION_BUS_ADDRESS = address;
  const toolEnv = { PATH: process.env.PATH, HOME: home, ...env };
  // secret-tool prints secrets on stdout and attributes on stderr.
  const secretTool = async (...args: string[]) => {
    const { stdout, stderr } = await execFileAsync('secret-tool', args, { env: toolEnv });
    return { stdout, stderr };
  };

  // The bus knows which process owns the Secret Service name.
  const daemonPid = async () => {
    const { stdout } = await execFileAsync(
      'dbus-send',
      ['--session', '--print-reply', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus',
        'org.freedesktop.DBus.GetConnectionUnixProcessID', 'string:org.freedesktop.secrets'],
      { env: toolEnv },
    );
    const pid = Number(/uint32 (\d+)/.exec(stdout)?.[1]);
    if (!pid) throw new Error('no process owns org.freedesktop.secrets');
    return pid;
  };

  return {
    env,
    async lookup(account) {
      try {
        const { stdout } = await secretTool('lookup', 'service', 'authctl', 'username', account);
        return stdout === '' ? undefined : stdout;
      } catch {
        return undefined;
      }
    },
    async accounts() {
      const { stderr } = await secretTool('search', '--all', 'service', 'authctl').catch(() => ({ stderr: '' }));
      return [...stderr.matchAll(/^attribute\.username = (.*)$/gm)].map((m) => m[1]!).sort();
    },
    async freeze() {
      process.kill(await daemonPid(), 'SIGSTOP');
    },
    async thaw() {
      process.kill(await daemonPid(), 'SIGCONT');
    },
    async lock() {
      await execFileAsync(
        'dbus-send',
        ['--session', '--print-reply', '--dest=org.freedesktop.secrets', '/org/freedesktop/secrets',
          'org.freedesktop.Secret.Service.Lock', 'array:objpath:/org/freedesktop/secrets/collection/login'],
        { env: toolEnv },
      );
    },
    async unlock() {
      // What pam_gnome_keyring does at login: send the password over the daemon's
      // control socket (a nul credentials byte, then a big-endian length-prefixed
      // UNLOCK packet); gnome-keyring answers with a result code, 0 meaning OK.
      const password = Buffer.from(PASSWORD);
      const packet = Buffer.alloc(12 + password.length);
      packet.writeUInt32BE(packet.length, 0);
      packet.writeUInt32BE(1, 4); // GKD_CONTROL_OP_UNLOCK
      packet.writeUInt32BE(password.length, 8);
      password.copy(packet, 12);
      const answer = await new Promise<Buffer>((resolve, reject) => {
        const socket = connect(join(runtime, 'keyring', 'control'));
        const chunks: Buffer[] = [];
        socket.on('connect', () => socket.end(Buffer.concat([Buffer.from([0]), packet])));
        socket.on('data', (d: Buffer) => chunks.push(d));
        socket.on('end', () => resolve(Buffer.concat(chunks)));
        socket.on('error', reject);
      });
      const result = answer.length >= 8 ? answer.readUInt32BE(4) : -1;
      if (result !== 0) throw new Error(`gnome-keyring refused to unlock (result ${result})`);
    },
    async stop() {
      if (savedBus === undefined) delete process.env.DBUS_SESSION_BUS_ADDRESS;
      else process.env.DBUS_SESSION_BUS_ADDRESS = savedBus;
      const exited = new Promise((r) => child.once('exit', r));
      child.stdin.end();
      await exited;
      await rm(home, { recursive: true, force: true });
    },
  };
}
