/**
 * A provider as data (issue 11): where its authorization server is, how a client
 * authenticates, how its API takes a token and where that API is. Zoho is one
 * (presets.ts); its data centres and org lookup stay in zoho.ts. A user adds
 * others with `authctl provider add`, kept under `providers` in config.json.
 *
 * URLs may hold `{variable}` placeholders, filled at login from `--var NAME=VALUE`
 * (a tenant, a region, a My Domain host) and recorded with the profile.
 */
export type ClientAuthMethod = 'client_secret_post' | 'client_secret_basic' | 'none';
export const CLIENT_AUTH_METHODS: readonly ClientAuthMethod[] = ['client_secret_post', 'client_secret_basic', 'none'];

export interface ProviderVariable {
  /** What the user is asked for, e.g. "the tenant id or domain". */
  description: string;
  /** Used when login is given no value; a variable without one must be given. */
  default?: string;
  /** The values accepted (a regular expression, whole value): a variable becomes part of a host name. */
  pattern: string;
}

export interface ApiAuthorization {
  /** The header that carries the token (default Authorization). */
  header?: string;
  /** The word before the token; "" sends the bare token (monday.com). */
  scheme: string;
}

/**
 * Seed 002's third way to connect: an API key the user copies from the CRM.
 * The fields are asked for at login (exactly one is the secret key, the rest
 * are recorded with the profile), and the API takes them in headers built from
 * `{field}` templates, or in HTTP Basic.
 */
export interface ApiKeyMethod {
  /** Shown before the fields are asked for: where to find the key. */
  warning?: string;
  fields: Record<string, ApiKeyField>;
  /** Headers sent with every API call, e.g. {"Authorization": "Token token={apiKey}"}. */
  headers?: Record<string, string>;
  /** HTTP Basic, e.g. the key as user name and an empty password. */
  basic?: { username: string; password: string };
  /** The API base, possibly from a field ({apiUrl}); a base given by a field must be https, or on this machine. */
  base: string;
  /** Hosts (or ".suffixes") a base given by a field must be on. */
  baseHosts?: string[];
  /** A cheap GET below the base that answers 2xx for a good key and 401/403 for a bad one. */
  check?: string;
}

export interface ApiKeyField {
  title: string;
  /** The key itself: asked for hidden, kept in the secret store. Exactly one field is. */
  secret?: boolean;
  default?: string;
  /** The values accepted (a regular expression, whole value). */
  pattern?: string;
}

/** A provider whose only way to connect is an API key (Insightly, Freshsales, Copper). */
export interface ApiKeyProviderSpec {
  title: string;
  type: 'apiKey';
  apiKey: ApiKeyMethod;
  console?: string;
  extends?: string;
}

/** Any provider: an OAuth 2.0 server (which may also take API keys), or an API-key-only one. */
export type AnyProviderSpec = ProviderSpec | ApiKeyProviderSpec;

export const isOAuthSpec = (spec: AnyProviderSpec): spec is ProviderSpec => spec.type === 'oauth2';

/** An OAuth 2.0 provider (its `apiKey` is the other way it offers, if any). */
export interface ProviderSpec {
  /** The vendor's name as people write it. */
  title: string;
  type: 'oauth2';
  /** The provider also takes personal API keys (login --api-key). */
  apiKey?: ApiKeyMethod;
  /** RFC 8414 / OpenID issuer; the `iss` of an authorization response must equal it (RFC 9207). */
  issuer?: string;
  /** The server promises `iss` in every authorization response: one without it is refused. */
  issParameterSupported?: boolean;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  revocationEndpoint?: string;
  /** RFC 8628's device authorization endpoint: `login --device` for machines without a browser. */
  deviceAuthorizationEndpoint?: string;
  /** RFC 7009 (POST token=…), or HubSpot's DELETE {revocationEndpoint}/{token}. */
  revocationStyle?: 'rfc7009' | 'delete-path';
  /** Asked for when login is given no --scope; empty: no scope parameter at all (Attio, Pipedrive). */
  scopes: string[];
  /** Space by RFC 6749; a comma for Zoho. */
  scopeSeparator: string;
  pkce: boolean;
  /** How a confidential client authenticates at the token endpoint, the first the client can do. */
  clientAuthMethods: ClientAuthMethod[];
  /** Seed 002's customState: sent at the start of `state`, before authctl's own random part, never instead of it. */
  customState?: string;
  /** Sent with every authorization request, e.g. prompt=consent. */
  authorizationParams?: Record<string, string>;
  api: ApiAuthorization & {
    /** The API's base URL, possibly with {variables}; or where the token response names it. */
    base?: string;
    /** A token-response field holding the base URL (Salesforce's instance_url, Pipedrive's api_domain). */
    baseFromTokenField?: string;
    /** Host names (or ".suffixes") a token-response base must have, else it is not trusted with a token. */
    baseHosts?: string[];
  };
  variables?: Record<string, ProviderVariable>;
  /** The lifetime assumed for an access token whose response has no expires_in. */
  assumedLifetimeSeconds?: number;
  /** Its access tokens never expire and come without a refresh token (Attio, monday.com's classic flow). */
  accessTokenNeverExpires?: boolean;
  /** Where a client for this provider is registered, and what to do there. */
  console?: string;
  /** The preset (or provider) this one was derived from by `provider add --file` with "extends". */
  extends?: string;
}

/** Placeholders in endpoint templates: {name}. */
const PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/g;

export const placeholders = (template: string) => [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);

/** Fills a template's placeholders; every one must have a value (checked at login). */
export function fillTemplate(template: string, variables: Record<string, string>): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = variables[name];
    if (value === undefined) throw new Error(`no value for {${name}}`);
    return value;
  });
}

/** The endpoints of a provider with the profile's variables filled in. */
export interface ProviderEndpoints {
  authorization: string;
  token: string;
  revocation?: string;
  device?: string;
  apiBase?: string;
}

export function endpointsOf(spec: ProviderSpec, variables: Record<string, string>): ProviderEndpoints {
  return {
    authorization: fillTemplate(spec.authorizationEndpoint, variables),
    token: fillTemplate(spec.tokenEndpoint, variables),
    ...(spec.revocationEndpoint ? { revocation: fillTemplate(spec.revocationEndpoint, variables) } : {}),
    ...(spec.deviceAuthorizationEndpoint ? { device: fillTemplate(spec.deviceAuthorizationEndpoint, variables) } : {}),
    ...(spec.api.base ? { apiBase: fillTemplate(spec.api.base, variables) } : {}),
  };
}

/**
 * Whether a URL may carry a client secret, a code or a token: https, or http only
 * on this machine's loopback (a local test server, a development proxy).
 */
export function isSafeEndpoint(value: string): boolean {
  try {
    const u = new URL(value);
    if (u.username || u.password || u.hash) return false;
    if (u.protocol === 'https:') return true;
    return u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === '[::1]' || u.hostname === 'localhost');
  } catch {
    return false;
  }
}

/** Whether `url` is on one of `hosts` (exact names, or ".suffix" for any sub-domain). */
export function onHost(url: string, hosts: string[]): boolean {
  const host = new URL(url).hostname;
  return hosts.some((h) => (h.startsWith('.') ? host.endsWith(h) && host.length > h.length : host === h));
}
