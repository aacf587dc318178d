import type { Context } from './context.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export interface Spinner {
  /** Clears the spinner's line so another message can be printed; it is redrawn on the next frame. */
  clear(): void;
  /** Changes the text from the next frame on (a countdown). */
  update(text: string): void;
  stop(): void;
}

/** A one-line spinner on stderr when it is a TTY; elsewhere the text is printed once. */
export function startSpinner(ctx: Context, text: string): Spinner {
  if (!ctx.stderrIsTTY) {
    ctx.info(text);
    return { clear: () => {}, update: () => {}, stop: () => {} };
  }
  let frame = 0;
  let current = text;
  const draw = () => ctx.stderr.write(`\r${ctx.color.cyan(FRAMES[frame++ % FRAMES.length]!)} ${current}\x1b[K`);
  draw();
  const timer = setInterval(draw, 100);
  const clear = () => void ctx.stderr.write('\r\x1b[K');
  return {
    clear,
    update(next) {
      current = next;
    },
    stop() {
      clearInterval(timer);
      clear();
    },
  };
}
