import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  SECRET_VARIABLES
} from "./chunk-ZK7G6Q4M.js";
import {
  interpretCallback,
  readPastedCallback
} from "./chunk-C6IKX3WE.js";
import {
  startSpinner
} from "./chunk-54IEUEPA.js";
import "./chunk-D7YHL7JO.js";
import "./chunk-U4XMNMAO.js";
import {
  AuthctlError
} from "./chunk-IJBOYKY4.js";
import "./chunk-S47ZGZ7M.js";

// src/flows/loopback.ts
import { createServer } from "node:http";
var DONE_PATH = "/authctl-done";
var PAGES = {
  received: page("authctl received the authorization", "Return to the terminal to see the result. You can close this tab."),
  declined: page("Access was declined", "authctl was not given access. Return to the terminal. You can close this tab."),
  failed: page("The authorization failed", "The provider returned an error. Return to the terminal to see it. You can close this tab.")
};
function page(title, text) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>authctl</title></head>
<body><h1>${title}</h1><p>${text}</p></body></html>
`;
}
async function startLoopbackReceiver(o) {
  const port = Number(o.redirectUri.port);
  const host = `127.0.0.1:${port}`;
  let outcome;
  let settle;
  const callback = new Promise((resolve) => settle = resolve);
  let pageServed;
  const served = new Promise((resolve) => pageServed = resolve);
  const server = createServer((req, res) => {
    const send = (status, body, headers = {}) => {
      res.writeHead(status, {
        "content-type": status === 200 ? "text/html; charset=utf-8" : "text/plain; charset=utf-8",
        "cache-control": "no-store",
        "referrer-policy": "no-referrer",
        "x-content-type-options": "nosniff",
        "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
        ...headers
      });
      res.end(body);
    };
    if (req.headers.host !== host) return send(400, "Bad request\n");
    if (req.method !== "GET") return send(405, "Method not allowed\n", { allow: "GET" });
    const target = req.url ?? "";
    if (!target.startsWith("/") || target.startsWith("//")) return send(400, "Bad request\n");
    const rawPath = target.split("?", 1)[0];
    if (rawPath === DONE_PATH && outcome) {
      send(200, PAGES[outcome]);
      return pageServed();
    }
    if (rawPath !== o.redirectUri.pathname) return send(404, "Not found\n");
    const url = new URL(target, `http://${host}`);
    if (outcome) return send(400, "This login has already finished.\n");
    const result = interpretCallback(url.searchParams, o);
    if ("problem" in result) {
      o.onRefused(result.problem);
      return send(400, "This is not a valid callback for the current authctl login.\n");
    }
    const error = "error" in result.callback ? result.callback.error : void 0;
    outcome = error === void 0 ? "received" : error === "access_denied" ? "declined" : "failed";
    send(303, "", { location: DONE_PATH });
    settle(result.callback);
  });
  await new Promise((resolve, reject) => {
    server.once("error", (err) => {
      if (err.code === "EADDRINUSE") {
        reject(
          new AuthctlError(`port ${port} on 127.0.0.1 is in use, and the redirect URI ${o.redirectUri.href} needs it`, {
            hint: "stop the program using it, or register a redirect URI with a free port (e.g. http://127.0.0.1:8401/callback) in the Zoho API console and with authctl client add NAME --redirect-uri URI (a client without a fixed redirect URI takes --port N)",
            cause: err
          })
        );
      } else {
        reject(new AuthctlError(`cannot listen on ${host}: ${err.message}`, { cause: err }));
      }
    });
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    callback,
    async close() {
      if (outcome) await Promise.race([served, new Promise((resolve) => setTimeout(resolve, 2e3).unref())]);
      await new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    }
  };
}

// src/flows/browser.ts
async function authorizeInBrowser(ctx, o) {
  let noBrowser = o.openBrowser ? browserUnavailable(ctx.env) : "you asked for --no-browser";
  let spinner;
  let receiver;
  try {
    receiver = await startLoopbackReceiver({
      state: o.state,
      ...o.distrustAccountsServer ? { distrustAccountsServer: o.distrustAccountsServer } : {},
      ...o.issuer ? { issuer: o.issuer } : {},
      redirectUri: o.redirectUri,
      onRefused: (reason) => {
        spinner?.clear();
        ctx.warn(`refused a request to ${o.redirectUri.href}: ${reason}`);
      }
    });
  } catch (err) {
    if (!noBrowser) throw err;
    ctx.warn(`${err.message}; paste the redirected URL instead`);
  }
  if (!noBrowser) {
    try {
      await openUrl(o.authorizeUrl.href, ctx.env);
      ctx.info(`Opened your browser to sign in to ${signIn(o)}. If it did not open, visit:
  ${o.authorizeUrl.href}`);
    } catch (err) {
      noBrowser = `the browser could not be started (${err.message})`;
    }
  }
  if (noBrowser) {
    ctx.info(`Not opening a browser: ${noBrowser}.`);
    if (o.deviceHint && o.openBrowser) ctx.info(`Tip: ${o.deviceHint}.`);
    ctx.info(`Open this URL in a browser, sign in to ${signIn(o)}:
  ${o.authorizeUrl.href}`);
    ctx.info(
      `If the browser cannot reach this machine afterwards, copy the URL it was redirected to (it starts with ${o.redirectUri.origin}${o.redirectUri.pathname}) and paste it here, or paste just the code.`
    );
  }
  const stop = new AbortController();
  let timer;
  const sources = [
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(timedOut(o)), o.timeoutMs);
    })
  ];
  if (receiver) sources.push(receiver.callback);
  if (noBrowser) sources.push(readPastedCallback(ctx, o, o.isCode, stop.signal));
  if (!(noBrowser && ctx.stdinIsTTY)) spinner = startSpinner(ctx, `Waiting for ${o.providerTitle ?? "Zoho"} to redirect to ${o.redirectUri.href} \u2026`);
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
function browserUnavailable(env) {
  if (env.BROWSER) return void 0;
  if (env.SSH_CONNECTION || env.SSH_CLIENT || env.SSH_TTY) return "this is an SSH session";
  const desktop = process.platform === "darwin" || process.platform === "win32" || Boolean(env.WSL_DISTRO_NAME);
  if (!desktop && !env.DISPLAY && !env.WAYLAND_DISPLAY) return "there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)";
  return void 0;
}
async function openUrl(url, env) {
  const { default: open } = await import("./open-RZ7SDDBV.js");
  const saved = SECRET_VARIABLES.filter((name) => process.env[name] !== void 0).map((name) => [name, process.env[name]]);
  for (const [name] of saved) delete process.env[name];
  try {
    await open(url, env.BROWSER ? { app: { name: env.BROWSER } } : {});
  } finally {
    for (const [name, value] of saved) process.env[name] = value;
  }
}
var signIn = (o) => o.providerTitle === void 0 ? "Zoho and choose the org" : `${o.providerTitle} and allow access`;
function timedOut(o) {
  const seconds = Math.round(o.timeoutMs / 1e3);
  return new AuthctlError(`no authorization arrived within ${seconds} s; nothing was changed`, {
    hint: o.providerTitle !== void 0 ? `run the login again (--timeout SECONDS waits longer). If ${o.providerTitle} showed an error about the redirect URI, register exactly ${o.redirectUri.href} for the client there.` : `run the login again (--timeout SECONDS waits longer). If Zoho showed "Invalid Redirect Uri", register exactly ${o.redirectUri.href} as a redirect URI of the client in the Zoho API console; if it showed "Access Denied", wait a few minutes: Zoho blocks new codes for a while after too many attempts.`
  });
}
export {
  authorizeInBrowser
};
