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
