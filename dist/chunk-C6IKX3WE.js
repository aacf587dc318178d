import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  promptSecret
} from "./chunk-D7YHL7JO.js";
import {
  printable
} from "./chunk-U4XMNMAO.js";
import {
  AuthctlError,
  usageError
} from "./chunk-IJBOYKY4.js";

// src/flows/pasted-code.ts
import { createInterface } from "node:readline";
import { text } from "node:stream/consumers";

// src/flows/callback.ts
import { timingSafeEqual } from "node:crypto";
var SINGLE = ["code", "state", "error", "error_description", "accounts-server", "location", "iss"];
function interpretCallback(params, check) {
  const repeated = SINGLE.find((name) => params.getAll(name).length > 1);
  if (repeated) return { problem: `the parameter "${repeated}" appears more than once` };
  const state = params.get("state");
  if (!state) return { problem: "it has no state" };
  if (!sameSecret(state, check.state)) return { problem: "its state does not match this login" };
  const iss = params.get("iss");
  if (check.issuer) {
    if (iss === null && check.issuer.required) return { problem: "it has no iss, which this server always sends (a possible mix-up attack)" };
    if (iss !== null && check.issuer.expected !== void 0 && iss !== check.issuer.expected) {
      return { problem: `its iss ${describeUrl(iss)} is not the issuer of this login (a possible mix-up attack)` };
    }
  }
  const error = params.get("error");
  if (error) {
    const description = params.get("error_description");
    return { callback: { error: printable(error.slice(0, 200)), errorDescription: description === null ? void 0 : printable(description.slice(0, 500)) } };
  }
  const code = params.get("code");
  if (!code) return { problem: "it has neither a code nor an error" };
  if (!check.distrustAccountsServer) return { callback: { code } };
  const accountsServer = params.get("accounts-server");
  if (!accountsServer) return { problem: "it does not name its accounts-server" };
  const distrust = check.distrustAccountsServer(accountsServer);
  if (distrust) return { problem: `its accounts-server ${describeUrl(accountsServer)} ${distrust}` };
  return { callback: { code, accountsServer } };
}
function sameSecret(a, b) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
function describeUrl(value) {
  try {
    return new URL(value).origin;
  } catch {
    return "(not a URL)";
  }
}

// src/flows/pasted-code.ts
function interpretPaste(line, check, isCode) {
  const pasted = line.trim();
  if (pasted === "") return { problem: "nothing was pasted" };
  if (/^https?:\/\//i.test(pasted)) {
    let url;
    try {
      url = new URL(pasted);
    } catch {
      return { problem: "the pasted text is not a valid URL" };
    }
    return interpretCallback(url.searchParams, check);
  }
  if (!isCode(pasted)) return { problem: "the pasted text is neither the redirected URL nor a code" };
  return { callback: { code: pasted } };
}
function readPastedCallback(ctx, check, isCode, signal) {
  return new Promise((resolve, reject) => {
    if (ctx.stdinIsTTY) {
      const validate = (line) => {
        const r = interpretPaste(line, check, isCode);
        return "problem" in r ? r.problem : true;
      };
      promptSecret(ctx, "Paste the URL your browser was redirected to (or the code):", { validate, signal }).then((line) => {
        if (line === void 0) return;
        const r = interpretPaste(line, check, isCode);
        if ("callback" in r) resolve(r.callback);
      }, reject);
      return;
    }
    const lines = createInterface({ input: ctx.stdin, terminal: false });
    signal.addEventListener("abort", () => lines.close(), { once: true });
    lines.on("line", (line) => {
      if (line.trim() === "") return;
      const r = interpretPaste(line, check, isCode);
      if ("problem" in r) {
        ctx.warn(`ignored the pasted line: ${r.problem}`);
        return;
      }
      lines.close();
      resolve(r.callback);
    });
  });
}
async function readSelfClientCode(ctx, o) {
  const refusal = "that is not a Zoho code: expected 1000.<hex>.<hex> as shown in the API console";
  if (o.fromStdin) {
    const code2 = (await text(ctx.stdin)).trim();
    if (code2 === "") throw usageError("no code on stdin", "pipe the code in: \u2026 | authctl login --self-client --code -");
    if (!o.isCode(code2)) throw usageError(refusal, "copy the code again from the Zoho API console; nothing was sent to Zoho");
    return code2;
  }
  if (!ctx.stdinIsTTY) {
    throw usageError("no terminal to ask for the self-client code", "pass it on stdin instead: \u2026 | authctl login --self-client --code -");
  }
  ctx.info(o.reminder);
  const code = await promptSecret(ctx, "Self-client code:", { validate: (v) => o.isCode(v.trim()) ? true : refusal });
  if (code === void 0) throw new AuthctlError("no code was entered");
  return code.trim();
}

export {
  interpretCallback,
  interpretPaste,
  readPastedCallback,
  readSelfClientCode
};
