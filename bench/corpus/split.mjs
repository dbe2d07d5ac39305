// Assemble the real corpus from the collectors' batches (bench/corpus/raw/*.jsonl) and split it
// BY CASE (every document about the same case — an opinion, its appeal, a blog post on it — goes to
// one split) into train / dev / test: 60 / 20 / 20 by a stable hash of the case.
//
//   node bench/corpus/split.mjs a,b,c      writes bench/corpus/{train,dev,test}.jsonl from raw/{a,b,c}.jsonl
//                                          (the batches that are complete; default: every raw file)
//
// The test split is FROZEN: once a batch's passages are in bench/corpus/test.jsonl they never
// move (the script exits 1 if one would); a new batch's test-split passages are appended once.
// Passages whose text appears in the shared dev sets or in bench/*.jsonl are dropped.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";

const here = path.dirname(new URL(import.meta.url).pathname);
const raw = path.join(here, "raw");
const shared = path.join(here, "..", "..", "..", "shared", "corpus");

const LABELS = new Set(["fast_track_disparity", "prior_offense_minor", "revocation_sentence_counted", "reentry_motive", "deportable_alien_status",
  "post_sentencing_rehabilitation", "compassionate_release_family", "compassionate_release_rehabilitation", "below_mandatory_minimum", "cultural_assimilation", "none"]);

const norm = (t) => t.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
const readJsonl = (f) => fs.existsSync(f) ? fs.readFileSync(f, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l)) : [];

/** The case a document is about: the party names of "X v. Y" (first caption), else the document string. */
export function caseOf(document) {
  const d = document.replace(/\s+/g, " ");
  const m = /([A-Z][^,;()]{0,80}?)\s+v\.?\s+([^,;()]{1,80})/.exec(d);
  if (m) {
    const party = (s) => norm(s).replace(/\b(united states of america|united states|usa|u s|us|the|of america)\b/g, "").replace(/\s+/g, " ").trim();
    const a = party(m[1]), b = party(m[2]);
    const key = [a, b].filter(Boolean).join(" v ");
    if (key) return key;
  }
  return norm(d).slice(0, 80);
}

function splitOf(key) {
  const h = crypto.createHash("sha256").update(key).digest();
  const x = h.readUInt32BE(0) / 2 ** 32;
  return x < 0.6 ? "train" : x < 0.8 ? "dev" : "test";
}

// Run as a script (not when bench/train.mjs imports caseOf).
if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) main();

function main() {
  const known = new Set();
  for (const f of ["passages.dev.jsonl", "passages.real2.jsonl"]) for (const r of readJsonl(path.join(shared, f))) known.add(norm(r.text));
  for (const f of fs.readdirSync(path.join(here, "..")).filter((f) => f.endsWith(".jsonl"))) for (const r of readJsonl(path.join(here, "..", f))) known.add(norm(r.text));

  const out = { train: [], dev: [], test: [] };
  const seen = new Set();
  let dropped = 0;
  // Passages already frozen in the test split win a duplicate (read first), so a later batch never moves them.
  const testFile0 = path.join(here, "test.jsonl");
  const frozenIds = new Set(readJsonl(testFile0).map((r) => r.id));
  const only = process.argv[2] ? new Set(process.argv[2].split(",").map((b) => b + ".jsonl")) : undefined;
  const all = fs.readdirSync(raw).filter((f) => f.endsWith(".jsonl") && (!only || only.has(f))).sort().flatMap((f) => readJsonl(path.join(raw, f)).map((r) => ({ f, r })));
  all.sort((a, b) => Number(frozenIds.has(b.r.id)) - Number(frozenIds.has(a.r.id)));
  {
    for (const { f, r } of all) {
      if (!LABELS.has(r.label) || !r.text || !r.document) throw new Error(`${f} ${r.id}: bad row`);
      const n = norm(r.text);
      if (known.has(n) || seen.has(n)) { dropped++; continue; }
      seen.add(n);
      const key = caseOf(r.document);
      out[splitOf(key)].push({ ...r, case: key });
    }
  }

  const testFile = path.join(here, "test.jsonl");
  // The test split is append-only: a batch's test passages join it once, when the batch is first split,
  // and never change after (scored once per milestone, never used to tune).
  const batchOf = (id) => id.split("-")[0];
  if (fs.existsSync(testFile)) {
    const frozen = readJsonl(testFile);
    const ids = new Set(frozen.map((r) => r.id));
    const frozenBatches = new Set(frozen.map((r) => batchOf(r.id)));
    const now = new Set(out.test.map((r) => r.id));
    const moved = [...ids].filter((i) => !now.has(i));
    if (moved.length) { console.error(`test split is frozen, but ${moved.length} passage(s) would leave it: ${moved.slice(0, 5).join(", ")}`); process.exit(1); }
    const added = out.test.filter((r) => !ids.has(r.id));
    const late = added.filter((r) => frozenBatches.has(batchOf(r.id)));
    if (late.length) { console.error(`test split is frozen for batch(es) ${[...new Set(late.map((r) => batchOf(r.id)))]}, but ${late.length} new passage(s) would join it`); process.exit(1); }
    if (added.length) console.log(`test: ${added.length} passage(s) of new batch(es) ${[...new Set(added.map((r) => batchOf(r.id)))]} appended`);
    out.test = [...frozen, ...added];
  }
  fs.writeFileSync(testFile, out.test.map((r) => JSON.stringify(r)).join("\n") + "\n");
  for (const s of ["train", "dev"]) fs.writeFileSync(path.join(here, s + ".jsonl"), out[s].map((r) => JSON.stringify(r)).join("\n") + "\n");
  for (const s of ["train", "dev", "test"]) {
    const pos = out[s].filter((r) => r.label !== "none" && r.label !== "cultural_assimilation").length;
    const adv = out[s].filter((r) => r.voice === "advocacy").length;
    console.log(`${s}: ${out[s].length} passages (${pos} arguments, ${adv} advocacy) from ${new Set(out[s].map((r) => r.case)).size} cases`);
  }
  console.log(`dropped ${dropped} duplicate(s) of known passages`);
}
