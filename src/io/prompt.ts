import { AuthctlError, ExitCode } from '../errors.js';
import type { Context } from './context.js';

/**
 * Asks for a secret on the terminal: typed characters show as "*", the prompt
 * goes to stderr so stdout stays clean. Only call it when stdin is a TTY.
 * Resolves undefined when `signal` aborts the prompt (another source answered).
 */
export async function promptSecret(
  ctx: Context,
  message: string,
  options: { validate?: (value: string) => true | string; signal?: AbortSignal } = {},
): Promise<string | undefined> {
  // Loaded only here: no other command path pays for the prompt library.
  const { password } = await import('@inquirer/prompts');
  try {
    return await password(
      { message, mask: '*', validate: options.validate },
      { input: ctx.stdin, output: ctx.stderr, signal: options.signal },
    );
  } catch (err) {
    const name = (err as Error)?.name;
    if (name === 'AbortPromptError') return undefined;
    // Ctrl-C at a prompt (the terminal is in raw mode, so it arrives as a key, not SIGINT).
    if (name === 'ExitPromptError') throw new AuthctlError('interrupted at the prompt; nothing was changed', { exitCode: ExitCode.interrupted });
    throw err;
  }
}

/** Asks for a value that is not secret (shown as typed, with a default), on stderr like promptSecret. */
export async function promptText(
  ctx: Context,
  message: string,
  options: { default?: string; validate?: (value: string) => true | string } = {},
): Promise<string> {
  const { input } = await import('@inquirer/prompts');
  try {
    return await input({ message, default: options.default, validate: options.validate }, { input: ctx.stdin, output: ctx.stderr });
  } catch (err) {
    if ((err as Error)?.name === 'ExitPromptError') throw new AuthctlError('interrupted at the prompt; nothing was changed', { exitCode: ExitCode.interrupted });
    throw err;
  }
}
