import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  maskInJobLog
} from "./chunk-WNPEMB3C.js";
import {
  openProfile
} from "./chunk-3FEFXD2Z.js";
import "./chunk-COZTCRQV.js";
import "./chunk-V6PYEZHN.js";
import {
  SecretStores
} from "./chunk-WGODOINN.js";
import {
  ENV_CLIENT,
  resolveClient
} from "./chunk-RMYOY7U4.js";
import "./chunk-RVJGXOUJ.js";
import {
  isPreset,
  requireOAuthProvider,
  requireProvider
} from "./chunk-LJ6DYF44.js";
import "./chunk-4IG7I7WR.js";
import {
  encodeAuthJson,
  encodeAuthUrl
} from "./chunk-PC2SCASK.js";
import "./chunk-IOWPGD6P.js";
import "./chunk-UZ6VYVCW.js";
import "./chunk-LVFTAJCA.js";
import "./chunk-7NKYUQS5.js";
import "./chunk-RYCME3SZ.js";
import "./chunk-4MABVAWP.js";
import "./chunk-U4XMNMAO.js";
import "./chunk-XYMNJ3EU.js";
import "./chunk-FU6ELVWH.js";
import "./chunk-WE677QNK.js";
import "./chunk-HVF3DJK5.js";
import "./chunk-23EBES73.js";
import "./chunk-4WXXECZW.js";
import {
  isApiKeyProfile,
  isZohoProfile
} from "./chunk-YCNKKPBX.js";
import "./chunk-3GMNTBGG.js";
import "./chunk-OHRQBEPP.js";
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
  if (isApiKeyProfile(profile)) return write(ctx, format, apiKeyCredential(config, profile, accessToken), [accessToken]);
  if (profile.client === ENV_CLIENT && !(ctx.env.AUTHCTL_CLIENT_ID && ctx.env.AUTHCTL_CLIENT_SECRET)) {
    throw new AuthctlError(`profile "${name}" was logged in with the client given by AUTHCTL_CLIENT_ID and AUTHCTL_CLIENT_SECRET, which are not set`, {
      exitCode: ExitCode.usage,
      hint: "set both to that client (its id and secret from the Zoho API console) and export again"
    });
  }
  const client = await resolveClient(new SecretStores(ctx), config, ctx.env, profile.client, isZohoProfile(profile) ? profile.dc : void 0);
  const secret = refreshToken === void 0 ? { accessToken } : { refreshToken };
  const credential = isZohoProfile(profile) ? zohoCredential(profile, client.clientId, client.clientSecret, refreshToken) : oauthCredential(config, profile, client, secret);
  write(ctx, format, credential, [refreshToken ?? accessToken, ...client.clientSecret === void 0 ? [] : [client.clientSecret]]);
}
function write(ctx, format, credential, secrets) {
  const url = encodeAuthUrl(credential);
  maskInJobLog(ctx, ...secrets, ...format === "json" ? [] : [url]);
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
    ...isPreset(profile.provider) ? {} : { spec: requireOAuthProvider(config, profile.provider) }
  };
}
function apiKeyCredential(config, profile, apiKey) {
  const method = requireProvider(config, profile.provider).apiKey;
  return {
    provider: profile.provider,
    auth: "apiKey",
    apiKey,
    fields: profile.fields ?? {},
    apiBase: profile.apiBase,
    ...profile.org ? { org: profile.org } : {},
    ...profile.orgId ? { orgId: profile.orgId } : {},
    scopes: [],
    ...isPreset(profile.provider) || !method ? {} : { method }
  };
}
export {
  run
};
