import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  unknownProfile
} from "./chunk-ZGKIIDIA.js";
import {
  ConfigStore
} from "./chunk-MAHCXA4B.js";
import "./chunk-TLYZF424.js";
import "./chunk-IK73LTO7.js";
import {
  normalizeName
} from "./chunk-7IPDWRUM.js";
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
