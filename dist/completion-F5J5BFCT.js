import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  ZOHO_DATA_CENTRES
} from "./chunk-UZ6VYVCW.js";
import "./chunk-RYCME3SZ.js";
import "./chunk-4MABVAWP.js";
import "./chunk-U4XMNMAO.js";
import {
  ENVIRONMENTS,
  STORE_KINDS
} from "./chunk-YCNKKPBX.js";
import "./chunk-3GMNTBGG.js";
import {
  usageError
} from "./chunk-IJBOYKY4.js";
import "./chunk-S47ZGZ7M.js";

// src/commands/completion.ts
var SHELLS = ["bash", "zsh", "fish"];
var VALUES = {
  "--env": ENVIRONMENTS,
  "--store": STORE_KINDS,
  "--format": ["url", "env", "dotenv", "json"],
  "--dc": Object.keys(ZOHO_DATA_CENTRES),
  "--dc-secret": Object.keys(ZOHO_DATA_CENTRES),
  "--profile": "profiles",
  "--org": "profiles"
};
var ARGUMENTS = { completion: SHELLS };
var PROFILES_SH = "authctl list 2>/dev/null | awk 'NR>1{print $1}'";
function run(ctx, program, shell) {
  if (!SHELLS.includes(shell)) throw usageError(`no completion for "${shell}"`, `use one of: ${SHELLS.join(", ")}`);
  const commands = walk(program, []);
  const script = shell === "fish" ? fish(commands) : shell === "zsh" ? zsh(commands) : bash(commands);
  ctx.stdout.write(script);
}
function walk(command, path) {
  return command.commands.flatMap((c) => {
    const here = [...path, c.name()];
    const spec = { path: here, description: c.description(), options: visible(c), subcommands: c.commands.map((s) => s.name()) };
    return [spec, ...walk(c, here)];
  });
}
var visible = (c) => c.options.filter((o) => !o.hidden);
var flagsOf = (o) => [o.long, o.short].filter((f) => f !== void 0);
var words = (list) => list.join(" ");
function candidateCases(commands) {
  return commands.map((c) => [
    c.path.length === 1 ? `${c.path[0]} ` : c.path.join(" "),
    words(c.subcommands.length > 0 ? c.subcommands : [...ARGUMENTS[c.path.join(" ")] ?? [], ...c.options.flatMap(flagsOf), "--help"])
  ]);
}
var valueCases = (reply) => Object.entries(VALUES).map(([flag, values]) => {
  const flags = flag === "--profile" ? "--profile|-p" : flag;
  return `    ${flags}) ${reply(values === "profiles" ? `$(${PROFILES_SH})` : words(values))}; return ;;`;
});
var topWords = (commands) => words([...commands.filter((c) => c.path.length === 1).map((c) => c.path[0]), "--help", "--version"]);
function bash(commands) {
  return `# authctl completion for bash. Load it in ~/.bashrc:  eval "$(authctl completion bash)"
_authctl() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local command="\${COMP_WORDS[1]}" sub="" candidates=""
  case "$prev" in
${valueCases((list) => `COMPREPLY=($(compgen -W "${list}" -- "$cur"))`).join("\n")}
  esac
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "${topWords(commands)}" -- "$cur")); return
  fi
  [ "$COMP_CWORD" -gt 2 ] && case "$command" in client) sub="\${COMP_WORDS[2]}" ;; esac
  case "$command $sub" in
${candidateCases(commands).map(([key, list]) => `    "${key}") candidates="${list}" ;;`).join("\n")}
  esac
  case "$command" in use|logout) [ "$COMP_CWORD" -eq 2 ] && [[ "$cur" != -* ]] && candidates="$(${PROFILES_SH})" ;; esac
  COMPREPLY=($(compgen -W "$candidates" -- "$cur"))
}
complete -F _authctl authctl
`;
}
function zsh(commands) {
  return `# authctl completion for zsh. Load it in ~/.zshrc, after compinit:  eval "$(authctl completion zsh)"
_authctl() {
  local command="\${words[2]}" sub="" prev="\${words[CURRENT-1]}"
  local -a candidates
  case "$prev" in
${valueCases((list) => `compadd -- \${=\${:-"${list}"}}`).join("\n")}
  esac
  if (( CURRENT == 2 )); then
    compadd -- ${topWords(commands)}; return
  fi
  (( CURRENT > 3 )) && [[ "$command" == client ]] && sub="\${words[3]}"
  case "$command $sub" in
${candidateCases(commands).map(([key, list]) => `    "${key}") candidates=(${list}) ;;`).join("\n")}
  esac
  case "$command" in use|logout) (( CURRENT == 3 )) && [[ "$PREFIX" != -* ]] && candidates=(\${(f)"$(${PROFILES_SH})"}) ;; esac
  compadd -a candidates
}
compdef _authctl authctl
`;
}
function fish(commands) {
  const quote = (s) => `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
  const top = commands.filter((c) => c.path.length === 1);
  const lines = ["# authctl completion for fish. Load it:  authctl completion fish > ~/.config/fish/completions/authctl.fish", "complete -c authctl -f"];
  for (const c of top) lines.push(`complete -c authctl -n __fish_use_subcommand -a ${c.path[0]} -d ${quote(c.description)}`);
  for (const c of commands) {
    const [first, second] = c.path;
    const parentSubs = second === void 0 ? [] : commands.find((p) => p.path.length === 1 && p.path[0] === first).subcommands;
    const here = second === void 0 ? c.subcommands.length > 0 ? `__fish_seen_subcommand_from ${first}; and not __fish_seen_subcommand_from ${words(c.subcommands)}` : `__fish_seen_subcommand_from ${first}` : `__fish_seen_subcommand_from ${first}; and __fish_seen_subcommand_from ${second}`;
    for (const s of c.subcommands) {
      const sub = commands.find((x) => x.path.join(" ") === `${first} ${s}`);
      lines.push(`complete -c authctl -n ${quote(here)} -a ${s} -d ${quote(sub.description)}`);
    }
    if (second === void 0 && parentSubs.length === 0 && c.subcommands.length > 0) continue;
    for (const o of c.options) {
      const flag = [o.long ? `-l ${o.long.slice(2)}` : "", o.short ? `-s ${o.short.slice(1)}` : ""].filter(Boolean).join(" ");
      const values = VALUES[o.long ?? ""];
      const arg = values === void 0 ? o.required || o.optional ? " -r" : "" : values === "profiles" ? ` -xa ${quote(`(${PROFILES_SH})`)}` : ` -xa ${quote(words(values))}`;
      lines.push(`complete -c authctl -n ${quote(here)} ${flag}${arg} -d ${quote(o.description)}`);
    }
  }
  lines.push(`complete -c authctl -n ${quote("__fish_seen_subcommand_from use logout")} -a ${quote(`(${PROFILES_SH})`)}`);
  for (const [command, values] of Object.entries(ARGUMENTS)) {
    lines.push(`complete -c authctl -n ${quote(`__fish_seen_subcommand_from ${command}`)} -a ${quote(words(values))}`);
  }
  return `${lines.join("\n")}
`;
}
export {
  SHELLS,
  run
};
