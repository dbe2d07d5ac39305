/**
 * `heartland toa FILE... [--format markdown|json]`: the table of authorities the editor command
 * inserts (same builder, `collectAuthorities` / `renderTable` in src/core/toa.ts), or its parts
 * as JSON:
 *   {"files":[{"file","authorities":[{"kind","name","volume","reporter","page","court","year","cite",
 *     "locations":[{"line","column"}]}]}]}
 * (1-based line and column of each citation, short forms and Id. included). Citations whose parse
 * is uncertain are left out of the table and named on standard error.
 */
import { collectAuthorities, renderTable } from "../core/toa";
import { LineIndex } from "../core/brief/lines";
import type { UncertainCitation } from "../core/citations/cases";
import { parseArgs, UsageError, type Io } from "./io";
import { expandInputs } from "./files";

export function runToa(args: string[], io: Io): number {
  const { positional, options } = parseArgs(args, ["format"]);
  const format = options.get("format") ?? "markdown";
  if (format !== "markdown" && format !== "json") throw new UsageError(`--format must be "markdown" or "json", not "${format}".`);
  if (positional.length === 0) throw new UsageError("heartland toa needs at least one Markdown file, folder or glob: heartland toa FILE|FOLDER|GLOB... [--format markdown|json]");
  const files: { file: string; authorities: unknown[] }[] = [];
  const tables: string[] = [];
  const inputs = expandInputs(positional, io);
  for (const file of inputs) {
    const content = file === "-" ? io.readStdin() : io.readFile(file);
    const uncertain: UncertainCitation[] = [];
    const entries = collectAuthorities(content, uncertain);
    const lines = new LineIndex(content);
    for (const u of uncertain) {
      const pos = lines.positionAt(u.start);
      io.err(`${file}:${pos.line + 1}:${pos.character + 1}: left out of the table: ${u.reason}: ${content.slice(u.start, u.end).replace(/\s+/g, " ")}`);
    }
    files.push({ file, authorities: entries.map((e) => ({ ...e.data, locations: e.places.map((p) => ({ line: p.line, column: p.column })) })) });
    tables.push(inputs.length > 1 ? `<!-- ${file} -->\n${renderTable(entries)}` : renderTable(entries));
  }
  io.out(format === "json" ? JSON.stringify({ files }) : tables.join("\n\n"));
  return 0;
}
