import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  NEVER_EXPIRES_AT
} from "./chunk-XYMNJ3EU.js";

// src/io/table.ts
import { stripVTControlCharacters } from "node:util";
var width = (s) => stripVTControlCharacters(s).length;
function formatTable(header, rows, bold = (s) => s) {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells) => cells.map((c, i) => i === cells.length - 1 ? c : c + " ".repeat(widths[i] - width(c))).join("  ").trimEnd();
  return [bold(line(header)), ...rows.map(line)].join("\n") + "\n";
}
function describeExpiry(iso, now) {
  if (!iso) return "-";
  if (Date.parse(iso) === NEVER_EXPIRES_AT) return "never expires";
  const ms = Date.parse(iso) - now;
  const minutes = Math.round(Math.abs(ms) / 6e4);
  const span = minutes >= 120 ? `${Math.round(minutes / 60)} h` : `${minutes} min`;
  return ms > 0 ? `in ${span}` : `expired ${span} ago`;
}

export {
  formatTable,
  describeExpiry
};
