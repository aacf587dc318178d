import type { AuthctlError } from '../errors.js';
import { apiKeyBase, checkField, resolveFields, secretFieldOf } from '../providers/api-key.js';
import { isPresetName } from '../providers/names.js';
import { PRESETS } from '../providers/presets.js';
import type { ApiKeyMethod } from '../providers/spec.js';
import { isValidName, NAME_RULE } from './model.js';
import { checkApiKeyMethod, type Violation } from './validate.js';

/**
 * An API key as one value, for CI (auth-url.ts has the format):
 *   authctl://insightly?v=1&auth=api_key&api_key=…&api_base=…&field.apiUrl=…
 * A built-in provider's way of sending the key is authctl's own; a provider the
 * user added travels with it (`method`, its JSON).
 */
export interface ApiKeyPortable {
  provider: string;
  auth: 'apiKey';
  apiKey: string;
  /** The non-secret fields. */
  fields: Record<string, string>;
  apiBase: string;
  org?: string;
  orgId?: string;
  /** Always empty: an API key has no scopes of its own (kept for the shape every credential has). */
  scopes: string[];
  /** The provider's API-key method when it is not built in. */
  method?: ApiKeyMethod;
}

export const API_KEY_PARTS = { auth: 'auth', apiKey: 'api_key', apiBase: 'api_base', org: 'org', orgId: 'org_id', method: 'method' } as const;
const FIELD_PREFIX = 'field.';

export function apiKeyParts(c: ApiKeyPortable): [string, string][] {
  const values: [string, string | undefined][] = [
    [API_KEY_PARTS.auth, 'api_key'],
    [API_KEY_PARTS.apiKey, c.apiKey],
    [API_KEY_PARTS.apiBase, c.apiBase],
    [API_KEY_PARTS.org, c.org],
    [API_KEY_PARTS.orgId, c.orgId],
    ...Object.entries(c.fields).map(([k, v]) => [`${FIELD_PREFIX}${k}`, v] as [string, string]),
    [API_KEY_PARTS.method, c.method && JSON.stringify(c.method)],
  ];
  return values.filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '');
}

export const isApiKeyPartName = (name: string) => (Object.values(API_KEY_PARTS) as string[]).includes(name) || /^field\.[A-Za-z][A-Za-z0-9_]*$/.test(name);

/** How the value's API takes its key: the preset's, or the one it carries. */
export const portableApiKeyMethod = (c: ApiKeyPortable): ApiKeyMethod => c.method ?? presetApiKeyMethod(c.provider)!;

/** The API-key method of a built-in provider, if it takes keys. */
export function presetApiKeyMethod(provider: string): ApiKeyMethod | undefined {
  return isPresetName(provider) ? PRESETS[provider].apiKey : undefined;
}

/** Checks each part of an API key's value; `seen` holds every part but `v`, decoded. */
export function fromApiKeyParts(provider: string, seen: Map<string, string>, bad: (what: string, hint?: string) => AuthctlError): ApiKeyPortable {
  if (!isValidName(provider)) throw bad(`the provider must be ${NAME_RULE}`);
  for (const name of seen.keys()) if (!isApiKeyPartName(name)) throw bad('it has a part whose name authctl does not know (not shown: it may be a secret)');
  const preset = presetApiKeyMethod(provider);
  let method = preset;
  if (seen.has(API_KEY_PARTS.method)) {
    if (isPresetName(provider)) throw bad(`part "method" is not taken for the built-in provider ${provider}: how it takes a key is authctl's own`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(seen.get(API_KEY_PARTS.method)!);
    } catch {
      throw bad('part "method" is not JSON');
    }
    const violations: Violation[] = [];
    checkApiKeyMethod(parsed, [], violations);
    if (violations.length > 0) throw bad(`part "method" is not a valid API-key method (${violations[0]!.path.join('.') || 'it'} ${violations[0]!.problem})`);
    method = parsed as ApiKeyMethod;
  }
  if (!method) throw bad(`its provider takes no API keys here (${isPresetName(provider) ? 'a built-in provider without API keys' : 'it is not built in, and the value has no "method"'})`);
  const key = seen.get(API_KEY_PARTS.apiKey);
  if (!key) throw bad('part "api_key" is missing or empty');
  if (checkField(method, secretFieldOf(method), key)) throw bad('part "api_key" contains spaces, line breaks or other characters it cannot have');
  const given = Object.fromEntries([...seen].filter(([k]) => k.startsWith(FIELD_PREFIX)).map(([k, v]) => [k.slice(FIELD_PREFIX.length), v]));
  let fields: Record<string, string>;
  try {
    fields = resolveFields(provider, method, given);
  } catch (err) {
    throw bad(`a field part is wrong (${(err as Error).message})`);
  }
  const base = apiKeyBase(method, fields);
  if ('problem' in base) throw bad(`its fields give ${base.problem}`);
  if (seen.get(API_KEY_PARTS.apiBase) !== base.base) throw bad(`part "api_base" is not the provider's API base for these fields (${base.base})`);
  const org = seen.get(API_KEY_PARTS.org) || undefined;
  if (org !== undefined && !isValidName(org)) throw bad(`part "org" must be ${NAME_RULE}`);
  const orgId = seen.get(API_KEY_PARTS.orgId) || undefined;
  if (orgId !== undefined && !/^[\x21-\x7e]+$/.test(orgId)) throw bad('part "org_id" contains spaces or other characters it cannot have');
  return {
    provider,
    auth: 'apiKey',
    apiKey: key,
    fields,
    apiBase: base.base,
    scopes: [],
    ...(org ? { org } : {}),
    ...(orgId ? { orgId } : {}),
    ...(method !== preset ? { method } : {}),
  };
}
