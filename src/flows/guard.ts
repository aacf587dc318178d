import { ExitCode } from '../errors.js';
import type { Context } from '../io/context.js';

/**
 * Between the code exchange and the end of the save, the new refresh token lives
 * only in this process. Ctrl-C or SIGTERM then revokes it before exiting; one that
 * arrives while it is being saved lets the save finish (it is stored, so nothing
 * leaks) and exits right after.
 */
function guardNewToken(ctx: Context, revoke: () => Promise<boolean>) {
  let saving = false;
  let signalled: NodeJS.Signals | undefined;
  const exitFor = (signal: NodeJS.Signals) => (signal === 'SIGINT' ? ExitCode.interrupted : 128 + 15);
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) return;
    signalled = signal;
    if (saving) return;
    void revoke().then((revoked) => {
      ctx.stderr.write(`\n${ctx.color.red('authctl:')} interrupted; nothing was stored${revoked ? ' and the new refresh token was revoked' : ''}\n`);
      process.exit(exitFor(signal));
    });
  };
  const signals = ['SIGINT', 'SIGTERM'] as const;
  for (const signal of signals) process.on(signal, onSignal);
  const release = () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
  return {
    release,
    async saving<T>(save: () => Promise<T>): Promise<T> {
      // Interrupted before the save began: the handler is revoking the token and will exit.
      if (signalled) return new Promise<T>(() => {});
      saving = true;
      const result = await save();
      if (signalled) {
        release();
        ctx.stderr.write(`\n${ctx.color.red('authctl:')} interrupted after the login was stored\n`);
        process.exit(exitFor(signalled));
      }
      return result;
    },
  };
}


/**
 * What every login does once it holds a new token: `work` finds out what the
 * token is for and stores it, calling `saving` around the store itself. Until
 * then an interrupt revokes the token (see guardNewToken), and so does any
 * failure of `work`, whose error is then passed on.
 */
export async function keepNewToken<T>(
  ctx: Context,
  revoke: () => Promise<boolean>,
  work: (saving: <S>(save: () => Promise<S>) => Promise<S>) => Promise<T>,
): Promise<T> {
  const guard = guardNewToken(ctx, revoke);
  try {
    return await work((save) => guard.saving(save));
  } catch (err) {
    guard.release();
    await revoke();
    throw err;
  } finally {
    guard.release();
  }
}
