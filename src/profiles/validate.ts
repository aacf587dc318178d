import { isPresetName } from '../providers/names.js';
import { CLIENT_AUTH_METHODS, isSafeEndpoint, placeholders } from '../providers/spec.js';
import { type Config, ENVIRONMENTS, isValidName, STORE_KINDS } from './model.js';

/** A place in config.json that does not fit the model: a JSON path and what is wrong there. */
export interface Violation {
  path: (string | number)[];
  problem: string;
}

type Check = (value: unknown) => string | undefined;

const string: Check = (v) => (typeof v === 'string' && v.length > 0 ? undefined : 'must be a non-empty string');
const url: Check = (v) => {
  if (typeof v !== 'string') return 'must be a URL string';
  try {
    const u = new URL(v);
    return u.protocol === 'https:' || u.protocol === 'http:' ? undefined : 'must be an http(s) URL';
  } catch {
    return 'must be a URL';
  }
};
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? undefined : `must be one of ${values.join(', ')}`;
const time: Check = (v) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? undefined : 'must be an ISO date');
const stringList: Check = (v) =>
  Array.isArray(v) && v.every((s) => typeof s === 'string') ? undefined : 'must be a list of strings';
const bool: Check = (v) => (typeof v === 'boolean' ? undefined : 'must be true or false');
const urlList: Check = (v) =>
  Array.isArray(v) && v.length > 0 ? v.map(url).find((p) => p !== undefined) : 'must be a non-empty list of URLs';
const loginRequired: Check = (v) => {
  if (!isObject(v)) return 'must be an object';
  return time(v.at) ?? oneOf(['refresh_token', 'client'])(v.rejected) ?? string(v.reason);
};

const stringRecord: Check = (v) =>
  isObject(v) && Object.values(v).every((s) => typeof s === 'string') ? undefined : 'must be an object of strings';
const positive: Check = (v) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? undefined : 'must be a whole number above 0');
/** An endpoint, possibly with {variables}: https, or http on the loopback only. */
const endpoint: Check = (v) => {
  if (typeof v !== 'string') return 'must be a URL string';
  return isSafeEndpoint(v.replace(/\{[a-z][a-z0-9_]*\}/g, 'placeholder')) ? undefined : 'must be an https URL (http only on 127.0.0.1 or localhost)';
};
const listOf =
  (values: readonly string[]): Check =>
  (v) =>
    Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && values.includes(x)) ? undefined : `must be a non-empty list of ${values.join(', ')}`;

/** What every profile has (ProfileBase in model.ts). */
const PROFILE_FIELDS: Record<string, [Check, boolean]> = {
  provider: [string, true],
  key: [string, true],
  client: [string, true],
  org: [string, false],
  orgId: [string, false],
  orgName: [string, false],
  scopes: [stringList, true],
  store: [oneOf(STORE_KINDS), true],
  createdAt: [time, true],
  refreshedAt: [time, false],
  accessTokenExpiresAt: [time, false],
  loginRequired: [loginRequired, false],
  team: [
    (v) =>
      isObject(v) && typeof v.clientId === 'string' && (v.secretVersion === undefined || Number.isInteger(v.secretVersion)) && Object.keys(v).every((k) => k === 'clientId' || k === 'secretVersion')
        ? undefined
        : 'must be {"clientId": ID, "secretVersion": N}',
    false,
  ],
};

const ZOHO_PROFILE_FIELDS: Record<string, [Check, boolean]> = {
  ...PROFILE_FIELDS,
  dc: [string, true],
  accountsServer: [url, true],
  apiDomain: [url, true],
  portal: [string, false],
  environment: [oneOf(ENVIRONMENTS), true],
};

const OAUTH_PROFILE_FIELDS: Record<string, [Check, boolean]> = {
  ...PROFILE_FIELDS,
  variables: [stringRecord, false],
  apiBase: [url, true],
};

const API_KEY_PROFILE_FIELDS: Record<string, [Check, boolean]> = {
  ...PROFILE_FIELDS,
  auth: [oneOf(['apiKey']), true],
  fields: [stringRecord, false],
  apiBase: [url, true],
};
delete API_KEY_PROFILE_FIELDS.client;

const CLIENT_FIELDS: Record<string, [Check, boolean]> = {
  provider: [string, true],
  clientId: [string, true],
  dc: [string, false],
  public: [bool, false],
  redirectUris: [urlList, false],
  selfClient: [bool, false],
  dcSecrets: [stringList, false],
  // Written by authctl 0.1.0; upgraded when read (config.ts).
  redirectUri: [url, false],
  multiDc: [bool, false],
  store: [oneOf(STORE_KINDS), false],
  key: [string, false],
  createdAt: [time, true],
};

const API_FIELDS: Record<string, [Check, boolean]> = {
  header: [string, false],
  scheme: [(v) => (typeof v === 'string' && !/[\r\n]/.test(v) ? undefined : 'must be a string (may be empty)'), true],
  base: [endpoint, false],
  baseFromTokenField: [string, false],
  baseHosts: [stringList, false],
};

const regex: Check = (v) => {
  if (typeof v !== 'string') return 'must be a regular expression';
  try {
    new RegExp(v, 'u');
    return undefined;
  } catch {
    return 'must be a valid regular expression';
  }
};

const VARIABLE_FIELDS: Record<string, [Check, boolean]> = {
  description: [string, true],
  default: [string, false],
  pattern: [regex, true],
};

const PROVIDER_FIELDS: Record<string, [Check, boolean]> = {
  title: [string, true],
  type: [oneOf(['oauth2']), true],
  issuer: [url, false],
  issParameterSupported: [bool, false],
  authorizationEndpoint: [endpoint, true],
  tokenEndpoint: [endpoint, true],
  revocationEndpoint: [endpoint, false],
  deviceAuthorizationEndpoint: [endpoint, false],
  revocationStyle: [oneOf(['rfc7009', 'delete-path']), false],
  scopes: [stringList, true],
  scopeSeparator: [(v) => (typeof v === 'string' && v.length === 1 ? undefined : 'must be one character'), true],
  pkce: [bool, true],
  clientAuthMethods: [listOf(CLIENT_AUTH_METHODS), true],
  customState: [(v) => (typeof v === 'string' && /^[\x21-\x7e]{1,100}$/.test(v) ? undefined : 'must be printable characters without spaces'), false],
  authorizationParams: [stringRecord, false],
  api: [(v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? undefined : 'must be an object'), true],
  variables: [(v) => (isObject(v) ? undefined : 'must be an object'), false],
  assumedLifetimeSeconds: [positive, false],
  accessTokenNeverExpires: [bool, false],
  console: [string, false],
  extends: [string, false],
};

/** A provider's own consistency: its records, and a declared variable behind every {placeholder}. */
export function checkProvider(value: unknown, path: (string | number)[], out: Violation[]): void {
  if (isObject(value) && value.type === 'apiKey') {
    checkRecord(value, API_KEY_PROVIDER_FIELDS, path, out);
    if ('apiKey' in value) checkApiKeyMethod(value.apiKey, [...path, 'apiKey'], out);
    return;
  }
  checkRecord(value, { ...PROVIDER_FIELDS, api: [() => undefined, true], apiKey: [() => undefined, false] }, path, out);
  if (!isObject(value)) return;
  if ('apiKey' in value) checkApiKeyMethod(value.apiKey, [...path, 'apiKey'], out);
  if ('api' in value) checkRecord(value.api, API_FIELDS, [...path, 'api'], out);
  const variables = isObject(value.variables) ? value.variables : {};
  for (const [name, v] of Object.entries(variables)) {
    if (!/^[a-z][a-z0-9_]*$/.test(name)) out.push({ path: [...path, 'variables', name], problem: 'must be named with a-z, 0-9 and _' });
    checkRecord(v, VARIABLE_FIELDS, [...path, 'variables', name], out);
  }
  const templates = [value.authorizationEndpoint, value.tokenEndpoint, value.revocationEndpoint, value.deviceAuthorizationEndpoint, isObject(value.api) ? value.api.base : undefined];
  const scopes = Array.isArray(value.scopes) ? value.scopes : [];
  for (const t of [...templates, ...scopes]) {
    if (typeof t !== 'string') continue;
    const unknown = placeholders(t).find((n) => !(n in variables));
    if (unknown) out.push({ path: [...path, 'variables'], problem: `has no "${unknown}", which {${unknown}} needs` });
  }
}

const API_KEY_PROVIDER_FIELDS: Record<string, [Check, boolean]> = {
  title: [string, true],
  type: [oneOf(['apiKey']), true],
  apiKey: [() => undefined, true],
  console: [string, false],
  extends: [string, false],
};

const API_KEY_FIELDS: Record<string, [Check, boolean]> = {
  warning: [string, false],
  fields: [() => undefined, true],
  headers: [stringRecord, false],
  basic: [(v) => (isObject(v) && typeof v.username === 'string' && typeof v.password === 'string' && Object.keys(v).length === 2 ? undefined : 'must be {"username": TEMPLATE, "password": TEMPLATE}'), false],
  base: [string, true],
  baseHosts: [stringList, false],
  check: [(v) => (typeof v === 'string' && v.startsWith('/') ? undefined : 'must be a path starting with /'), false],
};

const API_KEY_FIELD_FIELDS: Record<string, [Check, boolean]> = { title: [string, true], secret: [bool, false], default: [string, false], pattern: [regex, false] };

/** An API-key method: exactly one secret field, every {field} a declared one, and a base that can be an https URL. */
export function checkApiKeyMethod(value: unknown, path: (string | number)[], out: Violation[]): void {
  checkRecord(value, API_KEY_FIELDS, path, out);
  if (!isObject(value)) return;
  const fields = isObject(value.fields) ? value.fields : {};
  if (!isObject(value.fields) || Object.keys(fields).length === 0) out.push({ path: [...path, 'fields'], problem: 'must be an object naming at least the key' });
  for (const [name, f] of Object.entries(fields)) {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) out.push({ path: [...path, 'fields', name], problem: 'must be named with letters, digits and _' });
    checkRecord(f, API_KEY_FIELD_FIELDS, [...path, 'fields', name], out);
  }
  const secrets = Object.values(fields).filter((f) => isObject(f) && f.secret === true).length;
  if (secrets !== 1) out.push({ path: [...path, 'fields'], problem: `must have exactly one secret field (the key), not ${secrets}` });
  if (!value.basic && !(isObject(value.headers) && Object.keys(value.headers).length > 0)) out.push({ path, problem: 'must send the key: give "headers" or "basic"' });
  const templates = [value.base, ...(isObject(value.headers) ? Object.values(value.headers) : []), ...(isObject(value.basic) ? [value.basic.username, value.basic.password] : [])];
  for (const t of templates) {
    if (typeof t !== 'string') continue;
    const unknown = [...t.matchAll(/\{([A-Za-z][A-Za-z0-9_]*)\}/g)].map((m) => m[1]!).find((n) => !(n in fields));
    if (unknown) out.push({ path: [...path, 'fields'], problem: `has no "${unknown}", which {${unknown}} needs` });
  }
  if (typeof value.base === 'string' && !value.base.includes('{') && !isSafeEndpoint(value.base)) out.push({ path: [...path, 'base'], problem: 'must be an https URL (http only on 127.0.0.1 or localhost)' });
}

/** A client's or profile's provider must be known; a Zoho one has Zoho's fields. */
function checkKnownProvider(provider: unknown, providers: Record<string, unknown>, path: (string | number)[], out: Violation[]): void {
  if (typeof provider === 'string' && !isPresetName(provider) && !Object.hasOwn(providers, provider)) {
    out.push({ path, problem: `names a provider that is neither built in nor added ("${provider}")` });
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkRecord(
  value: unknown,
  fields: Record<string, [Check, boolean]>,
  path: (string | number)[],
  out: Violation[],
): void {
  if (!isObject(value)) {
    out.push({ path, problem: 'must be an object' });
    return;
  }
  for (const [field, [check, required]] of Object.entries(fields)) {
    if (!(field in value)) {
      if (required) out.push({ path: [...path, field], problem: 'is missing' });
      continue;
    }
    const problem = check(value[field]);
    if (problem) out.push({ path: [...path, field], problem });
  }
  for (const field of Object.keys(value)) {
    if (!(field in fields)) out.push({ path: [...path, field], problem: 'is not a known field' });
  }
}

function checkNamedRecords(
  value: unknown,
  fields: Record<string, [Check, boolean]>,
  path: string,
  out: Violation[],
): void {
  if (!isObject(value)) {
    out.push({ path: [path], problem: 'must be an object' });
    return;
  }
  for (const [name, entry] of Object.entries(value)) {
    if (!isValidName(name)) out.push({ path: [path, name], problem: 'has an invalid name' });
    checkRecord(entry, fields, [path, name], out);
  }
}

/** Checks a parsed config.json against the model; returns every violation found. */
export function validateConfig(value: unknown): Violation[] {
  const out: Violation[] = [];
  if (!isObject(value)) return [{ path: [], problem: 'must be a JSON object' }];
  if (value.version !== 1) out.push({ path: ['version'], problem: 'must be 1' });
  const providers = isObject(value.providers) ? value.providers : {};
  if ('providers' in value) {
    if (!isObject(value.providers)) out.push({ path: ['providers'], problem: 'must be an object' });
    for (const [name, spec] of Object.entries(providers)) {
      if (!isValidName(name)) out.push({ path: ['providers', name], problem: 'has an invalid name' });
      if (isPresetName(name)) out.push({ path: ['providers', name], problem: 'has the name of a built-in provider' });
      checkProvider(spec, ['providers', name], out);
    }
  }
  if (!isObject(value.profiles)) out.push({ path: ['profiles'], problem: 'must be an object' });
  for (const [name, entry] of Object.entries(isObject(value.profiles) ? value.profiles : {})) {
    if (!isValidName(name)) out.push({ path: ['profiles', name], problem: 'has an invalid name' });
    const zoho = isObject(entry) && (entry.provider === 'zoho' || !('provider' in entry));
    const apiKey = isObject(entry) && entry.auth === 'apiKey';
    checkRecord(entry, zoho ? ZOHO_PROFILE_FIELDS : apiKey ? API_KEY_PROFILE_FIELDS : OAUTH_PROFILE_FIELDS, ['profiles', name], out);
    if (isObject(entry)) checkKnownProvider(entry.provider, providers, ['profiles', name, 'provider'], out);
  }
  checkNamedRecords(value.clients, CLIENT_FIELDS, 'clients', out);
  for (const [name, entry] of Object.entries(isObject(value.clients) ? value.clients : {})) {
    if (!isObject(entry)) continue;
    checkKnownProvider(entry.provider, providers, ['clients', name, 'provider'], out);
    if (entry.provider === 'zoho' && !('dc' in entry)) out.push({ path: ['clients', name, 'dc'], problem: 'is missing' });
    if (entry.public === true && ('key' in entry || 'store' in entry)) out.push({ path: ['clients', name], problem: 'is public, so it has no secret key or store' });
    if (entry.public !== true) for (const f of ['key', 'store']) if (!(f in entry)) out.push({ path: ['clients', name, f], problem: 'is missing' });
  }
  if ('defaultProfile' in value) {
    const d = value.defaultProfile;
    if (typeof d !== 'string') out.push({ path: ['defaultProfile'], problem: 'must be a string' });
    else if (isObject(value.profiles) && !(d in value.profiles))
      out.push({ path: ['defaultProfile'], problem: `names a profile that does not exist ("${d}")` });
  }
  if ('zoho' in value && !isObject(value.zoho)) out.push({ path: ['zoho'], problem: 'must be an object' });
  for (const key of Object.keys(value)) {
    if (!['version', 'profiles', 'clients', 'providers', 'defaultProfile', 'zoho'].includes(key))
      out.push({ path: [key], problem: 'is not a known field' });
  }
  return out;
}

export const isConfig = (value: unknown): value is Config => validateConfig(value).length === 0;
