import { FetchError, ofetch } from 'ofetch';
import { TransportError } from './errors.js';
import { DEFAULT_TIMEOUT_MS } from './timeout.js';

/**
 * POSTs a form and returns the parsed JSON body with its HTTP status. Retries are
 * off: a token request must never be sent twice behind the caller's back (codes
 * are single-use and Zoho counts token creations).
 */
export function postForm(
  url: string,
  form: Record<string, string>,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  return requestJson(url, { method: 'POST', body: new URLSearchParams(form), headers }, timeoutMs);
}

/** A DELETE (HubSpot's refresh-token revocation); an empty answer reads as {}. */
export function deleteResource(url: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<{ status: number; body: Record<string, unknown> }> {
  return requestJson(url, { method: 'DELETE' }, timeoutMs);
}

/** GETs a JSON resource (an API call with the caller's headers); same contract as postForm. */
export function getJson(
  url: string,
  headers: Record<string, string>,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<{ status: number; body: Record<string, unknown> }> {
  return requestJson(url, { method: 'GET', headers }, timeoutMs);
}

async function requestJson(
  url: string,
  init: { method: 'GET' | 'POST' | 'DELETE'; body?: URLSearchParams; headers?: Record<string, string> },
  timeoutMs: number,
): Promise<{ status: number; body: Record<string, unknown> }> {
  let response;
  try {
    // One signal for the whole exchange, body included: ofetch's own `timeout` stops at the
    // headers, and a server that then stalls or trickles the body would hold a refresh (and its
    // lock) for as long as it likes.
    response = await ofetch.raw(url, {
      method: init.method,
      body: init.body,
      headers: { Accept: 'application/json', ...init.headers },
      responseType: 'text',
      signal: AbortSignal.timeout(timeoutMs),
      retry: 0,
      // A 307/308 would re-send the form (a code, a secret) to wherever it points.
      redirect: 'manual',
      ignoreResponseError: true,
    });
  } catch (err) {
    throw transportError(url, err, timeoutMs);
  }
  const text = String(response._data ?? '');
  // RFC 7009 revocation answers 200 with no body at all.
  if (text.trim() === '' && response.status < 300) return { status: response.status, body: {} };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // Never echo the body: it could be anything, including a token.
    const type = response.headers.get('content-type')?.split(';')[0] || 'unknown content type';
    throw new TransportError(
      `${new URL(url).origin} answered HTTP ${response.status} with ${type}, not JSON`,
      'not-json',
      response.status,
    );
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new TransportError(`${new URL(url).origin} answered JSON that is not an object`, 'invalid-response', response.status);
  }
  return { status: response.status, body: body as Record<string, unknown> };
}

function transportError(url: string, err: unknown, timeoutMs: number): TransportError {
  const origin = new URL(url).origin;
  const cause = err instanceof FetchError ? err.cause : err;
  const code = (cause as { code?: string; cause?: { code?: string } })?.code ?? (cause as { cause?: { code?: string } })?.cause?.code;
  const name = (cause as Error)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new TransportError(`${origin} did not answer within ${timeoutMs / 1000} s`, 'timeout', undefined, { cause: err });
  }
  if (code === 'ECONNREFUSED') {
    return new TransportError(`${origin} refused the connection`, 'refused', undefined, { cause: err });
  }
  const detail = code ?? (cause as Error)?.message ?? String(err);
  return new TransportError(`could not reach ${origin} (${detail})`, 'network', undefined, { cause: err });
}
