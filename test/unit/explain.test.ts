import * as assert from "node:assert/strict";
import { runCli } from "./memory-io";
import { Brief } from "../../src/core/brief/brief";
import { explain, explanationMarkdown } from "../../src/core/explain";
import { recognizeCitations } from "../../src/core/citations/recognize";

const run = runCli;

function explainOne(cite: string, edition: number) {
  const [m] = recognizeCitations(cite);
  assert.ok(m, `no citation in ${cite}`);
  return explain(m.citation, edition);
}

describe("heartland explain", () => {
  it("prints the 2016 text of §2L1.2(b)(2)(A) as JSON per the contract", () => {
    const r = run("explain", "U.S.S.G. § 2L1.2(b)(2)(A)", "--manual", "2016");
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.equal(j.manual, 2016);
    assert.deepEqual(j.citation, { kind: "guideline", section: "2L1.2", subsection: ["b", "2", "A"] });
    assert.equal(j.title, "§2L1.2. Unlawfully Entering or Remaining in the United States");
    assert.equal(j.text, "(A) a conviction for a felony offense (other than an illegal reentry offense) for which the sentence imposed was five years or more, increase by 10 levels;");
    assert.match(j.source, /2016/);
  });

  it("prints in Markdown exactly what the hover shows", () => {
    const r = run("explain", "USSG §2L1.2(b)(2)(A)", "--manual", "2016", "--format", "markdown");
    assert.equal(r.code, 0);
    const e = explainOne("USSG §2L1.2(b)(2)(A)", 2016);
    assert.ok(e.ok);
    assert.equal(r.out, explanationMarkdown(e.explanation) + "\n");
    assert.ok(r.out.startsWith("**USSG §2L1.2(b)(2)(A)** — Guidelines Manual, Nov. 1, 2016\n"));
    assert.match(r.out, /> \*\*\(A\) a conviction for a felony offense/);
  });

  it("a note's clause printed inside its text shows the whole note, as for a guideline clause (audit 17, C1)", () => {
    const r = run("explain", "USSG §2L1.2, comment. (n.5(C))", "--manual", "2016");
    assert.equal(r.code, 0, r.out + r.err);
    const j = JSON.parse(r.out);
    assert.match(j.text, /^5\. Departure Based on Seriousness of a Prior Offense\.—.*\(C\) the time actually served was substantially less than the length of the sentence imposed for the prior offense\./);
    assert.ok(j.caveats.some((c: string) => /n\.5\(C\)\) is a clause printed inside §2L1\.2, comment\. \(n\.5\); the whole of/.test(c)), JSON.stringify(j.caveats));
    assert.equal(j.status, "verbatim");
  });

  it("uses the edition a citation names itself", () => {
    const e = explainOne("U.S. Sentencing Guidelines Manual § 2L1.2(b)(2) (U.S. Sent'g Comm'n 2025)", 2016);
    assert.ok(e.ok);
    assert.equal(e.explanation.manual, 2025);
    assert.equal(e.explanation.editionFrom, "citation");
  });

  it("shows the deletion note for §5K2.19 in the 2012 Manual", () => {
    const r = run("explain", "§5K2.19", "--manual", "2012");
    assert.equal(r.code, 0);
    const j = JSON.parse(r.out);
    assert.equal(j.status, "deleted");
    assert.match(j.history, /Amendment 768/);
  });

  it("exits 2 with a plain message for a provision not in the edition", () => {
    const r = run("explain", "§3F1.1", "--manual", "2016");
    assert.equal(r.code, 2);
    assert.equal(r.out, "");
    assert.match(r.err, /^§3F1\.1 is not in the 2016 Guidelines Manual/);
  });

  it("exits 2 for input that is not a citation, a bad edition or a bad format", () => {
    assert.equal(run("explain", "hello").code, 2);
    assert.match(run("explain", "§2L1.2", "--manual", "1987").err, /1995 to 2026/);
    assert.match(run("explain", "§2L1.2", "--format", "xml").err, /--format must be/);
    assert.equal(run("explain").code, 2);
    assert.equal(run("frobnicate").code, 2);
  });

  it("reads Rule 35(a) and its 14-day window", () => {
    const e = explainOne("Fed. R. Crim. P. 35(a)", 2025);
    assert.ok(e.ok);
    assert.equal(e.explanation.text, "(a) Correcting Clear Error. Within 14 days after sentencing, the court may correct a sentence that resulted from arithmetical, technical, or other clear error.");
    const bad = explainOne("Fed. R. Crim. P. 35(d)", 2025);
    assert.equal(bad.ok, false);
  });

  it("keeps the statute's lead-in lines inside the block quote", () => {
    const e = explainOne("8 U.S.C. § 1326(b)(2)", 2025);
    assert.ok(e.ok);
    const md = explanationMarkdown(e.explanation);
    for (const line of md.split("\n\n**Maximum term")[0].split("\n").slice(4)) assert.ok(line.startsWith(">"), line);
    assert.match(md, /\*\*Maximum term:\*\* Not more than 20 years/);
  });
});

describe("Brief settings", () => {
  it("front matter overrides the user's settings", () => {
    const b = new Brief("---\ncircuit: 2\nguidelines-manual: 2016\ndate: 2024-03-01\n---\nText.");
    assert.deepEqual(b.settings({ circuit: "9", manual: 2025 }), { circuit: "2", edition: 2016, circuitFrom: "front matter", editionFrom: "front matter", editionReason: "the brief's front matter names the 2016 Manual", policyEdition: 2023 });
    const d = new Brief("Text.").settings({ circuit: "9", manual: "latest" });
    assert.deepEqual([d.circuit, d.circuitFrom, d.editionFrom], ["9", "setting", "default"]);
    assert.match(d.editionReason, /^no edition or sentencing date in the brief: the Manual in force on today's date/);
  });
});

describe("explain: text Heartland does not have", () => {
  it("says so instead of showing another edition's text (§3E1.1 in 2005)", () => {
    const e = explainOne("§3E1.1", 2005);
    assert.ok(e.ok);
    assert.equal(e.explanation.status, "unavailable");
    assert.equal(e.explanation.text, "");
    assert.match(e.explanation.message ?? "", /cannot be shown as the 2005 text/);
    const r = run("explain", "§3E1.1", "--manual", "2005");
    assert.equal(r.code, 0);
    assert.equal(JSON.parse(r.out).status, "unavailable");
  });

  it("shows the Sentencing Table for ch. 5, pt. A with the edition's zones", () => {
    const e2005 = explainOne("U.S.S.G. ch. 5, pt. A", 2005);
    const e2016 = explainOne("U.S.S.G. ch. 5, pt. A", 2016);
    assert.ok(e2005.ok && e2016.ok);
    const row = (t: string | undefined, level: number) => (t ?? "").split("\n").find((l) => l.startsWith(`| ${level} |`));
    assert.equal(row(e2016.explanation.table, 13), "| 13 | 12–18 [C] | 15–21 [D] | 18–24 [D] | 24–30 [D] | 30–37 [D] | 33–41 [D] |");
    assert.equal(row(e2016.explanation.table, 43), "| 43 | life [D] | life [D] | life [D] | life [D] | life [D] | life [D] |");
    // Zone C is a minimum of 10–12 months today; zones changed on Nov. 1, 2010 (Amendment 738):
    // level 11/I (8–14) was Zone C before and is Zone B after.
    assert.match(row(e2005.explanation.table, 11) ?? "", /^\| 11 \| 8–14 \[C\]/);
    assert.match(row(e2016.explanation.table, 11) ?? "", /^\| 11 \| 8–14 \[B\]/);
  });
});

describe("explain: statutes", () => {
  it("a subsection § 1326 does not have is an error, a section Heartland lacks is unavailable", () => {
    const bad = run("explain", "8 U.S.C. § 1326(e)");
    assert.equal(bad.code, 2);
    assert.match(bad.err, /^8 U\.S\.C\. § 1326\(e\) does not exist: 8 U\.S\.C\. § 1326 has only subsections \(a\), \(b\), \(c\), \(d\)\./);
    const missing = run("explain", "8 U.S.C. § 1327");
    assert.equal(missing.code, 0);
    assert.equal(JSON.parse(missing.out).status, "unavailable");
  });
});

describe("heartland explain --date (the sentencing date)", () => {
  it("without --manual, the Manual in force on the date (USSG §1B1.11(a)), named with its reason", () => {
    const r = run("explain", "U.S.S.G. § 2L1.2(b)(1)(A)", "--date", "2014-03-01");
    assert.equal(r.code, 0);
    assert.equal(JSON.parse(r.out).manual, 2013);
    const md = run("explain", "U.S.S.G. § 2L1.2(b)(1)(A)", "--date", "2014-03-01", "--format", "markdown");
    assert.match(md.out, /\*Edition: the Manual in force on the date given \(Mar\. 1, 2014\), USSG §1B1\.11\(a\)\.\*/);
  });

  it("Nov. 1 starts the new Manual", () => {
    assert.equal(JSON.parse(run("explain", "U.S.S.G. § 2L1.2", "--date", "2016-10-31").out).manual, 2015);
    assert.equal(JSON.parse(run("explain", "U.S.S.G. § 2L1.2", "--date", "2016-11-01").out).manual, 2016);
  });

  it("statutes and rules as in force that day; --manual still chooses the Manual", () => {
    const rule = run("explain", "Fed. R. Crim. P. 35(a)", "--date", "1999-04-12", "--format", "markdown");
    assert.equal(rule.code, 0);
    assert.match(rule.out, /was Rule 35\(c\), not 35\(a\)/);
    assert.match(rule.out, /Rule text as in force on Apr\. 12, 1999 \(the sentencing date\)/);
    const statute = run("explain", "8 U.S.C. § 1326(a)", "--date", "1995-05-01", "--format", "markdown");
    assert.match(statute.out, /has been arrested and deported or excluded and deported/);
    assert.equal(JSON.parse(run("explain", "U.S.S.G. § 2L1.2", "--date", "2014-03-01", "--manual", "2016").out).manual, 2016);
  });

  it("audit 12 D5: § 3582(c)(1)(A)(ii) on June 1, 1993 — no text, and the day Pub. L. 103-322 added it", () => {
    const r = run("explain", "18 U.S.C. § 3582(c)(1)(A)(ii)", "--date", "1993-06-01", "--format", "markdown");
    assert.equal(r.code, 0, r.err);
    assert.ok(!r.out.includes("70 years of age"), r.out);
    assert.ok(r.out.includes("18 U.S.C. § 3582(c)(1)(A)(ii) was not in force on June 1, 1993: clause (ii) was added on Sept. 13, 1994 by the Violent Crime Control and Law Enforcement Act of 1994 (Pub. L. 103-322)"), r.out);
    assert.ok(r.out.includes("*Text: not available"), r.out);
    // the day it was added, the text is shown (as printed in Appendix B)
    const on = run("explain", "18 U.S.C. § 3582(c)(1)(A)(ii)", "--date", "1994-09-13", "--format", "markdown");
    assert.ok(on.out.includes("**(ii) the defendant is at least 70 years of age"), on.out);
  });

  it("a statute with no verified text for the date names no edition \"none\" (the heading and the text line)", () => {
    const r = run("explain", "8 U.S.C. § 1326(b)(2)", "--date", "1993-06-01", "--format", "markdown");
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out.split("\n")[0], "**8 U.S.C. § 1326(b)(2)** — no verified text");
    assert.ok(r.out.includes("*Text: not available — Heartland shows no text rather than another edition's.*"), r.out);
    assert.ok(!r.out.includes("— none"), r.out);
  });

  it("§ 3553(a) before May 1, 2016: the 2016 text is shown as printed, never called the text in force that day", () => {
    const r = run("explain", "18 U.S.C. § 3553(a)(4)", "--date", "2001-06-01", "--format", "markdown");
    assert.equal(r.code, 0, r.err);
    assert.ok(!r.out.includes("Statute text as in force on June 1, 2001"), r.out);
    assert.ok(r.out.includes("⚠ Not verified as the text in force on June 1, 2001: this is the text of USSC Guidelines Manual Appendix B (as of May 1, 2016)."), r.out);
    // from May 1, 2016 the text is the law as the two copies agree
    const later = run("explain", "18 U.S.C. § 3553(a)(4)", "--date", "2019-06-01", "--format", "markdown");
    assert.ok(later.out.includes("⚠ Statute text as in force on June 1, 2019 (the sentencing date)"), later.out);
    assert.ok(!later.out.includes("Not verified as the text in force"), later.out);
  });

  it("a date that is not one is refused with a clear message (exit 2)", () => {
    const r = run("explain", "8 U.S.C. § 1326(a)", "--date", "1995-02-30");
    assert.equal(r.code, 2);
    assert.match(r.err, /--date "1995-02-30" is not a date/);
  });
});

describe("the hover tells no later deletion to an earlier brief (audit 15 O4, more forms)", () => {
  const hover = (text: string, cite: string) => {
    const brief = new Brief(text);
    const [m] = recognizeCitations(cite);
    const s = brief.settings({});
    // as hover.ts reads the brief: its own date, else its sentencing date, else none
    return explain(m.citation, s.edition, s.sentencingDate, s.editionReason, brief.front.briefDate ?? s.sentencingDate);
  };
  it("§5K2.19 under the 2005 Manual, brief dated 2006: in the Manual, no word of its deletion on Nov. 1, 2012 (ref/era_2016: Amendment 768)", () => {
    const r = hover("---\ndate: 2006-03-01\n---\n\nThe Court may not depart under USSG §5K2.19.\n", "USSG §5K2.19");
    assert.ok(r.ok && r.explanation.message, "unavailable with a message");
    assert.ok(r.ok && r.explanation.message!.includes("was in the 2005 Manual (effective Nov. 1, 2000, Amendment 602)"), r.ok ? r.explanation.message : "");
    assert.ok(r.ok && !/2012|768|deleted/.test(r.explanation.message!), r.ok ? r.explanation.message : "");
  });
  it("§5K2.19 under the 2011 Manual in a brief dated 2014 (a resentencing under the old Manual): the deletion is said", () => {
    const r = hover("---\nguidelines-manual: 2011\ndate: 2014-03-01\n---\n\nUSSG §5K2.19.\n", "USSG §5K2.19");
    assert.ok(r.ok && r.explanation.message!.includes("deleted Nov. 1, 2012, Amendment 768"), r.ok ? r.explanation.message : "");
  });
  it("a brief with no date: what Heartland knows today is said (the deletion), and no marker is left", () => {
    const r = hover("---\nguidelines-manual: 2011\n---\n\nUSSG §5K2.19.\n", "USSG §5K2.19");
    assert.ok(r.ok && r.explanation.message!.includes("deleted Nov. 1, 2012, Amendment 768") && !r.explanation.message!.includes("{dated"), r.ok ? r.explanation.message : "");
  });
  it("a §5K2 departure under the 2019 Manual in a brief of 2020: no deletion by Amendment 836 (Nov. 1, 2025)", () => {
    const r = hover("---\ndate: 2020-06-01\n---\n\nUSSG §5K2.12.\n", "USSG §5K2.12");
    assert.ok(r.ok, "explained");
    const said = r.ok ? `${r.explanation.message ?? ""} ${r.explanation.text}` : "";
    assert.ok(!/836|2025/.test(said), said);
  });
});
