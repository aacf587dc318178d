import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostileRequest {
  method: string;
  /** The raw request target, query included. */
  target: string;
  body: string;
  headers: IncomingMessage['headers'];
  at: number;
}

/**
 * A server on 127.0.0.1 that answers however a test tells it to: stalls, trickles, lies.
 * It records every request, and close() drops connections it left hanging.
 */
export async function startHostile(answer: (req: IncomingMessage, res: ServerResponse, body: string) => void) {
  const requests: HostileRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (d: string) => (body += d));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', target: req.url ?? '', body, headers: req.headers, at: Date.now() });
      answer(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    /** Writes `chunk` every `ms` until the connection closes: a body that never ends. */
    trickle(res: ServerResponse, chunk: string, ms: number) {
      const t = setInterval(() => res.write(chunk), ms);
      timers.add(t);
      res.on('close', () => clearInterval(t));
    },
    async close() {
      for (const t of timers) clearInterval(t);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};
