import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import type { Context } from '../io/context.js';
import { maskInJobLog } from '../io/mask.js';
import type { ProfileSelection } from '../profiles/select.js';
import { withoutSecrets } from '../secrets/variables.js';
import { DEFAULT_MIN_TTL_MS, getAccessToken } from '../tokens/lifecycle.js';
import { openCredential } from '../tokens/open.js';

/** Shell conventions, so `authctl exec` fails like the command would have in a shell. */
const COMMAND_NOT_FOUND = 127;
const COMMAND_NOT_EXECUTABLE = 126;

/**
 * Runs a command with a valid access token in its environment (never in its
 * argv, where other users could see it) and exits with the command's exit code.
 */
export async function run(ctx: Context, command: string, args: string[], opts: ProfileSelection): Promise<number> {
  const { apiBase, headers, source } = await openCredential(ctx, opts);
  const token = await getAccessToken(source, { minTtlMs: DEFAULT_MIN_TTL_MS }, ctx.now);
  // The command gets the short-lived access token, never the long-lived secrets CI mode reads.
  const env = {
    ...withoutSecrets(ctx.env),
    AUTHCTL_ACCESS_TOKEN: token.accessToken,
    AUTHCTL_API_BASE: apiBase,
    // Zoho's name for the same URL, kept for scripts written for Zoho.
    AUTHCTL_API_DOMAIN: apiBase,
    AUTHCTL_AUTH_HEADER: headers(token.accessToken).map(([name, value]) => `${name}: ${value}`)[0],
  };
  // The command may well print what it was given.
  maskInJobLog(ctx, token.accessToken);

  const child = spawn(command, args, { stdio: 'inherit', env });
  // A supervisor's SIGTERM or SIGHUP is meant for the command; Ctrl-C already
  // reaches it through the terminal, so authctl just waits for it to finish.
  const forward = (signal: NodeJS.Signals) => () => void child.kill(signal);
  const handlers = { SIGTERM: forward('SIGTERM'), SIGHUP: forward('SIGHUP'), SIGINT: () => {} };
  for (const [signal, handler] of Object.entries(handlers)) process.on(signal, handler);
  try {
    return await new Promise<number>((resolve) => {
      child.once('error', (err: NodeJS.ErrnoException) => {
        const notFound = err.code === 'ENOENT';
        ctx.stderr.write(`${ctx.color.red('authctl:')} cannot run ${command}: ${notFound ? 'command not found' : err.message}\n`);
        resolve(notFound ? COMMAND_NOT_FOUND : COMMAND_NOT_EXECUTABLE);
      });
      // Killed by a signal: 128 + its number, as a shell reports it.
      child.once('exit', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)));
    });
  } finally {
    for (const [signal, handler] of Object.entries(handlers)) process.off(signal, handler);
  }
}
