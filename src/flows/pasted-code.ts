import { createInterface } from 'node:readline';
import { text } from 'node:stream/consumers';
import { AuthctlError, usageError } from '../errors.js';
import type { Context } from '../io/context.js';
import { promptSecret } from '../io/prompt.js';
import { type Callback, type CallbackCheck, type Interpretation, interpretCallback } from './callback.js';

/** The shape of the provider's codes, so a line that cannot be one is refused before any request. */
export type CodeShape = (code: string) => boolean;

/**
 * A line pasted by the user: the whole URL the browser was redirected to (checked
 * like a callback, state and accounts-server included), or a bare code, which is
 * exchanged at the accounts server the login started from.
 */
export function interpretPaste(line: string, check: CallbackCheck, isCode: CodeShape): Interpretation {
  const pasted = line.trim();
  if (pasted === '') return { problem: 'nothing was pasted' };
  if (/^https?:\/\//i.test(pasted)) {
    let url: URL;
    try {
      url = new URL(pasted);
    } catch {
      return { problem: 'the pasted text is not a valid URL' };
    }
    return interpretCallback(url.searchParams, check);
  }
  if (!isCode(pasted)) return { problem: 'the pasted text is neither the redirected URL nor a code' };
  return { callback: { code: pasted } };
}

/**
 * Waits for a valid paste: a hidden prompt on a TTY (re-asking after a bad
 * paste), else one attempt per stdin line. Stays pending when stdin ends, since
 * the loopback callback may still come; `signal` ends the wait.
 */
export function readPastedCallback(ctx: Context, check: CallbackCheck, isCode: CodeShape, signal: AbortSignal): Promise<Callback> {
  return new Promise((resolve, reject) => {
    if (ctx.stdinIsTTY) {
      const validate = (line: string) => {
        const r = interpretPaste(line, check, isCode);
        return 'problem' in r ? r.problem : true;
      };
      promptSecret(ctx, 'Paste the URL your browser was redirected to (or the code):', { validate, signal }).then((line) => {
        if (line === undefined) return;
        const r = interpretPaste(line, check, isCode);
        if ('callback' in r) resolve(r.callback);
      }, reject);
      return;
    }
    const lines = createInterface({ input: ctx.stdin, terminal: false });
    signal.addEventListener('abort', () => lines.close(), { once: true });
    lines.on('line', (line) => {
      if (line.trim() === '') return;
      const r = interpretPaste(line, check, isCode);
      if ('problem' in r) {
        ctx.warn(`ignored the pasted line: ${r.problem}`);
        return;
      }
      lines.close();
      resolve(r.callback);
    });
  });
}

/**
 * A self-client code from the API console: all of stdin with `--code -` (for
 * scripts), else a hidden prompt. The input is trimmed and must look like a code.
 */
export async function readSelfClientCode(
  ctx: Context,
  o: { fromStdin: boolean; isCode: CodeShape; reminder: string },
): Promise<string> {
  const refusal = 'that is not a Zoho code: expected 1000.<hex>.<hex> as shown in the API console';
  if (o.fromStdin) {
    const code = (await text(ctx.stdin)).trim();
    if (code === '') throw usageError('no code on stdin', 'pipe the code in: … | authctl login --self-client --code -');
    if (!o.isCode(code)) throw usageError(refusal, 'copy the code again from the Zoho API console; nothing was sent to Zoho');
    return code;
  }
  if (!ctx.stdinIsTTY) {
    throw usageError('no terminal to ask for the self-client code', 'pass it on stdin instead: … | authctl login --self-client --code -');
  }
  ctx.info(o.reminder);
  const code = await promptSecret(ctx, 'Self-client code:', { validate: (v) => (o.isCode(v.trim()) ? true : refusal) });
  if (code === undefined) throw new AuthctlError('no code was entered');
  return code.trim();
}
