/**
 * Under GitHub Actions, asks the runner to mask each secret in the job log
 * before authctl prints it. The runner reads workflow commands from a step's
 * stderr as well as its stdout, so they go to stderr: stdout keeps carrying only
 * the value asked for (`authctl token` prints exactly the token and a newline).
 */
export function maskInJobLog(ctx: { env: NodeJS.ProcessEnv; stderr: { write(text: string): unknown } }, ...secrets: string[]): void {
  if (ctx.env.GITHUB_ACTIONS !== 'true') return;
  for (const secret of secrets) ctx.stderr.write(`::add-mask::${escapeCommandData(secret)}\n`);
}

/** The runner unescapes %25, %0D and %0A in a command's data: an auth URL's own "%" must survive that. */
const escapeCommandData = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
