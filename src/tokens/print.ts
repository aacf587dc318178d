import { maskInJobLog } from '../io/mask.js';
import type { ProviderName } from '../profiles/model.js';
import { authorizationHeaderLine, authorizationScheme } from '../providers/authorization.js';

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
  target: { profile: string | null; provider: ProviderName; apiDomain: string; scopes: string[] },
  token: { accessToken: string; expiresAt: number },
): void {
  maskInJobLog(ctx, token.accessToken);
  if (format.header) {
    write(`${authorizationHeaderLine(target.provider, token.accessToken)}\n`);
  } else if (format.json) {
    const out = {
      profile: target.profile,
      accessToken: token.accessToken,
      tokenType: authorizationScheme(target.provider),
      accessTokenExpiresAt: new Date(token.expiresAt).toISOString(),
      apiDomain: target.apiDomain,
      scopes: target.scopes,
    };
    write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    write(`${token.accessToken}\n`);
  }
}
