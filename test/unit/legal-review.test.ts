/**
 * Rows from the second legal read of the rules (stop 8): each a case the first fixes still got
 * wrong, with its source. Settings as the CLI passes them (offense and vehicle from front matter).
 */
import * as assert from "node:assert/strict";
import { analyzeBrief } from "../../src/core/precedent/analyze";
import type { AnalysisSettings } from "../../src/core/precedent/types";
import { CIRCUITS } from "../../src/core/settings";
import rulesJson from "../../src/data/rules.json";
import authoritiesJson from "../../src/data/authorities.json";

const run = (text: string, s: AnalysisSettings) => analyzeBrief(text, s).filter((f) => f.rule !== "departure-framing");

describe("legal second read", () => {
  it("revocation after removal under the 2012–2015 Manuals: the note excludes it; information, no adverse authority (Amendment 764; ref/era_2008_2015 n.1(B)(vii))", () => {
    const [f] = run("Mr. Ruiz argues that the revocation term should not count toward the enhancement because his probation was revoked after he was deported and reentered.", { circuit: "9", edition: 2014 });
    assert.equal(f.rule, "revocation-sentence");
    assert.equal(f.severity, "information");
    assert.ok(f.message.includes("only if the revocation occurred before the defendant was deported"), f.message);
    assert.ok(!f.butSee.startsWith("But see"), f.butSee);
  });

  it("revocation under a 1995–2000 Manual: no 'sentence imposed' threshold yet (Amendment 632, Nov. 1, 2001, named only from that day); information", () => {
    const [f] = run("Mr. Ruiz argues that the revocation term should not count toward the enhancement because the original sentence was only ten months.", { circuit: "9", edition: 1998 });
    assert.equal(f.severity, "information");
    // read as of the 1998 edition (to Oct. 31, 1999): the amendment is later law (audit 15 O4, more forms)
    assert.ok(f.message.startsWith('§ 2L1.2 has no "sentence imposed … exceeded 13 months" threshold.') && !f.message.includes("Amendment 632"), f.message);
    assert.equal(f.butSee, "");
    const [g] = run("Mr. Ruiz argues that the revocation term should not count toward the enhancement because the original sentence was only ten months.", { circuit: "9", edition: 1998, briefDate: "2003-06-01" });
    assert.ok(g.message.includes("(it came with Amendment 632, Nov. 1, 2001)"), g.message);
  });

  it("a resentencing under a 2000–2010 Manual: § 5K2.19 barred the departure; Pepper (2011) is not cited as governing", () => {
    const [f] = run("At resentencing, Mr. Ruiz asks the Court to depart downward based on his post-sentencing rehabilitation.", { circuit: "9", edition: 2002, resentencing: true });
    assert.equal(f.rule, "post-sentencing-rehabilitation");
    // before Booker the mandatory § 5K2.19 bound every court: a warning (audit 7b B1)
    assert.equal(f.severity, "warning");
    assert.ok(f.message.startsWith("A departure for post-sentencing rehabilitation at a resentencing is barred by USSG § 5K2.19"), f.message);
    assert.ok(!f.authorities.some((a) => a.cite.startsWith("Pepper")), f.authorities.map((a) => a.cite).join("; "));
  });

  it("§ 5K2.19 is not cited under a Manual after its deletion (Amendment 768, Nov. 1, 2012)", () => {
    const [f] = run("At resentencing, Mr. Ruiz asks the Court to vary downward based on his post-sentencing rehabilitation.", { circuit: "9", edition: 2016, resentencing: true });
    assert.ok(!f.authorities.some((a) => a.cite.startsWith("USSG § 5K2.19")), f.authorities.map((a) => a.cite).join("; "));
  });

  it("rehabilitation alone under a 2020 Manual: 28 U.S.C. § 994(t), not the 2023 § 1B1.13(d)", () => {
    const [f] = run("Mr. Ruiz moves for compassionate release, arguing that his rehabilitation alone is extraordinary and compelling.", { circuit: "9", edition: 2020 });
    assert.equal(f.rule, "compassionate-release-rehabilitation");
    assert.ok(f.message.includes("28 U.S.C. § 994(t)"), f.message);
    assert.ok(!f.authorities.some((a) => a.cite.startsWith("USSG § 1B1.13(d)")), f.authorities.map((a) => a.cite).join("; "));
  });

  it("a paragraph stating § 994(t), or claiming more than 'rehabilitation alone', is no rehabilitation-alone warning (audit 34d: pf-060, pf-023)", () => {
    const texts = [
      'Mr. Ruiz moves for compassionate release. The only statutory limit is that rehabilitation "alone" shall not be considered an extraordinary and compelling reason. 28 U.S.C. § 994(t).',
      "Mr. Ruiz moves for compassionate release. The policy statement repeats that rehabilitation is not, by itself, an extraordinary and compelling reason.",
      'Mr. Ruiz moves for compassionate release. These facts are more than the "rehabilitation alone" that § 994(t) excludes.',
    ];
    for (const t of texts) {
      const fs = run(t, { circuit: "2", edition: 2023 }).filter((f) => f.rule === "compassionate-release-rehabilitation");
      assert.deepEqual(fs.map((f) => f.severity).filter((s) => s === "warning"), [], t);
    }
    // rehabilitation said to be the reason itself (probes px-033, px-036, po-017): a warning, unless the paragraph names another ground
    for (const t of ["Mr. Ruiz moves for compassionate release. The extraordinary and compelling reason is his rehabilitation.", "Mr. Ruiz moves for compassionate release because his rehabilitation is extraordinary and compelling."]) {
      const [x] = run(t, { circuit: "2", edition: 2023 }).filter((f) => f.rule === "compassionate-release-rehabilitation");
      assert.equal(x.severity, "warning", t);
    }
    const [y] = run("Mr. Ruiz moves for compassionate release: his terminal cancer, and his rehabilitation, is extraordinary and compelling.", { circuit: "2", edition: 2023 }).filter((f) => f.rule === "compassionate-release-rehabilitation");
    assert.ok(!y || y.severity === "information");
    const [w] = run("Mr. Ruiz moves for compassionate release based solely on his rehabilitation.", { circuit: "2", edition: 2023 });
    assert.equal(w.rule, "compassionate-release-rehabilitation");
    assert.equal(w.severity, "warning");
    // a paragraph that says the motion did not rest on rehabilitation alone, or set it beside other circumstances
    // (legal audit of session 35, pu-051); the statute quoted with its emphasis (pt-027)
    for (const t of [
      'Mr. Ruiz moved for compassionate release. Section 994(t) bars only reliance on rehabilitation "alone." Mr. Ruiz did not ask the court to release him because of rehabilitation alone; he asked it to consider his rehabilitation together with his age at the offense and the time served.',
      'Mr. Ruiz moved for compassionate release. Congress said that "[r]ehabilitation of the defendant *alone* shall not be considered an extraordinary and compelling reason." It forbids treating rehabilitation as sufficient by itself.',
    ]) {
      const fs = run(t, { circuit: "4", edition: 2021 }).filter((f) => f.rule === "compassionate-release-rehabilitation");
      assert.ok(fs.length > 0 || t.includes("*alone*"), t);
      assert.deepEqual(fs.map((f) => f.severity).filter((s) => s === "warning"), [], t);
    }
    // …but quoting § 994(t) does not soften a paragraph that calls the rehabilitation itself the reason (pe-038)
    const [q] = run('---\ndocument: compassionate-release-motion\n---\n\nMr. Ruiz moves for compassionate release. Congress has directed that "[r]ehabilitation of the defendant alone shall not be considered an extraordinary and compelling reason." That does not bar a court from finding that rehabilitation of this depth is itself a compelling reason for relief.', { circuit: "4", edition: 2021, document: "compassionate-release-motion", briefDate: "2021-06-01" }).filter((f) => f.rule === "compassionate-release-rehabilitation" && f.severity === "warning");
    assert.ok(q, "rehabilitation 'itself a compelling reason' stays a warning");
  });

  it("a section is one argument: its text's request frames a paragraph that names none, and a note is said once per section (legal audits 35 and 36: pq-038, po-016, pu-027, pn-016, pb-015; px-043)", () => {
    const memo = (body: string) => ["---", "document: sentencing-memorandum", "circuit: 4", "date: 2019-05-01", "sentencing-date: 2019-05-23", "---", "", "# Defendant's Sentencing Memorandum", "", "## II. The revocation term should not drive the sentence", "", body].join("\n");
    const counted = "The increase becomes 8 levels under § 2L1.2(b)(2)(B) only because the court revoked his probation and imposed the suspended balance of the sentence after he came back.";
    const rev = (t: string) => analyzeBrief(memo(t), { circuit: "4", edition: 2018 }).filter((f) => f.rule === "revocation-sentence");
    // alone, the paragraph argues the count: a warning
    assert.deepEqual(rev(counted).map((f) => f.severity), ["warning"]);
    // in a section that asks a variance (or concedes the calculation), the variance's note
    for (const ask of ["The Court should vary downward to reflect that range.", "Mr. Cruz does not dispute the calculation; the Guidelines are advisory."]) {
      const fs = rev(`${counted}\n\n${ask}`);
      assert.deepEqual(fs.map((f) => f.severity), ["information"], ask);
      assert.equal(fs[0].framing, "variance");
      assert.ok(fs[0].trace!.context.includes("the section's text asks a variance"), fs[0].trace!.context);
    }
    // …not where the request is denied ("We do not ask for a departure"), nor for a paragraph that objects to the count
    assert.deepEqual(rev(`${counted}\n\nWe do not ask for a departure.`).map((f) => f.severity), ["warning"]);
    assert.deepEqual(rev(`Mr. Cruz objects to the 8-level increase: ${counted}\n\nIn the alternative, the Court should vary downward.`).map((f) => f.severity), ["warning"]);
    // a section that concedes the calculation and asks a departure under the note or a variance (pu-027)
    const dep = rev(`Mr. Cruz does not dispute that the PSR applied the commentary as written.\n\n${counted}\n\nWhether the Court treats the point as a departure or as a variance, the result should be the same.`);
    assert.deepEqual(dep.map((f) => f.severity), ["information"]);
    // the same note on two paragraphs of one section is said once
    const cr = ["---", "document: compassionate-release-motion", "circuit: 2", "date: 2024-03-01", "---", "", "# Motion for Compassionate Release", "", "## Rehabilitation", "",
      "His rehabilitation, together with his age, is an extraordinary and compelling reason for a reduction.", "",
      "The Court should also weigh his rehabilitation, together with his age, as part of the extraordinary and compelling reasons."].join("\n");
    const notes = analyzeBrief(cr, { circuit: "2", edition: 2023 }).filter((f) => f.rule === "compassionate-release-rehabilitation");
    assert.equal(notes.length, 1, notes.map((f) => f.message).join(" | "));
    assert.equal(notes[0].start, cr.indexOf("His rehabilitation"), "said on the section's first paragraph, not its heading");
  });

  it("a § 2255 motion that frames its ground as counsel's ineffectiveness makes that claim in every paragraph, judged by the law at the sentencing (legal audit 36: pk-049, pr-001, pq-002, po-059)", () => {
    const motion = (front: string) => [front, "", "MOTION UNDER 28 U.S.C. 2255 TO VACATE, SET ASIDE OR CORRECT SENTENCE", "",
      "GROUND ONE: My lawyer was ineffective because he did not object to the 16 levels", "",
      "The 16 levels should not apply because the 3-year revocation term was imposed in 2012, after I was deported in 2008, and a revocation after deportation does not count toward the sentence imposed.", ""].join("\n");
    const dated = analyzeBrief(motion("---\ndocument: 2255-motion\ncircuit: 5\ndate: 2014-09-08\nsentencing-date: 2013-07-15\nguidelines-manual: 2012\n---"), { circuit: "5", edition: 2012, document: "2255-motion", briefDate: "2014-09-08", sentencingDate: "2013-07-15" }).filter((f) => f.rule === "revocation-sentence");
    assert.equal(dated.length, 1);
    assert.ok(dated[0].message.startsWith("Counsel's failure to raise this ground is a Sixth Amendment claim § 2255(a) reaches, judged by the law at the sentencing (2013-07-15): "), dated[0].message);
    assert.ok(!dated[0].message.includes("a discretionary ground for a lower sentence is ordinarily none of these"));
    // a motion that gives no day at all: today's Manual is no measure of counsel then — never a warning (pd-006)
    const fast = ["---", "document: 2255-motion", "circuit: 11", "---", "", "GROUND ONE: Ineffective assistance of counsel at sentencing.", "",
      "My lawyer should have asked the judge for less time because defendants in San Diego and Arizona get a fast-track plea and I did not.", ""].join("\n");
    const undated = analyzeBrief(fast, { circuit: "11", edition: 2025 }).filter((f) => f.rule === "fast-track-disparity");
    assert.ok(undated.length > 0);
    assert.ok(undated.every((f) => f.severity !== "warning" && f.message.includes("the brief gives no date")), undated.map((f) => `${f.severity}: ${f.message}`).join(" | "));
  });

  it("a paragraph that proves the listed ground the motion names — no other caregiver, the dependant's incapacity — is that ground, not hardship outside (b)(3) (legal audit 36a: po-040, pq-042)", () => {
    const motion = (evidence: string) => ["---", "document: compassionate-release-motion", "circuit: 3", "date: 2025-03-01", "---", "", "# Motion for Compassionate Release", "",
      "## Incapacitation", "", "His wife is incapacitated by progressive multiple sclerosis, and Mr. Mehta is her only available caregiver.", "",
      "## Only available caregiver", "", evidence, ""].join("\n");
    for (const evidence of [
      "Their son works 80-hour weeks in Seattle. A private home-health aide has been providing twelve hours of care a day, and the couple's savings will be exhausted by June.",
      "No other relative can help: her sister cannot take her in, and she has been on a waitlist for the state program for a year.",
    ]) {
      const fs = analyzeBrief(motion(evidence), { circuit: "3", edition: 2024, briefDate: "2025-03-01", document: "compassionate-release-motion", familyGround: "B" }).filter((f) => f.rule === "compassionate-release-family");
      assert.ok(fs.length > 0, evidence);
      assert.ok(fs.every((f) => !f.message.startsWith("Family hardship outside")), fs.map((f) => f.message.slice(0, 80)).join(" | "));
    }
  });

  it("an appellate brief's history of rulings it says the appeal does not challenge is no argument of the appeal (legal audit 36a, pr-036)", () => {
    const brief = (tail: string) => ["---", "document: appellate-brief", "circuit: 2", "date: 2005-06-01", "---", "", "# Brief for Defendant-Appellant", "", "## Statement of the Case", "",
      "Before sentencing, trial counsel moved for a downward departure on the ground that he would have received a lower sentence in a district with a fast-track program. The district court denied the motion as foreclosed by Bonnet-Grullon.", "",
      tail, ""].join("\n");
    const ft = (t: string) => analyzeBrief(brief(t), { circuit: "2", edition: 2004, briefDate: "2005-06-01", document: "appellate-brief" }).filter((f) => f.rule === "fast-track-disparity");
    assert.ok(ft("At sentencing, the court said it would have given less time if it could.").length > 0, "recounted without a disclaimer: found");
    assert.deepEqual(ft("Mr. Rosario does not challenge those rulings on appeal. He raises only the Booker issue.").map((f) => f.severity), []);
  });

  it("an appeal from a resentencing, by its opening, is judged at that resentencing (Pepper), not as a final sentence (legal audit 36b: pb-037, pk-054)", () => {
    const brief = ["---", "document: appellate-brief", "circuit: 11", "date: 2011-08-01", "---", "", "# Brief of Appellant", "", "## Statement of the Issue", "",
      "Whether the district court erred at resentencing when it ruled that it could not consider his conduct in federal custody.", "", "## Argument", "",
      "The evidence of his time at Coleman — his GED, his work in the kitchen, no incident reports — is post-sentencing rehabilitation the court should have weighed under § 3553(a).", ""].join("\n");
    const fs = analyzeBrief(brief, { circuit: "11", edition: 2010, briefDate: "2011-08-01", document: "appellate-brief" }).filter((f) => f.rule === "post-sentencing-rehabilitation");
    assert.ok(fs.length > 0);
    assert.ok(fs.every((f) => f.message.startsWith("Permitted at a resentencing after vacatur — Pepper v. United States")), fs.map((f) => f.message.slice(0, 90)).join(" | "));
  });

  it("a First Circuit reply of Aug. 2022 on a change in the law that speaks of the disparity is told Ruvalcaba, binding and permissive (legal audit 36a, pr-010)", () => {
    const t = "---\ndocument: compassionate-release-motion\ncircuit: 1\n---\n\n# Reply in Support of Motion for Compassionate Release\n\nThe disparity between the 240-month minimum he received and the 180 months he would face is extraordinary and compelling, and the Court should reduce his sentence to 180 months.\n";
    const [f] = analyzeBrief(t, { circuit: "1", edition: 2021, briefDate: "2022-08-01", document: "compassionate-release-motion" }).filter((x) => x.rule === "compassionate-release-mandatory-minimum");
    assert.ok(f.message.startsWith("Permitted in the First Circuit case by case — United States v. Ruvalcaba, 26 F.4th 14 (1st Cir. 2022)"), f.message);
  });

  it("an appeal from a ruling on a compassionate-release motion is in that motion's vehicle: its rehabilitation is the motion's ground, not a plea to reopen a final sentence (legal audit of session 35, pu-051)", () => {
    const brief = [
      "---", "document: appellate-brief", "circuit: 4", "date: 2023-03-14", "---", "",
      "# OPENING BRIEF OF APPELLANT", "",
      "## STATEMENT OF THE ISSUE", "",
      "Whether the district court abused its discretion in denying Mr. McCray's motion for compassionate release without addressing his evidence of rehabilitation.", "",
      "## ARGUMENT", "",
      "A district court deciding a motion to reduce a sentence must address the defendant's non-frivolous arguments, including mitigation evidence of post-sentencing conduct. The order says nothing of his nineteen-year record in custody.", "",
    ].join("\n");
    const fs = analyzeBrief(brief, { circuit: "4", edition: 2022 });
    assert.deepEqual(fs.filter((f) => f.rule === "post-sentencing-rehabilitation").map((f) => f.start), []);
    const cr = fs.filter((f) => f.rule === "compassionate-release-rehabilitation");
    assert.ok(cr.length > 0);
    assert.ok(cr.every((f) => f.instead.startsWith("On appeal from the ruling on a § 3582(c)(1)(A) motion")), cr.map((f) => f.instead).join(" | "));
    // a reentry appeal that names no such ruling is no compassionate-release filing
    const reentry = brief.replace("denying Mr. McCray's motion for compassionate release without addressing", "imposing a 41-month sentence without addressing");
    assert.deepEqual(analyzeBrief(reentry, { circuit: "4", edition: 2022 }).filter((f) => f.rule === "compassionate-release-rehabilitation").map((f) => f.start), []);
  });

  it("rehabilitation in a defendant's Rule 35 or § 2255 motion is a warning (Rule 35's text, § 2255(a), § 3582(c)); not at a resentencing, nor framed as ineffective assistance (audits 34a, 34d: pn-007, pf-005, pf-031)", () => {
    const para = "Since he was sentenced, Mr. Ruiz has earned his GED, completed the drug program and had no incident reports; he asks the Court to reduce his sentence for this rehabilitation.";
    const [r35] = run(para, { circuit: "9", edition: 2018, document: "rule-35-motion", briefDate: "2021-08-16" }).filter((f) => f.rule === "post-sentencing-rehabilitation");
    assert.equal(r35.severity, "warning");
    assert.ok(r35.message.startsWith("Rehabilitation after sentence is no ground for a Rule 35 motion: Rule 35(a) lets the court correct only \"arithmetical, technical, or other clear error\" within 14 days after sentencing"), r35.message);
    assert.ok(r35.instead.startsWith("File a § 3582(c)(1)(A) motion"), r35.instead);
    // in 2005: 7 days, and only the Bureau could move
    const [old] = run(para, { circuit: "9", edition: 2004, document: "rule-35-motion", briefDate: "2005-06-03" }).filter((f) => f.rule === "post-sentencing-rehabilitation");
    assert.equal(old.severity, "warning");
    assert.ok(old.message.includes("within 7 days after sentencing"), old.message);
    assert.ok(old.instead.includes("on the motion of the Director of the Bureau of Prisons"), old.instead);
    const [c] = run(para, { circuit: "11", edition: 2006, document: "2255-motion", briefDate: "2007-08-27" }).filter((f) => f.rule === "post-sentencing-rehabilitation");
    assert.equal(c.severity, "warning");
    assert.ok(c.message.startsWith("Rehabilitation after sentence is no ground for a § 2255 motion"), c.message);
    const [iac] = run("Since he was sentenced, Mr. Ruiz has earned his GED and completed the drug program, and counsel was ineffective for not presenting his rehabilitation at the resentencing the Court should now order.", { circuit: "11", edition: 2006, document: "2255-motion", briefDate: "2007-08-27" }).filter((f) => f.rule === "post-sentencing-rehabilitation");
    assert.equal(iac.severity, "information");
    const [re] = run(para, { circuit: "9", edition: 2018, document: "rule-35-motion", briefDate: "2021-08-16", resentencing: true }).filter((f) => f.rule === "post-sentencing-rehabilitation");
    assert.equal(re.severity, "information");
    // on the government's Rule 35(b) motion: circuit law, not the bar (legal audit of session 35, pu-035)
    const [b] = run(para, { circuit: "9", edition: 2018, document: "rule-35-motion", briefDate: "2021-08-16", rule35b: true }).filter((f) => f.rule === "post-sentencing-rehabilitation");
    assert.equal(b.severity, "information");
    assert.ok(b.message.startsWith("On the government's Rule 35(b) motion the court may reduce the sentence for the defendant's substantial assistance"), b.message);
  });

  it("deportable-alien status outside § 1326 in the Seventh Circuit: its own non-§ 1326 case, never a § 1326 'But see'", () => {
    const [f] = run("Mr. Ruiz asks for a downward departure because as a deportable alien he cannot serve time in a halfway house.", { circuit: "7", edition: 2016, offense: "21 U.S.C. § 846" });
    assert.ok(f.message.includes("United States v. Bautista"), f.message);
    assert.ok(!f.message.includes("§ 1326 case"), f.message);
    assert.ok(!f.butSee.includes("Martinez-Ramos"), f.butSee);
  });

  it("Third Circuit, § 924(c) change: § 1B1.13(b)(6) is listed as not binding there (Rutherford, 120 F.4th 360), never beside it as binding", () => {
    const [f] = run("He argues that the First Step Act's change to § 924(c) stacking is an extraordinary and compelling reason for a reduction.", { circuit: "3", edition: 2024 });
    assert.equal(f.rule, "compassionate-release-mandatory-minimum");
    const b6 = f.authorities.find((a) => a.cite.startsWith("USSG § 1B1.13(b)(6)"));
    assert.ok(b6, f.authorities.map((a) => a.cite).join("; "));
    assert.equal(b6!.binding, false);
    assert.ok(b6!.holding.startsWith("(Not binding in the Third Circuit"), b6!.holding);
    const [g] = run("He argues that the First Step Act's change to § 924(c) stacking is an extraordinary and compelling reason for a reduction.", { circuit: "1", edition: 2024 });
    assert.equal(g.authorities.find((a) => a.cite.startsWith("USSG § 1B1.13(b)(6)"))?.binding, true);
  });

  it("no message names an empty authority ('— .'), and no warning stands without a binding authority, in any circuit or edition", () => {
    const sentences = [
      "Mr. Ruiz asks the Court to depart downward because defendants in fast-track districts receive lower sentences.",
      "Mr. Ruiz argues that the revocation term should not count toward the enhancement because the original sentence was only ten months.",
      "Mr. Ruiz asks for a downward departure because as a deportable alien he cannot serve time in a halfway house.",
      "He asks the Court to depart downward because he returned to the United States to care for his dying mother.",
      "Mr. Ruiz asks the Court to depart downward because his prior conviction was minor and the enhancement overstates it.",
    ];
    for (const circuit of [null, ...CIRCUITS]) {
      for (const edition of [1995, 1998, 2001, 2005, 2010, 2014, 2016, 2020, 2025]) {
        for (const t of sentences) {
          for (const f of run(t, { circuit, edition })) {
            assert.ok(!f.message.includes(" — ."), `${circuit} ${edition}: ${f.message}`);
            if (f.severity === "warning") assert.ok(f.authorities.some((a) => a.binding), `${circuit} ${edition} ${f.rule}: warning without a binding authority`);
          }
        }
      }
    }
  });
});

describe("rules.json: authorities and the text a lawyer sees (issue 15, items 4 and 5)", () => {
  type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
  const rules = (rulesJson as unknown as { rules: { id: string; holdings: Holding[]; guidelineText?: Holding[] }[] }).rules;
  interface Holding { authority: string | null; cite: string }
  const authorities = (authoritiesJson as unknown as { authorities: Record<string, { id: string; case: string }> }).authorities;

  it("every authority id a holding names exists in authorities.json, under its own id and case name", () => {
    const missing: string[] = [];
    for (const r of rules) {
      for (const h of [...r.holdings, ...(r.guidelineText ?? [])]) {
        if (h.authority === null) continue;
        const a = authorities[h.authority];
        if (!a) { missing.push(`${r.id}: ${h.authority}`); continue; }
        assert.equal(a.id, h.authority);
        assert.ok(h.cite.startsWith(a.case), `${r.id}: ${h.cite} is not ${a.case} (${h.authority})`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it("no text shown to the user names a seed file or an internal pattern id ('seeds/002', 'P13'); provenance stays in `sources`", () => {
    // fields that are not shown: where the text comes from, and internal keys
    const NOT_SHOWN = new Set(["sources", "pattern", "authority", "id"]);
    const bad: string[] = [];
    const walk = (v: Json, path: string): void => {
      if (typeof v === "string") {
        if (v.includes("seeds/") || /\bP\d{1,2}\b/.test(v) || v.includes("reference/guidelines") || v.includes("holdings.json")) bad.push(`${path}: ${v.slice(0, 120)}`);
      } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) if (!NOT_SHOWN.has(k)) walk(x, `${path}.${k}`);
    };
    for (const r of rules) walk(r as unknown as Json, r.id);
    assert.deepEqual(bad, []);
  });

  it("the test itself catches a seed reference and a pattern id", () => {
    const re = /\bP\d{1,2}\b/;
    assert.ok(re.test("(see P13)") && !re.test("P01_fast_track_disparity") && !re.test("215 F.3d 969"));
  });
});
