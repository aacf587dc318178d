import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  postForm
} from "./chunk-UCQ3AG3A.js";
import {
  OAuthError,
  TransportError
} from "./chunk-SZKR4VXL.js";

// src/oauth/token.ts
var EXPIRY_SKEW_MS = 3e4;
async function requestToken(tokenEndpoint, client, grant, options = {}) {
  const form = { client_id: client.clientId, client_secret: client.clientSecret };
  for (const [k, v] of Object.entries(grant)) if (v !== void 0) form[k] = v;
  const { status, body } = await postForm(tokenEndpoint, form, options.timeoutMs);
  return processTokenResponse(status, body, (options.now ?? Date.now)());
}
function processTokenResponse(status, body, receivedAt) {
  if (typeof body.error === "string" || status >= 400) {
    const error = typeof body.error === "string" ? body.error : `http_${status}`;
    const description = typeof body.error_description === "string" ? body.error_description : void 0;
    throw new OAuthError(error, description, status);
  }
  const accessToken = body.access_token;
  if (typeof accessToken !== "string" || accessToken === "") {
    throw new TransportError("the token endpoint answered without an access_token", "invalid-response", status);
  }
  const seconds = Number(body.expires_in_sec ?? body.expires_in);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new TransportError("the token endpoint answered without a valid expires_in", "invalid-response", status);
  }
  return {
    accessToken,
    tokenType: typeof body.token_type === "string" ? body.token_type : "Bearer",
    refreshToken: typeof body.refresh_token === "string" && body.refresh_token !== "" ? body.refresh_token : void 0,
    expiresAt: receivedAt + seconds * 1e3 - Math.min(EXPIRY_SKEW_MS, seconds * 1e3 / 2),
    apiDomain: typeof body.api_domain === "string" ? body.api_domain : void 0,
    scope: typeof body.scope === "string" ? body.scope : void 0
  };
}
async function revokeToken(revokeEndpoint, token, options = {}) {
  const url = new URL(revokeEndpoint);
  url.searchParams.set("token", token);
  const { status, body } = await postForm(url.toString(), {}, options.timeoutMs);
  if (status >= 400 || typeof body.status === "string" && body.status !== "success" || typeof body.error === "string") {
    throw new OAuthError(typeof body.error === "string" ? body.error : `http_${status}`, void 0, status);
  }
}

export {
  requestToken,
  revokeToken
};
