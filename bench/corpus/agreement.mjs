// How far two labellers of the frozen test split agree, and the split's passages both label alike.
//
//   node bench/corpus/agreement.mjs [test|train-dev] [--write consensus.jsonl] [--second-as-labels second.jsonl]
//
// bench/corpus/test.jsonl carries the collectors' labels; bench/corpus/test.second-labels.jsonl a second
// labelling of the same 1,008 passages (train-dev: train.jsonl and dev.jsonl, 3,392 passages, and
// traindev.second-labels.jsonl), done blind (the labellers saw each passage's text and document, the
// label table of ../shared/corpus/README.md and the convention in ../README.md, never the first labels, the
// detector or its output). Prints exact agreement, Cohen's kappa, and the second labelling scored as if it were
// a detector against the first (score-detector's counting: a passage is found when its label is among the
// second labeller's label and `also`; a second label not allowed by the first is a false alarm) — the ceiling a
// perfect reader of the convention would reach. --write: the passages on which both agree (first labels), to
// score with ../shared/tools/score-detector. --second-as-labels: every passage with the second labels instead.
import fs from "node:fs";
import path from "node:path";

const here = path.dirname(new URL(import.meta.url).pathname);
const read = (f) => fs.readFileSync(f, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const args = process.argv.slice(2);
const split = args[0] === "train-dev" ? "train-dev" : "test";
const first = split === "test" ? read(path.join(here, "test.jsonl")) : [...read(path.join(here, "train.jsonl")), ...read(path.join(here, "dev.jsonl"))];
const second = new Map(read(path.join(here, split === "test" ? "test.second-labels.jsonl" : "traindev.second-labels.jsonl")).map((r) => [r.id, r]));
const opt = (name) => { const i = args.indexOf("--" + name); return i === -1 ? undefined : args[i + 1]; };

const positive = (l) => l !== "none" && l !== "cultural_assimilation";
let same = 0, tp = 0, fp = 0, pos = 0, flagged = 0;
const count1 = new Map(), count2 = new Map(), confusion = new Map();
for (const a of first) {
  const b = second.get(a.id);
  if (!b) throw new Error(`${a.id}: no second label`);
  if (a.label === b.label) same++;
  else confusion.set(`${a.label} → ${b.label}`, (confusion.get(`${a.label} → ${b.label}`) ?? 0) + 1);
  count1.set(a.label, (count1.get(a.label) ?? 0) + 1);
  count2.set(b.label, (count2.get(b.label) ?? 0) + 1);
  const want = positive(a.label) ? a.label : undefined;
  const allowed = new Set([a.label, ...(a.also ?? [])]);
  const got = new Set([b.label, ...(b.also ?? [])].filter(positive));
  const hit = want !== undefined && got.has(want);
  pos += want ? 1 : 0;
  flagged += got.size ? 1 : 0;
  tp += hit ? 1 : 0;
  fp += got.size && (!hit || [...got].some((g) => !allowed.has(g))) ? 1 : 0;
}
const n = first.length;
const po = same / n;
let pe = 0;
for (const [l, c] of count1) pe += (c / n) * ((count2.get(l) ?? 0) / n);
console.log(`${n} passages: the same label on ${same} (${po.toFixed(3)}), Cohen's kappa ${((po - pe) / (1 - pe)).toFixed(3)}`);
console.log(`the second labelling scored against the first: precision ${((flagged - fp) / flagged).toFixed(3)} recall ${(tp / pos).toFixed(3)} (${tp} of ${pos} arguments)`);
console.log("disagreements (first → second):");
for (const [k, v] of [...confusion].sort((x, y) => y[1] - x[1])) console.log(`  ${String(v).padStart(3)}  ${k}`);

const out = opt("write");
if (out) {
  const rows = first.filter((a) => a.label === second.get(a.id).label);
  fs.writeFileSync(out, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  console.log(`wrote ${rows.length} passages both label alike to ${out}`);
}
const relabelled = opt("second-as-labels");
if (relabelled) {
  const rows = first.map((a) => {
    const b = second.get(a.id);
    const r = { ...a, label: b.label };
    delete r.also;
    delete r.borderline;
    if (b.also) r.also = b.also;
    if (b.borderline) r.borderline = true;
    return r;
  });
  fs.writeFileSync(relabelled, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  console.log(`wrote the ${rows.length} passages with the second labels to ${relabelled}`);
}
