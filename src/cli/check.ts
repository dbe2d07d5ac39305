/**
 * `heartland check FILE|FOLDER|GLOB... [--format text|json] [--circuit C] [--manual YEAR] [--explain]`
 * (a folder: every Markdown file under it; a glob such as "briefs/**\/*.md": the files it matches).
 * Exit 0 = no findings, 1 = findings, 2 = bad input. JSON per DESIGN.md: 1-based line and
 * column; the range covers the sentence (endColumn is exclusive, as in LSP ranges + 1).
 * Front-matter problems (an unknown circuit or edition) go to stderr; they do not change the
 * JSON findings, which carry only rule ids.
 */
import { parseArgs, UsageError, type Io } from "./io";
import { expandInputs } from "./files";
import { Brief } from "../core/brief/brief";
import { LineIndex } from "../core/brief/lines";
import { normalizeCircuit, normalizeManual, CIRCUIT_HELP, MANUAL_HELP, type UserSettings } from "../core/settings";
import { checkBrief } from "../core/pipeline";
import type { Finding, Trace } from "../core/precedent/types";
import { whyLines } from "../core/precedent/why";
import { isContra, isManualContext, MANUAL_CONTEXT } from "../core/precedent/explainFinding";
import type { CitationFinding } from "../core/citations/check";

export interface JsonFinding {
  rule: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  authorities: { cite: string; binding: boolean; verified: boolean }[];
  triggers: string[];
  circuit: string | null;
  manual: number;
  /** The rule page (holding, authorities, later law, what to argue instead). */
  docs: string;
  /** With --explain: why the finding fired, stage by stage (see DESIGN.md). */
  trace?: Trace;
  /** citation-check only: the corrected text for the range [fix.line:fix.column, fix.endLine:fix.endColumn). */
  fix?: { line: number; column: number; endLine: number; endColumn: number; newText: string; title: string };
}

export function runCheck(args: string[], io: Io): number {
  const { positional, options } = parseArgs(args, ["format", "circuit", "manual"], ["explain"]);
  const explain = options.has("explain");
  const format = options.get("format") ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError(`--format must be "text" or "json", not "${format}".`);
  if (positional.length === 0) throw new UsageError("heartland check needs at least one Markdown file, folder or glob: heartland check FILE|FOLDER|GLOB... [--format text|json] [--circuit C] [--manual YEAR] [--explain]");
  const user: UserSettings = {};
  if (options.has("circuit")) {
    const c = normalizeCircuit(options.get("circuit"));
    if (c === undefined) throw new UsageError(`--circuit "${options.get("circuit")}" is not a circuit. ${CIRCUIT_HELP}`);
    user.circuit = c;
  }
  if (options.has("manual")) {
    const m = normalizeManual(options.get("manual"));
    if (m === undefined) throw new UsageError(`--manual "${options.get("manual")}" is not an edition. ${MANUAL_HELP}`);
    user.manual = m;
  }

  const files: { file: string; findings: JsonFinding[] }[] = [];
  let total = 0;
  const text: string[] = [];
  for (const file of expandInputs(positional, io)) {
    const content = file === "-" ? io.readStdin() : io.readFile(file);
    const { settings: eff, findings, citations, problems, longLines } = checkBrief(new Brief(content), user);
    const lines = new LineIndex(content);
    for (const p of problems) {
      const pos = lines.positionAt(p.start);
      io.err(`${file}:${pos.line + 1}:${pos.character + 1}: front matter: ${p.message}`);
    }
    const entries = findingEntries(file, findings, citations, lines, eff, explain);
    for (const l of longLines) io.err(`${file}:${l + 1}: this line is longer than 20,000 characters and was not checked.`);
    total += entries.length;
    files.push({ file, findings: entries.map((e) => e.json) });
    if (format === "text") for (const e of entries) text.push(e.text);
  }
  if (format === "json") io.out(JSON.stringify({ files }));
  else {
    text.push(total === 0 ? "No findings." : `${total} finding${total === 1 ? "" : "s"} in ${files.filter((f) => f.findings.length).length} file(s).`);
    io.out(text.join("\n"));
  }
  return total > 0 ? 1 : 0;
}

/** A file's findings as JSON and as text lines, in document order. */
export function findingEntries(
  file: string,
  findings: Finding[],
  citations: CitationFinding[],
  lines: LineIndex,
  eff: { circuit: string | null; edition: number },
  explain: boolean,
): { start: number; json: JsonFinding; text: string }[] {
  const entries: { start: number; json: JsonFinding; text: string }[] = [];
  for (const f of findings) {
    const json = toJson(f, lines);
    if (explain && f.trace) json.trace = f.trace;
    const why = explain && f.trace ? "\n    Why: " + whyLines(f.trace).join("\n         ") : "";
    // (the authorities after the one the message names, binding ones first, as the editor lists them: a message that says
    // the circuit's cases "are listed with this finding" lists them here too — legal audit of session 32)
    // (an authority that allows what the lead restricts says so: "contra")
    const more = f.authorities.slice(1, json.authorities.length).map((a) => {
      const said = isManualContext(a) ? MANUAL_CONTEXT : [isContra(a, f) ? "contra" : "", a.binding ? "binding here" : a.verified ? "" : "unverified"].filter(Boolean).join("; ");
      return `${a.cite}${said ? ` (${said})` : ""}`;
    });
    const also = more.length ? `\n    Authorities also: ${more.join("; ")}` : "";
    entries.push({ start: f.start, json, text: `${file}:${json.line}:${json.column}: ${f.severity} ${f.rule}: ${f.message}\n    ${f.basis}\n    Instead: ${f.instead}${also}${why}` });
  }
  for (const f of citations) {
    const json = citationJson(f, lines, eff.circuit, eff.edition);
    entries.push({ start: f.start, json, text: `${file}:${json.line}:${json.column}: ${f.severity} ${f.rule}: ${f.message}${f.fix ? `\n    Fix: ${f.fix.title}` : ""}` });
  }
  entries.sort((a, b) => a.start - b.start);
  return entries;
}

/** 1-based line/column span of [start, end) (endColumn exclusive). */
function span(lines: LineIndex, start: number, end: number): { line: number; column: number; endLine: number; endColumn: number } {
  const a = lines.positionAt(start);
  const b = lines.positionAt(end);
  return { line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
}

function toJson(f: Finding, lines: LineIndex): JsonFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    ...span(lines, f.start, f.end),
    message: f.message,
    // The leading authorities (binding first); the rule page and the editor show the full list.
    authorities: f.authorities.slice(0, 3).map((x) => ({ cite: x.cite, binding: x.binding, verified: x.verified })),
    triggers: f.triggers,
    circuit: f.circuit,
    manual: f.edition,
    docs: `docs/rules/${f.rule}.md`,
  };
}

function citationJson(f: CitationFinding, lines: LineIndex, circuit: string | null, manual: number): JsonFinding {
  const json: JsonFinding = {
    rule: f.rule,
    severity: f.severity,
    ...span(lines, f.start, f.end),
    message: f.message,
    authorities: [],
    triggers: [],
    circuit,
    manual,
    docs: `docs/rules/${f.rule}.md`,
  };
  if (f.fix) json.fix = { ...span(lines, f.fix.start, f.fix.end), newText: f.fix.newText, title: f.fix.title };
  return json;
}
