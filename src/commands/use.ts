import type { Context } from '../io/context.js';
import { ConfigStore } from '../profiles/config.js';
import { normalizeName } from '../profiles/model.js';
import { unknownProfile } from '../profiles/select.js';

/** Sets the default profile, used when a command is given no --profile or --org. */
export async function run(ctx: Context, rawName: string): Promise<void> {
  const name = normalizeName(rawName);
  await new ConfigStore(ctx).update((config) => {
    if (!config.profiles[name]) throw unknownProfile(name, Object.keys(config.profiles));
    config.defaultProfile = name;
  });
  ctx.info(`Default profile is now ${ctx.color.bold(name)}.`);
}
