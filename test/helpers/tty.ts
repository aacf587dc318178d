import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BIN } from './cli.js';

const run = promisify(execFile);

/** authctl on a real terminal: a detached tmux session of its own, 200x50, driven by send-keys. */
export interface Tty {
  screen(): Promise<string>;
  waitForScreen(re: RegExp, timeoutMs?: number): Promise<string>;
  /** Types text literally (no key names), then Enter when asked. */
  type(text: string, enter?: boolean): Promise<void>;
  /** Presses keys by tmux name, e.g. C-c. */
  press(...keys: string[]): Promise<void>;
  /** authctl's exit code, once it has exited. */
  exitCode(timeoutMs?: number): Promise<number>;
  kill(): Promise<void>;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export async function startTty(args: string[], env: NodeJS.ProcessEnv, dir: string): Promise<Tty> {
  const socket = join(dir, 'tmux.sock');
  const exitFile = join(dir, `exit-${Date.now()}`);
  const tmux = (...a: string[]) => run('tmux', ['-S', socket, ...a], { env: { ...env, TERM: 'xterm-256color' } });
  // The pane stays open after authctl exits (sleep), so the screen can still be read.
  const command = `${[process.execPath, BIN, ...args].map(quote).join(' ')}; echo $? > ${quote(exitFile)}; exec sleep 600`;
  await tmux('-f', '/dev/null', 'new-session', '-d', '-s', 'authctl', '-x', '200', '-y', '50', command);
  const tty: Tty = {
    async screen() {
      return (await tmux('capture-pane', '-p', '-J', '-t', 'authctl')).stdout;
    },
    async waitForScreen(re, ms = 20_000) {
      const until = Date.now() + ms;
      for (;;) {
        const s = await tty.screen();
        if (re.test(s)) return s;
        if (Date.now() > until) throw new Error(`the terminal did not show ${re} within ${ms} ms:\n${s}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async type(text, enter = true) {
      await tmux('send-keys', '-t', 'authctl', '-l', text);
      if (enter) await tmux('send-keys', '-t', 'authctl', 'Enter');
    },
    async press(...keys) {
      await tmux('send-keys', '-t', 'authctl', ...keys);
    },
    async exitCode(ms = 30_000) {
      const until = Date.now() + ms;
      for (;;) {
        try {
          const text = await readFile(exitFile, 'utf8');
          if (text.trim() !== '') return Number(text.trim());
        } catch {
          // not yet
        }
        if (Date.now() > until) throw new Error(`authctl did not exit within ${ms} ms:\n${await tty.screen()}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async kill() {
      await tmux('kill-server').catch(() => {});
    },
  };
  return tty;
}
