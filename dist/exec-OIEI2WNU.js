import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  DEFAULT_MIN_TTL_MS,
  getAccessToken
} from "./chunk-467FD2SX.js";
import "./chunk-VOPNYTB5.js";
import {
  maskInJobLog
} from "./chunk-WNPEMB3C.js";
import {
  withoutSecrets
} from "./chunk-ZK7G6Q4M.js";
import {
  openCredential
} from "./chunk-V7STPABU.js";
import "./chunk-V6PYEZHN.js";
import "./chunk-LJ6DYF44.js";
import "./chunk-IOWPGD6P.js";
import "./chunk-LVFTAJCA.js";
import "./chunk-7NKYUQS5.js";
import "./chunk-RYCME3SZ.js";
import "./chunk-4MABVAWP.js";
import "./chunk-U4XMNMAO.js";
import "./chunk-HVF3DJK5.js";
import "./chunk-4WXXECZW.js";
import "./chunk-YCNKKPBX.js";
import "./chunk-3GMNTBGG.js";
import "./chunk-IJBOYKY4.js";
import "./chunk-S47ZGZ7M.js";

// src/commands/exec.ts
import { spawn } from "node:child_process";
import { constants } from "node:os";
var COMMAND_NOT_FOUND = 127;
var COMMAND_NOT_EXECUTABLE = 126;
async function run(ctx, command, args, opts) {
  const { apiBase, headers, source } = await openCredential(ctx, opts);
  const token = await getAccessToken(source, { minTtlMs: DEFAULT_MIN_TTL_MS }, ctx.now);
  const env = {
    ...withoutSecrets(ctx.env),
    AUTHCTL_ACCESS_TOKEN: token.accessToken,
    AUTHCTL_API_BASE: apiBase,
    // Zoho's name for the same URL, kept for scripts written for Zoho.
    AUTHCTL_API_DOMAIN: apiBase,
    AUTHCTL_AUTH_HEADER: headers(token.accessToken).map(([name, value]) => `${name}: ${value}`)[0]
  };
  maskInJobLog(ctx, token.accessToken);
  const child = spawn(command, args, { stdio: "inherit", env });
  const forward = (signal) => () => void child.kill(signal);
  const handlers = { SIGTERM: forward("SIGTERM"), SIGHUP: forward("SIGHUP"), SIGINT: () => {
  } };
  for (const [signal, handler] of Object.entries(handlers)) process.on(signal, handler);
  try {
    return await new Promise((resolve) => {
      child.once("error", (err) => {
        const notFound = err.code === "ENOENT";
        ctx.stderr.write(`${ctx.color.red("authctl:")} cannot run ${command}: ${notFound ? "command not found" : err.message}
`);
        resolve(notFound ? COMMAND_NOT_FOUND : COMMAND_NOT_EXECUTABLE);
      });
      child.once("exit", (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)));
    });
  } finally {
    for (const [signal, handler] of Object.entries(handlers)) process.off(signal, handler);
  }
}
export {
  run
};
