/** Builds an authorization request URL (RFC 6749 §4.1.1 with RFC 7636 PKCE). */
export function authorizationUrl(
  authorizeEndpoint: string,
  params: {
    clientId: string;
    redirectUri: string;
    scopes: string[];
    state: string;
    codeChallenge: string;
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
  q.set('scope', params.scopes.join(params.scopeSeparator ?? ' '));
  q.set('state', params.state);
  q.set('code_challenge', params.codeChallenge);
  q.set('code_challenge_method', 'S256');
  for (const [k, v] of Object.entries(params.extra ?? {})) q.set(k, v);
  return url;
}
