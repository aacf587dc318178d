import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  postForm
} from "./chunk-3LE7LWM6.js";
import {
  OAuthError,
  TransportError
} from "./chunk-2XVMHWZF.js";

// src/oauth/token.ts
var EXPIRY_SKEW_MS = 3e4;
var MIN_LIFETIME_SECONDS = 1;
var MAX_LIFETIME_SECONDS = 365 * 24 * 3600;
var describeValue = (v) => v === void 0 ? "(none)" : JSON.stringify(v).replace(/[^\x20-\x7e]/g, "?").slice(0, 40);
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
  const field = body.expires_in_sec !== void 0 ? "expires_in_sec" : "expires_in";
  const seconds = typeof body[field] === "string" || typeof body[field] === "number" ? Number(body[field]) : Number.NaN;
  if (!Number.isFinite(seconds) || seconds < MIN_LIFETIME_SECONDS || seconds > MAX_LIFETIME_SECONDS) {
    throw new TransportError(
      `the token endpoint answered ${field} ${describeValue(body[field])}, not a lifetime from ${MIN_LIFETIME_SECONDS} s to one year`,
      "invalid-response",
      status
    );
  }
  return {
    accessToken,
    tokenType: typeof body.token_type === "string" ? body.token_type : "Bearer",
    refreshToken: typeof body.refresh_token === "string" && body.refresh_token !== "" ? body.refresh_token : void 0,
    // Whole milliseconds: the expiry is recorded as an ISO date and compared with it.
    expiresAt: Math.floor(receivedAt + seconds * 1e3 - Math.min(EXPIRY_SKEW_MS, seconds * 1e3 / 2)),
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
