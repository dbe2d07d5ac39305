/**
 * A floor under the detector on the real corpus's DEV split (bench/corpus/dev.jsonl, passages copied
 * from public documents, split by case): precision and recall scored exactly as
 * ../shared/tools/score-detector scores them. The shipped model is trained on train AND dev (its
 * threshold chosen by cross-validation, `bench/train.mjs --cv 5 --final`), so this is an in-sample
 * floor: it catches a change that breaks the detector or its features, not a measure of accuracy
 * (that is the cross-validation and the frozen TEST split in bench/README.md; the test split is never
 * read by a test). The floors sit a little under the figures the shipped detector reaches.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { analyzeBrief } from "../../src/core/precedent/analyze";

const RULE: Record<string, string[]> = {
  fast_track_disparity: ["fast-track-disparity"], prior_offense_minor: ["prior-conviction-seriousness"], revocation_sentence_counted: ["revocation-sentence"],
  reentry_motive: ["reentry-motive"], deportable_alien_status: ["deportable-alien-status"],
  post_sentencing_rehabilitation: ["post-sentencing-rehabilitation", "departure-after-sentencing"],
  compassionate_release_family: ["compassionate-release-family"], compassionate_release_rehabilitation: ["compassionate-release-rehabilitation"],
  below_mandatory_minimum: ["compassionate-release-mandatory-minimum"],
};
const SCORED = new Set<string>(Object.values(RULE).flat());

export function scorePassages(rows: { label: string; also?: string[]; text: string }[]): { precision: number; recall: number } {
  let tp = 0, fp = 0, pos = 0, flagged = 0;
  for (const r of rows) {
    const text = r.text.split(/\s+/).filter(Boolean).join(" ");
    const got = new Set<string>(analyzeBrief(text, { circuit: null, edition: 2025 }).map((f) => f.rule).filter((x) => SCORED.has(x)));
    const want = RULE[r.label] ?? [];
    const allowed = new Set([r.label, ...(r.also ?? [])].flatMap((l) => RULE[l] ?? []));
    const hit = want.length > 0 && want.some((w) => got.has(w));
    pos += want.length > 0 ? 1 : 0;
    flagged += got.size > 0 ? 1 : 0;
    tp += hit ? 1 : 0;
    if (got.size > 0 && (!hit || [...got].some((x) => !allowed.has(x)))) fp++;
  }
  return { precision: flagged ? (flagged - fp) / flagged : 0, recall: pos ? tp / pos : 0 };
}

describe("detector on real text: the corpus dev split", () => {
  it("keeps precision >= 0.85 and recall >= 0.74 (in-sample; shipped detector P 0.88 R 0.78)", function () {
    this.timeout(30000);
    const file = path.resolve(__dirname, "../../../bench/corpus/dev.jsonl");
    const rows = fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
    assert.ok(rows.length >= 300, `${rows.length} passages`);
    const s = scorePassages(rows);
    assert.ok(s.precision >= 0.85, `precision ${s.precision.toFixed(3)}`);
    assert.ok(s.recall >= 0.74, `recall ${s.recall.toFixed(3)}`);
  });
});
