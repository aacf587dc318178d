import type { Readable } from 'node:stream';
import { AuthctlError, ExitCode, usageError } from '../errors.js';
import type { Context } from '../io/context.js';
import { secondsSetting } from '../io/seconds.js';
import type { ProfileSelection } from '../profiles/select.js';
import { isKnownApiDomain, loadDataCentres } from '../providers/zoho.js';
import { DEFAULT_MIN_TTL_MS, getAccessToken } from '../tokens/lifecycle.js';
import { openCredential } from '../tokens/open.js';

export interface ApiOptions extends ProfileSelection {
  method?: string;
  header?: string[];
  data?: string;
  dataStdin?: boolean;
}

interface Answer {
  status: number;
  statusText: string;
  contentType: string;
  body: Buffer;
}

/**
 * One request to the profile's API domain with its access token. An answer of
 * 401 INVALID_TOKEN (revoked, or expired early) gets one refresh and one retry.
 * The body goes to stdout as received, pretty-printed when it is JSON on a TTY.
 */
export async function run(ctx: Context, path: string, opts: ApiOptions): Promise<void> {
  if (opts.data !== undefined && opts.dataStdin) throw usageError('give -d DATA or --data-stdin, not both');
  const headers = (opts.header ?? []).map(parseHeader);
  const { provider, apiBase, headers: authHeaders, apiBaseProblem, apiKey, source, config } = await openCredential(ctx, opts);
  const zoho = provider === 'zoho';
  // config.json is not trusted with where the token goes: only the data-centre table in force, or the provider, is.
  if (zoho && !isKnownApiDomain(await loadDataCentres(ctx.env, config), apiBase)) {
    throw new AuthctlError(`the API domain ${apiBase} is not one of the data-centre table in force: the token was not sent`, {
      hint: 'log in again, or give this machine the table the profile was made with (AUTHCTL_ZOHO_DATA_CENTRES)',
    });
  }
  if (apiBaseProblem) throw new AuthctlError(`the API base ${apiBase} ${apiBaseProblem}: the token was not sent`, { hint: 'log in again to record the right one' });
  const url = apiUrl(apiBase, path, zoho ? 'API domain' : 'API base');
  // Read once: a retry sends the same bytes again.
  const body = opts.dataStdin ? await readAll(ctx.stdin) : opts.data === undefined ? undefined : Buffer.from(opts.data);
  const method = (opts.method ?? (body === undefined ? 'GET' : 'POST')).toUpperCase();
  if (body !== undefined && (method === 'GET' || method === 'HEAD')) throw usageError(`a ${method} request cannot carry data`);
  if (body !== undefined && !headers.some(([name]) => name.toLowerCase() === 'content-type')) {
    headers.push(['Content-Type', isJson(body) ? 'application/json' : 'application/x-www-form-urlencoded']);
  }

  const timeoutMs = secondsSetting('AUTHCTL_API_TIMEOUT', ctx.env.AUTHCTL_API_TIMEOUT, DEFAULT_API_TIMEOUT_SECONDS) * 1000;
  const call = (accessToken: string) => send(url, method, [...headers, ...authHeaders(accessToken)], body, timeoutMs);
  const token = await getAccessToken(source, { minTtlMs: DEFAULT_MIN_TTL_MS }, ctx.now);
  let answer = await call(token.accessToken);
  let retried = false;
  // Zoho says which 401 means the token (INVALID_TOKEN, not a scope mismatch); for others, any 401 may be an
  // access token revoked or expired early (one whose response gave no expires_in has only an assumed lifetime).
  // An API key has nothing to refresh.
  if (answer.status === 401 && !apiKey && (!zoho || isInvalidToken(answer.body))) {
    const fresh = await getAccessToken(source, { minTtlMs: DEFAULT_MIN_TTL_MS, rejectedToken: token.accessToken }, ctx.now);
    answer = await call(fresh.accessToken);
    retried = true;
  }

  writeBody(ctx, answer);
  if (answer.status < 200 || answer.status > 299) {
    throw new AuthctlError(`${method} ${url.pathname} answered HTTP ${answer.status} ${answer.statusText}`.trimEnd(), {
      hint:
        answer.status === 401
          ? apiKey
            ? `the API refused the API key: it may have been revoked or rotated; log in again with the new one (authctl login --provider ${provider})`
            : `the API refused the access token${retried ? ' even after a refresh' : ''}: check the profile's scopes and environment (authctl list)`
          : undefined,
    });
  }
}

function parseHeader(header: string): [string, string] {
  const m = /^([A-Za-z0-9!#$%&'*+.^_`|~-]+):\s*(.*)$/.exec(header);
  if (!m) throw usageError(`-H takes "Name: value", not "${header}"`);
  if (m[1]!.toLowerCase() === 'authorization') throw usageError('authctl sets the Authorization header itself');
  return [m[1]!, m[2]!];
}

/**
 * The URL on the profile's API base: the token is never sent anywhere else. A
 * base with a path (https://api.close.com/api/v1) takes paths below it: /lead/
 * and /api/v1/lead/ are the same call.
 */
function apiUrl(apiBase: string, path: string, term: string): URL {
  const base = new URL(apiBase);
  const prefix = base.pathname.replace(/\/$/, '');
  let url: URL;
  try {
    url = new URL(path, base.origin);
  } catch {
    throw usageError(`"${path}" is not a path`);
  }
  if (url.origin !== base.origin) {
    throw usageError(`${url.origin} is not the profile's ${term} (${base.origin})`, 'give a path, e.g. /crm/v8/org');
  }
  // "/" is the base itself (monday.com's GraphQL endpoint is https://api.monday.com/v2).
  if (prefix && url.pathname === '/') url.pathname = prefix;
  else if (prefix && url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) url.pathname = `${prefix}${url.pathname}`;
  return url;
}

/** An API call may move much more data than a token request: its own limit, AUTHCTL_API_TIMEOUT. */
const DEFAULT_API_TIMEOUT_SECONDS = 120;

async function send(url: URL, method: string, headers: [string, string][], body: Buffer | undefined, timeoutMs: number): Promise<Answer> {
  try {
    // Redirects are not followed: they could carry the token to another host. The signal
    // bounds the whole exchange, the body included.
    const response = await fetch(url, { method, headers, body: body && new Uint8Array(body), redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    return {
      status: response.status,
      statusText: response.statusText,
      contentType: response.headers.get('content-type') ?? '',
      body: Buffer.from(await response.arrayBuffer()),
    };
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const timedOut = (err as Error).name === 'TimeoutError';
    throw new AuthctlError(
      timedOut
        ? `${url.origin} did not answer in full within ${timeoutMs / 1000} s`
        : `could not reach ${url.origin} (${cause?.code ?? cause?.message ?? (err as Error).message})`,
      {
        exitCode: ExitCode.server,
        hint: timedOut ? 'try again, or allow longer with AUTHCTL_API_TIMEOUT (seconds)' : 'check your network connection and try again',
        cause: err,
      },
    );
  }
}

/** Zoho's answer to an expired or revoked access token: 401 {"code":"INVALID_TOKEN"}. */
function isInvalidToken(body: Buffer): boolean {
  try {
    return (JSON.parse(body.toString('utf8')) as { code?: unknown })?.code === 'INVALID_TOKEN';
  } catch {
    return false;
  }
}

function isJson(body: Buffer): boolean {
  try {
    JSON.parse(body.toString('utf8'));
    return true;
  } catch {
    return false;
  }
}

function writeBody(ctx: Context, answer: Answer): void {
  if (ctx.stdoutIsTTY && /\bjson\b/i.test(answer.contentType) && isJson(answer.body)) {
    ctx.stdout.write(`${JSON.stringify(JSON.parse(answer.body.toString('utf8')), null, 2)}\n`);
  } else {
    ctx.stdout.write(answer.body);
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
