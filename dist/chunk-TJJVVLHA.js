import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  usageError
} from "./chunk-IJBOYKY4.js";

// src/flows/redirect-uri.ts
var DEFAULT_REDIRECT_URI = "http://127.0.0.1:8400/callback";
function parseLoopbackRedirectUri(value) {
  const rule = "it must look like http://127.0.0.1:8400/callback (http, the literal 127.0.0.1, an explicit port, a path, no query)";
  let url;
  try {
    url = new URL(value);
  } catch {
    throw usageError(`the redirect URI "${value}" is not a URL`, rule);
  }
  if (url.protocol !== "http:" || url.hostname !== "127.0.0.1" || url.port === "" || url.username || url.password || url.search || url.hash) {
    throw usageError(`the redirect URI ${url.href} cannot be received by authctl`, rule);
  }
  if (url.port === "0") throw usageError(`the redirect URI ${url.href} has port 0`, "give the fixed port registered in the API console, from 1 to 65535");
  const path = /^http:\/\/[^/?#]+(\/[^?#]*)?/i.exec(value)?.[1] ?? "/";
  if (path !== url.pathname) {
    throw usageError(`the redirect URI "${value}" has a path with dot segments, escapes or backslashes`, `write it plainly, as registered in the API console, e.g. ${url.href}`);
  }
  return url;
}
function redirectUriFor(client, port) {
  const registered = (client.client?.redirectUris ?? []).map(parseLoopbackRedirectUri);
  if (registered.length > 0) {
    const url2 = port === void 0 ? registered[0] : registered.find((u) => u.port === String(port));
    if (url2) return url2;
    const wanted = `http://127.0.0.1:${port}${registered[0].pathname}`;
    throw usageError(
      `client "${client.name}" has no redirect URI on port ${port} (registered: ${registered.map((u) => u.href).join(", ")})`,
      `omit --port, or register ${wanted} for the client in ${client.client?.provider === "zoho" || !client.client ? "the Zoho API console" : `${client.client.provider}'s client settings`} and add it here: authctl client update ${client.name} --add-redirect-uri ${wanted}`
    );
  }
  const url = new URL(DEFAULT_REDIRECT_URI);
  if (port !== void 0) url.port = String(port);
  return url;
}
var DEFAULT_TIMEOUT_SECONDS = 180;
function parseBrowserWait(opts) {
  let port;
  if (opts.port !== void 0) {
    port = Number(opts.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw usageError(`invalid --port "${opts.port}"`, "give a port number from 1 to 65535");
  }
  const seconds = opts.timeout === void 0 ? DEFAULT_TIMEOUT_SECONDS : Number(opts.timeout);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) {
    throw usageError(`invalid --timeout "${opts.timeout}"`, "give the seconds to wait for the browser, from 1 to 3600");
  }
  return { port, timeoutMs: seconds * 1e3 };
}

export {
  DEFAULT_REDIRECT_URI,
  parseLoopbackRedirectUri,
  redirectUriFor,
  parseBrowserWait
};
