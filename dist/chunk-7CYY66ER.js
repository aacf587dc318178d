import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  ExitCode
} from "./chunk-IJBOYKY4.js";

// src/oauth/authorize.ts
function authorizationUrl(authorizeEndpoint, params) {
  const url = new URL(authorizeEndpoint);
  const q = url.searchParams;
  q.set("response_type", "code");
  q.set("client_id", params.clientId);
  q.set("redirect_uri", params.redirectUri);
  if (params.scopes.length > 0) q.set("scope", params.scopes.join(params.scopeSeparator ?? " "));
  q.set("state", params.state);
  if (params.codeChallenge !== void 0) {
    q.set("code_challenge", params.codeChallenge);
    q.set("code_challenge_method", "S256");
  }
  const own = /* @__PURE__ */ new Set(["response_type", "client_id", "redirect_uri", "state", "code_challenge", "code_challenge_method"]);
  for (const [k, v] of Object.entries(params.extra ?? {})) if (!own.has(k)) q.set(k, v);
  return url;
}

// src/oauth/pkce.ts
import { createHash, randomBytes } from "node:crypto";
function createPkce() {
  const verifier = randomBytes(32).toString("base64url");
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  return { verifier, challenge, method: "S256" };
}
var createState = () => randomBytes(32).toString("base64url");

// src/flows/guard.ts
function guardNewToken(ctx, revoke) {
  let saving = false;
  let signalled;
  const exitFor = (signal) => signal === "SIGINT" ? ExitCode.interrupted : 128 + 15;
  const onSignal = (signal) => {
    if (signalled) return;
    signalled = signal;
    if (saving) return;
    void revoke().then((revoked) => {
      ctx.stderr.write(`
${ctx.color.red("authctl:")} interrupted; nothing was stored${revoked ? " and the new refresh token was revoked" : ""}
`);
      process.exit(exitFor(signal));
    });
  };
  const signals = ["SIGINT", "SIGTERM"];
  for (const signal of signals) process.on(signal, onSignal);
  const release = () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
  return {
    release,
    async saving(save) {
      if (signalled) return new Promise(() => {
      });
      saving = true;
      const result = await save();
      if (signalled) {
        release();
        ctx.stderr.write(`
${ctx.color.red("authctl:")} interrupted after the login was stored
`);
        process.exit(exitFor(signalled));
      }
      return result;
    }
  };
}
async function keepNewToken(ctx, revoke, work) {
  const guard = guardNewToken(ctx, revoke);
  try {
    return await work((save) => guard.saving(save));
  } catch (err) {
    guard.release();
    await revoke();
    throw err;
  } finally {
    guard.release();
  }
}

export {
  authorizationUrl,
  createPkce,
  createState,
  keepNewToken
};
