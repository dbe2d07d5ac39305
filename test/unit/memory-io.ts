/** An in-memory Io for driving the CLI in unit tests: files by name (folders implied by "/"), stdin, captured output. */
import type { Io } from "../../src/cli/io";

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
