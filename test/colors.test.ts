// The ANSI styles behind ctx.color: what they emit, and nothing when colours are off.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { colors } from '../src/io/colors.js';

test('styles wrap text in their SGR codes, and a nested style that closes the outer one re-opens it', () => {
  const c = colors(true);
  assert.equal(c.red('x'), '\x1b[31mx\x1b[39m');
  assert.equal(c.bold('x'), '\x1b[1mx\x1b[22m');
  assert.equal(c.green(`a ${c.red('b')} c`), '\x1b[32ma \x1b[31mb\x1b[39m\x1b[32m c\x1b[39m');
});

test('with colours off every style is the identity', () => {
  const c = colors(false);
  for (const style of [c.bold, c.red, c.green, c.yellow, c.cyan]) assert.equal(style('text'), 'text');
});
