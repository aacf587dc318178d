import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  getAccessToken
} from "./chunk-C6DUCKPJ.js";
import {
  openProfile
} from "./chunk-DA6EBYZQ.js";
import {
  describeExpiry
} from "./chunk-MEJP4RD5.js";
import "./chunk-MTQEWLZR.js";
import "./chunk-FRUMXU66.js";
import "./chunk-VGNX6DTF.js";
import "./chunk-P6OAEH5L.js";
import "./chunk-4IG7I7WR.js";
import "./chunk-SQPAIV4X.js";
import "./chunk-UGRHKYEV.js";
import "./chunk-BM4QJCI7.js";
import "./chunk-V7XFVBCC.js";
import "./chunk-IJBOYKY4.js";
import "./chunk-SZKR4VXL.js";
import "./chunk-S47ZGZ7M.js";

// src/commands/refresh.ts
async function run(ctx, opts) {
  const { name, source } = await openProfile(ctx, opts);
  const token = await getAccessToken(source, { minTtlMs: 0, forceRefresh: true }, ctx.now);
  const expires = new Date(token.expiresAt).toISOString();
  const until = `valid until ${expires} (${describeExpiry(expires, ctx.now())})`;
  ctx.info(
    token.refreshed ? `Refreshed ${ctx.color.bold(name)}: access token ${until}.` : `${ctx.color.bold(name)} was just refreshed by another authctl process: access token ${until}.`
  );
}
export {
  run
};
