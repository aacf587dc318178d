import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  getAccessToken
} from "./chunk-467FD2SX.js";
import "./chunk-VOPNYTB5.js";
import {
  openProfile
} from "./chunk-3FEFXD2Z.js";
import "./chunk-COZTCRQV.js";
import "./chunk-V6PYEZHN.js";
import "./chunk-WGODOINN.js";
import "./chunk-RVJGXOUJ.js";
import "./chunk-4IG7I7WR.js";
import "./chunk-UZ6VYVCW.js";
import "./chunk-RYCME3SZ.js";
import "./chunk-4MABVAWP.js";
import "./chunk-U4XMNMAO.js";
import {
  describeExpiry
} from "./chunk-HOPHJIIG.js";
import "./chunk-XYMNJ3EU.js";
import "./chunk-FU6ELVWH.js";
import "./chunk-WE677QNK.js";
import "./chunk-HVF3DJK5.js";
import "./chunk-23EBES73.js";
import "./chunk-4WXXECZW.js";
import "./chunk-YCNKKPBX.js";
import "./chunk-3GMNTBGG.js";
import "./chunk-OHRQBEPP.js";
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
