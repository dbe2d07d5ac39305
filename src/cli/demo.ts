/**
 * `heartland demo FILE [--range FACTS.json]` — the README's first command: everything
 * Heartland does, on one brief. It runs the same commands a user would: `check` (foreclosure
 * and citation findings), then what the hover shows for each citation (`explain`), then, given
 * the facts, the range table the editor command inserts (`range --format markdown`).
 */
import { parseArgs, UsageError, type Io } from "./io";
import { Brief } from "../core/brief/brief";
import { LineIndex } from "../core/brief/lines";
import { explain } from "../core/explain";
import { formatCitation } from "../core/citations/types";
import { circuitName } from "../core/settings";
import { runCheck } from "./check";
import { runRange } from "./range";

function heading(io: Io, title: string): void {
  io.out(`\n== ${title} ${"=".repeat(Math.max(0, 76 - title.length))}`);
}

export function runDemo(args: string[], io: Io): number {
  const { positional, options } = parseArgs(args, ["range"]);
  const file = positional[0];
  if (!file) throw new UsageError("Usage: heartland demo FILE [--range FACTS.json]");
  const text = io.readFile(file);
  const brief = new Brief(text);
  const lines = new LineIndex(text);
  const s = brief.settings({});
  io.out(`Heartland — ${file}`);
  io.out(`Guidelines Manual: ${s.edition} (from ${s.editionFrom}); circuit: ${circuitName(s.circuit)} (from ${s.circuitFrom})`);

  heading(io, "Findings (heartland check)");
  runCheck([file], io);

  heading(io, `Citations (${brief.citations.length}): what the hover shows (heartland explain)`);
  for (const m of brief.citations) {
    const at = lines.positionAt(m.start);
    const r = explain(m.citation, s.edition);
    const where = `${at.line + 1}:${at.character + 1}`.padEnd(7);
    if (!r.ok) {
      io.out(`  ${where} ${formatCitation(m.citation)} — ${r.message}`);
      continue;
    }
    const e = r.explanation;
    const first = e.status === "unavailable" ? (e.message ?? "") : e.text.split("\n")[0];
    io.out(`  ${where} ${formatCitation(m.citation)} — ${e.title} [${e.status}; ${e.textEdition}]`);
    io.out(`          ${first.length > 150 ? first.slice(0, 147) + "…" : first}`);
  }

  const facts = options.get("range");
  if (facts) {
    heading(io, `Guideline range for ${facts} (heartland range --format markdown)`);
    const code = runRange(["--input", facts, "--format", "markdown"], io);
    if (code !== 0) return code;
  }
  return 0;
}
