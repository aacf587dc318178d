import { usageError } from '../errors.js';

/** The longest delay setTimeout can hold (2^31 − 1 ms, about 24.8 days); beyond it Node fires at once. */
export const MAX_TIMER_SECONDS = Math.floor(0x7fffffff / 1000);

/**
 * A duration setting in seconds (an environment variable or a flag): a positive
 * number a timer can hold, else a usage error naming the setting. Unset or empty
 * gives the default.
 */
export function secondsSetting(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw usageError(`${name} must be a positive number of seconds, not "${value.slice(0, 40)}"`, `unset it for the default (${fallback} s)`);
  }
  if (seconds > MAX_TIMER_SECONDS) {
    throw usageError(`${name} is ${value.slice(0, 40)} s, longer than a timer can wait (${MAX_TIMER_SECONDS} s, about 24 days)`, `give at most ${MAX_TIMER_SECONDS}`);
  }
  return seconds;
}
