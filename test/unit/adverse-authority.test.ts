/**
 * Audit 14 D9: "Insert the adverse authority" inserts the finding's `butSee`. Where the outcome gives none of its
 * own, the rule's default led with a case of another circuit (Thacker, 7th Cir.; Martinez-Ramos, 9th Cir.) while the
 * message named the brief's own binding case (Bricker, Jenkins, Garay): the sentence now cites the finding's lead,
 * with its holding as the parenthetical where the data has a short, verified one without parentheses of its own.
 */
import * as assert from "node:assert/strict";
import { analyzeBrief } from "../../src/core/precedent/analyze";
import type { AnalysisSettings, Finding } from "../../src/core/precedent/types";

const STACK = "He argues that the First Step Act's nonretroactive change to § 924(c) stacking is an extraordinary and compelling reason for a reduction.";
const ALIEN = "Mr. Soto asks the Court to depart downward because, as a deportable alien, he is ineligible for a halfway house.";

function finding(text: string, s: AnalysisSettings, rule: string): Finding {
  const f = analyzeBrief(text, s).find((x) => x.rule === rule);
  assert.ok(f, `no ${rule} finding`);
  return f;
}

describe("Insert the adverse authority: the brief's own circuit's binding case, never another circuit's (audit 14 D9)", () => {
  it("6th Cir., 2025 motion: Bricker (the message's lead), not Thacker (7th Cir.)", () => {
    const f = finding(STACK, { circuit: "6", edition: 2024, briefDate: "2025-06-01", compassionate: true }, "compassionate-release-mandatory-minimum");
    assert.ok(f.message.includes("United States v. Bricker"), f.message);
    assert.equal(f.butSee, "But see United States v. Bricker, Nos. 24-3286, 24-3289, 24-5182 (6th Cir. Apr. 22, 2025).");
  });
  it("6th Cir., 2022 motion: Hunter, with its holding as the parenthetical", () => {
    const f = finding(STACK, { circuit: "6", edition: 2021, briefDate: "2022-06-01", compassionate: true }, "compassionate-release-mandatory-minimum");
    assert.ok(f.message.includes("United States v. Hunter"), f.message);
    assert.equal(f.butSee, "But see United States v. Hunter, 12 F.4th 555 (6th Cir. 2021) (nonretroactive changes in law and facts that existed at sentencing cannot be extraordinary and compelling reasons).");
  });
  it("D.C. Cir., 2023 motion: Jenkins, not Thacker", () => {
    const f = finding(STACK, { circuit: "dc", edition: 2022, briefDate: "2023-03-01", compassionate: true }, "compassionate-release-mandatory-minimum");
    assert.ok(f.message.includes("United States v. Jenkins"), f.message);
    assert.equal(f.butSee, "But see United States v. Jenkins, 50 F.4th 1185 (D.C. Cir. 2022).");
  });
  it("5th Cir., § 1326, 2004: Garay, not Martinez-Ramos (9th Cir.)", () => {
    const f = finding(ALIEN, { circuit: "5", edition: 2003, offense: "8 U.S.C. § 1326", sentencingDate: "2004-03-01" }, "deportable-alien-status");
    assert.ok(f.message.includes("United States v. Garay"), f.message);
    assert.equal(f.butSee, "But see United States v. Garay, No. 00-40048 (5th Cir. Dec. 7, 2000).");
  });
  it("the default stands where its case binds in the brief's circuit (7th Cir.: Thacker; 9th Cir.: Martinez-Ramos) or no circuit is set", () => {
    const thacker = "But see United States v. Thacker, 4 F.4th 569 (7th Cir. 2021) (nonretroactive First Step Act changes to § 924(c) are not extraordinary and compelling reasons); id. at 574 (concern about using § 3582(c)(1)(A) to escape mandatory minimums).";
    assert.equal(finding(STACK, { circuit: "7", edition: 2022, briefDate: "2023-03-01", compassionate: true }, "compassionate-release-mandatory-minimum").butSee, thacker);
    assert.equal(finding(STACK, { circuit: null, edition: 2022, briefDate: "2023-03-01", compassionate: true }, "compassionate-release-mandatory-minimum").butSee, thacker);
    const f = finding(ALIEN, { circuit: "9", edition: 2003, offense: "8 U.S.C. § 1326", sentencingDate: "2004-03-01" }, "deportable-alien-status");
    assert.ok(f.butSee.startsWith("But see United States v. Martinez-Ramos, 184 F.3d 1055 (9th Cir. 1999)"), f.butSee);
  });
  it("4th Cir.: the circuit's own binding lead (McCoy) allows the argument — no other circuit's case is inserted against it, no quick fix", () => {
    const f = finding(STACK, { circuit: "4", edition: 2022, briefDate: "2023-03-01", compassionate: true }, "compassionate-release-mandatory-minimum");
    assert.ok(f.message.includes("United States v. McCoy"), f.message);
    assert.equal(f.butSee, "");
  });
  it("no finding in any circuit inserts a 'But see' that leads with a case binding nowhere in its circuit while naming another as the lead", () => {
    // every circuit, the two rules whose defaults lead with one circuit's case
    for (const circuit of ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "dc"]) {
      for (const [text, s, rule, other] of [
        [STACK, { circuit, edition: 2022, briefDate: "2023-03-01", compassionate: true }, "compassionate-release-mandatory-minimum", "Thacker"],
        [ALIEN, { circuit, edition: 2003, offense: "8 U.S.C. § 1326", sentencingDate: "2004-03-01" }, "deportable-alien-status", "Martinez-Ramos"],
      ] as [string, AnalysisSettings, string, string][]) {
        const f = analyzeBrief(text, s).find((x) => x.rule === rule);
        if (!f || !f.butSee.includes(other)) continue;
        assert.ok(f.message.includes(other) || (circuit === "7" && other === "Thacker") || (circuit === "9" && other === "Martinez-Ramos"), `${circuit}: ${f.message}\n${f.butSee}`);
      }
    }
  });
});
