import type { Context } from './context.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export interface Spinner {
  /** Clears the spinner's line so another message can be printed; it is redrawn on the next frame. */
  clear(): void;
  stop(): void;
}

/** A one-line spinner on stderr when it is a TTY; elsewhere the text is printed once. */
export function startSpinner(ctx: Context, text: string): Spinner {
  if (!ctx.stderrIsTTY) {
    ctx.info(text);
    return { clear: () => {}, stop: () => {} };
  }
  let frame = 0;
  const draw = () => ctx.stderr.write(`\r${ctx.color.cyan(FRAMES[frame++ % FRAMES.length]!)} ${text}`);
  draw();
  const timer = setInterval(draw, 100);
  const clear = () => void ctx.stderr.write('\r\x1b[K');
  return {
    clear,
    stop() {
      clearInterval(timer);
      clear();
    },
  };
}
