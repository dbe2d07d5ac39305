/**
 * The "Reframe as a § 3553(a) variance" quick fix (audit 13 D3): only the party's own request words change
 * ("depart downward" → "vary downward", "a downward departure" → "a downward variance"); never a citation,
 * "voluntary departure" (8 U.S.C. § 1229c), "departed for Mexico", or what a cited court did. Sentences from
 * the audit's briefs /tmp/audit13/b/df_1, df_4, df_5, df_6, cit_ca_2026.
 */
import * as assert from "node:assert/strict";
import { applyReframe, varianceReframeEdits } from "../../src/core/precedent/reframe";

const reframe = (s: string) => applyReframe(s, varianceReframeEdits(s));

describe("reframe as a § 3553(a) variance: the request words only (audit 13 D3)", () => {
  it("df_1: the citation and its subsections stay as written (no '§ 3553(a)(a)(2)(B)')", () => {
    const s = "Mr. Ruiz asks the Court to depart downward under USSG §5K2.0(a)(2)(B) because of his extraordinary family circumstances.";
    assert.equal(reframe(s), "Mr. Ruiz asks the Court to vary downward under USSG §5K2.0(a)(2)(B) because of his extraordinary family circumstances.");
  });
  it("df_4: a §§ list stays whole, and 'the Court departed in United States v. Doe' (an authority) is untouched", () => {
    const s = "Mr. Ruiz asks the Court to depart downward under USSG §§ 5H1.6 and 5K2.0 because of his family ties; the Court departed in United States v. Doe on similar facts.";
    assert.equal(reframe(s), "Mr. Ruiz asks the Court to vary downward under USSG §§ 5H1.6 and 5K2.0 because of his family ties; the Court departed in United States v. Doe on similar facts.");
  });
  it("df_5: 'voluntary departure' and 'departed for Mexico' (facts of a § 1326 case) are untouched", () => {
    const s = "Mr. Ruiz asks the Court to depart downward under USSG § 5K2.0 because, after his voluntary departure in 2009 and the date he departed for Mexico, he returned only to care for his dying mother.";
    const out = reframe(s);
    assert.ok(out.includes("after his voluntary departure in 2009 and the date he departed for Mexico"), out);
    assert.ok(out.startsWith("Mr. Ruiz asks the Court to vary downward under USSG § 5K2.0 because"), out);
  });
  it("df_6: 'such a departure' in the description of a holding is untouched", () => {
    const s = "Mr. Ruiz asks the Court to depart downward under USSG § 5K2.0; in United States v. Lopez-Zamora the Ninth Circuit held that the 2001 amendments do not forbid such a departure.";
    assert.equal(reframe(s), s.replace("to depart downward", "to vary downward"));
  });
  it("a downward departure asked for or said to be warranted becomes a downward variance; the rest of the sentence stays", () => {
    assert.equal(reframe("A downward departure for cultural assimilation is warranted."), "A downward departure for cultural assimilation is warranted.");
    assert.equal(reframe("A downward departure is warranted because of his family ties."), "A downward variance is warranted because of his family ties.");
    assert.equal(reframe("Mr. Ruiz requests a downward departure because of his family ties."), "Mr. Ruiz requests a downward variance because of his family ties.");
    assert.equal(reframe("His family ties warrant downward departures on both counts."), "His family ties warrant downward variances on both counts.");
  });
  it("no request recognised: no edit (a description of what a court did, a departure from the United States)", () => {
    for (const s of [
      "In United States v. Doe the Court granted a downward departure for family ties.",
      "The district court departed downward in United States v. Doe.",
      "He was granted voluntary departure in 2009 and departed the United States.",
      "Mr. Ruiz's departure from the United States in 2009 was voluntary.",
    ])
      assert.deepEqual(varianceReframeEdits(s), [], s);
  });
  it("each edit replaces only the departure word, case kept", () => {
    const s = "Depart downward, he asks; the Court should depart downward.";
    const edits = varianceReframeEdits(s);
    assert.deepEqual(edits, [{ start: s.lastIndexOf("depart"), end: s.lastIndexOf("depart") + 6, newText: "vary" }]);
  });
});
