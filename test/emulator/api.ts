// One API server (a dc's production, sandbox or developer domain). Tokens are org-specific
// (seed 001): a token works only on the API domain of its own dc and environment.
import { sendJson, type Exchange } from './http.js';
import type { EmulatorState } from './state.js';
import type { Environment } from './types.js';

const INVALID_TOKEN = { code: 'INVALID_TOKEN', details: {}, message: 'invalid oauth token', status: 'error' };
const SCOPE_MISMATCH = { code: 'OAUTH_SCOPE_MISMATCH', details: {}, message: 'invalid oauth scope to access this URL', status: 'error' };

/** Scopes that may read the org (ZohoCRM.modules.ALL may not). Zoho compares case-insensitively. */
const ORG_SCOPES = ['zohocrm.org.read', 'zohocrm.org.all', 'zohocrm.settings.all', 'zohocrm.settings.read'];

const ORG_PATH = /^\/crm\/v[2-8]\/org\/?$/;

function bearer(x: Exchange): string | undefined {
  const m = /^(?:Zoho-oauthtoken|Bearer)\s+(\S+)\s*$/i.exec(x.req.headers.authorization ?? '');
  return m?.[1];
}

function parseBody(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

export function apiRoutes(state: EmulatorState, dc: string, environment: Environment): (x: Exchange) => void {
  return (x) => {
    const token = bearer(x);
    const at = token === undefined ? undefined : state.liveAccessToken(token);
    if (!at || at.dc !== dc || at.environment !== environment) return sendJson(x, 401, INVALID_TOKEN);
    const found = state.findOrg(dc, at.orgId);
    if (!found) return sendJson(x, 401, INVALID_TOKEN);
    const { portal, org } = found;

    if (x.method === 'GET' && ORG_PATH.test(x.path)) {
      if (!at.scopes.some((s) => ORG_SCOPES.includes(s.toLowerCase()))) return sendJson(x, 401, SCOPE_MISMATCH);
      const user = state.dataCentre(dc).user;
      return sendJson(x, 200, {
        org: [
          {
            id: org.id,
            company_name: org.name,
            primary_email: user.email,
            domain_name: `org${org.id}`,
            zgid: String(80_000_000 + Number(org.id)),
            type: org.environment,
          },
        ],
      });
    }

    // Anything else: an echo, so tests can see which org, environment and scopes a call reached.
    sendJson(x, 200, {
      method: x.method,
      path: x.path,
      query: x.query,
      body: parseBody(x.rawBody),
      org: { id: org.id, name: org.name },
      portal: { id: portal.id, name: portal.name },
      environment,
      dc,
      scopes: at.scopes,
    });
  };
}
