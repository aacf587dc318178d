import { Command, CommanderError } from 'commander';
import { AuthctlError, ExitCode } from './errors.js';
import { type Context, processContext } from './io/context.js';

declare const AUTHCTL_VERSION: string;

/**
 * The commander program. Each action imports its command module on demand, so
 * `authctl token` never loads prompts, the browser opener or the HTTP server.
 */
export function buildProgram(ctx: Context): Command {
  const program = new Command('authctl')
    .description('OAuth 2.0 tokens for Zoho CRM, Zoho Projects and other OAuth providers, kept in the OS keychain')
    .version(typeof AUTHCTL_VERSION === 'string' ? AUTHCTL_VERSION : '0.0.0-dev', '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => void ctx.stdout.write(s),
      writeErr: (s) => void ctx.stderr.write(s),
      outputError: (s, write) => write(ctx.color.red(s)),
    })
    .exitOverride();

  const example = (cmd: Command, ...lines: string[]) =>
    cmd.addHelpText('after', `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`);
  const profileOptions = (cmd: Command) =>
    cmd
      .option('-p, --profile <name>', 'profile to use (default: AUTHCTL_PROFILE, then `authctl use`)')
      .option('--org <org>', 'the profile named after this org');

  example(
    program
      .command('list')
      .description('list profiles (no secrets are shown)')
      .option('--json', 'print a JSON array')
      .action(async (opts) => exit(await (await import('./commands/list.js')).run(ctx, opts))),
    'authctl list',
    'authctl list --json | jq -r ".[].name"',
  );

  example(
    program
      .command('use')
      .description('set the default profile')
      .argument('<name>', 'profile name')
      .action(async (name) => exit(await (await import('./commands/use.js')).run(ctx, name))),
    'authctl use sandbox',
  );

  example(
    profileOptions(
      program
        .command('logout')
        .description("delete a profile's secrets and metadata")
        .argument('[name]', 'profile name')
        .option('--all', 'log out of every profile'),
    ).action(async (name, opts) => exit(await (await import('./commands/logout.js')).run(ctx, name, opts))),
    'authctl logout sandbox',
    'authctl logout --all',
  );

  example(
    program
      .command('doctor')
      .description('check Node, the config folder and each secret store')
      .option('--json', 'print the checks as JSON')
      .action(async (opts) => exit(await (await import('./commands/doctor.js')).run(ctx, opts))),
    'authctl doctor',
  );

  return program;
}

let exitCode: number = ExitCode.ok;
const exit = (code: number | void) => {
  exitCode = code ?? ExitCode.ok;
};

/** Prints an error for a person and returns the documented exit code. */
export function report(ctx: Context, err: unknown): number {
  if (err instanceof CommanderError) {
    // Help and --version are "errors" in commander's eyes; they already printed.
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0) return ExitCode.ok;
    return ExitCode.usage;
  }
  if (err instanceof AuthctlError) {
    ctx.stderr.write(`${ctx.color.red('authctl:')} ${err.message}\n`);
    if (err.hint) ctx.stderr.write(`  ${err.hint}\n`);
    return err.exitCode;
  }
  // An unexpected failure: say so plainly, with the stack only when asked.
  const message = err instanceof Error ? err.message : String(err);
  ctx.stderr.write(`${ctx.color.red('authctl:')} unexpected error: ${message}\n`);
  if (ctx.env.AUTHCTL_DEBUG && err instanceof Error && err.stack) ctx.stderr.write(`${err.stack}\n`);
  return ExitCode.failure;
}

async function main(): Promise<void> {
  const ctx = processContext();
  let code: number;
  try {
    await buildProgram(ctx).parseAsync(process.argv);
    code = exitCode;
  } catch (err) {
    code = report(ctx, err);
  }
  // Exit explicitly: a keychain call that timed out may still hold a native thread.
  process.stdout.write('', () => process.exit(code));
}

await main();
