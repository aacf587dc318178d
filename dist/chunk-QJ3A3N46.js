import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  requestToken
} from "./chunk-JA3AFRXB.js";
import {
  resolveClient
} from "./chunk-QTL7XV2A.js";
import {
  endpoints,
  explainTokenError,
  loadDataCentres,
  trustedAccountsServer
} from "./chunk-B7UNFW7K.js";
import {
  httpTimeoutMs
} from "./chunk-3LE7LWM6.js";
import {
  OAuthError
} from "./chunk-2XVMHWZF.js";
import {
  AuthctlError
} from "./chunk-IJBOYKY4.js";

// src/tokens/refresh.ts
async function refreshProfileToken(ctx, t, refreshToken) {
  trustedAccountsServer(await loadDataCentres(ctx.env, t.config), t.profile.accountsServer, t.profile.dc, `profile "${t.name}"`);
  const client = await resolveClient(t.stores, t.config, ctx.env, t.profile.client, t.profile.dc);
  return refreshAccessToken(
    ctx,
    { client, accountsServer: t.profile.accountsServer, dc: t.profile.dc, label: `profile "${t.name}"`, loginCommand: t.loginCommand },
    refreshToken
  );
}
async function refreshAccessToken(ctx, g, refreshToken) {
  try {
    return await requestToken(
      endpoints(g.accountsServer).token,
      g.client,
      { grant_type: "refresh_token", refresh_token: refreshToken },
      { timeoutMs: httpTimeoutMs(ctx.env), now: ctx.now }
    );
  } catch (err) {
    throw explainTokenError(err, {
      grant: "refresh_token",
      dc: g.dc,
      accountsServer: g.accountsServer,
      clientName: g.client.name,
      credential: g.label,
      loginCommand: g.loginCommand
    });
  }
}
function rejectedPart(err) {
  const cause = err instanceof AuthctlError ? err.cause : err;
  if (!(cause instanceof OAuthError)) return void 0;
  if (cause.error === "invalid_code" || cause.error === "invalid_grant") return "refresh_token";
  if (cause.error === "invalid_client" || cause.error === "invalid_client_secret") return "client";
  return void 0;
}

export {
  refreshProfileToken,
  refreshAccessToken,
  rejectedPart
};
