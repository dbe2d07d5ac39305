/**
 * Session 39: audits of the blind probes' findings mended in general form.
 */
import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Brief } from "../../src/core/brief/brief";
import { checkBrief } from "../../src/core/pipeline";
import { briefDateOfText, circuitHoldingNamed, sentencingDateOfText } from "../../src/core/brief/briefDate";
import { modelKnowsWord } from "../../src/core/precedent/model";
import { classifyOffense, familyGroundOf } from "../../src/core/precedent/facts";

/** A probe brief's text (bench/probes/briefs-<set>.jsonl). */
const probe = (set: string, id: string): string => readFileSync(join(__dirname, "..", "..", "..", "bench", "probes", `briefs-${set}.jsonl`), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string }).find((r) => r.id === id)!.text;
const findings = (text: string, circuit: string | null = "9") => checkBrief(new Brief(text), circuit ? { circuit: circuit as "9" } : {}, undefined).findings;

describe("audit 38c: a warning whose way forward turns on the day an undated brief was read as of says that day (pi-015)", () => {
  const LETTER = "Dear Judge Kowalski,\n\nYou sentenced me on June 6, 2014 to 210 months for the robbery conspiracy and the gun. I am writing to ask for compassionate release. I sent my request to the Warden in October and she denied it. I have served over 8 years.\n\nI have my bachelor's degree now. I have been clear of conduct since 2015. I have sent you a copy of every certificate.\n\nI know there is a part of the law that says a person can't get out only for being rehabilitated. But I am asking you to look at it anyway, because I changed everything about who I am.\n\nRespectfully,\nAntoine Givens-Bey\n";
  it("the way forward of the day it names is headed by that day, today's beside it", () => {
    const w = findings(LETTER, null).filter((f) => f.rule === "compassionate-release-rehabilitation" && f.severity === "warning");
    assert.ok(w.length > 0, findings(LETTER, null).map((f) => `${f.rule} ${f.severity}`).join(" | "));
    for (const f of w) {
      assert.ok(f.instead.startsWith('Read as of 2022 (sentenced in 2014, "have served over 8 years"): Lead with an independent extraordinary and compelling reason'), f.instead);
      assert.ok(f.instead.includes("(If the brief is of today: Lead with an independent extraordinary and compelling reason under § 1B1.13(b)"), f.instead);
    }
  });
  it("a dated letter's way forward is that day's alone, with no day said", () => {
    const dated = LETTER.replace("Respectfully,", "Dated: March 3, 2025\n\nRespectfully,");
    const w = findings(dated, null).filter((f) => f.rule === "compassionate-release-rehabilitation" && f.severity === "warning");
    assert.ok(w.length > 0);
    for (const f of w) assert.ok(!f.instead.includes("Read as of") && !f.instead.includes("If the brief is of today"), f.instead);
  });
});

describe("audit 38a: a holding confined to § 1326 cases does not lead a brief whose offense Heartland does not read (py-029)", () => {
  const SECTION = "### B. Mr. Zepeda-Lugo's Status as a Deportable Alien Will Make Every Month of His Sentence Harder\n\nMr. Zepeda-Lugo is a Mexican citizen who entered at the Nogales port on a border-crossing card. After this conviction he will be removed, and ICE has already lodged a detainer. That status will make a sentence of the length the Guidelines recommend considerably more severe for him than for a United States citizen who committed the same offense.\n";
  it("no circuit, offense unread: a court of appeals' holding not confined to one offense leads (Restrepo), not Martinez-Ramos", () => {
    const f = findings(SECTION, null).filter((x) => x.rule === "deportable-alien-status");
    assert.ok(f.length > 0);
    for (const x of f) {
      // (read as of today, under a Manual with no departures: the variance's message — probe qa's first contact)
      assert.ok(x.message.startsWith("A deportable-alien-status variance is not squarely foreclosed, but courts of appeals have rejected the status as a departure ground — United States v. Restrepo, 999 F.2d 640 (2d Cir. 1993)."), x.message);
      assert.ok(x.authorities.some((a) => a.cite.startsWith("United States v. Martinez-Ramos")), "still among the authorities");
    }
  });
  it("a § 1326 case in the Ninth Circuit still leads with Martinez-Ramos, binding", () => {
    const t = "---\ncircuit: 9\ndate: 2003-05-01\nstatute: 8 U.S.C. § 1326\n---\n\n# Sentencing Memorandum\n\nMr. Lopez asks the Court to depart downward because, as a deportable alien, he will be ineligible for a halfway house and will serve his sentence under harsher conditions.\n";
    const f = findings(t, "9").filter((x) => x.rule === "deportable-alien-status");
    assert.equal(f.length, 1);
    assert.ok(f[0].message.startsWith("Deportable-alien status is not a ground for a downward departure — United States v. Martinez-Ramos, 184 F.3d 1055, 1058-59 (9th Cir. 1999). Binding in the Ninth Circuit."), f[0].message);
    assert.equal(f[0].severity, "warning");
  });
});

describe("audit 38b: with no circuit set, the circuits whose own holding limits the argument are named beside those that foreclose it (pk-014)", () => {
  it("a drug case's deportable-alien plea names the Eighth Circuit's Lopez-Salas and the Eleventh's Veloza", () => {
    const t = "# Defendant's Position on Sentencing\n\nMr. Tran pleaded guilty to conspiracy to distribute MDMA and accepts the PSR's advisory range of 46–57 months. He asks the Court to impose 36 months.\n\nAn ICE detainer has been lodged. As a deportable alien he is barred from a minimum-security camp and from a residential reentry center, so the same sentence is harsher for him than for his co-defendants, and a variance is warranted.\n\nDated: May 4, 2007\n";
    const f = findings(t, null).filter((x) => x.rule === "deportable-alien-status");
    assert.ok(f.length > 0);
    for (const x of f) assert.ok(x.message.includes("No circuit set: holdings to this effect bind in the Second and Seventh Circuits, and holdings that limit it in the Eighth Circuit (Lopez-Salas) and the Eleventh Circuit (Veloza); set `circuit:`"), x.message);
  });
  it("the fast-track rule names the Fifth Circuit's and the Seventh Circuit's limiting holdings (Ramirez came after the Seventh's Reyes-Hernandez, which permits)", () => {
    const f = findings("He asks the Court to depart downward because other districts offer fast-track pleas.", null);
    assert.ok(f[0].message.includes("and holdings that limit it in the Fifth Circuit (Gomez-Herrera) and the Seventh Circuit (Ramirez);"), f[0].message);
  });
});

describe("audit 39a: the dates a brief gives in forms Heartland did not read (pz-005, pz-006, pz-011, pz-028, pz-034, pz-043)", () => {
  it("a signature's date in the idiom 'This the 28th day of July, 2009.'", () => {
    assert.equal(briefDateOfText("# Motion\n\nText of the motion.\n\nThis the 28th day of July, 2009.\n\n/s/ Counsel\n"), "2009-07-28");
  });
  it("a date in its own column beside the sign-off", () => {
    assert.equal(briefDateOfText("# Motion\n\nText of the motion.\n\nDecember 16, 2020                         Respectfully submitted,\n\n/s/ Counsel\n"), "2020-12-16");
    // a sentence that opens with a date is no date line
    assert.equal(briefDateOfText("# Motion\n\nText of the motion.\n\nDecember 16, 2020 was the day he was arrested, and he has been held since.\n"), undefined);
  });
  it("a transcript's title with the hearing's day inside it", () => {
    assert.equal(briefDateOfText("[Transcript of Sentencing Proceedings, Eugene, Oregon, June 7, 2016 — excerpt, pp. 11–15]\n\nTHE COURT: Be seated.\n"), "2016-06-07");
  });
  it("a memorandum's sentencing day in more of its idioms, and a 'continued' that moves no hearing", () => {
    assert.equal(sentencingDateOfText("GOVERNMENT'S SENTENCING MEMORANDUM\n\nThe United States submits this memorandum in advance of the sentencing hearing set for November 27, 2012.\n"), "2012-11-27");
    assert.equal(sentencingDateOfText("DEFENDANT'S SENTENCING MEMORANDUM\n\nDefendant submits this memorandum in advance of sentencing, scheduled for September 23, 2008, and asks for 30 months.\n"), "2008-09-23");
    assert.equal(sentencingDateOfText("DEFENDANT'S SENTENCING LETTER-MEMORANDUM\n\nWe write on behalf of Mr. Q, who is to be sentenced on September 29, 2003.\n\nIf the Queens court had simply continued his probation, or imposed a year, we would be at level 17.\n"), "2003-09-29");
    // a hearing moved: the date named may be the old one
    assert.equal(sentencingDateOfText("DEFENDANT'S SENTENCING MEMORANDUM\n\nMr. Q is scheduled to be sentenced on May 1, 2010. The sentencing hearing has since been continued at the government's request.\n"), undefined);
  });
});

describe("audit 39a: a holding named with its court and no reporter cite dates an undated brief (pz-037)", () => {
  const HOLDINGS = [{ circuit: "4", name: "McCoy", decided: "2020-12-02" }];
  it("'the Fourth Circuit said in United States v. McCoy' is on or after Dec. 2, 2020", () => {
    assert.deepEqual(circuitHoldingNamed("But I read that the Fourth Circuit said in United States v. McCoy that judges can decide what is extraordinary and compelling.", HOLDINGS), { date: "2020-12-02", said: "McCoy, which it names with the Fourth Circuit" });
  });
  it("not the name without its court, with another court, or as part of a longer name", () => {
    assert.equal(circuitHoldingNamed("In United States v. McCoy the court said judges can decide.", HOLDINGS), undefined);
    assert.equal(circuitHoldingNamed("The Ninth Circuit said in United States v. McCoy that judges can decide.", HOLDINGS), undefined);
    assert.equal(circuitHoldingNamed("The Fourth Circuit said in United States v. McCoy-Smith that judges can decide.", HOLDINGS), undefined);
  });
  it("a letter that names McCoy is read in the law after the First Step Act, not as of its 2015 case number", () => {
    const letter = "Case No. 7:15-cr-00042\n\nDear Judge,\n\nI am asking for compassionate release so I can take care of my mother, who is paralyzed. I put in for compassionate release with the Warden and he denied it. But I read that the Fourth Circuit said in United States v. McCoy that judges can decide what is extraordinary and compelling for themselfs.\n\nRespectfully,\nJ. D.\n";
    const f = findings(letter, null).filter((x) => x.rule === "compassionate-release-family");
    assert.ok(f.length > 0);
    for (const x of f) {
      assert.ok(x.message.startsWith("The brief gives no date. Read as of the latest it names, Dec. 2, 2020 (McCoy, which it names with the Fourth Circuit):"), x.message);
      assert.ok(!x.message.includes("only the Director of the Bureau of Prisons"), x.message);
    }
  });
});

describe("audit 39a: a paragraph that names no relief takes the one kind the brief's sections ask (pz-049)", () => {
  const MEMO = "---\ndocument: sentencing-memorandum\ncircuit: 11\ndate: 2020-02-10\nguidelines-manual: 2018\n---\n\n# SENTENCING MEMORANDUM OF DEFENDANT JEAN-ROBERT ALEXIS\n\n## I. Introduction\n\nMr. Alexis pleaded guilty to illegal reentry after removal, 8 U.S.C. § 1326(a) and (b)(1). He asks for 12 months and a day.\n\n## II. The revocation term is being counted twice\n\nThe eight-level increase under USSG § 2L1.2(b)(2)(B) depends on the length of the sentence imposed for his 2014 grand theft conviction. The county court sentenced him to 10 months in the county jail followed by probation. That sentence, standing alone, would support a four-level increase under (b)(2)(D). What turns four levels into eight is a revocation: the court revoked and imposed 30 months.\n\nAmendment 809 revised Application Note 2 to provide that the sentence imposed includes revocation terms \"regardless of when the revocation occurred.\" The PSR therefore follows the current Manual, and we do not contend otherwise.\n\n## III. The Court should vary as if the revocation term were not counted\n\nUnder 18 U.S.C. § 3553(a), the Court may vary where the Guidelines produce a sentence greater than necessary. If the 30-month revocation term is set aside, the range is 10 to 16 months.\n";
  it("the revocation paragraphs get the variance's information, no warning that the term counts", () => {
    const f = findings(MEMO, "11").filter((x) => x.rule === "revocation-sentence");
    assert.ok(f.length > 0);
    for (const x of f) {
      assert.equal(x.severity, "information", x.message);
      assert.ok(x.message.startsWith('The revocation term counts toward the "sentence imposed" in the range'), x.message);
      assert.ok(/the (?:brief's text|section's text|section) asks a variance/.test(x.trace?.context ?? ""), x.trace?.context);
    }
  });
  it("a post-removal revocation under a Manual that does not count it, or a circuit that did not, is told so, not that it counts (pp-039)", () => {
    const tenth = probe("pp", "pp-039");
    const f = findings(tenth, "10").filter((x) => x.rule === "revocation-sentence");
    assert.equal(f.length, 1);
    assert.ok(f[0].message.startsWith("A revocation term imposed after deportation and reentry does not make the prior's sentence exceed 13 months in the Tenth Circuit — United States v. Rosales-Garcia"), f[0].message);
  });
});

describe("probe qa's false alarms from loose vocabulary (first contact, session 39)", () => {
  it("a compassionate-release memorandum's 'without exaggeration' and 'clean disciplinary record' name no minor prior (qa-024, qa-053)", () => {
    for (const id of ["qa-024", "qa-053"]) assert.ok(!findings(probe("qa", id), null).some((f) => f.rule === "prior-conviction-seriousness"), id);
  });
  it("a personal-history section's family is no compassionate-release family ground (qa-038's heading shape)", () => {
    const t = "---\ndocument: compassionate-release-motion\ncircuit: 4\ndate: 2021-03-01\n---\n\n# Motion for Compassionate Release\n\n## II. Personal History\n\nMr. Gaither grew up the third of five children raised by his mother after his father left when he was six, and his mother cared for all of them alone.\n";
    assert.ok(!findings(t, "4").some((f) => f.rule === "compassionate-release-family"));
  });
});

describe("probe qa: a paragraph that weighs 'these burdens' takes the ground the paragraph before names (qa-017)", () => {
  it("'Together, they mean … The Court need not decide whether any one of these burdens would justify a lower sentence' after the detainer's consequences", () => {
    const f = findings(probe("qa", "qa-017"), null).filter((x) => x.rule === "deportable-alien-status");
    assert.equal(f.length, 1);
    assert.ok(f[0].trace?.topic.some((w) => w.endsWith("(the paragraph before)")), JSON.stringify(f[0].trace?.topic));
    assert.ok(f[0].message.startsWith("A deportable-alien-status variance is not squarely foreclosed"), f[0].message);
  });
  it("'nonviolent offenders' in the paragraph before lends no minor prior to 'these consequences' (py-008)", () => {
    assert.ok(!findings(probe("py", "py-008"), null).some((x) => x.rule === "prior-conviction-seriousness"));
  });
});

describe("probe qa: a reply's argument pasted from its heading, answering the government, is counsel's (qa-020)", () => {
  it("'### A. The government's \"floor\" argument cannot survive Ruvalcaba' over a text that names Mr. Costa", () => {
    const t = probe("qa", "qa-020");
    const f = findings(t, null).filter((x) => x.rule === "compassionate-release-mandatory-minimum");
    assert.ok(f.length > 0);
    assert.ok(f[0].trace?.context.includes("the defence is the author (a pasted section that speaks for the client)"), f[0].trace?.context);
  });
  it("not a court's section on the government's arguments: a ruling in the text keeps it no one's", () => {
    const t = "### A. The Government's Arguments\n\nThe government contends that Mr. Costa's sentence was lawful. The Court finds that argument persuasive and denies the motion for compassionate release below the mandatory minimum.\n";
    assert.ok(!findings(t, null).some((x) => x.trace?.context.includes("a pasted section that speaks for the client")));
  });
});

describe("probe qa: a cue finding named by a word the learned stage never learned stands over its doubt (qa-050)", () => {
  it("counsel's turn 'this is a variance, not a 3F1.1 reduction' in a 2026 transcript is the fast-track disparity plea", () => {
    const f = findings(probe("qa", "qa-050"), null).filter((x) => x.rule === "fast-track-disparity");
    assert.equal(f.length, 1);
    assert.ok(f[0].trace?.model?.overruled?.startsWith("the words that name the topic are ones the model never learned"), JSON.stringify(f[0].trace?.model));
  });
  it("the model knows § 5K3.1's word and not § 3F1.1's", () => {
    assert.equal(modelKnowsWord("5k3"), true);
    assert.equal(modelKnowsWord("3f1"), false);
  });
});

describe("audit 39b: an appeal's issue that the court erred in measuring the sentence imposed is the calculation, not the brief's variance (ps-014)", () => {
  it("'Whether the district court erred in measuring the \"sentence imposed\" … by adding a later revocation term' stays warned", () => {
    const f = findings(probe("ps", "ps-014"), null).filter((x) => x.rule === "revocation-sentence");
    assert.ok(f.some((x) => x.severity === "warning" && x.message.startsWith('A revocation term counts toward the "sentence imposed" under the Manual in force')), f.map((x) => `${x.severity} ${x.message.slice(0, 80)}`).join(" | "));
  });
});

describe("audit 39a: a pro se § 3582(c)(2) motion whose caption column breaks its title is read by its opening (pz-010)", () => {
  const MOTION = "UNITED STATES DISTRICT COURT\nDISTRICT OF SOUTH DAKOTA\n\nUNITED STATES OF AMERICA,                    CR 05-50061\n          Plaintiff,\n     vs.                                     MOTION FOR MODIFICATION OF\nLAMONT RAY CHASING HAWK,                     SENTENCE PURSUANT TO\n          Defendant.                         18 U.S.C. § 3582(c)(2)\n\nCOMES NOW the Defendant, appearing pro se, and moves the Court to modify his term of imprisonment pursuant to 18 U.S.C. § 3582(c)(2) and Amendment 706 to the Sentencing Guidelines, and in support states:\n\n1. The Probation Office has taken the position that Defendant may receive at most a one-month reduction, to 120 months, because the statute carries a ten-year mandatory minimum sentence. Defendant asks the Court to reduce his sentence to 97 months, below the statutory minimum.\n\nWHEREFORE Defendant prays the Court disregard the statutory minimum and reduce his sentence to 97 months.\n\nDated this 2nd day of February, 2009.\n";
  it("the plea below the statutory minimum is told a § 3582(c)(2) motion cannot go there, not that only the Bureau of Prisons may move", () => {
    const f = findings(MOTION, "8").filter((x) => x.rule === "compassionate-release-mandatory-minimum");
    assert.ok(f.length > 0);
    for (const x of f) {
      assert.ok(x.message.startsWith("A § 3582(c)(2) motion cannot take a sentence below a statutory minimum"), x.message);
      assert.ok(x.trace?.context.includes("a § 3582(c)(2) or § 404 motion by its title"), x.trace?.context);
    }
  });
});

describe("audit 39a: rehabilitation achieved under lockdowns, pleaded with those conditions, is not rehabilitation alone (pz-046)", () => {
  it("'the facility was locked down for months at a time' names another circumstance: no § 994(t) warning", () => {
    const f = findings("---\ndocument: compassionate-release-motion\ncircuit: 1\ndate: 2024-05-01\n---\n\n# Motion for Compassionate Release\n\n## The circumstances that make this rehabilitation extraordinary\n\nMr. Doherty did most of this work at FCI Berlin during 2020 through 2022, when the facility was locked down for months at a time, programs were cancelled, and visits were suspended. Rehabilitation achieved in those conditions is not the ordinary product of time served. Considered together with those conditions, as § 1B1.13(d) and (b)(5) allow, it is similar in gravity to the reasons the Commission enumerated.\n", "1").filter((x) => x.rule === "compassionate-release-rehabilitation");
    assert.ok(f.length > 0);
    for (const x of f) assert.equal(x.severity, "information", x.message);
  });
});

describe("audit 39a: a departure motion whose title puts it after sentence, and whose opening says so, is a motion after judgment (pz-009)", () => {
  it("'MOTION FOR DOWNWARD DEPARTURE BASED ON POST-CONVICTION REHABILITATION' over 'this Court sentenced me … I did not appeal' is warned that no departure follows sentence", () => {
    const t = "IN THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF UTAH\n\nUNITED STATES OF AMERICA v. JESUS MANUEL ROBLES-ACOSTA\nCase No. 2:03-CR-00561\n\nMOTION FOR DOWNWARD DEPARTURE BASED ON POST-CONVICTION REHABILITATION\n\nComes now the Defendant, pro se, and respectfuly moves this Honorable Court to reduce his sentence based on his extraordinary post conviction rehabilitation.\n\n1. On July 12, 2004 this Court sentenced me to 70 months for reentry after deportation under 8 U.S.C. 1326. I did not appeal.\n\n2. Since I been sentenced I completed the GED and 40 hours of drug education. I ask the Court to depart downward for my rehabilitation.\n\nDated: March 3, 2008\n";
    const f = findings(t, "10");
    assert.ok(f.some((x) => x.rule === "departure-after-sentencing" && x.severity === "warning"), f.map((x) => `${x.rule} ${x.severity}`).join(" | "));
  });
});

describe("audit 39a: the grandmother who raised him after his mother's death is (b)(3)(D)'s, not (A)'s (pz-059)", () => {
  it("reads the grandparent's incapacity, not a parent's death and the grandmother's 'other living children'", () => {
    assert.equal(familyGroundOf("Mr. Odom was raised from the age of three by his maternal grandmother, Mrs. Gloria Odom, now 84, after his mother's death. Mrs. Odom has no other living children. Her physicians diagnosed moderate Alzheimer's-type dementia, and she requires supervision at all times."), "D");
    // the caregiver of the children, dead: still (A)
    assert.equal(familyGroundOf("The children's grandmother, who cared for them after their mother died, is now incapacitated by a stroke."), "A");
  });
});

describe("audit 39a: a relative's death from COVID-19 is the family ground's fact, not a pandemic-risk plea (pz-017's kind)", () => {
  it("pl-004, pg-031, ph-050: 'the mother of his two sons … died of complications from COVID-19' gets no COVID note", () => {
    for (const [set, id] of [["pl", "pl-004"], ["pg", "pg-031"], ["ph", "ph-050"]]) {
      const f = findings(probe(set, id), null);
      assert.ok(!f.some((x) => x.rule === "compassionate-release-covid"), id);
      assert.ok(f.some((x) => x.rule === "compassionate-release-family"), id);
    }
  });
});

describe("audit 39c: the appeal's way forward cites the statute in force, and a sign-off line argues nothing", () => {
  it("after Booker a miscalculated range is appealed under § 3742(a)(2), not § 3742(e)(2), which Booker excised (ps-014)", () => {
    const f = findings(probe("ps", "ps-014"), null).filter((x) => x.rule === "revocation-sentence");
    assert.ok(f.length > 0);
    for (const x of f) {
      assert.ok(!x.instead.includes("3742(e)(2)"), x.instead);
      assert.ok(x.instead.includes("18 U.S.C. § 3742(a)(2)"), x.instead);
    }
  });
  it("'Respectfully submited this 9 day of May, 2006.' gets no finding in a motion after judgment (pz-009)", () => {
    const t = "MOTION FOR DOWNWARD DEPARTURE BASED ON POST-CONVICTION REHABILITATION\n\nComes now the Defendant, pro se, and moves this Honorable Court to reduce his sentence based on his post conviction rehabilitation.\n\n1. On July 12, 2004 this Court sentenced me to 70 months. I did not appeal.\n\n2. I ask the Court to depart downward for my rehabilitation.\n\nRespectfully submited this 9 day of May, 2006.\n";
    const f = findings(t, "10");
    assert.ok(f.some((x) => x.rule === "departure-after-sentencing"), "the motion is warned");
    const signOff = t.indexOf("Respectfully submited");
    assert.ok(!f.some((x) => x.start >= signOff), f.map((x) => `${x.start} ${x.rule}`).join(" | "));
  });
});

describe("audit 39b: a § 2255 motion's front matter that lists its own statute before the offense's is read by the offense (ph-040)", () => {
  it("'statute: 28 U.S.C. § 2255; 8 U.S.C. § 1326(a), (b)(2)' is a § 1326 case; '18 U.S.C. § 3582(c)(1)(A)(i); 21 U.S.C. §§ 846, 841(b)(1)(A); 8 U.S.C. § 1326(a)' a drug case", () => {
    assert.equal(classifyOffense("28 U.S.C. § 2255; 8 U.S.C. § 1326(a), (b)(2)")?.kind, "1326");
    assert.equal(classifyOffense("18 U.S.C. § 3582(c)(1)(A)(i); 21 U.S.C. §§ 846, 841(b)(1)(A); 8 U.S.C. § 1326(a)")?.cite, "21 U.S.C. § 846");
    const f = findings(probe("ph", "ph-040"), "10").filter((x) => x.rule === "deportable-alien-status");
    assert.ok(f.length > 0);
    for (const x of f) assert.ok(x.message.includes("— United States v. Mendoza-Lopez, 7 F.3d 1483 (10th Cir. 1993). Binding in the Tenth Circuit."), x.message);
  });
});
