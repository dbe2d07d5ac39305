/** An in-memory Io for driving the CLI in unit tests: files by name (folders implied by "/"), stdin, captured output. */
import type { Io } from "../../src/cli/io";
import { main } from "../../src/cli/main";

export function memoryIo(files: Record<string, string> = {}, stdin = "") {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    readFile: (p) => {
      if (!(p in files)) throw Object.assign(new Error(`ENOENT: ${p}`), { code: "ENOENT", path: p });
      return files[p];
    },
    readStdin: () => stdin,
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    kind: (p) => {
      const path = p.replace(/\/+$/, "");
      if (path in files) return "file";
      const prefix = path === "." || path === "" ? "" : `${path}/`;
      return Object.keys(files).some((f) => f.startsWith(prefix)) ? "dir" : undefined;
    },
    list: (dir) => {
      const prefix = dir === "." || dir === "" ? "" : `${dir.replace(/\/+$/, "")}/`;
      const names = new Set<string>();
      for (const f of Object.keys(files)) {
        if (!f.startsWith(prefix)) continue;
        const rest = f.slice(prefix.length);
        const slash = rest.indexOf("/");
        names.add(slash === -1 ? rest : rest.slice(0, slash + 1));
      }
      return [...names];
    },
  };
  return { io, out, err };
}

/** Runs the CLI on `argv` with no files: the exit code and what it printed, line by line as a string. */
export function runCli(...argv: string[]): { code: number; out: string; err: string } {
  const { io, out, err } = memoryIo();
  const code = main(argv, io);
  return { code, out: out.map((t) => t + "\n").join(""), err: err.map((t) => t + "\n").join("") };
}
