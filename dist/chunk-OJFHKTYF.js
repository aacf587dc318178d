import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  requestToken
} from "./chunk-75V5QIOK.js";
import {
  resolveClient
} from "./chunk-RMYOY7U4.js";
import {
  requireOAuthProvider
} from "./chunk-LJ6DYF44.js";
import {
  isApiKeyPortable,
  isZohoPortable,
  portableSpec
} from "./chunk-PC2SCASK.js";
import {
  endpoints,
  explainTokenError,
  loadDataCentres,
  trustedAccountsServer
} from "./chunk-UZ6VYVCW.js";
import {
  credentialsFor,
  explainOAuthError,
  profileEndpoints
} from "./chunk-LVFTAJCA.js";
import {
  OAuthError
} from "./chunk-4MABVAWP.js";
import {
  isApiKeyProfile,
  isZohoProfile
} from "./chunk-YCNKKPBX.js";
import {
  endpointsOf
} from "./chunk-3GMNTBGG.js";
import {
  httpTimeoutMs
} from "./chunk-5CESELZY.js";
import {
  AuthctlError
} from "./chunk-IJBOYKY4.js";

// src/tokens/refresh.ts
async function refreshProfileToken(ctx, t, refreshToken) {
  return refreshAccessToken(ctx, await profileGrant(ctx, t), refreshToken);
}
async function profileGrant(ctx, t) {
  const label = `profile "${t.name}"`;
  if (isZohoProfile(t.profile)) {
    const p2 = t.profile;
    trustedAccountsServer(await loadDataCentres(ctx.env, t.config), p2.accountsServer, p2.dc, label);
    const client2 = await resolveClient(t.stores, t.config, ctx.env, p2.client, p2.dc);
    return {
      client: { clientId: client2.clientId, clientSecret: client2.clientSecret, name: client2.name },
      tokenEndpoint: endpoints(p2.accountsServer).token,
      label,
      loginCommand: t.loginCommand,
      provider: { zoho: { dc: p2.dc, accountsServer: p2.accountsServer } }
    };
  }
  if (isApiKeyProfile(t.profile)) throw new AuthctlError(`profile "${t.name}" is an API key: it is not refreshed`);
  const p = t.profile;
  const spec = requireOAuthProvider(t.config, p.provider);
  const client = await resolveClient(t.stores, t.config, ctx.env, p.client);
  return {
    client: { ...credentialsFor(spec, client), name: client.name },
    // The preset's (or the added provider's) endpoint, with the variables checked again.
    tokenEndpoint: profileEndpoints(p.provider, spec, p.variables).token,
    label,
    loginCommand: t.loginCommand,
    provider: { name: p.provider, assumedLifetimeSeconds: spec.assumedLifetimeSeconds }
  };
}
function portableGrant(c, label, loginCommand) {
  if (isZohoPortable(c)) {
    return {
      client: { clientId: c.clientId, clientSecret: c.clientSecret },
      tokenEndpoint: endpoints(c.accountsServer).token,
      provider: { zoho: { dc: c.dc, accountsServer: c.accountsServer } },
      label,
      loginCommand
    };
  }
  if (isApiKeyPortable(c)) throw new AuthctlError(`${label} holds an API key, which is not refreshed`);
  const spec = portableSpec(c);
  return {
    client: credentialsFor(spec, { clientId: c.clientId, ...c.clientSecret === void 0 ? {} : { clientSecret: c.clientSecret } }),
    tokenEndpoint: endpointsOf(spec, c.variables).token,
    provider: { name: c.provider, assumedLifetimeSeconds: spec.assumedLifetimeSeconds },
    label,
    loginCommand
  };
}
async function refreshAccessToken(ctx, g, refreshToken) {
  try {
    return await requestToken(
      g.tokenEndpoint,
      g.client,
      { grant_type: "refresh_token", refresh_token: refreshToken },
      {
        timeoutMs: httpTimeoutMs(ctx.env),
        now: ctx.now,
        ..."name" in g.provider ? { assumedLifetimeSeconds: g.provider.assumedLifetimeSeconds } : {}
      }
    );
  } catch (err) {
    if ("name" in g.provider) {
      throw explainOAuthError(err, {
        provider: g.provider.name,
        grant: "refresh_token",
        tokenEndpoint: g.tokenEndpoint,
        clientName: g.client.name,
        credential: g.label,
        loginCommand: g.loginCommand
      });
    }
    throw explainTokenError(err, {
      grant: "refresh_token",
      dc: g.provider.zoho.dc,
      accountsServer: g.provider.zoho.accountsServer,
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
  if (cause.error === "invalid_client" || cause.error === "invalid_client_secret" || cause.error === "unauthorized_client") return "client";
  return void 0;
}

export {
  refreshProfileToken,
  portableGrant,
  refreshAccessToken,
  rejectedPart
};
