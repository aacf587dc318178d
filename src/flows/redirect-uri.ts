import { usageError } from '../errors.js';

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
