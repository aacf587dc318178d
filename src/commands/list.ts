import type { Context } from '../io/context.js';
import { describeExpiry, formatTable } from '../io/table.js';
import { ConfigStore } from '../profiles/config.js';
import { apiBaseOf, clientOf, isApiKeyProfile, isZohoProfile } from '../profiles/model.js';

export interface ListOptions {
  json?: boolean;
}

/** Profiles as a table, or a JSON array with --json. Metadata only: no secret is read. */
export async function run(ctx: Context, opts: ListOptions): Promise<void> {
  const config = await new ConfigStore(ctx).load();
  const profiles = Object.entries(config.profiles).map(([name, p]) => ({
    profile: name,
    default: config.defaultProfile === name,
    provider: p.provider,
    // Zoho's: null for other providers.
    dc: isZohoProfile(p) ? p.dc : null,
    accountsServer: isZohoProfile(p) ? p.accountsServer : null,
    apiDomain: isZohoProfile(p) ? p.apiDomain : null,
    portal: (isZohoProfile(p) && p.portal) || null,
    environment: isZohoProfile(p) ? p.environment : null,
    // Every provider's: where the API is, and the values its endpoints were filled with.
    apiBase: apiBaseOf(p),
    variables: isZohoProfile(p) || isApiKeyProfile(p) ? {} : (p.variables ?? {}),
    // An API key's non-secret fields (an API URL, a user's e-mail); {} otherwise.
    fields: isApiKeyProfile(p) ? (p.fields ?? {}) : {},
    org: p.org ?? null,
    orgId: p.orgId ?? null,
    orgName: p.orgName ?? null,
    scopes: p.scopes,
    client: clientOf(p) ?? null,
    accessTokenExpiresAt: p.accessTokenExpiresAt ?? null,
    store: p.store,
    createdAt: p.createdAt,
    refreshedAt: p.refreshedAt ?? null,
    loginRequired: p.loginRequired !== undefined,
  }));
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify(profiles, null, 2)}\n`);
    return;
  }
  if (profiles.length === 0) {
    ctx.info('No profiles yet. Log in with: authctl login --org <org>');
    return;
  }
  const now = ctx.now();
  const rows = profiles.map((p) => [
    `${p.profile}${p.default ? ' *' : ''}`,
    p.provider,
    p.dc ?? '-',
    p.portal ?? '-',
    p.orgName ?? p.org ?? p.orgId ?? '-',
    p.environment ?? '-',
    p.scopes.join(','),
    describeExpiry(p.accessTokenExpiresAt ?? undefined, now),
    p.store,
  ]);
  const header = ['NAME', 'PROVIDER', 'DC', 'PORTAL', 'ORG', 'ENV', 'SCOPES', 'ACCESS TOKEN', 'STORE'];
  ctx.stdout.write(formatTable(header, rows, ctx.stdoutColor.bold));
}
