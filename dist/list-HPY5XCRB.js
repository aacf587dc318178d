import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  describeExpiry,
  formatTable
} from "./chunk-HOPHJIIG.js";
import "./chunk-XYMNJ3EU.js";
import {
  ConfigStore
} from "./chunk-WE677QNK.js";
import "./chunk-HVF3DJK5.js";
import "./chunk-23EBES73.js";
import "./chunk-4WXXECZW.js";
import {
  apiBaseOf,
  clientOf,
  isApiKeyProfile,
  isZohoProfile
} from "./chunk-YCNKKPBX.js";
import "./chunk-3GMNTBGG.js";
import "./chunk-IJBOYKY4.js";
import "./chunk-S47ZGZ7M.js";

// src/commands/list.ts
async function run(ctx, opts) {
  const config = await new ConfigStore(ctx).load();
  const profiles = Object.entries(config.profiles).map(([name, p]) => ({
    profile: name,
    default: config.defaultProfile === name,
    provider: p.provider,
    // Zoho's: null for other providers.
    dc: isZohoProfile(p) ? p.dc : null,
    accountsServer: isZohoProfile(p) ? p.accountsServer : null,
    apiDomain: isZohoProfile(p) ? p.apiDomain : null,
    portal: isZohoProfile(p) && p.portal || null,
    environment: isZohoProfile(p) ? p.environment : null,
    // Every provider's: where the API is, and the values its endpoints were filled with.
    apiBase: apiBaseOf(p),
    variables: isZohoProfile(p) || isApiKeyProfile(p) ? {} : p.variables ?? {},
    // An API key's non-secret fields (an API URL, a user's e-mail); {} otherwise.
    fields: isApiKeyProfile(p) ? p.fields ?? {} : {},
    org: p.org ?? null,
    orgId: p.orgId ?? null,
    orgName: p.orgName ?? null,
    scopes: p.scopes,
    client: clientOf(p) ?? null,
    accessTokenExpiresAt: p.accessTokenExpiresAt ?? null,
    store: p.store,
    createdAt: p.createdAt,
    refreshedAt: p.refreshedAt ?? null,
    loginRequired: p.loginRequired !== void 0
  }));
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify(profiles, null, 2)}
`);
    return;
  }
  if (profiles.length === 0) {
    ctx.info("No profiles yet. Log in with: authctl login --org <org>");
    return;
  }
  const now = ctx.now();
  const rows = profiles.map((p) => [
    `${p.profile}${p.default ? " *" : ""}`,
    p.provider,
    p.dc ?? "-",
    p.portal ?? "-",
    p.orgName ?? p.org ?? p.orgId ?? "-",
    p.environment ?? "-",
    p.scopes.join(","),
    describeExpiry(p.accessTokenExpiresAt ?? void 0, now),
    p.store
  ]);
  const header = ["NAME", "PROVIDER", "DC", "PORTAL", "ORG", "ENV", "SCOPES", "ACCESS TOKEN", "STORE"];
  ctx.stdout.write(formatTable(header, rows, ctx.stdoutColor.bold));
}
export {
  run
};
