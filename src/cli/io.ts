/** The CLI's only contact with the machine: reading files and writing output. */
import * as fs from "node:fs";

export interface Io {
  readFile(path: string): string;
  readStdin(): string;
  out(text: string): void;
  err(text: string): void;
  /** What is at `path`: a file, a folder, or nothing (absent: paths are files). */
  kind?(path: string): "file" | "dir" | undefined;
  /** The entries of a folder, folders with a trailing "/". */
  list?(dir: string): string[];
}

export const nodeIo: Io = {
  readFile: (p) => fs.readFileSync(p, "utf8"),
  readStdin: () => fs.readFileSync(0, "utf8"),
  kind: (p) => {
    try {
      const st = fs.statSync(p);
      return st.isDirectory() ? "dir" : "file";
    } catch {
      return undefined;
    }
  },
  list: (dir) => fs.readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? `${e.name}/` : e.name)),
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : t + "\n"),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : t + "\n"),
};

/** Thrown for bad input: the CLI prints the message and exits 2. */
export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string>;
}

/** `--name value` and `--name=value`; flags listed in `booleans` take no value. */
export function parseArgs(args: string[], known: string[], booleans: string[] = []): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
      if (!known.includes(name) && !booleans.includes(name)) throw new UsageError(`Unknown option --${name}. Options: ${[...known, ...booleans].map((k) => "--" + k).join(", ")}.`);
      if (booleans.includes(name)) {
        options.set(name, "true");
        continue;
      }
      const value = eq === -1 ? args[++i] : a.slice(eq + 1);
      if (value === undefined) throw new UsageError(`Option --${name} needs a value.`);
      options.set(name, value);
    } else if (a === "-") {
      positional.push(a);
    } else {
      positional.push(a);
    }
  }
  return { positional, options };
}
