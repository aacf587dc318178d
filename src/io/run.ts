import { AuthctlError, ExitCode } from '../errors.js';
import { type Context, processContext } from './context.js';
import { printable } from './printable.js';

/**
 * How every entry point runs: Ctrl-C ends authctl with 130 (as a shell reports it)
 * unless a command handles the signal itself, an error is reported with its exit
 * code, and the process exits explicitly once stdout is flushed (a keychain call
 * that timed out may still hold a native thread). `report` may claim an error
 * first (commander's, in the whole program).
 */
export async function runEntry(
  action: (ctx: Context) => Promise<number | void>,
  report?: (ctx: Context, err: unknown) => number | undefined,
): Promise<void> {
  const ctx = processContext();
  process.on('SIGINT', () => {
    if (process.listenerCount('SIGINT') > 1) return;
    ctx.stderr.write(`\n${ctx.color.red('authctl:')} interrupted\n`);
    process.exit(ExitCode.interrupted);
  });
  let code: number;
  try {
    code = (await action(ctx)) ?? ExitCode.ok;
  } catch (err) {
    code = report?.(ctx, err) ?? reportError(ctx, err);
  }
  process.stdout.write('', () => process.exit(code));
}

/** Prints an error for a person and returns the documented exit code. */
export function reportError(ctx: Context, err: unknown): number {
  // Messages may quote what a server or a file said: printable() keeps escapes off the terminal.
  if (err instanceof AuthctlError) {
    ctx.stderr.write(`${ctx.color.red('authctl:')} ${printable(err.message)}\n`);
    if (err.hint) ctx.stderr.write(`  ${printable(err.hint)}\n`);
    return err.exitCode;
  }
  // An unexpected failure: say so plainly, with the stack only when asked.
  const message = printable(err instanceof Error ? err.message : String(err));
  ctx.stderr.write(`${ctx.color.red('authctl:')} unexpected error: ${message}\n`);
  if (ctx.env.AUTHCTL_DEBUG && err instanceof Error && err.stack) ctx.stderr.write(`${err.stack}\n`);
  return ExitCode.failure;
}
