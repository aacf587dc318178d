// Preloaded with `node --require` (through NODE_OPTIONS) to record every CommonJS module a
// process requires, one request per line, into the file named by AUTHCTL_TEST_REQUIRE_TRACE.
const Module = require('node:module');
const { appendFileSync } = require('node:fs');

const file = process.env.AUTHCTL_TEST_REQUIRE_TRACE;
const load = Module._load;
Module._load = function traced(request, ...rest) {
  if (file) appendFileSync(file, `${request}\n`);
  return load.call(this, request, ...rest);
};
