/** Builds an authorization request URL (RFC 6749 §4.1.1 with RFC 7636 PKCE). */
export function authorizationUrl(
  authorizeEndpoint: string,
  params: {
    clientId: string;
    redirectUri: string;
    scopes: string[];
    state: string;
    /** PKCE S256; absent only for a provider known not to take it. */
    codeChallenge?: string;
    /** Provider-specific extras, e.g. Zoho's access_type=offline&prompt=consent. */
    extra?: Record<string, string>;
    scopeSeparator?: string;
  },
): URL {
  const url = new URL(authorizeEndpoint);
  const q = url.searchParams;
  q.set('response_type', 'code');
  q.set('client_id', params.clientId);
  q.set('redirect_uri', params.redirectUri);
  // No scopes: the provider grants the ones registered for the client (Attio, Pipedrive, Clio).
  if (params.scopes.length > 0) q.set('scope', params.scopes.join(params.scopeSeparator ?? ' '));
  q.set('state', params.state);
  if (params.codeChallenge !== undefined) {
    q.set('code_challenge', params.codeChallenge);
    q.set('code_challenge_method', 'S256');
  }
  // Extras never replace what the flow itself depends on.
  const own = new Set(['response_type', 'client_id', 'redirect_uri', 'state', 'code_challenge', 'code_challenge_method']);
  for (const [k, v] of Object.entries(params.extra ?? {})) if (!own.has(k)) q.set(k, v);
  return url;
}
