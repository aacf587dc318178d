// authctl completion bash|zsh|fish, loaded into the real shells (Debian's bash, zsh and fish)
// with `authctl` on PATH, asked for completions as the shell would ask, with seeded profiles.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, test } from 'node:test';
import { BIN, makeSandbox, runCli } from './helpers/cli.js';
import { seedProfile } from './helpers/seed.js';

const run = promisify(execFile);
let sb: Awaited<ReturnType<typeof makeSandbox>>;
let env: NodeJS.ProcessEnv;

before(async () => {
  sb = await makeSandbox();
  // `authctl` on PATH, as an installed one would be: the scripts call it for profile names.
  const bin = join(sb.home, 'bin');
  await mkdir(bin);
  await writeFile(join(bin, 'authctl'), `#!/bin/sh\nexec '${process.execPath}' '${BIN}' "$@"\n`);
  await chmod(join(bin, 'authctl'), 0o755);
  env = { ...sb.env, PATH: `${bin}:${process.env.PATH}` };
  await seedProfile(sb.env, 'acme', { store: 'file' });
  await seedProfile(sb.env, 'sandbox', { store: 'file', environment: 'sandbox', makeDefault: true });
});
after(() => sb.cleanup());

/** bash: COMP_WORDS/COMP_CWORD set as bash sets them, then the registered function's COMPREPLY. */
async function bashComplete(line: string): Promise<string[]> {
  const script = `eval "$(authctl completion bash)"
read -ra COMP_WORDS <<< "$LINE"; [[ "$LINE" == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); COMPREPLY=()
$(complete -p authctl | sed -E 's/.*-F ([^ ]+).*/\\1/'); printf '%s\\n' "\${COMPREPLY[@]}"`;
  const { stdout } = await run('bash', ['-c', script], { env: { ...env, LINE: line } });
  return stdout.split('\n').filter(Boolean);
}

test('bash: commands, subcommands, flags, fixed values and profile names, each filtered by what was typed', async () => {
  assert.deepEqual(await bashComplete('authctl to'), ['token']);
  assert.deepEqual(await bashComplete('authctl client u'), ['update']);
  assert.deepEqual(await bashComplete('authctl client update --d'), ['--dc-secret', '--dc']);
  assert.deepEqual(await bashComplete('authctl token --m'), ['--min-ttl']);
  assert.deepEqual(await bashComplete('authctl login --env '), ['production', 'sandbox', 'developer']);
  assert.deepEqual(await bashComplete('authctl export --format d'), ['dotenv']);
  assert.deepEqual(await bashComplete('authctl token --profile '), ['acme', 'sandbox']);
  assert.deepEqual(await bashComplete('authctl use s'), ['sandbox']);
  assert.deepEqual(await bashComplete('authctl completion z'), ['zsh']);
  // Every command authctl has is offered, and no hidden flag.
  const all = await bashComplete('authctl ');
  for (const command of ['login', 'token', 'status', 'exec', 'api', 'export', 'import', 'client', 'completion']) assert.ok(all.includes(command), command);
  assert.ok(!(await bashComplete('authctl client add --')).includes('--multi-dc'));
});

test('zsh: the script parses, registers with compdef, and offers the same candidates through compadd', async () => {
  const { stdout: script } = await runCli(['completion', 'zsh'], { env });
  await run('zsh', ['-n', '-c', script]);
  // compdef and compadd are zsh's completion system; here they record what the function asks for.
  const ask = (words: string[]) => `words=(${words.map((w) => `'${w}'`).join(' ')}); CURRENT=${words.length}; _authctl`;
  const probe = `compdef() { print -r -- "compdef $*" }; compadd() { [[ $1 == -a ]] && print -rl -- \${(P)2} || { shift; print -rl -- "$@" } }
eval "$(authctl completion zsh)"
print -- '--'; ${ask(['authctl', ''])}
print -- '--'; ${ask(['authctl', 'client', ''])}
print -- '--'; ${ask(['authctl', 'token', '--profile', ''])}
print -- '--'; ${ask(['authctl', 'login', '--store', ''])}`;
  const { stdout } = await run('zsh', ['-f', '-c', probe], { env });
  const [registered, top, client, profiles, stores] = stdout.split('--\n').map((s) => s.trim().split('\n'));
  assert.deepEqual(registered, ['compdef _authctl authctl']);
  assert.ok(top!.includes('token') && top!.includes('completion'));
  assert.deepEqual(client, ['add', 'update', 'list', 'remove']);
  assert.deepEqual(profiles, ['acme', 'sandbox']);
  assert.deepEqual(stores, ['keychain', 'file']);
});

test('fish: complete -C offers commands with descriptions, subcommands, flags and values', async () => {
  const complete = async (line: string) => {
    const { stdout } = await run('fish', ['--no-config', '-c', `authctl completion fish | source; complete -C '${line}'`], { env });
    return stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0]);
  };
  assert.deepEqual(await complete('authctl tok'), ['token']);
  assert.deepEqual(await complete('authctl client u'), ['update']);
  assert.deepEqual(await complete('authctl token --min'), ['--min-ttl']);
  assert.deepEqual(await complete('authctl login --env s'), ['sandbox']);
  assert.deepEqual(await complete('authctl completion f'), ['fish']);
  assert.deepEqual((await complete('authctl token --profile ')).sort(), ['acme', 'sandbox']);
  const { stdout } = await run('fish', ['--no-config', '-c', "authctl completion fish | source; complete -C 'authctl tok'"], { env });
  assert.match(stdout, /^token\tprint a valid access token/m);
});

test('an unknown shell is a usage error', async () => {
  const r = await runCli(['completion', 'tcsh'], { env });
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /no completion for "tcsh"/);
  assert.match(r.stderr, /use one of: bash, zsh, fish/);
});
