/**
 * `heartland demo FILE` — the README's first command: what Heartland finds in a brief.
 * Shows the settings read from the brief, then what a hover shows for each citation.
 */
import { parseArgs, UsageError, type Io } from "./io";
import { Brief } from "../core/brief/brief";
import { LineIndex } from "../core/brief/lines";
import { explain } from "../core/explain";
import { formatCitation } from "../core/citations/types";
import { circuitName } from "../core/settings";

export function runDemo(args: string[], io: Io): number {
  const { positional } = parseArgs(args, []);
  const file = positional[0];
  if (!file) throw new UsageError("Usage: heartland demo FILE");
  const text = io.readFile(file);
  const brief = new Brief(text);
  const lines = new LineIndex(text);
  const s = brief.settings({});
  io.out(`Heartland — ${file}`);
  io.out(`Guidelines Manual: ${s.edition} (from ${s.editionFrom}); circuit: ${circuitName(s.circuit)} (from ${s.circuitFrom})`);
  for (const p of brief.front.problems) {
    const at = lines.positionAt(p.start);
    io.out(`  front matter ${at.line + 1}:${at.character + 1}: ${p.message}`);
  }
  io.out("");
  io.out(`Citations (${brief.citations.length}) — what the hover shows:`);
  for (const m of brief.citations) {
    const at = lines.positionAt(m.start);
    const r = explain(m.citation, s.edition);
    const where = `${at.line + 1}:${at.character + 1}`.padEnd(7);
    if (r.ok) {
      const e = r.explanation;
      const first = e.text.split("\n")[0];
      io.out(`  ${where} ${formatCitation(m.citation)} — ${e.title} [${e.status}, ${e.textEdition}]`);
      io.out(`          ${first.length > 150 ? first.slice(0, 147) + "…" : first}`);
    } else {
      io.out(`  ${where} ${formatCitation(m.citation)} — ${r.message}`);
    }
  }
  return 0;
}
