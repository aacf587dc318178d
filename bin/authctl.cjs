#!/usr/bin/env node
'use strict';
// The launcher, CommonJS so that Node starts it without its ES module loader. Most calls are
// `authctl token` with a fresh cached token (or --version): dist/fast.cjs answers those. Every
// other call loads the whole program, an ES module bundle (npm run build makes both).
if (!require('../dist/fast.cjs').answer(process.argv.slice(2), process.env)) import('../dist/cli.js');
