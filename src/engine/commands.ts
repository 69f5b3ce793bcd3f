/**
 * Shell commands in documentation: which code blocks and inline spans are commands a reader runs,
 * and whether an installation page installs this project or a third-party package.
 *
 * Hand-written because no library classifies documentation commands; the vocabulary is the tools a
 * set-up guide calls (package managers, build tools, containers, interpreters), not a shell parser.
 */
import type { CodeBlock, TextRef } from "./documents.js";

const SHELL_LANGS = new Set(["bash", "sh", "shell", "console", "zsh", "fish", "powershell", "ps", "ps1", "pwsh", "cmd", "bat", "batch", "terminal", "shellsession", "shellscript"]);
/** Languages whose blocks are configuration or code to paste, not steps to run. */
const NOT_COMMAND_LANGS = /^(js|javascript|ts|typescript|jsx|tsx|json|jsonc|json5|ya?ml|toml|ini|env|dotenv|properties|conf|xml|html|css|scss|python|py|java|php|ruby|rb|go|rust|rs|c|cpp|csharp|cs|sql|graphql|mermaid|plantuml|puml|dot|diff|csv|markdown|md|nginx|apache|dockerfile|hcl|terraform)$/;

/** Programs that set-up guides run. */
const TOOLS = new Set([
  "npm", "npx", "yarn", "pnpm", "node", "bun", "deno", "nvm", "corepack",
  "pip", "pip3", "pipx", "pipenv", "poetry", "uv", "conda", "mamba", "virtualenv", "python", "python3", "py",
  "make", "cmake", "docker", "docker-compose", "podman", "kubectl", "helm", "kind", "minikube", "vagrant", "terraform", "ansible", "ansible-playbook",
  "git", "cd", "cp", "mv", "mkdir", "ln", "chmod", "chown", "export", "source", "set", "echo", "cat", "touch", "rm", "tar", "unzip", "curl", "wget", "sudo",
  "apt", "apt-get", "yum", "dnf", "apk", "brew", "choco", "snap",
  "composer", "php", "symfony", "artisan", "bundle", "gem", "rails", "rake", "ruby",
  "mvn", "mvnw", "gradle", "gradlew", "java", "go", "cargo", "rustup", "dotnet",
  "r", "rscript", "psql", "createdb", "mysql", "mongo", "mongosh", "redis-cli",
  "flask", "django-admin", "uvicorn", "gunicorn", "airflow", "jupyter", "streamlit",
  "ng", "vue", "nuxt", "next", "vite", "webpack", "gulp", "grunt", "lerna", "nx", "turbo",
  "systemctl", "service", "bash", "sh", "zsh", "pm2", "supervisorctl", "scalingo", "heroku", "fly", "vercel", "netlify",
]);

/** A command line reduced to its words: prompt, `sudo` and leading `VAR=value` assignments removed. */
export function commandWords(line: string): string[] {
  const words = line.trim().replace(/^(\$|>|%|PS>|C:\\>)\s+/, "").split(/\s+/).filter(Boolean);
  while (words.length > 0 && (words[0] === "sudo" || /^[A-Z_][A-Z0-9_]*=/.test(words[0]!))) words.shift();
  return words;
}

/** Whether a line reads as a command: a known tool, a script (`./run.sh`, `bin/setup`) or a prompt. */
export function isCommandLine(line: string): boolean {
  const trimmed = line.trim();
  // "# ..." is a comment in every shell a guide uses.
  if (trimmed === "" || trimmed.startsWith("#")) return false;
  const [first] = commandWords(trimmed);
  if (!first) return false;
  const program = first.replace(/^\.\//, "").toLowerCase();
  return TOOLS.has(program) || /^(\.{1,2}\/|bin\/|scripts?\/)\S+/.test(first) || /\.(sh|py|ps1|bat)$/.test(first);
}

function normaliseLang(lang: string | null): string {
  return (lang ?? "").toLowerCase().replace(/[^a-z0-9 -]/g, "").trim();
}

/** The command lines of a code block: every line of a shell block, known commands elsewhere. */
export function blockCommands(block: CodeBlock): string[] {
  const lang = normaliseLang(block.lang).split(/\s+/)[0] ?? "";
  if (NOT_COMMAND_LANGS.test(lang)) return [];
  const lines = block.value.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#") && !l.startsWith("//"));
  if (SHELL_LANGS.has(lang)) return lines;
  return lines.filter(isCommandLine);
}

/** Inline code spans that are commands (`npm start`, `make install`), not names or values. */
export function inlineCommands(spans: readonly TextRef[]): string[] {
  return spans.map((s) => s.text).filter((text) => /\s/.test(text.trim()) && isCommandLine(text));
}

/** Every command line of a piece of documentation. */
export function commandsOf(part: { codeBlocks: readonly CodeBlock[]; inlineCode: readonly TextRef[] }): string[] {
  return [...part.codeBlocks.flatMap(blockCommands), ...inlineCommands(part.inlineCode)];
}

export type CommandKind =
  /** Works on this checkout: install its dependencies, build, run, clone. */
  | "project"
  /** Installs a named package into the reader's environment: someone else's software, or this one's published package. */
  | "package"
  /** Anything else: system prerequisites, shell plumbing. */
  | "other";

export interface Classified {
  kind: CommandKind;
  /** The packages a "package" command installs. */
  packages: string[];
}

/** Package-manager sub-commands that add a named package, by tool. */
const ADD_PACKAGE: Record<string, RegExp> = {
  npm: /^(i|install|add)$/,
  pnpm: /^(i|install|add)$/,
  yarn: /^add$/,
  bun: /^(add|install|i)$/,
  pip: /^install$/,
  pip3: /^install$/,
  pipx: /^install$/,
  poetry: /^add$/,
  uv: /^add$/,
  composer: /^require$/,
  gem: /^install$/,
  cargo: /^install$/,
  go: /^(get|install)$/,
};
const SYSTEM = new Set(["apt", "apt-get", "yum", "dnf", "apk", "brew", "choco", "snap", "nvm", "rustup", "corepack"]);

export function classifyCommand(line: string): Classified {
  const words = commandWords(line);
  let [tool, sub, ...rest] = words.map((w) => w.toLowerCase());
  if (!tool) return { kind: "other", packages: [] };
  if ((tool === "python" || tool === "python3") && sub === "-m" && rest[0] === "pip") [tool, sub, ...rest] = ["pip", ...rest.slice(1)];
  if (tool === "yarn" && sub === "global") [sub, ...rest] = rest;
  if (SYSTEM.has(tool)) return { kind: "other", packages: [] };
  const adds = ADD_PACKAGE[tool];
  if (adds && sub !== undefined && adds.test(sub)) {
    const args = rest.filter((w) => !w.startsWith("-"));
    // `pip install -r requirements.txt`, `pip install -e .`, `npm install` alone: this project's own dependencies.
    const fromProject = rest.some((w) => /^(-r|--requirement|-e|--editable)$/.test(w)) || args.length === 0 || args.every((a) => /^(\.|\.\.?\/.*|.*requirements.*\.txt|.*\.(whl|tar\.gz|tgz))$/.test(a));
    if (fromProject) return { kind: "project", packages: [] };
    return { kind: "package", packages: args.filter((a) => /^[@a-z0-9]/.test(a)) };
  }
  return { kind: isCommandLine(line) ? "project" : "other", packages: [] };
}

/**
 * Whether a set of commands only installs third-party packages: a page of steps for something else,
 * such as a documentation theme's "Installation" page left over from a template. A package whose name
 * shares a word with the project (its repository, README title or manifest name) is the project's own.
 */
export function installsSomethingElse(commands: readonly string[], identity: ReadonlySet<string>): boolean {
  const classified = commands.map(classifyCommand);
  const packages = classified.filter((c) => c.kind === "package");
  if (packages.length === 0 || classified.some((c) => c.kind === "project")) return false;
  return !packages.some((c) => c.packages.some((name) => identityWords(name).some((word) => identity.has(word))));
}

/**
 * Words that tell a name apart: "@agencebio/cartobio-api" → ["agencebio", "cartobio"]. Short and
 * generic words ("api", "app", "theme", "docs", "gouv"…) say nothing about which project it is.
 */
export function identityWords(name: string): string[] {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 4 && !GENERIC.has(word));
}

const GENERIC = new Set([
  "the", "and", "with", "application", "app", "apps", "api", "web", "site", "website", "front", "frontend", "back", "backend",
  "server", "client", "docs", "documentation", "project", "projet", "data", "donnees", "tool", "tools", "core", "main", "master",
  "demo", "theme", "template", "plugin", "module", "package", "library", "service", "services", "general", "interet",
  "entrepreneur", "entrepreneurs", "gouv", "france", "french", "github", "gitlab", "public", "open", "source", "code",
]);
