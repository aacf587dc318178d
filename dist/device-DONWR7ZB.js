import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  startSpinner
} from "./chunk-54IEUEPA.js";
import {
  pollUntilApproved
} from "./chunk-FWXSXU7P.js";
import "./chunk-75V5QIOK.js";
import "./chunk-GFAQK6L7.js";
import "./chunk-4MABVAWP.js";
import "./chunk-U4XMNMAO.js";
import "./chunk-XYMNJ3EU.js";
import "./chunk-5CESELZY.js";
import "./chunk-OHRQBEPP.js";
import "./chunk-IJBOYKY4.js";
import "./chunk-A6S6R7IG.js";
import "./chunk-S47ZGZ7M.js";

// src/flows/device.ts
async function approveOnAnotherDevice(ctx, o) {
  const { device } = o;
  ctx.info(`To sign in to ${o.title}, open ${ctx.color.bold(device.verificationUri)} on any device and enter the code ${ctx.color.bold(device.userCode)}`);
  if (device.verificationUriComplete) ctx.info(`  (or open ${device.verificationUriComplete}, which carries the code)`);
  if (o.qr && ctx.stderrIsTTY) {
    const { renderUnicodeCompact } = await import("./dist-VBPQZ4P4.js");
    const qr = renderUnicodeCompact(device.verificationUriComplete ?? device.verificationUri, { border: 1 });
    const width = Math.max(...qr.split("\n").map((l) => l.length));
    if (width <= (ctx.stderr.columns ?? 80)) ctx.stderr.write(`${qr}
`);
  }
  const left = () => {
    const s = Math.max(0, Math.round((device.expiresAt - o.now()) / 1e3));
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
  };
  const spinner = startSpinner(ctx, `Waiting for approval (the code expires in ${left()}) \u2026`);
  const ticker = setInterval(() => spinner.update(`Waiting for approval (the code expires in ${left()}) \u2026`), 1e3);
  try {
    return await pollUntilApproved(device, o.rules, o.now);
  } finally {
    clearInterval(ticker);
    spinner.stop();
  }
}
export {
  approveOnAnotherDevice
};
