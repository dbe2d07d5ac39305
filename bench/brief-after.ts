/**
 * The brief read per keystroke (issue 9): `new Brief(text)` (the whole prose map) against
 * `Brief.after(prev, text)` (the edited paragraph re-read, the rest reused), interleaved in one process
 * over the same edits, so that the machine's load weighs on both alike. The edits: EDITS keystrokes
 * (seeded; a letter typed or a character deleted at a random offset, most inside paragraphs), each
 * made on the text the previous one left; every 10th result is compared with the full read.
 *
 *   npx esbuild bench/brief-after.ts --bundle --platform=node --outfile=/tmp/brief-after.js --log-level=warning \
 *     && node -e "import('./bench/brief.mjs').then(m => require('fs').writeFileSync('/tmp/b250.md', m.uniqueBrief(250 * 1024).text))" \
 *     && node /tmp/brief-after.js /tmp/b250.md [EDITS]
 */
import { readFileSync } from "node:fs";
import { deepStrictEqual } from "node:assert";
import { Brief } from "../src/core/brief/brief";
import { proseAfterEdit } from "../src/core/brief/prose";

const text0 = readFileSync(process.argv[2], "utf8");
const N = Number(process.argv[3] ?? 400);
let seed = 9;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const ms: Record<string, number[]> = { full: [], after: [] };
let text = text0;
let prev = new Brief(text0);
for (let w = 0; w < 20; w++) new Brief(text0); // warm-up
let incremental = 0;
for (let k = 0; k < N; k++) {
  const at = Math.floor(rand() * text.length);
  text = rand() < 0.7 ? text.slice(0, at) + "etaoin "[Math.floor(rand() * 7)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
  // the editor's getText() is a flat string: flatten the edited text outside the laps
  text.charCodeAt(text.length >> 1);
  let full: Brief;
  let after: Brief;
  const order = k % 2;
  for (let o = 0; o < 2; o++) {
    const a = performance.now();
    if ((o ^ order) === 0) {
      full = new Brief(text);
      ms.full.push(performance.now() - a);
    } else {
      after = Brief.after(prev, text);
      // a cons string: flatten it as the first reader would (in the same lap, to be fair to the full read)
      after.map.prose.charCodeAt(after.map.prose.length >> 1);
      ms.after.push(performance.now() - a);
    }
  }
  if (after!.map.prose !== full!.map.prose || after!.blocks.length !== full!.blocks.length) throw new Error(`differ at edit ${k}`);
  if (k % 10 === 0) deepStrictEqual(after!.map, full!.map);
  if (proseAfterEdit({ map: prev.map, blocks: [...prev.blocks] }, prev.text, text)) incremental++;
  prev = after!;
}
const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const p90 = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length * 0.9)];
console.log(`${(text0.length / 1024).toFixed(0)} KB, ${N} edits (${incremental} re-read one paragraph, the rest the whole brief), ms:`);
console.log(`  new Brief(text)          median ${med(ms.full).toFixed(3)}  p90 ${p90(ms.full).toFixed(3)}`);
console.log(`  Brief.after(prev, text)  median ${med(ms.after).toFixed(3)}  p90 ${p90(ms.after).toFixed(3)}`);
