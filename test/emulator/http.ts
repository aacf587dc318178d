// Small HTTP plumbing shared by the accounts and API servers: read and record a request,
// answer it, and stop a server without waiting for keep-alive or hanging connections.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EmulatorState } from './state.js';
import type { Environment, RecordedRequest } from './types.js';

/** One request as a route sees it: parsed once, recorded before any route runs. */
export interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  method: string;
  path: string;
  query: Record<string, string>;
  form: Record<string, string>;
  rawBody: string;
  record: RecordedRequest;
}

const MAX_BODY = 1 << 20;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) reject(new Error('request body too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function headerRecord(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

/** Form parameters, as Zoho reads them: only from an urlencoded body (or an untyped one). */
function parseForm(req: IncomingMessage, body: string): Record<string, string> {
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (body === '' || (type !== '' && !type.startsWith('application/x-www-form-urlencoded'))) return {};
  return Object.fromEntries(new URLSearchParams(body));
}

export function sendJson(x: Exchange, status: number, body: unknown, headers: Record<string, string> = {}): void {
  send(x, status, 'application/json;charset=UTF-8', JSON.stringify(body), headers);
}

export function sendHtml(x: Exchange, status: number, html: string): void {
  send(x, status, 'text/html;charset=UTF-8', html);
}

export function redirect(x: Exchange, location: string): void {
  send(x, 302, 'text/plain;charset=UTF-8', '', { location });
}

function send(x: Exchange, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  if (x.res.headersSent || x.res.destroyed) return;
  x.record.status = status;
  x.res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  x.res.end(body);
}

export interface Listening {
  server: Server;
  url: string;
}

/**
 * Starts a server on 127.0.0.1 with a free port. Every request is recorded (in arrival order)
 * before the handler runs, so even a request that never gets an answer shows up.
 */
export async function listen(
  state: EmulatorState,
  where: { dc: string; server: 'accounts' | 'api'; environment?: Environment },
  handler: (x: Exchange) => void | Promise<void>,
): Promise<Listening> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const record: RecordedRequest = {
      dc: where.dc,
      server: where.server,
      ...(where.environment ? { environment: where.environment } : {}),
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      form: {},
      headers: headerRecord(req),
      status: 0,
      at: state.now(),
    };
    state.requests.push(record);
    const x: Exchange = { req, res, method: record.method, path: record.path, query: record.query, form: {}, rawBody: '', record };
    try {
      x.rawBody = await readBody(req);
      x.form = record.form = parseForm(req, x.rawBody);
      await handler(x);
    } catch (err) {
      // A bug in the emulator should fail the test loudly, not look like a Zoho answer.
      sendJson(x, 500, { error: 'emulator_error', message: err instanceof Error ? err.message : String(err) });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}` };
}

/** Closes a server now: hanging and keep-alive connections are cut rather than awaited. */
export function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
