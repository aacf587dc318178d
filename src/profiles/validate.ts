import { type Config, ENVIRONMENTS, isValidName, PROVIDERS, STORE_KINDS } from './model.js';

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

const PROFILE_FIELDS: Record<string, [Check, boolean]> = {
  provider: [oneOf(PROVIDERS), true],
  key: [string, true],
  client: [string, true],
  dc: [string, true],
  accountsServer: [url, true],
  apiDomain: [url, true],
  portal: [string, false],
  org: [string, false],
  orgId: [string, false],
  orgName: [string, false],
  environment: [oneOf(ENVIRONMENTS), true],
  scopes: [stringList, true],
  store: [oneOf(STORE_KINDS), true],
  createdAt: [time, true],
  refreshedAt: [time, false],
  accessTokenExpiresAt: [time, false],
  loginRequired: [loginRequired, false],
};

const CLIENT_FIELDS: Record<string, [Check, boolean]> = {
  provider: [oneOf(PROVIDERS), true],
  clientId: [string, true],
  dc: [string, true],
  redirectUris: [urlList, false],
  selfClient: [bool, false],
  dcSecrets: [stringList, false],
  // Written by authctl 0.1.0; upgraded when read (config.ts).
  redirectUri: [url, false],
  multiDc: [bool, false],
  store: [oneOf(STORE_KINDS), true],
  key: [string, true],
  createdAt: [time, true],
};

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
  checkNamedRecords(value.profiles, PROFILE_FIELDS, 'profiles', out);
  checkNamedRecords(value.clients, CLIENT_FIELDS, 'clients', out);
  if ('defaultProfile' in value) {
    const d = value.defaultProfile;
    if (typeof d !== 'string') out.push({ path: ['defaultProfile'], problem: 'must be a string' });
    else if (isObject(value.profiles) && !(d in value.profiles))
      out.push({ path: ['defaultProfile'], problem: `names a profile that does not exist ("${d}")` });
  }
  if ('zoho' in value && !isObject(value.zoho)) out.push({ path: ['zoho'], problem: 'must be an object' });
  for (const key of Object.keys(value)) {
    if (!['version', 'profiles', 'clients', 'defaultProfile', 'zoho'].includes(key))
      out.push({ path: [key], problem: 'is not a known field' });
  }
  return out;
}

export const isConfig = (value: unknown): value is Config => validateConfig(value).length === 0;
