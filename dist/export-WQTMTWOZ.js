import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  maskInJobLog
} from "./chunk-WNPEMB3C.js";
import {
  encodeAuthJson,
  encodeAuthUrl
} from "./chunk-AOIQ7ZHF.js";
import "./chunk-EXYN2VX5.js";
import {
  openProfile
} from "./chunk-TKCH3CAV.js";
import "./chunk-H2FPMQTE.js";
import "./chunk-HY5E2BXV.js";
import {
  ENV_CLIENT,
  resolveClient
} from "./chunk-H3J7Z5BA.js";
import "./chunk-NJY7OGMY.js";
import {
  isPreset,
  requireProvider
} from "./chunk-XI2SX2GQ.js";
import "./chunk-RCDHANDK.js";
import {
  SecretStores
} from "./chunk-ACLOSCO6.js";
import "./chunk-4IG7I7WR.js";
import "./chunk-SKOVH2MT.js";
import "./chunk-XYMNJ3EU.js";
import "./chunk-ZGKIIDIA.js";
import "./chunk-MAHCXA4B.js";
import "./chunk-TLYZF424.js";
import "./chunk-IK73LTO7.js";
import {
  isZohoProfile
} from "./chunk-7IPDWRUM.js";
import "./chunk-2XVMHWZF.js";
import "./chunk-OHRQBEPP.js";
import "./chunk-U4XMNMAO.js";
import {
  AuthctlError,
  ExitCode,
  usageError
} from "./chunk-IJBOYKY4.js";
import "./chunk-S47ZGZ7M.js";

// src/commands/export.ts
var FORMATS = ["url", "env", "dotenv", "json"];
async function run(ctx, opts) {
  const format = opts.format ?? "url";
  if (!FORMATS.includes(format)) throw usageError(`unknown --format "${format}"`, `use one of: ${FORMATS.join(", ")}`);
  if (ctx.stdoutIsTTY && !opts.force) {
    throw usageError(
      "authctl export prints a secret, and stdout is a terminal",
      "pipe it into a secret store: authctl export --profile NAME | gh secret set AUTHCTL_AUTH_URL (or add --force to print it here)"
    );
  }
  const { name, profile, config, source } = await openProfile(ctx, opts);
  const { refreshToken, accessToken } = await source.read();
  if (profile.client === ENV_CLIENT && !(ctx.env.AUTHCTL_CLIENT_ID && ctx.env.AUTHCTL_CLIENT_SECRET)) {
    throw new AuthctlError(`profile "${name}" was logged in with the client given by AUTHCTL_CLIENT_ID and AUTHCTL_CLIENT_SECRET, which are not set`, {
      exitCode: ExitCode.usage,
      hint: "set both to that client (its id and secret from the Zoho API console) and export again"
    });
  }
  const client = await resolveClient(new SecretStores(ctx), config, ctx.env, profile.client, isZohoProfile(profile) ? profile.dc : void 0);
  const secret = refreshToken === void 0 ? { accessToken } : { refreshToken };
  const credential = isZohoProfile(profile) ? zohoCredential(profile, client.clientId, client.clientSecret, refreshToken) : oauthCredential(config, profile, client, secret);
  const url = encodeAuthUrl(credential);
  maskInJobLog(ctx, refreshToken ?? accessToken, ...client.clientSecret === void 0 ? [] : [client.clientSecret], ...format === "json" ? [] : [url]);
  if (format === "json") ctx.stdout.write(`${JSON.stringify(encodeAuthJson(credential), null, 2)}
`);
  else if (format === "env") ctx.stdout.write(`AUTHCTL_AUTH_URL=${url}
`);
  else if (format === "dotenv") ctx.stdout.write(`AUTHCTL_AUTH_URL="${url}"
`);
  else ctx.stdout.write(`${url}
`);
}
function zohoCredential(profile, clientId, clientSecret, refreshToken) {
  return {
    provider: profile.provider,
    clientId,
    clientSecret,
    refreshToken,
    accountsServer: profile.accountsServer,
    apiDomain: profile.apiDomain,
    dc: profile.dc,
    portal: profile.portal,
    org: profile.org,
    orgId: profile.orgId,
    orgName: profile.orgName,
    environment: profile.environment,
    scopes: profile.scopes
  };
}
function oauthCredential(config, profile, client, secret) {
  return {
    provider: profile.provider,
    clientId: client.clientId,
    ...client.clientSecret === void 0 ? {} : { clientSecret: client.clientSecret },
    ...secret,
    apiBase: profile.apiBase,
    variables: profile.variables ?? {},
    ...profile.org ? { org: profile.org } : {},
    ...profile.orgId ? { orgId: profile.orgId } : {},
    scopes: profile.scopes,
    ...isPreset(profile.provider) ? {} : { spec: requireProvider(config, profile.provider) }
  };
}
export {
  run
};
