import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);

// src/io/spinner.ts
var FRAMES = ["\u280B", "\u2819", "\u2839", "\u2838", "\u283C", "\u2834", "\u2826", "\u2827", "\u2807", "\u280F"];
function startSpinner(ctx, text) {
  if (!ctx.stderrIsTTY) {
    ctx.info(text);
    return { clear: () => {
    }, update: () => {
    }, stop: () => {
    } };
  }
  let frame = 0;
  let current = text;
  const draw = () => ctx.stderr.write(`\r${ctx.color.cyan(FRAMES[frame++ % FRAMES.length])} ${current}\x1B[K`);
  draw();
  const timer = setInterval(draw, 100);
  const clear = () => void ctx.stderr.write("\r\x1B[K");
  return {
    clear,
    update(next) {
      current = next;
    },
    stop() {
      clearInterval(timer);
      clear();
    }
  };
}

export {
  startSpinner
};
