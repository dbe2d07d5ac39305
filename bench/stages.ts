/**
 * Per-stage timing of `heartland check` on one brief, in one fresh process (bundled and run by
 * `bench/speed.mjs --stages`): each stage as the pipeline calls it, in the pipeline's order, once,
 * so each pays its own first-call (JIT) cost as in a real run. Prints one JSON line of milliseconds.
 *
 * The stages overlap where the pipeline's do: "citation checks" recognises the citations and splits
 * the sentences again itself, and "argument analysis" splits its paragraphs into sentences itself;
 * "citations" and "sentences" time those steps on their own.
 */
import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { Brief } from "../src/core/brief/brief";
import { briefSentences } from "../src/core/brief/sentences";
import { recognizeCitations } from "../src/core/citations/recognize";
import { recognizeCaseCitations } from "../src/core/citations/cases";
import { LineIndex } from "../src/core/brief/lines";
import { checkBrief } from "../src/core/pipeline";
import { generatedBlocks, withoutGenerated, citationFindingsWithBlocks } from "../src/core/brief/generated";
import { briefFacts } from "../src/core/precedent/facts";
import { BriefAnalyzer } from "../src/core/precedent/analyze";
import { findingEntries } from "../src/cli/check";

// as the CLI runs (src/cli/main.ts)
setFlagsFromString("--no-turbo-inlining");
const file = process.argv[2];
// wall-clock and CPU milliseconds (CPU time, user + system, is steadier on a loaded machine)
const ms: Record<string, number> = {};
const cpu: Record<string, number> = {};
let t = performance.now();
let c = process.cpuUsage();
const lap = (name: string) => {
  const now = performance.now();
  const used = process.cpuUsage(c);
  ms[name] = now - t;
  cpu[name] = (used.user + used.system) / 1000;
  t = now;
  c = process.cpuUsage();
};
const text = readFileSync(file, "utf8");
lap("read");
const brief = new Brief(text);
lap("prose map");
const { map, front } = brief;
const settings = brief.settings({});
briefSentences(map.prose, map.blockQuoteLines);
lap("sentences");
recognizeCitations(map.prose, text);
recognizeCaseCitations(map.prose, text);
lap("citations");
const blocks = generatedBlocks(text);
const citations = citationFindingsWithBlocks(text, map, blocks, { edition: settings.edition });
lap("citation checks");
const facts = briefFacts(front, map.prose);
const findings = new BriefAnalyzer().analyze(
  text,
  {
    circuit: settings.circuit, edition: settings.edition,
    offense: facts.offense?.cite ?? null, resentencing: facts.resentencing, document: front.document ?? null, sentencingDate: front.sentencingDate ?? null,
  },
  withoutGenerated(map, blocks),
);
lap("argument analysis");
const out = JSON.stringify({ files: [{ file, findings: findingEntries(file, findings, citations, new LineIndex(text), settings, false).map((e) => e.json) }] });
lap("JSON output");
// the same check as the pipeline runs it, for the record (its findings must be the ones above)
const again = checkBrief(new Brief(text), {});
if (again.findings.length !== findings.length || again.citations.length !== citations.length) throw new Error("stages disagree with checkBrief");
console.log(JSON.stringify({ ms, cpu, findings: findings.length + citations.length, bytes: out.length }));
