import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  AuthctlError,
  ExitCode
} from "./chunk-IJBOYKY4.js";

// src/io/prompt.ts
async function promptSecret(ctx, message, options = {}) {
  const { password } = await import("./esm-BWIFWHHC.js");
  try {
    return await password(
      { message, mask: "*", validate: options.validate },
      { input: ctx.stdin, output: ctx.stderr, signal: options.signal }
    );
  } catch (err) {
    const name = err?.name;
    if (name === "AbortPromptError") return void 0;
    if (name === "ExitPromptError") throw new AuthctlError("interrupted at the prompt; nothing was changed", { exitCode: ExitCode.interrupted });
    throw err;
  }
}
async function promptText(ctx, message, options = {}) {
  const { input } = await import("./esm-BWIFWHHC.js");
  try {
    return await input({ message, default: options.default, validate: options.validate }, { input: ctx.stdin, output: ctx.stderr });
  } catch (err) {
    if (err?.name === "ExitPromptError") throw new AuthctlError("interrupted at the prompt; nothing was changed", { exitCode: ExitCode.interrupted });
    throw err;
  }
}

export {
  promptSecret,
  promptText
};
