import * as assert from "node:assert/strict";
import type { Citation, GuidelineCitation } from "../../src/core/citations/types";
import { DeletedFileSchema, SectionSchema, StatutesFileSchema, type ProvisionNode } from "../../src/core/guidelines/schema";
import { DELETED_DATA, GUIDELINE_DATA, STATUTE_DATA, lookupCitation, type LookupResult, type ProvisionText } from "../../src/core/guidelines/lookup";
import { LATEST_EDITION, SUPPORTED_EDITIONS, formatYears, resolveEdition, textEditionOf, unverifiedEdition } from "../../src/core/guidelines/editions";
import statutesFile from "../../src/data/statutes.json";
import { datedText } from "../../src/core/dates";

const g = (section: string, subsection: string[] = [], extra: Partial<GuidelineCitation> = {}): GuidelineCitation => ({ kind: "guideline", section, subsection, ...extra });
const note = (section: string, ...n: string[]): GuidelineCitation => g(section, [], { commentary: { note: n } });
const usc = (title: number, section: string, ...subsection: string[]): Citation => ({ kind: "statute", title, section, subsection });

function ok(r: LookupResult): ProvisionText {
  if (!r.ok) assert.fail(`expected text, got ${r.reason}: ${r.message}`);
  return r.provision;
}
/**
 * The answer as a reader of `knownOn` reads it (its `{dated …}` clauses kept or dropped for that day, as the hover and
 * the citation check read them); by default today, as the hover reads a brief with no date.
 */
function notOk(r: LookupResult, reason: "not-in-edition" | "unknown" | "no-text" | "added-later", knownOn = new Date().toISOString().slice(0, 10)): { message: string; editionsWithIt?: string } {
  if (r.ok) assert.fail(`expected ${reason}, got text: ${r.provision.text.slice(0, 80)}`);
  assert.equal(r.reason, reason, r.message);
  return { ...r, message: datedText(r.message, knownOn) };
}

describe("guideline data files (zod)", () => {
  for (const s of GUIDELINE_DATA) {
    it(`§${s.section} validates`, () => {
      const r = SectionSchema.safeParse(s);
      assert.ok(r.success, r.success ? "" : JSON.stringify(r.error.issues.slice(0, 3), null, 1));
    });
  }
  it("deleted-2025.json validates", () => {
    const r = DeletedFileSchema.safeParse(DELETED_DATA);
    assert.ok(r.success, r.success ? "" : JSON.stringify(r.error.issues.slice(0, 3), null, 1));
  });
  it("statutes.json validates", () => {
    const r = StatutesFileSchema.safeParse(statutesFile);
    assert.ok(r.success, r.success ? "" : JSON.stringify(r.error.issues.slice(0, 3), null, 1));
  });
  it("every DERIVED node or version says so in a caveat", () => {
    const check = (n: ProvisionNode, where: string) => {
      if (n.status === "derived") assert.ok((n.caveats ?? []).some((c) => c.includes("DERIVED")), `${where} (${n.id}) is derived without a DERIVED caveat`);
      for (const c of n.children ?? []) check(c, `${where}(${n.id})`);
    };
    for (const s of GUIDELINE_DATA) {
      for (const v of s.versions) {
        if (v.status === "derived") assert.ok([...v.caveats, ...(v.guidelineCaveats ?? [])].some((c) => c.includes("DERIVED")), `§${s.section} ${v.from}-${v.to}`);
        for (const n of [...(v.guideline ?? []), ...(v.notes ?? [])]) check(n, `§${s.section} ${v.from}`);
      }
    }
  });
  it("every version not printed in its own first edition names the edition it is and explains why", () => {
    for (const s of GUIDELINE_DATA) {
      for (const v of s.versions) {
        const own = v.textEdition.includes(`Nov. 1, ${v.from}`) && v.from === v.to;
        if (!own) assert.ok(v.caveats.length + (v.guidelineCaveats ?? []).length > 0, `§${s.section} ${v.from}-${v.to} (${v.textEdition}) has no caveat`);
      }
    }
  });
  it("§2L1.2 covers every supported edition, with no gaps (an unverified edition through the edition it carries)", () => {
    const s = GUIDELINE_DATA.find((x) => x.section === "2L1.2")!;
    const count = (y: number) => s.versions.filter((v) => v.from <= y && y <= v.to).length;
    for (const y of SUPPORTED_EDITIONS) {
      if (unverifiedEdition(y) && count(y) === 0) assert.equal(count(textEditionOf(y)), 1, `${y} carries ${textEditionOf(y)}`);
      else assert.equal(count(y), 1, String(y));
    }
    assert.equal(textEditionOf(2026), 2025);
    assert.equal(textEditionOf(2025), 2025);
  });
  it("no section has data for an edition before it existed (no back-filling)", () => {
    for (const s of [...GUIDELINE_DATA, ...DELETED_DATA.sections]) {
      const from = s.existence.added?.edition ?? s.existence.from;
      if (from === null || from === undefined) continue;
      for (const v of s.versions) assert.ok(v.from >= from, `§${s.section} version from ${v.from} < ${from}`);
      for (const gp of s.gaps) assert.ok(gp.from >= from, `§${s.section} gap from ${gp.from} < ${from}`);
    }
  });
});

describe("editions", () => {
  it("resolves settings", () => {
    assert.equal(resolveEdition("latest"), LATEST_EDITION);
    assert.equal(resolveEdition("2016"), 2016);
    assert.equal(resolveEdition(1994), undefined);
    assert.equal(LATEST_EDITION, 2026);
    assert.equal(resolveEdition("latest"), 2026);
    assert.equal(resolveEdition("2026"), 2026);
    assert.equal(resolveEdition("2027"), undefined);
    assert.equal(SUPPORTED_EDITIONS.length, 32);
  });
  it("formats year lists", () => {
    assert.equal(formatYears([2001, 2002, 2003, 2010, 2012, 2013]), "2001–2003, 2010 and 2012–2013");
    assert.equal(formatYears([2025]), "2025");
  });
});

describe("§2L1.2 across editions", () => {
  it("(b)(2)(A) in 2016 vs 2025: same line, lead-in reworded by Amendment 809", () => {
    const a = ok(lookupCitation(g("2L1.2", ["b", "2", "A"]), 2016));
    const b = ok(lookupCitation(g("2L1.2", ["b", "2", "A"]), 2025));
    const line = "(A) a conviction for a felony offense (other than an illegal reentry offense) for which the sentence imposed was five years or more, increase by 10 levels;";
    assert.equal(a.text, line);
    assert.equal(b.text, line);
    assert.equal(a.title, "§2L1.2. Unlawfully Entering or Remaining in the United States");
    assert.equal(a.citation, "USSG §2L1.2(b)(2)(A)");
    assert.deepEqual(a.context, [
      "(b) Specific Offense Characteristics",
      "(2) (Apply the Greatest) If, before the defendant was ordered deported or ordered removed from the United States for the first time, the defendant sustained—",
    ]);
    assert.deepEqual(b.context, [
      "(b) Specific Offense Characteristics",
      "(2) (Apply the Greatest) If, before the defendant was ordered deported or ordered removed from the United States for the first time, the defendant engaged in criminal conduct that, at any time, resulted in—",
    ]);
    assert.equal(a.status, "verbatim");
    assert.equal(a.textEdition, "Guidelines Manual, Nov. 1, 2016");
    assert.equal(b.textEdition, "Guidelines Manual, Nov. 1, 2025");
    assert.ok(a.caveats[0].startsWith("Text of the Nov. 1, 2016 Manual."));
    assert.deepEqual(b.caveats, []);
    assert.ok(a.source.includes("GuidelinesManual2016.html"));
    assert.ok(b.source.includes("GLMFull%20264.pdf"));
  });

  it("(b)(2) lead-in for 2018–2024 is the 2025 (Amendment 809) wording, labelled as the 2025 text", () => {
    for (const y of [2018, 2020, 2024]) {
      const p = ok(lookupCitation(g("2L1.2", ["b", "2", "A"]), y));
      assert.ok(p.context[1].includes("engaged in criminal conduct that, at any time, resulted in—"), String(y));
      assert.equal(p.textEdition, "Guidelines Manual, Nov. 1, 2025");
      assert.ok(p.caveats.some((c) => c.includes("no copy of the 20")), String(y));
    }
    assert.ok(ok(lookupCitation(g("2L1.2", ["b", "2", "A"]), 2017)).context[1].endsWith("the defendant sustained—"));
  });

  it("(b)(1)(A): 1998 +16 aggravated felony; 2005 drug trafficking > 13 months +16 (DERIVED); 2012 16/12 by criminal-history points; 2016 illegal reentry +4", () => {
    const y98 = ok(lookupCitation(g("2L1.2", ["b", "1", "A"]), 1998));
    assert.equal(y98.text, "(A) If the conviction was for an aggravated felony, increase by 16 levels.");
    assert.equal(y98.status, "verbatim");
    assert.ok(y98.context[1].startsWith("(1) If the defendant previously was deported after a criminal conviction"));

    const y05 = ok(lookupCitation(g("2L1.2", ["b", "1", "A"]), 2005));
    assert.equal(
      y05.text,
      "(A) a conviction for a felony that is (i) a drug trafficking offense for which the sentence imposed exceeded 13 months; (ii) a crime of violence; (iii) a firearms offense; (iv) a child pornography offense; (v) a national security or terrorism offense; (vi) a human trafficking offense; or (vii) an alien smuggling offense, increase by 16 levels;",
    );
    assert.equal(y05.status, "derived");
    assert.ok(y05.caveats.some((c) => c.startsWith("DERIVED")));
    assert.deepEqual(y05.context, ["(b) Specific Offense Characteristic", "(1) Apply the Greatest:\nIf the defendant previously was deported, or unlawfully remained in the United States, after—"]);

    const y02 = ok(lookupCitation(g("2L1.2", ["b", "1", "A"]), 2002));
    assert.ok(y02.text.includes("(vii) an alien smuggling offense committed for profit, increase by 16 levels;"));
    assert.equal(y02.status, "derived");

    const y12 = ok(lookupCitation(g("2L1.2", ["b", "1", "A"]), 2012));
    assert.ok(y12.text.endsWith("increase by 16 levels if the conviction receives criminal history points under Chapter Four or by 12 levels if the conviction does not receive criminal history points;"));
    assert.equal(y12.status, "verbatim");
    assert.equal(y12.textEdition, "Guidelines Manual, Nov. 1, 2015");
    assert.ok(y12.caveats.some((c) => c.includes("no copy of the 2012 or 2013 Manual")));

    const y16 = ok(lookupCitation(g("2L1.2", ["b", "1", "A"]), 2016));
    assert.equal(y16.text, "(A) a conviction for a felony that is an illegal reentry offense, increase by 4 levels; or");
    assert.deepEqual(y16.context, ["(b) Specific Offense Characteristics", "(1) (Apply the Greater) If the defendant committed the instant offense after sustaining—"]);
  });

  it("1995: +4 felony / +16 aggravated felony under (b)(1) and (b)(2)", () => {
    const p = ok(lookupCitation(g("2L1.2", ["b", "2"]), 1995));
    assert.equal(p.text, "(2) If the defendant previously was deported after a conviction for an aggravated felony, increase by 16 levels.");
    assert.deepEqual(p.context, ["(b) Specific Offense Characteristics\nIf more than one applies, use the greater:"]);
    assert.equal(p.textEdition, "Guidelines Manual, Nov. 1, 1995");
    assert.ok(p.caveats[0].includes("Amendment 562"));
  });

  it("whole section returns the (a)–(b) outline", () => {
    const p = ok(lookupCitation(g("2L1.2"), 2016));
    const lines = p.text.split("\n");
    assert.equal(lines[0], "(a) Base Offense Level: 8");
    assert.equal(lines.length, 2 + 3 + 2 + 5 + 5);
    assert.ok(!p.text.includes("Commentary"));
    assert.deepEqual(p.context, []);
  });

  it("ranges: §§2L1.2(b)(2)–(3)", () => {
    const p = ok(lookupCitation(g("2L1.2", ["b", "2"], { through: { section: "2L1.2", subsection: ["b", "3"] } }), 2025));
    assert.deepEqual(p.context, ["(b) Specific Offense Characteristics"]);
    const lines = p.text.split("\n");
    assert.equal(lines.length, 12);
    assert.ok(lines[0].startsWith("(2) (Apply the Greatest)"));
    assert.ok(lines[6].startsWith("(3) (Apply the Greatest) If, after the defendant"));
  });

  it("comment. (n.5): 2016 departure note vs 2025 before-and-after note (departure notes removed by Amendment 836)", () => {
    const a = ok(lookupCitation(note("2L1.2", "5"), 2016));
    assert.ok(a.text.startsWith("5. Departure Based on Seriousness of a Prior Offense.—There may be cases in which the offense level provided by an enhancement in subsection (b)(2) or (b)(3) substantially understates or overstates"));
    assert.ok(a.text.endsWith("In such a case, a departure may be warranted."));
    assert.deepEqual(a.context, ["Commentary"]);
    const b = ok(lookupCitation(note("2L1.2", "5"), 2025));
    assert.ok(b.text.startsWith("5. Cases in Which the Criminal Conduct Underlying a Prior Conviction Occurred Both Before and After the Defendant Was First Ordered Deported or Ordered Removed.—"));
    assert.ok(b.text.endsWith("count such a conviction only under subsection (b)(2)."));
    const n7 = notOk(lookupCitation(note("2L1.2", "7"), 2025), "not-in-edition");
    assert.ok(n7.message.includes("Application Notes 1–5"), n7.message);
    assert.equal(n7.editionsWithIt, "1995–1996 and 2008–2024"); // a Note 7 (on other subjects) existed in 1995–1996 too
  });

  it("2018–2022 departure notes are the 2016 notes renumbered 6–8, said to be so", () => {
    const p = ok(lookupCitation(note("2L1.2", "8"), 2019));
    assert.ok(p.text.startsWith("8. Departure Based on Cultural Assimilation.—"));
    assert.equal(p.textEdition, "Guidelines Manual, Nov. 1, 2016 (Note 7 there)");
    assert.ok(p.caveats.some((c) => c.includes("renumbered Note 8 by Amendment 809")));
    assert.ok(p.source.includes("GuidelinesManual2016.html"));
  });

  it("Note 2 in 2020 is DERIVED (no Robbery definition); in 2023 it is the 2025 text", () => {
    const a = ok(lookupCitation(note("2L1.2", "2"), 2020));
    assert.equal(a.status, "derived");
    assert.ok(!a.text.includes("“Robbery”"));
    assert.ok(a.text.includes("regardless of when the revocation occurred."));
    const b = ok(lookupCitation(note("2L1.2", "2"), 2023));
    assert.equal(b.status, "verbatim");
    assert.ok(b.text.includes("“Robbery” is the unlawful taking"));
  });

  it("1995 Note 2 is DERIVED; Notes 3–7 verbatim", () => {
    const p = ok(lookupCitation(note("2L1.2", "2"), 1995));
    assert.equal(p.status, "derived");
    assert.ok(p.caveats.some((c) => c.startsWith("DERIVED")));
    assert.equal(ok(lookupCitation(note("2L1.2", "4"), 1996)).text, "4. A 16-level increase is provided under subsection (b)(2) in the case of a defendant who was previously deported after a conviction for an aggravated felony.");
    assert.equal(ok(lookupCitation(note("2L1.2", "4"), 1996)).status, "verbatim");
  });

  it("lettered sub-parts: comment. (n.1(B)) in 2016 and 2012 (vii) before/after Amendment 764", () => {
    const p = ok(lookupCitation(note("2L1.2", "1", "B"), 2016));
    assert.ok(p.text.startsWith("(B) Offenses Committed Prior to Age Eighteen.—"));
    assert.deepEqual(p.context, ["Commentary", "1. In General.—"]);
    const v12 = ok(lookupCitation(note("2L1.2", "1", "B", "vii"), 2012));
    assert.ok(v12.text.endsWith("but only if the revocation occurred before the defendant was deported or unlawfully remained in the United States."));
    const v11 = ok(lookupCitation(note("2L1.2", "1", "B", "vii"), 2011));
    assert.ok(v11.text.endsWith("upon revocation of probation, parole, or supervised release."));
    assert.ok(v11.caveats.some((c) => c.includes("Amendment 764")));
  });

  it("partial commentary (2001–2010): fragments shown as such; missing notes are 'no-text', never another edition's", () => {
    const p = ok(lookupCitation(note("2L1.2", "1", "B"), 2001));
    assert.ok(p.text.startsWith("(B) Definitions.—For purposes of subsection (b)(1):\n(i) ‘Committed for profit’"));
    assert.ok(!p.text.includes("(vi) ‘Terrorism offense’"));
    assert.equal(p.status, "derived");
    const q = ok(lookupCitation(note("2L1.2", "1", "B"), 2002));
    assert.ok(q.text.includes("(vi) ‘Terrorism offense’"));
    assert.equal(q.status, "verbatim");
    const whole = ok(lookupCitation(note("2L1.2", "1"), 2002));
    assert.equal(whole.status, "partial");
    assert.ok(whole.text.includes("not in the reference data"));
    const n2 = ok(lookupCitation(note("2L1.2", "2"), 2001));
    assert.equal(n2.status, "verbatim");
    assert.ok(!n2.caveats.some((c) => c.includes("§2L1.2(a)–(b)")), "guideline-only caveat leaked into a note");
    assert.ok(!ok(lookupCitation(g("2L1.2", ["b", "1", "A"]), 2005)).caveats.some((c) => c.startsWith("Commentary:")), "commentary-only caveat leaked into the guideline");
    const m = notOk(lookupCitation(note("2L1.2", "5"), 2005), "no-text");
    assert.ok(m.message.includes("2005"), m.message);
    notOk(lookupCitation(note("2L1.2", "6"), 2009), "no-text");
    assert.ok(ok(lookupCitation(note("2L1.2", "8"), 2010)).text.startsWith("8. Departure Based on Cultural Assimilation.—"));
  });

  it("(b)(1)(A)(i): an inline clause in 2001–2015 (whole (A) shown, said so); absent from 2016", () => {
    const p = ok(lookupCitation(g("2L1.2", ["b", "1", "A", "i"]), 2015));
    assert.ok(p.text.startsWith("(A) a conviction for a felony that is (i) a drug trafficking offense for which the sentence imposed exceeded 13 months;"));
    assert.ok(p.caveats.some((c) => c === "§2L1.2(b)(1)(A)(i) is a clause printed inside §2L1.2(b)(1)(A); the whole of §2L1.2(b)(1)(A) is shown."));
    assert.equal(p.citation, "USSG §2L1.2(b)(1)(A)(i)");
    const r = notOk(lookupCitation(g("2L1.2", ["b", "1", "A", "i"]), 2016), "not-in-edition");
    assert.equal(r.editionsWithIt, "2001–2015");
    notOk(lookupCitation(g("2L1.2", ["b", "1", "A", "viii"]), 2015), "not-in-edition");
    const b2B = ok(lookupCitation(g("6B1.2", ["b", "2", "B"]), 2016));
    assert.ok(b2B.text.startsWith("(A) the recommended sentence is outside the applicable guideline range for justifiable reasons; and (B) those reasons"));
    assert.ok(b2B.caveats.includes("§6B1.2(b)(2)(B) is a clause printed inside §6B1.2(b)(2)(A); the whole of §6B1.2(b)(2)(A) is shown."));
    assert.ok(ok(lookupCitation(g("1B1.13", ["1", "B", "ii"]), 2016)).text.startsWith("(B) the defendant (i) is at least 70 years old; and (ii)"));
  });

  it("(b)(1)(C) exists 2001–2015 only", () => {
    const r = notOk(lookupCitation(g("2L1.2", ["b", "1", "C"]), 2016), "not-in-edition");
    assert.equal(r.editionsWithIt, "2001–2015");
    assert.equal(r.message, "§2L1.2(b)(1)(C) is not in the 2016 Guidelines Manual. There, §2L1.2(b)(1) has only (A), (B). It appears in the 2001–2015 Manuals.");
    assert.equal(ok(lookupCitation(g("2L1.2", ["b", "1", "C"]), 2009)).text, "(C) a conviction for an aggravated felony, increase by 8 levels;");
    notOk(lookupCitation(g("2L1.2", ["b", "1", "C"]), 1999), "not-in-edition");
    notOk(lookupCitation(g("2L1.2", ["b", "3"]), 2015), "not-in-edition");
  });
});

describe("the editions a message names, as the brief's date knows them (audit 16 and 17, open item)", () => {
  // reference README: §2L1.2 (b)(1)(C) 2001–2015, (b)(2)(A) 2016–2025; 2025 Manual historical notes: §3F1.1 (Amendment
  // 836, Nov. 1, 2025), §5K3.1 (Amendment 651, Oct. 27, 2003); era_2008_2015: Notes added by Amendments 722 (2008), 740 (2010)
  it("an 'It appears in' range stops at the Manual in force on the reader's day, and names no later edition", () => {
    const b2A = (knownOn: string) => notOk(lookupCitation(g("2L1.2", ["b", "2", "A"]), 2003), "not-in-edition", knownOn).message;
    assert.equal(b2A("2004-03-01"), "§2L1.2(b)(2)(A) is not in the 2003 Guidelines Manual. No edition Heartland has (1995–2003) contains it.");
    assert.equal(b2A("2016-12-01"), "§2L1.2(b)(2)(A) is not in the 2003 Guidelines Manual. It appears in the 2016 Manual.");
    assert.equal(b2A("2019-06-01"), "§2L1.2(b)(2)(A) is not in the 2003 Guidelines Manual. It appears in the 2016–2018 Manuals.");
    assert.equal(b2A("2026-12-06"), "§2L1.2(b)(2)(A) is not in the 2003 Guidelines Manual. It appears in the 2016–2025 Manuals.");
    // a range partly before the day: only that part (the 1995–1996 (b)(2), not the 2016–2025 one)
    const b2 = notOk(lookupCitation(g("2L1.2", ["b", "2"]), 2003), "not-in-edition", "2004-03-01").message;
    assert.ok(b2.endsWith("It appears in the 1995–1996 Manuals."), b2);
    // a note that only later editions have: nothing about them
    const n9 = notOk(lookupCitation(note("2L1.2", "9"), 2003), "not-in-edition", "2004-03-01").message;
    assert.ok(!/201\d|2008|Amendment 722|It appears/.test(n9), n9);
    assert.ok(n9.startsWith("§2L1.2, comment. (n.9) is not in the 2003 Guidelines Manual: there the Application Notes ended with Note 6"), n9);
    assert.match(notOk(lookupCitation(note("2L1.2", "9"), 2003), "not-in-edition", "2015-06-01").message, /Amendment 722 \(eff\. Nov\. 1, 2008\) added Note 7.*It appears in the 2014 Manual\.$/);
    const n10 = notOk(lookupCitation(note("2L1.2", "9"), 2010), "not-in-edition", "2011-06-01").message;
    assert.ok(!/787|2014/.test(n10), n10);
  });
  it("a section added later: its amendment is told only from its effective date, the Manual that first has it only from its Nov. 1", () => {
    const f = (ed: number, knownOn: string, section = "3F1.1") => notOk(lookupCitation(g(section), ed), "not-in-edition", knownOn).message;
    assert.equal(f(2010, "2011-03-01"), "§3F1.1 is not in the 2010 Guidelines Manual. There, the subject is covered by §5K3.1.");
    assert.equal(f(2002, "2003-06-01"), "§3F1.1 is not in the 2002 Guidelines Manual.");
    assert.equal(f(2024, "2025-11-01"), "§3F1.1 is not in the 2024 Guidelines Manual: it was added by Amendment 836, effective Nov. 1, 2025 (in the 2025 Manual). Before then, the same subject was covered by §5K3.1 (in the 2003–2024 Manuals).");
    assert.equal(f(2002, "2003-06-01", "5K3.1"), "§5K3.1 is not in the 2002 Guidelines Manual.");
    assert.equal(f(2002, "2003-10-28", "5K3.1"), "§5K3.1 is not in the 2002 Guidelines Manual: it was added by Amendment 651, effective Oct. 27, 2003.");
    assert.equal(f(2002, "2003-11-01", "5K3.1"), "§5K3.1 is not in the 2002 Guidelines Manual: it was added by Amendment 651, effective Oct. 27, 2003 (first in the Nov. 1, 2003 Manual).");
  });
});

describe("deleted, moved and not-yet-existing provisions", () => {
  it("§3F1.1 is not in the 2016 Manual; it is in 2025", () => {
    const r = notOk(lookupCitation(g("3F1.1"), 2016), "not-in-edition");
    assert.ok(r.message.startsWith("§3F1.1 is not in the 2016 Guidelines Manual: it was added by Amendment 836, effective Nov. 1, 2025 (in the 2025 Manual)."), r.message);
    assert.ok(r.message.includes("§5K3.1 (in the 2003–2024 Manuals)"));
    assert.equal(r.editionsWithIt, "2025");
    const p = ok(lookupCitation(g("3F1.1"), 2025));
    assert.ok(p.text.includes("but shall be not more than 4 levels."));
  });
  it("§5K3.1 is not in the 2002 Manual, is in 2003–2024, and is deleted (moved to §3F1.1) in 2025", () => {
    const r = notOk(lookupCitation(g("5K3.1"), 2002), "not-in-edition");
    assert.equal(r.message, "§5K3.1 is not in the 2002 Guidelines Manual: it was added by Amendment 651, effective Oct. 27, 2003 (first in the Nov. 1, 2003 Manual).");
    assert.equal(r.editionsWithIt, "2003–2024");
    const p = ok(lookupCitation(g("5K3.1"), 2003));
    assert.ok(p.text.startsWith("Upon motion of the Government, the court may depart downward not more than 4 levels"));
    assert.equal(p.textEdition, "Guidelines Manual, Nov. 1, 2016");
    assert.ok(p.caveats[0].includes("also shown for the 2003–2015 and 2017–2024 Manuals"));
    const d = ok(lookupCitation(g("5K3.1"), 2025));
    assert.equal(d.status, "deleted");
    assert.ok(d.text.startsWith("§5K3.1. [Deleted]\nHistorical Note: Section 5K3.1 (Early Disposition Programs (Policy Statement)), effective October 27, 2003 (amendment 651), was deleted from Chapter Five and replaced by §3F1.1"));
    assert.equal(d.history, "§5K3.1 was deleted from Chapter Five and replaced by §3F1.1 effective Nov. 1, 2025 (Amendment 836).");
  });
  it("§1B1.13 is not in the 2005 Manual; 2016 and 2025 texts; 2018–2022 unavailable (Amendment 813)", () => {
    const r = notOk(lookupCitation(g("1B1.13"), 2005), "not-in-edition");
    assert.equal(r.message, "§1B1.13 is not in the 2005 Guidelines Manual: it was added by Amendment 683, effective Nov. 1, 2006 (first in the Nov. 1, 2006 Manual).");
    assert.ok(ok(lookupCitation(g("1B1.13"), 2016)).text.startsWith("Upon motion of the Director of the Bureau of Prisons under 18 U.S.C. § 3582(c)(1)(A)"));
    assert.ok(ok(lookupCitation(g("1B1.13", ["b", "6"]), 2023)).text.startsWith("(6) UNUSUALLY LONG SENTENCE.—"));
    const gap = notOk(lookupCitation(g("1B1.13"), 2020), "no-text");
    assert.ok(gap.message.includes("Amendment 813"));
    notOk(lookupCitation(g("1B1.13"), 2010), "no-text");
    notOk(lookupCitation(g("1B1.13", ["b", "6"]), 2016), "not-in-edition");
  });
  it("§5K2.19: absent before 2000, text unavailable 2000–2011, [Deleted] from 2012 (Amendment 768)", () => {
    notOk(lookupCitation(g("5K2.19"), 1999), "not-in-edition");
    const gap = notOk(lookupCitation(g("5K2.19"), 2005), "no-text");
    assert.ok(gap.message.includes("Amendment 602") && gap.message.includes("Amendment 768"));
    const d = ok(lookupCitation(g("5K2.19"), 2012));
    assert.equal(d.status, "deleted");
    assert.equal(d.text, "§5K2.19. [Deleted]\nHistorical Note: Section 5K2.19 (Post-Sentencing Rehabilitative Efforts) (Policy Statement), effective November 1, 2000 (amendment 602), was deleted effective November 1, 2012 (amendment 768).");
    assert.equal(d.history, "§5K2.19 (Post-Sentencing Rehabilitative Efforts) was deleted effective Nov. 1, 2012 by Amendment 768.");
    const d25 = ok(lookupCitation(g("5K2.19"), 2025));
    assert.ok(d25.text.startsWith("§§5K2.0–5K2.24. [Deleted]\nHistorical Note: Section 5K2.19"));
  });
  it("§§5K2.0–5K2.24 and §5H1.10 deleted in 2025; their text shown before", () => {
    for (const sec of ["5K2.0", "5K2.11", "5H1.10"]) {
      const d = ok(lookupCitation(g(sec), 2025));
      assert.equal(d.status, "deleted", sec);
      assert.ok(d.history!.includes("Amendment 836"), sec);
      assert.equal(ok(lookupCitation(g(sec), 2016)).status, "verbatim", sec);
    }
    assert.equal(ok(lookupCitation(g("5H1.10"), 1995)).text, "These factors are not relevant in the determination of a sentence.");
    const sub = ok(lookupCitation(g("5K2.0", ["d", "4"]), 2025));
    assert.equal(sub.status, "deleted");
    assert.ok(sub.caveats.some((c) => c.includes("the whole section was deleted")));
    const span = ok(lookupCitation(g("5K2.0", [], { through: { section: "5K2.24", subsection: [] } }), 2025));
    assert.equal(span.status, "deleted");
    assert.ok(span.text.includes("Section 5K2.24 (Commission of Offense While Wearing or Displaying Unauthorized or Counterfeit Insignia or Uniform (Policy Statement))"));
    const k13 = ok(lookupCitation(g("5K2.13"), 2025));
    assert.ok(k13.text.includes("Section 5K2.13 (Diminished Capacity (Policy Statement))"));
    notOk(lookupCitation(g("5K2.13"), 2016), "no-text");
    notOk(lookupCitation(g("5K2.24"), 2006), "not-in-edition");
    notOk(lookupCitation(g("5K2.0"), 2005), "no-text");
    notOk(lookupCitation(g("5K2.0"), 2024), "no-text");
  });
  it("§3E1.1: 2016 text for 2013–2017, 2025 text for 2023–2025, nothing for other years", () => {
    const b16 = ok(lookupCitation(g("3E1.1", ["b"]), 2014));
    assert.equal(b16.textEdition, "Guidelines Manual, Nov. 1, 2016");
    assert.ok(b16.caveats[0].includes("no amendment between Nov. 1, 2013 (Amendment 775) and Nov. 1, 2018 (Amendment 810)"));
    assert.equal(ok(lookupCitation(g("3E1.1", ["b"]), 2025)).textEdition, "Guidelines Manual, Nov. 1, 2025");
    for (const y of [1995, 2005, 2012, 2018, 2022]) notOk(lookupCitation(g("3E1.1", ["b"]), y), "no-text");
    assert.ok(notOk(lookupCitation(g("3E1.1"), 2020), "no-text").message.includes("Amendment 810"));
  });
  it("unknown sections and unsupported editions", () => {
    notOk(lookupCitation(g("2B1.1"), 2016), "unknown");
    notOk(lookupCitation(g("2L1.2"), 1994), "unknown");
    notOk(lookupCitation(g("2L1.2"), 2027), "unknown");
  });
});

describe("other guideline provisions", () => {
  it("§5K1.1 opening paragraph and (a)(3); 2024 unavailable (Amendment 831)", () => {
    const p = ok(lookupCitation(g("5K1.1", ["a", "3"]), 2016));
    assert.equal(p.text, "(3) the nature and extent of the defendant’s assistance;");
    assert.ok(p.context[0].startsWith("(a) The appropriate reduction shall be determined by the court"));
    const whole = ok(lookupCitation(g("5K1.1"), 2025));
    assert.ok(whole.text.startsWith("Upon motion of the government stating that the defendant has provided substantial assistance in the investigation or prosecution of another person who has committed an offense, a sentence that is below the otherwise applicable guideline range may be appropriate."));
    assert.ok(notOk(lookupCitation(g("5K1.1"), 2024), "no-text").message.includes("Amendment 831"));
  });
  it("§5K2.0(a)(1) keeps its flush text after (B)", () => {
    const p = ok(lookupCitation(g("5K2.0", ["a", "1"]), 2016));
    assert.ok(p.text.split("\n")[3].startsWith("of a kind, or to a degree, not adequately taken into consideration"));
  });
  it("§1B1.1 comment. (n.1(E)) in 2016; not available for 2025", () => {
    const p = ok(lookupCitation(note("1B1.1", "1", "E"), 2016));
    assert.ok(p.text.startsWith("(E) “Departure” means"));
    assert.ok(p.source.includes("comment. (n.1(E))"));
    notOk(lookupCitation(note("1B1.1", "1", "E"), 2025), "no-text");
    assert.ok(ok(lookupCitation(g("1B1.1", ["a", "9"]), 2025)).text.startsWith("(9) Apply, as appropriate, Part K of Chapter Five."));
    notOk(lookupCitation(g("1B1.1", ["a", "9"]), 2016), "not-in-edition");
  });
  it("§5D1.1(c), §5G1.1(c)(1), §6B1.2(a) and background commentary", () => {
    assert.ok(ok(lookupCitation(g("5D1.1", ["c"]), 2016)).text.startsWith("(c) The court ordinarily should not impose a term of supervised release in a case in which supervised release is not required by statute and the defendant is a deportable alien"));
    assert.equal(ok(lookupCitation(g("5G1.1", ["c", "1"]), 1995)).text, "(1) is not greater than the statutorily authorized maximum sentence, and");
    assert.ok(ok(lookupCitation(g("6B1.2", ["a"]), 2016)).text.includes("\nHowever, a plea agreement that includes the dismissal of a charge"));
    assert.ok(ok(lookupCitation(g("3E1.1", [], { commentary: { background: true } }), 2016)).text.startsWith("Background: The reduction of offense level"));
    notOk(lookupCitation(g("6B1.2"), 2005), "no-text");
  });
  it("Chapter Five, Part A heading and commentary (table omitted)", () => {
    const p = ok(lookupCitation({ kind: "chapter", chapter: 5, part: "A" }, 2016));
    assert.ok(p.text.startsWith("Part A ― Sentencing Table\nThe Sentencing Table used to determine the guideline range follows:"));
    assert.ok(p.text.includes("24–30 months of imprisonment."));
    const q = ok(lookupCitation({ kind: "chapter", chapter: 5, part: "A" }, 2025));
    assert.ok(q.text.startsWith("PART A ― SENTENCING TABLE"));
    assert.ok(!q.text.includes("0–6"));
    notOk(lookupCitation({ kind: "chapter", chapter: 5, part: "A" }, 2005), "no-text");
    notOk(lookupCitation({ kind: "chapter", chapter: 4 }, 2016), "no-text");
  });
});

describe("statutes and rules", () => {
  it("8 U.S.C. § 1326(b)(2) with its maximum", () => {
    const p = ok(lookupCitation(usc(8, "1326", "b", "2"), 2016));
    assert.equal(p.citation, "8 U.S.C. § 1326(b)(2)");
    assert.equal(p.text, "(2) whose removal was subsequent to a conviction for commission of an aggravated felony, such alien shall be fined under such title, imprisoned not more than 20 years, or both;");
    assert.deepEqual(p.context, ["(b) Criminal penalties for reentry of certain removed aliens\nNotwithstanding subsection (a), in the case of any alien described in such subsection"]);
    assert.equal(p.statutoryMaximum, "Not more than 20 years (8 U.S.C. § 1326(b)(2)); a fine under title 18, or both.");
    assert.ok(p.caveats.some((c) => c.includes("em dashes")));
    // no footnote digit inline anywhere in § 1326(b)
    assert.ok(!/\s\d\s+or$/m.test(ok(lookupCitation(usc(8, "1326", "b"), 2016)).text));
    assert.ok(ok(lookupCitation(usc(8, "1326", "b", "3"), 2016)).text.endsWith("which sentence shall not run concurrently with any other sentence. or"));
    assert.ok(ok(lookupCitation(usc(8, "1326", "c"), 2016)).text.includes("section 1252(h)(2) of this title who enters"));
    // the current (b)(2) was already in force on Nov. 1, 1997 …
    assert.deepEqual(ok(lookupCitation(usc(8, "1326", "b", "2"), 1997)).text, p.text);
    // … but not on Nov. 1, 1995: the pre-1996 (b) is not in the reference, so no text (never today's)
    const r = notOk(lookupCitation(usc(8, "1326", "b", "2"), 1995), "no-text");
    assert.match(r.message, /^Heartland has no verified text of 8 U\.S\.C\. § 1326\(b\)\(2\) as in force on Nov\. 1, 1995\. Subsection \(b\) as in force before Sept\. 30, 1996 is not in the reference data/);
  });
  it("8 U.S.C. § 1326(a) before Sept. 30, 1996: “arrested and deported”, penalty clause marked missing", () => {
    const p = ok(lookupCitation(usc(8, "1326", "a"), 1995));
    assert.equal(p.title, "8 U.S.C. § 1326. Reentry of deported alien; criminal penalties for reentry of certain deported aliens");
    assert.equal(p.status, "partial");
    assert.equal(p.textEdition, "United States Code, 1994 Edition (laws in effect as of Jan. 4, 1995)");
    assert.equal(
      p.text.split("\n")[1],
      "(1) has been arrested and deported or excluded and deported, and thereafter",
    );
    assert.ok(p.text.endsWith("[… not in the reference data …]"));
    assert.ok(!p.text.includes("denied admission"));
    assert.ok(p.caveats.some((c) => c.includes("It changed on Sept. 30, 1996, while the 1995 Manual was in force")));
    assert.ok(p.source.includes("law.justia.com/codes/us/1994"));
    assert.equal(p.statutoryMaximum, undefined);
    // the brief's date decides: Sept. 29, 1996 → old text; Sept. 30, 1996 → new text, whatever the edition
    assert.ok(ok(lookupCitation(usc(8, "1326", "a", "1"), 1995, "1996-09-29")).text.startsWith("(1) has been arrested and deported"));
    const after = ok(lookupCitation(usc(8, "1326", "a", "1"), 1995, "1996-09-30"));
    assert.ok(after.text.startsWith("(1) has been denied admission, excluded, deported, or removed"));
    assert.ok(after.caveats.includes("Statute text as in force on Sept. 30, 1996 (the sentencing date), whatever the Guidelines Manual edition."));
    for (const y of [1996, 2016]) assert.ok(ok(lookupCitation(usc(8, "1326", "a", "1"), y)).text.startsWith("(1) has been denied admission"));
  });
  it("§ 1326 maxima: (a) 2, (b)(1) 10, (b)(3) 10 consecutive, (b)(4) 10; (d) none", () => {
    assert.ok(ok(lookupCitation(usc(8, "1326", "a"), 2025)).statutoryMaximum!.startsWith("Not more than 2 years"));
    assert.ok(ok(lookupCitation(usc(8, "1326", "a", "2"), 2025)).statutoryMaximum!.startsWith("Not more than 2 years"));
    assert.ok(ok(lookupCitation(usc(8, "1326", "b", "1"), 2025)).statutoryMaximum!.startsWith("Not more than 10 years"));
    assert.ok(ok(lookupCitation(usc(8, "1326", "b", "3"), 2025)).statutoryMaximum!.includes("shall not run concurrently"));
    assert.ok(ok(lookupCitation(usc(8, "1326", "b", "4"), 2025)).statutoryMaximum!.startsWith("Not more than 10 years"));
    assert.ok(ok(lookupCitation(usc(8, "1326", "d"), 2025)).statutoryMaximum!.startsWith("None"));
    const b = ok(lookupCitation(usc(8, "1326", "b"), 2025));
    assert.ok(b.text.endsWith("For the purposes of this subsection, the term “removal” includes any agreement in which an alien stipulates to removal during (or not during) a criminal trial under either Federal or State law."));
    notOk(lookupCitation(usc(8, "1326", "b", "5"), 2025), "unknown");
  });
  it("§ 1325(a): 6 months first, 2 years subsequent", () => {
    const p = ok(lookupCitation(usc(8, "1325", "a"), 2016));
    assert.ok(p.text.startsWith("(a) Improper time or place;"));
    assert.ok(p.statutoryMaximum!.includes("not more than 6 months") && p.statutoryMaximum!.includes("not more than 2 years"));
    notOk(lookupCitation(usc(8, "1325", "b"), 2016), "no-text");
  });
  it("18 U.S.C. § 3553(a)(6), § 3559(a)(3), § 3583(b)(2)", () => {
    const p = ok(lookupCitation(usc(18, "3553", "a", "6"), 2016));
    assert.equal(p.text, "(6) the need to avoid unwarranted sentence disparities among defendants with similar records who have been found guilty of similar conduct; and");
    assert.ok(p.context[0].startsWith("(a) Factors to be considered in imposing a sentence.—"));
    assert.equal(ok(lookupCitation(usc(18, "3559", "a", "3"), 2016)).text, "(3) less than twenty-five years but ten or more years, as a Class C felony;");
    assert.equal(ok(lookupCitation(usc(18, "3583", "b", "2"), 2016)).text, "(2) for a Class C or Class D felony, not more than three years; and");
    notOk(lookupCitation(usc(18, "3553", "b"), 2016), "no-text");
  });
  it("18 U.S.C. § 3582(c)(1)(A) by date: only the BOP Director before Dec. 21, 2018; the defendant too since", () => {
    for (const y of [1995, 2010, 2016, 2018]) {
      const p = ok(lookupCitation(usc(18, "3582", "c", "1", "A"), y));
      assert.ok(p.text.startsWith("(A) the court, upon motion of the Director of the Bureau of Prisons, may reduce the term of imprisonment"), String(y));
      assert.ok(!p.text.includes("upon motion of the defendant"));
      assert.equal(p.textEdition, "USSC Guidelines Manual Appendix B (statutes as of May 1, 2016)");
      assert.ok(p.caveats.some((c) => c.includes("only the Director of the Bureau of Prisons could move")));
    }
    // the 2018 Manual took effect Nov. 1, 2018, before the Act: its term straddles the change
    assert.ok(ok(lookupCitation(usc(18, "3582", "c", "1", "A"), 2018)).caveats.some((c) => c.startsWith("It changed on Dec. 21, 2018, while the 2018 Manual was in force")));
    assert.ok(ok(lookupCitation(usc(18, "3582", "c", "1", "A"), 2018, "2018-12-21")).text.includes("or upon motion of the defendant after the defendant has fully exhausted"));
    for (const y of [2019, 2025]) {
      const p = ok(lookupCitation(usc(18, "3582", "c", "1", "A"), y));
      assert.ok(p.text.startsWith("(A) the court, upon motion of the Director of the Bureau of Prisons, or upon motion of the defendant after the defendant has fully exhausted"));
      assert.ok(p.caveats.some((c) => c.includes("First Step Act of 2018 (Pub. L. 115-391")));
    }
  });
  it("audit 12 D5: § 3582(c)(1)(A)(ii) before Sept. 13, 1994 — added that day by Pub. L. 103-322; no text, never the 2016 text stretched back", () => {
    const ii = notOk(lookupCitation(usc(18, "3582", "c", "1", "A", "ii"), 1995, "1993-06-01"), "added-later");
    assert.equal(
      ii.message,
      '18 U.S.C. § 3582(c)(1)(A)(ii) was not in force on June 1, 1993: clause (ii) was added on Sept. 13, 1994 by the Violent Crime Control and Law Enforcement Act of 1994 (Pub. L. 103-322), which also enacted the "three strikes" provision, 18 U.S.C. § 3559(c), that the clause refers to (DOJ Criminal Resource Manual 1032, https://www.justice.gov/jm/criminal-resource-manual-1032-sentencing-enhancement-three-strikes-law (stored public pages)). Before then § 3582(c)(1)(A) had no clauses (i) and (ii); Heartland has no verified text of it as in force before that date.',
    );
    assert.match(notOk(lookupCitation(usc(18, "3582", "c", "1", "A", "i"), 1995, "1994-09-12"), "added-later").message, /^18 U\.S\.C\. § 3582\(c\)\(1\)\(A\)\(i\) was not in force on Sept\. 12, 1994: the Violent Crime Control/);
    // the rest of the section: the era's text is shown only from Sept. 13, 1994
    for (const sub of [["c", "1", "A"], ["c"], ["a"], []]) {
      const r = notOk(lookupCitation(usc(18, "3582", ...sub), 1995, "1993-06-01"), "no-text");
      assert.ok(
        r.message.endsWith(
          " as in force on June 1, 1993: the text it has (USSC Guidelines Manual Appendix B (statutes as of May 1, 2016)) is shown only from Sept. 13, 1994. Clauses (i) and (ii) of § 3582(c)(1)(A) date from Sept. 13, 1994, when the Violent Crime Control and Law Enforcement Act of 1994 (Pub. L. 103-322) added clause (ii); the text of § 3582 as in force before that date is not in the reference data (unverified), so none is shown.",
        ),
        r.message,
      );
    }
    // from Sept. 13, 1994 on: as before
    const p = ok(lookupCitation(usc(18, "3582", "c", "1", "A", "ii"), 1995, "1994-09-13"));
    assert.ok(p.text.startsWith("(ii) the defendant is at least 70 years of age, has served at least 30 year in prison, pursuant to a sentence imposed under section 3559(c)"));
    assert.equal(p.textEdition, "USSC Guidelines Manual Appendix B (statutes as of May 1, 2016)");
    assert.ok(ok(lookupCitation(usc(18, "3582", "c", "1", "A", "ii"), 1995)).text.startsWith("(ii) the defendant is at least 70 years of age"));
  });
  it("audit 12 D5: § 1326 before Jan. 4, 1995 — the 1994 Code's text is not stretched back", () => {
    const r = notOk(lookupCitation(usc(8, "1326", "a", "1"), 1995, "1993-06-01"), "no-text");
    assert.equal(
      r.message,
      "Heartland has no verified text of 8 U.S.C. § 1326(a)(1) as in force on June 1, 1993: the text it has (United States Code, 1994 Edition (laws in effect as of Jan. 4, 1995)) is shown only from Jan. 4, 1995. The 1994 edition of the U.S. Code gives § 1326 as in force on Jan. 4, 1995 (laws in effect as of that date); its text as in force before that date is not in the reference data (unverified), so none is shown.",
    );
    assert.ok(ok(lookupCitation(usc(8, "1326", "a", "1"), 1995, "1995-01-04")).text.startsWith("(1) has been arrested and deported or excluded and deported"));
  });
  it("a paragraph printed inside its subsection's text (8 U.S.C. § 1325(a)(1)) is shown within it, not called missing", () => {
    const p = ok(lookupCitation(usc(8, "1325", "a", "1"), 2016, "2017-03-01"));
    assert.ok(p.text.startsWith("(a) Improper time or place;"));
    assert.ok(p.caveats.includes("8 U.S.C. § 1325(a)(1) is printed inside the text of 8 U.S.C. § 1325(a), not as a part of its own; the whole of 8 U.S.C. § 1325(a) is shown."));
    // a designation the text does not have is still missing, named at the level it is missing from
    assert.equal(notOk(lookupCitation(usc(8, "1325", "a", "4"), 2016), "unknown").message, "8 U.S.C. § 1325(a)(4) does not match the text Heartland has: 8 U.S.C. § 1325(a) has no (4).");
    assert.equal(notOk(lookupCitation(usc(18, "3582", "c", "3", "A"), 2025), "unknown").message, "18 U.S.C. § 3582(c)(3)(A) does not match the text Heartland has: 18 U.S.C. § 3582(c) has no (3).");
  });
  it("statutes and rules the reference lacks: no-text, no invented text", () => {
    const r = notOk(lookupCitation({ kind: "rule", rules: "crim", rule: "35", subsection: ["a"] }, 2016), "no-text");
    assert.equal(r.message, "Heartland's reference data has no text of Fed. R. Crim. P. 35(a), so it can't show it.");
    notOk(lookupCitation(usc(18, "3742", "a"), 2016), "no-text");
    notOk(lookupCitation(usc(8, "1101", "a", "43"), 2016), "no-text");
  });
  it("every statute has a source with an address", () => {
    for (const s of STATUTE_DATA) assert.ok(s.source.documents.some((d) => d.url), s.section);
  });
});

describe("every printed node is reachable in every edition its version serves", () => {
  it("guideline subsections and notes", () => {
    let n = 0;
    for (const s of GUIDELINE_DATA) {
      if (s.section === "ch5A") continue;
      for (const v of s.versions) {
        if (v.status === "deleted") continue;
        const walk = (nodes: ProvisionNode[] | undefined, prefix: string[], isNote: boolean) => {
          for (const node of nodes ?? []) {
            const path = [...prefix, node.id];
            for (const y of [v.from, v.to]) {
              const c = isNote ? note(s.section, ...path) : g(s.section, path);
              const r = lookupCitation(c, y);
              assert.ok(r.ok, `§${s.section} ${isNote ? "n." : ""}${path.join("/")} ${y}: ${r.ok ? "" : r.message}`);
              if (node.text) assert.ok(r.provision.text.startsWith(node.text), `§${s.section} ${path.join("/")} ${y}`);
              assert.equal(r.provision.manual, y);
              n++;
            }
            walk(node.children, path, isNote);
          }
        };
        walk(v.guideline, [], false);
        walk(v.notes, [], true);
      }
    }
    assert.ok(n > 500, String(n));
  });
  it("statute subsections", () => {
    for (const st of STATUTE_DATA) {
      const walk = (nodes: ProvisionNode[], prefix: string[]) => {
        for (const node of nodes) {
          const path = [...prefix, node.id];
          const p = ok(lookupCitation(usc(st.title, st.section, ...path), 2025));
          assert.ok(p.text.startsWith(node.text!), path.join("/"));
          walk(node.children ?? [], path);
        }
      };
      walk(st.nodes, []);
    }
  });
});

describe("never back-filling: every edition answers for §2L1.2 and the existence rules hold", () => {
  it("each edition's answer names its own or a stated text edition", () => {
    for (const y of SUPPORTED_EDITIONS) {
      const p = ok(lookupCitation(g("2L1.2", ["a"]), y));
      assert.equal(p.text, "(a) Base Offense Level: 8");
      assert.equal(p.manual, y);
      if (!p.textEdition.includes(`Nov. 1, ${y}`)) assert.ok(p.caveats.length > 0, `${y}: ${p.textEdition} without caveat`);
    }
  });
  it("§3F1.1 only from 2025; §5K3.1 text only 2003–2024; §1B1.13 never before 2006 (2026: the 2025 text, unverified)", () => {
    for (const y of SUPPORTED_EDITIONS) {
      const f = lookupCitation(g("3F1.1"), y);
      assert.equal(f.ok, y >= 2025, `3F1.1 ${y}`);
      if (y === 2026 && f.ok) assert.deepEqual([f.provision.status, f.provision.carried?.edition, f.provision.carried?.status], ["unverified", 2025, "verbatim"]);
      const k = lookupCitation(g("5K3.1"), y);
      if (y < 2003) assert.ok(!k.ok && k.reason === "not-in-edition", `5K3.1 ${y}`);
      else if (y === 2026) assert.ok(k.ok && k.provision.status === "unverified" && k.provision.carried?.status === "deleted", `5K3.1 ${y}`);
      else assert.ok(k.ok && k.provision.status === (y === 2025 ? "deleted" : "verbatim"), `5K3.1 ${y}`);
      const b = lookupCitation(g("1B1.13"), y);
      if (y < 2006) assert.ok(!b.ok && b.reason === "not-in-edition", `1B1.13 ${y}`);
    }
  });
});

describe("issue 10: commentary without a note, history dates", () => {
  it("`§2L1.2, comment.` with no note number is the commentary, not the guideline", async () => {
    const { recognizeCitations } = await import("../../src/core/citations/recognize");
    const { formatCitation } = await import("../../src/core/citations/types");
    const text = "See U.S.S.G. §2L1.2, comment. The court agreed.";
    const [m] = recognizeCitations(text);
    assert.deepEqual(m.citation, { kind: "guideline", section: "2L1.2", subsection: [], commentary: {} });
    assert.equal(text.slice(m.start, m.end), "U.S.S.G. §2L1.2, comment.");
    assert.equal(formatCitation(m.citation), "USSG §2L1.2, comment.");
    const p = ok(lookupCitation(m.citation, 2016));
    assert.deepEqual(p.context, ["Commentary"]);
    assert.ok(p.text.startsWith("1. In General.—"));
    assert.ok(!p.text.includes("Base Offense Level"));
    // with a note it is still the note; "comment (" without a note is not a citation of the commentary
    assert.deepEqual((recognizeCitations("USSG §2L1.2, comment. (n.5)")[0].citation as GuidelineCitation).commentary, { note: ["5"] });
  });
  it("§3E1.1 history: Amendment 459 is dated Nov. 1, 1992, not within 1995–2013", () => {
    const r = notOk(lookupCitation(g("3E1.1"), 2005), "no-text");
    assert.ok(!/1995–2013 \(Amendments 459/.test(r.message));
    assert.ok(r.message.includes("Amendment 459 took effect Nov. 1, 1992, before the 1995 Manual"));
    assert.ok(r.message.includes("Amendments 649 (Apr. 30, 2003), 746 and 747 (Nov. 1, 2010) and 775 (Nov. 1, 2013)"));
  });
});

describe("issue 10: Rule 35 by period", () => {
  const rule = (...sub: string[]): Citation => ({ kind: "rule", rules: "crim", rule: "35", subsection: sub });
  it("before Dec. 1, 2002 the seven-day correction rule is 35(c); 35(a) then is not shown as today's text", async () => {
    const { explain } = await import("../../src/core/explain");
    const c = explain(rule("c"), 1995);
    assert.ok(c.ok);
    assert.equal(c.explanation.text, "(c) … acting within 7 days after the imposition of sentence, [may] correct a sentence that was imposed as a result of arithmetical, technical, or other clear error.");
    assert.equal(c.explanation.status, "partial");
    assert.equal(c.explanation.textEdition, "Federal Rules of Criminal Procedure, before Dec. 1, 2002");
    const a = explain(rule("a"), 2001);
    assert.ok(a.ok);
    assert.equal(a.explanation.status, "unavailable");
    assert.equal(a.explanation.message, "Before Dec. 1, 2002 the seven-day correction of clear error was Rule 35(c), not 35(a); Heartland has no verified text of Rule 35(a) as in force then.");
  });
  it("Dec. 1, 2002 – Nov. 30, 2009: 35(a), seven days (DERIVED); since Dec. 1, 2009: fourteen days (verbatim); the brief's date decides", async () => {
    const { explain } = await import("../../src/core/explain");
    const a05 = explain(rule("a"), 2005);
    assert.ok(a05.ok && a05.explanation.status === "derived" && a05.explanation.text.includes("Within 7 days after sentencing"));
    const a16 = explain(rule("a"), 2016);
    assert.ok(a16.ok && a16.explanation.status === "verbatim" && a16.explanation.text.includes("Within 14 days after sentencing"));
    // the 2009 Manual began Nov. 1, 2009; a sentencing on Dec. 1, 2009 has the 14-day rule
    const d = explain(rule("a"), 2009, "2009-12-01");
    assert.ok(d.ok && d.explanation.text.includes("Within 14 days"));
    const e = explain(rule("a"), 2009, "2009-11-30");
    assert.ok(e.ok && e.explanation.text.includes("Within 7 days"));
    const f = explain(rule("c"), 2002, "2002-11-30");
    assert.ok(f.ok && f.explanation.text.includes("acting within 7 days"));
  });
});
