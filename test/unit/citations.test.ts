import * as assert from "node:assert/strict";
import { citationAt, recognizeCitations } from "../../src/core/citations/recognize";
import { formatCitation } from "../../src/core/citations/types";
import { proseOf } from "../../src/core/brief/prose";

function cites(text: string) {
  return recognizeCitations(proseOf(text).prose, text).map((m) => ({ text: m.text, start: m.start, cite: formatCitation(m.citation), c: m.citation }));
}
function one(text: string) {
  const all = cites(text);
  assert.equal(all.length, 1, `expected one citation in ${JSON.stringify(text)}, got ${JSON.stringify(all.map((a) => a.text))}`);
  return all[0];
}

describe("recognizeCitations", () => {
  const forms: [string, string, string][] = [
    ["See U.S.S.G. § 2L1.2(b)(2)(A).", "U.S.S.G. § 2L1.2(b)(2)(A)", "USSG §2L1.2(b)(2)(A)"],
    ["USSG §2L1.2(b)(2)(A) applies", "USSG §2L1.2(b)(2)(A)", "USSG §2L1.2(b)(2)(A)"],
    ["U.S. Sentencing Guidelines Manual § 2L1.2(b)(2) (U.S. Sent'g Comm'n 2025).", "U.S. Sentencing Guidelines Manual § 2L1.2(b)(2) (U.S. Sent'g Comm'n 2025)", "USSG §2L1.2(b)(2)"],
    ["under Guidelines § 3E1.1(b), the", "Guidelines § 3E1.1(b)", "USSG §3E1.1(b)"],
    ["see § 2L1.2(b)(1)(A)(i).", "§ 2L1.2(b)(1)(A)(i)", "USSG §2L1.2(b)(1)(A)(i)"],
    ["under §§ 2L1.2(b)(2)–(3) both", "§§ 2L1.2(b)(2)–(3)", "USSG §§2L1.2(b)(2)–(3)"],
    ["USSG §2L1.2, comment. (n.5).", "USSG §2L1.2, comment. (n.5)", "USSG §2L1.2, comment. (n.5)"],
    ["§2L1.2, comment. (n.5) says", "§2L1.2, comment. (n.5)", "USSG §2L1.2, comment. (n.5)"],
    ["§ 2L1.2 cmt. n.5 says", "§ 2L1.2 cmt. n.5", "USSG §2L1.2, comment. (n.5)"],
    ["§ 2L1.2 app. note 5 says", "§ 2L1.2 app. note 5", "USSG §2L1.2, comment. (n.5)"],
    ["U.S.S.G. ch. 5, pt. A.", "U.S.S.G. ch. 5, pt. A", "USSG ch. 5, pt. A"],
    ["8 U.S.C. § 1326(b)(2).", "8 U.S.C. § 1326(b)(2)", "8 U.S.C. § 1326(b)(2)"],
    ["18 U.S.C. § 3553(a)(6) requires", "18 U.S.C. § 3553(a)(6)", "18 U.S.C. § 3553(a)(6)"],
    ["18 U.S.C. § 3582(c)(1)(A).", "18 U.S.C. § 3582(c)(1)(A)", "18 U.S.C. § 3582(c)(1)(A)"],
    ["Fed. R. Crim. P. 35(a).", "Fed. R. Crim. P. 35(a)", "Fed. R. Crim. P. 35(a)"],
    ["USSG §1B1.1, comment. (n.1(E)).", "USSG §1B1.1, comment. (n.1(E))", "USSG §1B1.1, comment. (n.1(E))"],
    ["U.S.S.G. §§ 5K2.0–5K2.24 were deleted", "U.S.S.G. §§ 5K2.0–5K2.24", "USSG §§5K2.0–5K2.24"],
    ["Application Note 5 to § 2L1.2 permits", "Application Note 5 to § 2L1.2", "USSG §2L1.2, comment. (n.5)"],
    ["under § 1326(b)(2) the", "§ 1326(b)(2)", "8 U.S.C. § 1326(b)(2)"],
    ["U.S.S.G. § 2L1.2 (2015) governs", "U.S.S.G. § 2L1.2 (2015)", "USSG §2L1.2"],
  ];
  for (const [text, matched, canonical] of forms) {
    it(`recognises ${matched}`, () => {
      const c = one(text);
      assert.equal(c.text, matched);
      assert.equal(c.start, text.indexOf(matched));
      assert.equal(c.cite, canonical);
    });
  }

  it("parses the parts of a citation", () => {
    assert.deepEqual(one("U.S.S.G. § 2L1.2(b)(2)(A)").c, { kind: "guideline", section: "2L1.2", subsection: ["b", "2", "A"] });
    assert.deepEqual(one("8 U.S.C. § 1326(b)(2)").c, { kind: "statute", title: 8, section: "1326", subsection: ["b", "2"] });
    assert.equal((one("U.S. Sentencing Guidelines Manual § 2L1.2(b)(2) (U.S. Sent'g Comm'n 2025)").c as { editionInCitation?: number }).editionInCitation, 2025);
  });

  it("a §§ list is one citation per section, each at its own offsets (audit 12, D7)", () => {
    const t = "depart under USSG §§ 5K2.0, 5K2.19. Also U.S.S.G. §§ 3E1.1 and 4A1.1; §§ 5H1.1, 5H1.6, and 5K2.0 (2011).";
    const all = cites(t);
    assert.deepEqual(
      all.map((a) => [a.text, a.start, a.cite]),
      [
        ["USSG §§ 5K2.0", t.indexOf("USSG §§"), "USSG §5K2.0"],
        ["5K2.19", t.indexOf("5K2.19"), "USSG §5K2.19"],
        ["U.S.S.G. §§ 3E1.1", t.indexOf("U.S.S.G. §§"), "USSG §3E1.1"],
        ["4A1.1", t.indexOf("4A1.1"), "USSG §4A1.1"],
        ["§§ 5H1.1", t.indexOf("§§ 5H1.1"), "USSG §5H1.1"],
        ["5H1.6", t.indexOf("5H1.6"), "USSG §5H1.6"],
        ["5K2.0 (2011)", t.lastIndexOf("5K2.0"), "USSG §5K2.0"],
      ],
    );
    // a hover on the second section finds it, not the first
    const ms = recognizeCitations(proseOf(t).prose, t);
    assert.equal(formatCitation(citationAt(ms, t.indexOf("5K2.19") + 3)!.citation), "USSG §5K2.19");
    assert.equal(citationAt(ms, t.indexOf(", 5K2.19")), ms[0]);
    // the year that ends the list dates each section of it
    assert.deepEqual(all.slice(4).map((a) => (a.c as { editionInCitation?: number }).editionInCitation), [2011, 2011, 2011]);
    // a range stays one citation (its sections are not invented), and a list may follow it
    assert.deepEqual(cites("U.S.S.G. §§ 5K2.0–5K2.23, 5K3.1 apply").map((a) => [a.text, a.cite]), [["U.S.S.G. §§ 5K2.0–5K2.23", "USSG §§5K2.0–5K2.23"], ["5K3.1", "USSG §5K3.1"]]);
    // a single sign, or words after "and" that are no section, make no list
    assert.deepEqual(cites("USSG § 5K2.0, 5K2.19").map((a) => a.text), ["USSG § 5K2.0"]);
    assert.deepEqual(cites("USSG §§ 2L1.2 and 18 U.S.C. § 3553(a)").map((a) => a.text), ["USSG §§ 2L1.2", "18 U.S.C. § 3553(a)"]);
    assert.deepEqual(cites("§§ 2L1.2 andrew 3E1.1").map((a) => a.text), ["§§ 2L1.2"]);
  });

  it("a statute's §§ list is one citation per section of the same title; another title's citation ends it", () => {
    assert.deepEqual(
      cites("under 18 U.S.C. §§ 3553(a), 3582(c)(1)(A), and 3583(b) the Court").map((a) => [a.text, a.cite]),
      [["18 U.S.C. §§ 3553(a)", "18 U.S.C. § 3553(a)"], ["3582(c)(1)(A)", "18 U.S.C. § 3582(c)(1)(A)"], ["3583(b)", "18 U.S.C. § 3583(b)"]],
    );
    assert.deepEqual(cites("See 8 U.S.C. §§ 1326(a) and 1326(e).").map((a) => a.cite), ["8 U.S.C. § 1326(a)", "8 U.S.C. § 1326(e)"]);
    assert.deepEqual(cites("See 18 U.S.C. §§ 3553(a), 28 U.S.C. § 994(t).").map((a) => a.cite), ["18 U.S.C. § 3553(a)", "28 U.S.C. § 994(t)"]);
    // a single sign makes no list; a bare subsection after the comma is no section
    assert.deepEqual(cites("18 U.S.C. § 3553(a), 3582").map((a) => a.text), ["18 U.S.C. § 3553(a)"]);
    assert.deepEqual(cites("18 U.S.C. §§ 3553(a), (f)").map((a) => a.text), ["18 U.S.C. §§ 3553(a)"]);
  });

  it("\"section 5K2.19 of the Guidelines\" and \"sections 5K2.0 and 5K2.19\" (audit 12, D7); not \"subsection\" or a statute", () => {
    const t = "depart under section 5K2.19 of the Guidelines, or Sections 5K2.0 and 5K2.19; subsection 5K2.0 no; section 1326 no.";
    assert.deepEqual(
      cites(t).map((a) => [a.text, a.start, a.cite]),
      [
        ["section 5K2.19", t.indexOf("section 5K2.19"), "USSG §5K2.19"],
        ["Sections 5K2.0", t.indexOf("Sections"), "USSG §5K2.0"],
        ["5K2.19", t.lastIndexOf("5K2.19"), "USSG §5K2.19"],
      ],
    );
  });

  it("follows a citation across a line wrap", () => {
    const text = "as U.S.S.G.\n§ 2L1.2(b)(2)(A) provides, and 8 U.S.C.\n§ 1326(b)(2) caps it";
    const all = cites(text);
    assert.deepEqual(all.map((a) => a.cite), ["USSG §2L1.2(b)(2)(A)", "8 U.S.C. § 1326(b)(2)"]);
    assert.equal(all[0].text, "U.S.S.G.\n§ 2L1.2(b)(2)(A)");
    assert.equal(all[0].start, 3);
  });

  it("follows a citation across a wrap inside a block quote", () => {
    const text = "> The court applied U.S.S.G.\n> § 2L1.2(b)(1)(A) and 8 U.S.C.\n>  § 1326(b)(2) here.";
    const all = cites(text);
    assert.deepEqual(all.map((a) => a.cite), ["USSG §2L1.2(b)(1)(A)", "8 U.S.C. § 1326(b)(2)"]);
    assert.equal(all[0].text, "U.S.S.G.\n> § 2L1.2(b)(1)(A)");
  });

  it("finds nothing inside code, inline code, link targets or comments", () => {
    const text = [
      "```",
      "U.S.S.G. § 2L1.2(b)(2)(A)",
      "```",
      "Inline `USSG §2L1.2` code and [the guideline](https://example.com/§2L1.2(b)) link.",
      "<!-- 8 U.S.C. § 1326(b)(2) -->",
    ].join("\n");
    assert.deepEqual(cites(text), []);
  });

  it("does not take ordinary words or unknown bare sections for citations", () => {
    assert.deepEqual(cites("The Guidelines are advisory. Section 5 of the brief. § 12 of the contract. U.S.C. generally."), []);
  });

  it("stays linear on hostile input", () => {
    const text = "§".repeat(20000) + "(".repeat(20000) + "U.S.S.G. ".repeat(5000);
    const t0 = Date.now();
    cites(text);
    assert.ok(Date.now() - t0 < 1000);
  });
});

describe("recognizeCitations: Id. after a guideline citation", () => {
  it("takes the section from the guideline cited before", () => {
    const text = "See U.S.S.G. § 2L1.2(b)(2)(B). The note agrees. Id. cmt. n.5. So does Id., comment. (n.1(B)(vii)), and Id. (b)(3) too.";
    const all = cites(text);
    assert.deepEqual(all.map((a) => [a.text, a.cite]), [
      ["U.S.S.G. § 2L1.2(b)(2)(B)", "USSG §2L1.2(b)(2)(B)"],
      ["Id. cmt. n.5", "USSG §2L1.2, comment. (n.5)"],
      ["Id., comment. (n.1(B)(vii))", "USSG §2L1.2, comment. (n.1(B)(vii))"],
      ["Id. (b)(3)", "USSG §2L1.2(b)(3)"],
    ]);
    assert.equal(all[1].start, text.indexOf("Id. cmt."));
  });

  it("is not a guideline citation after a case citation, alone, or with no guideline before", () => {
    assert.deepEqual(cites("See U.S.S.G. § 2L1.2. United States v. Leiva-Deras, 359 F.3d 183, 190 (2d Cir. 2004). Id. at 191.").map((a) => a.cite), ["USSG §2L1.2"]);
    assert.deepEqual(cites("See U.S.S.G. § 2L1.2. Id. The court agreed.").map((a) => a.cite), ["USSG §2L1.2"]);
    assert.deepEqual(cites("Id. cmt. n.5."), []);
    assert.deepEqual(cites("See 8 U.S.C. § 1326(b)(2). Id. cmt. n.5.").map((a) => a.cite), ["8 U.S.C. § 1326(b)(2)"]);
  });
});
