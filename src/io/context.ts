import type { Readable, Writable } from 'node:stream';
import { Chalk, type ChalkInstance } from 'chalk';

/**
 * Everything a command touches of the outside world, passed in rather than read
 * from globals, so tests and commands see the same thing.
 */
export interface Context {
  stdout: Writable;
  stderr: Writable;
  stdin: Readable;
  env: NodeJS.ProcessEnv;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Colours for stderr messages: only on a TTY, never with NO_COLOR. */
  color: ChalkInstance;
  /** Colours for stdout (tables): only when stdout is a TTY, never with NO_COLOR. */
  stdoutColor: ChalkInstance;
  now(): number;
  /** Writes one line to stderr. */
  info(line: string): void;
  warn(line: string): void;
}

export function processContext(): Context {
  const env = process.env;
  const stderrIsTTY = Boolean(process.stderr.isTTY);
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const color = new Chalk({ level: stderrIsTTY && !noColor ? 1 : 0 });
  const stdoutColor = new Chalk({ level: process.stdout.isTTY && !noColor ? 1 : 0 });
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY,
    color,
    stdoutColor,
    now: () => Date.now(),
    info: (line) => void process.stderr.write(`${line}\n`),
    warn: (line) => void process.stderr.write(`${color.yellow('warning:')} ${line}\n`),
  };
}
