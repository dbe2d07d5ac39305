/**
 * The briefs `heartland check` reads: files as given, every Markdown file under a folder, and
 * the files a glob matches (`"briefs/**\/*.md"`, quoted so that the shell leaves it alone).
 * Folders named `node_modules` and hidden folders are not searched unless named.
 */
import { UsageError, type Io } from "./io";

const MARKDOWN = /\.(?:md|markdown|mdown|mkd)$/i;
const GLOB_CHARS = /[*?[{]/;

/** A glob as a regular expression over "/"-separated paths: `**` any folders, `*` and `?` within one name, `[abc]`, `{a,b}`. */
export function globToRegExp(glob: string): RegExp {
  let re = "";
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") {
      if (glob[i + 1] === "*") {
        const slash = glob[i + 2] === "/";
        re += slash ? "(?:[^/]*(?:/|$))*" : ".*";
        i += slash ? 2 : 1;
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const close = glob.indexOf("]", i + 1);
      if (close === -1) re += "\\[";
      else {
        const body = glob.slice(i + 1, close).replace(/\\/g, "\\\\");
        re += `[${body.startsWith("!") ? "^" + body.slice(1) : body}]`;
        i = close;
      }
    } else if (c === "{") {
      braces++;
      re += "(?:";
    } else if (c === "}" && braces > 0) {
      braces--;
      re += ")";
    } else if (c === "," && braces > 0) re += "|";
    else re += c.replace(/[.+^$()|\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

function join(dir: string, name: string): string {
  return dir === "" || dir === "." ? name : dir.endsWith("/") ? dir + name : `${dir}/${name}`;
}

/** Every file under `dir` (recursive), skipping node_modules and hidden folders; sorted. */
function walk(io: Io, dir: string, out: string[] = []): string[] {
  for (const entry of [...(io.list?.(dir === "" ? "." : dir) ?? [])].sort()) {
    if (entry.endsWith("/")) {
      const name = entry.slice(0, -1);
      if (name === "node_modules" || name.startsWith(".")) continue;
      walk(io, join(dir, name), out);
    } else out.push(join(dir, entry));
  }
  return out;
}

/** The files to check, in the order given (folders and globs expanded, sorted), each once. */
export function expandInputs(inputs: readonly string[], io: Io): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      out.push(f);
    }
  };
  for (const raw of inputs) {
    if (raw === "-") {
      add(raw);
      continue;
    }
    const input = raw.replace(/\\/g, "/");
    if (io.kind?.(input) === "dir") {
      const files = walk(io, input.replace(/\/+$/, "")).filter((f) => MARKDOWN.test(f));
      if (files.length === 0) throw new UsageError(`No Markdown files (*.md) in the folder "${raw}".`);
      files.forEach(add);
      continue;
    }
    if (GLOB_CHARS.test(input) && io.kind && io.kind(input) === undefined) {
      const parts = input.split("/");
      const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
      const base = parts.slice(0, firstGlob).join("/");
      if (base !== "" && io.kind(base) !== "dir") throw new UsageError(`No files match "${raw}": there is no folder "${base}".`);
      const re = globToRegExp(input.replace(/^\.\//, ""));
      const files = walk(io, base).filter((f) => re.test(f.replace(/^\.\//, "")));
      if (files.length === 0) throw new UsageError(`No files match "${raw}".`);
      files.forEach(add);
      continue;
    }
    add(raw);
  }
  return out;
}
