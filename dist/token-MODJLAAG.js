import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  DEFAULT_MIN_TTL_MS,
  getAccessToken
} from "./chunk-467FD2SX.js";
import "./chunk-VOPNYTB5.js";
import {
  maskInJobLog
} from "./chunk-WNPEMB3C.js";
import {
  openCredential
} from "./chunk-V7STPABU.js";
import "./chunk-V6PYEZHN.js";
import "./chunk-LJ6DYF44.js";
import "./chunk-IOWPGD6P.js";
import "./chunk-LVFTAJCA.js";
import "./chunk-7NKYUQS5.js";
import "./chunk-RYCME3SZ.js";
import "./chunk-4MABVAWP.js";
import "./chunk-U4XMNMAO.js";
import "./chunk-HVF3DJK5.js";
import "./chunk-4WXXECZW.js";
import "./chunk-YCNKKPBX.js";
import "./chunk-3GMNTBGG.js";
import {
  usageError
} from "./chunk-IJBOYKY4.js";
import "./chunk-S47ZGZ7M.js";

// src/tokens/print.ts
function printToken(ctx, write, format, target, token) {
  maskInJobLog(ctx, token.accessToken);
  if (format.header) {
    const [name, value] = target.headers(token.accessToken)[0];
    write(`${name}: ${value}
`);
  } else if (format.json && target.apiKey) {
    const out = { profile: target.profile, provider: target.provider, auth: "apiKey", fields: { [target.apiKey.name]: token.accessToken, ...target.apiKey.fields }, apiBase: target.apiBase };
    write(`${JSON.stringify(out, null, 2)}
`);
  } else if (format.json) {
    const out = {
      profile: target.profile,
      provider: target.provider,
      accessToken: token.accessToken,
      // The word the API wants before the token ("Bearer", "Zoho-oauthtoken"; "" for a bare token).
      tokenType: target.tokenType,
      accessTokenExpiresAt: new Date(token.expiresAt).toISOString(),
      apiBase: target.apiBase,
      // Zoho's name for it, as earlier versions printed it.
      ...target.provider === "zoho" ? { apiDomain: target.apiBase } : {},
      scopes: target.scopes
    };
    write(`${JSON.stringify(out, null, 2)}
`);
  } else {
    write(`${token.accessToken}
`);
  }
}

// src/commands/token.ts
async function run(ctx, opts) {
  if (opts.header && opts.json) throw usageError("--header and --json cannot be combined");
  const minTtlMs = opts.minTtl === void 0 ? DEFAULT_MIN_TTL_MS : parseSeconds("--min-ttl", opts.minTtl) * 1e3;
  const target = await openCredential(ctx, opts);
  const token = await getAccessToken(target.source, { minTtlMs, forceRefresh: opts.forceRefresh, noWait: opts.wait === false }, ctx.now);
  printToken(ctx, (text) => void ctx.stdout.write(text), opts, target, token);
}
function parseSeconds(flag, value) {
  if (!/^\d+$/.test(value)) throw usageError(`${flag} takes a whole number of seconds, not "${value}"`);
  return Number(value);
}
export {
  run
};
