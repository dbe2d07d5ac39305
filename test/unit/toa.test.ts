import * as assert from "node:assert/strict";
import { TOA_END, TOA_START, buildTableOfAuthorities, collectAuthorities } from "../../src/core/toa";

const BRIEF = [
  "# Brief", // 1
  "", // 2
  "## Introduction", // 3
  "", // 4
  "He pleaded guilty under 8 U.S.C. § 1326(b)(2).", // 5
  "", // 6
  "## Argument", // 7
  "", // 8
  "*See United States v. Banuelos-Rodriguez*, 215 F.3d 969, 978 (9th Cir. 2000) (en banc); United States v. Zed, 1 F.3d 2 (1st Cir. 1990).", // 9
  "Banuelos-Rodriguez, 215 F.3d at 973-77. Id. at 975 n.4. U.S.S.G. § 2L1.2(b)(2)(A); USSG §2L1.2, comment. (n.5); U.S.S.G. § 3E1.1.", // 10
  "United States v. Leyva-Martinez, No. 8:21CR232 (D. Neb. Sept. 13, 2023); 18 U.S.C. § 3553(a); Fed. R. Crim. P. 35(a).", // 11
  "", // 12
  "```", // 13
  "Koon v. United States, 518 U.S. 81 (1996); 18 U.S.C. § 3582(c)(1)(A)", // 14
  "```", // 15
  "",
].join("\n");

const TABLE = [
  TOA_START,
  "## Table of Authorities",
  "",
  "### Cases",
  "",
  "| Authority | Cited in |",
  "| --- | --- |",
  "| United States v. Banuelos-Rodriguez, 215 F.3d 969 (9th Cir. 2000) (en banc) | [Argument](#argument) |",
  "| United States v. Leyva-Martinez, No. 8:21CR232 (D. Neb. Sept. 13, 2023) | [Argument](#argument) |",
  "| United States v. Zed, 1 F.3d 2 (1st Cir. 1990) | [Argument](#argument) |",
  "",
  "### Statutes",
  "",
  "| Authority | Cited in |",
  "| --- | --- |",
  "| 8 U.S.C. § 1326(b)(2) | [Introduction](#introduction) |",
  "| 18 U.S.C. § 3553(a) | [Argument](#argument) |",
  "",
  "### Guidelines",
  "",
  "| Authority | Cited in |",
  "| --- | --- |",
  "| U.S.S.G. § 2L1.2(b)(2)(A) | [Argument](#argument) |",
  "| U.S.S.G. § 2L1.2, comment. (n.5) | [Argument](#argument) |",
  "| U.S.S.G. § 3E1.1 | [Argument](#argument) |",
  "",
  "### Rules",
  "",
  "| Authority | Cited in |",
  "| --- | --- |",
  "| Fed. R. Crim. P. 35(a) | [Argument](#argument) |",
  "",
  TOA_END,
].join("\n");

function apply(text: string, r: { start: number; end: number; newText: string }): string {
  return text.slice(0, r.start) + r.newText + text.slice(r.end);
}

describe("table of authorities", () => {
  it("lists cases, statutes, guidelines and rules with links to the sections that cite them (no line numbers)", () => {
    const r = buildTableOfAuthorities(BRIEF);
    assert.equal(r.table, TABLE);
    assert.equal(r.replaced, false);
    assert.equal(r.start, BRIEF.length);
    assert.equal(apply(BRIEF, r), BRIEF + "\n" + TABLE + "\n");
  });

  it("short forms and Id. count as places of their authority; code blocks do not", () => {
    const e = collectAuthorities(BRIEF).find((x) => x.authority.startsWith("United States v. Banuelos-Rodriguez"))!;
    assert.deepEqual(e.places.map((p) => p.line), [9, 10, 10]);
    assert.ok(!collectAuthorities(BRIEF).some((x) => x.authority.includes("Koon") || x.authority.includes("3582")));
  });

  it("inserts at the given offset with blank lines around it", () => {
    const at = BRIEF.indexOf("## Introduction");
    const r = buildTableOfAuthorities(BRIEF, at);
    assert.equal(r.start, at);
    assert.equal(r.end, at);
    assert.equal(r.newText, TABLE + "\n\n");
  });

  it("a rerun replaces the previous table in place, and is stable", () => {
    const once = apply(BRIEF, buildTableOfAuthorities(BRIEF, BRIEF.indexOf("## Introduction")));
    const i = once.lastIndexOf("18 U.S.C. § 3553(a)"); // in the body, after the table
    const edited = once.slice(0, i) + "18 U.S.C. § 3553(a)(6)" + once.slice(i + "18 U.S.C. § 3553(a)".length);
    const r = buildTableOfAuthorities(edited);
    assert.equal(r.replaced, true);
    assert.equal(edited.slice(r.start, r.end).startsWith(TOA_START), true);
    const twice = apply(edited, r);
    assert.ok(twice.includes("| 18 U.S.C. § 3553(a)(6) |"));
    assert.ok(!twice.includes("| 18 U.S.C. § 3553(a) |"));
    assert.equal(twice.split(TOA_START).length, 2, "one table only");
    assert.equal(apply(twice, buildTableOfAuthorities(twice)), twice);
  });

  it("each section of a §§ list is its own entry, placed where it is written (audit 12, D7)", () => {
    const t = "# Argument\n\nDepart under USSG §§ 5K2.0, 5K2.19.\n\nSee section 5K2.19 of the Guidelines.\n";
    const e = collectAuthorities(t).filter((x) => x.group === "Guidelines");
    assert.deepEqual(
      e.map((x) => [x.authority, x.places.map((p) => [p.line, p.column])]),
      [
        ["U.S.S.G. § 5K2.0", [[3, 14]]],
        ["U.S.S.G. § 5K2.19", [[3, 29], [5, 5]]],
      ],
    );
  });

  it("an empty brief gets an empty table", () => {
    assert.equal(buildTableOfAuthorities("").table, `${TOA_START}\n## Table of Authorities\n\nNo citations found.\n\n${TOA_END}`);
  });
});

describe("table of authorities: headings", () => {
  it("reads ATX headings with closing hashes and emphasis; not # in code or prose", () => {
    const t = "## *Argument* ##\n\nSee 8 U.S.C. § 1326(a).\n\n```\n# not a heading\n```\n\n#hashtag 18 U.S.C. § 3553(a).\n";
    const es = collectAuthorities(t);
    assert.deepEqual(es.map((e) => [e.authority, e.places.map((p) => `${p.heading}:${p.line}`)]), [
      ["8 U.S.C. § 1326(a)", ["Argument:3"]],
      ["18 U.S.C. § 3553(a)", ["Argument:9"]],
    ]);
  });
});

describe("table of authorities: references that survive conversion", () => {
  it("links each place to its section heading (the preview's anchor), each section once, no line numbers", () => {
    const text = "# Brief\n\n## II. Grounds for a *lower* sentence\n\nSee 18 U.S.C. § 3553(a).\n\n18 U.S.C. § 3553(a)(6).\n\n## II. Grounds for a lower sentence\n\n18 U.S.C. § 3553(a).\n";
    const table = buildTableOfAuthorities(text).table;
    assert.ok(table.includes("| 18 U.S.C. § 3553(a) | [II. Grounds for a lower sentence](#ii-grounds-for-a-lower-sentence); [II. Grounds for a lower sentence](#ii-grounds-for-a-lower-sentence-1) |"), table);
    assert.ok(!/line \d/.test(table), table);
  });

  it("inserting the table above the text does not change what it says", () => {
    const text = "# Brief\n\nIntro.\n\n## Argument\n\nU.S.S.G. § 3E1.1.\n";
    const first = buildTableOfAuthorities(text, text.indexOf("Intro."));
    const withTable = text.slice(0, first.start) + first.newText + text.slice(first.end);
    const again = buildTableOfAuthorities(withTable);
    assert.equal(again.table, first.table);
    assert.ok(first.table.includes("| U.S.S.G. § 3E1.1 | [Argument](#argument) |"), first.table);
  });

  it("a citation before any heading is placed in the opening", () => {
    assert.ok(buildTableOfAuthorities("U.S.S.G. § 3E1.1.\n").table.includes("| U.S.S.G. § 3E1.1 | Opening (before the first heading) |"));
  });
});

describe("table of authorities: history, nominative reports, public-domain citations, uncertain names", () => {
  const cases = (text: string) =>
    collectAuthorities(`# Argument\n\n${text}\n`)
      .filter((e) => e.group === "Cases")
      .map((e) => ({ cite: e.data.cite, court: e.data.court, year: e.data.year, places: e.places.map((p) => `${p.line}:${p.column}`) }));

  it("keeps subsequent history with its case, never as an entry of its own (a new name after sub nom. included)", () => {
    assert.deepEqual(cases("Smith v. Jones, 123 F.3d 456, 460 (2d Cir. 1997), rev'd sub nom. Jones v. Smith, 555 U.S. 1 (2008). Jones, 555 U.S. at 5. Id. at 6."), [
      { cite: "Smith v. Jones, 123 F.3d 456 (2d Cir. 1997), rev'd sub nom. Jones v. Smith, 555 U.S. 1 (2008)", court: "2d Cir.", year: 1997, places: ["3:1", "3:101", "3:123"] },
    ]);
    // the Bluebook writes the year once when both decisions share it (10.5(d)): the first takes the later's year
    assert.deepEqual(cases("*United States ex rel. Phipps* v. *Follette,* 428 F. 2d 912, 915-916 (CA2) (Friendly, J.), cert. denied, 400 U. S. 908 (1970)."), [
      { cite: "United States ex rel. Phipps v. Follette, 428 F.2d 912 (2d Cir.), cert. denied, 400 U.S. 908 (1970)", court: "2d Cir.", year: 1970, places: ["3:2"] },
    ]);
  });

  it("reads an early report's nominative volume, in full and short forms", () => {
    assert.deepEqual(cases("Marbury v. Madison, 5 U.S. (1 Cranch) 137, 177 (1803). Marbury, 5 U.S. (1 Cranch) at 178."), [
      { cite: "Marbury v. Madison, 5 U.S. (1 Cranch) 137 (1803)", court: null, year: 1803, places: ["3:1", "3:56"] },
    ]);
  });

  it("reads public-domain citations with their year, paragraph pins and parallels", () => {
    assert.deepEqual(cases("State v. Smith, 2020-Ohio-1234, ¶ 12. Id. ¶ 14. Linderkamp v. Hoffman, 1997 ND 64, ¶ 11, 562 N.W.2d 734; Jansen v. Lemmon Fed. Credit Union, 1997 S.D. 44, ¶ 10, 562 N.W.2d 122, 125."), [
      { cite: "Jansen v. Lemmon Fed. Credit Union, 1997 SD 44, 562 N.W.2d 122", court: null, year: 1997, places: ["3:106"] },
      { cite: "Linderkamp v. Hoffman, 1997 ND 64, 562 N.W.2d 734", court: null, year: 1997, places: ["3:49"] },
      { cite: "State v. Smith, 2020-Ohio-1234", court: null, year: 2020, places: ["3:1", "3:39"] },
    ]);
  });

  it("leaves a citation out when its name's beginning is uncertain, never lists a cut name", () => {
    for (const text of [
      "The court decided in Cal. Smith v. Jones, 1 P.3d 1 (Cal. 2000).",
      "Corp. v. Nature's Farm Prods., No. 99 Civ. 9404 (SHS), 2000 U.S. Dist. LEXIS 12335 (S.D.N.Y. Aug. 25, 2000).",
      // a lower-case word or a comma read inside a name only with enough of a name on both sides: these are sentences
      "We followed Smith v. Jones in Roe, 1 F.3d 1 (1st Cir. 1990).",
      "See Smith v. Jones in Roe Co., 1 F.3d 1 (1st Cir. 1990).",
      "Compare Smith v. Jones and Doe, 1 F.3d 1 (1st Cir. 1990).",
      "After Smith v. Jones, Roe, 1 F.3d 1 (1st Cir. 1990), held otherwise.",
      // "and" or "to" between capitals of the first party: a name ("City and County of Denver") or a sentence naming another ("Smith and Doe v. Roe")
      "See City and County of Denver v. Roe, 1 F.3d 1 (10th Cir. 1990).",
      "Citizens to Preserve Overton Park, Inc. v. Volpe, 401 U.S. 402 (1971).",
      "We agree with Roe and Doe v. Bolton, 410 U.S. 179 (1973).",
      // a name longer than the reader reads is not cut
      "A B C D E F G H I J K L M N O P Q R S T U V W v. X, 1 F.3d 1 (1st Cir. 1990).",
    ])
      assert.deepEqual(cases(text), [], text);
    // a comma, a lower-case word, an initialism in brackets or a party's number inside a name: read whole
    for (const [text, cite] of [
      ["Chatchka v. Soc'y for Concerned Citizens Interested in Equal., 69 F.3d 666 (5th Cir. 1996).", "Chatchka v. Soc'y for Concerned Citizens Interested in Equal., 69 F.3d 666 (5th Cir. 1996)"],
      ["Gov't & Civic Empls. Org. Comm. v. Windsor, 262 Ala. 285, 78 So. 2d 646 (1955).", "Gov't & Civic Empls. Org. Comm. v. Windsor, 262 Ala. 285, 78 So. 2d 646 (1955)"],
      ["Ex rel. Dir. of Revenue, Mo. v. McKenzie, 936 S.W.2d 590 (Mo. Ct. App. 1996).", "Ex rel. Dir. of Revenue, Mo. v. McKenzie, 936 S.W.2d 590 (Mo. Ct. App. 1996)"],
      ["Philadelphia Marine Trade Ass'n v. Local 1242, Int'l Longshoremen's Ass'n, 915 F.2d 1561 (3d Cir. 1990).", "Philadelphia Marine Trade Ass'n v. Local 1242, Int'l Longshoremen's Ass'n, 915 F.2d 1561 (3d Cir. 1990)"],
      ["Weiner v. Perry, Settles & Lawson, Inc., 208 B.R. 69 (B.A.P. 1st Cir. 1997).", "Weiner v. Perry, Settles & Lawson, Inc., 208 B.R. 69 (B.A.P. 1st Cir. 1997)"],
      ["Franklin Distrib. Co. v. Crush Int'l (U.S.A.), Inc., 726 S.W.2d 926 (Tenn. Ct. App. 1986).", "Franklin Distrib. Co. v. Crush Int'l (U.S.A.), Inc., 726 S.W.2d 926 (Tenn. Ct. App. 1986)"],
      ["Mellon Fin. Servs. Corp. #7 v. Alexander, 551 So. 2d 632 (La. 1989).", "Mellon Fin. Servs. Corp. #7 v. Alexander, 551 So. 2d 632 (La. 1989)"],
      ["State ex rel. Gibson v. 1997 Dodge, 2001 OK CIV APP 130, ¶ 15, 35 P.3d 1009.", "State ex rel. Gibson v. 1997 Dodge, 2001 OK CIV APP 130, 35 P.3d 1009"],
      ["Hollander v. Inst. For Research on Women & Gend. At Columbia Univ., No. 08 Civ. 7286 (LAK) (KNF), 2009 U.S. Dist. LEXIS 34942 (S.D.N.Y. Apr. 15, 2009).", "Hollander v. Inst. For Research on Women & Gend. At Columbia Univ., No. 08 Civ. 7286 (LAK) (KNF), 2009 U.S. Dist. LEXIS 34942 (S.D.N.Y. Apr. 15, 2009)"],
    ])
      assert.deepEqual(cases(text).map((c) => c.cite), [cite], text);
    // a comma before a whole name is not read past ("citing a new case, U.S. v. Brooker" — from a real order), nor a lower-case word before "In re"
    assert.deepEqual(cases("citing a new case, U.S. v. Brooker, 976 F3d 228 (2d Cir. 2020), that allowed judges more leeway. As held in Smith in In re Gault, 387 U.S. 1 (1967).").map((c) => c.cite), [
      "In re Gault, 387 U.S. 1 (1967)",
      "U.S. v. Brooker, 976 F.3d 228 (2d Cir. 2020)",
    ]);
    // "in" after a capital is a sentence's: "the Court in Smith v. Jones"; ", and" after a citation ends it
    assert.deepEqual(cases("As the Supreme Court in Smith v. Jones, 1 F.3d 1 (1st Cir. 1990), and Roe v. Wade, 410 U.S. 113 (1973), held.").map((c) => c.cite), [
      "Roe v. Wade, 410 U.S. 113 (1973)",
      "Smith v. Jones, 1 F.3d 1 (1st Cir. 1990)",
    ]);
    // a comma after a whole citation is not inside a name
    assert.deepEqual(cases("See Smith v. Jones, 2 F.3d 2 (1st Cir. 1991), Local 7, 1 F.3d 1 (1st Cir. 1990).").map((c) => c.cite), ["Smith v. Jones, 2 F.3d 2 (1st Cir. 1991)"]);
  });

  it("Id. after a citation with a case in its explanatory parenthetical means the citation, not the case in the parenthetical", () => {
    const text =
      "Smith v. Jones, 1 F.3d 100, 105 (1st Cir. 1990) (quoting Roe v. Wade, 410 U.S. 113, 120 (1973); Doe v. Bolton, 410 U.S. 179 (1973)). Id. at 150. " +
      "Id. at 106 (citing Roe, 410 U.S. at 121). Id. at 107. (People v. Smith (2007) 154 Cal.App.4th 547, 550.) Id. at 551.";
    assert.deepEqual(cases(text), [
      { cite: "Doe v. Bolton, 410 U.S. 179 (1973)", court: null, year: 1973, places: ["3:97"] },
      { cite: "Roe v. Wade, 410 U.S. 113 (1973)", court: null, year: 1973, places: ["3:58", "3:165"] },
      { cite: "Smith v. Jones, 1 F.3d 100 (1st Cir. 1990)", court: "1st Cir.", year: 1990, places: ["3:1", "3:134", "3:146", "3:188"] },
      { cite: "People v. Smith, 154 Cal. App. 4th 547 (2007)", court: null, year: 2007, places: ["3:201", "3:251"] },
    ]);
  });

  it("reads parallels in brackets (Georgia, California), Georgia's division after a pin and a space before the name's comma", () => {
    const text =
      "Cochran v. State, 253 Ga. 10 ( 315 S.E.2d 653) (1984). Davis v. State , 275 Ga.App. 714, 715 (1), 621 S.E.2d 818 (2005). " +
      "Yield Dynamics, Inc. v. TEA Systems Corp. (2007) 154 Cal.App.4th 547, 558 [66 Cal.Rptr.3d 1]. Roe v. Doe, 2 F.3d 2 (3 F.3d 3 was wrong) (1st Cir. 1991).";
    assert.deepEqual(cases(text), [
      { cite: "Roe v. Doe, 2 F.3d 2", court: null, year: null, places: ["3:216"] },
      { cite: "Cochran v. State, 253 Ga. 10, 315 S.E.2d 653 (1984)", court: null, year: 1984, places: ["3:1"] },
      { cite: "Davis v. State, 275 Ga. App. 714, 621 S.E.2d 818 (2005)", court: null, year: 2005, places: ["3:56"] },
      { cite: "Yield Dynamics, Inc. v. TEA Systems Corp., 154 Cal. App. 4th 547, 66 Cal. Rptr. 3d 1 (2007)", court: null, year: 2007, places: ["3:122"] },
    ]);
  });

  it("reads Ohio's appellate style: district, county and docket number before the public-domain number", () => {
    assert.deepEqual(cases('State v. Helms, 7th Dist. No. 08 MA 199, 2010-Ohio-4872 ("Helms I"). State v. Rogers, 8th Dist. Cuyahoga No. 98292, 2013-Ohio-3235, ¶ 12. Id. ¶ 14.'), [
      { cite: "State v. Helms, 7th Dist. No. 08 MA 199, 2010-Ohio-4872", court: null, year: 2010, places: ["3:1"] },
      { cite: "State v. Rogers, 8th Dist. Cuyahoga No. 98292, 2013-Ohio-3235", court: null, year: 2013, places: ["3:70", "3:139"] },
    ]);
    // without a name before the district, nothing is listed
    assert.deepEqual(cases("See 7th Dist. No. 5, 2011-Ohio-1. The 8th Dist. No. 12, 2012-Ohio-2 panel agreed."), []);
  });

  it("lists cases alphabetically by the name as listed, federal then state", () => {
    const text =
      "United States v. Zed, 1 F.3d 2 (1st Cir. 1990); Koon v. United States, 518 U.S. 81 (1996); In re Gault, 387 U.S. 1 (1967); Ex parte Young, 209 U.S. 123 (1908); " +
      "United States v. Booker, 543 U.S. 220 (2005); State v. Brown, 123 P.3d 456 (Wash. 2005); People v. Smith (2007) 154 Cal.App.4th 547; Commonwealth v. Muniz, 164 A.3d 1189 (Pa. 2017); " +
      "Abbott v. People, 1 P.3d 2 (Colo. 2000).";
    assert.deepEqual(
      collectAuthorities(`# Argument\n\n${text}\n`).map((e) => `${e.system} ${e.data.name}`),
      [
        "federal Ex parte Young",
        "federal In re Gault",
        "federal Koon v. United States",
        "federal United States v. Booker",
        "federal United States v. Zed",
        "state Abbott v. People",
        "state Commonwealth v. Muniz",
        "state People v. Smith",
        "state State v. Brown",
      ],
    );
  });

  it("reads Oregon's and Michigan's unpunctuated reports beside a regional parallel, or between a case name and a year", () => {
    assert.deepEqual(cases("Necanicum Inv. Co. v. Emp't Dep't, 345 Or 518, 200 P3d 129 (2008). Rocky B. Fisheries, Inc. v. N. Bend Fabrication & Mach., Inc., 297 Or 82, 679 P2d 1367 (1984)."), [
      { cite: "Necanicum Inv. Co. v. Emp't Dep't, 345 Or. 518, 200 P.3d 129 (2008)", court: null, year: 2008, places: ["3:1"] },
      { cite: "Rocky B. Fisheries, Inc. v. N. Bend Fabrication & Mach., Inc., 297 Or. 82, 679 P.2d 1367 (1984)", court: null, year: 1984, places: ["3:68"] },
    ]);
    assert.deepEqual(cases("Rice, 235 Mich App at 446, citing People v Snow, 386 Mich 586, 592 (1972). People v Rice (On Remand), 235 Mich App 429, 445 (1999). Smith v. Jones, 345 Or 518 (2008)."), [
      { cite: "People v Rice (On Remand), 235 Mich. App. 429 (1999)", court: null, year: 1999, places: ["3:76"] },
      { cite: "People v Snow, 386 Mich. 586 (1972)", court: null, year: 1972, places: ["3:35"] },
      { cite: "Smith v. Jones, 345 Or. 518 (2008)", court: null, year: 2008, places: ["3:133"] },
    ]);
    for (const text of ["Pick 2 Or 3 of them, 4 F 5.", "Smith v. Jones, 345 Or 518, 12 U.S.C. 5 (2008).", "Between 12 Mich 13 (2019) and 14 Or 15 (2020).", "Smith v. Jones said 12 Mich 13 (2019).", "He lived in 5 Mich 6 years (2019)."])
      assert.deepEqual(cases(text), [], text);
    assert.deepEqual(cases("Bd. of Trs. of Univ. of Ala. v. Garrett, 531 U.S. 356 (2001); Ill. Tool Works Inc. v. Indep. Ink, Inc., 547 U.S. 28 (2006); Comm. to Prevent Mun. Bankr. v. Renne, 77 F.3d 488 (9th Cir. 1996); NLRB v. Dist. 29, 921 F.2d 645 (6th Cir. 1990).").map((c) => c.cite), [
      "Bd. of Trs. of Univ. of Ala. v. Garrett, 531 U.S. 356 (2001)",
      "Comm. to Prevent Mun. Bankr. v. Renne, 77 F.3d 488 (9th Cir. 1996)",
      "Ill. Tool Works Inc. v. Indep. Ink, Inc., 547 U.S. 28 (2006)",
      "NLRB v. Dist. 29, 921 F.2d 645 (6th Cir. 1990)",
    ]);
  });
});
