import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  authorizationHeaderLine,
  authorizationScheme
} from "./chunk-WKTNWWKD.js";
import {
  DEFAULT_MIN_TTL_MS,
  getAccessToken
} from "./chunk-LP52FEYE.js";
import {
  maskInJobLog
} from "./chunk-WNPEMB3C.js";
import {
  openCredential
} from "./chunk-HF6YPJ4X.js";
import "./chunk-HY5E2BXV.js";
import "./chunk-RXO6RFJ7.js";
import "./chunk-TLYZF424.js";
import "./chunk-V7XFVBCC.js";
import "./chunk-2XVMHWZF.js";
import "./chunk-U4XMNMAO.js";
import {
  usageError
} from "./chunk-IJBOYKY4.js";
import "./chunk-S47ZGZ7M.js";

// src/commands/token.ts
async function run(ctx, opts) {
  if (opts.header && opts.json) throw usageError("--header and --json cannot be combined");
  const minTtlMs = opts.minTtl === void 0 ? DEFAULT_MIN_TTL_MS : parseSeconds("--min-ttl", opts.minTtl) * 1e3;
  const target = await openCredential(ctx, opts);
  const token = await getAccessToken(target.source, { minTtlMs, forceRefresh: opts.forceRefresh }, ctx.now);
  maskInJobLog(ctx, token.accessToken);
  if (opts.header) {
    ctx.stdout.write(`${authorizationHeaderLine(target.provider, token.accessToken)}
`);
  } else if (opts.json) {
    const out = {
      profile: target.profile,
      accessToken: token.accessToken,
      tokenType: authorizationScheme(target.provider),
      accessTokenExpiresAt: new Date(token.expiresAt).toISOString(),
      apiDomain: target.apiDomain,
      scopes: target.scopes
    };
    ctx.stdout.write(`${JSON.stringify(out, null, 2)}
`);
  } else {
    ctx.stdout.write(`${token.accessToken}
`);
  }
}
function parseSeconds(flag, value) {
  if (!/^\d+$/.test(value)) throw usageError(`${flag} takes a whole number of seconds, not "${value}"`);
  return Number(value);
}
export {
  run
};
