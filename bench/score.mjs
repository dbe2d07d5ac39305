#!/usr/bin/env node
// Precision and recall per rule on the labelled dev passages, through the built CLI
// (`node dist/cli.js check --format json`), scored exactly like ../shared/tools/score-detector:
// each passage is one paragraph; a passage is found when its label's rule is among the
// findings on its line; any scored rule on a `none`/`cultural_assimilation` passage, or a wrong
// rule on a positive one, is a false alarm. `departure-framing` is not scored.
// Usage: npm run build && node bench/score.mjs [PASSAGES.jsonl] [--verbose]
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { RULE, SCORED } from "./labels.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const verbose = args.includes("--verbose") || !!process.env.VERBOSE;
const path = args.find((a) => !a.startsWith("--")) ?? join(root, "..", "shared", "corpus", "passages.dev.jsonl");
const rows = readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const dir = mkdtempSync(join(tmpdir(), "heartland-score-"));
const md = join(dir, "passages.md");
writeFileSync(md, rows.map((r) => r.text.split(/\s+/).join(" ")).join("\n\n"));
const res = spawnSync(process.execPath, [join(root, "dist", "cli.js"), "check", md, "--format", "json"], { encoding: "utf8", maxBuffer: 1 << 28 });
rmSync(dir, { recursive: true, force: true });
let files;
try {
  files = JSON.parse(res.stdout).files;
} catch {
  console.error(`heartland check printed no JSON (exit ${res.status}): ${res.stderr.slice(-300)}`);
  process.exit(2);
}
const found = new Map();
for (const f of files) for (const x of f.findings) if (SCORED.has(x.rule)) (found.get(x.line) ?? found.set(x.line, new Set()).get(x.line)).add(x.rule);

// Per rule: tp (passages labelled for the rule and found), fn, fp (rule reported where not allowed).
const per = new Map();
const stat = (k) => per.get(k) ?? per.set(k, { tp: 0, fn: 0, fp: 0 }).get(k);
let tp = 0, pos = 0, flagged = 0, wrongPassages = 0;
rows.forEach((r, i) => {
  const got = found.get(2 * i + 1) ?? new Set();
  const want = RULE[r.label] ?? [];
  const allowed = new Set([r.label, ...(r.also ?? [])].flatMap((l) => RULE[l] ?? []));
  const hit = want.some((w) => got.has(w));
  if (want.length) {
    pos++;
    const s = stat(want[0]);
    if (hit) { tp++; s.tp++; } else s.fn++;
  }
  if (got.size) flagged++;
  const extra = [...got].filter((g) => !allowed.has(g));
  for (const g of extra) stat(g === "departure-after-sentencing" ? "post-sentencing-rehabilitation" : g).fp++;
  const wrong = got.size > 0 && (!hit || extra.length > 0);
  if (wrong) wrongPassages++;
  if (verbose && ((want.length && !hit) || wrong)) console.log(`  ${want.length && !hit ? "MISS " : "FALSE"} ${r.id} [${r.label}] got [${[...got].join(", ")}]: ${r.text.slice(0, 120)}`);
});
const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : " n/a");
console.log("rule                                      precision  recall   tp  fn  fp");
for (const rule of Object.values(RULE).map((x) => x[0])) {
  const s = stat(rule);
  console.log(`${rule.padEnd(42)}${f2(s.tp / (s.tp + s.fp)).padStart(9)}${f2(s.tp / (s.tp + s.fn)).padStart(8)}${String(s.tp).padStart(5)}${String(s.fn).padStart(4)}${String(s.fp).padStart(4)}`);
}
const precision = flagged ? (flagged - wrongPassages) / flagged : 0;
console.log(`overall precision ${precision.toFixed(2)} recall ${(pos ? tp / pos : 0).toFixed(2)} on ${rows.length} passages (${flagged} flagged, ${wrongPassages} false alarms)`);
