/**
 * Session 40: probe qa's misses and audit findings mended in general form.
 */
import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Brief } from "../../src/core/brief/brief";
import { checkBrief } from "../../src/core/pipeline";
import { briefDateOfText, namedEventAfter, psrDisclosedOfText, sentencingDateOfText } from "../../src/core/brief/briefDate";
import { amendmentMotionOf, namesNoOtherReleaseGround } from "../../src/core/precedent/facts";

const findings = (text: string, circuit: string | null = "9") => checkBrief(new Brief(text), circuit ? { circuit: circuit as "9" } : {}, undefined).findings;
const lineOf = (text: string, at: number) => text.slice(0, at).split("\n").length;
/** The findings of `rule` in a text (no circuit set beyond the brief's own). */
const ofRule = (rule: string) => (text: string) => findings(text, null).filter((x) => x.rule === rule);
/** The one finding of `rule` in `text` (no circuit set beyond the brief's own), asserted to be the only one. */
const only = (text: string, rule: string) => {
  const f = findings(text, null).filter((x) => x.rule === rule);
  assert.equal(f.length, 1, f.map((x) => x.message).join(" | "));
  return f[0];
};
/** A probe brief's text (bench/probes/briefs-<set>.jsonl). */
const probe = (set: string, id: string): string => readFileSync(join(__dirname, "..", "..", "..", "bench", "probes", `briefs-${set}.jsonl`), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string }).find((r) => r.id === id)!.text;

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

describe("dates a filing states, which were not read (audit 40a: qa-008, qa-019, qa-030 read as of today)", () => {
  it("a memorandum 'in aid of sentencing, scheduled for' a day: that day", () => {
    assert.equal(sentencingDateOfText("**DEFENDANT'S MEMORANDUM IN AID OF SENTENCING AND MOTION FOR DOWNWARD DEPARTURE**\n\nDefendant respectfully submits this memorandum in aid of sentencing, scheduled for October 24, 1997, and moves the Court to depart downward.\n", "2026-12-08"), "1997-10-24");
  });
  it("a letter memorandum for a departure motion 'scheduled to be heard at sentencing on' a day: that day", () => {
    assert.equal(sentencingDateOfText("**LETTER MEMORANDUM IN SUPPORT OF DEFENDANT'S MOTION FOR DOWNWARD DEPARTURE**\n\nPlease accept this letter memorandum in support of Mr. Peguero's motion for a downward departure, which is scheduled to be heard at sentencing on August 20, 2001.\n", "2026-12-08"), "2001-08-20");
  });
  it("objections to a presentence report: the day the report was disclosed, only in such a filing", () => {
    const objections = "## DEFENDANT'S OBJECTIONS TO THE PRESENTENCE INVESTIGATION REPORT\n\nDefendant files the following objections to the Presentence Investigation Report (\"PSR\") disclosed on July 28, 2014.\n";
    assert.equal(psrDisclosedOfText(objections, "2026-12-08"), "2014-07-28");
    assert.equal(psrDisclosedOfText(objections.replace("## DEFENDANT'S OBJECTIONS TO THE PRESENTENCE INVESTIGATION REPORT", "## Notes"), "2026-12-08"), undefined);
    assert.equal(psrDisclosedOfText(objections, "2026-12-08", "sentencing-memorandum"), undefined);
  });
  it("the objections' 2014 enhancements are read in the 2013 Manual, not flagged as missing from today's", () => {
    const text = "## DEFENDANT'S OBJECTIONS TO THE PRESENTENCE INVESTIGATION REPORT\n\nDefendant files the following objections to the Presentence Investigation Report (\"PSR\") disclosed on July 28, 2014.\n\n### Objection No. 1: the 16-level enhancement under § 2L1.2(b)(1)(A)(i)\n\nThe PSR increases the offense level by 16 under § 2L1.2(b)(1)(A)(i). The applicable increase is four levels under § 2L1.2(b)(1)(D).\n";
    const b = new Brief(text);
    assert.equal(b.front.sentencingDate, "2014-07-28");
    assert.equal(checkBrief(b, {}, undefined).findings.length, 0);
  });
});

describe("a withdrawn panel opinion cited before it was withdrawn is the law of the brief's day (probe qb-059)", () => {
  const MOTION = "# Motion for Downward Departure\n\nIn United States v. Banuelos-Rodriguez, 173 F.3d 741 (9th Cir. 1999), the court held that the disparity may support a departure.\n\nDated: July 12, 1999\n";
  it("dated July 12, 1999: information that it was withdrawn Nov. 5, 1999, after the brief — no error, no fix", () => {
    const f = checkBrief(new Brief(MOTION), { circuit: "9" }, undefined).citations.filter((x) => x.message.includes("173 F.3d 741"));
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, "information");
    assert.match(f[0].message, /stood at the brief's date \(July 12, 1999\); it was withdrawn on Nov\. 5, 1999, after the brief/);
    assert.equal(f[0].fix, undefined);
  });
  it("dated after the withdrawal, or undated: the error with its fix, as before", () => {
    for (const text of [MOTION.replace("July 12, 1999", "March 3, 2001"), MOTION.replace("Dated: July 12, 1999\n", "")]) {
      const f = checkBrief(new Brief(text), { circuit: "9" }, undefined).citations.filter((x) => x.message.includes("173 F.3d 741"));
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, "error");
      assert.ok(f[0].fix);
    }
  });
});

describe("a short filing with no heading says a note once, not on every paragraph (audit 40a: qa-003's note on the request and three paragraphs of facts)", () => {
  it("qa-003 (a pro se letter): one compassionate-release-family note, on its first paragraph that names the ground", () => {
    const text = probe("qa", "qa-003");
    const f = findings(text, null).filter((x) => x.rule === "compassionate-release-family");
    assert.equal(f.length, 1);
    assert.equal(lineOf(text, f[0].start), 14);
  });
  it("warnings stay on every paragraph that makes the argument", () => {
    const text = probe("qa", "qa-022");
    assert.ok(findings(text, null).filter((x) => x.severity === "warning").length >= 2);
  });
});

describe("a compassionate-release motion that says it does not rest on rehabilitation alone is not warned that it does (audits 40a, 40b: qa-024, qb-060)", () => {
  const MOTION = "---\ndocument: compassionate-release-motion\ncircuit: 10th Cir.\ndate: 2022-03-01\n---\n\n# Motion for Compassionate Release\n\nThe relevant limit here is 28 U.S.C. § 994(t): rehabilitation \"alone\" is not an extraordinary and compelling reason. Jesse does not rely on rehabilitation alone. But Congress's use of the word \"alone\" means that rehabilitation may be part of the reason, and in this case it is the larger part.\n";
  it("information, not a warning", () => {
    const f = findings(MOTION, null).filter((x) => x.rule === "compassionate-release-rehabilitation");
    assert.ok(f.length > 0);
    for (const x of f) assert.equal(x.severity, "information", x.message);
  });
  it("the same motion resting on rehabilitation alone is still warned", () => {
    const alone = MOTION.replace(/The relevant limit[^\n]*\n/, "Jesse's rehabilitation alone is an extraordinary and compelling reason for his release.\n");
    assert.ok(findings(alone, null).some((x) => x.rule === "compassionate-release-rehabilitation" && x.severity === "warning"));
  });
});

describe("a compassionate-release holding is not listed under a sentencing-time plea below a minimum (audit 40b, qb-057)", () => {
  it("a sentencing memorandum's plea to go below the ten-year minimum lists no § 3582(c)(1)(A) holding (McCoy, Halvon)", () => {
    const MEMO = "# Defendant's Sentencing Memorandum\n\n## IV. The Court Should Impose a Sentence Below the Ten-Year Term\n\nThe Court should impose 78 months, below the statutory minimum, because a sentence of ten years is greater than necessary.\n";
    const f = findings(MEMO, "4").filter((x) => x.rule === "compassionate-release-mandatory-minimum");
    assert.equal(f.length, 1);
    for (const a of f[0].authorities) assert.ok(!/McCoy|Halvon|Thacker|Chen|Ruvalcaba/.test(a.cite), a.cite);
  });
});

describe("the Fifth Circuit's Franco-Galvan (June 22, 2017): under the 2016–2017 § 2L1.2 a post-removal revocation does not set a pre-removal conviction's sentence (audit 40b, qb-027)", () => {
  const MEMO = "---\ndocument: sentencing-memorandum\ncircuit: 5th Cir.\ndate: 2017-09-12\n---\n\n# Sentencing Memorandum\n\nThe six-level increase should not apply. The revocation term was imposed in 2012, after he was first ordered removed in 2009, and the Court should not count that revocation sentence toward the sentence imposed for the 2008 conviction.\n";
  const rev = ofRule("revocation-sentence");
  it("after removal, 5th Cir., Sept. 2017: information led by Franco-Galvan, binding", () => {
    const f = only(MEMO, "revocation-sentence");
    assert.equal(f.severity, "information");
    assert.ok(f.message.includes("United States v. Franco-Galvan, 864 F.3d 338 (5th Cir. 2017) (per curiam): the argument is available"), f.message);
  });
  it("before the decision (May 2017) it is not named", () => {
    for (const x of rev(MEMO.replace("2017-09-12", "2017-05-01"))) assert.ok(!x.message.includes("Franco-Galvan") && !x.authorities.some((a) => a.cite.includes("Franco-Galvan")), x.message);
  });
  it("under the 2018 Manual (Amendment 809) it is not named", () => {
    for (const x of rev(MEMO.replace("2017-09-12", "2019-03-01"))) assert.ok(!x.message.includes("Franco-Galvan"), x.message);
  });
  it("in another circuit it is not named", () => {
    for (const x of rev(MEMO.replace("5th Cir.", "9th Cir."))) assert.ok(!x.message.includes("Franco-Galvan"), x.message);
  });
});

describe("a hearing's transcript with no heading takes the relief its text asks for a turn that names none (audit 40b, qb-013)", () => {
  const T = "THE COURT: Any objection to the calculation?\n\nMR. HALVORSEN: No objection to the math, Your Honor. The Commission changed the language in 2018, and it now says revocation time counts regardless of when the revocation happened.\n\nMR. HALVORSEN: I'm asking the Court not to count the same revocation twice, once in criminal history and again to double the offense-level enhancement.\n\nMR. HALVORSEN: If the enhancement were four levels, the range would be 15 to 21 months. We'd ask the Court to vary to that range.\n\nTHE COURT: Ms. Carrillo?\n";
  it("the revocation argument is read as the variance asked, information — not a warning that the term counts", () => {
    const f = findings(T, "9").filter((x) => x.rule === "revocation-sentence");
    assert.ok(f.length > 0);
    for (const x of f) assert.equal(x.severity, "information", x.message);
  });
});

describe("a release letter resting on rehabilitation alone is read as a compassionate-release motion and warned (audit 40b, qb-054)", () => {
  it("qb-054: the ask in the letter's second paragraph makes it a release motion; 'took that to heart' and 'I do not have a medical condition' name no other ground", () => {
    const f = findings(probe("qb", "qb-054"), null).filter((x) => x.rule === "compassionate-release-rehabilitation");
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, "warning");
  });
  it("namesNoOtherReleaseGround: an idiom of the heart and a condition the writer says he does not have are no ground; a heart condition is", () => {
    assert.equal(namesNoOtherReleaseGround("You told me to use the time well. I took that to heart. I do not have a medical condition."), true);
    assert.equal(namesNoOtherReleaseGround("My heart condition has worsened in custody."), false);
  });
});

describe("Eleventh Circuit, May 7, 2021 – Oct. 31, 2023: a compassionate-release motion on a detainer's consequences is foreclosed by Bryant (audit 40b, qb-002)", () => {
  const MOTION = "---\ndocument: compassionate-release-motion\ncircuit: 11th Cir.\ndate: 2021-07-19\n---\n\n# Motion for Compassionate Release\n\nThe extraordinary and compelling reason is that my status as a deportable alien makes my sentence much harder and longer than the same sentence for a citizen: because of the detainer I cannot go to a halfway house or home confinement.\n";
  const dep = ofRule("deportable-alien-status");
  it("a warning led by Bryant, binding; no sentencing-time departure case listed", () => {
    const f = only(MOTION, "deportable-alien-status");
    assert.equal(f.severity, "warning");
    assert.ok(f.message.includes("United States v. Bryant, 996 F.3d 1243 (11th Cir. 2021)"), f.message);
    for (const a of f.authorities) assert.ok(!/Veloza|Martinez-Ramos|Charry Cubillos/.test(a.cite), a.cite);
  });
  it("after the Nov. 1, 2023 policy statement, or in another circuit, Bryant does not lead", () => {
    for (const text of [MOTION.replace("2021-07-19", "2024-02-01"), MOTION.replace("11th Cir.", "9th Cir.")]) for (const x of dep(text)) assert.ok(!x.message.includes("Bryant"), x.message);
  });
});

describe("the way forward for family hardship outside § 1B1.13(b)(3) does not give (A) an 'only available caregiver' element (audit 40a, qa-039)", () => {
  it("the instead text says (B)–(D) carry the element and (A) has none", () => {
    const rules = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "src", "data", "rules.json"), "utf8")) as { rules: { id: string; outcomes: { instead?: string; lead?: string }[] }[] };
    const fam = rules.rules.find((r) => r.id === "compassionate-release-family")!;
    const o = fam.outcomes.find((x) => x.lead === "United States v. Leyva-Martinez" && (x.instead ?? "").startsWith("Fit the facts to § 1B1.13(b)(3)"))!;
    assert.ok(o.instead!.includes("(B)–(D) each when the defendant would be the only available caregiver") && o.instead!.includes("(A) has no such element"), o.instead);
    assert.ok(!o.instead!.includes("— each when the defendant"), o.instead);
  });
});

describe("a prisoner's letter asking the judge to modify the sentence imposed, under no statute, is a motion after judgment (audit 40b, qb-016)", () => {
  it("qb-016 (1999): its rehabilitation plea is warned under § 3582(c), and 'rehabilatation' names the ground", () => {
    const f = findings(probe("qb", "qb-016"), null).filter((x) => x.rule === "post-sentencing-rehabilitation");
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, "warning");
    assert.match(f[0].message, /18 U\.S\.C\. § 3582\(c\)/);
  });
  it("not a letter that names a vehicle of its own (a § 2255 motion, a resentencing, a retroactive amendment)", () => {
    const text = probe("qb", "qb-016").replace("I am writing this letter to ask you", "I am writing this letter under 28 U.S.C. § 2255 to ask you");
    assert.ok(!findings(text, null).some((x) => x.rule === "post-sentencing-rehabilitation" && x.message.includes("by a motion after judgment")));
  });
});

describe("a motion said not to rest on a list of grounds, then what it argues 'instead', disclaims the list (audit 40b, qb-025)", () => {
  const RESPONSE = "---\ndocument: government-response\ncircuit: 11th Cir.\ndate: 2021-09-01\n---\n\n# United States' Response in Opposition to Defendant's Motion for Compassionate Release\n\nDefendant asks the Court to reduce his sentence to 84 months. His motion does not rest on any medical condition, family circumstance, or change in the law. Instead, he argues that the ten-year minimum is unjust as applied to him because he was only a driver.\n";
  it("no family finding; the ground argued instead is still read", () => {
    const f = findings(RESPONSE, null);
    assert.equal(f.filter((x) => x.rule === "compassionate-release-family").length, 0, f.map((x) => x.rule).join(" "));
    assert.ok(f.some((x) => x.rule === "compassionate-release-mandatory-minimum"));
  });
});

describe("audit 40c's mends: authorities only where they speak", () => {
  const MOTION = "---\ndocument: compassionate-release-motion\ncircuit: 10th Cir.\ndate: 2021-07-19\n---\n\n# Motion for Compassionate Release\n\nThe extraordinary and compelling reason is that my status as a deportable alien makes my sentence much harder and longer than the same sentence for a citizen: because of the detainer I cannot go to a halfway house or home confinement.\n";
  it("Bryant (11th Cir.) is not listed in a Tenth Circuit release motion, whose circuit rejected its reading of § 1B1.13", () => {
    for (const x of findings(MOTION, null)) for (const a of x.authorities) assert.ok(!a.cite.includes("Bryant"), `${x.rule}: ${a.cite}`);
  });
  it("Franco-Galvan is listed only where the revocation came after the first removal", () => {
    const memo = "---\ndocument: sentencing-memorandum\ncircuit: 5th Cir.\ndate: 2017-09-12\n---\n\n# Sentencing Memorandum\n\nThe six-level increase should not apply. The revocation term was imposed in 2008, before he was first ordered removed in 2009, and the Court should not count that revocation sentence toward the sentence imposed for the 2007 conviction.\n";
    for (const x of findings(memo, null).filter((f) => f.rule === "revocation-sentence")) for (const a of x.authorities) assert.ok(!a.cite.includes("Franco-Galvan"), a.cite);
  });
  it("a 2015 § 3582(c)(2) motion below a minimum is not told to file its own § 3582(c)(1)(A) motion (only the Director could move then)", () => {
    const m = "PRO SE MOTION FOR SENTENCE REDUCTION PURSUANT TO 18 U.S.C. § 3582(c)(2) AND AMENDMENT 782\n\nDefendant asks the Court to reduce his sentence to 97 months, below the ten-year statutory minimum, because the minimum is unjust for a driver.\n\nDated: June 2, 2015\n";
    const f = findings(m, null).filter((x) => x.rule === "compassionate-release-mandatory-minimum");
    assert.equal(f.length, 1);
    assert.ok(!f[0].instead.includes("exhaust the administrative request"), f[0].instead);
    assert.ok(f[0].instead.includes("only on the motion of the Director of the Bureau of Prisons"), f[0].instead);
  });
  it("First Step Act time credits for programming are no rehabilitation plea", () => {
    const t = "---\ndocument: compassionate-release-motion\ncircuit: 11th Cir.\ndate: 2021-07-19\n---\n\n# Motion\n\nThe First Step Act gives inmates time credits, 10 or 15 days for every 30 days of programming, that they can use to go to home confinement early, but a prisoner with a final order of removal cannot apply the credits.\n";
    assert.equal(findings(t, null).filter((x) => x.rule === "compassionate-release-rehabilitation").length, 0);
  });
});

describe("a prisoner's mailing statement dates the filing (audit 40c, pw-030: an authority decided after the filing was listed)", () => {
  it("'I put this motion in the prison mail system on August 5, 2024, …' at the end: Aug. 5, 2024", () => {
    const text = "Dear Judge,\n\nI ask for compassionate release because of my detainer.\n\n" + "Facts of the case. ".repeat(40) + "\n\nI put this motion in the prison mail system on August 5, 2024, first class postage prepaid, to the Clerk of Court.\n";
    assert.equal(briefDateOfText(text, "2026-12-08"), "2024-08-05");
  });
  it("not a line that mails nothing ('my legal mail arrived on …')", () => {
    assert.equal(briefDateOfText("Dear Judge,\n\nMy legal mail arrived on August 5, 2024 and I read it.\n", "2026-12-08"), undefined);
  });
});

describe("'the First Step Act's nonretroactive amendment' names no § 3582(c)(2) motion (audit 40c, pv-045)", () => {
  it("amendmentMotionOf", () => {
    assert.equal(amendmentMotionOf("the disparity with the sentence under the first step act's nonretroactive amendment", {}), false);
    assert.equal(amendmentMotionOf("he moves under a retroactive amendment to the guidelines", {}), true);
  });
});

describe("cultural assimilation has a rule: the Manual's note by edition, Lipman before it, a variance after Nov. 1, 2025 (audits 39a, 40a, 40b)", () => {
  const probeRule = (set: string, id: string) => findings(probe(set, id), null).filter((x) => x.rule === "cultural-assimilation");
  it("qa-049 (2021 Manual): comment. (n.8), information", () => {
    const f = probeRule("qa", "qa-049");
    assert.ok(f.length > 0);
    assert.equal(f[0].severity, "information");
    assert.ok(f[0].message.includes("USSG § 2L1.2, comment. (n.8)"), f[0].message);
  });
  it("qa-012 (9th Cir. 1999): Lipman, binding, information", () => {
    const f = probeRule("qa", "qa-012");
    assert.ok(f.length > 0);
    assert.ok(f[0].message.includes("United States v. Lipman, 133 F.3d 726 (9th Cir. 1998)"), f[0].message);
  });
  it("a 2026 memorandum: no departure note — a variance on the same facts", () => {
    const memo = "---\ndocument: sentencing-memorandum\ncircuit: 9th Cir.\ndate: 2026-03-01\n---\n\n# Sentencing Memorandum\n\nMr. Ruiz came to Los Angeles at two and is culturally assimilated to the United States; his cultural ties here warrant a lower sentence under § 3553(a).\n";
    const f = findings(memo, null).filter((x) => x.rule === "cultural-assimilation");
    assert.equal(f.length, 1);
    assert.match(f[0].message, /^No cultural-assimilation departure from Nov\. 1, 2025: Amendment 836/);
  });
});

describe("a filing that names the cultural-assimilation note is of Nov. 1, 2010 or later (audit 40d, qb-044)", () => {
  it("namedEventAfter: 'the cultural assimilation note' raises a 2010 floor to Nov. 1, 2010", () => {
    assert.equal(namedEventAfter("We ask for a departure under the application note the Commission added to 2L1.2 in 2010 — the cultural assimilation note.", "2010-01-01", "2026-12-08")?.date, "2010-11-01");
  });
});

describe("the cultural-assimilation rule says when the brief cites another edition's note number (audit 40d, pk-017)", () => {
  it("a 2019 memorandum citing 'Application Note 7': the note in force is n.8", () => {
    const f = probe("pk", "pk-017");
    const ca = findings(f, null).filter((x) => x.rule === "cultural-assimilation");
    assert.ok(ca.length > 0);
    assert.ok(ca.some((x) => x.message.startsWith("In the Manual this brief is read under, the cultural-assimilation note is USSG § 2L1.2, comment. (n.8); the brief cites another note number")), ca.map((x) => x.message).join(" | "));
  });
});

describe("Rodriguez-Montelongo (5th Cir. Aug. 23, 2001): cultural assimilation a permissible departure ground there (audit 40d)", () => {
  const memo = "---\ndocument: sentencing-memorandum\ncircuit: 5th Cir.\ndate: 2003-05-01\n---\n\n# Sentencing Memorandum\n\nMr. Ruiz was brought to Texas at three; because he is culturally assimilated to the United States, the Court should depart downward.\n";
  it("2003, Fifth Circuit: led by it, binding", () => {
    const f = only(memo, "cultural-assimilation");
    assert.ok(f.message.includes("United States v. Rodriguez-Montelongo, 263 F.3d 429 (5th Cir. 2001)"), f.message);
  });
  it("before its day it is not named", () => {
    const f = only(memo.replace("2003-05-01", "2001-05-01"), "cultural-assimilation");
    assert.ok(!f.message.includes("Rodriguez-Montelongo") && !f.authorities.some((a) => a.cite.includes("Rodriguez-Montelongo")), f.message);
  });
});
