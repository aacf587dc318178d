import { AuthctlError, ExitCode, usageError } from '../errors.js';
import type { Context } from '../io/context.js';
import { maskInJobLog } from '../io/mask.js';
import { encodeAuthJson, encodeAuthUrl, type PortableCredential } from '../profiles/auth-url.js';
import { ENV_CLIENT, type ResolvedClient, resolveClient } from '../profiles/clients.js';
import { type ApiKeyProfile, type Config, isApiKeyProfile, isZohoProfile, type OAuthProfile, type ZohoProfile } from '../profiles/model.js';
import { isPreset, requireOAuthProvider, requireProvider } from '../providers/registry.js';
import type { ProfileSelection } from '../profiles/select.js';
import { SecretStores } from '../secrets/resolve.js';
import { openProfile } from '../tokens/profile-source.js';

const FORMATS = ['url', 'env', 'dotenv', 'json'] as const;

export interface ExportOptions extends ProfileSelection {
  format?: string;
  force?: boolean;
}

/**
 * Prints a profile's whole credential (client, refresh token and where they are
 * used) as one value for a CI secret. The output is a secret: refused on a
 * terminal unless --force, and masked in a GitHub Actions log.
 */
export async function run(ctx: Context, opts: ExportOptions): Promise<void> {
  const format = opts.format ?? 'url';
  if (!(FORMATS as readonly string[]).includes(format)) throw usageError(`unknown --format "${format}"`, `use one of: ${FORMATS.join(', ')}`);
  // Checked before anything is read: a secret on a screen ends up in scrollback and screen shares.
  if (ctx.stdoutIsTTY && !opts.force) {
    throw usageError(
      'authctl export prints a secret, and stdout is a terminal',
      'pipe it into a secret store: authctl export --profile NAME | gh secret set AUTHCTL_AUTH_URL (or add --force to print it here)',
    );
  }

  const { name, profile, config, source } = await openProfile(ctx, opts);
  const { refreshToken, accessToken } = await source.read();
  if (isApiKeyProfile(profile)) return write(ctx, format, apiKeyCredential(config, profile, accessToken!), [accessToken!]);
  if (profile.client === ENV_CLIENT && !(ctx.env.AUTHCTL_CLIENT_ID && ctx.env.AUTHCTL_CLIENT_SECRET)) {
    throw new AuthctlError(`profile "${name}" was logged in with the client given by AUTHCTL_CLIENT_ID and AUTHCTL_CLIENT_SECRET, which are not set`, {
      exitCode: ExitCode.usage,
      hint: 'set both to that client (its id and secret from the Zoho API console) and export again',
    });
  }
  const client = await resolveClient(new SecretStores(ctx), config, ctx.env, profile.client, isZohoProfile(profile) ? profile.dc : undefined);
  // A Zoho profile always has a refresh token; another provider's may have only an access token that never expires.
  const secret = refreshToken === undefined ? { accessToken: accessToken! } : { refreshToken };
  const credential = isZohoProfile(profile) ? zohoCredential(profile, client.clientId, client.clientSecret!, refreshToken!) : oauthCredential(config, profile, client, secret);
  write(ctx, format, credential, [refreshToken ?? accessToken!, ...(client.clientSecret === undefined ? [] : [client.clientSecret])]);
}

/** Prints the value in the format asked for, its secrets masked in a GitHub Actions log first. */
function write(ctx: Context, format: string, credential: PortableCredential, secrets: string[]): void {
  const url = encodeAuthUrl(credential);
  maskInJobLog(ctx, ...secrets, ...(format === 'json' ? [] : [url]));
  if (format === 'json') ctx.stdout.write(`${JSON.stringify(encodeAuthJson(credential), null, 2)}\n`);
  // `env`: the KEY=value line of $GITHUB_ENV, docker --env-file and systemd, which keep quotes literally.
  else if (format === 'env') ctx.stdout.write(`AUTHCTL_AUTH_URL=${url}\n`);
  // `dotenv`: quoted, for .env files and `source`; the percent-encoded URL has no " $ ` \ or !.
  else if (format === 'dotenv') ctx.stdout.write(`AUTHCTL_AUTH_URL="${url}"\n`);
  else ctx.stdout.write(`${url}\n`);
}

function zohoCredential(profile: ZohoProfile, clientId: string, clientSecret: string, refreshToken: string): PortableCredential {
  return {
    provider: profile.provider,
    clientId,
    clientSecret,
    refreshToken,
    accountsServer: profile.accountsServer,
    apiDomain: profile.apiDomain,
    dc: profile.dc,
    portal: profile.portal,
    org: profile.org,
    orgId: profile.orgId,
    orgName: profile.orgName,
    environment: profile.environment,
    scopes: profile.scopes,
  };
}

/** Another provider's credential; a provider the user added travels with it (a preset is authctl's own). */
function oauthCredential(
  config: Config,
  profile: OAuthProfile,
  client: ResolvedClient,
  secret: { refreshToken: string } | { accessToken: string },
): PortableCredential {
  return {
    provider: profile.provider,
    clientId: client.clientId,
    ...(client.clientSecret === undefined ? {} : { clientSecret: client.clientSecret }),
    ...secret,
    apiBase: profile.apiBase,
    variables: profile.variables ?? {},
    ...(profile.org ? { org: profile.org } : {}),
    ...(profile.orgId ? { orgId: profile.orgId } : {}),
    scopes: profile.scopes,
    ...(isPreset(profile.provider) ? {} : { spec: requireOAuthProvider(config, profile.provider) }),
  };
}

/** An API key; a provider the user added travels with its way of taking the key. */
function apiKeyCredential(config: Config, profile: ApiKeyProfile, apiKey: string): PortableCredential {
  const method = requireProvider(config, profile.provider).apiKey;
  return {
    provider: profile.provider,
    auth: 'apiKey',
    apiKey,
    fields: profile.fields ?? {},
    apiBase: profile.apiBase,
    ...(profile.org ? { org: profile.org } : {}),
    ...(profile.orgId ? { orgId: profile.orgId } : {}),
    scopes: [],
    ...(isPreset(profile.provider) || !method ? {} : { method }),
  };
}
