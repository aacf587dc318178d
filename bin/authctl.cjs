#!/usr/bin/env node
'use strict';
// The launcher, CommonJS so that Node starts it without its ES module loader. Most calls are
// `authctl token` with a fresh cached token (or --version): dist/fast.cjs answers those, and hands
// other `token` calls to the token command alone. Everything else loads the whole program, an ES
// module bundle (npm run build makes them all).
const args = process.argv.slice(2);
const fast = ['token', '--version', '-V'].includes(args[0]) ? require('../dist/fast.cjs').answer(args, process.env) : undefined;
if (fast === undefined) import('../dist/cli.js');
else if (fast !== 'answered') import('../dist/token.js').then((entry) => entry.run(fast.token));
