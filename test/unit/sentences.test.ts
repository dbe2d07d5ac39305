import * as assert from "node:assert/strict";
import { sentencesOf, paragraphsOf, sentenceAt, clauseAround, briefSentences } from "../../src/core/brief/sentences";
import { proseOf } from "../../src/core/brief/prose";

const split = (t: string) => sentencesOf(t).map((s) => t.slice(s.start, s.end));

describe("sentencesOf", () => {
  it("does not end a sentence at legal abbreviations", () => {
    const t =
      "See United States v. Banuelos-Rodriguez, 215 F.3d 969, 978 (9th Cir. 2000) (en banc). Mr. Ruiz asks for a variance under U.S.S.G. § 2L1.2 and 18 U.S.C. § 3553(a). Id. at 4. No. 02-1628 is the docket. The end.";
    assert.deepEqual(split(t), [
      "See United States v. Banuelos-Rodriguez, 215 F.3d 969, 978 (9th Cir. 2000) (en banc).",
      "Mr. Ruiz asks for a variance under U.S.S.G. § 2L1.2 and 18 U.S.C. § 3553(a).",
      "Id. at 4.",
      "No. 02-1628 is the docket.",
      "The end.",
    ]);
  });

  it("ends a sentence after a section number and after a closing quote", () => {
    assert.deepEqual(split('The court applied § 2L1.2. He objected. She said "no." Then she left.'), [
      "The court applied § 2L1.2.",
      "He objected.",
      'She said "no."',
      "Then she left.",
    ]);
  });

  it("keeps e.g. and initials inside a sentence, and splits on ? and !", () => {
    assert.deepEqual(split("Courts, e.g. the Ninth, agree. J. Smith dissented? Yes! Done"), ["Courts, e.g. the Ninth, agree.", "J. Smith dissented?", "Yes!", "Done"]);
  });

  it("reports exact offsets within a range", () => {
    const t = "xx  First one. Second one.  yy";
    const s = sentencesOf(t, 2, 28);
    assert.deepEqual(s, [{ start: 4, end: 14 }, { start: 15, end: 26 }]);
  });
});

describe("paragraphsOf", () => {
  it("splits on blank lines, leaves out block quotes and headings start their own paragraph", () => {
    const t = "# Heading\nPara one\ncontinues.\n\n> quoted holding\n> more\n\nPara two.\n- item one\n- item two";
    const m = proseOf(t);
    const ps = paragraphsOf(m.prose, m.blockQuoteLines).map((p) => t.slice(p.start, p.end));
    assert.deepEqual(ps, ["# Heading", "Para one\ncontinues.", "Para two.", "- item one", "- item two"]);
  });
});

describe("sentenceAt / clauseAround / briefSentences (the one splitter the citation check uses)", () => {
  it("finds the sentence and the semicolon clause around a citation", () => {
    const t = "Intro. Section 5K2.19 was deleted in 2012; U.S.S.G. § 2L1.2 applies here. Next.\n\n> Quoted § 5K2.0.\n";
    const m = proseOf(t);
    const sentences = briefSentences(m.prose, m.blockQuoteLines);
    assert.deepEqual(sentences.map((s) => t.slice(s.start, s.end)), ["Intro.", "Section 5K2.19 was deleted in 2012; U.S.S.G. § 2L1.2 applies here.", "Next."]);
    const at = t.indexOf("§ 2L1.2");
    const s = sentenceAt(sentences, at)!;
    assert.equal(t.slice(s.start, s.end), "Section 5K2.19 was deleted in 2012; U.S.S.G. § 2L1.2 applies here.");
    const c = clauseAround(t, s, at, at + 7);
    assert.equal(t.slice(c.start, c.end), "U.S.S.G. § 2L1.2 applies here.");
    assert.equal(sentenceAt(sentences, t.indexOf("§ 5K2.0")), undefined, "a quotation is in no sentence of the brief");
  });
});
