/**
 * The briefs `heartland check` reads: files as given, every Markdown file under a folder, and
 * the files a glob matches (`"briefs/**\/*.md"`, quoted so that the shell leaves it alone).
 * Folders named `node_modules` and hidden folders are not searched unless named.
 */
import { UsageError, type Io } from "./io";

const MARKDOWN = /\.(?:md|markdown|mdown|mkd)$/i;
const GLOB_CHARS = /[*?[{]/;

/** `a{b,c}d` → ["abd", "acd"] (nested braces too). */
function expandBraces(glob: string): string[] {
  const open = glob.indexOf("{");
  if (open === -1) return [glob];
  let depth = 0;
  const commas: number[] = [];
  for (let i = open; i < glob.length; i++) {
    const c = glob[i];
    if (c === "{") depth++;
    else if (c === "}") {
      if (--depth === 0) {
        const cuts = [open, ...commas, i];
        const out: string[] = [];
        for (let k = 0; k + 1 < cuts.length; k++) for (const rest of expandBraces(glob.slice(i + 1))) out.push(...expandBraces(glob.slice(0, open) + glob.slice(cuts[k] + 1, cuts[k + 1]) + rest));
        return out;
      }
    } else if (c === "," && depth === 1) commas.push(i);
  }
  return [glob]; // unbalanced: literal
}

/** One path segment against one glob segment: `*`, `?`, `[abc]`, `[!abc]` (iterative, no backtracking blow-up). */
function segmentMatches(pat: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    if (p < pat.length && pat[p] === "*") {
      starP = p++;
      starN = n;
      continue;
    }
    if (p < pat.length) {
      let step = 0;
      if (pat[p] === "?") step = 1;
      else if (pat[p] === "[" && pat.indexOf("]", p + 2) !== -1) {
        const close = pat.indexOf("]", p + 2);
        const negate = pat[p + 1] === "!" || pat[p + 1] === "^";
        const set = pat.slice(p + (negate ? 2 : 1), close);
        let hit = false;
        for (let k = 0; k < set.length; k++) {
          if (set[k + 1] === "-" && k + 2 < set.length) {
            if (name[n] >= set[k] && name[n] <= set[k + 2]) hit = true;
            k += 2;
          } else if (set[k] === name[n]) hit = true;
        }
        if (hit !== negate) {
          p = close + 1;
          n++;
          continue;
        }
      } else if (pat[p] === name[n]) step = 1;
      if (step) {
        p++;
        n++;
        continue;
      }
    }
    if (starP === -1) return false;
    p = starP + 1;
    n = ++starN;
  }
  while (p < pat.length && pat[p] === "*") p++;
  return p === pat.length;
}

/** Does the "/"-separated `path` match `glob` (`**` any number of folders, `*` `?` `[..]` within a name, `{a,b}`)? */
export function globMatches(glob: string, path: string): boolean {
  const names = path.split("/");
  return expandBraces(glob).some((g) => {
    const pats = g.split("/");
    const memo = new Map<number, boolean>();
    const at = (pi: number, ni: number): boolean => {
      const key = pi * (names.length + 1) + ni;
      const hit = memo.get(key);
      if (hit !== undefined) return hit;
      let r: boolean;
      if (pi === pats.length) r = ni === names.length;
      else if (pats[pi] === "**") r = at(pi + 1, ni) || (ni < names.length && at(pi, ni + 1));
      else r = ni < names.length && segmentMatches(pats[pi], names[ni]) && at(pi + 1, ni + 1);
      memo.set(key, r);
      return r;
    };
    return at(0, 0);
  });
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
      let dir = input;
      while (dir.length > 1 && dir.endsWith("/")) dir = dir.slice(0, -1);
      const files = walk(io, dir).filter((f) => MARKDOWN.test(f));
      if (files.length === 0) throw new UsageError(`No Markdown files (*.md) in the folder "${raw}".`);
      files.forEach(add);
      continue;
    }
    if (GLOB_CHARS.test(input) && io.kind && io.kind(input) === undefined) {
      const parts = input.split("/");
      const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
      const base = parts.slice(0, firstGlob).join("/");
      if (base !== "" && io.kind(base) !== "dir") throw new UsageError(`No files match "${raw}": there is no folder "${base}".`);
      const glob = input.replace(/^\.\//, "");
      const files = walk(io, base).filter((f) => globMatches(glob, f.replace(/^\.\//, "")));
      if (files.length === 0) throw new UsageError(`No files match "${raw}".`);
      files.forEach(add);
      continue;
    }
    add(raw);
  }
  return out;
}
