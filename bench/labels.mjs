// The corpus labels and the rules that count as finding each, from the rule files' `corpusLabel`
// (src/data/rules/<rule>.json): departure-after-sentencing also counts for a post-sentencing-rehabilitation passage.
// One map for the bench scorers (score.mjs, score-briefs.mjs), as ../shared/tools/score-detector counts.
import { readdirSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const rulesDir = join(dirname(fileURLToPath(import.meta.url)), "..", "src", "data", "rules");
/** label → the rules that find it. */
export const RULE = {};
for (const f of readdirSync(rulesDir).filter((n) => n.endsWith(".json")).sort()) {
  const r = JSON.parse(readFileSync(join(rulesDir, f), "utf8"));
  if (r.corpusLabel) (RULE[r.corpusLabel] ??= []).push(r.id);
}
/** Every rule a scorer counts (a finding of any other rule is not scored). */
export const SCORED = new Set(Object.values(RULE).flat());
