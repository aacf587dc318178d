import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  DEFAULT_MIN_TTL_MS,
  getAccessToken
} from "./chunk-467FD2SX.js";
import "./chunk-VOPNYTB5.js";
import {
  openCredential
} from "./chunk-V7STPABU.js";
import "./chunk-V6PYEZHN.js";
import "./chunk-LJ6DYF44.js";
import "./chunk-IOWPGD6P.js";
import {
  isKnownApiDomain,
  loadDataCentres
} from "./chunk-UZ6VYVCW.js";
import "./chunk-LVFTAJCA.js";
import "./chunk-7NKYUQS5.js";
import "./chunk-RYCME3SZ.js";
import "./chunk-4MABVAWP.js";
import "./chunk-U4XMNMAO.js";
import "./chunk-HVF3DJK5.js";
import "./chunk-4WXXECZW.js";
import "./chunk-YCNKKPBX.js";
import "./chunk-3GMNTBGG.js";
import {
  secondsSetting
} from "./chunk-OHRQBEPP.js";
import {
  AuthctlError,
  ExitCode,
  usageError
} from "./chunk-IJBOYKY4.js";
import "./chunk-S47ZGZ7M.js";

// src/commands/api.ts
async function run(ctx, path, opts) {
  if (opts.data !== void 0 && opts.dataStdin) throw usageError("give -d DATA or --data-stdin, not both");
  const headers = (opts.header ?? []).map(parseHeader);
  const { provider, apiBase, headers: authHeaders, apiBaseProblem, apiKey, source, config } = await openCredential(ctx, opts);
  const zoho = provider === "zoho";
  if (zoho && !isKnownApiDomain(await loadDataCentres(ctx.env, config), apiBase)) {
    throw new AuthctlError(`the API domain ${apiBase} is not one of the data-centre table in force: the token was not sent`, {
      hint: "log in again, or give this machine the table the profile was made with (AUTHCTL_ZOHO_DATA_CENTRES)"
    });
  }
  if (apiBaseProblem) throw new AuthctlError(`the API base ${apiBase} ${apiBaseProblem}: the token was not sent`, { hint: "log in again to record the right one" });
  const url = apiUrl(apiBase, path, zoho ? "API domain" : "API base");
  const body = opts.dataStdin ? await readAll(ctx.stdin) : opts.data === void 0 ? void 0 : Buffer.from(opts.data);
  const method = (opts.method ?? (body === void 0 ? "GET" : "POST")).toUpperCase();
  if (body !== void 0 && (method === "GET" || method === "HEAD")) throw usageError(`a ${method} request cannot carry data`);
  if (body !== void 0 && !headers.some(([name]) => name.toLowerCase() === "content-type")) {
    headers.push(["Content-Type", isJson(body) ? "application/json" : "application/x-www-form-urlencoded"]);
  }
  const timeoutMs = secondsSetting("AUTHCTL_API_TIMEOUT", ctx.env.AUTHCTL_API_TIMEOUT, DEFAULT_API_TIMEOUT_SECONDS) * 1e3;
  const call = (accessToken) => send(url, method, [...headers, ...authHeaders(accessToken)], body, timeoutMs);
  const token = await getAccessToken(source, { minTtlMs: DEFAULT_MIN_TTL_MS }, ctx.now);
  let answer = await call(token.accessToken);
  let retried = false;
  if (answer.status === 401 && !apiKey && (!zoho || isInvalidToken(answer.body))) {
    const fresh = await getAccessToken(source, { minTtlMs: DEFAULT_MIN_TTL_MS, rejectedToken: token.accessToken }, ctx.now);
    answer = await call(fresh.accessToken);
    retried = true;
  }
  writeBody(ctx, answer);
  if (answer.status < 200 || answer.status > 299) {
    throw new AuthctlError(`${method} ${url.pathname} answered HTTP ${answer.status} ${answer.statusText}`.trimEnd(), {
      hint: answer.status === 401 ? apiKey ? `the API refused the API key: it may have been revoked or rotated; log in again with the new one (authctl login --provider ${provider})` : `the API refused the access token${retried ? " even after a refresh" : ""}: check the profile's scopes and environment (authctl list)` : void 0
    });
  }
}
function parseHeader(header) {
  const m = /^([A-Za-z0-9!#$%&'*+.^_`|~-]+):\s*(.*)$/.exec(header);
  if (!m) throw usageError(`-H takes "Name: value", not "${header}"`);
  if (m[1].toLowerCase() === "authorization") throw usageError("authctl sets the Authorization header itself");
  return [m[1], m[2]];
}
function apiUrl(apiBase, path, term) {
  const base = new URL(apiBase);
  const prefix = base.pathname.replace(/\/$/, "");
  let url;
  try {
    url = new URL(path, base.origin);
  } catch {
    throw usageError(`"${path}" is not a path`);
  }
  if (url.origin !== base.origin) {
    throw usageError(`${url.origin} is not the profile's ${term} (${base.origin})`, "give a path, e.g. /crm/v8/org");
  }
  if (prefix && url.pathname === "/") url.pathname = prefix;
  else if (prefix && url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) url.pathname = `${prefix}${url.pathname}`;
  return url;
}
var DEFAULT_API_TIMEOUT_SECONDS = 120;
async function send(url, method, headers, body, timeoutMs) {
  try {
    const response = await fetch(url, { method, headers, body: body && new Uint8Array(body), redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
    return {
      status: response.status,
      statusText: response.statusText,
      contentType: response.headers.get("content-type") ?? "",
      body: Buffer.from(await response.arrayBuffer())
    };
  } catch (err) {
    const cause = err.cause;
    const timedOut = err.name === "TimeoutError";
    throw new AuthctlError(
      timedOut ? `${url.origin} did not answer in full within ${timeoutMs / 1e3} s` : `could not reach ${url.origin} (${cause?.code ?? cause?.message ?? err.message})`,
      {
        exitCode: ExitCode.server,
        hint: timedOut ? "try again, or allow longer with AUTHCTL_API_TIMEOUT (seconds)" : "check your network connection and try again",
        cause: err
      }
    );
  }
}
function isInvalidToken(body) {
  try {
    return JSON.parse(body.toString("utf8"))?.code === "INVALID_TOKEN";
  } catch {
    return false;
  }
}
function isJson(body) {
  try {
    JSON.parse(body.toString("utf8"));
    return true;
  } catch {
    return false;
  }
}
function writeBody(ctx, answer) {
  if (ctx.stdoutIsTTY && /\bjson\b/i.test(answer.contentType) && isJson(answer.body)) {
    ctx.stdout.write(`${JSON.stringify(JSON.parse(answer.body.toString("utf8")), null, 2)}
`);
  } else {
    ctx.stdout.write(answer.body);
  }
}
async function readAll(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
export {
  run
};
