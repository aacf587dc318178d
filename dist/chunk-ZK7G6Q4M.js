import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);

// src/secrets/variables.ts
var SECRET_VARIABLES = ["AUTHCTL_AUTH_URL", "AUTHCTL_REFRESH_TOKEN", "AUTHCTL_CLIENT_SECRET"];
function withoutSecrets(env) {
  const copy = { ...env };
  for (const name of SECRET_VARIABLES) delete copy[name];
  return copy;
}

export {
  SECRET_VARIABLES,
  withoutSecrets
};
