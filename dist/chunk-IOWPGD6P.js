import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  isSafeEndpoint,
  onHost
} from "./chunk-3GMNTBGG.js";
import {
  usageError
} from "./chunk-IJBOYKY4.js";

// src/providers/api-key.ts
var fill = (template, values) => template.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (_, name) => values[name] ?? "");
var secretFieldOf = (method) => Object.entries(method.fields).find(([, f]) => f.secret)[0];
function checkField(method, name, value) {
  const field = method.fields[name];
  if (value === "") return `${field.title} cannot be empty`;
  if (/[\s]/.test(value) && field.secret) return `${field.title} cannot contain spaces or line breaks`;
  if (field.pattern && !new RegExp(`^(?:${field.pattern})$`, "u").test(value)) return `that is not a valid ${field.title}`;
  return void 0;
}
function resolveFields(provider, method, given) {
  const secret = secretFieldOf(method);
  const unknown = Object.keys(given).find((k) => !(k in method.fields) || k === secret);
  if (unknown !== void 0) throw usageError(`provider ${provider} has no field "${unknown}" to give here`, `its fields: ${Object.keys(method.fields).filter((k) => k !== secret).join(", ") || "(only the key)"}`);
  const out = {};
  for (const [name, field] of Object.entries(method.fields)) {
    if (name === secret) continue;
    const value = given[name] ?? field.default;
    if (value === void 0) throw usageError(`provider ${provider} needs ${field.title} (field "${name}")`);
    const problem = checkField(method, name, value);
    if (problem) throw usageError(`${problem} (field "${name}")`);
    out[name] = value;
  }
  return out;
}
function apiKeyBase(method, fields) {
  const base = fill(method.base, fields).replace(/\/$/, "");
  if (!isSafeEndpoint(base)) return { problem: `the API base ${base.slice(0, 200)} is not an https URL` };
  const loopback = new URL(base).protocol === "http:";
  if (method.baseHosts && !loopback && !onHost(base, method.baseHosts)) return { problem: `the API base ${new URL(base).origin} is not on the provider's hosts (${method.baseHosts.join(", ")})` };
  return { base };
}
function apiKeyHeaders(method, fields, key) {
  const values = { ...fields, [secretFieldOf(method)]: key };
  const headers = [];
  if (method.basic) {
    const pair = `${fill(method.basic.username, values)}:${fill(method.basic.password, values)}`;
    headers.push(["Authorization", `Basic ${Buffer.from(pair).toString("base64")}`]);
  }
  for (const [name, template] of Object.entries(method.headers ?? {})) headers.push([name, fill(template, values)]);
  return headers;
}

export {
  secretFieldOf,
  checkField,
  resolveFields,
  apiKeyBase,
  apiKeyHeaders
};
