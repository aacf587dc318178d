import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { AuthctlError, ExitCode } from '../errors.js';
import type { Context } from '../io/context.js';
import {
  type ApiKeyPortable,
  decodeAuthUrl,
  decodeSplitVariables,
  isApiKeyPortable,
  isZohoPortable,
  type OAuthPortable,
  type PortableCredential,
  portableApiBase,
  portableProfileName,
} from '../profiles/auth-url.js';
import { portableApiKeyMethod } from '../profiles/portable-api-key.js';
import { apiKeyHeaders, secretFieldOf } from '../providers/api-key.js';
import { NEVER_EXPIRES_AT } from '../secrets/credential.js';
import { ConfigStore } from '../profiles/config.js';
import { ensurePrivateDir, tighten, writeFileAtomic } from '../profiles/files.js';
import type { ProfileSelection } from '../profiles/select.js';
import { loadDataCentres } from '../providers/zoho.js';
import { portableSpec } from '../profiles/portable-oauth.js';
import type { StoredCredential } from '../secrets/credential.js';
import type { TokenTarget } from './open.js';
import { apiAuthorizationOf, oauthHeaders } from '../providers/authorization.js';
import type { CredentialSource } from './source.js';
import { type CiCacheContent, ciTokenCache, parseCiCache } from './ci-cache.js';

type Variable = 'AUTHCTL_AUTH_URL' | 'AUTHCTL_REFRESH_TOKEN';

/**
 * CI mode (see open.ts): the credential comes from environment variables and
 * its access token is cached in a 0600 file, so the steps of one job reuse it
 * instead of spending Zoho's access-token quota. No config, no keychain.
 */
export async function openEnvCredential(ctx: Context, selection: ProfileSelection): Promise<TokenTarget> {
  const variable: Variable = ctx.env.AUTHCTL_AUTH_URL !== undefined ? 'AUTHCTL_AUTH_URL' : 'AUTHCTL_REFRESH_TOKEN';
  if (variable === 'AUTHCTL_AUTH_URL' && ctx.env.AUTHCTL_REFRESH_TOKEN !== undefined) {
    throw new AuthctlError('AUTHCTL_AUTH_URL and AUTHCTL_REFRESH_TOKEN are both set', {
      exitCode: ExitCode.usage,
      hint: 'set AUTHCTL_AUTH_URL alone, or the split variables AUTHCTL_CLIENT_ID, AUTHCTL_CLIENT_SECRET, AUTHCTL_REFRESH_TOKEN and AUTHCTL_ACCOUNTS_SERVER',
    });
  }
  if (!ctx.env[variable]!.trim()) {
    throw new AuthctlError(`${variable} is set but empty`, {
      exitCode: ExitCode.notFound,
      hint: `is the CI secret available to this job? (GitHub gives none to workflows run from forks); unset ${variable} to use a stored profile`,
    });
  }
  // The data-centre table decides which accounts servers may see the secrets, as for a login.
  const config = await new ConfigStore(ctx).load();
  const table = await loadDataCentres(ctx.env, config);
  const credential =
    variable === 'AUTHCTL_AUTH_URL' ? decodeAuthUrl(ctx.env.AUTHCTL_AUTH_URL!, variable, table) : decodeSplitVariables(ctx.env, table);
  // Only the URL carries what the profile was (import names it the same way).
  const name = variable === 'AUTHCTL_AUTH_URL' ? portableProfileName(credential) : undefined;

  // CI variables are the credential. A script that also runs on a laptop may name
  // the profile: say so only when it names another one.
  const asked = selection.profile ?? selection.org;
  if (asked !== undefined && asked !== name) {
    ctx.warn(`${variable} is set, so its credential is used and "${asked}" is ignored (unset ${variable} to use stored profiles)`);
  }
  return {
    profile: null,
    provider: credential.provider,
    apiBase: portableApiBase(credential),
    ...ciApi(credential),
    scopes: credential.scopes,
    source: envSource(ctx, variable, credential, name),
    config,
  };
}

/** How the API of a CI credential takes its token; the provider vouches for the value's API base, or it was refused. */
function ciApi(c: PortableCredential): Pick<TokenTarget, 'tokenType' | 'headers' | 'apiKey'> {
  if (isApiKeyPortable(c)) {
    const method = portableApiKeyMethod(c);
    return { tokenType: null, headers: (key) => apiKeyHeaders(method, c.fields, key), apiKey: { name: secretFieldOf(method), fields: c.fields } };
  }
  const auth = isZohoPortable(c) ? apiAuthorizationOf('zoho') : c.spec ? { header: c.spec.api.header ?? 'Authorization', scheme: c.spec.api.scheme } : apiAuthorizationOf(c.provider);
  return { tokenType: auth.scheme, headers: oauthHeaders(auth) };
}

/** An API key from CI variables: the key is the token, and never expires; nothing is cached or refreshed. */
function apiKeySource(variable: Variable, c: ApiKeyPortable): CredentialSource {
  return {
    label: variable,
    loginCommand: 'authctl export on your machine into your CI variables',
    lock: { dir: '', name: '' },
    read: async () => ({ accessToken: c.apiKey, accessTokenExpiresAt: NEVER_EXPIRES_AT }),
    refresh: () => Promise.reject(new AuthctlError(`${variable} holds an API key, which is not refreshed`)),
    save: async () => {},
  };
}

function envSource(ctx: Context, variable: Variable, c: PortableCredential, name: string | undefined): CredentialSource {
  if (isApiKeyPortable(c)) return apiKeySource(variable, c);
  const { dir, name: cacheName, file } = ciTokenCache(ctx.env, (text) => createHash('sha256').update(text).digest('hex'));
  const loginCommand = name
    ? `authctl login --org ${name} on your machine, then authctl export --profile ${name} into ${variable}`
    : `authctl login on your machine, then authctl export into your CI variables`;
  const title = isZohoPortable(c) ? 'Zoho' : portableSpec(c).title;
  // The refresh token last read, so that save() can tell a rotation happening now.
  let held: string | undefined = c.refreshToken;

  return {
    label: variable,
    loginCommand,
    clientId: c.clientId,
    lock: { dir, name: cacheName },

    async read(): Promise<StoredCredential> {
      const cached = await readCache(ctx, file);
      if (cached && 'dead' in cached) {
        throw new AuthctlError(`${variable} needs a new login: ${title} rejected it (since ${cached.dead.at}: ${cached.dead.reason})`, {
          exitCode: ExitCode.loginRequired,
          hint: `log in again: ${loginCommand}`,
        });
      }
      // An access token that never expires is the whole credential: there is nothing to refresh or cache.
      if (c.refreshToken === undefined) return { accessToken: (c as OAuthPortable).accessToken!, accessTokenExpiresAt: NEVER_EXPIRES_AT };
      held = cached?.rt ?? c.refreshToken;
      return { refreshToken: held, accessToken: cached?.at, accessTokenExpiresAt: cached?.exp };
    },

    async refresh(refreshToken) {
      const { portableGrant, refreshAccessToken, rejectedPart } = await import('./refresh.js');
      try {
        return await refreshAccessToken(ctx, portableGrant(c, variable, loginCommand), refreshToken);
      } catch (err) {
        // Remembered for the rest of the job, as for a profile: the cached access token went with it.
        if (rejectedPart(err)) {
          const dead: CiCacheContent = { v: 1, dead: { at: new Date(ctx.now()).toISOString(), reason: (err as Error).message } };
          await writeCache(ctx, dir, file, dead).catch((e: Error) => ctx.warn(`could not record that ${variable} was rejected: ${e.message}`));
        }
        // Whatever Zoho rejected (token, client id or secret) came from the exported
        // value: the fix is always a new export, not `authctl client add`.
        if (err instanceof AuthctlError && err.exitCode === ExitCode.loginRequired) {
          throw new AuthctlError(err.message, { exitCode: err.exitCode, hint: `log in again: ${loginCommand}`, cause: err });
        }
        throw err;
      }
    },

    async save(credential) {
      // The refresh token stays in the variable; only one the server replaced it with is kept here.
      const content: CiCacheContent = { v: 1, at: credential.accessToken!, exp: credential.accessTokenExpiresAt! };
      if (credential.refreshToken !== c.refreshToken && credential.refreshToken !== undefined) content.rt = credential.refreshToken;
      await writeCache(ctx, dir, file, content);
      if (credential.refreshToken !== held) {
        ctx.warn(
          `${title} replaced the refresh token of ${variable}; authctl keeps the new one in ${file} for the rest of this job, ` +
            `but cannot write it back to your CI secret, and the old one may no longer work: update the secret (${loginCommand})`,
        );
      }
      held = credential.refreshToken;
    },
  };
}

async function writeCache(ctx: Context, dir: string, file: string, content: CiCacheContent): Promise<void> {
  const warning = await ensurePrivateDir(dir);
  if (warning) ctx.warn(warning);
  await writeFileAtomic(file, `${JSON.stringify(content)}\n`);
}

/** The cached access token, if any. A cache authctl cannot read is only a cache: it is replaced. */
async function readCache(ctx: Context, file: string): Promise<CiCacheContent | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new AuthctlError(`cannot read the access-token cache ${file}: ${(err as Error).message}`, { cause: err });
  }
  const warning = await tighten(file, 0o600);
  if (warning) ctx.warn(warning);
  const content = parseCiCache(text);
  if (content) return content;
  ctx.warn(`ignoring ${file}: it is not an authctl access-token cache (it will be replaced)`);
  return undefined;
}
