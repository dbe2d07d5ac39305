import * as assert from "node:assert/strict";
import { checkCitations, type CitationFinding } from "../../src/core/citations/check";
import { KNOWN_CASES } from "../../src/core/citations/cases";

function check(text: string, edition = 2025): CitationFinding[] {
  return checkCitations(text, { edition });
}
/** Apply a finding's fix to the text. */
function fixed(text: string, f: CitationFinding): string {
  assert.ok(f.fix, `finding has no fix: ${f.message}`);
  return text.slice(0, f.fix.start) + f.fix.newText + text.slice(f.fix.end);
}
function only(text: string, edition = 2025): CitationFinding {
  const fs = check(text, edition);
  assert.equal(fs.length, 1, `expected one finding, got ${JSON.stringify(fs.map((f) => f.message))}`);
  assert.equal(fs[0].rule, "citation-check");
  return fs[0];
}
function flagged(text: string, f: CitationFinding): string {
  return text.slice(f.start, f.end);
}

describe("citation-check: known cases", () => {
  it("a wrong first page (215 F.3d 696) → 969", () => {
    const t = "See United States v. Banuelos-Rodriguez, 215 F.3d 696, 978 (9th Cir. 2000) (en banc).";
    const f = only(t);
    assert.equal(f.severity, "error");
    assert.equal(flagged(t, f), "215 F.3d 696");
    assert.match(f.message, /215 F\.3d 969/);
    assert.equal(fixed(t, f), "See United States v. Banuelos-Rodriguez, 215 F.3d 969, 978 (9th Cir. 2000) (en banc).");
    assert.deepEqual(check(fixed(t, f)), []);
  });

  it("the amended opinion cited on its own is the case's own citation (audit 17, C2)", () => {
    // reference holdings.json authorities[rivas_gonzalez]: "365 F.3d 806 (9th Cir.), amended, 384 F.3d 1034 (9th Cir. 2004)",
    // citation_verified: it was an error "reported at 365 F.3d 806, not 384 F.3d 1034 (wrong volume, first page)"
    assert.deepEqual(check("See United States v. Rivas-Gonzalez, 384 F.3d 1034, 1036 (9th Cir. 2004)."), []);
    assert.deepEqual(check("See United States v. Rivas-Gonzalez, 384 F.3d 1034 (9th Cir. 2004). Later, Rivas-Gonzalez, 384 F.3d at 1037."), []);
    // its court and year are still checked, and a wrong page in that volume is still wrong
    assert.match(only("See United States v. Rivas-Gonzalez, 384 F.3d 1034 (2d Cir. 2004).").message, /Ninth Circuit/);
    assert.equal(only("See United States v. Rivas-Gonzalez, 384 F.3d 1043 (9th Cir. 2004).").severity, "error");
  });

  it("a typo in the amended opinion's cite is offered the amended cite it is nearest to, not the original (audit 17, open item)", () => {
    // reference holdings.json authorities[rivas_gonzalez]: "365 F.3d 806 (9th Cir.), amended, 384 F.3d 1034 (9th Cir. 2004)"
    const t = "See United States v. Rivas-Gonzalez, 384 F.3d 1043, 1045 (9th Cir. 2004).";
    const f = only(t);
    assert.equal(f.severity, "error");
    assert.equal(flagged(t, f), "384 F.3d 1043");
    assert.match(f.message, /amended opinion is reported at 384 F\.3d 1034, not 384 F\.3d 1043 \(wrong first page\); the opinion before amendment is 365 F\.3d 806\./);
    assert.equal(fixed(t, f), "See United States v. Rivas-Gonzalez, 384 F.3d 1034, 1045 (9th Cir. 2004).");
    assert.deepEqual(check(fixed(t, f)), []);
    // a wrong volume of the amended cite, in full and short form
    const v = "See United States v. Rivas-Gonzalez, 348 F.3d 1034 (9th Cir. 2004).";
    assert.equal(fixed(v, only(v)), "See United States v. Rivas-Gonzalez, 384 F.3d 1034 (9th Cir. 2004).");
    const s = "See United States v. Rivas-Gonzalez, 384 F.3d 1034 (9th Cir. 2004). Later, Rivas-Gonzalez, 348 F.3d at 1037.";
    assert.equal(fixed(s, only(s)), "See United States v. Rivas-Gonzalez, 384 F.3d 1034 (9th Cir. 2004). Later, Rivas-Gonzalez, 384 F.3d at 1037.");
    // a typo in the original cite is still offered the original, and the message names both
    const o = "See United States v. Rivas-Gonzalez, 365 F.3d 860 (9th Cir. 2004).";
    const g = only(o);
    assert.equal(fixed(o, g), "See United States v. Rivas-Gonzalez, 365 F.3d 806 (9th Cir. 2004).");
    assert.match(g.message, /reported at 365 F\.3d 806 \(amended, 384 F\.3d 1034\), not 365 F\.3d 860 \(wrong first page\)/);
  });

  it("a caption with the parties reversed or the wrong party at a known decision's cite (audit 17, open item)", () => {
    // reference holdings.json authorities[gall]: "Gall v. United States", "552 U.S. 38 (2007)", citation_verified
    const t = "See United States v. Gall, 552 U.S. 38, 51 (2007).";
    const f = only(t);
    assert.equal(f.severity, "warning");
    assert.equal(flagged(t, f), "United States v. Gall");
    assert.match(f.message, /^The decision at 552 U\.S\. 38 is Gall v\. United States; the caption "United States v\. Gall" names the parties in the wrong order\. Source: reference\/holdings\/holdings\.json, authorities\[gall\]/);
    assert.equal(fixed(t, f), "See Gall v. United States, 552 U.S. 38, 51 (2007).");
    assert.deepEqual(check(fixed(t, f)), []);
    // the case is identified: its year is checked too
    assert.equal(check("See United States v. Gall, 552 U.S. 38 (2008).").length, 2);
    // words the recognizer reads before the caption stay; the fix starts at the United States
    const a = "After United States v. Gall, 552 U.S. 38 (2007), courts vary.";
    assert.equal(fixed(a, only(a)), "After Gall v. United States, 552 U.S. 38 (2007), courts vary.");
    // a state or the people where the United States belongs
    const st = "See State v. Leiva-Deras, 359 F.3d 183 (2d Cir. 2004).";
    assert.match(only(st).message, /the caption "State v\. Leiva-Deras" names State where the United States belongs/);
    assert.equal(fixed(st, only(st)), "See United States v. Leiva-Deras, 359 F.3d 183 (2d Cir. 2004).");
    // the amended opinion's cite is the decision's too
    const am = "See Rivas-Gonzalez v. United States, 384 F.3d 1034 (9th Cir. 2004).";
    assert.equal(fixed(am, only(am)), "See United States v. Rivas-Gonzalez, 384 F.3d 1034 (9th Cir. 2004).");
  });

  it("every known decision's caption: right as the reference gives it, reversed flagged and fixed, and no alarm on its variants", () => {
    let reversedChecked = 0;
    for (const k of KNOWN_CASES) {
      if (k.volume === undefined || !k.citationVerified) continue;
      const parties = k.name.split(" v. ");
      assert.equal(parties.length, 2, k.name);
      assert.deepEqual(check(`See ${k.cite}.`), [], k.cite);
      const us = parties.findIndex((p) => p === "United States");
      const x = parties[1 - us];
      // variants a brief may write: no finding
      const variants = us === 0 ? [`U.S. v. ${x}`, `United States of America v. ${x}`, `After United States v. ${x}`] : [`${x} v. U.S.`, `${x} v. United States of America`];
      for (const v of variants) assert.deepEqual(check(`See ${k.cite.replace(k.name, v)}.`), [], v);
      const reversed = `${parties[1]} v. ${parties[0]}`;
      const t = `See ${k.cite.replace(k.name, reversed)}.`;
      const f = only(t);
      assert.equal(flagged(t, f), reversed, k.name);
      assert.equal(fixed(t, f), `See ${k.cite}.`);
      reversedChecked++;
    }
    assert.ok(reversedChecked >= 56, String(reversedChecked));
  });

  it("a caption that names another case at a known cite is left alone (the cite may be the mistake)", () => {
    assert.deepEqual(check("See Smith v. Jones, 552 U.S. 38 (2007)."), []);
    assert.deepEqual(check("See Jose Leiva-Deras v. United States, 359 F.3d 183 (2d Cir. 2004)."), []);
    assert.deepEqual(check("See Gall v. Booker, 552 U.S. 38 (2007)."), []);
  });

  it("a reporter citation's full date is checked against a verified decision date (audit 17, open item)", () => {
    // reference holdings.json authorities[leiva_deras]: decided 2004-02-17; seeds/000: "decided Feb. 17, 2004"
    const t = "United States v. Leiva-Deras, 359 F.3d 183 (2d Cir. Feb. 18, 2004).";
    const f = only(t);
    assert.equal(f.severity, "error");
    assert.equal(flagged(t, f), "Feb. 18, 2004");
    assert.match(f.message, /^United States v\. Leiva-Deras, 359 F\.3d 183, was decided on Feb\. 17, 2004, not Feb\. 18, 2004\. Source: reference\/holdings\/holdings\.json, authorities\[leiva_deras\]/);
    assert.equal(fixed(t, f), "United States v. Leiva-Deras, 359 F.3d 183 (2d Cir. Feb. 17, 2004).");
    assert.deepEqual(check(fixed(t, f)), []);
    // the year alone off: the date's fix; more than one part off: another date (not guessed), but the year is still checked
    assert.equal(fixed(t.replace("Feb. 18, 2004", "Feb. 17, 2005"), only(t.replace("Feb. 18, 2004", "Feb. 17, 2005"))), fixed(t, f));
    assert.deepEqual(check(t.replace("Feb. 18, 2004", "Mar. 18, 2004")), []);
    assert.equal(only(t.replace("Feb. 18, 2004", "Mar. 18, 2005")).message.includes("was decided in 2004, not 2005"), true);
    // no verified date, no check: Gall's and Booker's dates are "from general knowledge" in the reference (left out of
    // the data), Lipman's only a year, Rivas-Gonzalez's amended opinion has its own
    assert.deepEqual(check("Gall v. United States, 552 U.S. 38 (Dec. 11, 2007)."), []);
    assert.deepEqual(check("United States v. Booker, 543 U.S. 220 (Jan. 13, 2005)."), []);
    assert.deepEqual(check("United States v. Lipman, 133 F.3d 726 (9th Cir. Jan. 5, 1998)."), []);
    assert.deepEqual(check("United States v. Rivas-Gonzalez, 365 F.3d 806 (9th Cir. Apr. 23, 2004)."), []);
  });

  it("every reporter-cited case with a full verified decision date: that date passes, a day off is fixed to it", () => {
    const MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
    const long = (y: number, m: number, d: number) => `${MONTHS[m - 1]} ${d}, ${y}`;
    let n = 0;
    for (const k of KNOWN_CASES) {
      if (k.volume === undefined || !k.decided || !/^\d{4}-\d\d-\d\d$/.test(k.decided)) continue;
      const [y, m, d] = k.decided.split("-").map(Number);
      const dated = (day: string) => k.cite.replace(/\((?:([^()]*?) )?(\d{4})\)/, (_x, court: string | undefined) => `(${court ? `${court} ` : ""}${day})`);
      assert.deepEqual(check(`See ${dated(long(y, m, d))}.`), [], dated(long(y, m, d)));
      const wrong = `See ${dated(long(y, m, d === 1 ? 2 : d - 1))}.`;
      const f = only(wrong);
      assert.equal(fixed(wrong, f), `See ${dated(long(y, m, d))}.`);
      n++;
    }
    assert.ok(n >= 45, String(n));
  });

  it("a wrong year (9th Cir. 1999) → 2000", () => {
    const t = "United States v. Banuelos-Rodriguez, 215 F.3d 969, 978 (9th Cir. 1999) (en banc).";
    const f = only(t);
    assert.equal(flagged(t, f), "1999");
    assert.equal(fixed(t, f), "United States v. Banuelos-Rodriguez, 215 F.3d 969, 978 (9th Cir. 2000) (en banc).");
  });

  it("a wrong volume and a wrong reporter", () => {
    const t1 = "United States v. Leiva-Deras, 395 F.3d 183 (2d Cir. 2004).";
    assert.equal(fixed(t1, only(t1)), "United States v. Leiva-Deras, 359 F.3d 183 (2d Cir. 2004).");
    const t2 = "United States v. Leiva-Deras, 359 F.2d 183 (2d Cir. 2004).";
    assert.equal(fixed(t2, only(t2)), "United States v. Leiva-Deras, 359 F.3d 183 (2d Cir. 2004).");
  });

  it("a wrong court", () => {
    const t = "United States v. Leiva-Deras, 359 F.3d 183 (9th Cir. 2004).";
    const f = only(t);
    assert.equal(flagged(t, f), "9th Cir.");
    assert.equal(fixed(t, f), "United States v. Leiva-Deras, 359 F.3d 183 (2d Cir. 2004).");
    const s = "Kimbrough v. United States, 552 U.S. 85 (9th Cir. 2007).";
    assert.equal(fixed(s, only(s)), "Kimbrough v. United States, 552 U.S. 85 (2007).");
  });

  it("a missing (en banc) parenthetical", () => {
    const t = "United States v. Banuelos-Rodriguez, 215 F.3d 969 (9th Cir. 2000).";
    const f = only(t);
    assert.equal(f.severity, "warning");
    assert.equal(fixed(t, f), "United States v. Banuelos-Rodriguez, 215 F.3d 969 (9th Cir. 2000) (en banc).");
  });

  it("docket-number citations: a wrong date, year or docket number", () => {
    const t1 = "United States v. Leyva-Martinez, No. 8:21CR232 (D. Neb. Sept. 14, 2023).";
    assert.equal(fixed(t1, only(t1)), "United States v. Leyva-Martinez, No. 8:21CR232 (D. Neb. Sept. 13, 2023).");
    const t2 = "United States v. Palacios-Becerril, No. CR-03-52-E-BLW (D. Idaho 2005).";
    assert.equal(fixed(t2, only(t2)), "United States v. Palacios-Becerril, No. CR-03-52-E-BLW (D. Idaho 2006).");
    const t3 = "United States v. Leyva-Martinez, No. 8:21CR233 (D. Neb. Sept. 13, 2023).";
    assert.equal(fixed(t3, only(t3)), "United States v. Leyva-Martinez, No. 8:21CR232 (D. Neb. Sept. 13, 2023).");
    assert.deepEqual(check("United States v. Leyva-Martinez, No. 8:21CR232 (D. Neb. September 13, 2023)."), []);
    // the same number in CM/ECF style (lower-case office code between hyphens, leading zeros) is no error
    assert.deepEqual(check("United States v. Leyva-Martinez, No. 8:21-cr-232 (D. Neb. Sept. 13, 2023)."), []);
    assert.deepEqual(check("United States v. Leyva-Martinez, No. 8:21-cr-00232 (D. Neb. Sept. 13, 2023)."), []);
    const t4 = "United States v. Leyva-Martinez, No. 8:21-cr-233 (D. Neb. Sept. 13, 2023).";
    assert.equal(fixed(t4, only(t4)), "United States v. Leyva-Martinez, No. 8:21CR232 (D. Neb. Sept. 13, 2023).");
  });

  it("the withdrawn panel opinion (173 F.3d 741) cited without saying so → the en banc opinion", () => {
    const t = "See United States v. Banuelos-Rodriguez, 173 F.3d 741, 744 (9th Cir. 1999).";
    const f = only(t);
    assert.equal(f.severity, "error");
    assert.match(f.message, /withdrawn/);
    assert.equal(fixed(t, f), "See United States v. Banuelos-Rodriguez, 215 F.3d 969 (9th Cir. 2000) (en banc).");
  });

  it("the withdrawn panel opinion is not flagged when the brief says it was withdrawn or vacated", () => {
    assert.deepEqual(check("The panel opinion, United States v. Banuelos-Rodriguez, 173 F.3d 741 (9th Cir. 1999), was withdrawn when rehearing en banc was granted."), []);
    assert.deepEqual(check("United States v. Banuelos-Rodriguez, 173 F.3d 741 (9th Cir.), vacated on reh'g en banc, 215 F.3d 969 (9th Cir. 2000) (en banc)."), []);
  });

  it("a pin cite outside the opinion's pages (full, short and Id. forms)", () => {
    const t = "United States v. Banuelos-Rodriguez, 215 F.3d 969, 990 (9th Cir. 2000) (en banc). Id. at 960. Banuelos-Rodriguez, 215 F.3d at 973-77. Id. at 975 n.4. Id. at 985-87.";
    const fs = check(t);
    assert.deepEqual(fs.map((f) => flagged(t, f)), ["990", "960", "985-87"]);
    assert.ok(fs.every((f) => f.severity === "error" && !f.fix));
    assert.match(fs[0].message, /969 to page 986/);
  });

  it("a pin cite before the first page of any known case", () => {
    const t = "Koon v. United States, 518 U.S. 81, 50 (1996).";
    assert.equal(flagged(t, only(t)), "50");
  });

  it("Id. after a statute or an unknown case is not checked against the earlier case", () => {
    assert.deepEqual(check("United States v. Banuelos-Rodriguez, 215 F.3d 969 (9th Cir. 2000) (en banc). See 18 U.S.C. § 3553(a). Id. at 5."), []);
    assert.deepEqual(check("United States v. Banuelos-Rodriguez, 215 F.3d 969 (9th Cir. 2000) (en banc); United States v. Zed, 1 F.3d 2 (1st Cir. 1993). Id. at 3."), []);
  });

  it("Id. after a case cited in an explanatory parenthetical is checked against the citation the parenthetical explains", () => {
    const t = "United States v. Banuelos-Rodriguez, 215 F.3d 969, 978 (9th Cir. 2000) (en banc) (citing Koon v. United States, 518 U.S. 81, 92 (1996)). Id. at 990.";
    assert.deepEqual(check(t).map((f) => flagged(t, f)), ["990"]);
    assert.deepEqual(check("Koon v. United States, 518 U.S. 81, 92 (1996) (quoting United States v. Banuelos-Rodriguez, 215 F.3d 969, 978 (9th Cir. 2000) (en banc)). Id. at 95."), []);
  });

  it("never flags an authority Heartland does not know, or a common name with other numbers", () => {
    assert.deepEqual(check("United States v. Unknown-Case, 1 F.3d 2 (9th Cir. 1999)."), []);
    assert.deepEqual(check("United States v. Smith, 500 F.3d 100 (7th Cir. 2007). United States v. Smith, 27 F.3d 100 (4th Cir. 1994)."), []);
    // unverified reporter cites (Gonzalez-Zotelo's commonly given 556 F.3d 736) are not second-guessed
    assert.deepEqual(check("United States v. Gonzalez-Zotelo, 556 F.3d 736 (9th Cir. 2009)."), []);
    // Avalos Banderas's reporter cite is unverified: not known, never flagged
    assert.deepEqual(check("United States v. Avalos Banderas, 39 F.4th 1059 (8th Cir. 2021)."), []);
  });

  it("correct citations of every known case pass", () => {
    const t = ["United States v. Banuelos-Rodriguez, 215 F.3d 969, 978 (9th Cir. 2000) (en banc).", "United States v. Leiva-Deras, 359 F.3d 183 (2d Cir. 2004).", "United States v. Palacios-Becerril, No. CR-03-52-E-BLW (D. Idaho Mar. 24, 2006).", "United States v. Leyva-Martinez, No. 8:21CR232 (D. Neb. Sept. 13, 2023).", "Koon v. United States, 518 U.S. 81, 92-96 (1996).", "Banuelos-Rodriguez, 215 F.3d at 978. Id. at 975 n.4."].join(" ");
    assert.deepEqual(check(t), []);
  });
});

describe("citation-check: guideline provisions in the brief's edition", () => {
  it("a subsection that does not exist in the edition (§2L1.2(b)(1)(C) under 2025) → cite the last edition with it", () => {
    const t = "Under U.S.S.G. §2L1.2(b)(1)(C), eight levels are added.";
    const f = only(t, 2025);
    assert.equal(f.severity, "warning");
    assert.equal(flagged(t, f), "U.S.S.G. §2L1.2(b)(1)(C)");
    assert.match(f.message, /not in the 2025 Guidelines Manual/);
    assert.equal(fixed(t, f), "Under U.S.S.G. §2L1.2(b)(1)(C) (2015), eight levels are added.");
    assert.deepEqual(check(fixed(t, f), 2025), []);
    assert.deepEqual(check(t, 2015), []);
  });

  it("a deleted provision cited as live (§5K2.19 from 2012, §5K2.0 from 2025)", () => {
    const t = "The Court should depart under U.S.S.G. § 5K2.19 for his rehabilitation.";
    const f = only(t, 2012);
    assert.match(f.message, /Amendment 768/);
    assert.equal(fixed(t, f), "The Court should depart under U.S.S.G. § 5K2.19 (2011) for his rehabilitation.");
    assert.deepEqual(check(t, 2011), []);
    const u = "A departure under U.S.S.G. § 5K2.0 is warranted.";
    const g = only(u, 2025);
    assert.match(g.message, /Amendment 836/);
    // a live departure request under the 2025 Manual: "(2024)" would keep a departure that Manual has not got (audit 13 D4)
    assert.equal(g.fix, undefined, JSON.stringify(g.fix));
    assert.match(g.message, /ask for a variance under 18 U\.S\.C\. § 3553\(a\)/);
    assert.deepEqual(check(u, 2024), []);
  });

  it("each section of a §§ list is checked, and \"section 5K2.19 of the Guidelines\" (audit 12, D7)", () => {
    const t = "The Court should depart under USSG §§ 5K2.0, 5K2.19.\n\nThe Court should depart under section 5K2.19 of the Guidelines.";
    const fs = check(t, 2016);
    assert.deepEqual(
      fs.map((f) => [f.start, f.end]),
      [
        [t.indexOf("5K2.19"), t.indexOf("5K2.19") + 6],
        [t.indexOf("section 5K2.19"), t.indexOf("section 5K2.19") + "section 5K2.19".length],
      ],
    );
    for (const f of fs) {
      assert.equal(
        f.message,
        '§5K2.19 is cited as live, but it is not in force in the 2016 Guidelines Manual (the brief\'s edition): §5K2.19 (Post-Sentencing Rehabilitative Efforts) was deleted effective Nov. 1, 2012 by Amendment 768. Say that it was deleted, or cite the edition that had it (e.g. "(2011)").',
      );
    }
    assert.equal(fixed(t, fs[0]), "The Court should depart under USSG §§ 5K2.0, 5K2.19 (2011).\n\nThe Court should depart under section 5K2.19 of the Guidelines.");
  });

  it("a departure gone from the 2025 Manual, asked for live: no '(2024)' fix, the variance advised (audit 13 D4: b/cit5k2, b/cit_ca_2026)", () => {
    const a = only("Mr. Ruiz asks the Court to depart downward under § 5K2.0 because of his extraordinary family circumstances.", 2025);
    assert.equal(a.fix, undefined, JSON.stringify(a.fix));
    assert.match(a.message, /no departures/);
    const b = only("A downward departure for cultural assimilation is warranted under USSG §2L1.2, comment. (n.8).", 2025);
    assert.equal(b.fix, undefined, JSON.stringify(b.fix));
    assert.match(b.message, /ask for a variance under 18 U\.S\.C\. § 3553\(a\)/);
    // the 2024 Manual still had them: nothing to say
    assert.deepEqual(check("A downward departure for cultural assimilation is warranted under USSG §2L1.2, comment. (n.8).", 2024), []);
  });

  it("a deleted provision is not flagged where the sentence says it was deleted, repealed or former", () => {
    assert.deepEqual(check("Former U.S.S.G. § 5K2.19 was deleted in 2012.", 2016), []);
    assert.deepEqual(check("Section 5K2.0 was repealed; U.S.S.G. § 5K2.0 no longer exists.", 2025), []);
    assert.deepEqual(check("U.S.S.G. §§ 5K2.0–5K2.24 were deleted.", 2025), []);
  });

  it("a deleted provision in a live request is flagged though the sentence has an ordinary time word (audit 12, D3); a time word tied to a year, the deletion or the sentencing is history", () => {
    assert.equal(check("Before imposing sentence, the Court should depart downward under USSG §5K2.19 for his post-offense rehabilitation.", 2016).length, 1);
    assert.equal(check("The Court should grant an early-disposition reduction under USSG §5K3.1 before the trial date.", 2025).length, 1);
    assert.equal(check("The Court should depart under USSG §5K2.0 since the plea came at the time of arraignment.", 2025).length, 1);
    assert.equal(check("Once he is released, the Court should depart under USSG §5K2.19.", 2016).length, 1);
    assert.deepEqual(check("Until 2012, USSG §5K2.19 barred a departure for post-sentencing rehabilitation.", 2016), []);
    assert.deepEqual(check("Before its deletion, USSG §5K2.19 barred such a departure.", 2016), []);
    assert.deepEqual(check("At the time of his 2009 sentencing, USSG §5K2.19 barred such a departure.", 2016), []);
    assert.deepEqual(check("The old USSG §5K2.19 once barred such a departure.", 2016), []);
  });

  it("a renumbered application note: the fix cites the brief's own edition's note on what the sentence names, never another note of the same number (audit 12, D1)", () => {
    const ca = "A downward departure for cultural assimilation is warranted under USSG §2L1.2, comment. (n.8).";
    const f = only(ca, 2016);
    assert.equal(fixed(ca, f), "A downward departure for cultural assimilation is warranted under USSG §2L1.2, comment. (n.7).");
    assert.deepEqual(check(fixed(ca, f), 2016), []);
    const sc = "A departure for time served in state custody is warranted under USSG §2L1.2, comment. (n.9).";
    assert.equal(fixed(sc, only(sc, 2016)), "A departure for time served in state custody is warranted under USSG §2L1.2, comment. (n.6).");
    // a sentence that names no note's subject: the warning, and no fix (n.8 of 2015 is the state-custody note)
    assert.equal(only("See USSG §2L1.2, comment. (n.8).", 2016).fix, undefined);
  });

  it("an application note cited for a subject another note of the edition covers is flagged, with the right number (audit 12, D1)", () => {
    const ca = "A downward departure for cultural assimilation is warranted under USSG §2L1.2, comment. (n.8).";
    const f = only(ca, 2014);
    assert.match(f.message, /is the note "Departure Based on Time Served in State Custody"; the note "Departure Based on Cultural Assimilation" is comment\. \(n\.9\)/);
    assert.equal(fixed(ca, f), ca.replace("(n.8)", "(n.9)"));
    // the right note in each edition: nothing
    assert.deepEqual(check(ca, 2012), []);
    assert.deepEqual(check(ca.replace("(n.8)", "(n.9)"), 2015), []);
    assert.deepEqual(check(ca, 2018), []);
    // a sentence on both subjects cites either note without a warning
    assert.deepEqual(check("Cultural assimilation and time served in state custody both support a departure. USSG §2L1.2, comment. (n.8).", 2014), []);
  });

  it("a note cited for a clause of another note, which that note's heading does not name, is flagged with the right number (audit 14 D11)", () => {
    // 2016 Manual: n.5 "Departure Based on Seriousness of a Prior Offense" holds (C) "the time actually served was
    // substantially less than the length of the sentence imposed"; n.6 is "Departure Based on Time Served in State Custody"
    const ta = "A departure is warranted under USSG §2L1.2, comment. (n.6), because the time actually served was substantially less than the sentence imposed.";
    const f = only(ta, 2016);
    assert.match(f.message, /is the note "Departure Based on Time Served in State Custody"; the note "Departure Based on Seriousness of a Prior Offense" is comment\. \(n\.5\)/);
    assert.equal(fixed(ta, f), ta.replace("(n.6)", "(n.5)"));
    assert.deepEqual(check(ta.replace("(n.6)", "(n.5)"), 2016), []);
    // the state-custody note cited for time in state custody: nothing
    assert.deepEqual(check("A departure is warranted under USSG §2L1.2, comment. (n.6), because he served eight months in state custody before ICE found him.", 2016), []);
    // words common to every departure note name none of them: nothing
    assert.deepEqual(check("See USSG §2L1.2, comment. (n.6) (a departure may be warranted).", 2016), []);
  });

  it("a clause printed inside a note's own text is in the Manual: the 2016 n.5(C), the 2018 n.6(C) (audit 17, C1)", () => {
    // 2016 n.5 "… because (A) the length of the sentence imposed …; (B) the prior conviction is too remote …; or (C) the
    // time actually served …" (reference era_2016.json, full_verbatim); renumbered n.6 by Amendment 809 (2018)
    assert.deepEqual(check("A departure is warranted. USSG §2L1.2, comment. (n.5(C)).", 2016), []);
    assert.deepEqual(check("A departure is warranted. USSG §2L1.2, comment. (n.6(C)).", 2018), []);
    assert.deepEqual(check("Cultural assimilation. USSG §2L1.2, comment. (n.8(B)).", 2024), []);
    assert.deepEqual(check("See USSG §2L1.2, comment. (n.5(C)).", 1997), []);
    // it was told it is not in its own edition, which "It appears in the 1997–2000 and 2016–2017 Manuals" then named
    const f = only("See USSG §2L1.2, comment. (n.5(C)).", 2018);
    assert.match(f.message, /not in the 2018 Guidelines Manual.*It appears in the 1997–2000 and 2016 Manuals\./);
    // a cross-reference's tail is no clause: n.3 cites "subsections (b)(1)(B), (b)(2)(E)", it has no (B)
    assert.match(only("See USSG §2L1.2, comment. (n.3(B)).", 2016).message, /is not in the 2016 Guidelines Manual.*It appears in the 2001–2002 and 2011–2015 Manuals\./);
  });

  it("the Manuals that have a note count those whose commentary Heartland has only in part but knows to run that far (audit 12, D4)", () => {
    assert.match(only("See USSG §2L1.2, comment. (n.6).", 1999).message, /It appears in the 1995–1996 and 2003–2024 Manuals\./);
    assert.match(only("See USSG §2L1.2, comment. (n.8).", 2016).message, /It appears in the 2010–2015 and 2018–2024 Manuals\./);
  });

  it("§3F1.1 before 2003 gets no fix to §5K3.1, which the edition does not have either (audit 12, D2)", () => {
    const t = "The government moved under U.S.S.G. § 3F1.1.";
    for (const edition of [1995, 2002]) {
      const f = only(t, edition);
      assert.equal(f.fix, undefined, String(edition));
    }
    assert.equal(only(t, 2003).fix?.newText, "5K3.1");
  });

  it("a provision cited in an edition before it existed (§3F1.1 before 2025) → §5K3.1", () => {
    const t = "The government moved under U.S.S.G. § 3F1.1.";
    const f = only(t, 2024);
    assert.match(f.message, /added by Amendment 836/);
    assert.equal(fixed(t, f), "The government moved under U.S.S.G. § 5K3.1.");
    assert.deepEqual(check(t, 2025), []);
  });

  it("§5K3.1 cited as live after 2025 → §3F1.1, which carries it on; not 'ask for a variance' (legal audit of session 33, round 3, pk-045)", () => {
    const t = "Pursuant to USSG § 5K3.1, the government will move for a downward departure of 4 levels.";
    const f = only(t, 2025);
    assert.equal(f.severity, "warning");
    assert.match(f.message, /replaced by §3F1\.1 .*Cite §3F1\.1 \(a decrease of not more than 4 levels on the government's motion under an authorized early disposition program\), or, for a historical reference, the edition that had §5K3\.1 \(e\.g\. "\(2024\)"\)\.$/);
    assert.doesNotMatch(f.message, /ask for a variance/);
    assert.equal(fixed(t, f), "Pursuant to USSG § 3F1.1, the government will move for a downward departure of 4 levels.");
  });

  it("no Manual was published in 2017, 2019, 2020 or 2022: a fix names the Manual then in force", () => {
    // §1B1.13, comment. (n.1(C)) is in the 2016 Manual (in force to Oct. 31, 2018); Heartland lacks the 2018 and 2021 text
    const t = "His brother's incapacity is a family circumstance. USSG §1B1.13, comment. (n.1(C)).";
    const f = only(t, 2025);
    assert.match(f.message, /It appears in the 2016 Manual\. Heartland has no text of the 2018–2021 Manuals, which may have it too\./);
    assert.equal(f.fix?.newText, " (2016)");
    assert.equal(f.fix?.title, "Cite the 2016 Manual, which has §1B1.13, comment. (n.1(C))");
  });

  it("an edition named in the citation wins over the brief's edition", () => {
    assert.deepEqual(check("U.S.S.G. § 3F1.1 (U.S. Sent'g Comm'n 2025).", 2016), []);
    const t = "U.S.S.G. § 3F1.1 (2016).";
    assert.equal(only(t, 2025).severity, "warning");
  });

  it("provisions that exist are not flagged; unknown provisions are never flagged", () => {
    assert.deepEqual(check("U.S.S.G. § 2L1.2(b)(2)(A); U.S.S.G. § 2L1.2, comment. (n.5); U.S.S.G. § 3E1.1(b).", 2016), []);
    assert.deepEqual(check("U.S.S.G. § 4A1.1(a) and U.S.S.G. § 2B1.1(b)(1).", 2025), []);
  });
});

describe("citation-check: a subsection another edition numbers differently (legal audit of session 32)", () => {
  it("a 1998 brief's \"16 levels under § 2L1.2(b)(2)\" is offered the 1997 Manual's (b)(1)(A), not the 1996 Manual", () => {
    // reference era_1995.json: "(2) If the defendant previously was deported after a conviction for an aggravated felony,
    // increase by 16 levels", deleted by Amendment 562 (Nov. 1, 1997), which made it (b)(1)(A)
    const t = "The PSR adds 16 levels under § 2L1.2(b)(2) because Mr. Almaraz was deported after an aggravated felony.";
    const f = only(t, 1997);
    assert.equal(f.severity, "warning");
    assert.match(f.message, /§2L1\.2\(b\)\(2\) is not in the 1997 Guidelines Manual.*It appears in the 1995–1996 and 2016–2025 Manuals/);
    assert.equal(f.fix?.title, "Cite §2L1.2(b)(1)(A), the 1997 Manual's 16-level increase");
    assert.equal(fixed(t, f), "The PSR adds 16 levels under § 2L1.2(b)(1)(A) because Mr. Almaraz was deported after an aggravated felony.");
    assert.deepEqual(check(fixed(t, f), 1997), []);
    // no levels named: only the edition that has it can be offered
    const g = only("The PSR applies § 2L1.2(b)(2) because of the 1995 conviction.", 1997);
    assert.equal(g.fix?.title, "Cite the 1996 Manual, which has §2L1.2(b)(2)");
    // a number of levels the cited subsection never added: no guess
    assert.equal(only("The PSR adds 4 levels under § 2L1.2(b)(2).", 1997).fix?.title, "Cite the 1996 Manual, which has §2L1.2(b)(2)");
  });

  it("a sentence that speaks of the then-applicable Manual cites that Manual: no warning", () => {
    const then = "Under the then-applicable Guidelines Manual, his offense level included a 16-level enhancement under § 2L1.2(b)(1)(A)(ii) for a 2009 conviction.";
    assert.deepEqual(check(then, 2017), []);
    // the same sentence without it is read in the brief's edition
    const f = only("His offense level includes a 16-level enhancement under § 2L1.2(b)(1)(A)(ii) for a 2009 conviction.", 2017);
    assert.match(f.message, /is not in the 2017 Guidelines Manual.*It appears in the 2001–2015 Manuals/);
    // a defendant "removed" is no Manual removed (pe-009)
    assert.equal(only("Because he was previously removed after a conviction for petit larceny, § 2L1.2(b)(1)(C) adds 8 levels.", 2017).severity, "warning");
    assert.deepEqual(check("At the time of his 2014 sentencing, § 2L1.2(b)(1)(C) added 8 levels.", 2017), []);
  });
});

describe("citation-check: a deleted provision described as history (legal audit of session 33, round 2)", () => {
  it("what it said, in the past tense, and what an amendment did with it, are history: no warning", () => {
    assert.deepEqual(check("Until this spring the government could argue that none of this mattered, because § 5K2.19 said post-sentencing rehabilitative efforts were not a ground for departure.", 2025), []);
    assert.deepEqual(check("The 2025 amendments moved the early disposition reduction from §5K3.1 to new §3F1.1.", 2025), []);
    // cited as live, it is still warned
    assert.equal(only("Mr. Ruiz moves for a departure under § 5K2.0.", 2025).severity, "warning");
    assert.equal(only("The Court should depart under §5K3.1.", 2025).severity, "warning");
  });
});

describe("citation-check: Rule 35(a) window", () => {
  it("in a motion after sentence the date of the sentence attacked, stated in the text, wins over the brief's own front-matter date", () => {
    const body = "Mr. Diaz was sentenced on June 1, 2005. Rule 35(a) allowed the court seven days to correct clear error, and no motion was filed.\n";
    assert.deepEqual(check("---\ndocument: 2255-motion\nsentencing-date: 2026-12-14\n---\n" + body), []);
    assert.deepEqual(check("---\ndocument: compassionate-release-motion\nsentencing-date: 2026-12-14\n---\n" + body), []);
    // a sentencing memorandum's front-matter date is its sentencing: it still decides
    assert.equal(only("---\ndocument: sentencing-memorandum\nsentencing-date: 2026-12-14\n---\n" + body).severity, "warning");
    // the motion's text says 2015: 14 days, not seven
    const t = "---\ndocument: 2255-motion\nsentencing-date: 2026-12-14\n---\nMr. Diaz was sentenced on June 1, 2015. Rule 35(a) allowed the court seven days to correct clear error.\n";
    assert.equal(flagged(t, only(t)), "seven days");
  });
  it("a bare \"Rule 35\" with seven days before Dec. 1, 2002 names no subsection: no finding", () => {
    assert.deepEqual(check("---\nsentencing-date: 2001-05-01\n---\nAny arithmetical error can be corrected under Rule 35 within seven days.\n"), []);
    // 35(a) named for the pre-2002 rule is still the subsection error
    assert.equal(only("---\nsentencing-date: 2001-05-01\n---\nAny arithmetical error can be corrected under Rule 35(a) within seven days.\n").severity, "warning");
  });
  it("seven days with a sentencing date on/after Dec. 1, 2009 in front matter → 14 days", () => {
    const t = "---\nsentencing-date: 2015-03-02\n---\nUnder Fed. R. Crim. P. 35(a), the court had seven days to correct the sentence.\n";
    const f = only(t);
    assert.equal(flagged(t, f), "seven days");
    assert.equal(f.severity, "warning");
    assert.equal(fixed(t, f), "---\nsentencing-date: 2015-03-02\n---\nUnder Fed. R. Crim. P. 35(a), the court had 14 days to correct the sentence.\n");
  });

  it("a sentencing date found in the brief's text; 7-day and seven-day forms", () => {
    const t = "He was sentenced on June 20, 2016. Under Rule 35(a), the court had 7 days. Rule 35(a)'s seven-day limit had run.";
    const fs = check(t);
    assert.deepEqual(fs.map((f) => [flagged(t, f), f.fix?.newText]), [["7 days", "14 days"], ["seven-day", "14-day"]]);
  });

  it("seven days is right for a sentencing before Dec. 1, 2009; 14 days is then wrong", () => {
    assert.deepEqual(check("---\nsentencing-date: June 20, 2003\n---\nRule 35(a) allowed seven days.\n"), []);
    const t = "---\nsentencing-date: 2003-06-20\n---\nRule 35(a) allowed 14 days.\n";
    assert.equal(fixed(t, only(t)), "---\nsentencing-date: 2003-06-20\n---\nRule 35(a) allowed seven days.\n");
  });

  it("before Dec. 1, 2002 the seven-day correction rule was Rule 35(c): Rule 35(a) cited for it is flagged, Rule 35(c) is right", () => {
    const t = "---\nsentencing-date: 1999-04-12\n---\nUnder Rule 35(a), the court had seven days to correct the sentence.\n";
    const f = only(t);
    assert.equal(flagged(t, f), "seven days");
    assert.equal(f.severity, "warning");
    assert.match(f.message, /was Rule 35\(c\), not Rule 35\(a\)/);
    assert.equal(f.fix, undefined);
    assert.deepEqual(check("---\nsentencing-date: 1999-04-12\n---\nUnder Rule 35(c), the court had seven days to correct the sentence.\n"), []);
    // 14 days under Rule 35(c) before 2002: the window was 7 days
    const u = "---\nsentencing-date: 2002-11-30\n---\nRule 35(c) gave the court 14 days.\n";
    assert.equal(fixed(u, only(u)), "---\nsentencing-date: 2002-11-30\n---\nRule 35(c) gave the court seven days.\n");
    // 14 days under Rule 35(a) before 2002: both the subsection and the days
    const v = "---\nsentencing-date: 2001-01-05\n---\nRule 35(a) gave the court 14 days.\n";
    const g = only(v);
    assert.match(g.message, /not Rule 35\(a\).*7 days, not 14/);
    assert.equal(fixed(v, g), "---\nsentencing-date: 2001-01-05\n---\nRule 35(a) gave the court seven days.\n");
  });

  it("from Dec. 1, 2002 the window is Rule 35(a)'s: Rule 35(c) cited for it is flagged (on the day of the restyling too)", () => {
    const t = "---\nsentencing-date: 2002-12-01\n---\nUnder Rule 35(c), the court had seven days to correct the sentence.\n";
    const f = only(t);
    assert.match(f.message, /is in Rule 35\(a\) \(7 days\)/);
    const u = "---\nsentencing-date: 2016-06-01\n---\nUnder Rule 35(c), the court had 14 days to correct the sentence.\n";
    assert.match(only(u).message, /is in Rule 35\(a\) \(14 days\)/);
    // Rule 35(c) with no window of days is its definition of sentencing: nothing
    assert.deepEqual(check("---\nsentencing-date: 2016-06-01\n---\nUnder Rule 35(c), sentencing means the oral announcement of the sentence.\n"), []);
  });

  it("no sentencing date known: says so (information), no guess and no fix", () => {
    const t = "Under Rule 35(a), the court had seven days to correct the sentence.";
    const f = only(t);
    assert.equal(f.severity, "information");
    assert.match(f.message, /no sentencing date/);
    assert.equal(f.fix, undefined);
    assert.deepEqual(check("Under Rule 35(a), the court has 14 days."), []);
  });

  it("a quoted order (block quote) and a sentence about the former rule are left alone", () => {
    assert.deepEqual(check("---\nsentencing-date: 2015-01-05\n---\n> Defendant is not entitled to relief under Fed. R. Crim. P. 35(a) because more than seven days has elapsed.\n"), []);
    assert.deepEqual(check("---\nsentencing-date: 2015-01-05\n---\nThe former Rule 35(a) allowed seven days.\n"), []);
  });
});

describe("citation-check: quotations and short forms of the withdrawn opinion", () => {
  it("a guideline cited inside a block quote is the quoted order's, not the brief's", () => {
    assert.deepEqual(check("> Post-conviction rehabilitation is not a basis for departure. See U.S.S.G. § 5K2.19.\n", 2016), []);
    assert.equal(check("Post-conviction rehabilitation is a basis for departure. See U.S.S.G. § 5K2.19.\n", 2016).length, 1);
  });

  it("a short form of the withdrawn panel opinion is flagged (no fix: its pages are not the en banc pages)", () => {
    const t = "Banuelos-Rodriguez, 173 F.3d at 744.";
    const f = only(t);
    assert.equal(f.severity, "error");
    assert.match(f.message, /withdrawn panel opinion/);
    assert.equal(f.fix, undefined);
    assert.deepEqual(check("The withdrawn panel opinion reasoned otherwise. Banuelos-Rodriguez, 173 F.3d at 744."), []);
    assert.deepEqual(check("Smith, 173 F.3d at 744."), []);
  });
});

describe("citation-check: other decisions under a known name are not flagged", () => {
  it("another order in the same district-court case (a different date) is not flagged; a one-part date typo is", () => {
    assert.deepEqual(check("United States v. Leyva-Martinez, No. 8:21CR232 (D. Neb. Jan. 5, 2025)."), []);
    assert.equal(check("United States v. Leyva-Martinez, No. 8:21CR232 (D. Neb. Sept. 13, 2024).").length, 1);
  });

  it("another case number under the same name is another case unless court and date match", () => {
    assert.deepEqual(check("United States v. Leyva-Martinez, No. 4:19CR100 (D. Neb. Mar. 2, 2020)."), []);
    assert.deepEqual(check("United States v. Leiva-Deras, No. 05-1234 (2d Cir. Mar. 1, 2006)."), []);
  });

  it("a database citation or a different court and year under a known name is not second-guessed", () => {
    assert.deepEqual(check("United States v. Banuelos-Rodriguez, 2010 WL 123456 (9th Cir. 2010)."), []);
    assert.deepEqual(check("United States v. Banuelos-Rodriguez, 999 F.3d 1 (9th Cir. 2021)."), []);
    // same court and year, one number right: the same decision mis-cited
    const t = "United States v. Banuelos-Rodriguez, 251 F.2d 969 (9th Cir. 2000) (en banc).";
    assert.equal(fixed(t, only(t)), "United States v. Banuelos-Rodriguez, 215 F.3d 969 (9th Cir. 2000) (en banc).");
  });
});

describe("citation-check: finding the sentencing date", () => {
  it("reads the sentencing itself, not the Sentencing Commission or Guidelines", () => {
    const t = "The Sentencing Commission's amendment took effect on November 1, 2010. Under Rule 35(a), the court had seven days.";
    assert.equal(only(t).severity, "information");
    const u = "At sentencing on March 3, 2008, the court imposed 60 months. Under Rule 35(a), the court had seven days.";
    assert.deepEqual(check(u), []);
    const v = "The sentencing hearing is set for December 14, 2026. Rule 35(a) gives the court seven days to correct clear error.";
    assert.equal(fixed(v, only(v)), "The sentencing hearing is set for December 14, 2026. Rule 35(a) gives the court 14 days to correct clear error.");
  });
});

describe("citation-check: short forms without a name", () => {
  it("refer to the case cited in full in that volume, only when one case was", () => {
    const t = "Kimbrough v. United States, 552 U.S. 85 (2007). See 552 U.S. at 60.";
    assert.equal(flagged(t, only(t)), "60");
    // Gall (552 U.S. 38) and Kimbrough (552 U.S. 85) share a volume: "552 U.S. at 51" is ambiguous, never flagged
    assert.deepEqual(check("Gall v. United States, 552 U.S. 38 (2007); Kimbrough v. United States, 552 U.S. 85 (2007). See 552 U.S. at 51."), []);
    // an unknown case in the same volume makes it ambiguous too
    assert.deepEqual(check("Kimbrough v. United States, 552 U.S. 85 (2007); Zed v. United States, 552 U.S. 20 (2007). See 552 U.S. at 21."), []);
  });
});

describe("citation-check: text that only looks like a citation to a known case", () => {
  it("a parenthetical the recogniser could not read (a wrapped slip opinion's line number) is not a wrong court", () => {
    assert.deepEqual(check("United States v. Stultz, No. 02-1625, 2004 WL 64958 (2d Cir. Jan.\n22 15, 2004)."), []);
  });
  it("a bare reporter cite without a parenthetical is not asked for (en banc)", () => {
    assert.deepEqual(check("215 F.3d 969 | 9th Cir. | 2000"), []);
  });
});

describe("citation-check: backwards pin ranges", () => {
  it("Marcussen, 15 F.4th 855, 857-48 (the Leyva-Martinez order's typo) is flagged without a guessed fix", () => {
    const t = "United States v. Marcussen, 15 F.4th 855, 857-48 (8th Cir. 2021).";
    const f = only(t);
    assert.equal(flagged(t, f), "857-48");
    assert.match(f.message, /runs backwards/);
    assert.equal(f.fix, undefined);
    assert.deepEqual(check("United States v. Marcussen, 15 F.4th 855, 857-58 (8th Cir. 2021)."), []);
    assert.deepEqual(check("United States v. Zed, 15 F.4th 855, 857-48 (8th Cir. 2021)."), [], "unknown case: never flagged");
  });
});

describe("citation-check: Rule 35(a) phrasing", () => {
  const FM = "---\nsentencing-date: 2016-06-20\n---\n";
  for (const [written, right] of [["seven (7) days", "fourteen (14) days"], ["7 days", "14 days"], ["seven-day", "14-day"], ["7-day", "14-day"], ["seven calendar days", "14 calendar days"]]) {
    it(`"${written}" → "${right}"`, () => {
      const t = `${FM}Rule 35(a) gives the court ${written} to correct clear error.\n`;
      assert.equal(fixed(t, only(t)), `${FM}Rule 35(a) gives the court ${right} to correct clear error.\n`);
    });
  }
  it('"Seven days" opening a sentence → "Fourteen days"', () => {
    const t = `${FM}Rule 35(a) is strict. Seven days is the limit under Rule 35(a).\n`;
    assert.equal(fixed(t, only(t)), `${FM}Rule 35(a) is strict. Fourteen days is the limit under Rule 35(a).\n`);
  });
});

describe("citation-check: Rule 35 without a subsection", () => {
  it("Rule 35 with seven days is Rule 35(a)'s window; Rule 35(b) is not", () => {
    const FM = "---\nsentencing-date: 2016-06-20\n---\n";
    const t = `${FM}Under Fed. R. Crim. P. 35, the court may correct clear error within seven days.\n`;
    assert.equal(fixed(t, only(t)), `${FM}Under Fed. R. Crim. P. 35, the court may correct clear error within 14 days.\n`);
    assert.deepEqual(check(`${FM}Under Rule 35(b), the government moved seven days later.\n`), []);
    assert.deepEqual(check(`${FM}Rule 350 says seven days.\n`), []);
  });
});

describe("citation-check: statute and rule subsections that do not exist (audit 12, D8)", () => {
  const brief = [
    "The Court may consider 8 U.S.C. § 1326(b)(5).",
    "See 8 U.S.C. § 1326(e).",
    "See 18 U.S.C. § 3582(c)(1)(A)(ii).",
    "See 18 U.S.C. § 3582(c)(1)(A)(iii).",
    "See Fed. R. Crim. P. 35(d).",
    "See Fed. R. Crim. P. 32(z).",
    "See 18 U.S.C. § 3553(g) and 18 U.S.C. § 3583(k).",
    "See 8 U.S.C. § 1325(a)(1) and 8 U.S.C. § 1326(b)(2).",
  ].join("\n\n");
  const at = (needle: string) => brief.indexOf(needle);
  it("flags, on the brief's sentencing date, only the parts Heartland's complete text shows do not exist", () => {
    const fs = checkCitations(brief, { edition: 2016, sentencingDate: "2017-03-01" });
    assert.deepEqual(
      fs.map((f) => [f.start, f.end, f.severity]),
      [
        [at("8 U.S.C. § 1326(b)(5)"), at("8 U.S.C. § 1326(b)(5)") + "8 U.S.C. § 1326(b)(5)".length, "warning"],
        [at("8 U.S.C. § 1326(e)"), at("8 U.S.C. § 1326(e)") + "8 U.S.C. § 1326(e)".length, "warning"],
        [at("18 U.S.C. § 3582(c)(1)(A)(iii)"), at("18 U.S.C. § 3582(c)(1)(A)(iii)") + "18 U.S.C. § 3582(c)(1)(A)(iii)".length, "warning"],
        [at("Fed. R. Crim. P. 35(d)"), at("Fed. R. Crim. P. 35(d)") + "Fed. R. Crim. P. 35(d)".length, "warning"],
      ],
    );
    const when = " (Heartland reads the statute as in force on the brief's sentencing date, Mar. 1, 2017, and as in force today.)";
    assert.equal(fs[0].message, "8 U.S.C. § 1326(b)(5) does not match the text Heartland has: 8 U.S.C. § 1326(b) has no (5)." + when);
    assert.equal(fs[1].message, "8 U.S.C. § 1326(e) does not exist: 8 U.S.C. § 1326 has only subsections (a), (b), (c), (d)." + when);
    assert.equal(fs[2].message, "18 U.S.C. § 3582(c)(1)(A)(iii) does not match the text Heartland has: 18 U.S.C. § 3582(c)(1)(A) has no (iii)." + when);
    assert.equal(fs[3].message, "Fed. R. Crim. P. 35(d) does not exist: Rule 35. Correcting or Reducing a Sentence has no subsection (d). (Heartland reads the rule as in force on the brief's sentencing date, Mar. 1, 2017, and as in force today.)");
  });
  it("the second section of a statute's §§ list is checked too", () => {
    const t = "The Court may consider 18 U.S.C. §§ 3553(a), 3582(c)(1)(A)(iii).";
    const fs = checkCitations(t, { edition: 2016, sentencingDate: "2017-03-01" });
    assert.deepEqual(fs.map((f) => [f.start, f.end]), [[t.indexOf("3582"), t.indexOf("3582") + "3582(c)(1)(A)(iii)".length]]);
    assert.match(fs[0].message, /^18 U\.S\.C\. § 3582\(c\)\(1\)\(A\)\(iii\) does not match the text Heartland has/);
  });
  it("without a sentencing date: every text in force during the edition's year, and today's", () => {
    const fs = checkCitations(brief, { edition: 2016 });
    assert.equal(fs.length, 4);
    assert.equal(fs[1].message, "8 U.S.C. § 1326(e) does not exist: 8 U.S.C. § 1326 has only subsections (a), (b), (c), (d). (Heartland reads the statute as in force while the 2016 Manual was, Nov. 1, 2016 – Oct. 31, 2017, and as in force today; the brief gives no `sentencing-date:`.)");
  });
  it("silent where Heartland cannot tell for the date: § 1326(b) before Sept. 30, 1996, § 3582 before Sept. 13, 1994", () => {
    // 1995: § 1326's text then is not in the data; § 3582(c)(1)(A) had (i) and (ii), so (iii) is still flagged
    const in1995 = checkCitations(brief, { edition: 1995, sentencingDate: "1995-06-01" });
    // (which subsections § 1326 had then is not verified; Rule 35 then is known only in part)
    assert.deepEqual(in1995.map((f) => brief.slice(f.start, f.end)), ["18 U.S.C. § 3582(c)(1)(A)(iii)"]);
    // 1993: (c)(1)(A)(ii) was added on Sept. 13, 1994 (the hover says so); not a wrong citation in the brief
    assert.deepEqual(checkCitations("See 18 U.S.C. § 3582(c)(1)(A)(ii), (iii).", { edition: 1995, sentencingDate: "1993-06-01" }), []);
  });
  it("a case's explanatory parenthetical and a block quote are left alone", () => {
    const t = "United States v. Cuevas-Lopez, 934 F.3d 1056 (9th Cir. 2019) (discussing 8 U.S.C. § 1326(e)).\n\n> See 8 U.S.C. § 1326(e).\n";
    assert.deepEqual(checkCitations(t, { edition: 2016, sentencingDate: "2017-03-01" }), []);
  });
});
