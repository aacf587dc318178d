import { maskInJobLog } from '../io/mask.js';

export interface PrintFormat {
  header?: boolean;
  json?: boolean;
}

/**
 * What `authctl token` prints on stdout: the token and a newline, the header line
 * (--header), or JSON (--json; field names as in list, status and client list).
 * Under GitHub Actions the token is masked in the job log first. Shared by the
 * command and its fast path, so both print exactly the same.
 */
/** What is printed about the credential besides the token. */
export interface PrintTarget {
  /** The profile's name; null for a credential given by CI variables. */
  profile: string | null;
  provider: string;
  /** Where the API is: Zoho's API domain, another provider's API base. */
  apiBase: string;
  scopes: string[];
  /** The word before the token in its header ("Bearer", "Zoho-oauthtoken", "" for the bare token); null for an API key. */
  tokenType: string | null;
  /** The headers an API call carries with this token; the first is the one --header prints and exec exports. */
  headers(token: string): [string, string][];
  /** An API key's other fields, and the name of its own: with the key, what --json prints. */
  apiKey?: { name: string; fields: Record<string, string> };
}

export function printToken(
  ctx: { env: NodeJS.ProcessEnv; stderr: { write(text: string): unknown } },
  write: (text: string) => void,
  format: PrintFormat,
  target: PrintTarget,
  token: { accessToken: string; expiresAt: number },
): void {
  maskInJobLog(ctx, token.accessToken);
  if (format.header) {
    const [name, value] = target.headers(token.accessToken)[0]!;
    write(`${name}: ${value}\n`);
  } else if (format.json && target.apiKey) {
    // Every field, the key included: that is what was asked for.
    const out = { profile: target.profile, provider: target.provider, auth: 'apiKey', fields: { [target.apiKey.name]: token.accessToken, ...target.apiKey.fields }, apiBase: target.apiBase };
    write(`${JSON.stringify(out, null, 2)}\n`);
  } else if (format.json) {
    const out = {
      profile: target.profile,
      provider: target.provider,
      accessToken: token.accessToken,
      // The word the API wants before the token ("Bearer", "Zoho-oauthtoken"; "" for a bare token).
      tokenType: target.tokenType,
      accessTokenExpiresAt: new Date(token.expiresAt).toISOString(),
      apiBase: target.apiBase,
      // Zoho's name for it, as earlier versions printed it.
      ...(target.provider === 'zoho' ? { apiDomain: target.apiBase } : {}),
      scopes: target.scopes,
    };
    write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    write(`${token.accessToken}\n`);
  }
}
