#!/usr/bin/env node
// Score the detector on whole briefs (a behavioural probe, not a measurement): each JSONL row's `text`
// is one Markdown brief (front matter, title, paragraphs) with the `label` (and optional `also`) of the
// one argument it makes. The brief is found when its label's rule is among the brief's findings; a
// scored finding of any other rule is a false alarm — the same counting as `../shared/tools/score-detector`,
// with a brief in place of a passage. All briefs are checked in one run of the built CLI over a folder.
//
//   npm run build && node bench/score-briefs.mjs BRIEFS.jsonl [--cli dist/cli.js]   # VERBOSE=1 lists misses
import { writeFileSync, mkdtempSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, basename } from "node:path";
import { spawnSync } from "node:child_process";
import { RULE, SCORED } from "./labels.mjs";

const args = process.argv.slice(2);
const cliAt = args.indexOf("--cli");
const cli = cliAt === -1 ? "dist/cli.js" : args[cliAt + 1];
const file = args.find((a, i) => !a.startsWith("--") && (cliAt === -1 || i !== cliAt + 1));
if (!file) {
  console.error("usage: node bench/score-briefs.mjs BRIEFS.jsonl [--cli dist/cli.js]");
  process.exit(2);
}
const rows = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const dir = mkdtempSync(join(tmpdir(), "heartland-briefs-"));
mkdirSync(join(dir, "b"));
rows.forEach((r, i) => writeFileSync(join(dir, "b", `${String(i).padStart(4, "0")}.md`), r.text.endsWith("\n") ? r.text : r.text + "\n"));
const res = spawnSync("node", [cli, "check", join(dir, "b"), "--format", "json"], { encoding: "utf8", maxBuffer: 1 << 28 });
let files;
try {
  files = JSON.parse(res.stdout).files;
} catch {
  console.error(`${cli} check printed no JSON (exit ${res.status}): ${res.stderr.slice(-300)}`);
  process.exit(1);
}
const found = new Map();
for (const f of files) found.set(basename(f.file ?? f.path ?? ""), new Set((f.findings ?? []).map((x) => x.rule).filter((r) => SCORED.has(r))));
let tp = 0, fp = 0, pos = 0, flagged = 0;
const per = {};
rows.forEach((r, i) => {
  const got = found.get(`${String(i).padStart(4, "0")}.md`) ?? new Set();
  const want = RULE[r.label] ?? [];
  const allowed = new Set([r.label, ...(r.also ?? [])].flatMap((l) => RULE[l] ?? []));
  const hit = want.some((x) => got.has(x));
  const wrong = got.size > 0 && (!hit || [...got].some((x) => !allowed.has(x)));
  pos += want.length > 0; flagged += got.size > 0; tp += hit; fp += wrong;
  const s = (per[r.label] ??= [0, 0, 0]);
  s[0]++; s[1] += hit; s[2] += [...got].some((x) => !allowed.has(x));
  if (process.env.VERBOSE && ((want.length && !hit) || wrong)) {
    const body = r.text.replace(/^---[\s\S]*?---\s*/, "").replace(/\s+/g, " ");
    console.log(`  ${want.length && !hit ? "MISS" : "FALSE"} ${r.id} [${r.label}] (${r.kind ?? ""}) got [${[...got]}]: ${body.slice(0, 160)}`);
  }
});
for (const [label, [n, h, w]] of Object.entries(per).sort()) console.log(`  ${label.padEnd(38)} n=${String(n).padStart(3)} found=${String(h).padStart(3)} false-alarm=${String(w).padStart(3)}`);
console.log(`precision ${(flagged ? (flagged - fp) / flagged : 0).toFixed(2)} recall ${(pos ? tp / pos : 0).toFixed(2)} on ${rows.length} briefs (${tp} of ${pos} arguments found, ${fp} briefs with a false alarm)`);
rmSync(dir, { recursive: true, force: true });
