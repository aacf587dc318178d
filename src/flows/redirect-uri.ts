import { usageError } from '../errors.js';
import type { ResolvedClient } from '../profiles/clients.js';

/** Used when a client has no registered redirect URI of its own; `login --port` changes only its port. */
export const DEFAULT_REDIRECT_URI = 'http://127.0.0.1:8400/callback';

/**
 * A redirect URI authctl can receive (RFC 8252 §7.3): http on the literal
 * 127.0.0.1 with an explicit port, since Zoho matches the registered URI exactly
 * and the loopback receiver must listen on that very port.
 */
export function parseLoopbackRedirectUri(value: string): URL {
  const rule = 'it must look like http://127.0.0.1:8400/callback (http, the literal 127.0.0.1, an explicit port, a path, no query)';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw usageError(`the redirect URI "${value}" is not a URL`, rule);
  }
  if (url.protocol !== 'http:' || url.hostname !== '127.0.0.1' || url.port === '' || url.username || url.password || url.search || url.hash) {
    throw usageError(`the redirect URI ${url.href} cannot be received by authctl`, rule);
  }
  // Port 0 would mean "any free port", which no registered URI can match.
  if (url.port === '0') throw usageError(`the redirect URI ${url.href} has port 0`, 'give the fixed port registered in the API console, from 1 to 65535');
  // The callback path is matched exactly as the browser sends it, so it must be written plainly.
  const path = /^http:\/\/[^/?#]+(\/[^?#]*)?/i.exec(value)?.[1] ?? '/';
  if (path !== url.pathname) {
    throw usageError(`the redirect URI "${value}" has a path with dot segments, escapes or backslashes`, `write it plainly, as registered in the API console, e.g. ${url.href}`);
  }
  return url;
}

/**
 * The redirect URI to listen on: the client's first registered one, or the one on
 * the port --port names (Zoho matches the URI exactly, so only a registered one works).
 */
export function redirectUriFor(client: ResolvedClient, port: number | undefined): URL {
  const registered = (client.client?.redirectUris ?? []).map(parseLoopbackRedirectUri);
  if (registered.length > 0) {
    const url = port === undefined ? registered[0] : registered.find((u) => u.port === String(port));
    if (url) return url;
    const wanted = `http://127.0.0.1:${port}${registered[0]!.pathname}`;
    throw usageError(
      `client "${client.name}" has no redirect URI on port ${port} (registered: ${registered.map((u) => u.href).join(', ')})`,
      `omit --port, or register ${wanted} for the client in ${client.client?.provider === 'zoho' || !client.client ? 'the Zoho API console' : `${client.client.provider}'s client settings`} and add it here: authctl client update ${client.name} --add-redirect-uri ${wanted}`,
    );
  }
  const url = new URL(DEFAULT_REDIRECT_URI);
  if (port !== undefined) url.port = String(port);
  return url;
}


const DEFAULT_TIMEOUT_SECONDS = 180;

/** login's --port (a port of the client's redirect URIs) and --timeout (seconds to wait for the browser). */
export function parseBrowserWait(opts: { port?: string; timeout?: string }): { port?: number; timeoutMs: number } {
  let port: number | undefined;
  if (opts.port !== undefined) {
    port = Number(opts.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw usageError(`invalid --port "${opts.port}"`, 'give a port number from 1 to 65535');
  }
  const seconds = opts.timeout === undefined ? DEFAULT_TIMEOUT_SECONDS : Number(opts.timeout);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) {
    throw usageError(`invalid --timeout "${opts.timeout}"`, 'give the seconds to wait for the browser, from 1 to 3600');
  }
  return { port, timeoutMs: seconds * 1000 };
}
