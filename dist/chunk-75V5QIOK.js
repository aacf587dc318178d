import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  deleteResource,
  postForm
} from "./chunk-GFAQK6L7.js";
import {
  OAuthError,
  TransportError
} from "./chunk-4MABVAWP.js";
import {
  NEVER_EXPIRES_AT
} from "./chunk-XYMNJ3EU.js";

// src/oauth/token.ts
var EXPIRY_SKEW_MS = 3e4;
var MIN_LIFETIME_SECONDS = 1;
var MAX_LIFETIME_SECONDS = 365 * 24 * 3600;
var describeValue = (v) => v === void 0 ? "(none)" : JSON.stringify(v).replace(/[^\x20-\x7e]/g, "?").slice(0, 40);
function clientAuthentication(client) {
  const method = client.clientSecret === void 0 ? "none" : client.authMethod ?? "client_secret_post";
  if (method === "client_secret_basic") {
    const encode = (v) => encodeURIComponent(v).replace(/%20/g, "+");
    const basic = Buffer.from(`${encode(client.clientId)}:${encode(client.clientSecret)}`).toString("base64");
    return { form: {}, headers: { Authorization: `Basic ${basic}` } };
  }
  if (method === "none") return { form: { client_id: client.clientId }, headers: {} };
  return { form: { client_id: client.clientId, client_secret: client.clientSecret }, headers: {} };
}
async function requestToken(tokenEndpoint, client, grant, options = {}) {
  const auth = clientAuthentication(client);
  const form = { ...auth.form };
  for (const [k, v] of Object.entries(grant)) if (v !== void 0) form[k] = v;
  const { status, body } = await postForm(tokenEndpoint, form, options.timeoutMs, auth.headers);
  return processTokenResponse(status, body, (options.now ?? Date.now)(), options.assumedLifetimeSeconds, options.neverExpires);
}
var SECRET_MEMBERS = /* @__PURE__ */ new Set(["access_token", "refresh_token", "id_token", "client_secret"]);
function processTokenResponse(status, body, receivedAt, assumedLifetimeSeconds, neverExpires = false) {
  if (typeof body.error === "string" || status >= 400) {
    const error = typeof body.error === "string" ? body.error : `http_${status}`;
    const description = typeof body.error_description === "string" ? body.error_description : void 0;
    throw new OAuthError(error, description, status, body);
  }
  const accessToken = body.access_token;
  if (typeof accessToken !== "string" || accessToken === "") {
    throw new TransportError("the token endpoint answered without an access_token", "invalid-response", status);
  }
  if (body.token_type !== void 0 && (typeof body.token_type !== "string" || body.token_type.toLowerCase() !== "bearer")) {
    throw new TransportError(`the token endpoint issued a token of type ${describeValue(body.token_type)}, not a bearer token`, "invalid-response", status);
  }
  const field = body.expires_in_sec !== void 0 ? "expires_in_sec" : "expires_in";
  const given = body[field] !== void 0;
  if (!given && neverExpires) return tokenResponse(body, accessToken, NEVER_EXPIRES_AT);
  const seconds = !given && assumedLifetimeSeconds !== void 0 ? assumedLifetimeSeconds : typeof body[field] === "string" || typeof body[field] === "number" ? Number(body[field]) : Number.NaN;
  if (!Number.isFinite(seconds) || seconds < MIN_LIFETIME_SECONDS || seconds > MAX_LIFETIME_SECONDS) {
    throw new TransportError(
      `the token endpoint answered ${field} ${describeValue(body[field])}, not a lifetime from ${MIN_LIFETIME_SECONDS} s to one year`,
      "invalid-response",
      status
    );
  }
  return tokenResponse(body, accessToken, Math.floor(receivedAt + seconds * 1e3 - Math.min(EXPIRY_SKEW_MS, seconds * 1e3 / 2)));
}
function tokenResponse(body, accessToken, expiresAt) {
  return {
    accessToken,
    tokenType: typeof body.token_type === "string" ? body.token_type : "Bearer",
    refreshToken: typeof body.refresh_token === "string" && body.refresh_token !== "" ? body.refresh_token : void 0,
    expiresAt,
    apiDomain: typeof body.api_domain === "string" ? body.api_domain : void 0,
    scope: typeof body.scope === "string" ? body.scope : void 0,
    idToken: typeof body.id_token === "string" ? body.id_token : void 0,
    fields: Object.fromEntries(
      Object.entries(body).filter((e) => typeof e[1] === "string" && !SECRET_MEMBERS.has(e[0]))
    )
  };
}
async function revokeStandard(endpoint, style, client, token, options = {}) {
  const { status, body } = style === "delete-path" ? await deleteResource(`${endpoint.replace(/\/$/, "")}/${encodeURIComponent(token)}`, options.timeoutMs) : await (() => {
    const auth = clientAuthentication(client);
    return postForm(endpoint, { ...auth.form, token, token_type_hint: "refresh_token" }, options.timeoutMs, auth.headers);
  })();
  if (status >= 300 || typeof body.error === "string") {
    throw new OAuthError(typeof body.error === "string" ? body.error : `http_${status}`, typeof body.error_description === "string" ? body.error_description : void 0, status);
  }
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
  clientAuthentication,
  requestToken,
  revokeStandard,
  revokeToken
};
