import * as assert from "node:assert/strict";
import { readArguments } from "../../src/core/precedent/analyze";

/** The cue stage alone (no learned stage): what a quotation's owner changes. */
const cueRules = (text: string) => readArguments(text, {}, false).map((d) => d.rule);
/** Both stages. */
const rules = (text: string) => readArguments(text).map((d) => d.rule);

describe("a long quotation is the party's words when the party says them", () => {
  it("past an opening phrase and a hyphenated name, with a court only as the request's object (f-0043, 11th Cir.)", () => {
    const text = 'On appeal, Vega-Castillo requests that this court remand his case to the district court for resentencing and order the district court "to consider the disparity caused by nationally disparate \'fast-track\' sentencing when considering the factors in 18 U.S.C. § 3553(a)."';
    assert.deepEqual(cueRules(text), ["fast-track-disparity"]);
  });
  it("a quotation that opens on the party's verb right after the party (t-0014, 3d Cir.)", () => {
    const text = 'However, Villar "sought adjustment of his sentence under the \'fast track\' of Section 5K3.1, U.S. Sentencing Guidelines and Title 18 Section 3553(a)(6)." Appellant\'s Br. at 13.';
    // (its words name the program, not the disparity: the learned stage proposes it)
    assert.deepEqual(rules(text), ["fast-track-disparity"]);
  });
  it("a quotation followed by a cite to the party's brief", () => {
    const text = 'The sentence, he says, ignores "the disparity caused by fast-track programs that were never offered in this district to anyone" (Appellant\'s Br. at 9) and should be vacated.';
    assert.ok(cueRules(text).includes("fast-track-disparity"));
  });
  it("still the court's words where a court speaks before the quotation", () => {
    for (const text of [
      'On appeal, Vega-Castillo requests a remand, but the district court explained that "the disparity caused by fast-track sentencing in other districts is not unwarranted and is no basis for a variance."',
      'However, the Fifth Circuit "sought to resolve the disparity caused by fast-track programs in other districts by deferring to Congress."',
    ]) assert.deepEqual(cueRules(text), [], text);
  });
});
