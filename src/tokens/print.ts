import { maskInJobLog } from '../io/mask.js';
import { authorizationHeaderLine } from '../providers/authorization.js';
import type { ApiAuthorization } from '../providers/spec.js';

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
export function printToken(
  ctx: { env: NodeJS.ProcessEnv; stderr: { write(text: string): unknown } },
  write: (text: string) => void,
  format: PrintFormat,
  target: { profile: string | null; provider: string; apiBase: string; apiAuth: ApiAuthorization; scopes: string[] },
  token: { accessToken: string; expiresAt: number },
): void {
  maskInJobLog(ctx, token.accessToken);
  if (format.header) {
    write(`${authorizationHeaderLine(target.apiAuth, token.accessToken)}\n`);
  } else if (format.json) {
    const out = {
      profile: target.profile,
      provider: target.provider,
      accessToken: token.accessToken,
      // The word the API wants before the token ("Bearer", "Zoho-oauthtoken"; "" for a bare token).
      tokenType: target.apiAuth.scheme,
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
