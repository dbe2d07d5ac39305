/**
 * Legal audits 37a and 37b (probe sets pc, pd, pe and the last ten of pb, judged finding by finding by a helper
 * working as a federal sentencing lawyer): each mended root cause, with the brief shape that showed it.
 */
import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { citedYearNamed, eventYearNamed, namedEventAfter } from "../../src/core/brief/briefDate";
import { Brief } from "../../src/core/brief/brief";
import { checkBrief } from "../../src/core/pipeline";
import { briefFamilyGround, namesNoOtherReleaseGround } from "../../src/core/precedent/facts";
import { withoutMovantAdvice } from "../../src/core/precedent/analyze";
import { documentFromTitle } from "../../src/core/precedent/context";
import { scan } from "../../src/core/precedent/detect";

const TODAY = "2026-12-07";
const findings = (text: string, circuit = "9") => checkBrief(new Brief(text), { circuit: circuit as "9" }, undefined).findings;

describe("legal audit 37: an undated brief's floor is the day of what it cites or names", () => {
  it("a decision Heartland knows the day of dates the brief from that day, not from the first of its year (pd-002)", () => {
    const known = (v: number, r: string, p: number) => (v === 527 && r === "F.3d" && p === 221 ? { date: "2008-06-04", said: "June 4, 2008" } : undefined);
    assert.deepEqual(citedYearNamed("United States v. Rodríguez, 527 F.3d 221 (1st Cir. 2008).", TODAY, known), { date: "2008-06-04", said: "June 4, 2008 (the day of a decision it cites, 527 F.3d 221 (1st Cir. 2008))" });
    // an unknown decision keeps its year
    assert.equal(citedYearNamed("United States v. Doe, 528 F.3d 1 (1st Cir. 2008).", TODAY, known)?.date, "2008-01-01");
    // through the brief: Andújar-Arias, which Rodríguez abrogated on June 4, 2008, is not told to a brief that cites Rodríguez
    const brief = "# Defendant's Sentencing Memorandum\n\nUNITED STATES DISTRICT COURT FOR THE DISTRICT OF PUERTO RICO\n\nMr. Ortiz asks the Court to vary downward because defendants in districts with fast-track programs receive lower sentences for the same offense. After Kimbrough, this Court may consider that disparity. United States v. Rodríguez, 527 F.3d 221 (1st Cir. 2008).\n";
    const f = findings(brief, "1").find((x) => x.rule === "fast-track-disparity");
    assert.ok(f, "a fast-track finding");
    assert.ok(!f.message.includes("cannot support a variance in the First Circuit"), f.message);
    assert.ok(f.message.includes("permitted in the First Circuit"), f.message);
  });
  it("the First Step Act dates a brief from Dec. 21, 2018; COVID-19 from 2020 (pd-045, pd-060)", () => {
    assert.deepEqual(namedEventAfter("The counts were stacked in 2006. The First Step Act provides that the twenty-five-year term now applies only to a second offense.", "2006-01-01", TODAY), { date: "2018-12-21", said: "Dec. 21, 2018 (the First Step Act it names, enacted that day)" });
    assert.equal(namedEventAfter("He was sentenced in 2017. The spread of COVID-19 at FCI Cumberland puts him at risk.", "2017-01-01", TODAY)?.date, "2020-01-01");
    assert.equal(namedEventAfter("See United States v. Farouil, 124 F.3d 838 (7th Cir. 1997). After Booker, the Court need not find them extraordinary.", "1997-08-26", TODAY)?.date, "2005-01-12");
    assert.equal(namedEventAfter("He was sentenced in 2017.", "2017-01-01", TODAY), undefined);
    // …never a floor alone: a motion drafted today names the First Step Act too (test/fixtures/review31/m7b.md)
    assert.equal(eventYearNamed("Were he sentenced today, the First Step Act's changes would lower the minimum.", TODAY), undefined);
    assert.equal(new Brief("Were he sentenced today, the First Step Act's changes would lower the minimum.").front.namedDateFloor, undefined);
  });
});

describe("legal audit 37: rehabilitation in a motion that names no other ground is rehabilitation alone (§ 994(t))", () => {
  const MOTION = (body: string) => `---\ndocument: compassionate-release-motion\ncircuit: 8\ndate: 2024-02-05\n---\n\n# Motion for Compassionate Release\n\n${body}\n`;
  const PLEA = "Mr. Dahl has earned his GED, completed the residential drug program and mentored younger men for six years without a single disciplinary report. This transformation is the reason we ask the Court to find extraordinary and compelling reasons for a reduction.";
  it("names no other ground: the plea is warned (pc-042)", () => {
    assert.equal(namesNoOtherReleaseGround(PLEA), true);
    const f = findings(MOTION(PLEA), "8").filter((x) => x.rule === "compassionate-release-rehabilitation");
    assert.deepEqual(f.map((x) => x.severity), ["warning"]);
    assert.ok(f[0].message.startsWith("Rehabilitation alone is not \"extraordinary and compelling\" — 28 U.S.C. § 994(t)."), f[0].message);
  });
  it("a motion that names a medical, age or family circumstance anywhere keeps the note (pv-046)", () => {
    const other = `${PLEA}\n\nMr. Dahl is fifty-eight, and advancing glaucoma has cost him most of the sight in his left eye.`;
    assert.equal(namesNoOtherReleaseGround(other), false);
    const f = findings(MOTION(other), "8").filter((x) => x.rule === "compassionate-release-rehabilitation");
    assert.ok(f.length > 0 && f.every((x) => x.severity === "information"), f.map((x) => x.severity).join());
    for (const w of ["His mother is ill.", "He intervened when an inmate attacked an officer.", "The risk of COVID-19."]) assert.equal(namesNoOtherReleaseGround(w), false, w);
    // the motion's own statute and a hearing are no other ground
    assert.equal(namesNoOtherReleaseGround("Since the First Step Act he may bring this motion himself; at the hearing he will show his programs."), true);
    // …nor an age at the offense, a relative in the release plan, a ground disclaimed, hospice work done in prison (audit 37c)
    assert.equal(namesNoOtherReleaseGround("I was 24 years old. I will live with my sister in Pueblo. I am not asking because of COVID. I am a hospice companion for dying men."), true);
    // …but the youth at the offense, old age, or the age at which he offended, beside the record, are (ps-037, pm-044, pe-041)
    for (const w of ["He was a teenager when he committed this offense.", "Age: 61.", "considered together with the age at which he offended"]) assert.equal(namesNoOtherReleaseGround(w), false, w);
  });
});

describe("legal audit 37: the court's turns in a transcript, an undated government response's note, 'average'", () => {
  it("THE COURT's question in a hearing titled for the motion is no party's plea (pi-025)", () => {
    const t = "*Hearing on Motion for Sentence Reduction — United States v. Luis Maldonado, 02 Cr. 915 (S.D.N.Y.), March 8, 2023 — excerpt*\n\nTHE COURT: Ms. Reyes, what is the extraordinary and compelling reason here, apart from his rehabilitation?\n\nMS. REYES: Your Honor, it's the rehabilitation. It is rehabilitation of such a degree that it is, on its own terms, extraordinary and compelling.\n";
    const court = t.indexOf("THE COURT:"), counsel = t.indexOf("MS. REYES:");
    const at = findings(t, "2").filter((x) => x.rule === "compassionate-release-rehabilitation").map((x) => x.start);
    assert.ok(!at.some((s) => s >= court && s < counsel), `the court's turn flagged: ${at}`);
    assert.ok(at.some((s) => s >= counsel), `counsel's turn not flagged: ${at}`);
    // …and the government's counsel's turn is the government's, whatever the title makes the transcript (audit 37c)
    const gov = `${t}\nTHE COURT: Mr. Feld, the government's view?\n\nMR. FELD: Judge, the government's view is in our letter. Counsel has described rehabilitation, however remarkable, and that is what the statute says cannot carry the motion alone; rehabilitation is not by itself extraordinary and compelling.\n`;
    const feld = gov.indexOf("MR. FELD:");
    const w = findings(gov, "2").filter((x) => x.rule === "compassionate-release-rehabilitation" && x.start >= feld);
    assert.ok(w.every((x) => x.severity !== "warning"), w.map((x) => x.message).join(" | "));
  });
  it("an undated brief's message is not cut at its own 'Read as of' (pd-060: 'The brief gives no date.' alone)", () => {
    assert.equal(withoutMovantAdvice("The brief gives no date. Read as of the latest it names, 2020: a motion rests on the defendant's own circumstances."), "The brief gives no date. Read as of the latest it names, 2020: a motion rests on the defendant's own circumstances.");
    assert.equal(withoutMovantAdvice("A recognised ground. Read Rutherford before filing."), "A recognised ground.");
    assert.equal(withoutMovantAdvice("A recognised ground. Prove the incapacitation."), "A recognised ground.");
  });
  it("'a 3.8 average' is no party averring (the issue's false alarm: the cue 'aver')", () => {
    assert.ok(!scan("he now holds an associate's degree with a 3.8 average.").some((h) => h.cue.text.startsWith("aver")));
    assert.ok(scan("the defendant avers that his mother is ill.").some((h) => h.cue.text === "avers"));
    assert.ok(scan("defendants aver that the program is unfair.").some((h) => h.cue.text.startsWith("aver")));
  });
});

describe("legal audit 37: the circuit's own § 1326 holding in a case under another statute (pc-024, pe-023)", () => {
  it("is never 'persuasive' in its own circuit: the circuit's binding holding for the case leads", () => {
    const brief = "---\ndocument: sentencing-memorandum\ncircuit: 7\nstatute: 21 U.S.C. § 846\ndate: 2009-05-01\n---\n\n# Sentencing Memorandum\n\nMr. Ruiz asks the Court to vary downward because, as a deportable alien, he cannot serve any part of his sentence in a halfway house.\n";
    const f = findings(brief, "7").find((x) => x.rule === "deportable-alien-status");
    assert.ok(f, "a deportable-alien finding");
    assert.ok(f.message.includes("United States v. Bautista, 258 F.3d 602 (7th Cir. 2001). Binding in the Seventh Circuit."), f.message);
    assert.ok(!f.message.includes("Persuasive in the Seventh Circuit"), f.message);
  });
});

describe("legal audit 37: a defendant's own Rule 35 motion, or a motion under no statute, on a sentencing ground (pd-024, pc-026, pc-034)", () => {
  it("Rule 35's text and § 3582(c) foreclose it: a warning, as for rehabilitation — never on the government's Rule 35(b) motion", () => {
    const own = "---\ndocument: rule-35-motion\ncircuit: 5\ndate: 2019-09-10\n---\n\n# Motion to Reduce Sentence Under Rule 35\n\nI ask the Court to reduce my sentence because as a deportable alien I cannot go to a halfway house or earn First Step Act time credits.\n";
    const f = findings(own, "5").filter((x) => x.rule === "deportable-alien-status");
    assert.deepEqual(f.map((x) => x.severity), ["warning"]);
    assert.ok(f[0].message.startsWith("A Rule 35 motion is no vehicle for this ground") && f[0].message.includes("a court may not otherwise modify a term of imprisonment (18 U.S.C. § 3582(c))"), f[0].message);
    const gov = own.replace("I ask the Court to reduce my sentence because", "On the government's motion for substantial assistance under Rule 35(b), the defendant also asks the Court to weigh that").replace("I cannot", "he cannot");
    assert.ok(findings(gov, "5").every((x) => x.rule !== "deportable-alien-status" || x.severity !== "warning"));
  });
  it("rehabilitation on a motion that names no statute after judgment is warned under § 3582(c) (pc-034)", () => {
    const brief = "---\ndate: 2021-07-19\ncircuit: 10\n---\n\n# Motion to Reduce Sentence\n\nMs. Ortega was sentenced in 2016 and the judgment is final. Since sentencing she has completed every program offered and mentors other women. The Court should use its inherent authority to reduce the sentence in light of her rehabilitation.\n";
    const f = findings(brief, "10").filter((x) => x.rule === "post-sentencing-rehabilitation");
    assert.ok(f.length > 0, "a finding");
    assert.ok(f.every((x) => x.severity === "warning" && x.message.startsWith("Rehabilitation after sentence cannot reduce a final sentence by a motion after judgment — 18 U.S.C. § 3582(c)")), f.map((x) => x.message).join(" | "));
  });
});

describe("legal audit 37: an appeal from a compassionate-release ruling told by 'erred in holding that 18 U.S.C. § 3582(c)(1)(A) …' (pe-046)", () => {
  it("is read in that motion's vehicle, with its appeal's advice, past the abbreviation's full stops", () => {
    const brief = "---\ndocument: appellate-brief\ncircuit: 10\ndate: 2025-06-20\n---\n\nOPENING BRIEF OF APPELLANT\n\nSTATEMENT OF THE ISSUE\n\nWhether the district court erred in holding that 18 U.S.C. § 3582(c)(1)(A) does not authorize a sentence reduction that would take a defendant's term of imprisonment below the statutory minimum imposed at sentencing.\n";
    const f = findings(brief, "10").filter((x) => x.rule === "compassionate-release-mandatory-minimum");
    assert.ok(f.length > 0, "a finding");
    assert.ok(f.every((x) => x.instead.startsWith("On appeal from the ruling on a § 3582(c)(1)(A) motion")), f.map((x) => x.instead.slice(0, 80)).join(" | "));
  });
});

describe("legal audit 37: a government response that states the family ground to deny it (pd-037)", () => {
  it("does not make the brief's ground the one it denies: ordinary hardship is no listed circumstance", () => {
    const t = "UNITED STATES' RESPONSE TO DEFENDANT'S MOTION FOR COMPASSIONATE RELEASE\n\nDefendant seeks compassionate release on the ground that his wife is struggling to care for their three children while working full time.\n\nThe policy statement addresses the death or incapacitation of the caregiver of the defendant's minor children. The defendant's wife is neither deceased nor incapacitated. She is caring for the children.\n";
    assert.equal(briefFamilyGround(t), undefined);
    assert.equal(briefFamilyGround("His wife, the children's only caregiver, is incapacitated by a stroke and cannot care for their two children."), "A");
  });
});

describe("legal audit 37: the government's filings by their titles (pe-034, pe-055)", () => {
  it("'Resistance to Defendant's Motion …' is the government's response; 'Defendant's Response to …' is not", () => {
    assert.equal(documentFromTitle("RESISTANCE TO DEFENDANT'S MOTION FOR COMPASSIONATE RELEASE"), "government-response");
    assert.equal(documentFromTitle("Response in Opposition to Defendant's Motion to Reduce Sentence"), "government-response");
    assert.notEqual(documentFromTitle("Defendant's Response to the Government's Motion"), "government-response");
  });
  it("a Rule 35 motion the front matter names, titled the United States' motion, is the government's", () => {
    const brief = "---\ndocument: rule-35-motion\ncircuit: 11\ndate: 2013-05-08\n---\n\nUNITED STATES' MOTION FOR REDUCTION OF SENTENCE PURSUANT TO RULE 35(b)\n\nThe United States moves under Rule 35(b) to reduce the defendant's sentence below the 120-month mandatory minimum for his substantial assistance.\n";
    const f = findings(brief, "11");
    assert.ok(f.every((x) => x.severity !== "warning"), f.map((x) => `${x.rule} ${x.severity}`).join());
    assert.ok(f.every((x) => !/the defence|defense/i.test(x.instead) || x.instead.includes("government's filing")), f.map((x) => x.instead).join(" | "));
  });
});

describe("legal audit 37: a § 3582(c)(2) motion that asks to go below the amended range (pe-028)", () => {
  const brief = (body: string, date = "2012-03-01") => `---\ndocument: sentence-reduction-motion\ncircuit: 11\ndate: ${date}\n---\n\n# Defendant's Motion for Reduction of Sentence Pursuant to 18 U.S.C. § 3582(c)(2) and Amendment 750\n\n${body}\n`;
  it("is foreclosed by Dillon (June 17, 2010): a warning; within the range, the note", () => {
    const below = findings(brief("Mr. Faircloth asks the Court to go further than the bottom of the amended range and reduce his sentence to 84 months because of his rehabilitation since he was sentenced."), "11").filter((x) => x.rule === "post-sentencing-rehabilitation");
    assert.deepEqual(below.map((x) => x.severity), ["warning"]);
    assert.ok(below[0].message.includes("Dillon v. United States, 560 U.S. 817 (2010)"), below[0].message);
    const within = findings(brief("Mr. Faircloth asks the Court to reduce his sentence to the bottom of the amended range because of his rehabilitation since he was sentenced."), "11").filter((x) => x.rule === "post-sentencing-rehabilitation");
    assert.ok(within.length > 0 && within.every((x) => x.severity === "information" && !x.message.includes("cannot go below")), within.map((x) => x.message).join(" | "));
  });
});

describe("legal audit 37: a plea below a minimum in a circuit whose own binding holding allows it (pc-048, pe-046)", () => {
  it("the circuit's holding leads, not the Seventh Circuit's Thacker as 'persuasive'", () => {
    const brief = "---\ndocument: compassionate-release-motion\ncircuit: 10\ndate: 2022-06-01\n---\n\n# Motion for Compassionate Release\n\nMr. Soto asks the Court to reduce his sentence to time served even though that is below the mandatory minimum of 120 months.\n";
    const f = findings(brief, "10").filter((x) => x.rule === "compassionate-release-mandatory-minimum");
    assert.ok(f.length > 0, "a finding");
    assert.ok(f.every((x) => x.message.includes("Allowed at the brief's date by the authority in force — United States v. McGee, 992 F.3d 1035 (10th Cir. 2021). Binding in the Tenth Circuit.")), f.map((x) => x.message).join(" | "));
    assert.ok(f.every((x) => !x.message.includes("Persuasive in the Tenth Circuit")));
  });
});

describe("audit 37c: an undated brief warned alike both days gets the way forward of the day it names (pd-031)", () => {
  it("a 2013 motion after judgment is told the Bureau of Prisons alone could then move, today's advice beside it", () => {
    const t = "# Motion to Modify Sentence\n\nMr. Ruiz was sentenced in 2010 and completed the Residential Drug Abuse Program in 2013. He asks the Court to reduce his sentence because of his rehabilitation since sentencing.\n";
    const f = findings(t, "10").filter((x) => x.rule === "post-sentencing-rehabilitation" && x.severity === "warning");
    assert.ok(f.length > 0, "a warning");
    assert.ok(f.every((x) => x.instead.startsWith("Read as of 2013 (the latest year it names, \"Abuse Program in 2013\"): A reduction for rehabilitation could come only under § 3582(c)(1)(A), on the motion of the Director of the Bureau of Prisons") && x.instead.includes("(If the brief is of today: File a § 3582(c)(1)(A) motion")), f.map((x) => x.instead).join(" | "));
  });
});

describe("probe py (blind): a compassionate-release motion's danger section names the priors' nature (py-054)", () => {
  it("is no minor-prior plea", () => {
    const brief = "---\ndocument: compassionate-release-motion\ncircuit: 6\ndate: 2024-05-01\n---\n\n# Motion for Compassionate Release\n\n## III. Mr. Cawood Presents No Danger, and the § 3553(a) Factors Favor Release\n\nHis prior felony convictions, all more than fifteen years old, involved no violence, and he argues that at 68 and terminally ill he poses no risk to anyone.\n";
    assert.ok(findings(brief, "6").every((x) => x.rule !== "prior-conviction-seriousness"), findings(brief, "6").map((x) => x.rule).join());
  });
});

describe("probe py (blind): the reason for returning told in a section that argues cultural assimilation (py-020)", () => {
  it("is that departure's condition, not a motive-for-reentry ground; a motive section of its own keeps the finding", () => {
    const brief = (section: string) => `---\ndocument: sentencing-memorandum\ncircuit: 10\ndate: 2012-05-01\n---\n\n# Sentencing Memorandum\n\n## 2. The Departure\n\n${section}\n\nMotivation. He returned because Denver is home and his son had just been born, and he asks the Court to depart downward for that reason.\n`;
    const withNote = findings(brief("The commentary recognizes a departure for cultural assimilation where the defendant's cultural ties provided the primary motivation for the reentry."), "10");
    assert.ok(withNote.every((x) => x.rule !== "reentry-motive"), withNote.map((x) => x.rule).join());
    const alone = findings(brief("He was removed in 2011."), "10");
    assert.ok(alone.some((x) => x.rule === "reentry-motive"), alone.map((x) => x.rule).join());
    // …and a motive of harm told beside the assimilation plea is a ground of its own
    const harm = findings(brief("The commentary recognizes a departure for cultural assimilation.").replace("He returned because Denver is home and his son had just been born", "He returned because his mother was dying of cancer"), "10");
    assert.ok(harm.some((x) => x.rule === "reentry-motive"), harm.map((x) => x.rule).join());
  });
});

describe("session 37's law data, traced to its sources", () => {
  const rules = JSON.parse(readFileSync(join(__dirname, "../../../src/data/rules.json"), "utf8")) as { rules: { id: string; holdings: { cite: string; decided?: string; holding: string; contestedIn?: { circuits: string[]; why: string; from: string; until?: string }[] }[]; guidelineText?: { cite: string; holding: string; editions?: number[] }[] }[] };
  const rule = (id: string) => rules.rules.find((r) => r.id === id)!;
  it("Amendment 754's words are quoted as the verified 2011–2015 § 2L1.2 text has them (src/data/guidelines/2L1.2.json, checked against ref/era_2008_2015)", () => {
    const text = readFileSync(join(__dirname, "../../../src/data/guidelines/2L1.2.json"), "utf8");
    const h = rule("prior-conviction-seriousness").guidelineText!.find((g) => g.cite.startsWith("USSG § 2L1.2(b)(1)(A)–(B)"))!;
    assert.deepEqual(h.editions, [2011, 2015]);
    for (const quoted of h.holding.match(/"[^"]+"/g)!) assert.ok(text.includes(quoted.slice(1, -1)), quoted);
  });
  it("§ 1B1.13(b)(6)'s contested circuits each name the circuit's own precedent, decided before the policy statement (Nov. 1, 2023)", () => {
    const cr = rule("compassionate-release-mandatory-minimum");
    const b6 = cr.holdings.concat((cr.guidelineText ?? []) as never[]).find((h) => h.cite.startsWith("USSG § 1B1.13(b)(6)"))!;
    const circuitOf: Record<string, string> = { "3": "3d Cir.", "6": "6th Cir.", "7": "7th Cir.", "8": "8th Cir.", dc: "D.C. Cir." };
    const circuits = b6.contestedIn!.filter((x) => x.circuits[0] !== "*");
    assert.deepEqual(circuits.map((e) => e.circuits[0]), ["3", "6", "7", "8", "dc"]);
    for (const e of circuits) {
      const cite = /\((United States v\. [^)]+\)(?: \(en banc\))?)\)/.exec(e.why)?.[1] ?? e.why;
      const held = cr.holdings.find((h) => cite.startsWith(h.cite.replace(/, \d+(?:[–-]\d+)?(?= \()/, "").split(" (")[0]));
      assert.ok(held, `${e.circuits[0]}: ${cite} is a holding of the rule`);
      assert.ok(cite.includes(circuitOf[e.circuits[0]]), cite);
      assert.ok(held!.decided! < e.from, `${held!.cite} decided ${held!.decided}`);
    }
  });
});
