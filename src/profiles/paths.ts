import { homedir } from 'node:os';
import { join } from 'node:path';

/** $AUTHCTL_CONFIG_DIR, else $XDG_CONFIG_HOME/authctl, else ~/.config/authctl. */
export function configDir(env: NodeJS.ProcessEnv): string {
  if (env.AUTHCTL_CONFIG_DIR) return env.AUTHCTL_CONFIG_DIR;
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config');
  return join(base, 'authctl');
}

export const configFile = (dir: string) => join(dir, 'config.json');
export const secretsFile = (dir: string) => join(dir, 'secrets.json');
