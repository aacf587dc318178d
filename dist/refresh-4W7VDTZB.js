import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  getAccessToken
} from "./chunk-LP52FEYE.js";
import {
  openProfile
} from "./chunk-5AIOH6AC.js";
import "./chunk-DZP67KVE.js";
import "./chunk-HY5E2BXV.js";
import "./chunk-DBTIDBHF.js";
import "./chunk-WSW4KEOT.js";
import "./chunk-4IG7I7WR.js";
import {
  describeExpiry
} from "./chunk-MEJP4RD5.js";
import "./chunk-D2MVZ7SL.js";
import "./chunk-ITBS776Y.js";
import "./chunk-TLYZF424.js";
import "./chunk-IK73LTO7.js";
import "./chunk-IBPCIGGM.js";
import "./chunk-VNVVWFD2.js";
import "./chunk-2XVMHWZF.js";
import "./chunk-OHRQBEPP.js";
import "./chunk-U4XMNMAO.js";
import "./chunk-IJBOYKY4.js";
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
