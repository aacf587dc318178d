import type { Context } from '../io/context.js';
import { startSpinner } from '../io/spinner.js';
import { type DeviceAuthorization, type PollRules, pollUntilApproved } from '../oauth/device.js';
import type { TokenResponse } from '../oauth/token.js';

/**
 * The user-facing leg of the device flow (RFC 8628): the URL and the code on
 * stderr, a QR code a phone can scan when the terminal is wide enough, then a
 * countdown while authctl polls. Ctrl-C ends it like any command (exit 130):
 * nothing has been stored yet.
 */
export async function approveOnAnotherDevice(
  ctx: Context,
  o: {
    title: string;
    device: DeviceAuthorization;
    rules: PollRules;
    qr: boolean;
    now: () => number;
  },
): Promise<TokenResponse> {
  const { device } = o;
  ctx.info(`To sign in to ${o.title}, open ${ctx.color.bold(device.verificationUri)} on any device and enter the code ${ctx.color.bold(device.userCode)}`);
  if (device.verificationUriComplete) ctx.info(`  (or open ${device.verificationUriComplete}, which carries the code)`);
  if (o.qr && ctx.stderrIsTTY) {
    // Loaded only here: the QR encoder is needed on this path alone.
    const { renderUnicodeCompact } = await import('uqr');
    const qr = renderUnicodeCompact(device.verificationUriComplete ?? device.verificationUri, { border: 1 });
    const width = Math.max(...qr.split('\n').map((l) => l.length));
    if (width <= ((ctx.stderr as { columns?: number }).columns ?? 80)) ctx.stderr.write(`${qr}\n`);
  }
  const left = () => {
    const s = Math.max(0, Math.round((device.expiresAt - o.now()) / 1000));
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  };
  const spinner = startSpinner(ctx, `Waiting for approval (the code expires in ${left()}) …`);
  const ticker = setInterval(() => spinner.update(`Waiting for approval (the code expires in ${left()}) …`), 1000);
  try {
    return await pollUntilApproved(device, o.rules, o.now);
  } finally {
    clearInterval(ticker);
    spinner.stop();
  }
}
