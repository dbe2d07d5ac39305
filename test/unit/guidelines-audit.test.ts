/**
 * Audit grid: for each provision the reference has and each edition 1995–2025, what
 * `heartland explain --format json` must print — decided from ../shared/reference alone
 * (era files' statuses, historical notes and amendment texts), not from the data files.
 *
 * Each row: a citation, the editions it covers and what the hover must show there — the
 * text's status, whose text it is (textEdition) and a distinctive phrase (and, where it
 * matters, a phrase that must NOT be there: a later amendment's words); or that the
 * provision is not in that edition (exit 2); or that it is but no verified text exists.
 *
 * The last block checks the stored texts themselves against the reference, character for
 * character up to whitespace (and the nbsp / non-breaking-hyphen normalisation build.py
 * documents); it is skipped where ../shared/reference is not checked out.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import type { Io } from "../../src/cli/io";
import { DELETED_DATA, GUIDELINE_DATA, STATUTE_DATA } from "../../src/core/guidelines/lookup";
import type { ProvisionNode, Version } from "../../src/core/guidelines/schema";

// ------------------------------------------------------------------ harness

interface Json {
  text: string;
  status: string;
  textEdition: string;
  caveats: string[];
  history?: string;
  message?: string;
  statutoryMaximum?: string;
  table?: string;
}

function explainJson(cite: string, year: number): { code: number; json?: Json; err: string } {
  let out = "";
  let err = "";
  const io: Io = {
    readFile: () => {
      throw new Error("no files");
    },
    readStdin: () => "",
    out: (t) => (out += t + "\n"),
    err: (t) => (err += t + "\n"),
  };
  const code = main(["explain", cite, "--manual", String(year), "--format", "json"], io);
  return { code, json: code === 0 ? (JSON.parse(out) as Json) : undefined, err };
}

type Shown = { status: "verbatim" | "derived" | "partial" | "deleted"; ed: string; phrase: string; not?: string; history?: RegExp; max?: RegExp };
type Absent = { absent: RegExp };
type NoText = { noText: RegExp };
type Expect = Shown | Absent | NoText;

const years = (a: number, b: number = a): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);

function check(cite: string, ys: number[], e: Expect): void {
  for (const y of ys) {
    const r = explainJson(cite, y);
    const at = `${cite} in ${y}`;
    if ("absent" in e) {
      assert.equal(r.code, 2, `${at}: expected "not in this edition" (exit 2), got ${r.json ? `${r.json.status}: ${r.json.text.slice(0, 80)}` : r.err}`);
      assert.match(r.err, e.absent, at);
      continue;
    }
    assert.equal(r.code, 0, `${at}: ${r.err}`);
    const j = r.json!;
    if ("noText" in e) {
      assert.equal(j.status, "unavailable", `${at}: expected no verified text, got ${j.status} (${j.textEdition}): ${j.text.slice(0, 80)}`);
      assert.equal(j.text, "", at);
      assert.match(j.message ?? "", e.noText, at);
      continue;
    }
    assert.equal(j.status, e.status, `${at}: status (${j.textEdition})`);
    assert.equal(j.textEdition, e.ed, `${at}: textEdition`);
    assert.ok(j.text.includes(e.phrase), `${at}: text lacks "${e.phrase}": ${j.text.slice(0, 200)}`);
    if (e.not) assert.ok(!j.text.includes(e.not), `${at}: text has "${e.not}", which is not in this edition`);
    if (e.history) assert.match(j.history ?? "", e.history, `${at}: history`);
    if (e.max) assert.match(j.statutoryMaximum ?? "", e.max, `${at}: statutory maximum`);
    if (e.status === "derived") assert.ok(j.caveats.some((c) => c.includes("DERIVED")), `${at}: DERIVED text without a DERIVED caveat`);
  }
}

function row(cite: string, ys: number[], e: Expect): void {
  const span = ys.length === 1 ? `${ys[0]}` : `${ys[0]}–${ys[ys.length - 1]}`;
  const what = "absent" in e ? "not in the edition" : "noText" in e ? "no verified text" : `${e.status}, ${e.ed}`;
  it(`${cite} · ${span}: ${what}`, () => check(cite, ys, e));
}

// whose text each era's §2L1.2 is (from the reference files' statuses)
const M95 = "Guidelines Manual, Nov. 1, 1995";
const M97 = "Guidelines Manual, Nov. 1, 1997 (text in force Nov. 1, 1997 – Oct. 31, 2001)";
const R01 = "Guidelines Manual, Nov. 1, 2001, as rebuilt (no copy seen)";
const R02 = "Guidelines Manual, Nov. 1, 2002, as rebuilt (no copy seen)";
const R0307 = "Guidelines Manuals of 2003–2007, as rebuilt (no copy seen)";
const R0809 = "Guidelines Manuals of 2008–2009, as rebuilt (no copy seen)";
const R10 = "Guidelines Manual, Nov. 1, 2010, as rebuilt (no copy seen)";
const M11 = "Guidelines Manual, Nov. 1, 2015 (guideline text identical to the Nov. 1, 2011 web copy)";
const M15 = "Guidelines Manual, Nov. 1, 2015";
const M16 = "Guidelines Manual, Nov. 1, 2016";
const M25 = "Guidelines Manual, Nov. 1, 2025";
const A658 = "Amendment 658 (eff. Nov. 1, 2003), USSC Appendix C";

/** §2L1.2 guideline text (a)–(b): verbatim 1995–2000 and 2011–2025, DERIVED 2001–2010 (reference: era_2001 / era_2008_2015). */
function guidelineEras(cite: string, phrase: string, from: number, to: number, not?: string): void {
  const eras: [number, number, Shown["status"], string][] = [
    [1995, 1996, "verbatim", M95],
    [1997, 2000, "verbatim", M97],
    [2001, 2001, "derived", R01],
    [2002, 2002, "derived", R02],
    [2003, 2007, "derived", R0307],
    [2008, 2009, "derived", R0809],
    [2010, 2010, "derived", R10],
    [2011, 2011, "verbatim", M11],
    [2012, 2015, "verbatim", M15],
    [2016, 2017, "verbatim", M16],
    [2018, 2025, "verbatim", M25],
  ];
  for (const [a, b, status, ed] of eras) {
    const lo = Math.max(a, from);
    const hi = Math.min(b, to);
    if (lo <= hi) row(cite, years(lo, hi), { status, ed, phrase, ...(not ? { not } : {}) });
  }
}

// ------------------------------------------------------------------ §2L1.2 guideline text

describe("audit grid: §2L1.2 guideline text by edition", () => {
  guidelineEras("U.S.S.G. § 2L1.2(a)", "(a) Base Offense Level: 8", 1995, 2025);
  // 1995–1996: Amendment 375 structure, quoted by Amendment 562 when struck
  row("U.S.S.G. § 2L1.2(b)(1)", years(1995, 1996), { status: "verbatim", ed: M95, phrase: "other than a felony involving violation of the immigration laws, increase by 4 levels" });
  row("U.S.S.G. § 2L1.2(b)(2)", years(1995, 1996), { status: "verbatim", ed: M95, phrase: "after a conviction for an aggravated felony, increase by 16 levels" });
  row("U.S.S.G. § 2L1.2(b)(2)", years(1997, 2015), { absent: /It appears in the 1995–1996 and 2016–2025 Manuals/ });
  row("U.S.S.G. § 2L1.2(b)(1)(A)", years(1995, 1996), { absent: /is not in the \d{4} Guidelines Manual/ });
  // 1997–2000: Amendment 562 version (quoted by Amendment 632)
  row("U.S.S.G. § 2L1.2(b)(1)(A)", years(1997, 2000), { status: "verbatim", ed: M97, phrase: "(A) If the conviction was for an aggravated felony, increase by 16 levels." });
  row("U.S.S.G. § 2L1.2(b)(1)(B)", years(1997, 2000), { status: "verbatim", ed: M97, phrase: "(ii) three or more misdemeanor crimes of violence or misdemeanor controlled substance offenses, increase by 4 levels" });
  // 2001–2015: Amendment 632 tiers; "committed for profit" until Amendment 658 (2003); criminal-history split from Amendment 754 (2011)
  row("U.S.S.G. § 2L1.2(b)(1)(A)", [2001], { status: "derived", ed: R01, phrase: "(vii) an alien smuggling offense committed for profit, increase by 16 levels;" });
  row("U.S.S.G. § 2L1.2(b)(1)(A)", [2002], { status: "derived", ed: R02, phrase: "(vii) an alien smuggling offense committed for profit, increase by 16 levels;" });
  row("U.S.S.G. § 2L1.2(b)(1)(A)", years(2003, 2007), { status: "derived", ed: R0307, phrase: "(vii) an alien smuggling offense, increase by 16 levels;", not: "committed for profit" });
  row("U.S.S.G. § 2L1.2(b)(1)(A)", years(2008, 2009), { status: "derived", ed: R0809, phrase: "increase by 16 levels;", not: "criminal history points" });
  row("U.S.S.G. § 2L1.2(b)(1)(A)", [2010], { status: "derived", ed: R10, phrase: "increase by 16 levels;", not: "criminal history points" });
  row("U.S.S.G. § 2L1.2(b)(1)(A)", [2011], { status: "verbatim", ed: M11, phrase: "increase by 16 levels if the conviction receives criminal history points under Chapter Four or by 12 levels" });
  row("U.S.S.G. § 2L1.2(b)(1)(A)", years(2012, 2015), { status: "verbatim", ed: M15, phrase: "increase by 16 levels if the conviction receives criminal history points under Chapter Four or by 12 levels" });
  row("U.S.S.G. § 2L1.2(b)(1)(A)", years(2016, 2017), { status: "verbatim", ed: M16, phrase: "(A) a conviction for a felony that is an illegal reentry offense, increase by 4 levels" });
  row("U.S.S.G. § 2L1.2(b)(1)(A)", years(2018, 2025), { status: "verbatim", ed: M25, phrase: "(A) a conviction for a felony that is an illegal reentry offense, increase by 4 levels" });
  // clause printed inside (b)(1)(A): shown with its whole clause; absent where (A) has no (i)
  guidelineEras("U.S.S.G. § 2L1.2(b)(1)(A)(i)", "(i) a drug trafficking offense for which the sentence imposed exceeded 13 months", 2001, 2015);
  row("USSG §2L1.2(b)(1)(A)(i)", [...years(1995, 2000), ...years(2016, 2025)], { absent: /It appears in the 2001–2015 Manuals/ });
  // (b)(1)(B): flat +12 before 2011
  guidelineEras("§ 2L1.2(b)(1)(B)", "13 months or less, increase by 12 levels;", 2001, 2010, "criminal history points");
  guidelineEras("§ 2L1.2(b)(1)(B)", "increase by 12 levels if the conviction receives criminal history points under Chapter Four or by 8 levels", 2011, 2015);
  // (b)(1)(C): 2001–2015 only
  guidelineEras("U.S.S.G. § 2L1.2(b)(1)(C)", "(C) a conviction for an aggravated felony, increase by 8 levels;", 2001, 2015);
  row("U.S.S.G. § 2L1.2(b)(1)(C)", [...years(1995, 2000), ...years(2016, 2025)], { absent: /It appears in the 2001–2015 Manuals/ });
  guidelineEras("U.S.S.G. § 2L1.2(b)(1)(D)", "(D) a conviction for any other felony, increase by 4 levels", 2001, 2015);
  guidelineEras("U.S.S.G. § 2L1.2(b)(1)(E)", "three or more convictions for misdemeanors that are crimes of violence or drug trafficking offenses, increase by 4 levels", 2001, 2015);
  // 2016–: Amendment 802; Amendment 809 (2018) reworded the (b)(2)/(b)(3) lead-ins
  guidelineEras("U.S.S.G. § 2L1.2(b)(2)(A)", "for which the sentence imposed was five years or more, increase by 10 levels", 2016, 2025);
  row("U.S.S.G. § 2L1.2(b)(2)(A)", years(1995, 2015), { absent: /It appears in the 2016–2025 Manuals/ });
  guidelineEras("U.S.S.G. § 2L1.2(b)(2)", "for the first time, the defendant sustained—", 2016, 2017, "engaged in criminal conduct");
  guidelineEras("U.S.S.G. § 2L1.2(b)(2)", "the defendant engaged in criminal conduct that, at any time, resulted in—", 2018, 2025);
  // (b)(3): only from 2016
  row("U.S.S.G. § 2L1.2(b)(3)", years(1995, 2015), { absent: /It appears in the 2016–2025 Manuals/ });
  guidelineEras("U.S.S.G. § 2L1.2(b)(3)", "If, at any time after the defendant was ordered deported or ordered removed", 2016, 2017);
  guidelineEras("U.S.S.G. § 2L1.2(b)(3)", "If, after the defendant was ordered deported or ordered removed", 2018, 2025, "If, at any time after");
  guidelineEras("U.S.S.G. § 2L1.2(b)(3)(E)", "three or more convictions for misdemeanors that are crimes of violence or drug trafficking offenses, increase by 2 levels", 2016, 2025);
  guidelineEras("§§ 2L1.2(b)(2)–(3)", "increase by 10 levels", 2016, 2025);
  row("U.S.S.G. § 2L1.2(c)", years(1995, 2026), { absent: /No edition Heartland has \(1995–2025\) contains it/ });
  row("U.S.S.G. § 2L1.2(b)(4)", [1995, 2005, 2016, 2025], { absent: /No edition Heartland has/ });
});

// ------------------------------------------------------------------ §2L1.2 commentary

describe("audit grid: §2L1.2 application notes by edition", () => {
  // Note 1
  row("§2L1.2, comment. (n.1)", years(1997, 2000), { status: "verbatim", ed: M97, phrase: "1. For purposes of this guideline—" });
  row("§2L1.2, comment. (n.1)", years(2012, 2015), { status: "verbatim", ed: M15, phrase: "1. Application of Subsection (b)(1).—" });
  row("§2L1.2, comment. (n.1)", years(2016, 2017), { status: "verbatim", ed: M16, phrase: "1. In General.—" });
  row("§2L1.2, comment. (n.1)", years(2018, 2025), { status: "verbatim", ed: M25, phrase: "1. In General.—" });
  // lettered sub-notes: n.1(B)(vii) "sentence imposed"; Amendment 764 (2012) added the revocation limit
  row("§2L1.2, comment. (n.1(B)(vii))", years(2003, 2007), { status: "verbatim", ed: A658, phrase: "(vii) ‘Sentence imposed’ has the meaning given the term ‘sentence of imprisonment’", not: "but only if the revocation occurred" });
  row("§2L1.2, comment. (n.1(B)(vii))", years(2008, 2011), { status: "verbatim", ed: A658, phrase: "‘Sentence imposed’", not: "but only if the revocation occurred" });
  row("§2L1.2, comment. (n.1(B)(iv))", years(2008, 2010), { status: "derived", ed: A658, phrase: "dispensing of, or offer to sell a controlled" });
  row("§2L1.2, comment. (n.1(B))", years(2008, 2010), { status: "derived", ed: `${A658}; Amendment 722 (eff. Nov. 1, 2008), USSC Appendix C`, phrase: "(B) Definitions.—For purposes of subsection (b)(1):" });
  row("§2L1.2, comment. (n.1(B)(vii))", years(2012, 2015), { status: "verbatim", ed: M15, phrase: "but only if the revocation occurred before the defendant was deported or unlawfully remained in the United States" });
  row("§2L1.2, comment. (n.1(B)(vii))", [...years(1997, 2000), ...years(2016, 2025)], { absent: /It appears in the 2003–2015 Manuals/ });
  // the reference lacks Notes 1 and 2 of 1995 "in full": no claim either way about a Note 1(B)
  row("§2L1.2, comment. (n.1(B)(vii))", years(1995, 1996), { noText: /only some of the commentary/ });
  row("§2L1.2, comment. (n.1(B)(vii))", years(2001, 2002), { noText: /only some of the commentary/ });
  row("§2L1.2, comment. (n.1(B)(iii))", [2002], { status: "verbatim", ed: "Guidelines Manual, Nov. 1, 2002, as quoted by Amendment 658 (USSC Appendix C)", phrase: "(iii) ‘Drug trafficking offense’ means" });
  row("§2L1.2, comment. (n.1(B)(iii))", years(2003, 2007), { status: "verbatim", ed: A658, phrase: "(iii) ‘Crime of violence’ means any of the following: murder", not: "consent to the conduct" });
  row("§2L1.2, comment. (n.1(B)(iii))", years(2008, 2010), { status: "verbatim", ed: "Amendment 722 (eff. Nov. 1, 2008), USSC Appendix C", phrase: "consent to the conduct is not given or is not legally valid" });
  row("§2L1.2, comment. (n.1(B)(iii))", years(2012, 2015), { status: "verbatim", ed: M15, phrase: "consent to the conduct is not given or is not legally valid" });
  row("§2L1.2, comment. (n.1(C))", years(2012, 2015), { status: "verbatim", ed: M15, phrase: "(C) Prior Convictions.—" });
  row("§2L1.2, comment. (n.1(C))", years(2016, 2025), { absent: /It appears in the 2011–2015 Manuals/ });
  row("§2L1.2, comment. (n.1(C))", years(2001, 2010), { noText: /no text of §2L1\.2, comment\. \(n\.1\(C\)\)/ });
  // Note 2: 1995 DERIVED; Amendment 809 (2018) and 822 (2023)
  row("§2L1.2, comment. (n.2)", years(1995, 1996), { status: "derived", ed: M95, phrase: "repeated prior instances of deportation without criminal conviction" });
  row("§ 2L1.2 cmt. n.2", years(2016, 2017), { status: "verbatim", ed: M16, phrase: "2. Definitions.—", not: "regardless of when the revocation occurred" });
  row("§ 2L1.2 cmt. n.2", years(2018, 2022), { status: "derived", ed: "rebuilt from the Guidelines Manuals of Nov. 1, 2016 and Nov. 1, 2025", phrase: "regardless of when the revocation occurred", not: "“Robbery”" });
  row("§ 2L1.2 cmt. n.2", years(2023, 2025), { status: "verbatim", ed: M25, phrase: "“Robbery” is the unlawful taking" });
  // Note 4(B): Amendment 795 (2015) "counted" -> "treated"
  row("§ 2L1.2 app. note 4", years(2012, 2014), { status: "derived", ed: "Guidelines Manual, Nov. 1, 2015; rebuilt from the Guidelines Manual, Nov. 1, 2015", phrase: "not counted as a single sentence" });
  row("§ 2L1.2 app. note 4", [2015], { status: "verbatim", ed: M15, phrase: "not treated as a single sentence" });
  row("§ 2L1.2 app. note 4", years(1995, 1996), { status: "verbatim", ed: M95, phrase: "4. A 16-level increase is provided under subsection (b)(2)" });
  // Note 5: 2016 departure note vs 2018–2025 before-and-after note
  row("USSG §2L1.2, comment. (n.5)", years(1997, 2000), { status: "verbatim", ed: M97, phrase: "5. Aggravated felonies that trigger the adjustment from subsection (b)(1)(A) vary widely." });
  row("USSG §2L1.2, comment. (n.5)", years(2012, 2015), { status: "verbatim", ed: M15, phrase: "5. Aiding and Abetting, Conspiracies, and Attempts.—" });
  row("USSG §2L1.2, comment. (n.5)", years(2016, 2017), { status: "verbatim", ed: M16, phrase: "5. Departure Based on Seriousness of a Prior Offense.—" });
  row("USSG §2L1.2, comment. (n.5)", years(2018, 2025), { status: "verbatim", ed: M25, phrase: "5. Cases in Which the Criminal Conduct Underlying a Prior Conviction Occurred Both Before and After", not: "Departure" });
  // departure notes renumbered 6–8 by Amendment 809 (2018), deleted by Amendment 836 (2025)
  row("§ 2L1.2 cmt. n.6", years(2016, 2017), { status: "verbatim", ed: M16, phrase: "6. Departure Based on Time Served in State Custody.—" });
  row("§ 2L1.2 cmt. n.6", years(2018, 2024), { status: "verbatim", ed: "Guidelines Manual, Nov. 1, 2016 (Note 5 there)", phrase: "6. Departure Based on Seriousness of a Prior Offense.—" });
  row("§ 2L1.2 cmt. n.7", years(2018, 2024), { status: "verbatim", ed: "Guidelines Manual, Nov. 1, 2016 (Note 6 there)", phrase: "7. Departure Based on Time Served in State Custody.—" });
  row("§ 2L1.2 cmt. n.6", [2025], { absent: /Application Notes 1–5/ });
  row("§ 2L1.2 cmt. n.7", [2025], { absent: /Application Notes 1–5/ });
  row("§ 2L1.2 cmt. n.8", [2025], { absent: /Application Notes 1–5/ });
  // Note 7 before 2016
  row("§ 2L1.2 cmt. n.7", years(1995, 1996), { status: "verbatim", ed: M95, phrase: "7. ‘Aggravated felony,’ as used in subsection (b)(2), means murder" });
  row("§ 2L1.2 cmt. n.7", years(1997, 2000), { absent: /Application Notes 1–5/ });
  row("§ 2L1.2 cmt. n.7", years(2003, 2007), { absent: /Amendment 722 \(eff\. Nov\. 1, 2008\) added Note 7 at the end/ });
  row("§ 2L1.2 cmt. n.7", years(2008, 2009), { status: "verbatim", ed: "Amendment 722 (eff. Nov. 1, 2008), USSC Appendix C", phrase: "7. Departure Consideration.—" });
  row("§ 2L1.2 cmt. n.7", [2010], { status: "derived", ed: "rebuilt from Amendments 722 (2008) and 740 (2010), USSC Appendix C", phrase: "7. Departure Based on Seriousness of a Prior Conviction.—" });
  row("§ 2L1.2 cmt. n.7", years(2012, 2015), { status: "verbatim", ed: M15, phrase: "In a case in which the 12-level enhancement under subsection (b)(1)(A) or the 8-level enhancement" });
  // cultural assimilation: 2010 on (Note 8, Note 9 in 2014–2015, Note 7 in 2016–2017, Note 8 in 2018–2024); gone in 2025
  row("§2L1.2, comment. (n.8)", years(2010, 2013), { status: "verbatim", ed: "Amendment 740 (eff. Nov. 1, 2010), USSC Appendix C", phrase: "8. Departure Based on Cultural Assimilation.—" });
  row("§2L1.2, comment. (n.8)", years(2014, 2015), { status: "verbatim", ed: M15, phrase: "8. Departure Based on Time Served in State Custody.—" });
  row("§2L1.2, comment. (n.9)", years(2014, 2015), { status: "verbatim", ed: M15, phrase: "9. Departure Based on Cultural Assimilation.—" });
  row("§2L1.2, comment. (n.7)", years(2016, 2017), { status: "verbatim", ed: M16, phrase: "7. Departure Based on Cultural Assimilation.—" });
  row("§2L1.2, comment. (n.8)", years(2018, 2024), { status: "verbatim", ed: "Guidelines Manual, Nov. 1, 2016 (Note 7 there)", phrase: "8. Departure Based on Cultural Assimilation.—" });
  row("§2L1.2, comment. (n.8)", [...years(1995, 2000), ...years(2003, 2009), 2016, 2017], { absent: /is not in the \d{4} Guidelines Manual/ });
  row("§2L1.2, comment. (n.9)", [...years(2011, 2013), ...years(2016, 2025)], { absent: /It appears in the 2014–2015 Manuals/ });
  row("§2L1.2, comment. (n.10)", [1995, 2011, 2015, 2016, 2020, 2025], { absent: /is not in the \d{4} Guidelines Manual/ });
  // the full 1995 commentary is a known gap: no claim that it had no Background
  row("§2L1.2, comment. (backg'd.)", years(1995, 1996), { noText: /no Background commentary/ });
  row("§2L1.2, comment. (backg'd.)", [2016, 2025], { absent: /has no Background commentary/ });
  it("2025 commentary ends at Note 5: no departure notes, no cultural assimilation", () => {
    const r = explainJson("§2L1.2, comment. (n.5)", 2025);
    assert.equal(r.code, 0);
    for (const y of years(2010, 2024)) {
      const any = [7, 8, 9].some((n) => explainJson(`§2L1.2, comment. (n.${n})`, y).json?.text.includes("Departure Based on Cultural Assimilation"));
      assert.ok(any, `${y}: the cultural-assimilation note should be shown`);
    }
    for (const n of [5, 6, 7, 8, 9]) assert.ok(!explainJson(`§2L1.2, comment. (n.${n})`, 2025).json?.text.includes("Cultural Assimilation"));
  });
});

// ------------------------------------------------------------------ other guidelines

describe("audit grid: other guideline provisions by edition", () => {
  // §5K2.19: added 2000 (Amendment 602), deleted 2012 (Amendment 768)
  row("U.S.S.G. § 5K2.19", years(1995, 1999), { absent: /added by Amendment 602, effective Nov\. 1, 2000/ });
  row("U.S.S.G. § 5K2.19", years(2000, 2011), { noText: /Amendment 768/ });
  row("U.S.S.G. § 5K2.19", years(2012, 2024), { status: "deleted", ed: M16, phrase: "was deleted effective November 1, 2012 (amendment 768)", history: /Nov\. 1, 2012 by Amendment 768/ });
  row("U.S.S.G. § 5K2.19", [2025], { status: "deleted", ed: M25, phrase: "Section 5K2.19 (Post-Sentencing Rehabilitative Efforts (Policy Statement)), effective November 1, 2000 (amendment 602), was deleted effective November 1, 2012 (amendment 768)", history: /Amendment 768/ });
  // §§5K2.0–5K2.24, §5K3.1, §5H1.x: deleted 2025 (Amendment 836)
  row("U.S.S.G. § 5K2.0", years(1995, 2011), { noText: /only as printed in the 2016 Manual/ });
  row("U.S.S.G. § 5K2.0(a)(1)", years(2012, 2023), { status: "verbatim", ed: M16, phrase: "The sentencing court may depart from the applicable guideline range if" });
  row("U.S.S.G. § 5K2.0", [2024], { noText: /Amendment 831/ });
  row("U.S.S.G. § 5K2.0(a)(1)", [2025], { status: "deleted", ed: M25, phrase: "Section 5K2.0 (Grounds for Departure (Policy Statement))", history: /Nov\. 1, 2025 by Amendment 836/ });
  row("U.S.S.G. § 5K2.11", years(1995, 2024), { status: "verbatim", ed: M16, phrase: "avoid a perceived greater harm" });
  row("U.S.S.G. § 5K2.11", [2025], { status: "deleted", ed: M25, phrase: "Section 5K2.11 (Lesser Harms (Policy Statement)), effective November 1, 1987, was deleted effective November 1, 2025 (amendment 836)" });
  row("U.S.S.G. § 5K2.13", years(1995, 2024), { noText: /deleted Nov\. 1, 2025 by Amendment 836/ });
  row("U.S.S.G. § 5K2.13", [2025], { status: "deleted", ed: M25, phrase: "Section 5K2.13 (Diminished Capacity (Policy Statement))" });
  row("U.S.S.G. § 5K2.15", years(1995, 2025), { status: "deleted", ed: M25, phrase: "was deleted effective November 1, 1995 (amendment 526)" });
  row("U.S.S.G. § 5K2.20", years(1995, 1999), { absent: /Amendment 603, effective Nov\. 1, 2000/ });
  row("U.S.S.G. § 5K2.20", years(2000, 2024), { noText: /reference has no copy of its text/ });
  row("U.S.S.G. § 5K2.22", years(1995, 2002), { absent: /Amendment 649/ });
  row("U.S.S.G. § 5K2.22", [2003], { noText: /reference has no copy/ });
  row("U.S.S.G. § 5K2.23", [2002], { absent: /Amendment 660/ });
  row("U.S.S.G. § 5K2.24", [2006], { absent: /Amendment 700, effective Nov\. 1, 2007/ });
  row("U.S.S.G. § 5K2.24", [2007, 2024], { noText: /reference has no copy/ });
  row("§§ 5K2.0–5K2.24", [2025], { status: "deleted", ed: M25, phrase: "§§5K2.0–5K2.24. [Deleted]" });
  // §5K3.1: Oct. 27, 2003 (Amendment 651) to 2024; replaced by §3F1.1 in 2025
  row("U.S.S.G. § 5K3.1", years(1995, 2002), { absent: /Amendment 651, effective Oct\. 27, 2003/ });
  row("U.S.S.G. § 5K3.1", years(2003, 2024), { status: "verbatim", ed: M16, phrase: "the court may depart downward not more than 4 levels" });
  row("U.S.S.G. § 5K3.1", [2025], { status: "deleted", ed: M25, phrase: "§5K3.1. [Deleted]", history: /§3F1\.1/ });
  row("U.S.S.G. § 3F1.1", years(1995, 2024), { absent: /added by Amendment 836, effective Nov\. 1, 2025/ });
  row("U.S.S.G. § 3F1.1", [2025], { status: "verbatim", ed: M25, phrase: "shall be not more than 4 levels" });
  row("U.S.S.G. § 5H1.10", years(1995, 2024), { status: "verbatim", ed: M16, phrase: "These factors are not relevant in the determination of a sentence." });
  row("U.S.S.G. § 5H1.10", [2025], { status: "deleted", ed: M25, phrase: "Section 5H1.10 (Race, Sex, National Origin, Creed, Religion, and Socio-Economic Status (Policy Statement)), effective November 1, 1987, was deleted November 1, 2025 (amendment 836)" });
  row("U.S.S.G. § 5H1.6", years(1995, 2024), { noText: /reference has no copy/ });
  row("U.S.S.G. § 5H1.6", [2025], { status: "deleted", ed: M25, phrase: "Section 5H1.6 (Family Ties and Responsibilities (Policy Statement))" });
  row("U.S.S.G. § 5H1.1", [2025], { status: "deleted", ed: M25, phrase: "Section 5H1.1 (Age (Policy Statement))" });
  // §1B1.13: Nov. 1, 2006 (Amendment 683); 2016 text to 2017; Amendment 813 (2018) unseen; 2023 text from 2023
  row("U.S.S.G. § 1B1.13", years(1995, 2005), { absent: /added by Amendment 683, effective Nov\. 1, 2006/ });
  row("U.S.S.G. § 1B1.13", years(2006, 2015), { noText: /Amendment 683/ });
  row("U.S.S.G. § 1B1.13", years(2016, 2017), { status: "verbatim", ed: M16, phrase: "Upon motion of the Director of the Bureau of Prisons under 18 U.S.C. § 3582(c)(1)(A)", not: "or the defendant" });
  row("U.S.S.G. § 1B1.13", years(2018, 2022), { noText: /Amendment 813/ });
  row("U.S.S.G. § 1B1.13", years(2023, 2025), { status: "verbatim", ed: M25, phrase: "Upon motion of the Director of the Bureau of Prisons or the defendant" });
  row("U.S.S.G. § 1B1.13(b)(6)", years(2023, 2025), { status: "verbatim", ed: M25, phrase: "UNUSUALLY LONG SENTENCE" });
  row("U.S.S.G. § 1B1.13(b)(6)", years(2016, 2017), { absent: /It appears in the 2023–2025 Manuals/ });
  row("§1B1.13, comment. (n.1(C))", years(2016, 2017), { status: "verbatim", ed: M16, phrase: "Family Circumstances.—" });
  // (no Manual was published in 2017: the 2016 one was in force until Nov. 1, 2018; Heartland lacks the 2018 and 2021 text)
  row("§1B1.13, comment. (n.1(C))", years(2023, 2025), { absent: /It appears in the 2016 Manual\. Heartland has no text of the 2018–2021 Manuals, which may have it too\./ });
  // §3E1.1: 2016 text 2013–2017 (Amendment 775 .. 810); 2025 text 2023–2025 (Amendment 820)
  row("Guidelines § 3E1.1(b)", years(1995, 2012), { noText: /only as printed in the 2016 and 2025 Manuals/ });
  row("Guidelines § 3E1.1(b)", years(2013, 2017), { status: "verbatim", ed: M16, phrase: "decrease the offense level by 1 additional level.", not: "The term “preparing for trial” means" });
  row("Guidelines § 3E1.1(b)", years(2018, 2022), { noText: /Amendment 810/ });
  row("Guidelines § 3E1.1(b)", years(2023, 2025), { status: "verbatim", ed: M25, phrase: "The term “preparing for trial” means" });
  // §5K1.1: unchanged 1989–2023; Amendment 831 (2024) unseen; 2025 text
  row("U.S.S.G. § 5K1.1", years(1995, 2023), { status: "verbatim", ed: M16, phrase: "the court may depart from the guidelines" });
  row("U.S.S.G. § 5K1.1", [2024], { noText: /Amendment 831/ });
  row("U.S.S.G. § 5K1.1", [2025], { status: "verbatim", ed: M25, phrase: "a sentence that is below the otherwise applicable guideline range may be appropriate" });
  row("U.S.S.G. § 5G1.1(b)", years(1995, 2024), { status: "verbatim", ed: M16, phrase: "the statutorily required minimum sentence shall be the guideline sentence" });
  row("U.S.S.G. § 5G1.1(b)", [2025], { status: "verbatim", ed: M25, phrase: "the statutorily required minimum sentence shall be the guideline sentence" });
  row("U.S.S.G. § 6B1.2(a)", years(1995, 2010), { noText: /Amendments 604, 651, 757/ });
  row("U.S.S.G. § 6B1.2(a)", years(2011, 2024), { status: "verbatim", ed: M16, phrase: "dismissal of any charges" });
  row("U.S.S.G. § 6B1.2(a)", [2025], { status: "verbatim", ed: M25, phrase: "dismissal of any charges" });
  row("U.S.S.G. § 5D1.1(c)", years(1995, 2013), { noText: /Amendments 529, 747, 756, 781/ });
  row("U.S.S.G. § 5D1.1(c)", years(2014, 2024), { status: "verbatim", ed: M16, phrase: "The court ordinarily should not impose a term of supervised release in a case in which supervised release is not required by statute and the defendant is a deportable alien" });
  row("U.S.S.G. § 5D1.1(c)", [2025], { status: "verbatim", ed: M25, phrase: "deportable alien" });
  row("U.S.S.G. § 1B1.1(a)", [2016], { status: "verbatim", ed: M16, phrase: "(a) The court shall determine the kinds of sentence and the guideline range" });
  row("U.S.S.G. § 1B1.1(a)", [...years(1995, 2015), ...years(2017, 2024)], { noText: /only as printed in the 2016 and 2025 Manuals/ });
  row("U.S.S.G. § 1B1.1(a)", [2025], { status: "verbatim", ed: M25, phrase: "STEP ONE" });
  // Chapter Five, Part A: commentary amended 2010 (Amendment 738); the table itself is always there
  row("U.S.S.G. ch. 5, pt. A", years(1995, 2009), { noText: /Amendment 738/ });
  row("U.S.S.G. ch. 5, pt. A", years(2010, 2024), { status: "verbatim", ed: M16, phrase: "The Sentencing Table used to determine the guideline range follows" });
  row("U.S.S.G. ch. 5, pt. A", [2025], { status: "verbatim", ed: M25, phrase: "The Sentencing Table used to determine the guideline range follows" });
  it("the Sentencing Table itself is shown in every edition", () => {
    for (const y of [1995, 2009, 2010, 2025]) assert.match(explainJson("U.S.S.G. ch. 5, pt. A", y).json?.table ?? "", /\| 43 \| life \[D\]/);
  });
});

// ------------------------------------------------------------------ statutes (edition-independent)

describe("audit grid: statutes", () => {
  const USC23 = "United States Code, 2023 snapshot (codexstanford markdown chunks)";
  const APPB = "USSC Guidelines Manual Appendix B (as of May 1, 2016)";
  const ys = [1995, 2005, 2016, 2025];
  const since96 = [2005, 2016, 2025]; // § 1326 as amended Sept. 30, 1996; 1995 (Nov. 1, 1995) has the older text
  row("8 U.S.C. § 1326(a)", since96, { status: "verbatim", ed: USC23, phrase: "has been denied admission, excluded, deported, or removed", max: /2 years/ });
  row("8 U.S.C. § 1326(b)(1)", since96, { status: "verbatim", ed: USC23, phrase: "three or more misdemeanors involving drugs, crimes against the person, or both", max: /10 years/ });
  row("8 U.S.C. § 1326(b)(2)", since96, { status: "verbatim", ed: USC23, phrase: "imprisoned not more than 20 years", max: /20 years/ });
  row("8 U.S.C. § 1326(b)(3)", since96, { status: "verbatim", ed: USC23, phrase: "which sentence shall not run concurrently with any other sentence", max: /10 years/ });
  row("8 U.S.C. § 1326(b)(4)", since96, { status: "verbatim", ed: USC23, phrase: "section 1231(a)(4)(B)", max: /10 years/ });
  row("8 U.S.C. § 1326(c)", since96, { status: "verbatim", ed: USC23, phrase: "incarcerated for the remainder of the sentence of imprisonment" });
  row("8 U.S.C. § 1326(d)", since96, { status: "verbatim", ed: USC23, phrase: "Limitation on collateral attack on underlying deportation order" });
  row("8 U.S.C. § 1326(d)(3)", since96, { status: "verbatim", ed: USC23, phrase: "the entry of the order was fundamentally unfair." });
  row("8 U.S.C. § 1325(a)", ys, { status: "verbatim", ed: USC23, phrase: "imprisoned not more than 6 months", max: /6 months.*2 years/ });
  row("8 U.S.C. § 1325(b)", [2016], { noText: /only § 1325\(a\)/ });
  row("18 U.S.C. § 3553(a)(6)", ys, { status: "verbatim", ed: APPB, phrase: "the need to avoid unwarranted sentence disparities among defendants with similar records" });
  row("18 U.S.C. § 3553(a)(2)(B)", ys, { status: "verbatim", ed: APPB, phrase: "to afford adequate deterrence to criminal conduct" });
  row("18 U.S.C. § 3559(a)(3)", ys, { status: "verbatim", ed: APPB, phrase: "less than twenty-five years but ten or more years, as a Class C felony" });
  row("8 U.S.C. § 1326(a)", [1995], { status: "partial", ed: "United States Code, 1994 Edition (laws in effect as of Jan. 4, 1995)", phrase: "has been arrested and deported or excluded and deported", not: "denied admission" });
  row("8 U.S.C. § 1326(b)(2)", [1995], { noText: /as in force on Nov\. 1, 1995/ });
  row("18 U.S.C. § 3582(c)(1)(A)", [2019, 2025], { status: "verbatim", ed: "United States Code, 2023 snapshot (text since the First Step Act of 2018)", phrase: "or upon motion of the defendant after the defendant has fully exhausted" });
  row("18 U.S.C. § 3582(c)(1)(A)", [1995, 2005, 2016, 2018], { status: "verbatim", ed: "USSC Guidelines Manual Appendix B (statutes as of May 1, 2016)", phrase: "upon motion of the Director of the Bureau of Prisons, may reduce", not: "upon motion of the defendant" });
  row("18 U.S.C. § 3583(b)(2)", ys, { status: "verbatim", ed: APPB, phrase: "for a Class C or Class D felony, not more than three years" });
  row("18 U.S.C. § 3583(d)", [2016], { noText: /only § 3583\(a\), § 3583\(b\)/ });
  it("§ 3582(c)(1)(A) says the pre-2018 text allowed only the Bureau of Prisons to move", () => {
    const j = explainJson("18 U.S.C. § 3582(c)(1)(A)", 2016).json!;
    assert.ok(j.caveats.some((c) => c.includes("only the Director of the Bureau of Prisons could move")));
    assert.match(j.text, /upon motion of the Director of the Bureau of Prisons, may reduce/);
  });
});

// ------------------------------------------------------------------ stored text vs the reference

const REF = path.resolve(__dirname, "../../../../shared/reference/guidelines");
const REF_ALT = path.resolve(process.cwd(), "../shared/reference/guidelines");

function refDir(): string | undefined {
  for (const d of [REF_ALT, REF]) if (fs.existsSync(path.join(d, "era_2016.json"))) return d;
  return undefined;
}

/** Whitespace, non-breaking space and non-breaking hyphen normalised (as build.py's norm() does). */
const norm = (s: string): string => s.replace(/\u00a0/g, " ").replace(/\u2011/g, "-").replace(/\s+/g, " ").trim();

function strings(o: unknown, out: string[]): void {
  if (typeof o === "string") out.push(norm(o));
  else if (Array.isArray(o)) for (const x of o) strings(x, out);
  else if (o && typeof o === "object") for (const v of Object.values(o)) strings(v, out);
}

describe("no edition's text is passed off as another's", () => {
  it("a version shown for editions other than the one it was printed in says why (caveat)", () => {
    const bad: string[] = [];
    for (const s of [...GUIDELINE_DATA, ...DELETED_DATA.sections]) {
      for (const v of s.versions) {
        const printed = Number(/\d{4}/.exec(v.textEdition)?.[0]);
        if (printed === v.from && printed === v.to) continue;
        const why = [...v.caveats, ...(v.guidelineCaveats ?? [])].join(" ");
        if (!/also shown|also the \d{4}|shown for|Shown:|no copy|DERIVED|Verbatim as quoted by Amendment \d+ .* when it struck|is not in the reference|so this is the \d{4} and \d{4} text/.test(why)) bad.push(`§${s.section} ${v.from}–${v.to} (${v.textEdition})`);
      }
    }
    assert.deepEqual(bad, []);
  });
  it("a citation that names its edition is read in that edition, whatever the brief's", () => {
    check("U.S. Sentencing Guidelines Manual § 2L1.2(b)(2) (U.S. Sent'g Comm'n 2016)", [2025], { status: "verbatim", ed: M16, phrase: "the defendant sustained—" });
    check("U.S. Sentencing Guidelines Manual § 2L1.2(b)(1)(C) (U.S. Sent'g Comm'n 2012)", [2025], { status: "verbatim", ed: M15, phrase: "increase by 8 levels" });
  });
});

describe("stored texts appear in the reference", function () {
  let corpus = "";
  before(function () {
    const dir = refDir();
    if (!dir) this.skip();
    const all: string[] = [];
    for (const f of fs.readdirSync(dir!)) if (f.endsWith(".json")) strings(JSON.parse(fs.readFileSync(path.join(dir!, f), "utf8")), all);
    corpus = all.join("\n");
  });

  /** A line is found as is, or (application notes) without the note number the Manual prints before it. */
  const found = (line: string): boolean => corpus.includes(line) || corpus.includes(line.replace(/^\d+\.\s+/, "")) || corpus.includes(line.replace(/^Historical Note: /, ""));

  function walk(nodes: ProvisionNode[] | undefined, inherited: { status: string; ed: string }, where: string, bad: string[]): void {
    for (const n of nodes ?? []) {
      const st = n.status ?? inherited.status;
      const ed = n.textEdition ?? inherited.ed;
      const renumbered = /\(Note (\d+) there\)$/.exec(ed);
      if (n.text !== undefined && st !== "derived") {
        for (const raw of n.text.split("\n")) {
          let line = norm(raw);
          if (!line) continue;
          if (renumbered) line = line.replace(/^\d+\./, `${renumbered[1]}.`);
          if (!found(line)) bad.push(`${where}(${n.id}) [${st}, ${ed}]: ${line.slice(0, 120)}`);
        }
      }
      walk(n.children, { status: st, ed }, `${where}(${n.id})`, bad);
    }
  }

  it("every non-DERIVED guideline, note and deletion text is the reference's text", () => {
    const bad: string[] = [];
    const versions: [string, Version][] = [];
    for (const s of [...GUIDELINE_DATA, ...DELETED_DATA.sections]) for (const v of s.versions) versions.push([`§${s.section} ${v.from}–${v.to}`, v]);
    for (const [where, v] of versions) {
      const base = { status: v.status, ed: v.textEdition };
      walk(v.guideline, base, `${where} `, bad);
      walk(v.notes, base, `${where} comment. n.`, bad);
      for (const t of [v.guidelineAfter, v.background, v.commentaryText, v.historicalNote, v.deleted?.text]) {
        for (const raw of (t ?? "").split("\n")) if (norm(raw) && !found(norm(raw))) bad.push(`${where}: ${norm(raw).slice(0, 120)}`);
      }
      // the Ch. 5 Pt. A lead carries a pointer to the table data in brackets, not Manual text
      for (const raw of (v.lead ?? "").split("\n")) if (norm(raw) && !/^\[.*\]$/.test(norm(raw)) && !found(norm(raw))) bad.push(`${where} lead: ${norm(raw).slice(0, 120)}`);
    }
    for (const sp of DELETED_DATA.spans) for (const raw of sp.text.split("\n")) if (norm(raw) && !found(norm(raw))) bad.push(`span ${sp.from}–${sp.to}: ${norm(raw).slice(0, 120)}`);
    assert.deepEqual(bad, []);
  });

  it("every statute text is the reference's text", () => {
    const bad: string[] = [];
    // the reference keeps the 2023 snapshot's footnote markers as bare digits; the data leaves them out
    const saved = corpus;
    corpus = corpus.replace(/other sentence\. 1 or/g, "other sentence. or").replace(/1252\(h\)\(2\)\s+2 of this title/g, "1252(h)(2) of this title");
    try {
      for (const st of STATUTE_DATA) {
        walk(st.nodes, { status: st.status, ed: st.textEdition }, `${st.title} U.S.C. § ${st.section}`, bad);
        // earlier texts: those built from the reference are checked; § 1326 before 1996 comes from the 1994
        // U.S. Code page the era cites (the reference quotes only its first words) and is pinned in guidelines.test.ts
        for (const e of st.eras ?? []) if (e.source.reference === "reference/guidelines/statutes.json" && !e.source.item.includes("law.justia.com")) for (const r of e.replace) walk([r.node], { status: e.status, ed: e.textEdition }, `${st.title} U.S.C. § ${st.section} before ${e.before} `, bad);
      }
    } finally {
      corpus = saved;
    }
    assert.deepEqual(bad, []);
  });

  it("DERIVED texts are the reference's DERIVED texts or say what was changed", () => {
    // every derived node carries a caveat naming the amendment it was rebuilt from
    const bad: string[] = [];
    const visit = (nodes: ProvisionNode[] | undefined, where: string, vcav: string[]) => {
      for (const n of nodes ?? []) {
        if (n.status === "derived" && !(n.caveats ?? []).some((c) => /DERIVED.*(Amendment|amendment|reference)/.test(c))) bad.push(`${where}(${n.id})`);
        visit(n.children, `${where}(${n.id})`, vcav);
      }
    };
    for (const s of GUIDELINE_DATA) for (const v of s.versions) visit([...(v.guideline ?? []), ...(v.notes ?? [])], `§${s.section} ${v.from}`, v.caveats);
    assert.deepEqual(bad, []);
  });
});
