/**
 * Session 40: probe qa's misses and audit findings mended in general form.
 */
import * as assert from "node:assert/strict";
import { Brief } from "../../src/core/brief/brief";
import { checkBrief } from "../../src/core/pipeline";

const findings = (text: string, circuit: string | null = "9") => checkBrief(new Brief(text), circuit ? { circuit: circuit as "9" } : {}, undefined).findings;
const lineOf = (text: string, at: number) => text.slice(0, at).split("\n").length;

describe("a section heading of the filing's own that asks relief on a ground stands over the model's doubt (probe qa-038)", () => {
  const MEMO = "---\ndocument: sentencing-memorandum\ncircuit: 3d Cir.\ndate: 2013-03-01\n---\n\n# Sentencing Memorandum\n\n## III. THE COURT SHOULD VARY TO ACCOUNT FOR THE GOVERNMENT'S REFUSAL TO EXTEND AN EARLY-DISPOSITION OFFER\n\nHe asked for the offer through counsel. The government declined.\n";
  it("the heading line is flagged, with the reason it stands in its trace", () => {
    const f = findings(MEMO, null).filter((x) => x.rule === "fast-track-disparity");
    assert.equal(f.length, 1);
    assert.equal(lineOf(MEMO, f[0].start), 9);
    assert.equal(f[0].severity, "information");
    assert.match(f[0].trace?.model?.overruled ?? "", /heading of the filing's own/);
  });
  it("not in a file with no author: the same heading in bare text stays vetoed", () => {
    const bare = "## III. THE COURT SHOULD VARY TO ACCOUNT FOR THE GOVERNMENT'S REFUSAL TO EXTEND AN EARLY-DISPOSITION OFFER\n\nHe asked for the offer. The government declined.\n";
    assert.equal(findings(bare, null).filter((x) => x.rule === "fast-track-disparity").length, 0);
  });
});

describe("a § 3582(c)(2) motion asking below a statutory minimum is warned: § 5G1.1 binds the amended range (audits 39c, 40a: pz-010, qa-056)", () => {
  const MOTION = "PRO SE MOTION FOR SENTENCE REDUCTION PURSUANT TO 18 U.S.C. § 3582(c)(2) AND AMENDMENT 706\n\nDefendant respectfully moves for a reduction of his 120-month sentence in light of Amendment 706, made retroactive effective March 3, 2008.\n\nDefendant asks the Court to reduce his sentence to 97 months, below the ten-year statutory minimum, because the minimum rests on the same 100-to-1 ratio.\n\nDated: June 2, 2008\n";
  it("a warning led by USSG § 5G1.1, binding everywhere", () => {
    const f = findings(MOTION, null).filter((x) => x.rule === "compassionate-release-mandatory-minimum");
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, "warning");
    assert.match(f[0].message, /^A § 3582\(c\)\(2\) motion cannot take a sentence below a statutory minimum/);
    assert.ok(f[0].authorities.some((a) => a.cite === "USSG § 5G1.1(b)–(c)" && a.binding), JSON.stringify(f[0].authorities.map((a) => a.cite)));
  });
  it("where the sentence rested on a substantial-assistance motion no § 5G1.1 warning is given", () => {
    const sa = MOTION.replace("because the minimum rests on the same 100-to-1 ratio", "because his original sentence already went below it on the government's substantial assistance motion");
    assert.equal(findings(sa, null).filter((x) => x.rule === "compassionate-release-mandatory-minimum" && x.severity === "warning").length, 0);
  });
});
