import type { Command, Option } from 'commander';
import { usageError } from '../errors.js';
import type { Context } from '../io/context.js';
import { ENVIRONMENTS, STORE_KINDS } from '../profiles/model.js';
import { ZOHO_DATA_CENTRES } from '../providers/zoho.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

/** One command as completion sees it: its words after `authctl`, its flags, its subcommands. */
interface CommandSpec {
  path: string[];
  description: string;
  options: Option[];
  subcommands: string[];
}

/** Flags whose values authctl can offer: fixed lists, or the profile names `authctl list` prints. */
const VALUES: Record<string, readonly string[] | 'profiles'> = {
  '--env': ENVIRONMENTS,
  '--store': STORE_KINDS,
  '--format': ['url', 'env', 'dotenv', 'json'],
  '--dc': Object.keys(ZOHO_DATA_CENTRES),
  '--dc-secret': Object.keys(ZOHO_DATA_CENTRES),
  '--profile': 'profiles',
  '--org': 'profiles',
};
/** Arguments with a fixed set of values. */
const ARGUMENTS: Record<string, readonly string[]> = { completion: SHELLS };
/** Profile names: the first column of `authctl list` (names have no spaces). */
const PROFILES_SH = "authctl list 2>/dev/null | awk 'NR>1{print $1}'";

/**
 * authctl completion SHELL: a completion script made from the commander program
 * itself, so every command and flag authctl has is offered, and nothing it lacks.
 */
export function run(ctx: Context, program: Command, shell: string): void {
  if (!(SHELLS as readonly string[]).includes(shell)) throw usageError(`no completion for "${shell}"`, `use one of: ${SHELLS.join(', ')}`);
  const commands = walk(program, []);
  const script = shell === 'fish' ? fish(commands) : shell === 'zsh' ? zsh(commands) : bash(commands);
  ctx.stdout.write(script);
}

function walk(command: Command, path: string[]): CommandSpec[] {
  return command.commands.flatMap((c) => {
    const here = [...path, c.name()];
    const spec = { path: here, description: c.description(), options: visible(c), subcommands: c.commands.map((s) => s.name()) };
    return [spec, ...walk(c, here)];
  });
}

const visible = (c: Command): Option[] => (c.options as Option[]).filter((o) => !o.hidden);
const flagsOf = (o: Option) => [o.long, o.short].filter((f): f is string => f !== undefined);
const words = (list: readonly string[]) => list.join(' ');

/** The candidates after each command (its subcommands, else its flags), keyed "command sub". */
function candidateCases(commands: CommandSpec[]): [string, string][] {
  return commands.map((c) => [
    c.path.length === 1 ? `${c.path[0]} ` : c.path.join(' '),
    words(c.subcommands.length > 0 ? c.subcommands : [...(ARGUMENTS[c.path.join(' ')] ?? []), ...c.options.flatMap(flagsOf), '--help']),
  ]);
}

const valueCases = (reply: (list: string) => string) =>
  Object.entries(VALUES).map(([flag, values]) => {
    const flags = flag === '--profile' ? '--profile|-p' : flag;
    return `    ${flags}) ${reply(values === 'profiles' ? `$(${PROFILES_SH})` : words(values))}; return ;;`;
  });

const topWords = (commands: CommandSpec[]) => words([...commands.filter((c) => c.path.length === 1).map((c) => c.path[0]!), '--help', '--version']);

function bash(commands: CommandSpec[]): string {
  return `# authctl completion for bash. Load it in ~/.bashrc:  eval "$(authctl completion bash)"
_authctl() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local command="\${COMP_WORDS[1]}" sub="" candidates=""
  case "$prev" in
${valueCases((list) => `COMPREPLY=($(compgen -W "${list}" -- "$cur"))`).join('\n')}
  esac
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "${topWords(commands)}" -- "$cur")); return
  fi
  [ "$COMP_CWORD" -gt 2 ] && case "$command" in client) sub="\${COMP_WORDS[2]}" ;; esac
  case "$command $sub" in
${candidateCases(commands).map(([key, list]) => `    "${key}") candidates="${list}" ;;`).join('\n')}
  esac
  case "$command" in use|logout) [ "$COMP_CWORD" -eq 2 ] && [[ "$cur" != -* ]] && candidates="$(${PROFILES_SH})" ;; esac
  COMPREPLY=($(compgen -W "$candidates" -- "$cur"))
}
complete -F _authctl authctl
`;
}

/** The same logic as bash's, in zsh's own terms (words is 1-based; compadd matches the prefix). */
function zsh(commands: CommandSpec[]): string {
  return `# authctl completion for zsh. Load it in ~/.zshrc, after compinit:  eval "$(authctl completion zsh)"
_authctl() {
  local command="\${words[2]}" sub="" prev="\${words[CURRENT-1]}"
  local -a candidates
  case "$prev" in
${valueCases((list) => `compadd -- \${=\${:-"${list}"}}`).join('\n')}
  esac
  if (( CURRENT == 2 )); then
    compadd -- ${topWords(commands)}; return
  fi
  (( CURRENT > 3 )) && [[ "$command" == client ]] && sub="\${words[3]}"
  case "$command $sub" in
${candidateCases(commands).map(([key, list]) => `    "${key}") candidates=(${list}) ;;`).join('\n')}
  esac
  case "$command" in use|logout) (( CURRENT == 3 )) && [[ "$PREFIX" != -* ]] && candidates=(\${(f)"$(${PROFILES_SH})"}) ;; esac
  compadd -a candidates
}
compdef _authctl authctl
`;
}

function fish(commands: CommandSpec[]): string {
  const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const top = commands.filter((c) => c.path.length === 1);
  const lines = ['# authctl completion for fish. Load it:  authctl completion fish > ~/.config/fish/completions/authctl.fish', 'complete -c authctl -f'];
  for (const c of top) lines.push(`complete -c authctl -n __fish_use_subcommand -a ${c.path[0]} -d ${quote(c.description)}`);
  for (const c of commands) {
    const [first, second] = c.path;
    const parentSubs = second === undefined ? [] : commands.find((p) => p.path.length === 1 && p.path[0] === first)!.subcommands;
    const here =
      second === undefined
        ? c.subcommands.length > 0
          ? `__fish_seen_subcommand_from ${first}; and not __fish_seen_subcommand_from ${words(c.subcommands)}`
          : `__fish_seen_subcommand_from ${first}`
        : `__fish_seen_subcommand_from ${first}; and __fish_seen_subcommand_from ${second}`;
    for (const s of c.subcommands) {
      const sub = commands.find((x) => x.path.join(' ') === `${first} ${s}`)!;
      lines.push(`complete -c authctl -n ${quote(here)} -a ${s} -d ${quote(sub.description)}`);
    }
    if (second === undefined && parentSubs.length === 0 && c.subcommands.length > 0) continue;
    for (const o of c.options) {
      const flag = [o.long ? `-l ${o.long.slice(2)}` : '', o.short ? `-s ${o.short.slice(1)}` : ''].filter(Boolean).join(' ');
      const values = VALUES[o.long ?? ''];
      const arg = values === undefined ? (o.required || o.optional ? ' -r' : '') : values === 'profiles' ? ` -xa ${quote(`(${PROFILES_SH})`)}` : ` -xa ${quote(words(values))}`;
      lines.push(`complete -c authctl -n ${quote(here)} ${flag}${arg} -d ${quote(o.description)}`);
    }
  }
  lines.push(`complete -c authctl -n ${quote('__fish_seen_subcommand_from use logout')} -a ${quote(`(${PROFILES_SH})`)}`);
  for (const [command, values] of Object.entries(ARGUMENTS)) {
    lines.push(`complete -c authctl -n ${quote(`__fish_seen_subcommand_from ${command}`)} -a ${quote(words(values))}`);
  }
  return `${lines.join('\n')}\n`;
}
