/** An in-memory Io for driving the CLI in unit tests: files by name, stdin, captured output. */
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
  };
  return { io, out, err };
}
