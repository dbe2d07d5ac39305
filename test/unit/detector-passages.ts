/**
 * Runs labelled passages through the detector's CUE STAGE under the latest Manual with no circuit set
 * (these passages were written to pin the cue stage's behaviour; the learned stage is measured on real
 * text, bench/corpus, and tested in precedent.model.test.ts):
 * a positive must produce exactly its rule among the scored rules, a negative none of them
 * (departure-framing and reentry-guideline-policy have no corpus label and are not scored, as in the corpus scoring).
 */
import * as assert from "node:assert/strict";
import { analyzeBrief } from "../../src/core/precedent/analyze";
import type { RuleId } from "../../src/core/precedent/types";
import { RULE_FILES } from "../../src/core/precedent/cues";

/** The rules the corpus scores (a rule file with a corpus label). */
const SCORED = new Set<string>(RULE_FILES.filter((r) => r.corpusLabel !== null).map((r) => r.id));

const latest = { circuit: null, edition: 2025 };

export function scoredRules(text: string): RuleId[] {
  return [...new Set(analyzeBrief(text, latest, undefined, { learned: false }).filter((x) => SCORED.has(x.rule)).map((x) => x.rule))].sort();
}

export function describePassages(title: string, positive: [RuleId, string][], negative: string[], width = 60): void {
  describe(title, () => {
    for (const [rule, text] of positive) {
      it(`finds ${rule}: ${text.slice(0, width)}…`, () => {
        assert.deepEqual(scoredRules(text), [rule]);
      });
    }
    for (const text of negative) {
      it(`finds nothing: ${text.slice(0, width)}…`, () => {
        assert.deepEqual(scoredRules(text), []);
      });
    }
  });
}
