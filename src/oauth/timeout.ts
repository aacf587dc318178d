import { secondsSetting } from '../io/seconds.js';

/** How long one request to an authorization server or API may take, unless AUTHCTL_HTTP_TIMEOUT says otherwise. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * The whole-request limit from AUTHCTL_HTTP_TIMEOUT (seconds), else 30 s. Apart
 * from http.ts so that code sizing its own waits by it (the shared cache's lock)
 * does not load the HTTP client.
 */
export const httpTimeoutMs = (env: NodeJS.ProcessEnv): number =>
  secondsSetting('AUTHCTL_HTTP_TIMEOUT', env.AUTHCTL_HTTP_TIMEOUT, DEFAULT_TIMEOUT_MS / 1000) * 1000;
