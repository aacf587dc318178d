import { Command, CommanderError, Option } from 'commander';
import { ExitCode } from './errors.js';
import type { Context } from './io/context.js';
import { runEntry } from './io/run.js';

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
        .description("revoke a profile's refresh token at Zoho, then delete its secrets and metadata (exit 5 if revoking failed)")
        .argument('[name]', 'profile name')
        .option('--all', 'log out of every profile')
        .option('--local', 'do not revoke at the accounts server; only forget the profile here'),
    ).action(async (name, opts) => exit(await (await import('./commands/logout.js')).run(ctx, name, opts))),
    'authctl logout sandbox',
    'authctl logout --all',
    'authctl logout old-laptop --local',
  );

  example(
    program
      .command('doctor')
      .description('check Node, the config folder and each secret store')
      .option('--json', 'print the checks as JSON')
      .action(async (opts) => exit(await (await import('./commands/doctor.js')).run(ctx, opts))),
    'authctl doctor',
  );

  // ---- OAuth clients and login: client add/update/list/remove, login ----
  const client = program.command('client').description('register the OAuth clients that login uses (secrets go to the secret store)');
  const repeatable = (value: string, all: string[] = []) => [...all, value];
  example(
    client
      .command('add')
      .description('add or replace an OAuth client; the secret is read from a hidden prompt, or stdin with --client-secret-stdin')
      .argument('<name>', 'a name for the client')
      .requiredOption('--client-id <id>', "the client id from the provider's console (Zoho: the API console)")
      .option('--provider <provider>', 'the OAuth provider: zoho, another preset, or one added with `authctl provider add` (authctl provider list)', 'zoho')
      .option('--public', 'a public client (a native app registered without a secret): PKCE protects its logins')
      .option('--dc <dc>', 'home data centre, where logins start: com, eu, in, com.au, jp, ca, sa, uk, com.cn (default com)')
      .option('--redirect-uri <uri>', 'a redirect URI registered for the client, http://127.0.0.1:PORT/PATH (repeatable; default http://127.0.0.1:8400/callback)', repeatable)
      .option('--self-client', 'a Self Client: logins paste a code generated in the API console')
      .addOption(new Option('--multi-dc', 'no longer needed: every client takes logins completed at any data centre').hideHelp())
      .option('--client-secret-stdin', 'read the client secret from stdin instead of a prompt')
      .option('--store <store>', 'where the secret goes: keychain or file (default AUTHCTL_STORE, else keychain, else file)')
      .option('--team-file <path>', "an administrator's set-up: write the client into this team file (no secret) for every user")
      .option('--secret-env <variable>', 'with --team-file: each user has the secret in this environment variable')
      .option('--secret-command <command>', 'with --team-file: each user gets the secret from this command\'s stdout (no shell; e.g. "op read op://crm/app/secret")')
      .option('--secret-keychain', 'with --team-file: each user stores the secret once in their keychain (client update NAME --secret)')
      .option('--instructions <text>', 'with --team-file: what every user is told at login')
      .option('--scope <scopes>', 'with --team-file: the scopes logins ask for')
      .option('--var <name=value>', "with --team-file: the provider's variables (tenant, region)", repeatable)
      .action(async (name, opts) => exit(await (await import('./commands/client.js')).add(ctx, name, opts))),
    'authctl client add crm --client-id 1000.ABC123 --dc eu',
    'authctl client add sf --provider salesforce --client-id 3MVG9…',
    'authctl client add idp --provider corp --client-id authctl --public',
    'printf %s "$SECRET" | authctl client add ci --client-id 1000.ABC123 --self-client --client-secret-stdin',
    'authctl client add acme-crm --client-id 1000.ABC123 --dc eu --team-file /srv/team/authctl.json --secret-command "op read op://crm/zoho/secret"',
  );
  example(
    client
      .command('update')
      .description('change a client\'s id, secret, redirect URIs or data centre, keeping the rest')
      .argument('<name>', 'client name')
      .option('--client-id <id>', 'a new client id (profiles issued to the old one need a new login)')
      .option('--secret', 'read a new client secret (hidden prompt, or stdin with --client-secret-stdin)')
      .option('--dc-secret <dc>', "read the client's separate secret for data centre DC (multi-DC with a secret per data centre)")
      .option('--client-secret-stdin', 'read the secret from stdin instead of a prompt')
      .option('--redirect-uri <uri>', 'replace the redirect URIs (repeatable)', repeatable)
      .option('--add-redirect-uri <uri>', 'add a redirect URI, e.g. for login --port (repeatable)', repeatable)
      .option('--dc <dc>', 'a new home data centre')
      .option('--team-file <path>', "change the client in this team file (an administrator's)")
      .option('--rotate', "with --team-file: the client's secret was rotated; profiles made before need a new login")
      .action(async (name, opts) => exit(await (await import('./commands/client.js')).update(ctx, name, opts))),
    'authctl client update crm --secret',
    'authctl client update crm --dc-secret eu',
    'authctl client update crm --add-redirect-uri http://127.0.0.1:8401/callback',
  );
  example(
    client
      .command('list')
      .description('list OAuth clients (no secrets are shown)')
      .option('--json', 'print a JSON array')
      .action(async (opts) => exit(await (await import('./commands/client.js')).list(ctx, opts))),
    'authctl client list',
  );
  example(
    client
      .command('remove')
      .description('delete an OAuth client and its secret (refused while a profile uses it)')
      .argument('<name>', 'client name')
      .action(async (name) => exit(await (await import('./commands/client.js')).remove(ctx, name))),
    'authctl client remove crm',
  );

  // ---- providers: the presets and any OAuth 2.0 server ----
  const provider = program.command('provider').description('the OAuth providers logins can use: built-in CRMs, and servers you add');
  example(
    provider
      .command('list')
      .description('list providers, with where each one registers its clients')
      .option('--json', 'print a JSON array')
      .action(async (opts) => exit(await (await import('./commands/provider.js')).list(ctx, opts))),
    'authctl provider list',
  );
  example(
    provider
      .command('show')
      .description('print one provider as JSON (endpoints, scopes, client authentication, API base)')
      .argument('<name>', 'provider name')
      .action(async (name) => exit(await (await import('./commands/provider.js')).show(ctx, name))),
    'authctl provider show salesforce',
  );
  example(
    provider
      .command('add')
      .description('add an OAuth 2.0 server: by its metadata (--issuer), its endpoints, or a JSON file')
      .argument('<name>', 'a name for the provider (not a built-in one)')
      .option('--issuer <url>', 'read RFC 8414 or OpenID Connect discovery metadata; its issuer must be exactly this')
      .option('--file <file>', 'a provider as `provider show` prints it, or one with "extends": "<provider>" and the fields it changes')
      .option('--authorization-endpoint <url>', 'the authorization endpoint (with --token-endpoint)')
      .option('--token-endpoint <url>', 'the token endpoint')
      .option('--revocation-endpoint <url>', 'the RFC 7009 revocation endpoint')
      .option('--scope <scopes>', 'default scopes, separated by spaces or commas')
      .option('--scope-separator <char>', 'how the server separates scopes (default a space)')
      .option('--auth-scheme <scheme>', 'the word before the token in the API\'s Authorization header (default Bearer)')
      .option('--api-base <url>', "the API's base URL (default: the issuer's or token endpoint's origin)")
      .option('--title <title>', 'a display name')
      .option('--replace', 'replace a provider of this name (its profiles then use the new endpoints)')
      .action(async (name, opts) => exit(await (await import('./commands/provider.js')).add(ctx, name, opts))),
    'authctl provider add corp --issuer https://login.example.com',
    'authctl provider add legacy --authorization-endpoint https://crm.example.com/oauth/authorize --token-endpoint https://crm.example.com/oauth/token --scope "read write"',
    'authctl provider add sf-gov --file sf-gov.json      # {"extends": "salesforce", "tokenEndpoint": …}',
  );
  example(
    provider
      .command('remove')
      .description('delete a provider you added (refused while a client or profile uses it)')
      .argument('<name>', 'provider name')
      .action(async (name) => exit(await (await import('./commands/provider.js')).remove(ctx, name))),
    'authctl provider remove corp',
  );

  example(
    program
      .command('login')
      .description('sign in to Zoho and store an org-specific refresh token as a profile (progress on stderr, nothing on stdout)')
      .option('--org <org>', 'the org, as you name it; also the profile name (default: the environment of the org you choose)')
      .option('--env <environment>', 'production, sandbox or developer: a check that the org you choose is of it (the environment itself comes from the org)')
      .option('--portal <portal>', 'the portal (recorded with the profile)')
      .option('-p, --profile <name>', 'profile name (default: --org, else the environment)')
      .option('--scope <scopes>', 'comma-separated scopes (default ZohoCRM.modules.ALL,ZohoCRM.settings.READ,ZohoCRM.org.READ)')
      .option('--dc <dc>', "data centre to sign in at (default: the client's, else com)")
      .option('--client <name>', 'the OAuth client (default: AUTHCTL_CLIENT_ID/SECRET, else the only registered client)')
      .option('--no-browser', 'print the URL instead of opening a browser, and accept the redirected URL or code pasted on stdin')
      .option('--port <port>', "port of the loopback redirect URI, only for a client without one registered (default 8400)")
      .option('--timeout <seconds>', 'how long to wait for the browser (default 180)')
      .option('--self-client', 'paste a code generated for one org in the API console (hidden prompt)')
      .option('--code <source>', 'with --self-client: "-" reads the code from stdin (a code is never taken from the command line)')
      .option('--store <store>', "where the refresh token goes: keychain or file (default AUTHCTL_STORE, else the profile's, else keychain, else file)")
      .option('--replace', 'let this login repoint an existing profile to another org (otherwise refused)')
      .option('--provider <provider>', "log in to another provider than Zoho (default: the --client's provider, else zoho)")
      .option('--var <name=value>', "a value for the provider's {variables}: a tenant, a region, a My Domain host (repeatable)", repeatable)
      .option('--api-key', 'connect with an API key instead of OAuth (providers that take both; API-key-only ones need no flag)')
      .option('--stdin', "with an API key: read its fields as a JSON object from stdin instead of prompting")
      .option('--device', 'the device flow: approve with a code on another device (for servers, containers, SSH); providers with a device endpoint')
      .option('--no-qr', 'with --device: no QR code')
      .addHelpText(
        'after',
        `
The environment is the one of the org you choose (the API that accepts the new
token tells); --env only checks it. Logging in again to a profile must choose the same org, unless --replace;
the new refresh token is stored, then the old one revoked.
The browser login listens on the client's first registered redirect URI, or the
one on --port; each must be http://127.0.0.1:PORT/PATH (Zoho matches it exactly).
A login Zoho completes at another data centre is exchanged there.
Exit codes: 1 declined (in the browser or on a device), timed out, a device code
expired, port in use, or another org than the profile's;
2 bad flags; 3 unknown client; 4 code, client or secret rejected, or an org of
another environment than --env; 5 Zoho unreachable or not answering JSON;
6 throttled (Access Denied); 130 interrupted.`,
      )
      .action(async (opts) => exit(await (await import('./commands/login.js')).run(ctx, opts))),
    'authctl login --org sandbox',
    'authctl login --org acme --env production --scope ZohoCRM.modules.ALL,ZohoCRM.org.READ',
    'authctl login --org sandbox --no-browser            # on a remote machine: paste the redirected URL',
    'authctl login --org dev --self-client               # paste a code from the API console',
    'pbpaste | authctl login --org dev --self-client --code -',
    'authctl login --provider salesforce --profile sf-sandbox --var login_host=test.salesforce.com',
    'authctl login --provider dynamics --var tenant=contoso.onmicrosoft.com --var org=contoso.crm4.dynamics.com',
    'authctl login --provider insightly                   # prompts for the API key (hidden) and the API URL',
    'op read op://crm/close/key | jq -R \'{apiKey: .}\' | authctl login --provider close --api-key --stdin',
  );

  // ---- access tokens: token, refresh, status, exec, api ----
  example(
    profileOptions(
      program
        .command('token')
        .description('print a valid access token (cached while fresh, else refreshed) and nothing else')
        .option('--min-ttl <seconds>', 'refresh when the cached token has less than this left (default 300)')
        .option('--force-refresh', 'refresh even if the cached token is fresh')
        .option('--no-wait', "with a shared cache (AUTHCTL_CACHE_URL): exit 6 instead of waiting when the provider's token budget is used up")
        .option('--header', 'print the whole Authorization header line')
        .option('--json', 'print {profile, accessToken, tokenType, accessTokenExpiresAt, apiDomain, scopes}'),
    ).action(async (opts) => exit(await (await import('./commands/token.js')).run(ctx, opts))),
    'curl -H "$(authctl token --org sandbox --header)" https://sandbox.zohoapis.com/crm/v8/org',
    'TOKEN=$(authctl token --min-ttl 900)',
  );

  example(
    profileOptions(program.command('refresh').description('refresh the access token now (a one-line summary on stderr)')).action(
      async (opts) => exit(await (await import('./commands/refresh.js')).run(ctx, opts)),
    ),
    'authctl refresh --profile sandbox',
  );

  example(
    profileOptions(
      program
        .command('status')
        .description('show whether each profile can give a token (exit 1 if one cannot); no secrets')
        .option('--json', 'print a JSON array'),
    ).action(async (opts) => exit(await (await import('./commands/status.js')).run(ctx, opts))),
    'authctl status',
    'authctl status --profile sandbox --json',
  );

  example(
    profileOptions(
      program
        .command('exec')
        .description('run a command with AUTHCTL_ACCESS_TOKEN, AUTHCTL_API_DOMAIN and AUTHCTL_AUTH_HEADER set; exits with its code')
        .argument('<command>', 'the command to run (put -- before it)')
        .argument('[args...]', 'its arguments'),
    ).action(async (command, args, opts) => exit(await (await import('./commands/exec.js')).run(ctx, command, args, opts))),
    'authctl exec --org sandbox -- sh -c \'curl -H "$AUTHCTL_AUTH_HEADER" "$AUTHCTL_API_DOMAIN/crm/v8/org"\'',
  );

  example(
    profileOptions(
      program
        .command('api')
        .description("call the profile's API domain with its token (one refresh and retry on 401 INVALID_TOKEN)")
        .argument('<path>', 'path on the API domain, e.g. /crm/v8/org')
        .option('-X, --method <method>', 'HTTP method (default GET, or POST with data)')
        .option('-H, --header <header>', 'extra request header "Name: value" (repeatable)', (h: string, all: string[] = []) => [...all, h])
        .option('-d, --data <data>', 'request body (Content-Type defaults to JSON when it parses as JSON)')
        .option('--data-stdin', 'read the request body from stdin'),
    ).action(async (path, opts) => exit(await (await import('./commands/api.js')).run(ctx, path, opts))),
    'authctl api /crm/v8/org',
    'authctl api -X POST /crm/v8/Leads -d \'{"data":[{"Last_Name":"Lovelace"}]}\'',
  );

  // ---- CI: export a profile as one secret, import it elsewhere ----
  example(
    profileOptions(
      program
        .command('export')
        .description("print a profile's whole credential (client, refresh token, data centre, org) as one secret value for CI")
        .option('--format <format>', 'url (authctl://…), env (AUTHCTL_AUTH_URL=…), dotenv (AUTHCTL_AUTH_URL="…") or json', 'url')
        .option('--force', 'print even when stdout is a terminal')
        .addHelpText(
          'after',
          `
The output is a secret: it is refused on a terminal unless --force, and under
GitHub Actions (GITHUB_ACTIONS=true) it is masked in the job log.
Exit codes: 2 bad --format, stdout is a terminal, or the profile's client came from
unset AUTHCTL_CLIENT_ID/SECRET; 3 unknown profile or client; 4 no stored credential.`,
        ),
    ).action(async (opts) => exit(await (await import('./commands/export.js')).run(ctx, opts))),
    'authctl export --profile sandbox | gh secret set AUTHCTL_AUTH_URL',
    'authctl export --profile sandbox | glab variable set AUTHCTL_AUTH_URL --protected --raw',
  );

  example(
    program
      .command('import')
      .description('store what `authctl export` printed as a profile here, after checking that it refreshes')
      .option('-p, --profile <name>', 'profile name (default: the org in the value, else its environment)')
      .option('--store <store>', 'where the secrets go: keychain or file (default AUTHCTL_STORE, else keychain, else file)')
      .option('--stdin', 'read the value (any export format) from stdin')
      .option('--from-env', 'read the value from AUTHCTL_AUTH_URL')
      .option('--no-verify', 'store it without asking Zoho for an access token first')
      .option('--replace', 'let the value repoint an existing profile to another org (otherwise refused)')
      .addHelpText(
        'after',
        `
A value is never taken from the command line. Nothing is written unless every
part is valid and (without --no-verify) Zoho accepts it.
Exit codes: 2 bad flags or a malformed value (the message names the part);
4 Zoho rejected the refresh token, client id or secret; 5 Zoho unreachable; 6 throttled.`,
      )
      .action(async (opts) => exit(await (await import('./commands/import.js')).run(ctx, opts))),
    'ssh laptop authctl export --profile sandbox | authctl import --stdin --store file',
    'authctl import --from-env --profile ci-sandbox',
  );

  example(
    program
      .command('completion')
      .description('print a shell completion script: bash, zsh or fish')
      .argument('<shell>', 'bash, zsh or fish')
      .action(async (shell) => exit((await import('./commands/completion.js')).run(ctx, program, shell))),
    'eval "$(authctl completion bash)"    # in ~/.bashrc',
    'eval "$(authctl completion zsh)"     # in ~/.zshrc, after compinit',
    'authctl completion fish > ~/.config/fish/completions/authctl.fish',
  );

  return program;
}

let exitCode: number = ExitCode.ok;
const exit = (code: number | void) => {
  exitCode = code ?? ExitCode.ok;
};

/** Commander's own errors: usage (2), or help and --version, which already printed (0). */
function reportUsage(ctx: Context, err: unknown): number | undefined {
  if (!(err instanceof CommanderError)) return undefined;
  if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0) return ExitCode.ok;
  const flag = err.code === 'commander.unknownOption' ? /unknown option '([^']+)'/.exec(err.message)?.[1] : undefined;
  const command = flag === undefined ? undefined : execCommandBeforeFlag(process.argv, flag);
  if (command !== undefined) {
    ctx.stderr.write(`  put -- before the command, so its flags are not read as authctl's: authctl exec [--profile P] -- ${command} …\n`);
  }
  return ExitCode.usage;
}

/**
 * For `authctl exec CMD -x …` without `--`: the command whose flag commander took
 * for authctl's own, else undefined. exec's own flags (--profile/-p, --org) take a value.
 */
function execCommandBeforeFlag(argv: string[], flag: string): string | undefined {
  const args = argv.slice(2);
  if (args[0] !== 'exec') return undefined;
  const at = args.indexOf(flag);
  for (let i = 1; i < at; i++) {
    const arg = args[i]!;
    if (['-p', '--profile', '--org'].includes(arg)) i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

await runEntry(async (ctx) => {
  await buildProgram(ctx).parseAsync(process.argv);
  return exitCode;
}, reportUsage);
