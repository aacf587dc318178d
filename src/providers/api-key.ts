import { usageError } from '../errors.js';
import { type ApiKeyMethod, isSafeEndpoint, onHost } from './spec.js';

/**
 * What every API key shares: its fields checked, its API base worked out, and
 * the headers its API takes built from the provider's templates.
 */

/** Fills {field} placeholders; a template naming a field the method lacks is refused when the provider is added. */
const fill = (template: string, values: Record<string, string>) => template.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (_, name: string) => values[name] ?? '');

/** The name of the method's secret field (validation makes sure there is exactly one). */
export const secretFieldOf = (method: ApiKeyMethod): string => Object.entries(method.fields).find(([, f]) => f.secret)![0];

/** Checks one field's value against its pattern; the message never shows a secret. */
export function checkField(method: ApiKeyMethod, name: string, value: string): string | undefined {
  const field = method.fields[name]!;
  if (value === '') return `${field.title} cannot be empty`;
  if (/[\s]/.test(value) && field.secret) return `${field.title} cannot contain spaces or line breaks`;
  if (field.pattern && !new RegExp(`^(?:${field.pattern})$`, 'u').test(value)) return `that is not a valid ${field.title}`;
  return undefined;
}

/** The non-secret fields: given ones checked, defaults for the rest; unknown names refused. */
export function resolveFields(provider: string, method: ApiKeyMethod, given: Record<string, string>): Record<string, string> {
  const secret = secretFieldOf(method);
  const unknown = Object.keys(given).find((k) => !(k in method.fields) || k === secret);
  if (unknown !== undefined) throw usageError(`provider ${provider} has no field "${unknown}" to give here`, `its fields: ${Object.keys(method.fields).filter((k) => k !== secret).join(', ') || '(only the key)'}`);
  const out: Record<string, string> = {};
  for (const [name, field] of Object.entries(method.fields)) {
    if (name === secret) continue;
    const value = given[name] ?? field.default;
    if (value === undefined) throw usageError(`provider ${provider} needs ${field.title} (field "${name}")`);
    const problem = checkField(method, name, value);
    if (problem) throw usageError(`${problem} (field "${name}")`);
    out[name] = value;
  }
  return out;
}

/**
 * The API base: the provider's, or one a field gives, which must be https (http
 * only on this machine, for local testing) and on the provider's hosts.
 */
export function apiKeyBase(method: ApiKeyMethod, fields: Record<string, string>): { base: string } | { problem: string } {
  const base = fill(method.base, fields).replace(/\/$/, '');
  if (!isSafeEndpoint(base)) return { problem: `the API base ${base.slice(0, 200)} is not an https URL` };
  const loopback = new URL(base).protocol === 'http:';
  if (method.baseHosts && !loopback && !onHost(base, method.baseHosts)) return { problem: `the API base ${new URL(base).origin} is not on the provider's hosts (${method.baseHosts.join(', ')})` };
  return { base };
}

/** The headers every API call carries: HTTP Basic first when the provider uses it, then its templates. */
export function apiKeyHeaders(method: ApiKeyMethod, fields: Record<string, string>, key: string): [string, string][] {
  const values = { ...fields, [secretFieldOf(method)]: key };
  const headers: [string, string][] = [];
  if (method.basic) {
    const pair = `${fill(method.basic.username, values)}:${fill(method.basic.password, values)}`;
    headers.push(['Authorization', `Basic ${Buffer.from(pair).toString('base64')}`]);
  }
  for (const [name, template] of Object.entries(method.headers ?? {})) headers.push([name, fill(template, values)]);
  return headers;
}
