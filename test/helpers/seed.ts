import { AssertionError } from 'node:assert';
import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { Chalk } from 'chalk';
import type { Context } from '../../src/io/context.js';
import { ConfigStore } from '../../src/profiles/config.js';
import { clientKey, type Environment, type Profile, profileKey, type ZohoProfile, type StoreKind } from '../../src/profiles/model.js';
import { requestToken } from '../../src/oauth/token.js';
import { decodeCredential, encodeCredential, type StoredCredential } from '../../src/secrets/credential.js';
import { SecretStores } from '../../src/secrets/resolve.js';
import type { Emulator } from '../emulator/index.js';

/**
 * Profiles made in-process with authctl's own modules (there is no `login` yet):
 * the metadata through ConfigStore, the tokens through the real secret store.
 */

export interface TestContext {
  ctx: Context;
  /** What the modules wrote to stdout and stderr so far. */
  stdout(): string;
  stderr(): string;
}

/** A Context like the CLI's, writing to in-memory streams, with no colours. */
export function testContext(env: NodeJS.ProcessEnv): TestContext {
  const capture = () => {
    const stream = new PassThrough();
    let text = '';
    stream.setEncoding('utf8').on('data', (d: string) => (text += d));
    return { stream, text: () => text };
  };
  const out = capture();
  const err = capture();
  const plain = new Chalk({ level: 0 });
  const ctx: Context = {
    stdout: out.stream,
    stderr: err.stream,
    stdin: new PassThrough(),
    env,
    stdinIsTTY: false,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    color: plain,
    stdoutColor: plain,
    now: () => Date.now(),
    info: (line) => void err.stream.write(`${line}\n`),
    warn: (line) => void err.stream.write(`warning: ${line}\n`),
  };
  return { ctx, stdout: out.text, stderr: err.text };
}

export interface SeedOptions {
  store: StoreKind;
  /** Defaults to the profile name, so every profile gets its own key. */
  org?: string;
  orgId?: string;
  orgName?: string;
  environment?: Environment;
  dc?: string;
  /** Minutes from now; negative for an expired access token. Default 60. */
  expiresInMinutes?: number;
  makeDefault?: boolean;
}

export interface SeededProfile {
  name: string;
  profile: ZohoProfile;
  /** The credential as authctl stored it (the secret store's value). */
  stored: string;
  credential: Required<StoredCredential>;
}

/** Random tokens shaped like Zoho's, so a test can tell if one leaks anywhere. */
export const fakeToken = (kind: 'refresh' | 'access') =>
  `1000.${randomBytes(16).toString('hex')}.${kind === 'refresh' ? 'r' : 'a'}${randomBytes(12).toString('hex')}`;

/**
 * Adds a profile with real authctl modules: metadata in config.json, tokens in
 * the profile's store. `env` is the child's env (AUTHCTL_CONFIG_DIR, and for the
 * keychain DBUS_SESSION_BUS_ADDRESS, which must also be in process.env because the
 * native keyring module reads it from there).
 */
export async function seedProfile(env: NodeJS.ProcessEnv, name: string, opts: SeedOptions): Promise<SeededProfile> {
  const { ctx } = testContext(env);
  const now = Date.now();
  const expiresAt = now + (opts.expiresInMinutes ?? 60) * 60_000;
  const identity = {
    provider: 'zoho' as const,
    dc: opts.dc ?? 'com',
    org: opts.org ?? name,
    ...(opts.orgId ? { orgId: opts.orgId } : {}),
    environment: opts.environment ?? 'production',
  };
  const profile: ZohoProfile = {
    ...identity,
    key: profileKey(identity),
    ...(opts.orgName ? { orgName: opts.orgName } : {}),
    client: 'default',
    accountsServer: 'https://accounts.zoho.com',
    apiDomain: 'https://www.zohoapis.com',
    scopes: ['ZohoCRM.modules.ALL', 'ZohoCRM.settings.READ'],
    store: opts.store,
    createdAt: new Date(now).toISOString(),
    accessTokenExpiresAt: new Date(expiresAt).toISOString(),
  };
  const credential = { refreshToken: fakeToken('refresh'), accessToken: fakeToken('access'), accessTokenExpiresAt: expiresAt };
  const stored = encodeCredential(credential);
  // Secrets first, as login will: a profile never points at a missing secret.
  await new SecretStores(ctx).get(opts.store).set(profile.key, stored);
  await new ConfigStore(ctx).update((config) => {
    config.profiles[name] = profile;
    if (opts.makeDefault) config.defaultProfile = name;
  });
  return { name, profile, stored, credential };
}

/** The secret values of seeded profiles, for "never shown" checks. */
export const secretsOf = (...seeded: (SeededProfile | EmulatorProfile)[]) =>
  seeded.flatMap((s) => [
    s.credential.refreshToken,
    s.credential.accessToken,
    'stored' in s ? s.stored : s.client.clientSecret,
  ]);

/**
 * Fails when any secret, or a long piece of one, appears in `text`. The message
 * says how many leaked and where, never the values.
 */
export function assertNoSecrets(text: string, secrets: string[], where: string): void {
  const pieces = secrets.flatMap((s) => [s, ...s.split(/[^A-Za-z0-9]+/).filter((p) => p.length >= 16)]);
  const leaked = pieces.filter((p) => text.includes(p)).length;
  if (leaked > 0) throw new AssertionError({ message: `${leaked} secret value(s) or pieces of them appear in ${where}` });
}

// ---- profiles logged in at the emulator ------------------------------------------------

export interface EmulatorProfileOptions {
  store: StoreKind;
  /** Default: the first production org of the data centre's first portal. */
  orgId?: string;
  /** Default: the emulator's first data centre. */
  dc?: string;
  scopes?: string[];
  makeDefault?: boolean;
}

export interface EmulatorProfile {
  name: string;
  profile: ZohoProfile;
  client: { name: string; clientId: string; clientSecret: string };
  /** The credential as stored right after the code exchange. */
  credential: StoredCredential & { refreshToken: string; accessToken: string; accessTokenExpiresAt: number };
}

/**
 * A profile as `authctl login` will leave it, with a real refresh token: a client
 * registered at the emulator, a self-client code for the org exchanged over HTTP
 * with authctl's own token request, then the client secret and the tokens saved
 * through the real secret store and the metadata through ConfigStore.
 */
export async function seedEmulatorProfile(
  env: NodeJS.ProcessEnv,
  emulator: Emulator,
  name: string,
  opts: EmulatorProfileOptions,
): Promise<EmulatorProfile> {
  const { ctx } = testContext(env);
  const dc = opts.dc ?? Object.keys(emulator.dataCentres)[0]!;
  const portal = opts.orgId
    ? emulator.portals(dc).find((p) => p.orgs.some((o) => o.id === opts.orgId))!
    : emulator.portals(dc)[0]!;
  const org = portal.orgs.find((o) => (opts.orgId ? o.id === opts.orgId : o.environment === 'production'))!;
  const scopes = opts.scopes ?? ['ZohoCRM.modules.ALL', 'ZohoCRM.settings.READ'];
  // Unique per call: tests that share one keyring never overwrite each other's entries.
  const tag = randomBytes(4).toString('hex');
  const client = { name: `zoho-${tag}`, clientId: `1000.SEED${tag.toUpperCase()}`, clientSecret: randomBytes(20).toString('hex') };
  emulator.registerClient({ clientId: client.clientId, clientSecret: client.clientSecret, homeDc: dc, selfClient: true });
  const code = emulator.issueSelfClientCode({ clientId: client.clientId, scopes, orgId: org.id, dc });
  const accountsServer = emulator.dataCentres[dc]!.accountsServer;
  const answer = await requestToken(`${accountsServer}/oauth/v2/token`, client, { grant_type: 'authorization_code', code });
  if (!answer.refreshToken) throw new Error('the emulator issued no refresh token');

  const stores = new SecretStores(ctx);
  const now = new Date().toISOString();
  await stores.get(opts.store).set(clientKey(client.name), client.clientSecret);
  const identity = { provider: 'zoho' as const, dc, portal: portal.id, orgId: org.id, org: name, environment: org.environment };
  const profile: ZohoProfile = {
    ...identity,
    key: `${profileKey(identity)}:${tag}`,
    client: client.name,
    accountsServer,
    apiDomain: emulator.dataCentres[dc]!.apiDomains[org.environment],
    orgName: org.name,
    scopes,
    store: opts.store,
    createdAt: now,
    accessTokenExpiresAt: new Date(answer.expiresAt).toISOString(),
  };
  const credential = { refreshToken: answer.refreshToken, accessToken: answer.accessToken, accessTokenExpiresAt: answer.expiresAt };
  await stores.get(opts.store).set(profile.key, encodeCredential(credential));
  await new ConfigStore(ctx).update((config) => {
    config.clients[client.name] = {
      provider: 'zoho',
      clientId: client.clientId,
      dc,
      selfClient: true,
      store: opts.store,
      key: clientKey(client.name),
      createdAt: now,
    };
    config.profiles[name] = profile;
    if (opts.makeDefault) config.defaultProfile = name;
  });
  return { name, profile, client, credential };
}

/** A credential with a refresh token, as every profile these tests make has. */
export type RefreshableCredential = StoredCredential & { refreshToken: string };

/** What the profile's store holds now, read with authctl's own store code. */
export async function readCredential(env: NodeJS.ProcessEnv, profile: Profile): Promise<RefreshableCredential | undefined> {
  const value = await new SecretStores(testContext(env).ctx).get(profile.store).get(profile.key);
  if (value === undefined) return undefined;
  const credential = decodeCredential('test', value);
  if (credential.refreshToken === undefined) throw new Error(`the stored credential of ${profile.key} has no refresh token`);
  return credential as RefreshableCredential;
}

/** Rewrites the stored credential with its access token expiring `msFromNow` from now (negative: expired). */
export async function setAccessTokenExpiry(env: NodeJS.ProcessEnv, profile: Profile, msFromNow: number): Promise<RefreshableCredential> {
  const current = await readCredential(env, profile);
  if (!current) throw new Error(`no stored credential for ${profile.key}`);
  const changed = { ...current, accessTokenExpiresAt: Date.now() + msFromNow };
  const { ctx } = testContext(env);
  await new SecretStores(ctx).get(profile.store).set(profile.key, encodeCredential(changed));
  // As authctl records it: the expiry in config.json is what a keychain profile's token copy must match.
  await new ConfigStore(ctx).update((config) => {
    for (const p of Object.values(config.profiles)) {
      if (p.key === profile.key) p.accessTokenExpiresAt = new Date(changed.accessTokenExpiresAt).toISOString();
    }
  });
  return changed;
}
