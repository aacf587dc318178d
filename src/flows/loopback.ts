import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { AuthctlError } from '../errors.js';
import { type Callback, type CallbackCheck, interpretCallback } from './callback.js';

/**
 * The loopback redirect receiver of RFC 8252 §7.3: an HTTP server on the literal
 * 127.0.0.1 and the port of the registered redirect URI. Only a GET of the exact
 * callback path with a matching state ends the wait; everything else (probes,
 * favicon, forged or replayed callbacks) gets a 4xx and changes nothing.
 */
export interface LoopbackReceiver {
  /** The first believed callback. */
  callback: Promise<Callback>;
  /** Stops listening; waits briefly so the browser can load the clean result page. */
  close(): Promise<void>;
}

export interface LoopbackOptions extends CallbackCheck {
  redirectUri: URL;
  /** Told about each refused callback (never with its content), so the user is not left guessing. */
  onRefused(reason: string): void;
}

/** Where the browser lands after the callback: a fixed path, so the code does not stay in its history. */
const DONE_PATH = '/authctl-done';

const PAGES = {
  received: page('authctl received the authorization', 'Return to the terminal to see the result. You can close this tab.'),
  declined: page('Access was declined', 'authctl was not given access. Return to the terminal. You can close this tab.'),
  failed: page('The authorization failed', 'The provider returned an error. Return to the terminal to see it. You can close this tab.'),
};

function page(title: string, text: string): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>authctl</title></head>\n<body><h1>${title}</h1><p>${text}</p></body></html>\n`;
}

export async function startLoopbackReceiver(o: LoopbackOptions): Promise<LoopbackReceiver> {
  const port = Number(o.redirectUri.port);
  const host = `127.0.0.1:${port}`;
  let outcome: keyof typeof PAGES | undefined;
  let settle!: (c: Callback) => void;
  const callback = new Promise<Callback>((resolve) => (settle = resolve));
  let pageServed!: () => void;
  const served = new Promise<void>((resolve) => (pageServed = resolve));

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const send = (status: number, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, {
        'content-type': status === 200 ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
        ...headers,
      });
      res.end(body);
    };
    // A Host other than our literal address means DNS rebinding or a misdirected request.
    if (req.headers.host !== host) return send(400, 'Bad request\n');
    if (req.method !== 'GET') return send(405, 'Method not allowed\n', { allow: 'GET' });
    // Only an origin-form target ("/path?query"): "//host/path" would otherwise parse as another host.
    const target = req.url ?? '';
    if (!target.startsWith('/') || target.startsWith('//')) return send(400, 'Bad request\n');
    // The path is compared as sent, before any URL parser normalises "/./", "/x/../", "%2e" or "\".
    const rawPath = target.split('?', 1)[0];
    if (rawPath === DONE_PATH && outcome) {
      send(200, PAGES[outcome]);
      return pageServed();
    }
    if (rawPath !== o.redirectUri.pathname) return send(404, 'Not found\n');
    const url = new URL(target, `http://${host}`);
    if (outcome) return send(400, 'This login has already finished.\n');
    const result = interpretCallback(url.searchParams, o);
    if ('problem' in result) {
      o.onRefused(result.problem);
      return send(400, 'This is not a valid callback for the current authctl login.\n');
    }
    const error = 'error' in result.callback ? result.callback.error : undefined;
    outcome = error === undefined ? 'received' : error === 'access_denied' ? 'declined' : 'failed';
    // 303 to a clean URL: the code leaves the address bar and the history entry.
    send(303, '', { location: DONE_PATH });
    settle(result.callback);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') {
        reject(
          new AuthctlError(`port ${port} on 127.0.0.1 is in use, and the redirect URI ${o.redirectUri.href} needs it`, {
            hint: 'stop the program using it, or register a redirect URI with a free port (e.g. http://127.0.0.1:8401/callback) in the Zoho API console and with authctl client add NAME --redirect-uri URI (a client without a fixed redirect URI takes --port N)',
            cause: err,
          }),
        );
      } else {
        reject(new AuthctlError(`cannot listen on ${host}: ${err.message}`, { cause: err }));
      }
    });
    server.listen(port, '127.0.0.1', () => resolve());
  });

  return {
    callback,
    async close() {
      // After a callback the browser is on its way to the result page: let it arrive, briefly.
      if (outcome) await Promise.race([served, new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
