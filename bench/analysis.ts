/**
 * The argument analysis alone (`BriefAnalyzer.analyze`, called as bench/stages.ts calls it), on each brief given, in one
 * process: the first cold, each later one warm (new text if the briefs share no paragraph). Prints one JSON line: per
 * brief its wall and CPU milliseconds and its findings. Session 23 (bench/README.md); bundle it with the build's data
 * plugin so the model is packed as shipped, or with plain esbuild (then it also pays the packing):
 *
 *   npx esbuild bench/analysis.ts --bundle --platform=node --outfile=/tmp/analysis.js --log-level=warning
 *   node /tmp/analysis.js /tmp/b250.md /tmp/other250.md
 */
import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { Brief } from "../src/core/brief/brief";
import { briefFacts } from "../src/core/precedent/facts";
import { BriefAnalyzer } from "../src/core/precedent/analyze";
import { generatedBlocks, withoutGenerated } from "../src/core/brief/generated";
setFlagsFromString("--no-turbo-inlining");
const out: Record<string, number> = {};
for (const [k, file] of process.argv.slice(2).entries()) {
  const text = readFileSync(file, "utf8");
  const brief = new Brief(text);
  const { map, front } = brief;
  const settings = brief.settings({});
  const blocks = generatedBlocks(text);
  const facts = briefFacts(front, map.prose);
  const c = process.cpuUsage(); const t = performance.now();
  const f = new BriefAnalyzer().analyze(text, { circuit: settings.circuit, edition: settings.edition, offense: facts.offense?.cite ?? null, resentencing: facts.resentencing, document: front.document ?? null, sentencingDate: front.sentencingDate ?? null }, withoutGenerated(map, blocks));
  const u = process.cpuUsage(c);
  out[`${k}:wall`] = Math.round(performance.now() - t); out[`${k}:cpu`] = Math.round((u.user + u.system) / 1000); out[`${k}:n`] = f.length;
}
console.log(JSON.stringify(out));
