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

export {
  DEFAULT_REDIRECT_URI,
  parseLoopbackRedirectUri
};
