import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);

// src/io/mask.ts
function maskInJobLog(ctx, ...secrets) {
  if (ctx.env.GITHUB_ACTIONS !== "true") return;
  for (const secret of secrets) ctx.stderr.write(`::add-mask::${escapeCommandData(secret)}
`);
}
var escapeCommandData = (value) => value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");

export {
  maskInJobLog
};
