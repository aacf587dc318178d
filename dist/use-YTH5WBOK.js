import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  unknownProfile
} from "./chunk-FU6ELVWH.js";
import {
  ConfigStore
} from "./chunk-WE677QNK.js";
import "./chunk-HVF3DJK5.js";
import "./chunk-23EBES73.js";
import "./chunk-4WXXECZW.js";
import {
  normalizeName
} from "./chunk-YCNKKPBX.js";
import "./chunk-3GMNTBGG.js";
import "./chunk-IJBOYKY4.js";
import "./chunk-S47ZGZ7M.js";

// src/commands/use.ts
async function run(ctx, rawName) {
  const name = normalizeName(rawName);
  await new ConfigStore(ctx).update((config) => {
    if (!config.profiles[name]) throw unknownProfile(name, Object.keys(config.profiles));
    config.defaultProfile = name;
  });
  ctx.info(`Default profile is now ${ctx.color.bold(name)}.`);
}
export {
  run
};
