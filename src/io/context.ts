import type { Readable, Writable } from 'node:stream';
import { isatty } from 'node:tty';
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
  // isatty() rather than process.stdin.isTTY: Node builds a stream the first time one is
  // touched, and `authctl token` never reads stdin nor, when all is well, writes to stderr.
  const stdinIsTTY = isatty(0);
  const stdoutIsTTY = isatty(1);
  const stderrIsTTY = isatty(2);
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  // Chalk's own detection is bypassed: the rule is simply TTY and no NO_COLOR, per stream.
  const color = new Chalk({ level: stderrIsTTY && !noColor ? 1 : 0 });
  const stdoutColor = new Chalk({ level: stdoutIsTTY && !noColor ? 1 : 0 });
  return {
    stdout: process.stdout,
    get stderr() {
      return process.stderr;
    },
    get stdin() {
      return process.stdin;
    },
    env,
    stdinIsTTY,
    stdoutIsTTY,
    stderrIsTTY,
    color,
    stdoutColor,
    now: () => Date.now(),
    info: (line) => void process.stderr.write(`${line}\n`),
    warn: (line) => void process.stderr.write(`${color.yellow('warning:')} ${line}\n`),
  };
}
