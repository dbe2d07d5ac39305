/**
 * The editor's first run on a large brief in plain Node (issue 9, session 22): after `warmUp()` (as the editor does
 * when the core loads with no brief open), the whole check with the document's caches, alone or after the first
 * part (`checkBriefPart`, as `showFirstPart` runs it). Prints one JSON line: the part's ms, the total's, the CPU's,
 * the paragraphs read by each. Run the modes alternately in fresh processes:
 *
 *   npx esbuild bench/first-part.ts --bundle --platform=node --outfile=/tmp/first-part.js --log-level=warning
 *   node /tmp/first-part.js /tmp/b250.md whole; node /tmp/first-part.js /tmp/b250.md part [UNTIL]
 */
import { readFileSync } from "node:fs";
import { Brief } from "../src/core/brief/brief";
import { checkBrief, checkBriefPart } from "../src/core/pipeline";
import { warmUp } from "../src/core/warmUp";
import { BriefAnalyzer } from "../src/core/precedent/analyze";
import { CitationCache } from "../src/core/citations/cache";
import { OffenseCache } from "../src/core/precedent/facts";

const text = readFileSync(process.argv[2], "utf8");
const withPart = process.argv[3] === "part";
const until = Number(process.argv[4] ?? 16 * 1024);
warmUp();
const caches = { analyzer: new BriefAnalyzer(), citations: new CitationCache(), offense: new OffenseCache() };
const t0 = performance.now();
const c0 = process.cpuUsage();
const brief = new Brief(text);
let partMs = 0;
let partRead = 0;
if (withPart) {
  checkBriefPart(brief, { circuit: null, manual: "latest" }, undefined, caches, { from: 0, until });
  partMs = performance.now() - t0;
  partRead = caches.analyzer.lastRedetected;
}
const r = checkBrief(brief, { circuit: null, manual: "latest" }, undefined, caches);
const cpu = process.cpuUsage(c0);
console.log(JSON.stringify({
  mode: withPart ? `part of ${until} characters` : "whole",
  partMs: Math.round(partMs),
  totalMs: Math.round(performance.now() - t0),
  cpuMs: Math.round((cpu.user + cpu.system) / 1000),
  paragraphsRead: { part: partRead, whole: caches.analyzer.lastRedetected },
  findings: r.findings.length + r.citations.length,
}));
