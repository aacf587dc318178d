/**
 * Environment variables that hold long-lived secrets (CI mode's credential, a
 * client secret). authctl reads them; the programs it starts never get them.
 */
export const SECRET_VARIABLES = ['AUTHCTL_AUTH_URL', 'AUTHCTL_REFRESH_TOKEN', 'AUTHCTL_CLIENT_SECRET'] as const;

/** A copy of `env` without the secret variables, for a child process. */
export function withoutSecrets(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const name of SECRET_VARIABLES) delete copy[name];
  return copy;
}
