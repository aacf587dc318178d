import { AuthctlError } from '../errors.js';
import type { Context } from '../io/context.js';
import { type Spinner, startSpinner } from '../io/spinner.js';
import { SECRET_VARIABLES } from '../secrets/variables.js';
import type { Callback, CallbackCheck } from './callback.js';
import { type LoopbackReceiver, startLoopbackReceiver } from './loopback.js';
import { type CodeShape, readPastedCallback } from './pasted-code.js';

/**
 * The user-facing leg of the authorization code flow: send the user to the
 * authorization URL and wait for the code, from the loopback redirect or pasted
 * on stdin when there is no browser here (--no-browser, SSH, no display).
 */
export interface BrowserAuthorization extends CallbackCheck {
  authorizeUrl: URL;
  redirectUri: URL;
  /** False with --no-browser. */
  openBrowser: boolean;
  isCode: CodeShape;
  timeoutMs: number;
  /** Who the user signs in to, for the messages: "Zoho" (the default), "Salesforce", … */
  providerTitle?: string;
  /** The device-flow login, suggested when no browser can be opened here. */
  deviceHint?: string;
}

export interface AuthorizationResult {
  callback: Callback;
  /** Closes the loopback receiver once the caller is done (the browser's last page load may still be under way). */
  finish(): Promise<void>;
}

export async function authorizeInBrowser(ctx: Context, o: BrowserAuthorization): Promise<AuthorizationResult> {
  let noBrowser = o.openBrowser ? browserUnavailable(ctx.env) : 'you asked for --no-browser';

  let spinner: Spinner | undefined;
  // The receiver listens before the browser opens, so the redirect cannot arrive first.
  let receiver: LoopbackReceiver | undefined;
  try {
    receiver = await startLoopbackReceiver({
      state: o.state,
      ...(o.distrustAccountsServer ? { distrustAccountsServer: o.distrustAccountsServer } : {}),
      ...(o.issuer ? { issuer: o.issuer } : {}),
      redirectUri: o.redirectUri,
      onRefused: (reason) => {
        spinner?.clear();
        ctx.warn(`refused a request to ${o.redirectUri.href}: ${reason}`);
      },
    });
  } catch (err) {
    // Pasting still works without the receiver, on a machine without a browser.
    if (!noBrowser) throw err;
    ctx.warn(`${(err as Error).message}; paste the redirected URL instead`);
  }

  if (!noBrowser) {
    try {
      await openUrl(o.authorizeUrl.href, ctx.env);
      ctx.info(`Opened your browser to sign in to ${signIn(o)}. If it did not open, visit:\n  ${o.authorizeUrl.href}`);
    } catch (err) {
      noBrowser = `the browser could not be started (${(err as Error).message})`;
    }
  }
  if (noBrowser) {
    ctx.info(`Not opening a browser: ${noBrowser}.`);
    if (o.deviceHint && o.openBrowser) ctx.info(`Tip: ${o.deviceHint}.`);
    ctx.info(`Open this URL in a browser, sign in to ${signIn(o)}:\n  ${o.authorizeUrl.href}`);
    ctx.info(
      'If the browser cannot reach this machine afterwards, copy the URL it was redirected to (it starts with ' +
        `${o.redirectUri.origin}${o.redirectUri.pathname}) and paste it here, or paste just the code.`,
    );
  }

  const stop = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const sources: Promise<Callback>[] = [
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(timedOut(o)), o.timeoutMs);
    }),
  ];
  if (receiver) sources.push(receiver.callback);
  if (noBrowser) sources.push(readPastedCallback(ctx, o, o.isCode, stop.signal));
  // The paste prompt owns the terminal line; the spinner only runs when nothing is asked.
  if (!(noBrowser && ctx.stdinIsTTY)) spinner = startSpinner(ctx, `Waiting for ${o.providerTitle ?? 'Zoho'} to redirect to ${o.redirectUri.href} …`);
  try {
    const callback = await Promise.race(sources);
    return { callback, finish: async () => receiver?.close() };
  } catch (err) {
    await receiver?.close();
    throw err;
  } finally {
    clearTimeout(timer);
    spinner?.stop();
    stop.abort();
  }
}

/** Why no browser can be opened here, or undefined when one can. $BROWSER always wins. */
function browserUnavailable(env: NodeJS.ProcessEnv): string | undefined {
  if (env.BROWSER) return undefined;
  if (env.SSH_CONNECTION || env.SSH_CLIENT || env.SSH_TTY) return 'this is an SSH session';
  const desktop = process.platform === 'darwin' || process.platform === 'win32' || Boolean(env.WSL_DISTRO_NAME);
  if (!desktop && !env.DISPLAY && !env.WAYLAND_DISPLAY) return 'there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)';
  return undefined;
}

/**
 * Opens the URL with `open`, or with the program named by $BROWSER (given the URL
 * as its argument). `open` passes this process's environment to the browser, so the
 * secret variables are taken out of it while the browser starts.
 */
async function openUrl(url: string, env: NodeJS.ProcessEnv): Promise<void> {
  const { default: open } = await import('open');
  const saved = SECRET_VARIABLES.filter((name) => process.env[name] !== undefined).map((name) => [name, process.env[name]!] as const);
  for (const [name] of saved) delete process.env[name];
  try {
    await open(url, env.BROWSER ? { app: { name: env.BROWSER } } : {});
  } finally {
    for (const [name, value] of saved) process.env[name] = value;
  }
}

const signIn = (o: BrowserAuthorization) => (o.providerTitle === undefined ? 'Zoho and choose the org' : `${o.providerTitle} and allow access`);

function timedOut(o: BrowserAuthorization): AuthctlError {
  const seconds = Math.round(o.timeoutMs / 1000);
  return new AuthctlError(`no authorization arrived within ${seconds} s; nothing was changed`, {
    hint: o.providerTitle !== undefined
      ? `run the login again (--timeout SECONDS waits longer). If ${o.providerTitle} showed an error about the redirect URI, register exactly ${o.redirectUri.href} for the client there.`
      :
      `run the login again (--timeout SECONDS waits longer). If Zoho showed "Invalid Redirect Uri", register exactly ` +
      `${o.redirectUri.href} as a redirect URI of the client in the Zoho API console; if it showed "Access Denied", ` +
      'wait a few minutes: Zoho blocks new codes for a while after too many attempts.',
  });
}
