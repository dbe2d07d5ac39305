// The rule files' written examples as labelled passages, for training the learned stage with a small
// weight (they are behaviour tests, never a measurement):
//
//   node bench/rule-examples.mjs > /tmp/rule-examples.jsonl
//   node bench/train.mjs --train …,/tmp/rule-examples.jsonl --weights …,rule-examples:0.3
//
// A must-flag example of a scored rule carries that rule's label; every other example carries the scored
// rules the detector finds in it today other than the one it must not flag (usually none), so the model
// is taught exactly what the rule-file tests ask. Examples with front matter (a brief's context) are left
// out: the passage features are read without context.
import fs from "node:fs";
import path from "node:path";
import esbuild from "esbuild";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const LABEL = {
  "fast-track-disparity": "fast_track_disparity", "prior-conviction-seriousness": "prior_offense_minor", "revocation-sentence": "revocation_sentence_counted",
  "reentry-motive": "reentry_motive", "deportable-alien-status": "deportable_alien_status", "post-sentencing-rehabilitation": "post_sentencing_rehabilitation",
  "compassionate-release-family": "compassionate_release_family", "compassionate-release-rehabilitation": "compassionate_release_rehabilitation",
  "compassionate-release-mandatory-minimum": "below_mandatory_minimum",
};
const bundle = await esbuild.build({ entryPoints: [path.join(root, "src/core/precedent/analyze.ts")], bundle: true, format: "esm", write: false, platform: "neutral", logLevel: "error" });
const core = await import("data:text/javascript;base64," + Buffer.from(bundle.outputFiles[0].text).toString("base64"));
const dir = path.join(root, "src/data/rules");
let n = 0;
for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(".json")).sort()) {
  const rule = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
  for (const [kind, texts] of [["flag", rule.examples.flag], ["noFlag", rule.examples.noFlag]]) {
    for (const text of texts) {
      if (text.trimStart().startsWith("---")) continue;
      const found = [...new Set(core.analyzeBrief(text, { circuit: null, edition: 2025 }).map((x) => x.rule))].filter((r) => LABEL[r] && r !== rule.id);
      const labels = kind === "flag" && LABEL[rule.id] ? [LABEL[rule.id]] : found.map((r) => LABEL[r]);
      const [label = "none", ...also] = labels;
      console.log(JSON.stringify({ id: `rule-examples-${String(++n).padStart(3, "0")}`, label, ...(also.length ? { also } : {}), text, document: `${rule.id} ${kind} ${n}`, source: `src/data/rules/${f}`, source_type: "written", voice: "written" }));
    }
  }
}
