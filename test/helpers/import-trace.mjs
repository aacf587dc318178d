// Preloaded with `node --import` (through NODE_OPTIONS) to record every module URL a
// process resolves into the file named by AUTHCTL_TEST_IMPORT_TRACE, one per line.
import { register } from 'node:module';

register(new URL('./import-trace-hooks.mjs', import.meta.url), {
  data: { file: process.env.AUTHCTL_TEST_IMPORT_TRACE },
});
