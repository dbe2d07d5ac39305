/**
 * The extension host's work per keystroke outside the editor (issue 9): a brief (default: the
 * 250 KB brief of unique text, written by bench/brief.mjs) typed into at KEYSTROKES places, one
 * character each, and after each what src/editor/diagnostics.ts runs — the brief read (`Brief.after`
 * from the previous version, as src/editor/briefs.ts does; beside it the full read, `new Brief`) and
 * `checkBrief` with the document's caches — beside `checkBrief` with
 * the paragraph cache only (the editor before the citation and offense caches), interleaved in one
 * process so that the machine's load weighs on both alike. Findings are compared on every keystroke.
 *
 *   npx esbuild bench/keystroke.ts --bundle --platform=node --outfile=/tmp/keystroke.js --log-level=warning \
 *     && node -e "import('./bench/brief.mjs').then(m => require('fs').writeFileSync('/tmp/b250.md', m.uniqueBrief(250 * 1024).text))" \
 *     && node /tmp/keystroke.js /tmp/b250.md [KEYSTROKES]
 */
import { readFileSync } from "node:fs";
import { Brief } from "../src/core/brief/brief";
import { checkBrief } from "../src/core/pipeline";
import { BriefAnalyzer } from "../src/core/precedent/analyze";
import { CitationCache } from "../src/core/citations/cache";
import { OffenseCache } from "../src/core/precedent/facts";

const text0 = readFileSync(process.argv[2], "utf8");
const N = Number(process.argv[3] ?? 60);
const user = { circuit: "9" as const, manual: 2025 };
const caches = { analyzer: new BriefAnalyzer(), citations: new CitationCache(), offense: new OffenseCache() };
const plain = { analyzer: new BriefAnalyzer() };
checkBrief(new Brief(text0), user, undefined, caches);
checkBrief(new Brief(text0), user, undefined, plain);
const ms: Record<string, number[]> = {};
const lap = <T>(k: string, f: () => T): T => {
  const a = performance.now();
  const r = f();
  (ms[k] ??= []).push(performance.now() - a);
  return r;
};
let text = text0;
let prev = new Brief(text0);
for (let k = 0; k < N; k++) {
  const at = text.indexOf("\n\n", Math.floor((text.length * ((k % 15) + 1)) / 17));
  text = text.slice(0, at) + "y" + text.slice(at);
  // the editor's getText() is a flat string: flatten the edited text outside the laps
  text.charCodeAt(text.length >> 1);
  const whole = lap("brief read, whole (new Brief: prose map, front matter)", () => new Brief(text));
  // the editor's read; its prose is a joined string, flattened here as its first reader would
  const brief = lap("brief read, edited paragraph (Brief.after)", () => {
    const b = Brief.after(prev, text);
    b.map.prose.charCodeAt(b.map.prose.length >> 1);
    return b;
  });
  if (brief.map.prose !== whole.map.prose) throw new Error(`prose maps differ after keystroke ${k}`);
  prev = brief;
  const a = k % 2 ? lap("checkBrief, document caches", () => checkBrief(brief, user, undefined, caches)) : undefined;
  const b = lap("checkBrief, paragraph cache only", () => checkBrief(brief, user, undefined, plain));
  const c = k % 2 ? a : lap("checkBrief, document caches", () => checkBrief(brief, user, undefined, caches));
  if (JSON.stringify(b) !== JSON.stringify(c)) throw new Error(`findings differ after keystroke ${k}`);
}
const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
console.log(`${(text0.length / 1024).toFixed(0)} KB, ${N} keystrokes, median ms:`);
for (const [k, v] of Object.entries(ms)) console.log(`  ${k.padEnd(50)} ${med(v).toFixed(2)}`);
