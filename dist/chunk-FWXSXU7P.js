import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  clientAuthentication,
  requestToken
} from "./chunk-75V5QIOK.js";
import {
  postForm
} from "./chunk-GFAQK6L7.js";
import {
  OAuthError,
  TransportError
} from "./chunk-4MABVAWP.js";
import {
  printable
} from "./chunk-U4XMNMAO.js";
import {
  AuthctlError,
  ExitCode
} from "./chunk-IJBOYKY4.js";

// src/oauth/device.ts
var DEFAULT_INTERVAL_SECONDS = 5;
var SLOW_DOWN_SECONDS = 5;
var url = (v) => typeof v === "string" && /^https?:\/\//.test(v) ? v : void 0;
async function startDeviceAuthorization(endpoint, client, scope, o) {
  const auth = clientAuthentication(client);
  const { status, body } = await postForm(endpoint, { ...auth.form, ...scope ? { scope } : {} }, o.timeoutMs, auth.headers);
  if (typeof body.error === "string" || status >= 400) {
    throw new OAuthError(typeof body.error === "string" ? body.error : `http_${status}`, typeof body.error_description === "string" ? body.error_description : void 0, status);
  }
  const verificationUri = url(body.verification_uri) ?? url(body.verification_url);
  const expiresIn = Number(body.expires_in);
  if (typeof body.device_code !== "string" || typeof body.user_code !== "string" || !verificationUri || !(expiresIn > 0 && expiresIn <= 3600)) {
    throw new TransportError(`${new URL(endpoint).origin} answered the device authorization without a device code, user code, verification URI or sane expiry`, "invalid-response", status);
  }
  const interval = body.interval === void 0 ? DEFAULT_INTERVAL_SECONDS : Number(body.interval);
  return {
    deviceCode: body.device_code,
    // Shown on the terminal: nothing the server sends may rewrite it.
    userCode: printable(body.user_code.slice(0, 64)),
    verificationUri: printable(verificationUri.slice(0, 500)),
    ...url(body.verification_uri_complete) ? { verificationUriComplete: printable(body.verification_uri_complete.slice(0, 1e3)) } : {},
    expiresAt: o.now() + expiresIn * 1e3,
    interval: Number.isFinite(interval) && interval >= 1 && interval <= 60 ? interval : DEFAULT_INTERVAL_SECONDS
  };
}
async function pollUntilApproved(device, rules, now) {
  let interval = device.interval;
  for (; ; ) {
    await new Promise((resolve) => setTimeout(resolve, interval * 1e3));
    if (now() >= device.expiresAt) throw expired();
    try {
      return await rules.attempt();
    } catch (err) {
      if (!(err instanceof OAuthError)) throw err;
      if (err.error === "authorization_pending") continue;
      if (err.error === "slow_down") {
        interval = rules.slowDown(interval);
        continue;
      }
      if (rules.goOn?.(err)) continue;
      if (err.error === "access_denied") throw new AuthctlError("the login was declined on the verification page; nothing was changed", { hint: "run the login again and approve it" });
      if (err.error === "expired_token" || err.error === "expired") throw expired();
      throw err;
    }
  }
}
var standardPollRules = (tokenEndpoint, client, device, o) => ({
  attempt: () => requestToken(tokenEndpoint, client, { grant_type: "urn:ietf:params:oauth:grant-type:device_code", device_code: device.deviceCode }, o),
  slowDown: (interval) => interval + SLOW_DOWN_SECONDS
});
var expired = () => new AuthctlError("the device code expired before the login was approved; nothing was changed", {
  exitCode: ExitCode.failure,
  hint: "run the login again and approve it within the time shown"
});

export {
  DEFAULT_INTERVAL_SECONDS,
  SLOW_DOWN_SECONDS,
  startDeviceAuthorization,
  pollUntilApproved,
  standardPollRules
};
