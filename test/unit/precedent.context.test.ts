/**
 * The brief as context (issue 16): what the document is (front matter `document:`, else its title),
 * who speaks by default, and the heading a paragraph sits under. The four brief sentences the issue
 * quotes are flagged with the right rule; the probe false alarms are gone. Behaviour tests, not a
 * measurement (the measurement is bench/corpus).
 */
import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeBrief, BriefAnalyzer, eligibleRules, passageFeatures, voicedParagraph } from "../../src/core/precedent/analyze";
import type { AnalysisSettings, Finding } from "../../src/core/precedent/types";
import { MODEL } from "../../src/core/precedent/model";
import { briefContext, captionTitle, counselOfTurn, documentFromTitle, headingsOf, letterWriter, plainTitle, resentencingLetter, runInHeading, signedBy, transcriptHearing } from "../../src/core/precedent/context";
import { proseOf } from "../../src/core/brief/prose";
import { Brief } from "../../src/core/brief/brief";
import { checkBrief } from "../../src/core/pipeline";

const rules = (text: string, circuit: string, edition = 2024) =>
  analyzeBrief(text, { circuit, edition }).map((f) => `${f.rule}@${text.slice(0, f.start).split("\n").length}`);

describe("brief context: the issue's sentences", () => {
  it("a sentencing memorandum's own fast-track disparity argument (front matter document:)", () => {
    const brief = "---\ncircuit: 9\ndocument: sentencing-memorandum\n---\n# Sentencing Memorandum\n\n" +
      "A sentence within the guideline range would create an unwarranted disparity, because a defendant with the same record who was arrested in Arizona would have received a fast-track offer and a sentence roughly a third shorter. The Court should depart downward to eliminate that disparity.\n";
    assert.ok(rules(brief, "9").includes("fast-track-disparity@7"), rules(brief, "9").join(", "));
  });

  it("an argument made across two sentences is one finding, from the first sentence to the last, framed as the departure it asks for", () => {
    const para = "A sentence within the guideline range would create an unwarranted disparity, because a defendant with the same record who was arrested in Arizona would have received a fast-track offer and a sentence roughly a third shorter. The Court should depart downward to eliminate that disparity.";
    const brief = "---\ncircuit: 9\ndocument: sentencing-memorandum\n---\n# Sentencing Memorandum\n\n" + para + "\n";
    const ft = analyzeBrief(brief, { circuit: "9", edition: 2024 }).filter((f) => f.rule === "fast-track-disparity");
    assert.equal(ft.length, 1);
    assert.equal(ft[0].start, brief.indexOf(para));
    assert.equal(ft[0].end, brief.indexOf(para) + para.length);
    assert.equal(ft[0].framing, "departure");
    // the cue stage alone (no learned stage: as for a paragraph over 6,000 characters) merges them too
    const cueOnly = new BriefAnalyzer(100, false).analyze(brief, { circuit: "9", edition: 2024 }).filter((f) => f.rule === "fast-track-disparity");
    assert.deepEqual(cueOnly.map((f) => [f.start, f.end]), [[brief.indexOf(para), brief.indexOf(para) + para.length]]);
  });

  it("in a compassionate-release motion a party's 'downward departure based on his rehabilitation' is the motion's rehabilitation ground: the learned stage, trained on bare passages, does not veto it (fifth audit, item 7)", () => {
    const brief = "---\ncircuit: 4\ndate: 2021-06-01\ndocument: compassionate-release-motion\n---\n# Motion for Compassionate Release\n\n" +
      "Defendant asks the Court to grant him a downward departure based on his post-conviction rehabilitation.\n";
    assert.ok(rules(brief, "4").includes("compassionate-release-rehabilitation@8"), rules(brief, "4").join(", "));
    // the same sentence in no vehicle: not a compassionate-release ground
    assert.ok(!rules("Defendant asks the Court to grant him a downward departure based on his post-conviction rehabilitation.\n", "4").some((r) => r.startsWith("compassionate-release")));
  });

  it("a compassionate-release motion's family argument, by its title alone (two forms)", () => {
    const head = "---\ncircuit: 8\n---\n# Motion for Compassionate Release Under 18 U.S.C. § 3582(c)(1)(A)\n\n";
    const a = head + "Mr. Lara asks the Court to reduce his sentence so he can care for his disabled mother, who lives alone and can no longer manage her own medications.\n";
    const b = head + "Extraordinary and compelling reasons exist because Mr. Lara's children are struggling without him and their mother must work two jobs to support them.\n";
    assert.deepEqual(rules(a, "8"), ["compassionate-release-family@6"]);
    assert.deepEqual(rules(b, "8"), ["compassionate-release-family@6"]);
  });

  it("a departure because the prior behind the enhancement was a few dollars' worth of marijuana", () => {
    const brief = "---\ncircuit: 9\ndocument: sentencing-memorandum\n---\n\nA downward departure is warranted because the drug-trafficking conviction behind the enhancement involved only a few dollars' worth of marijuana.\n";
    // the 2025 Manual has no departures: under it the same sentence is (also) a departure-framing point
    assert.deepEqual(rules(brief, "9", 2025).filter((r) => r !== "departure-framing@6"), ["prior-conviction-seriousness@6"]);
  });

  it("a defence filing asking now for a departure the 2025 Manual lacks gets departure-framing, though the ground has no rule (audit 13 D4); a reported past request does not", () => {
    const head = "---\ncircuit: 9\ndocument: sentencing-memorandum\n---\n\n";
    const asks = head + "A downward departure for cultural assimilation is warranted because Mr. Ruiz came here at age two.\n";
    assert.deepEqual(rules(asks, "9", 2025).filter((r) => r !== "cultural-assimilation@6"), ["departure-framing@6"]);
    // under the 2024 Manual departures exist: nothing to warn of (the ground's own rule notes the Manual's note)
    assert.deepEqual(rules(asks, "9", 2024).filter((r) => r !== "cultural-assimilation@6"), []);
    const reported = head + "At his 2012 sentencing, Mr. Ruiz requested a downward departure for cultural assimilation, which was denied.\n";
    assert.deepEqual(rules(reported, "9", 2025).filter((r) => r !== "cultural-assimilation@6"), []);
  });

  it("the government's deed is no government voice: the defence's own disparity argument about it is read", () => {
    const head = "---\ncircuit: 5\ndocument: sentencing-memorandum\n---\n\n";
    const deed = "The government's decision to offer early-disposition pleas in some districts but not this one produces exactly the kind of unwarranted disparity § 3553(a)(6) tells the Court to avoid.\n";
    assert.deepEqual(rules(head + deed, "5"), ["fast-track-disparity@6"]);
    assert.deepEqual(rules(head + deed.replace("The government's", "The government’s"), "5"), ["fast-track-disparity@6"]);
    // the government's position is its voice: not the author's argument
    const voice = "The government's position is that the absence of a fast-track program in this district creates no unwarranted disparity.\n";
    assert.deepEqual(rules(head + voice, "5"), []);
  });

  it("the court's power, asserted in a defence filing, is the author's argument", () => {
    const brief = "---\ncircuit: 9\ndocument: compassionate-release-motion\n---\n\nThe Court has authority to reduce Mr. Cole's sentence below the mandatory minimum of 120 months.\n";
    assert.deepEqual(rules(brief, "9", 2025), ["compassionate-release-mandatory-minimum@6"]);
    // the same words in a court's order are no one's argument
    assert.deepEqual(rules("The Court has authority to reduce a sentence below the mandatory minimum only on the government's motion.\n", "9", 2025), []);
  });

  it("a ground named as a reason in a defence filing is the author's argument", () => {
    const brief = "---\ncircuit: 5\ndocument: sentencing-memorandum\n---\n\nThe absence of a fast-track program in this district is a reason to impose a lower sentence.\n";
    assert.deepEqual(rules(brief, "5"), ["fast-track-disparity@6"]);
  });

  it("a hedged ask in a defence filing is the author's argument ('permits the Court to consider', 'militates against', 'is sufficient')", () => {
    const head = "---\ncircuit: 9\nsentencing-date: 2024-06-01\ndocument: sentencing-memorandum\n---\n\n";
    assert.deepEqual(rules(head + "The absence of a fast-track program in this district permits the Court to consider the disparity Mr. Diaz faces.\n", "9"), ["fast-track-disparity@7"]);
    assert.deepEqual(rules(head + "That Mr. Diaz returned only to care for his dying mother militates against a sentence within the range.\n", "9"), ["reentry-motive@7"]);
    assert.deepEqual(rules(head + "Given the fast-track offers defendants receive in Arizona, a sentence of 24 months is sufficient here.\n", "9"), ["fast-track-disparity@7"]);
    // the same words in no defence filing: no author, no argument
    assert.deepEqual(rules("The absence of a fast-track program in this district permits the Court to consider the disparity Mr. Diaz faces.\n", "9"), []);
  });

  it("a defence filing's statement of the law for anyone, or of a court's holding, is its standard, not its ground; turned to the client it is the ground", () => {
    const head = "---\ncircuit: 9\ndate: 2024-06-01\ndocument: compassionate-release-motion\n---\n\n";
    assert.deepEqual(rules(head + "A prisoner must show extraordinary and compelling reasons for a reduction, and rehabilitation alone does not meet that standard.\n", "9"), []);
    assert.deepEqual(rules(head + "A defendant may be granted compassionate release if he is the only available caregiver for an incapacitated parent.\n", "9"), []);
    assert.deepEqual(rules(head + "In Pepper, the Supreme Court ruled that a resentencing court may consider post-sentencing rehabilitation.\n", "9"), []);
    assert.deepEqual(rules(head + "Nonretroactive changes in the law cannot constitute extraordinary and compelling reasons for a reduction.\n", "9"), []);
    assert.deepEqual(rules(head + "At the original sentencing the court noted his efforts toward rehabilitation during pretrial detention.\n", "9"), []);
    assert.deepEqual(rules(head + "A defendant may be granted compassionate release if he is the only available caregiver for an incapacitated parent, and Mr. Diaz is that caregiver for his mother.\n", "9"), ["compassionate-release-family@7"]);
  });

  it("a movant's own account of change in a compassionate-release motion stands where the model would have proposed it (no veto)", () => {
    const brief = "---\ncircuit: 9\ndocument: compassionate-release-motion\n---\n\nI have changed. I earned my GED, I work in the kitchen every day, and I have not had a single write-up in six years.\n";
    const f = analyzeBrief(brief, { circuit: "9", edition: 2025 });
    assert.deepEqual(f.map((x) => x.rule), ["compassionate-release-rehabilitation"]);
    // the model's score is in the trace, at or over the bar a proposal must clear
    assert.ok(f[0].trace?.model && f[0].trace.model.probability >= MODEL.thresholds["compassionate-release-rehabilitation"]);
    // the same words with no context: no defence author, the veto applies as before
    assert.deepEqual(analyzeBrief("I have changed. I earned my GED, I work in the kitchen every day, and I have not had a single write-up in six years.\n", { circuit: "9", edition: 2025 }).map((x) => x.rule), []);
  });

  it("a statement of fact in a defence filing is not an argument by itself", () => {
    const brief = "---\ndocument: sentencing-memorandum\n---\n\nMr. Paulino's only prior felony was a 1994 sale of a small quantity of marijuana, for which he received ten months.\n";
    assert.deepEqual(rules(brief, "2", 2001), []);
  });
});

describe("an advocate's tone is a voice that argues (the learned stage's bar is not raised for it)", () => {
  const voiced = (para: string) => voicedParagraph(passageFeatures(para).evidence, {});
  it("a paragraph that pleads in an advocate's words, with no party named, is voiced; the same facts told neutrally are not", () => {
    assert.equal(voiced("Unfortunately, no district in this circuit offers a fast-track program, so a defendant arrested here serves years longer than one arrested in Arizona."), true);
    assert.equal(voiced("It is a fluke of geography that a defendant arrested in Kansas serves years longer than one arrested in Arizona."), true);
    assert.equal(voiced("There is no valid basis to bar variances for post-sentencing rehabilitation."), true);
    assert.equal(voiced("No district in this circuit offers a fast-track program, so a defendant arrested here serves years longer than one arrested in Arizona."), false);
    assert.equal(voiced("The Ninth Circuit held that the disparity created by fast-track programs is not unwarranted."), false);
  });
});

describe("brief context: a compassionate-release ground where no such motion is named", () => {
  // a real order's sentence (bench/corpus p-0120): no vehicle named, yet a compassionate-release family ground
  const para = "In addition, Mr. Davis claims that his mother, whom he states is his minor son's only caregiver, is in poor health and no longer able to care for his son.";

  it("the learned stage may propose it over a bar raised by offVehicle, and the trace says so", () => {
    const [f] = analyzeBrief(para + "\n", { circuit: null, edition: 2025 });
    assert.equal(f.rule, "compassionate-release-family");
    assert.equal(f.trace?.stage, "model");
    const m = f.trace!.model!;
    assert.deepEqual(m.raised, ["no compassionate-release motion named (+0.10)"]);
    // the bar: the model's threshold for the rule plus offVehicle (0.1 in the shipped model), the paragraph being voiced
    assert.equal(MODEL.offVehicle, 0.1);
    assert.equal(m.threshold, Math.round((MODEL.thresholds["compassionate-release-family"] + 0.1) * 1000) / 1000);
    assert.ok(m.probability >= m.threshold, `${m.probability} < ${m.threshold}`);
  });

  it("never in a filing that says it is not a compassionate-release motion (a family plea at sentencing is § 5H1.6)", () => {
    for (const head of ["---\ndocument: sentencing-memorandum\n---\n\n", "# Defendant's Sentencing Memorandum\n\n", "# Resentencing Memorandum\n\n"]) {
      assert.deepEqual(rules(head + para + "\n", "9", 2025), [], head);
      assert.deepEqual(rules(head + "She asks the Court to consider that she is the sole caregiver for her two minor children.\n", "9", 2025), [], head);
    }
  });

  it("eligibility: the margin where no vehicle is named, none where it is, absent without offVehicle or in a sentencing filing", () => {
    const ev = passageFeatures(para).evidence;
    const policy = { ...MODEL, offVehicle: 0.2 };
    assert.equal(eligibleRules(ev, {}, policy).get("compassionate-release-family"), 0.2);
    assert.equal(eligibleRules(ev, { compassionate: true }, policy).get("compassionate-release-family"), 0);
    assert.equal(eligibleRules(ev, {}, { ...MODEL, offVehicle: undefined }).has("compassionate-release-family"), false);
    assert.equal(eligibleRules(ev, { notCompassionate: true }, policy).has("compassionate-release-family"), false);
  });

  it("a motion for a reduction to time served, or a party arguing for release, is a compassionate-release motion; supervised release is not", () => {
    for (const p of [
      "Mr. Webb filed a motion for a sentence reduction to time served after twenty years in prison.",
      "She argued for release after serving most of her sentence.",
      "He contends that release is appropriate now.",
    ]) assert.equal(passageFeatures(p).evidence.compassionate, true, p);
    assert.equal(passageFeatures("He contends that a term of supervised release is appropriate.").evidence.compassionate, false);
  });
});

describe("brief context: the probe false alarms", () => {
  for (const s of [
    "The average sentence for illegal reentry fell in 2015, and fast-track programs now operate in every district.",
    "Judge Ruiz asked whether the fast-track disparity could justify a variance.",
    "The Sentencing Commission has long asserted that fast-track programs create disparity.",
    "Invoking § 3553(a)(6), Congress authorized courts to avoid unwarranted disparities among defendants with similar records.",
    // the same subjects with other words after them: the lawmaker speaks, whatever the verb
    "The Sentencing Commission has long asserted that fast-track disparities are warranted.",
    "Invoking § 3553(a)(6), Congress authorized fast-track programs in the PROTECT Act.",
  ]) {
    it(`nothing: ${s.slice(0, 60)}…`, () => assert.deepEqual(rules(s, "9"), []));
  }
});

describe("brief context: a party's argument about the lawmakers is still the party's", () => {
  it("Mr. Ruiz argues that Congress … fast-track disparity: flagged", () =>
    assert.deepEqual(rules("Mr. Ruiz argues that Congress never intended the fast-track disparity, and asks the Court to vary downward to eliminate it.", "9"), ["fast-track-disparity@1"]));
});

describe("brief context: reading the document", () => {
  it("the title says what the brief is", () => {
    assert.equal(documentFromTitle("Defendant's Sentencing Memorandum"), "sentencing-memorandum");
    assert.equal(documentFromTitle("Government's Response in Opposition to Defendant's Motion for Compassionate Release"), "government-response");
    assert.equal(documentFromTitle("Motion for Compassionate Release Under 18 U.S.C. § 3582(c)(1)(A)"), "compassionate-release-motion");
    assert.equal(documentFromTitle("Motion to Vacate, Set Aside, or Correct Sentence Under 28 U.S.C. § 2255"), "2255-motion");
    assert.equal(documentFromTitle("Memorandum in Support of Motion to Vacate"), "2255-motion");
    assert.equal(documentFromTitle("BRIEF FOR DEFENDANT-APPELLANT"), "appellate-brief");
    assert.equal(documentFromTitle("Statement of Facts"), undefined);
    // the court's own documents: no party is the author, whatever motion they decide
    for (const t of ["Memorandum Opinion and Order on Defendant's Motion for Compassionate Release", "ORDER DENYING DEFENDANT'S MOTION FOR SENTENCE REDUCTION",
      "Report and Recommendation on Motion to Vacate Under 28 U.S.C. § 2255", "Opinion and Order", "Memorandum and Order"]) assert.equal(documentFromTitle(t), "other", t);
    assert.equal(documentFromTitle("Motion for an Order Reducing Sentence Under 18 U.S.C. § 3582(c)(1)(A)"), "compassionate-release-motion");
  });

  it("a caption's court line as the first heading: the title is the caption heading that names a filing; a departure motion after judgment is no sentencing memorandum", () => {
    assert.equal(documentFromTitle("Defendant's Motion to Modify Sentence"), "sentence-reduction-motion");
    assert.equal(documentFromTitle("Motion for Downward Departure Based on Post-Conviction Rehabilitation"), undefined);
    assert.equal(documentFromTitle("Motion for a Downward Variance"), "sentencing-memorandum");
    assert.equal(documentFromTitle("Pro Se Motion to Reduce Sentence Pursuant to Fed. R. Crim. P. 35"), "rule-35-motion");
    const text = "# United States District Court for the District of Kansas\n\n## United States v. Doe, No. 15-20044\n\n### Defendant's Motion to Modify Sentence\n\nText.\n";
    const ctx = briefContext(proseOf(text).prose, {});
    assert.equal(ctx.document, "sentence-reduction-motion");
    assert.equal(ctx.title, "Defendant's Motion to Modify Sentence");
    assert.equal(ctx.at(text.indexOf("Text.")).author, "defense");
    assert.equal(documentFromTitle("Memorandum of Law in Support of Motion for a Sentence Reduction"), "sentence-reduction-motion");
    // a motion to reduce a sentence that speaks of extraordinary and compelling reasons is a compassionate-release motion
    const body = "# Motion for a Sentence Reduction\n\n## Argument\n\nHis record is extraordinary and compelling.\n\nHe earned a degree.\n";
    const cr = briefContext(proseOf(body).prose, {});
    assert.equal(cr.releaseByItsWords, true);
    assert.equal(cr.at(body.indexOf("He earned")).compassionate, true);
    assert.match(cr.at(body.indexOf("He earned")).describe, /its text names compassionate release/);
    const c2 = "# Motion for a Sentence Reduction Under 18 U.S.C. § 3582(c)(2)\n\nAmendment 821 lowers his range.\n";
    assert.equal(briefContext(proseOf(c2).prose, {}).at(c2.indexOf("Amendment")).compassionate, false);
    // a § 2255 motion: what counsel failed to argue is the movant's ground
    const m2255 = "# Motion Under 28 U.S.C. § 2255\n\nText.\n";
    assert.equal(briefContext(proseOf(m2255).prose, {}).at(m2255.indexOf("Text.")).collateral, true);
    assert.equal(briefContext(proseOf(text).prose, {}).at(text.indexOf("Text.")).collateral, undefined);
    // only near the top: a section far into the brief is not its title
    const far = "# United States District Court\n\n" + "Background. ".repeat(150) + "\n\n## Motion for a Downward Variance\n\nText.\n";
    assert.equal(briefContext(proseOf(far).prose, {}).document, undefined);
  });

  it("a paragraph that points back ('That difference …') takes its ground from the paragraph before, and is read anew when that one changes", () => {
    const a = "---\ndocument: sentencing-memorandum\n---\n\n# Sentencing Memorandum\n\nIn Arizona he would have been offered an early-disposition plea.\n\nThat difference is not the product of anything he did, and the Court should vary downward to close it.\n";
    const b = a.replace("In Arizona he would have been offered an early-disposition plea.", "He was arrested in Kansas in 2019.");
    const analyzer = new BriefAnalyzer();
    const first = analyzer.analyze(a, { circuit: "10", edition: 2018 });
    assert.deepEqual(first.map((f) => f.rule), ["fast-track-disparity"]);
    assert.ok(first[0].trace!.topic.includes("early-disposition (the paragraph before)"), first[0].trace!.topic.join(", "));
    assert.equal(first[0].start, a.indexOf("That difference"));
    // the paragraph before edited: the pointing-back paragraph is read again (its text did not change)
    assert.deepEqual(analyzer.analyze(b, { circuit: "10", edition: 2018 }), analyzeBrief(b, { circuit: "10", edition: 2018 }));
    assert.deepEqual(analyzeBrief(b, { circuit: "10", edition: 2018 }).map((f) => f.rule), []);
    // across a heading ("## Summary of the Argument"): the last paragraph that is no heading is the one before
    const c = a.replace("\n\nThat difference", "\n\n## Summary of the Argument\n\nThat difference");
    assert.deepEqual(analyzeBrief(c, { circuit: "10", edition: 2018 }).map((f) => [f.rule, f.start]), [["fast-track-disparity", c.indexOf("That difference")]]);
    // passages side by side (no front matter, no title: no author) are not one document
    assert.deepEqual(analyzeBrief(a.replace(/^---[\s\S]*?---\n\n# Sentencing Memorandum\n\n/, ""), { circuit: "10", edition: 2018 }).map((f) => f.rule), []);
  });

  it("a paragraph that opens by pointing back ('a program of this kind') lends the ground before to its later request", () => {
    const a = "---\ndocument: sentencing-memorandum\n---\n\n# Sentencing Memorandum\n\nCounsel asked whether he could be considered for the District's early disposition program; the answer was no.\n\nSince 2012 the Department of Justice has authorized a program of this kind in every district. We ask the Court to recognize that a sentence 12 months longer than a similarly situated participant would receive is unwarranted.\n";
    const f = analyzeBrief(a, { circuit: "10", edition: 2018 });
    assert.deepEqual(f.map((x) => x.rule), ["fast-track-disparity"]);
    assert.ok(f[0].trace!.topic.includes("early disposition (the paragraph before)"), f[0].trace!.topic.join(", "));
    // the request alone, in a paragraph that does not open by pointing back, takes nothing from before
    const b = a.replace("Since 2012 the Department of Justice has authorized a program of this kind in every district. ", "");
    assert.deepEqual(analyzeBrief(b, { circuit: "10", edition: 2018 }).map((x) => x.rule), []);
  });

  it("'such a program' reaches back to the first paragraph of its section, not past its heading", () => {
    const section = "## The sentence he would receive in Phoenix\n\nIn Arizona a defendant with his record receives a motion under § 5K3.1 and four levels off. In this District there is no such program.\n\nNothing about Mr. Chavez explains that difference.\n\nWe ask the Court to impose the sentence he would have received had he been prosecuted in a district with such a program.\n";
    const a = `---\ndocument: sentencing-memorandum\n---\n\n# Sentencing Memorandum\n\n${section}`;
    const f = analyzeBrief(a, { circuit: "10", edition: 2018 });
    assert.deepEqual(f.map((x) => [x.rule, x.start]), [["fast-track-disparity", a.indexOf("We ask")]]);
    assert.ok(f[0].trace!.topic.includes("5K3.1 (the paragraph before)"), f[0].trace!.topic.join(", "));
    // the ground in another section: the request's section starts after it
    const b = a.replace("\n\nNothing about", "\n\n## Another section\n\nHe has worked since he was twelve.\n\nNothing about");
    assert.deepEqual(analyzeBrief(b, { circuit: "10", edition: 2018 }).map((x) => x.rule), []);
  });

  it("headings outside code; the heading chain of a paragraph; a compassionate-release heading", () => {
    const text = "# Sentencing Memorandum\n\n```\n# not a heading\n```\n\n## I. Extraordinary and Compelling Reasons\n\nText.\n\n## II. Other\n\nMore.\n";
    const map = proseOf(text);
    assert.deepEqual(headingsOf(map.prose).map((h) => `${h.level}:${h.text}`), ["1:Sentencing Memorandum", "2:I. Extraordinary and Compelling Reasons", "2:II. Other"]);
    const ctx = briefContext(map.prose, {});
    assert.equal(ctx.document, "sentencing-memorandum");
    const under = ctx.at(text.indexOf("Text."));
    assert.equal(under.compassionate, true);
    assert.equal(under.author, "defense");
    assert.deepEqual(under.headings, ["Sentencing Memorandum", "I. Extraordinary and Compelling Reasons"]);
    assert.equal(ctx.at(text.indexOf("More.")).compassionate, false);
  });

  it("a court's order on a compassionate-release motion: the court recounts the grounds (in that context), no party is the author", () => {
    const order = "# Memorandum Opinion and Order on Defendant's Motion for Compassionate Release\n\nWhile incarcerated, Defendant completed a drug education course and obtained his GED.\n";
    const ctx = briefContext(proseOf(order).prose, {});
    assert.equal(ctx.document, "other");
    const at = ctx.at(order.indexOf("While"));
    assert.equal(at.author, undefined);
    assert.equal(at.compassionate, true);
    assert.match(at.describe, /^a court's order or opinion \(from the title\)/);
    // a statement of the record, in no one's voice: no finding
    assert.deepEqual(rules(order, "8"), []);
  });

  it("a government response: the author is the government, not a party arguing", () => {
    const brief = "# Government's Response in Opposition\n\nA fast-track disparity is not a basis for a lower sentence in this district.\n";
    assert.deepEqual(rules(brief, "9"), []);
  });
});

describe("brief context: a filing pasted without headings says what it is in its caption", () => {
  const caption = "UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF ARIZONA\n\nUnited States of America, Plaintiff,\nv.\nJose Ortiz-Lopez, Defendant.\n\nCase No. 4:25-cr-01234\n\n";
  it("the title in capitals, in bold, or over two lines; the caption's other lines are no title", () => {
    assert.deepEqual(captionTitle(caption + "DEFENDANT'S SENTENCING MEMORANDUM\n\nMr. Ortiz-Lopez asks for 18 months."), { text: "DEFENDANT'S SENTENCING MEMORANDUM", document: "sentencing-memorandum" });
    assert.deepEqual(captionTitle("**Defendant's Motion for Compassionate Release Pursuant to 18 U.S.C. § 3582(c)(1)(A)**\n\nMy father is paralyzed."), {
      text: "Defendant's Motion for Compassionate Release Pursuant to 18 U.S.C. § 3582(c)(1)(A)", document: "compassionate-release-motion",
    });
    assert.deepEqual(captionTitle(caption + "DEFENDANT'S MOTION FOR COMPASSIONATE\nRELEASE UNDER 18 U.S.C. § 3582(c)(1)(A)\n\nText."), {
      text: "DEFENDANT'S MOTION FOR COMPASSIONATE RELEASE UNDER 18 U.S.C. § 3582(c)(1)(A)", document: "compassionate-release-motion",
    });
    assert.equal(captionTitle(caption + "Text."), undefined);
  });

  it("a sentence of the body that names a motion is no title; nor is a title after the body has begun", () => {
    assert.equal(captionTitle("The defendant's motion for compassionate release is before the Court.\n\nText."), undefined);
    const body = "Mr. Ortiz-Lopez came back to the United States because his mother was dying of cancer in Fresno and he wanted to see her.";
    assert.equal(captionTitle(body + "\n\nDEFENDANT'S SENTENCING MEMORANDUM\n"), undefined);
  });

  it("the caption makes the author the speaker and puts a pro se paragraph in a compassionate-release motion", () => {
    const brief = "**MOTION FOR COMPASSIONATE RELEASE UNDER 18 U.S.C. § 3582(c)(1)(A)**\n\nI have changed. I have taken every class I could in prison, earned my GED, and have not had a single write-up.\n";
    assert.deepEqual(rules(brief, "8"), ["compassionate-release-rehabilitation@3"]);
    const ctx = briefContext(proseOf(brief).prose, {});
    assert.equal(ctx.documentFrom, "caption");
    assert.match(ctx.at(brief.indexOf("I have")).describe, /compassionate release motion \(from the caption\); the defence is the author/);
    // a line set off in bold is a heading: the ground is read in a compassionate-release section of a motion to reduce, not in the next one
    const motion = "DEFENDANT'S MOTION TO REDUCE SENTENCE\n\n**I. Extraordinary and Compelling Reasons**\n\nI have taken every class I could in prison and earned my GED.\n\n**II. The Section 3553(a) Factors**\n\nI have taken every class I could in prison and earned my GED.\n";
    assert.deepEqual(rules(motion, "8"), ["compassionate-release-rehabilitation@5"]);
    assert.deepEqual(briefContext(proseOf(motion).prose, {}).headings.map((h) => `${h.level}:${h.text}`), [
      "2:DEFENDANT'S MOTION TO REDUCE SENTENCE", "2:I. Extraordinary and Compelling Reasons", "2:II. The Section 3553(a) Factors",
    ]);
    // with no document named, a line in capitals is no heading in a file of passages, one per paragraph, which stay bare —
    // nor where it is not the text's first line —, but a short pasted section that opens with its heading is read under it (probe pv)
    const passages = `Text.\n\nEXTRAORDINARY AND COMPELLING REASONS\n\n${"Another passage of the file. ".repeat(1200)}\n`;
    assert.deepEqual(briefContext(proseOf(`EXTRAORDINARY AND COMPELLING REASONS\n\n${passages}`).prose, {}).headings, []);
    assert.deepEqual(briefContext(proseOf("Text.\n\nEXTRAORDINARY AND COMPELLING REASONS\n\nText.\n").prose, {}).headings, []);
    assert.deepEqual(briefContext(proseOf("EXTRAORDINARY AND COMPELLING REASONS\n\nText.\n").prose, {}).headings.map((h) => h.text), ["EXTRAORDINARY AND COMPELLING REASONS"]);
    // the same paragraph with no caption: no one's argument
    assert.deepEqual(rules(brief.slice(brief.indexOf("I have")), "8"), []);
  });
});

describe("brief context: the incremental analysis", () => {
  it("a renamed heading is read anew for the paragraphs under it (the trace names the new heading); others stay cached", () => {
    const body = "\n\nMr. Ruiz asks the Court to vary downward because defendants in fast-track districts receive lower sentences.\n\n# Facts\n\nHe was born in 1980.\n";
    const a = new BriefAnalyzer();
    const first = a.analyze("# Sentencing Memorandum\n\n## I. Disparity" + body, { circuit: "9", edition: 2024 });
    assert.ok(first[0].trace!.context.includes('under "I. Disparity"'), first[0].trace!.context);
    const second = a.analyze("# Sentencing Memorandum\n\n## I. Unwarranted disparity" + body, { circuit: "9", edition: 2024 });
    assert.ok(second[0].trace!.context.includes('under "I. Unwarranted disparity"'), second[0].trace!.context);
    // the renamed heading and the paragraph under it; not the title or the Facts section
    assert.equal(a.lastRedetected, 2);
  });
});

describe("brief context: a heading and the section under it make one argument", () => {
  const motion = "---\ncircuit: 5\ndocument: compassionate-release-motion\n---\n\n# Motion for Compassionate Release Under 18 U.S.C. § 3582(c)(1)(A)\n\n## Extraordinary and Compelling Reasons\n\n";
  it("a heading naming the ground its paragraph argues: one finding, on the paragraph", () => {
    const brief = motion +
      "### Her mother's illness\n\nMs. Delgado's mother suffers from advanced dementia and can no longer bathe, dress or feed herself. Ms. Delgado's only sibling died in 2022, and no one else can care for her mother. Ms. Delgado is the only available caregiver.\n\n" +
      "### Rehabilitation\n\nIn eight years of custody Ms. Delgado has completed her GED, more than forty programs and the Residential Drug Abuse Program, and has worked as a tutor. She has had no disciplinary incidents.\n";
    // without the rule the two headings (lines 10, 14) were flagged beside their paragraphs (12, 16); the rehabilitation
    // beside the family ground is no "rehabilitation alone" (withoutRehabilitationBesideAnotherGround)
    assert.deepEqual(rules(brief, "5"), ["compassionate-release-family@12"]);
    const alone = motion + "### Rehabilitation\n\nIn eight years of custody Ms. Delgado has completed her GED, more than forty programs and the Residential Drug Abuse Program, and has worked as a tutor. She has had no disciplinary incidents.\n";
    assert.deepEqual(rules(alone, "5").filter((r) => r.startsWith("compassionate-release-rehabilitation")).length, 1, rules(alone, "5").join(", "));
  });
  it("a heading that alone states the argument keeps its finding; a heading over a section arguing another ground too", () => {
    const brief = "---\ncircuit: 9\ndocument: sentencing-memorandum\n---\n\n# Sentencing Memorandum\n\n" +
      "## II. The Court Should Vary Downward Because Other Districts Offer Fast-Track Pleas\n\nMr. Ruiz was born in 1980 and came to the United States as a child.\n";
    assert.deepEqual(rules(brief, "9"), ["fast-track-disparity@8"]);
  });
});

describe("brief context: a filing at the original sentencing has no sentence to reduce", () => {
  const memo = (para: string) => "---\ncircuit: 9\ndocument: sentencing-memorandum\n---\n# Defendant's Sentencing Memorandum\n\n" + para + "\n";
  const resentencing = (para: string) => "---\ncircuit: 9\ndocument: resentencing-memorandum\n---\n# Defendant's Resentencing Memorandum\n\n" + para + "\n";
  const rehab = "While in custody awaiting sentencing, Mr. Reyes has completed every class the detention center offers, and his record there is spotless. The Court should consider his rehabilitation and impose a sentence of time served.";
  const belowMin = "The Court should impose a sentence below the 60-month mandatory minimum because the minimum is far greater than necessary.";

  it("rehabilitation since the arrest is not post-sentencing rehabilitation (no \"final sentence\" warning)", () => {
    assert.deepEqual(rules(memo(rehab), "9"), []);
    // the same paragraph at a resentencing after vacatur is the Pepper ground
    assert.deepEqual(rules(resentencing(rehab), "9"), ["post-sentencing-rehabilitation@7"]);
  });

  it("a plea to go below a minimum at sentencing is judged at the sentencing (§ 3553(e) and (f)), not as a compassionate-release reduction (no Thacker warning)", () => {
    const f = analyzeBrief(memo(belowMin), { circuit: "9", edition: 2024 });
    assert.deepEqual(f.map((x) => x.rule), ["compassionate-release-mandatory-minimum"]);
    assert.match(f[0].message, /^At sentencing a court may not go below a statutory minimum except on the government's motion for substantial assistance \(18 U\.S\.C\. § 3553\(e\)\) or under the safety valve/);
    assert.doesNotMatch(`${f[0].message} ${f[0].basis} ${f[0].instead}`, /Thacker|extraordinary and compelling|3582/);
    // asking for the minimum itself is no plea to go below it, and the learned stage proposes none at sentencing
    assert.deepEqual(rules(memo("Mr. Hobbs asks the Court to impose the mandatory minimum sentence of 60 months — no more. The purposes of sentencing are fully served by the minimum term Congress itself has set."), "11"), []);
  });

  it("the grounds a sentencing memorandum can make are still read", () => {
    const ft = "Had Mr. Reyes been arrested in the District of Arizona, he would have been offered a fast-track plea and received a four-level reduction. The Court should vary downward to avoid that unwarranted disparity.";
    assert.deepEqual(rules(memo(ft), "9"), ["fast-track-disparity@7"]);
  });

  it("the context says the brief is at the original sentencing, unless a heading puts the paragraph in a compassionate-release motion", () => {
    const ctx = briefContext(proseOf(memo(rehab)).prose, { document: "sentencing-memorandum" });
    assert.equal(ctx.at(0).originalSentencing, true);
    assert.equal(briefContext("# Memo\n\ntext\n", { document: "resentencing-memorandum" }).at(0).originalSentencing, false);
    const cr = "# Sentencing Memorandum\n\n## Extraordinary and compelling reasons\n\ntext\n";
    assert.equal(briefContext(cr, { document: "sentencing-memorandum" }).at(cr.indexOf("text")).originalSentencing, false);
  });
});

describe("brief context: a family ground read from the whole paragraph", () => {
  it("the parent's illness and the only caregiver in different sentences is § 1B1.13(b)(3)(C), not general hardship", () => {
    const brief = "---\ncircuit: 9\ndocument: compassionate-release-motion\ndate: 2026-11-20\n---\n# Motion for Compassionate Release\n\n" +
      "Mr. Alvarez's father is 81 years old and suffers from advanced Parkinson's disease. His mother passed away last year, and Mr. Alvarez is the only person who can care for him.\n";
    const [f] = analyzeBrief(brief, { circuit: "9", edition: 2025 });
    assert.equal(f?.rule, "compassionate-release-family");
    assert.equal(f.facts?.ground, "C");
    assert.ok(f.message.includes("(b)(3)(B)–(C)"), f.message);
  });
});

describe("a signal-led citation sentence is never itself an argument", () => {
  const FT = "Mr. Ruiz asks the Court to vary downward because defendants in border districts receive fast-track plea offers that were never available to him.";
  const BUT_SEE = " But see United States v. Gonzalez-Zotelo, No. 08-50010 (9th Cir. Jan. 8, 2009) (a lower sentence based solely on the fast-track disparity is error); United States v. Banuelos-Rodriguez, 215 F.3d 969, 978 (9th Cir. 2000) (en banc) (no departure on that ground).";
  it("the But see sentence the quick fix inserts leaves the argument's span and framing as they were", () => {
    const brief = "---\ncircuit: 9\n---\n\n" + FT + BUT_SEE + "\n";
    const ft = analyzeBrief(brief, { circuit: "9", edition: 2025 }).filter((f) => f.rule === "fast-track-disparity");
    assert.equal(ft.length, 1);
    assert.equal(ft[0].start, brief.indexOf(FT));
    assert.equal(ft[0].end, brief.indexOf(FT) + FT.length);
    assert.equal(ft[0].framing, "variance");
  });
  it("reads which sentences are signal-led citations", async () => {
    const { signalCitation } = await import("../../src/core/precedent/detect");
    assert.equal(signalCitation("but see united states v. banuelos rodriguez, 215 f.3d 969 (9th cir. 2000)."), true);
    assert.equal(signalCitation("see, e.g., united states v. amezcua vasquez, 567 f.3d 1050 (9th cir. 2009) (a stale prior)."), true);
    assert.equal(signalCitation("cf. ussg § 5k3.1."), true);
    // a sentence that merely starts with "see" and names no authority is read as any other
    assert.equal(signalCitation("see how the fast track disparity harms him: he would have received a lower sentence in arizona."), false);
    assert.equal(signalCitation("the court should vary downward. see united states v. x"), false);
  });
});

describe("a government response: the defence's ground is information, with the signal turned", () => {
  const gov = (para: string, circuit = "9") => "---\ncircuit: " + circuit + "\ndocument: government-response\nguidelines-manual: 2020\n---\n# Government's Response\n\n" + para + "\n";
  it("a ground binding law forecloses is information for the government, cited with See, and the advice is the response's", () => {
    const text = gov("The defendant argues that the term imposed after his probation was revoked should not be counted toward the sentence imposed under § 2L1.2(b)(2). He is wrong.");
    const [f] = analyzeBrief(text, { circuit: "9", edition: 2020 }).filter((x) => x.rule === "revocation-sentence");
    assert.ok(f, "no finding");
    assert.equal(f.severity, "information");
    assert.ok(f.instead.startsWith("This is the defence's ground"), f.instead);
    assert.ok(!f.butSee.startsWith("But see"), f.butSee);
    // the same sentence in a defence filing keeps the binding warning
    const def = text.replace("document: government-response", "document: sentencing-memorandum").replace("# Government's Response", "# Sentencing Memorandum");
    const [g] = analyzeBrief(def, { circuit: "9", edition: 2020 }).filter((x) => x.rule === "revocation-sentence");
    assert.equal(g?.severity, "warning");
  });
  it("turns the signal both ways", async () => {
    const { forTheGovernment } = await import("../../src/core/precedent/analyze");
    const base = { severity: "warning", butSee: "But see United States v. X, 1 F.4th 1 (9th Cir. 2021).", instead: "Vary." } as unknown as Parameters<typeof forTheGovernment>[0];
    assert.equal(forTheGovernment(base).butSee, "See United States v. X, 1 F.4th 1 (9th Cir. 2021).");
    assert.equal(forTheGovernment({ ...base, butSee: "See USSG § 1B1.13(b)(3)(A) (Nov. 1, 2023)." }).butSee, "But see USSG § 1B1.13(b)(3)(A) (Nov. 1, 2023).");
    assert.equal(forTheGovernment({ ...base, butSee: "" }).butSee, "");
  });
});

describe("a defence filing's generic opening that turns to the client (session 18)", () => {
  it("'Defendants in Arizona routinely receive fast-track offers …; … should not add two years to Mr. Diaz's sentence' is the author's argument", () => {
    const head = "---\ncircuit: 9\ndocument: sentencing-memorandum\ndate: 2026-03-01\n---\n# Defendant's Sentencing Memorandum\n\n";
    const s = "Defendants in Arizona and Southern California routinely receive fast-track offers that cut their ranges by up to four levels; the absence of such an offer here should not add two years to Mr. Diaz's sentence.\n";
    const f = analyzeBrief(head + s, { circuit: "9", edition: 2025, document: "sentencing-memorandum", briefDate: "2026-03-01" });
    assert.deepEqual(f.map((x) => x.rule), ["fast-track-disparity"]);
    // under the 2025 Manual a request that names neither is a variance: the 9th Circuit's variance holding, not Banuelos-Rodriguez's departure one
    assert.ok(f[0].message.startsWith("A fast-track disparity cannot alone support a variance in the Ninth Circuit"), f[0].message);
    // the same generic sentence with no turn to the client is commentary
    const g = "Defendants in Arizona and Southern California routinely receive fast-track offers that cut their ranges by up to four levels, which some judges think should matter.\n";
    assert.deepEqual(analyzeBrief(head + g, { circuit: "9", edition: 2025, document: "sentencing-memorandum", briefDate: "2026-03-01" }).map((x) => x.rule), []);
  });
});

describe("a movant's own sentence on a change in the law (session 18)", () => {
  it("'If I were sentenced today I would not be a career offender …' in a compassionate-release motion is the change-in-law ground, judged under § 1B1.13(b)(6)", () => {
    const text = "---\ncircuit: 4\ndocument: compassionate-release-motion\ndate: 2025-01-15\n---\n# Motion for Compassionate Release\n\nIf I were sentenced today I would not be a career offender, and my sentence would be ten years shorter.\n";
    const f = analyzeBrief(text, { circuit: "4", edition: 2024, document: "compassionate-release-motion", briefDate: "2025-01-15" });
    assert.deepEqual(f.map((x) => x.rule), ["compassionate-release-mandatory-minimum"]);
    assert.ok(f[0].message.startsWith("A nonretroactive change in the law counts only under USSG § 1B1.13(b)(6)"), f[0].message);
    // the same sentence in a sentencing memorandum is no compassionate-release point
    assert.deepEqual(analyzeBrief(text.replace("compassionate-release-motion", "sentencing-memorandum").replace("# Motion for Compassionate Release", "# Sentencing Memorandum"), { circuit: "4", edition: 2024, document: "sentencing-memorandum", briefDate: "2025-01-15" }).map((x) => x.rule), []);
  });
});

describe("brief context taken over from the last version (issue 9)", () => {
  it("1,500 seeded edits of headings, titles, captions and front matter: with the last version's context, every paragraph's context is the fresh one's", () => {
    const LINES = [
      "# Defendant's Sentencing Memorandum", "# Motion for Compassionate Release", "# Government's Response in Opposition", "## Extraordinary and Compelling Reasons",
      "## The Section 3553(a) Factors", "### Family circumstances", "**II. Extraordinary and Compelling Reasons**", "ARGUMENT", "DEFENDANT'S MOTION TO REDUCE SENTENCE",
      "MEMORANDUM OPINION AND ORDER", "He cared for his mother until her death.",
      // captions of two lines (no heading: not set off alone), which differ only in the title's words
      "UNITED STATES COURT OF APPEALS\nOPENING BRIEF FOR APPELLANT", "UNITED STATES COURT OF APPEALS\nOPENING BRIEF OF THE PARTIES", "Mr. Ortiz asks for a sentence below the range.", "# Resentencing Memorandum", "## Rule 35",
    ];
    const FRONTS = ["", "", "---\ndocument: sentencing-memorandum\n---\n", "---\ndocument: compassionate-release-motion\n---\n", "---\ncircuit: 9\n---\n"];
    let seed = 7;
    const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    let checked = 0;
    let takenOver = 0;
    for (let chain = 0; chain < 30; chain++) {
      let lines = Array.from({ length: 6 + rnd(8) }, () => LINES[rnd(LINES.length)]);
      let front = FRONTS[rnd(FRONTS.length)];
      let last: ReturnType<typeof briefContext> | undefined;
      for (let step = 0; step < 50; step++) {
        // an edit: a line replaced, inserted or removed, a heading's level or text changed by a character, the front matter changed
        const r = rnd(6);
        const i = rnd(lines.length);
        if (r === 0) lines[i] = LINES[rnd(LINES.length)];
        else if (r === 1) lines.splice(i, 0, LINES[rnd(LINES.length)]);
        else if (r === 2 && lines.length > 2) lines.splice(i, 1);
        else if (r === 3) lines[i] = lines[i].startsWith("#") ? "#" + lines[i] : lines[i] + "s";
        else if (r === 4) front = FRONTS[rnd(FRONTS.length)];
        const text = front + lines.join("\n\n") + "\n";
        const map = proseOf(text);
        const fm = /document: ([a-z-]+)/.exec(front);
        const doc = fm ? { document: fm[1] as "sentencing-memorandum" } : {};
        const fresh = briefContext(map.prose, doc);
        const kept = briefContext(map.prose, doc, last);
        if (last && sameAsLast(last, kept)) takenOver++;
        for (let at = 0; at <= text.length; at = text.indexOf("\n\n", at) === -1 ? text.length + 1 : text.indexOf("\n\n", at) + 2) {
          assert.deepEqual(kept.at(at), fresh.at(at), `chain ${chain}, step ${step}, offset ${at}`);
          assert.deepEqual({ ...kept.shared(at), headings: [...kept.shared(at).headings] }, fresh.at(at));
          checked++;
        }
        assert.deepEqual([kept.document, kept.documentFrom, kept.title, kept.headings], [fresh.document, fresh.documentFrom, fresh.title, fresh.headings]);
        last = kept;
      }
    }
    assert.ok(checked > 5000, `${checked} offsets checked`);
    assert.ok(takenOver > 100, `${takenOver} contexts took the last one's readings over`);
  });
});

/** Whether `now` took `last`'s readings over (the same object for the first paragraph's run of headings, once read). */
function sameAsLast(last: ReturnType<typeof briefContext>, now: ReturnType<typeof briefContext>): boolean {
  return last.shared(0) === now.shared(0);
}

describe("brief context: the learned stage's veto in a filing", () => {
  // the model, trained on bare passages, doubts this paragraph (probability ~0.45, under its veto of 0.6); in a filing that
  // says who wrote it the context settles the speaker, and the model vetoes only below 0.3
  const para = 'Because the revocation term is what moved the conviction into the "two years or more" tier, Mr. Castañeda\'s range is driven not by what he did in 2011 but by his failure to follow probation rules in 2013. Without the revocation he would receive a four-level increase under (b)(2)(D). We ask the Court to vary downward to the range he would face if the original sentence were counted.';
  it("a bare passage: vetoed; the same paragraph in a sentencing memorandum: kept, and the trace says the model leans against it", () => {
    assert.deepEqual(analyzeBrief(para, { circuit: "5", edition: 2016 }).map((f) => f.rule), []);
    const f = analyzeBrief(`---\ndocument: sentencing-memorandum\n---\n\n# Sentencing Memorandum\n\n${para}\n`, { circuit: "5", edition: 2016 });
    assert.deepEqual(f.map((x) => x.rule), ["revocation-sentence"]);
    const m = f[0].trace!.model!;
    assert.ok(m.probability >= 0.3 && m.probability < MODEL.veto, String(m.probability));
  });
});

describe("brief context: what a heading lends a paragraph", () => {
  const cr = (heading: string) =>
    `---\ndocument: compassionate-release-motion\ncircuit: 3\nsentencing-date: 2022-03-01\n---\n\n# Motion for Compassionate Release\n\n## ${heading}\n\nMr. Osorio will be removed to Honduras on release. He has a job offer from an HVAC contractor in San Pedro Sula.\n`;
  it("a section heading's relief ('support a reduction') over a release plan: no deportable-alien argument, the model's doubt stands", () => {
    const f = analyzeBrief(cr("II. The § 3553(a) factors support a reduction to time served."), { circuit: "3", edition: 2021 });
    assert.deepEqual(f.map((x) => x.rule), []);
  });
  it("a heading that names the ground itself still lends it", () => {
    const f = analyzeBrief(cr("II. His Status as a Deportable Alien Makes His Sentence Harsher"), { circuit: "3", edition: 2021 });
    assert.deepEqual(f.map((x) => x.rule), ["deportable-alien-status"]);
    assert.ok(f[0].trace!.topic.includes("Harsher (the heading)"), JSON.stringify(f[0].trace!.topic));
  });
  it("a filing's own title lends its relief: a § 3582(c)(2) motion's paragraph on the statutory minimum", () => {
    const text = "IN THE UNITED STATES DISTRICT COURT\nFOR THE NORTHERN DISTRICT OF IOWA\n\nPRO SE MOTION FOR SENTENCE REDUCTION PURSUANT TO 18 U.S.C. § 3582(c)(2) AND AMENDMENT 782\n\n1. Defendant pleaded guilty to conspiracy to distribute 50 grams or more of methamphetamine. His guideline range was 108 to 135 months, but because of the 10-year minimum in 21 U.S.C. § 841(b)(1)(A) the court sentenced him to 120 months.\n";
    assert.deepEqual(analyzeBrief(text, { circuit: "8", edition: 2014 }).map((x) => x.rule), ["compassionate-release-mandatory-minimum"]);
  });
});

describe("brief context: a letter to the judge", () => {
  it("a salutation to a judge makes the letter's writer its speaker: the defence, or the government where the letter says it is its own", () => {
    assert.equal(letterWriter("Dear Judge Hoekstra,\n\nI am Tomás Villagrán-Mendoza, case 1:19-cr-00088.\n"), "defense");
    assert.equal(letterWriter("June 30, 1997\n\n**To the Honorable Maria Ruiz**\n\nI write on behalf of my son.\n"), "defense");
    assert.equal(letterWriter("Re: United States v. Diaz, 21 Cr. 44\n\nDear Judge Rakoff:\n\nThe Government respectfully submits this letter in advance of sentencing.\n"), "government");
    assert.equal(letterWriter("Your Honor,\n\nMy father is a good man.\n"), "defense");
    // no salutation, or one too far down to open the brief
    assert.equal(letterWriter("# Sentencing Memorandum\n\nDear reader, the judge will decide.\n"), undefined);
    assert.equal(letterWriter(`${"Background text. ".repeat(80)}\n\nDear Judge Ruiz,\n`), undefined);
    const c = briefContext("Dear Judge Hoekstra,\n\nI ask you with respect to take off some of the time.\n", {});
    assert.equal(c.letter, "defense");
    assert.equal(c.at(22).author, "defense");
    assert.match(c.at(22).describe, /a letter to the judge/);
    // a letter that nowhere names compassionate release is no compassionate-release filing (a sentencing letter's family ties)
    assert.equal(c.at(22).notCompassionate, true);
    const cr = briefContext("Dear Judge Hoekstra,\n\nI ask for compassionate release to care for my mother.\n", {});
    assert.equal(cr.at(22).notCompassionate, false);
    // a filing that names its kind is read as that filing, whatever its opening words
    const memo = briefContext("Dear Judge Hoekstra,\n\n# Government's Response to Defendant's Motion\n\nText.\n", {});
    assert.equal(memo.letter, undefined);
  });
});

describe("brief context: what a filing is, read from more of it (probe pk)", () => {
  it("the title's own party owns the filing, not the party whose filing it answers", () => {
    assert.equal(documentFromTitle("Defendant's Reply to the Government's Sentencing Memorandum"), "sentencing-memorandum");
    assert.equal(documentFromTitle("GOVERNMENT'S RESENTENCING MEMORANDUM"), "government-response");
    assert.equal(documentFromTitle("The Government's Opposition to Defendant's Motion to Reduce Sentence"), "government-response");
    assert.equal(documentFromTitle("Defendant's Response to the Government's Opposition to His Motion for Compassionate Release"), "compassionate-release-motion");
    assert.equal(documentFromTitle("Defendant's Sentencing Submission"), "sentencing-memorandum");
    assert.equal(documentFromTitle("DEFENDANT’S SENTENCING STATEMENT"), "sentencing-memorandum");
    assert.equal(documentFromTitle("Statement of Facts"), undefined);
    assert.equal(documentFromTitle("BRIEF AND SHORT APPENDIX OF DEFENDANT-APPELLANT"), "appellate-brief");
    // a First Step Act § 404 motion is no compassionate-release motion
    assert.equal(documentFromTitle("MOTION FOR SENTENCE REDUCTION UNDER SECTION 404 OF THE FIRST STEP ACT"), "sentence-reduction-motion");
    assert.equal(documentFromTitle("Motion for Sentence Reduction Under the First Step Act"), "compassionate-release-motion");
    assert.equal(documentFromTitle("Brief of Plaintiff-Appellee United States"), "government-response");
    // the probation officer's report is no party's filing; objections to it are the defence's
    assert.equal(documentFromTitle("Addendum to the Presentence Report"), "other");
    assert.equal(documentFromTitle("Presentence Investigation Report Objections"), "psr-objections");
  });
  it("front matter that says only sentencing-memorandum is refined by a title that says whose or when", () => {
    const re = briefContext("# Defendant's Memorandum for Resentencing\n\nText.\n", { document: "sentencing-memorandum" });
    assert.equal(re.document, "resentencing-memorandum");
    assert.equal(re.documentFrom, "title");
    assert.equal(re.at(40).reliefAfterSentence, true);
    const gov = briefContext("# Government's Sentencing Memorandum\n\nText.\n", { document: "sentencing-memorandum" });
    assert.equal(gov.document, "government-response");
    assert.equal(gov.at(40).author, "government");
    // other front matter stands
    assert.equal(briefContext("# Defendant's Memorandum for Resentencing\n\nText.\n", { document: "rule-35-motion" }).document, "rule-35-motion");
    assert.equal(briefContext("# Sentencing Memorandum\n\nText.\n", { document: "sentencing-memorandum" }).documentFrom, "front matter");
  });
  it("a pasted filing's plain first line is its title where it names a filing and ends in no punctuation", () => {
    assert.deepEqual(plainTitle("Emergency Motion for Compassionate Release Under the First Step Act\n\nTo the Honorable Judge:\n"), { text: "Emergency Motion for Compassionate Release Under the First Step Act", document: "compassionate-release-motion" });
    assert.equal(plainTitle("I am writing this motion for compassionate release myself.\n"), undefined);
    assert.equal(plainTitle("To the Honorable Judge Castañeda\n\nYour Honor, I write.\n"), undefined);
    const c = briefContext("Emergency Motion for Compassionate Release Under the First Step Act\n\nI ask for release.\n", {});
    assert.equal(c.document, "compassionate-release-motion");
    assert.equal(c.documentFrom, "caption");
  });
  it("a motion whose title names § 3582(c)(2) or a retroactive amendment is a motion after sentence for the conduct since (USSG § 1B1.10, n.1(B)(iii)), not one that speaks of extraordinary and compelling reasons", () => {
    const c2 = "# Motion for Sentence Reduction Under 18 U.S.C. § 3582(c)(2) and Amendment 782\n\nText.\n";
    assert.equal(briefContext(c2, {}).at(c2.indexOf("Text.")).reliefAfterSentence, true);
    const cr = "# Motion for Sentence Reduction Under 18 U.S.C. § 3582(c)(2) and Amendment 782\n\nExtraordinary and compelling reasons exist.\n";
    assert.notEqual(briefContext(cr, {}).at(cr.indexOf("Extraordinary")).reliefAfterSentence, true);
    const plain = "# Motion to Reduce Sentence\n\nText.\n";
    assert.notEqual(briefContext(plain, {}).at(plain.indexOf("Text.")).reliefAfterSentence, true);
  });
  it("a letter written for a resentencing says so before its salutation", () => {
    const text = "Letter to Judge Merriweather before my resentencing\n\nDear Judge Merriweather,\n\nSince the first time you saw me I got my GED.\n";
    assert.equal(resentencingLetter(text), true);
    assert.equal(resentencingLetter("Dear Judge Merriweather,\n\nMy resentencing is next month.\n"), false);
    assert.equal(briefContext(text, {}).at(text.indexOf("Since")).reliefAfterSentence, true);
  });
});

describe("brief context: the government's filing at the sentencing itself", () => {
  it("a government response titled as a sentencing memorandum is no compassionate-release motion and comes before any sentence", () => {
    const body = "---\ndocument: government-response\n---\n\n**GOVERNMENT'S SENTENCING MEMORANDUM AND RESPONSE TO DEFENDANT'S MOTION FOR A DOWNWARD VARIANCE**\n\nDefendant's sister lives with their mother and is her primary caregiver. PSR ¶ 49. His presence is not needed for her care.\n";
    const c = briefContext(proseOf(body).prose, { document: "government-response" });
    const at = c.at(body.indexOf("Defendant's sister"));
    assert.deepEqual([at.author, at.notCompassionate, at.originalSentencing], ["government", true, true]);
    assert.deepEqual(analyzeBrief(body, { circuit: "11", edition: 2016 }).map((f) => f.rule), []);
    // a response to a "Motion for Downward Departure" alone may answer a prisoner's motion after judgment: not at the
    // sentencing (though, naming no compassionate release anywhere, no compassionate-release response either)
    const after = body.replace("GOVERNMENT'S SENTENCING MEMORANDUM AND RESPONSE TO DEFENDANT'S MOTION FOR A DOWNWARD VARIANCE", "GOVERNMENT'S RESPONSE TO DEFENDANT'S MOTION FOR DOWNWARD DEPARTURE");
    const a2 = briefContext(proseOf(after).prose, { document: "government-response" }).at(after.indexOf("Defendant's sister"));
    assert.deepEqual([a2.notCompassionate, a2.originalSentencing], [true, false]);
    const a3 = briefContext(proseOf(after + "\nHe may not seek compassionate release here.\n").prose, { document: "government-response" }).at(after.indexOf("Defendant's sister"));
    assert.deepEqual([a3.notCompassionate, a3.originalSentencing], [false, false]);
  });
});

describe("brief context: an appeal or a response that never names compassionate release", () => {
  it("is no compassionate-release filing: a family ground recounted in an appellant's brief on a reentry sentence is not proposed", () => {
    const brief = "UNITED STATES COURT OF APPEALS FOR THE FIRST CIRCUIT\n\nBRIEF FOR THE APPELLANT\n\nSTATEMENT OF THE CASE\n\nHis wife, Yesenia, was hospitalized after an overdose that her psychiatrist described as a suicide attempt. Her mother lives in Santo Domingo; she has no family in Massachusetts, and no one else could care for their two small children.\n";
    const c = briefContext(proseOf(brief).prose, {});
    assert.equal(c.document, "appellate-brief");
    assert.equal(c.at(brief.indexOf("His wife")).notCompassionate, true);
    assert.ok(!analyzeBrief(brief, { circuit: "1", edition: 2018 }).some((f) => f.rule === "compassionate-release-family"));
    // the same appeal from the denial of a compassionate-release motion names it
    const cr = brief.replace("STATEMENT OF THE CASE", "STATEMENT OF THE CASE\n\nThe district court denied his motion for compassionate release.");
    assert.equal(briefContext(proseOf(cr).prose, {}).at(cr.indexOf("His wife")).notCompassionate, false);
  });
});

describe("brief context: a hearing's transcript", () => {
  const t = "**RESENTENCING — United States v. Whitlow, Cr. No. 3:05-1107 (D.S.C.), May 16, 2013 (excerpt)**\n\nTHE COURT: The range is now 92 to 115. Mr. Alston?\n\nMR. ALSTON: Judge, what's different today is the last seven years. Today the record has one incident report, in 2007, a GED, the drug program and three years tutoring in the education department. We'd ask for 84 months.\n\nMR. PRUITT: The government would ask for 92, Judge.\n";
  it("is read from its speakers' turns, a resentencing where its title says so; counsel's turn is that counsel's", () => {
    assert.equal(transcriptHearing(t), "resentencing");
    // (a sentencing hearing's title: the original sentencing, since session 32)
    assert.equal(transcriptHearing(t.replace("RESENTENCING", "SENTENCING")), "sentencing");
    assert.equal(transcriptHearing("# Sentencing Memorandum\n\nMR. ALSTON: one turn only.\n"), undefined);
    assert.equal(counselOfTurn("MR. ALSTON: Judge, what's different today …"), "defense");
    assert.equal(counselOfTurn("MR. PRUITT: The government would ask for 92, Judge."), "government");
    assert.equal(counselOfTurn("THE COURT: That's below the range."), undefined);
    const c = briefContext(proseOf(t).prose, {});
    assert.equal(c.at(t.indexOf("MR. ALSTON")).reliefAfterSentence, true);
  });
  it("defence counsel's argument at a resentencing is judged as one (Pepper), not as a bid to reopen a final sentence", () => {
    const f = analyzeBrief(t, { circuit: "4", edition: 2012 });
    assert.deepEqual(f.map((x) => x.rule), ["post-sentencing-rehabilitation"]);
    assert.match(f[0].message, /Pepper/);
    assert.match(f[0].trace!.context, /defence counsel speaks/);
  });
});

describe("brief context: a paragraph's run-in heading", () => {
  it("is read from its bold opening words, and rules a ground out as a heading does without lending its topic", () => {
    assert.equal(runInHeading("**3553(a).** I have served 52 months."), "3553(a)");
    assert.equal(runInHeading("**Release plan:** He will live with his sister."), "Release plan");
    assert.equal(runInHeading("**UNITED STATES v. DIAZ** Case No. 1"), undefined);
    assert.equal(runInHeading("He has **no** record."), undefined);
    // (the record under its own run-in heading, in a motion that argues nothing else: beside another ground it would be
    // dropped anyway, withoutRehabilitationBesideAnotherGround)
    const motion = (label: string) => `---\ndocument: compassionate-release-motion\n---\n\n# Motion for Compassionate Release\n\n**Extraordinary and compelling reasons.** My kidneys have failed and I need dialysis three times a week.\n\n**${label}** I have served 52 months. I have no violence in my record and I took every class I could.\n`;
    const under = analyzeBrief(motion("3553(a)."), { circuit: "5", edition: 2021 });
    assert.ok(!under.some((f) => f.rule === "compassionate-release-rehabilitation"), JSON.stringify(under.map((f) => f.rule)));
    const rehab = analyzeBrief(motion("Rehabilitation."), { circuit: "5", edition: 2021 });
    assert.ok(rehab.some((f) => f.rule === "compassionate-release-rehabilitation"), JSON.stringify(rehab.map((f) => f.rule)));
  });
});

describe("brief context: rehabilitation beside another ground of a compassionate-release motion (probe po)", () => {
  const motion = (body: string, front = "---\ncircuit: 7\ndate: 2024-03-01\ndocument: compassionate-release-motion\n---\n") =>
    `${front}# Motion for Compassionate Release\n\n${body}`;
  const family = "On June 30, 2023 my mother, who was raising my three children, died. There is no one else to care for them, and their only available caregiver is me. I ask the Court to reduce my sentence to time served so I can care for them.\n\n";
  const record = "While in prison I finished my GED and the 40-hour drug class, and I have had no incident reports. I ask the Court to consider my rehabilitation as an extraordinary and compelling reason to reduce my sentence.\n";
  it("drops the rehabilitation finding where the motion argues another extraordinary and compelling reason, and keeps it where rehabilitation stands alone", () => {
    const both = rules(motion(family + record), "7");
    assert.ok(both.some((r) => r.startsWith("compassionate-release-family@")), both.join(", "));
    assert.ok(!both.some((r) => r.startsWith("compassionate-release-rehabilitation@")), both.join(", "));
    const alone = rules(motion(record), "7");
    assert.deepEqual(alone, ["compassionate-release-rehabilitation@8"]);
  });
  it("reads the other ground at the law's level: the user's setting for the family rule, or a suppression over its finding, does not bring back 'rehabilitation alone'", () => {
    const text = motion(family + record);
    const settings = { circuit: "7", edition: 2023 };
    const shown = (f: Finding[]) => f.map((x) => `${x.rule}:${x.severity}`);
    // the family rule turned off, or raised to a warning: its finding is as the user set it, and the record is still beside it
    assert.deepEqual(shown(analyzeBrief(text, { ...settings, rules: { "compassionate-release-family": "off" } })), []);
    assert.deepEqual(shown(analyzeBrief(text, { ...settings, rules: { "compassionate-release-family": "warning" } })), ["compassionate-release-family:warning"]);
    // a suppression comment over the family paragraph hides that finding only
    const suppressed = motion("<!-- heartland-disable-next-line compassionate-release-family -->\n" + family + record);
    assert.deepEqual(shown(analyzeBrief(suppressed, settings)), []);
    // (before: each of the three showed the rehabilitation finding, read from what was left after the settings)
    assert.deepEqual(shown(analyzeBrief(motion(record), { ...settings, rules: { "compassionate-release-family": "off" } })).map((r) => r.split(":")[0]), ["compassionate-release-rehabilitation"]);
  });
  it("holds the rehabilitation finding back in the editor's first part (whether another ground follows is unsettled), and never reads a file of passages as one motion", () => {
    const text = motion(record + "\n" + family);
    const a = new BriefAnalyzer(100);
    const part = a.analyze(text, { circuit: "7", edition: 2023 }, undefined, { from: 0, until: text.indexOf("On June 30") });
    assert.deepEqual(part.map((f) => f.rule), []);
    // the same paragraphs with no title or front matter (score-detector's layout): each is read for itself
    const passages = rules(family + "\n" + record, "7");
    assert.ok(passages.some((r) => r.startsWith("compassionate-release-rehabilitation@")), passages.join(", "));
  });
});

describe("brief context: a revocation ground told across a section (probe pn)", () => {
  it("a sentence that concedes the rule and says the Court is not bound by it argues; the heading names the enhancement", () => {
    const brief = "# Defendant's Sentencing Memorandum\n\n## II. The Enhancement Rests on a Violation of Probation\n\n" +
      "The Commission has said the later term counts regardless of when the revocation occurred. We accept the arithmetic. The Court, however, is not bound to let a violation of probation, rather than the theft itself, set the length of a federal sentence.\n";
    assert.ok(rules(brief, "11").includes("revocation-sentence@5"), rules(brief, "11").join(", "));
  });
  it("a request that points back ('that difference') takes the revocation from the facts before it; the post-2016 enhancement levels name the enhancement", () => {
    const brief = "---\ndocument: sentencing-memorandum\ncircuit: 9\nsentencing-date: 2009-10-26\n---\n\n# Defendant's Sentencing Memorandum\n\n## The probation term\n\n" +
      "In 2001 a county judge sentenced him to 30 days in jail and 36 months of probation. Fourteen months later the same court revoked probation and imposed 18 months. Without the second order, the enhancement would be 12 levels.\n\n" +
      "We ask the Court to recognize that the four-level difference measures how he did on supervision, and that nothing in § 3553(a) requires it to carry that difference into this sentence.\n";
    assert.ok(rules(brief, "9", 2008).includes("revocation-sentence@13"), rules(brief, "9", 2008).join(", "));
  });
});

describe("brief context: what a party says it does not argue (probe po)", () => {
  it("a disclaimer naming the ground is no argument, nor a place for the learned stage to propose one", () => {
    const brief = "---\ndocument: sentencing-memorandum\ncircuit: 2\nsentencing-date: 2008-05-01\n---\n\n# Defendant's Sentencing Memorandum\n\n## Summary\n\n" +
      "To be clear about what he is not arguing: he does not dispute the 16-level enhancement and does not contend that his 2001 conviction for sale of narcotics was minor. His request rests on a single ground.\n";
    assert.deepEqual(rules(brief, "2", 2007), []);
  });
  it("the government's concession is no disclaimer of the movant's ground", () => {
    const brief = "---\ndocument: compassionate-release-motion\ncircuit: 8\ndate: 2024-02-01\n---\n\n# Motion for Compassionate Release\n\n" +
      "The government does not dispute that Mr. Reyes's mother is incapacitated. He is her only available caregiver, and he asks the Court to reduce his sentence so that he can care for her.\n";
    assert.ok(rules(brief, "8", 2023).some((r) => r.startsWith("compassionate-release-family@")), rules(brief, "8", 2023).join(", "));
  });
});

describe("brief context: pointing back to a term, a reason, an enhancement (probe pn)", () => {
  it("'that term' takes the revocation from the paragraph before", () => {
    const brief = "---\ndocument: sentencing-memorandum\ncircuit: 5\nsentencing-date: 2011-04-19\n---\n\n# Sentencing Memorandum\n\n## The prior\n\n" +
      "The 16 levels rest on a 2004 conviction for possession of marijuana with intent to deliver. Original sentence: 120 days and community supervision. It became two years only in 2006, when the state court revoked community supervision for failure to report.\n\n" +
      "The Fifth Circuit says that term counts toward the sentence imposed. We accept that for the calculation. It should not count for the sentence.\n";
    const got = rules(brief, "5", 2010);
    assert.ok(got.some((r) => r.startsWith("revocation-sentence@")), got.join(", "));
  });
});

describe("brief context: a ground's weight asserted in a defence filing (probe pp)", () => {
  it("'says nothing about how serious the drug sale was' weighs the revocation the sentence names", () => {
    const brief = "IN THE UNITED STATES DISTRICT COURT\nFOR THE EASTERN DISTRICT OF NORTH CAROLINA\n\nDEFENDANT'S SENTENCING MEMORANDUM\n\n" +
      "Mr. Dominguez asks for a sentence below the advisory range of 46 to 57 months.\n\n" +
      "The sixteen levels in the PSR rest on a 2001 conviction for distribution of crack cocaine. In 2003 his probation was revoked for failing to report, and two years were activated. Only that revocation carries the sentence past thirteen months. A sanction for missed appointments says nothing about how serious the drug sale was.\n";
    const got = rules(brief, "4", 2007);
    assert.ok(got.some((r) => r.startsWith("revocation-sentence@")), got.join(", "));
  });
});

describe("review of session 30: what the day's changes must not do", () => {
  it("keeps 'rehabilitation alone' where the motion's only other ground is itself foreclosed (innocence in the Fifth Circuit)", () => {
    const brief = "---\ncircuit: 5\ndate: 2024-03-01\ndocument: compassionate-release-motion\n---\n# Motion for Compassionate Release\n\n" +
      "I am innocent. The witness lied at my trial, and that is an extraordinary and compelling reason to reduce my sentence.\n\n" +
      "While in prison I finished my GED and the 40-hour drug class, and I have had no incident reports. I ask the Court to consider my rehabilitation as an extraordinary and compelling reason to reduce my sentence.\n";
    const got = rules(brief, "5", 2023);
    assert.ok(got.some((r) => r.startsWith("compassionate-release-innocence@")), got.join(", "));
    assert.ok(got.includes("compassionate-release-rehabilitation@10"), got.join(", "));
  });
  it("a disclaimer followed by 'but' and an argument keeps the argument (and its warning)", () => {
    const brief = "---\ncircuit: 9\nsentencing-date: 2019-03-01\ndocument: sentencing-memorandum\n---\n# Defendant's Sentencing Memorandum\n\n" +
      "Mr. Salas does not dispute that his prior revocation sentence counts, but the Court should not let a violation of probation, rather than the offense itself, drive a 16-level enhancement; the revocation term should not be counted.\n";
    assert.deepEqual(rules(brief, "9", 2018), ["revocation-sentence@8"]);
  });
  it("'that enhancement' points back to no revocation in the facts before it", () => {
    const brief = "---\ncircuit: 9\nsentencing-date: 2019-03-01\ndocument: sentencing-memorandum\n---\n# Defendant's Sentencing Memorandum\n\n## The prior conviction\n\n" +
      "In 2004 Mr. Salas was convicted of second-degree burglary in Fresno County and placed on three years of probation. In 2005 the court revoked probation after he missed two appointments and sentenced him to two years in state prison.\n\n" +
      "That enhancement overstates the seriousness of a burglary of an empty garage committed when he was nineteen, and the Court should vary downward.\n";
    assert.ok(!rules(brief, "9", 2018).some((r) => r.startsWith("revocation-sentence@")), rules(brief, "9", 2018).join(", "));
  });
});

describe("brief context: what a filing says it does not argue, and a range's computation (probe pq)", () => {
  const memo = (body: string) => "---\ndocument: sentencing-memorandum\ncircuit: 11\nsentencing-date: 2019-08-20\n---\n\n# Defendant's Sentencing Memorandum\n\n" + body;
  it("a disclaimer in the party's own words ('does not move for a departure … does not contend that …'), a name past ASCII as its subject", () => {
    const body = "## II. What Mr. Montaño Does Not Ask\n\nMr. Montaño does not move for a departure under Application Note 5 to § 2L1.2, and he does not contend that the six-level increase overstates the seriousness of the 2006 theft. He took the property, he served the sentence, and the guideline treats it as written.\n";
    assert.deepEqual(rules(memo(body), "11", 2018), []);
    // the same words as an argument
    const argued = "## II. The Prior\n\nMr. Montaño contends that the six-level increase overstates the seriousness of the 2006 theft, and he asks the Court to depart under Application Note 5.\n";
    assert.ok(rules(memo(argued), "11", 2018).some((r) => r.startsWith("prior-conviction-seriousness@")), rules(memo(argued), "11", 2018).join(", "));
  });
  it("a concession that argues before its 'but' keeps the argument ('… his family situation, but he did not claim any medical condition')", () => {
    const passage = "Wright's motion for compassionate release rests on his family situation: his mother is incapacitated and he is her only available caregiver, but he did not claim any individual medical condition.";
    assert.ok(rules(passage, "7").some((r) => r.startsWith("compassionate-release-family@")), rules(passage, "7").join(", "));
  });
  it("under a heading that computes the range, 'because' explains a step and argues nothing; an objection there still argues", () => {
    const step = "In 1997 Mr. Corona was convicted of delivery of cocaine and sentenced to 60 days; in 1998, before his first deportation, the court revoked community custody and imposed an additional 14 months. Because the revocation occurred before he was deported, the sentence imposed includes the revocation term, § 2L1.2, comment. (n.1(B)(vii)), and exceeds 13 months.\n";
    const at = (heading: string) => rules("---\ndocument: sentencing-memorandum\ncircuit: 9\nsentencing-date: 2015-06-01\n---\n\n# Defendant's Sentencing Memorandum\n\n" + heading + "\n\n" + step, "9", 2014);
    assert.deepEqual(at("## I. Guideline Calculation"), []);
    assert.ok(at("## I. The Prior Conviction").some((r) => r.startsWith("revocation-sentence@")), at("## I. The Prior Conviction").join(", "));
    const objection = "The PSR erred in counting the revocation term: it was imposed after he was deported, and it should not count toward the sentence imposed.\n";
    const objected = rules("---\ndocument: sentencing-memorandum\ncircuit: 9\nsentencing-date: 2015-06-01\n---\n\n# Defendant's Sentencing Memorandum\n\n## I. Guideline Calculation\n\n" + objection, "9", 2014);
    assert.ok(objected.some((r) => r.startsWith("revocation-sentence@")), objected.join(", "));
  });
  it("a compassionate-release motion's prison record set out for danger only, disclaimed as a ground, is no rehabilitation argument — nor its heading", () => {
    const motion = (record: string) => "---\ndocument: compassionate-release-motion\ncircuit: 6\ndate: 2024-04-01\n---\n\n# Motion for Compassionate Release\n\n## I. Extraordinary and Compelling Reasons\n\nMr. Pruitt has metastatic lung cancer, a terminal illness. USSG § 1B1.13(b)(1)(A).\n\n## III. His Prison Record\n\n" + record;
    const disclaimed = "The BOP records show that Mr. Pruitt has completed a number of courses and has had no disciplinary reports during his sentence. Counsel includes that information because the Court must consider whether he poses any danger. To be clear: Mr. Pruitt does not ask the Court to treat his conduct in prison as a reason for release, and he does not contend that his rehabilitation is an extraordinary and compelling reason under 28 U.S.C. § 994(t). The sole extraordinary and compelling reason on which this motion rests is his terminal cancer.\n";
    assert.deepEqual(rules(motion(disclaimed), "6").filter((r) => r.startsWith("compassionate-release-rehabilitation")), []);
    // the record offered as a ground
    const offered = "The BOP records show that Mr. Pruitt has completed a number of courses and has had no disciplinary reports during his sentence. His rehabilitation is an extraordinary and compelling reason for release.\n";
    assert.ok(rules(motion(offered), "6").some((r) => r.startsWith("compassionate-release-rehabilitation@")), rules(motion(offered), "6").join(", "));
    // a concession the next sentence turns from
    const turned = "Mr. Pruitt does not contend that his rehabilitation alone is an extraordinary and compelling reason. But his record of courses and his clean disciplinary history over eleven years should weigh in favor of release.\n";
    assert.ok(rules(motion(turned), "6").some((r) => r.startsWith("compassionate-release-rehabilitation@")), rules(motion(turned), "6").join(", "));
  });
});

describe("brief context: a First Step Act § 404 motion by its title (probe pq)", () => {
  const caption = "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF MICHIGAN\n\nUNITED STATES OF AMERICA,\nPlaintiff,\nv.\nANTOINE BIRCH,\nDefendant.\n\nCase No. 06-cr-20489\n\nDEFENDANT'S RENEWED MOTION FOR A REDUCED SENTENCE UNDER SECTION 404 OF THE FIRST STEP ACT\n\n";
  it("reads the title as a sentence-reduction motion", () => {
    assert.equal(documentFromTitle("DEFENDANT'S RENEWED MOTION FOR A REDUCED SENTENCE UNDER SECTION 404 OF THE FIRST STEP ACT"), "sentence-reduction-motion");
    assert.equal(documentFromTitle("Motion for Reduced Sentence Under Section 404 of the First Step Act"), "sentence-reduction-motion");
  });
  it("its rehabilitation is post-sentencing rehabilitation (Concepcion), not compassionate release: 'reduce his sentence to time served' is the motion's own relief", () => {
    const para = "This is the kind of post-sentencing rehabilitation that shows he is not the 22-year-old who was sentenced in 2007. The Court should weigh it, together with the reduced statutory and guideline ranges. He therefore asks the Court to reduce his sentence to time served, followed by four years of supervised release.\n";
    const f = analyzeBrief(caption + para, { circuit: "6", edition: 2021 });
    assert.deepEqual(f.map((x) => x.rule), ["post-sentencing-rehabilitation"]);
    assert.match(f[0].message, /§ 404 proceeding/);
    // the same paragraph naming compassionate release is in that vehicle
    const cr = analyzeBrief(caption + para.replace("He therefore asks", "These are extraordinary and compelling reasons, and he therefore asks"), { circuit: "6", edition: 2021 });
    assert.ok(cr.some((x) => x.rule === "compassionate-release-rehabilitation"), JSON.stringify(cr.map((x) => x.rule)));
  });
  it("the Fair Sentencing Act's changed penalties are the motion's eligibility, not a plea below a minimum", () => {
    const para = "Section 404(c) bars relief where the sentence was previously imposed or reduced in accordance with the Fair Sentencing Act, or where a prior § 404 motion was denied on the merits. Neither is true here.\n";
    assert.deepEqual(analyzeBrief("# Motion for Reduced Sentence Under Section 404 of the First Step Act\n\n## II. None of the statutory limitations applies\n\n" + para, { circuit: "4", edition: 2018 }).map((x) => x.rule), []);
  });
});

describe("brief context: the District of Minnesota's position paper, and an objection's conclusion (probe pq)", () => {
  it("'Position With Respect to Sentencing (Factors)' and 'Position on Sentencing' title a sentencing memorandum", () => {
    assert.equal(documentFromTitle("DEFENDANT'S POSITION WITH RESPECT TO SENTENCING FACTORS"), "sentencing-memorandum");
    assert.equal(documentFromTitle("Defendant Tran Van Hieu's Position on Sentencing"), "sentencing-memorandum");
    // in a criminal case the plaintiff is the United States (review of session 31)
    assert.equal(documentFromTitle("Plaintiff's Position With Respect to Sentencing"), "government-response");
  });
  it("'that revocation does not count' argues the revocation ground in a defence filing", () => {
    const brief = "UNITED STATES DISTRICT COURT\nDISTRICT OF MINNESOTA\n\nCriminal No. 13-187 (JRT/LIB)\n\nDEFENDANT'S POSITION WITH RESPECT TO SENTENCING FACTORS\n\n**Objection No. 1 — Specific offense characteristic (PSR ¶ 14)**\n\n" +
      "Under the Guidelines Manual that applies here, that revocation does not count. Amendment 764 amended Application Note 1(B)(vii) so that the sentence imposed includes a term imposed upon revocation only if the revocation occurred before the defendant was deported. The revocation here occurred three and a half years after he was deported.\n";
    assert.ok(rules(brief, "8", 2013).some((r) => r.startsWith("revocation-sentence@")), rules(brief, "8", 2013).join(", "));
  });
});

describe("brief context: a caption's title refines front matter that says only 'sentencing-memorandum' (probe pq)", () => {
  it("'DEFENDANT'S RESENTENCING MEMORANDUM' under `document: sentencing-memorandum` is a resentencing: post-sentencing rehabilitation is judged under Pepper", () => {
    const brief = "---\ndocument: sentencing-memorandum\ncircuit: 8\nsentencing-date: 2012-09-14\n---\n\nIN THE UNITED STATES DISTRICT COURT\nFOR THE NORTHERN DISTRICT OF IOWA\n\nUNITED STATES OF AMERICA, Plaintiff,\nvs.\nTRAVIS LEE HOLCOMB, Defendant.\n\nNo. CR 09-0071-LRR\n\nDEFENDANT'S RESENTENCING MEMORANDUM\n\n" +
      "In light of his post-sentencing rehabilitation, a sentence of 60 months is sufficient but not greater than necessary to serve the purposes of sentencing.\n";
    const f = analyzeBrief(brief, { circuit: "8", edition: 2011 });
    assert.deepEqual(f.map((x) => x.rule), ["post-sentencing-rehabilitation"]);
    assert.match(f[0].message, /^Permitted at a resentencing after vacatur — Pepper v\. United States/);
    assert.match(f[0].trace!.context, /^resentencing memorandum \(from the caption\)/);
    // a caption that says only "sentencing memorandum" leaves the front matter's document as it was: no sentence to reduce yet
    assert.deepEqual(analyzeBrief(brief.replace("DEFENDANT'S RESENTENCING MEMORANDUM", "DEFENDANT'S SENTENCING MEMORANDUM"), { circuit: "8", edition: 2011 }).map((x) => x.rule), []);
  });
});

describe("brief context: a list's items that carry on one argument are shown once", () => {
  const motion = "# Renewed Motion for a Reduced Sentence Under Section 404 of the First Step Act\n\n## Argument\n\n" +
    "Mr. Birch has been incarcerated for more than sixteen years. In that time he has:\n\n" +
    "- completed 46 courses, including a two-year paralegal certificate program (Ex. A);\n" +
    "- worked as a GED tutor for eight years, helping more than 60 men earn their diplomas (Ex. B);\n" +
    "- remained free of any incident reports since 2011 (Ex. D).\n\n" +
    "This is the kind of post-sentencing rehabilitation that shows he is not the man who was sentenced in 2007. The Court should weigh it and reduce his sentence to time served.\n";
  it("one finding on the first item, none on the items that follow it, and the request's own", () => {
    const got = rules(motion, "6", 2021);
    // (the request's own note is the same note in the same section: said once, on the first item)
    assert.deepEqual(got, ["post-sentencing-rehabilitation@7"]);
    // a file of passages side by side (no title) is no one list: each item is read for itself
    const passages = "Mr. Birch has been incarcerated for more than sixteen years. In that time he has:\n\n" +
      "- he completed his rehabilitation since his original sentencing, and asks for a reduction;\n" +
      "- he completed his rehabilitation since his original sentencing, and asks the Court for a reduction of sentence.\n";
    assert.deepEqual(rules(passages, "6", 2021), ["post-sentencing-rehabilitation@3", "post-sentencing-rehabilitation@4"]);
    // …and in a filing the second of those is the first's argument continued
    assert.deepEqual(rules("# Motion for Reduction of Sentence\n\n" + passages, "6", 2021), ["post-sentencing-rehabilitation@5"]);
  });
  it("in the editor's first part, an item whose item before is unread is held back (a part's findings stay a subset of the whole run's)", () => {
    const a = new BriefAnalyzer(100);
    const from = motion.indexOf("- worked");
    const part = a.analyze(motion, { circuit: "6", edition: 2021 }, undefined, { from, until: motion.indexOf("This is the kind") });
    assert.deepEqual(part.map((f) => f.rule), []);
    const whole = a.analyze(motion, { circuit: "6", edition: 2021 });
    assert.equal(whole.filter((f) => f.rule === "post-sentencing-rehabilitation").length, 1);
  });
});

describe("brief context: a prison record set out and disclaimed as a ground; a minimum the request stays above (probe pr)", () => {
  const motion = (body: string) => "---\ndocument: compassionate-release-motion\ncircuit: 2\ndate: 2021-06-01\n---\n\n# Motion for Compassionate Release\n\n**B. His medical condition.** He has end-stage renal disease and is on dialysis three times a week.\n\n" + body;
  it("'We do not offer that record as a reason for release; this motion rests on his medical condition' disclaims the record the sentence before set out", () => {
    const record = "**C. Institutional record.** For completeness, and because the Court will consider the § 3553(a) factors, we note that he has had no disciplinary infractions and works as an orderly in the medical unit.";
    assert.deepEqual(rules(motion(`${record} We do not offer that record as a reason for release; this motion rests on his medical condition.\n`), "2").filter((r) => r.includes("rehabilitation")), []);
    assert.deepEqual(rules(motion(`${record} We include it because the Court must consider the § 3553(a) factors; it is not a ground for the motion.\n`), "2").filter((r) => r.includes("rehabilitation")), []);
    // offered, it is a rehabilitation ground (beside no other ground Heartland reads, the medical one not being a rule)
    assert.ok(rules(motion(`${record} That record of rehabilitation is itself an extraordinary and compelling reason for release.\n`), "2").some((r) => r.startsWith("compassionate-release-rehabilitation@")));
  });
  it("a clause after ';' that weighs still argues ('he does not dispute the enhancement; the conviction overstates …')", () => {
    const memo = "---\ndocument: sentencing-memorandum\ncircuit: 9\nsentencing-date: 2010-03-01\n---\n\n# Defendant's Sentencing Memorandum\n\n" +
      "Mr. Ruiz does not dispute that the 16-level enhancement applies; his 1999 conviction, a sale of $20 of marijuana, overstates the seriousness of his record, and the Court should depart downward.\n";
    assert.ok(rules(memo, "9", 2009).some((r) => r.startsWith("prior-conviction-seriousness@")), rules(memo, "9", 2009).join(", "));
  });
  it("a § 3582(c)(2) motion that says the minimum is below the amended range, or that the reduction cannot go below it, pleads for no sentence below a minimum", () => {
    const c2 = (p: string) => "# Motion to Reduce Sentence Pursuant to 18 U.S.C. § 3582(c)(2) and Amendment 821\n\n" + p + "\n";
    assert.deepEqual(rules(c2("4. The amended range is 70–87 months. The five-year statutory minimum is below the amended range and does not affect the calculation. The amended guideline minimum, 70 months, is the lowest sentence to which the Court may reduce."), "8", 2023), []);
    assert.deepEqual(rules(c2("1. Eligibility. His amended range is 108–135 months. Because the offense carries a ten-year statutory minimum, which a § 3582(c)(2) reduction cannot go below, the lowest sentence available is 120 months."), "11", 2014), []);
  });
});

describe("brief context: front matter 'sentence-reduction-motion' under a caption that names the motion (probe pr)", () => {
  it("the caption's § 3582(c)(2) title says which motion it is: conduct since sentencing is weighed within the amended range, not compassionate release", () => {
    const brief = "---\ndocument: sentence-reduction-motion\ncircuit: 11\nguidelines-manual: 2014\n---\n\nUNITED STATES DISTRICT COURT\nMIDDLE DISTRICT OF FLORIDA\n\nUNITED STATES OF AMERICA\nv. Case No. 8:10-cr-00417\n\nDEFENDANT'S MOTION FOR REDUCTION OF SENTENCE PURSUANT TO 18 U.S.C. § 3582(c)(2) AND AMENDMENT 782\n\n" +
      "Mr. Cardona's conduct since 2011 has been exemplary, and it is the reason the Court should grant the full reduction rather than the partial one the government proposes.\n";
    const f = analyzeBrief(brief, { circuit: "11", edition: 2014 });
    assert.deepEqual(f.map((x) => x.rule), ["post-sentencing-rehabilitation"]);
    assert.match(f[0].message, /^In a § 3582\(c\)\(2\) proceeding the defendant's conduct since sentencing bears/);
  });
});

describe("brief context: counsel's own disclaimer, and counsel faulted by a § 2255 movant (probe pr)", () => {
  it("'Counsel has considered both matters and … does not ask the Court to reduce his sentence on either basis' argues neither", () => {
    const memo = "---\ndocument: sentencing-memorandum\ncircuit: 11\nsentencing-date: 2015-05-01\n---\n\n# Defendant's Sentencing Memorandum\n\n## I. What this memorandum does not argue\n\n" +
      "Mr. Hernández is a deportable alien and will be removed at the end of his sentence. Counsel is aware that an immigration detainer will affect where and how he serves his sentence. Counsel has considered the matter and, in light of the Eleventh Circuit's precedent, does not ask the Court to reduce Mr. Hernández's sentence on that basis. We mention it only so that the Court understands why it is not argued below.\n";
    assert.deepEqual(rules(memo, "11", 2014), []);
  });
  it("trial counsel's failure to move is the movant's ground, no disclaimer", () => {
    const passage = "The Petitioner appealed, arguing that trial counsel rendered ineffective assistance because he did not move for a downward departure based on the Petitioner's status as a deportable alien and the harsher conditions of confinement that status brings.";
    assert.ok(rules(passage, "5").some((r) => r.startsWith("deportable-alien-status@")), rules(passage, "5").join(", "));
  });
});

describe("brief context: the learned stage's post-sentencing proposal in a compassionate-release appeal is that ground again (probe pr)", () => {
  it("an appeal from a denial of compassionate release: the conclusion's 'consider Mr. Thacker's rehabilitation' is the compassionate-release ground, not post-sentencing rehabilitation", () => {
    const text = readFileSync(join(__dirname, "../../../test/fixtures/cr-appeal-rehabilitation.md"), "utf8");
    const got = analyzeBrief(text, { circuit: "10", edition: 2023 }).map((f) => f.rule);
    assert.ok(got.includes("compassionate-release-rehabilitation"), got.join(", "));
    assert.ok(!got.includes("post-sentencing-rehabilitation"), got.join(", "));
  });
});

describe("review of session 31: the disclaimer reading disclaims only what it names, in the brief's own present voice (test/fixtures/review31)", () => {
  // each brief with the rules and severities it must get (circuit and date from its front matter); at the review's
  // commit (d937aa4) d9, h2, p1b, p1c, h1, gv, m7b, m7d, d6, v5 lost their finding, g1 lost "rehabilitation alone",
  // r2 and r3 flagged the disclaimer itself, l2 hid the wife behind the suppressed mother, s404b read a § 404 motion as
  // compassionate release
  const cases: [string, string[]][] = [
    ["d9", ["compassionate-release-family:warning", "compassionate-release-rehabilitation:information"]],
    ["h2", ["compassionate-release-family:warning"]],
    ["p1b", ["compassionate-release-family:warning"]],
    ["p1c", ["compassionate-release-family:warning"]],
    ["p2", ["compassionate-release-family:warning"]],
    ["h1", ["compassionate-release-family:warning"]],
    ["gv", ["compassionate-release-family:warning"]],
    ["m7b", ["compassionate-release-mandatory-minimum:warning"]],
    ["m7d", ["compassionate-release-mandatory-minimum:warning"]],
    ["d6", ["compassionate-release-family:information"]],
    ["v5", ["deportable-alien-status:warning"]],
    // (a warning since session 35: "His rehabilitation is an extraordinary and compelling reason", the motion's one ground
    // once the mother's illness is disclaimed, is what § 994(t) forecloses)
    ["g1", ["compassionate-release-rehabilitation:warning"]],
    ["r1", []],
    ["r2", []],
    ["r3", []],
    ["l2", ["compassionate-release-family:information"]],
    ["s404b", ["post-sentencing-rehabilitation:information"]],
  ];
  fixtureBriefs("review31", cases);
});

describe("brief context: a transcript's turn continues into the paragraphs without a speaker's label (probe pr)", () => {
  const transcript = (after: string) => "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF ILLINOIS\n\nSENTENCING HEARING\n\n" +
    "THE COURT: So the range is 46 to 57 months. Mr. Díaz?\n\n" +
    "MR. DÍAZ: Thank you, Judge. Arturo has been a lawful permanent resident since he was nine, and he will be removed after he serves whatever sentence the Court imposes.\n\n" +
    after +
    "And it affects the time itself. Because he'll have an ICE detainer, the Bureau of Prisons won't put him in a camp. He won't get the halfway house at the end. He won't get credit for RDAP if he does the program. So the same 46 months is a harder 46 months for him.\n";
  it("counsel's turn (a name past ASCII) reaches the paragraph after it; the court's turn does not lend counsel's voice", () => {
    assert.equal(counselOfTurn("MR. DÍAZ: Thank you, Judge."), "defense");
    const f = analyzeBrief(transcript(""), { circuit: "7", edition: 2011 });
    const dep = f.find((x) => x.rule === "deportable-alien-status");
    assert.ok(dep, JSON.stringify(f.map((x) => x.rule)));
    assert.match(dep!.trace!.context, /defence counsel speaks \(the turn continued\)/);
    // after the court speaks, the same paragraph is the court's turn continued, no counsel's argument
    const court = analyzeBrief(transcript("THE COURT: That is a consequence of the conviction, Mr. Díaz.\n\n"), { circuit: "7", edition: 2011 });
    assert.ok(!court.some((x) => x.rule === "deportable-alien-status" && /the turn continued/.test(x.trace?.context ?? "")), JSON.stringify(court.map((x) => [x.rule, x.trace?.context])));
  });
});

describe("an appellate brief pasted with its caption (probe ps-014)", () => {
  const caption = (appellant: string, appellee: string) =>
    `IN THE UNITED STATES COURT OF APPEALS\nFOR THE EIGHTH CIRCUIT\n\nNo. 08-2291\n\n${appellee}, Appellee,\nv.\n${appellant}, Appellant.\n\nBRIEF OF APPELLANT\n\nSTATEMENT OF THE ISSUES\n\nText.\n`;
  it("under front matter that says only appellate-brief, the caption's title says whose brief it is", () => {
    const text = caption("ISMAEL GUARDADO-MEZA", "UNITED STATES OF AMERICA");
    assert.equal(briefContext(proseOf(text).prose, { document: "appellate-brief" }).at(text.indexOf("Text.")).author, "defense");
  });
  it("…never the defence's where the United States is the appellant", () => {
    const text = caption("UNITED STATES OF AMERICA", "ISMAEL GUARDADO-MEZA");
    assert.equal(briefContext(proseOf(text).prose, { document: "appellate-brief" }).at(text.indexOf("Text.")).author, undefined);
  });
  it("an issue presented that asks whether the court below erred is the appellant's argument; an issue of law framed for anyone is not", () => {
    const rules = (issue: string) => filingRules({ document: "appellate-brief", circuit: "8", date: "2008-11-03", edition: 2008, title: "Brief of Appellant" }, `## Statement of the Issues\n\n${issue}`);
    assert.deepEqual(rules('I. Whether the district court erred in measuring the "sentence imposed" for his 2002 Iowa drug conviction by adding a later revocation term to the 120-day original sentence.'), ["revocation-sentence"]);
    assert.deepEqual(rules("Whether a revocation term counts toward the sentence imposed for the 16-level enhancement."), []);
  });
});

describe("a revocation argued in a filing's own words (probes pt-007, pt-026)", () => {
  const rules = (front: string, body: string, circuit: string, edition: number, document: "sentencing-memorandum" | "2255-motion") =>
    analyzeBrief(`---\n${front}\n---\n\n${body}\n`, { circuit, edition, document }).map((f) => f.rule);
  it("a ruling the filing supposes ('if the Court finds that the revocation term counts, it should depart …') is no holding", () => {
    const body = "# Defendant's Sentencing Memorandum\n\nIn the alternative, if the Court finds that the revocation term counts, it should depart downward to the same range, because the four additional levels rest entirely on a probation violation rather than on the seriousness of the drug offense.";
    assert.deepEqual(rules("document: sentencing-memorandum\ncircuit: 9\ndate: 2002-05-17", body, "9", 2001, "sentencing-memorandum"), ["revocation-sentence"]);
  });
  it("a pro se movant's 'revoke time' that 'does not count for the 16 levels'", () => {
    const body = "# Motion to Vacate Sentence Under 28 U.S.C. 2255\n\nMy lawyer should of told the judge that the revoke time does not count for the 16 levels and the drug case only gets 12 levels.";
    assert.deepEqual(rules("document: 2255-motion\ncircuit: 8\ndate: 2006-10-19", body, "8", 2005, "2255-motion"), ["revocation-sentence"]);
  });
});

describe("a § 404 motion that says it is no compassionate-release motion (probe pt-040)", () => {
  const motion = (opening: string) => `---\ndocument: sentence-reduction-motion\ncircuit: 4\ndate: 2020-09-14\n---\n\nMOTION FOR IMPOSITION OF A REDUCED SENTENCE UNDER SECTION 404 OF THE FIRST STEP ACT\n\n${opening}\n\n## Fourteen years\n\nSince his original sentencing he has had no disciplinary infractions, completed the Challenge Program and an associate degree, and mentored new arrivals; a reduced sentence should reflect that record.\n`;
  const rules = (opening: string) => analyzeBrief(motion(opening), { circuit: "4", edition: 2018, document: "sentence-reduction-motion", briefDate: "2020-09-14" }).map((f) => f.rule);
  it("'brought under § 404 and 18 U.S.C. § 3582(c)(1)(B); it does not seek compassionate release': the record is § 404's, not a release ground", () => {
    assert.deepEqual(rules("This motion is brought under § 404 and 18 U.S.C. § 3582(c)(1)(B); it does not seek compassionate release."), ["post-sentencing-rehabilitation"]);
    assert.deepEqual(rules("This motion is brought under § 404 and 18 U.S.C. § 3582(c)(1)(B)."), ["post-sentencing-rehabilitation"]);
  });
  it("…while one that asks for compassionate release as well is read as such a motion", () => {
    assert.deepEqual(rules("This motion is brought under § 404 and, in the alternative, seeks compassionate release under 18 U.S.C. § 3582(c)(1)(A)."), ["compassionate-release-rehabilitation"]);
  });
});

describe("what a filing's request does not rest on, and a release plan's home (probes pt-059, pt-055)", () => {
  it("'This request does not rest on his immigration status or on the conditions he may face after sentencing' disclaims the deportable-alien ground", () => {
    const text = "---\ndocument: sentencing-memorandum\ncircuit: 2\ndate: 2024-06-03\n---\n\n# Defendant's Sentencing Memorandum\n\n## II. The government's response\n\nThe government does not dispute the conditions. It argues instead that no variance is warranted because Mr. Taveras is subject to an ICE detainer. That is true, and it is beside the point. This request does not rest on his immigration status or on the conditions he may face after sentencing. It rests on what has already happened to him, in a federal facility, while he was presumed innocent.\n";
    assert.deepEqual(analyzeBrief(text, { circuit: "2", edition: 2023, document: "sentencing-memorandum", briefDate: "2024-06-03" }).map((f) => f.rule), []);
  });
  it("…but not a ground the next sentence says it does rest on", () => {
    const text = "---\ndocument: compassionate-release-motion\ncircuit: DC\ndate: 2022-03-01\n---\n\n# Reply in Support of Motion for Compassionate Release\n\nHis motion does not rest on good behavior in the abstract. It rests on what twenty-six years of rehabilitation mean for a man who committed his crime at nineteen: a bachelor's degree, a paralegal certificate and fourteen years as a law-library clerk.\n";
    assert.ok(analyzeBrief(text, { circuit: "DC", edition: 2021, document: "compassionate-release-motion", briefDate: "2022-03-01" }).some((f) => f.rule === "compassionate-release-rehabilitation"));
  });
  it("a pro se movant's home on release ('If I am released I can live with my mother … She is 68 and lives alone') is no family ground", () => {
    const text = "---\ndocument: compassionate-release-motion\ncircuit: 2\ndate: 2021-01-11\n---\n\n# Emergency Motion for Compassionate Release Due to COVID-19\n\n5. If I am released I can live with my mother on Park Street in Hartford. She is 68 and lives alone in a two bedroom. She said I can stay in the second bedroom and I will not be around a lot of people.\n";
    assert.deepEqual(analyzeBrief(text, { circuit: "2", edition: 2018, document: "compassionate-release-motion", briefDate: "2021-01-11" }).filter((f) => f.rule === "compassionate-release-family").map((f) => f.rule), []);
  });
});

describe("a letter that opens 'Honorable Judge,' (probe ps-016)", () => {
  const letter = "Omaha, Nebraska\nAugust 3, 2009\n\nHonorable Judge,\n\nMy name is Rigoberto Anaya Solis and I am writing to you before my sentence on August 20.\n\nIn March of 2008 my sister called me and told me our mother had cancer. Nobody could stay with her in the day. So I came.\n\nI ask you to please give me less time than the guidelines say, because I did not come back for a bad reason, I came back so she would not die alone.\n";
  it("is a letter to the judge, the defence's: its family ties are no compassionate-release ground", () => {
    assert.equal(letterWriter(proseOf(letter).prose), "defense");
    const rules = analyzeBrief(letter, { circuit: "8", edition: 2008 }).map((f) => f.rule);
    assert.ok(!rules.includes("compassionate-release-family"), JSON.stringify(rules));
    assert.ok(rules.includes("reentry-motive"), JSON.stringify(rules));
  });
});

describe("a family member's letter for a prisoner's motion to come home (probe ps-035)", () => {
  const letter = "March 3, 2025\n\nDear Judge Kowalczyk,\n\nMy name is Jasmine Tillman and I am 16. My dad's lawyer said it was ok for me to write you a letter about his motion to come home, so that is what this is.\n\nOur grandma broke her hip and had a stroke and cannot take care of kids anymore. He is the only one left who can take care of us. Please let him come home so me and DeShawn can stay together.\n";
  it("'his motion to come home' is no return to the United States", () => {
    assert.ok(!analyzeBrief(letter, { circuit: "7", edition: 2024 }).some((f) => f.rule === "reentry-motive"));
  });
  it("a letter for release is not read as a sentencing letter; a letter before sentencing is", () => {
    const ctx = (text: string) => briefContext(proseOf(text).prose, {}).at(text.indexOf("Please") === -1 ? text.length - 2 : text.indexOf("Please"));
    assert.equal(ctx(letter).notCompassionate, false);
    const sentencing = "November 5, 2018\n\nDear Judge Carrington:\n\nThe defense respectfully submits this letter in connection with the sentencing of Michael Ferrante, scheduled for November 19, 2018. We ask for time served followed by home confinement as a condition of supervised release.\n\nPlease consider his children.\n";
    assert.equal(ctx(sentencing).notCompassionate, true);
  });
});

describe("a sentencing hearing's transcript, and who a movant is today (probes pt-005, pt-021)", () => {
  it("a transcript titled as a sentencing hearing is the original sentencing: a family plea there is no compassionate-release ground", () => {
    const text = "REPORTER'S TRANSCRIPT OF SENTENCING HEARING — JULY 28, 2014 (EXCERPT)\n\nTHE COURT: Go ahead, Mr. Vidrio.\n\nTHE DEFENDANT: Then in February my wife called me. Our daughter Valeria, she is nine, the doctors told her it is leukemia. My wife was alone with her and the two boys and she was working nights. My daughter was asking for me.\n\nTHE COURT: Thank you. Mr. Kessler.\n\nMR. KESSLER: We ask for time served.\n";
    assert.equal(transcriptHearing(proseOf(text).prose), "sentencing");
    assert.ok(!analyzeBrief(text, { circuit: "9", edition: 2013 }).some((f) => f.rule === "compassionate-release-family"));
    assert.equal(transcriptHearing(proseOf("TRANSCRIPT OF HEARING ON MOTION FOR SENTENCE REDUCTION\n\nTHE COURT: Yes.\n\nMR. ROE: Thank you.\n").prose), "hearing");
  });
  it("a stacking plea told as who he is today keeps its change-in-law finding (review32 #16: an exclusion of 'for who I am' was tried and dropped)", () => {
    const text = "---\ndocument: compassionate-release-motion\ncircuit: 10\ndate: 2024-06-01\n---\n\n# Motion for Compassionate Release\n\n6. If I was sentenced today for who I am and for the same crimes, my § 924(c) counts would not be stacked and no judge would give me 57 years.\n";
    assert.ok(analyzeBrief(text, { circuit: "10", edition: 2023, document: "compassionate-release-motion", briefDate: "2024-06-01" }).some((f) => f.rule === "compassionate-release-mandatory-minimum"));
  });
});

describe("a filing pasted without a title, read from its signature block (probe ps-024)", () => {
  const sign = (block: string) => signedBy(`Body.\n\nRespectfully submitted,\n\n${block}\n`);
  it("counsel for a named person, a public defender, a pro se prisoner: the defence's", () => {
    assert.equal(sign("                    /s/ Naomi F. Berger\n                    Counsel for Kwabena Asante"), "defense");
    assert.equal(sign("MARGARITA L. OSUNA\nFederal Public Defender\n\nCERTIFICATE OF SERVICE\nI certify that two copies were mailed to the United States Attorney's Office."), "defense");
    assert.equal(sign("Jesus Alberto Nava-Cervantes\nReg. No. 11287-023\nFCI Herlong\n\nCERTIFICATE OF MAILING\nI put a copy in the prison mail to the U.S. Attorney."), "defense");
  });
  it("an Assistant United States Attorney's, or counsel for the United States: the government's; no signature block: no one's", () => {
    assert.equal(sign("/s/ Daniel Kaplan\nAssistant United States Attorney"), "government");
    assert.equal(sign("/s/ Daniel Kaplan\nAttorney for Plaintiff United States of America"), "government");
    assert.equal(signedBy("Body.\n\nCounsel for Kwabena Asante\n"), undefined);
  });
  it("a memorandum with no title or heading whose signature block is the defence's argues in the author's voice", () => {
    const text = "His removal is certain. Under BOP Program Statement 5100.08 an inmate who is not a U.S. citizen and is the subject of an ICE detainer is assigned the Deportable Alien public safety factor, so he cannot be designated to a minimum-security camp and will serve a harsher sentence than a citizen would; the Court should account for that.\n\nRespectfully submitted,\n\n                    /s/ Naomi F. Berger\n                    Counsel for Kwabena Asante\n";
    const f = analyzeBrief(text, { circuit: "DC", edition: 2016 });
    assert.deepEqual(f.map((x) => x.rule), ["deportable-alien-status"]);
    assert.match(f[0].trace!.context, /the defence is the author \(from its signature block\)/);
  });
});

describe("a criminal-history over-representation section is no minor-prior argument (probe pt-049)", () => {
  it("under '## III. Category III overstates his record' a fraud defendant's old convictions are § 4A1.3's, not § 2L1.2's", () => {
    const text = "---\ndocument: sentencing-memorandum\ncircuit: 3\ndate: 2010-02-01\n---\n\n# Defendant's Sentencing Memorandum\n\n## III. Category III overstates his record\n\nBoth convictions are more than twelve years old, and the three-point score for the assault is a product of the way Pennsylvania structures county sentences, not of the seriousness of a fistfight; the Court should depart.\n";
    assert.deepEqual(analyzeBrief(text, { circuit: "3", edition: 2009, document: "sentencing-memorandum", briefDate: "2010-02-01" }).filter((f) => f.rule === "prior-conviction-seriousness").length, 0);
  });
});

describe("a point the party concedes whole (probe pt-058)", () => {
  const rules = (p: string) => filingRules({ document: "appellate-brief", circuit: "9", date: "2011-04-01", edition: 2010, title: "Appellant's Opening Brief" }, p);
  it("'does not challenge on appeal the inclusion of the revocation term' disclaims the revocation ground", () => {
    assert.deepEqual(rules("The district court applied the 16-level enhancement, counting the three-year term imposed on revocation. Mr. Rebolledo does not challenge on appeal the inclusion of the revocation term in the length of the sentence; under the commentary, that term counts. He challenges only whether the conviction is a drug trafficking offense at all."), []);
  });
  it("…not a sentence that turns: 'does not dispute …, but argues …'", () => {
    assert.deepEqual(rules("Mr. Rebolledo does not dispute that his probation was revoked, but argues that the revocation term should not count toward the sentence imposed for the 16-level enhancement."), ["revocation-sentence"]);
  });
});

describe("a compassionate-release motion's own argument below a minimum stands over the model's doubt (probe pt-045)", () => {
  it("'A mandatory minimum constrains the sentence a court imposes at judgment; it does not limit a later reduction' beside the government's contrary argument", () => {
    const text = "---\ndocument: compassionate-release-motion\ncircuit: 9\ndate: 2022-10-17\n---\n\n# Defendant's Motion for Reduction of Sentence Under 18 U.S.C. § 3582(c)(1)(A)(i)\n\n### B. The mandatory minimum is not a floor on this motion.\n\nThe government will argue that even if extraordinary and compelling reasons exist, the Court cannot go below the 120-month statutory minimum. It can. Section 3582(c)(1)(A) authorizes the Court to \"reduce the term of imprisonment\" and sets no floor other than the requirement of consistency with § 3553(a). A mandatory minimum constrains the sentence a court imposes at judgment; it does not limit a later reduction Congress separately authorized. *United States v. Halvon*, 26 F.4th 566, 570 (2d Cir. 2022) (per curiam).\n";
    const f = analyzeBrief(text, { circuit: "9", edition: 2021, document: "compassionate-release-motion", briefDate: "2022-10-17" });
    assert.deepEqual(f.map((x) => x.rule), ["compassionate-release-mandatory-minimum"]);
    assert.match(f[0].trace!.model!.overruled ?? "", /compassionate-release motion/);
  });
});

describe("the session's blind review (review32): what the new readings must not do", () => {
  it("the signature block alone says whose filing it is: not the body's words, a judge's block, a list of counsel or a service line", () => {
    assert.equal(signedBy("Government counsel conferred with defense counsel, who opposes.\n\nRespectfully submitted,\n\n/s/ Ana Ruiz\nAssistant United States Attorney\n"), "government");
    assert.equal(signedBy("The Assistant United States Attorney stated at sentencing that …\n\nRespectfully submitted,\n\n/s/ Lee Park\nBar No. 12345\n"), undefined);
    assert.equal(signedBy("IT IS SO ORDERED.\n\n/s/ Maria Lopez\nUnited States District Judge\n\nCounsel:\nFederal Public Defender for defendant\n"), undefined);
    assert.equal(signedBy("Respectfully submitted,\n\nCarlos Mena\nNo. 54821-177\nFMC Butner\n\nI certify that I mailed a copy addressed to the United States Attorney's Office.\n"), "defense");
    // a pro se service line without "certify" (probe ph-017)
    assert.equal(signedBy("Respectfully submitted this 4th day of October, 2005.\n\nArnulfo Cervantes-Duarte, pro se\nReg. No. 00000-065, FCI Sheridan\n\nI mailed a copy of this motion to the United States Attorney in Portland on October 4, 2005.\n"), "defense");
  });
  it("a government appeal's caption with its parties' roles on lines of their own: the appellant's brief is the government's", () => {
    const text = "UNITED STATES OF AMERICA,\n\nPlaintiff-Appellant,\n\nv.\n\nJOSE RAMIREZ,\n\nDefendant-Appellee.\n\nBRIEF OF APPELLANT\n\nText.\n";
    assert.equal(briefContext(proseOf(text).prose, { document: "appellate-brief" }).at(text.indexOf("Text.")).author, undefined);
  });
  it("a wife's letter that asks for 'the least time possible so he can come home' is a sentencing letter; a prisoner's 'let me out early' is not", () => {
    const at = (text: string) => briefContext(proseOf(text).prose, {}).at(text.length - 3);
    assert.equal(at("Dear Judge Ramos,\n\nPlease give him the least time possible so he can come home to his children.\n\nMaria\n").notCompassionate, true);
    assert.equal(at("Honorable Judge Ramos,\n\nI was sentenced by you in 2019. My mother is sick; please let me out early so I can take care of her.\n\nJuan Perez\n").notCompassionate, false);
  });
  it("a sentencing on remand is a resentencing; a decision to return to Mexico is no return to the United States", () => {
    assert.equal(transcriptHearing(proseOf("TRANSCRIPT OF SENTENCING PROCEEDINGS ON REMAND\n\nTHE COURT: Yes.\n\nMR. ROE: Thank you.\n").prose), "resentencing");
    const memo = "---\ndocument: sentencing-memorandum\ncircuit: 9\ndate: 2015-01-05\n---\n\n# Sentencing Memorandum\n\nIn 2009 he made the decision to return to Mexico because his grandmother was dying, and he stayed there for four years; that history should weigh in his favor.\n";
    assert.ok(!analyzeBrief(memo, { circuit: "9", edition: 2014, document: "sentencing-memorandum", briefDate: "2015-01-05" }).some((f) => f.rule === "reentry-motive"));
  });
});

describe("review of session 32: the signature block, quotations, letters, transcripts and vocabulary (test/fixtures/review32)", () => {
  // each repro brief of the blind review with the rules and severities it must get (the CLI's citation checks are not
  // findings here); at the
  // review's commit (b2b8393) 01-07 read the author from the body, a judge's block or a service line, 07 missed a government
  // appeal, 09 took a circuit's quoted words for the party's, 10 read a sentencing on remand as an original sentencing, 11 and
  // 25 misread a letter's time, 13 and 15 fired on a delay and a return to Mexico, 16 lost a stacking plea, 21 set a whole
  // motion apart from compassionate release
  const cases: [string, string[]][] = [
    ["01-gov-response-pro-se-tail", ["compassionate-release-family:information", "compassionate-release-rehabilitation:information"]],
    ["02-gov-sentencing-memo-defense-counsel", []],
    ["03-defense-memo-names-usao", ["fast-track-disparity:information"]],
    ["04-defense-cr-motion-quotes-ausa", ["compassionate-release-mandatory-minimum:information"]],
    ["05-order-denying-cr-pasted", ["compassionate-release-family:information", "compassionate-release-rehabilitation:information"]],
    ["06-sentencing-opinion-judge-signature", []],
    ["07-government-appeal-blank-line-caption", ["reentry-motive:information"]],
    ["08-government-cross-appeal-title", []],
    ["09-party-quote-court-words", ["reentry-motive:warning"]],
    ["10-transcript-sentencing-on-remand", ["post-sentencing-rehabilitation:information"]],
    ["11-wife-letter-come-home", ["reentry-motive:information"]],
    ["12-request-not-rest-alone", ["compassionate-release-covid:warning"]],
    ["13-prosecutorial-practice-delay", []],
    ["14-prospect-of-removal-asylum", []],
    ["15-decision-to-return-to-mexico", []],
    ["16-sentenced-today-for-who-he-is", ["compassionate-release-mandatory-minimum:information"]],
    ["19-issue-of-error-appellant", ["revocation-sentence:information"]],
    ["20-pro-se-fmc-service-line", ["compassionate-release-covid:warning"]],
    ["21-reduction-motion-not-seek-medical", ["compassionate-release-family:information"]],
    ["22-if-court-finds-calculation", ["revocation-sentence:information"]],
    ["23-defense-signature-cert-names-ausa", ["reentry-motive:information"]],
    ["24-opinion-quotes-court-below", []],
    ["25-prisoner-letter-honorable-judge", ["compassionate-release-family:information"]],
    ["26-request-not-rest-alone-deportable", ["deportable-alien-status:information"]],
  ];
  fixtureBriefs("review32", cases);
});

/**
 * One test per fixture brief in test/fixtures/<dir>: the rules and severities it must get, read as the CLI reads it
 * (circuit and edition from the brief's front matter and date); a review's repro briefs.
 */
function fixtureBriefs(dir: string, cases: [string, string[]][]): void {
  for (const [name, want] of cases) {
    it(name, () => {
      const text = readFileSync(join(__dirname, `../../../test/fixtures/${dir}/${name}.md`), "utf8");
      const findings = checkBrief(new Brief(text), { circuit: null, manual: "latest" }).findings;
      assert.deepEqual([...new Set(findings.map((f) => `${f.rule}:${f.severity}`))].sort(), want);
    });
  }
}

describe("a plea below a minimum whose change in the law a sentence beside it names is judged as that change (probe pt-045)", () => {
  it("'non-retroactive changes' in the sentence before: the Ninth Circuit's Chen, not the general below-minimum message", () => {
    const text = "---\ndocument: compassionate-release-motion\ncircuit: 9\ndate: 2022-10-17\n---\n\n# Defendant's Motion for Reduction of Sentence Under 18 U.S.C. § 3582(c)(1)(A)(i)\n\n### A. The Court may consider the non-retroactive change.\n\nThe Ninth Circuit has held that district courts may consider the First Step Act's non-retroactive changes in sentencing law, in combination with other factors particular to the individual defendant, in deciding whether extraordinary and compelling reasons exist. *United States v. Chen*, 48 F.4th 1092 (9th Cir. 2022). Mr. Villaseñor offers exactly that combination: a change that would remove the statutory floor entirely; a sentencing judge who said on the record he would have gone lower; and more than two years served during pandemic lockdowns at FCI Lompoc, when he was confined to his cell for as many as 23 hours a day.\n";
    const f = analyzeBrief(text, { circuit: "9", edition: 2021, document: "compassionate-release-motion", briefDate: "2022-10-17" }).filter((x) => x.rule === "compassionate-release-mandatory-minimum");
    assert.equal(f.length, 1);
    assert.match(f[0].message, /Chen/);
  });
  it("…but 'the First Step Act' beside a medical plea is the motion's statute, no change in the law", () => {
    const text = "---\ndocument: compassionate-release-motion\ncircuit: 7\ndate: 2022-10-17\n---\n\n# Motion for Compassionate Release\n\nThe First Step Act lets Mr. Cole bring this motion himself. His terminal cancer is an extraordinary and compelling reason, and the Court may reduce his sentence below the ten-year mandatory minimum.\n";
    const f = analyzeBrief(text, { circuit: "7", edition: 2021, document: "compassionate-release-motion", briefDate: "2022-10-17" }).filter((x) => x.rule === "compassionate-release-mandatory-minimum");
    assert.ok(f.every((x) => !/nonretroactive change in the law is not/i.test(x.message)), JSON.stringify(f.map((x) => x.message)));
  });
});

describe("a Chapter Four revocation is no § 2L1.2 'sentence imposed' (probe pr-054)", () => {
  const rules = (p: string) => filingRules({ document: "appellate-brief", circuit: "4", date: "2015-09-01", edition: 2014, title: "Brief of Appellant" }, p);
  it("a felon-in-possession appeal on § 4A1.2(k)'s revocation rule gets no § 2L1.2 warning", () => {
    assert.deepEqual(rules("The revocation term should not have been counted. A revocation is added to the original sentence under § 4A1.2(k) only where the court revokes a term that was still running; a void revocation is not a \"sentence\" for any purpose of Chapter Four."), []);
  });
  it("…while a § 2L1.2 argument that answers § 4A1.2(k) keeps its finding", () => {
    assert.deepEqual(rules("The government will point to § 4A1.2(k). But § 2L1.2 does not incorporate § 4A1.2(k): counting the revocation term lets a technical probation violation convert a 12-level enhancement into a 16-level one, and the revocation term should not count."), ["revocation-sentence"]);
  });
});

describe("a hearing on a motion whose speakers name compassionate release (probe ps-039)", () => {
  it("is in that vehicle: counsel's account of the record is a compassionate-release rehabilitation ground", () => {
    const text = "THE COURT: I've read the motion, the government's opposition and the reply. Mr. Beaulieu, it's your motion.\n\nMR. BEAULIEU: Thank you, Judge. He has twenty-seven college credits, and since 2016, nothing. No incident reports.\n\nTHE COURT: Mr. Beaulieu, you know the statute. Rehabilitation alone is not extraordinary and compelling. How do I get around that?\n\nMR. BEAULIEU: I'll be candid with the Court. The reason this motion is in front of you is the man. The change in him is the extraordinary thing.\n";
    assert.equal(briefContext(proseOf(text).prose, {}).at(text.indexOf("I'll be candid")).compassionate, true);
    assert.ok(analyzeBrief(text, { circuit: "1", edition: 2021 }).some((f) => f.rule === "compassionate-release-rehabilitation"));
  });
});

describe("a letter under front matter that says only 'other' (probe pt-056)", () => {
  it("is a letter to the judge, its writer the defence's: a wife's account of why he came back is the reentry motive", () => {
    const text = "---\ndocument: other\ncircuit: 11\ndate: 2019-08-02\n---\n\nDear Judge,\n\nMy name is Karla Alvarado and I am writing before you decide my husband's sentence. He called me crying and said, if I stay here they are going to kill me. So he came. He came because in Honduras he was a dead man.\n\nKarla Yesenia Alvarado\n";
    const ctx = briefContext(proseOf(text).prose, { document: "other" }).at(text.indexOf("So he came"));
    assert.equal(ctx.author, "defense");
    assert.deepEqual(analyzeBrief(text, { circuit: "11", edition: 2018, document: "other", briefDate: "2019-08-02" }).map((f) => f.rule), ["reentry-motive"]);
  });
});

/**
 * The rules found in a filing whose front matter says its document, circuit and date, under a title, with the analysis
 * settings the CLI would read from that front matter (one place for both, so they cannot disagree).
 */
function filingRules(filing: { document: NonNullable<AnalysisSettings["document"]>; circuit: string; date: string; edition: number; title: string }, body: string): string[] {
  const text = `---\ndocument: ${filing.document}\ncircuit: ${filing.circuit}\ndate: ${filing.date}\n---\n\n# ${filing.title}\n\n${body}\n`;
  return analyzeBrief(text, { circuit: filing.circuit, edition: filing.edition, document: filing.document, briefDate: filing.date }).map((f) => f.rule);
}

describe("legal audit of session 33: the framing a heading gives, the offense a motion names in words", () => {
  const memo = (heading: string) =>
    `---\ncircuit: 9\ndate: 2006-09-11\n---\n\n# Defendant's Sentencing Memorandum\n\nMr. Montaño-Ruiz pleaded guilty without a plea agreement to being found in the United States after deportation, 8 U.S.C. § 1326.\n\n## ${heading}\n\n**Second, security level.** Because of the detainer, the Bureau will assign him a "Deportable Alien" public safety factor, which bars placement in a minimum-security camp, and he will serve every day of his sentence inside a secure institution.\n`;
  const deportable = (text: string) => checkBrief(new Brief(text), { circuit: null }).findings.filter((f) => f.rule === "deportable-alien-status");
  it("a paragraph that names no relief under a heading that asks a variance is judged as a variance (pu-020)", () => {
    const v = deportable(memo("The request: a variance to 18 months"));
    assert.deepEqual(v.map((f) => f.severity), ["information"]);
    assert.match(v[0].message, /^A deportable-alien-status variance is not squarely foreclosed/);
    // under a heading that asks a departure the Ninth Circuit's § 1326 holding forecloses it
    const d = deportable(memo("A downward departure is warranted"));
    assert.deepEqual(d.map((f) => f.severity), ["warning"]);
    assert.match(d[0].message, /Martinez-Ramos, 184 F\.3d 1055/);
  });
  it("§ 3553(a)'s 'sufficient but not greater than necessary' asks a variance: a conceded revocation term is information (pu-016)", () => {
    const memo = (p: string) => `---\ncircuit: 2\ndate: 2009-03-12\nguidelines-manual: 2008\n---\n\n# Defendant's Sentencing Memorandum\n\nMr. Almonte pleaded guilty to illegal reentry, 8 U.S.C. § 1326.\n\n## Conclusion\n\n${p}\n`;
    const sev = (p: string) => checkBrief(new Brief(memo(p)), { circuit: null }).findings.filter((f) => f.rule === "revocation-sentence").map((f) => f.severity);
    assert.deepEqual(sev("A sentence of 30 months—the bottom of the range that would apply if the revocation term were not counted—is sufficient but not greater than necessary."), ["information"]);
  });
  it("a motion after judgment whose offense is a drug crime is told the Ninth Circuit's non-§ 1326 law (ps-022)", () => {
    const text = "# MOTION FOR DOWNWARD DEPARTURE PURSUANT TO U.S.S.G. 5K2.0\n\nDefendant, pro se, moves for a downward departure.\n\n1. On February 11, 2003 this Court sentenced me to 87 months for possession with intent to distribute methamphetamine.\n\n2. I am a Mexican citizen. I have an INS detainer. Because of the detainer, the Bureau of Prisons says I cannot go to camp or to a halfway house, and I cannot get the year off for RDAP. This makes my sentence harder than the same sentence for a citizen.\n\nDated this 14th day of July, 2005.\n";
    const f = checkBrief(new Brief(`---\ncircuit: 9\n---\n\n${text}`), { circuit: null }).findings.filter((x) => x.rule === "deportable-alien-status");
    assert.deepEqual(f.map((x) => x.severity), ["information"]);
    assert.match(f[0].message, /^Outside § 1326 the Ninth Circuit allows deportable-alien status to be considered — United States v\. Charry Cubillos/);
    // FSA time credits (Dec. 21, 2018) are no advice for 2005
    assert.match(f[0].instead, /^Document the concrete consequences/);
    assert.doesNotMatch(f[0].instead, /FSA|3632/);
  });
});

describe("a pro se motion for reduction of sentence after judgment, naming no statute (legal audit of session 35, pv-031)", () => {
  it("its ground is warned: a final sentence cannot be reduced on it (§ 3582(c)); a departure motion by its title keeps the vehicle's own warning", () => {
    const body = "1. I was sentence by this Court in July 2010 to 87 months for conspiracy to import cocaine. I have a ICE detainer.\n\n2. Because of the detainer I can not go to the camp or get halfway house, so I am doing harder time then a citizen. I ask this Court to reduce my sentence.\n";
    const f = checkBrief(new Brief(`---\ncircuit: 2\n---\n\n# MOTION FOR REDUCTION OF SENTENCE\n\n${body}`), {}).findings.filter((x) => x.rule === "deportable-alien-status");
    assert.deepEqual(f.map((x) => x.severity), ["warning"]);
    assert.ok(f[0].message.startsWith("A final sentence cannot be reduced on this ground by a motion after judgment — 18 U.S.C. § 3582(c)"), f[0].message);
    assert.ok(f[0].message.endsWith("Binding in every federal court."), f[0].message);
  });
});

describe("probe pv (short advocacy briefs): a pasted section's structure", () => {
  it("a title-case heading under an outline's marker is a heading; a numbered paragraph is not", () => {
    const prose = "B. The Court Should Account for the Absence of an Early-Disposition Program Here\n\nMr. Pimentel-Reyes was arrested in Lawrence.\n\n1. On February 11, 2003 this Court sentenced me to 87 months.\n\nII. Section 1B1.13(b)(6): An Unusually Long Sentence and a Change in the Law\n\n2. I am a Mexican citizen\n\nC. The Reason He Returned\n";
    assert.deepEqual(headingsOf(prose).map((h) => h.text), [
      "B. The Court Should Account for the Absence of an Early-Disposition Program Here",
      "II. Section 1B1.13(b)(6): An Unusually Long Sentence and a Change in the Law",
      "C. The Reason He Returned",
    ]);
    // in a pasted section with no title, the heading is the paragraphs' context (it names the topic: pv-044 found)
    const ctx = briefContext(prose, {});
    assert.match(ctx.at(prose.indexOf("Mr. Pimentel")).describe ?? "", /under "B\. The Court Should Account/);
  });
  it("a numbered paragraph's run-in label is a run-in heading; a numbered sentence is not", () => {
    assert.equal(runInHeading("2. The § 3553(a) factors. Mr. Cantú-Garza is sixty-six."), "The § 3553(a) factors");
    assert.equal(runInHeading("3. Release plan. ICE has lodged a detainer."), "Release plan");
    assert.equal(runInHeading("2. I am a Mexican citizen. I have an INS detainer."), undefined);
    assert.equal(runInHeading("1. On February 11, 2003 this Court sentenced me to 87 months for possession. I did not appeal."), undefined);
    assert.equal(runInHeading("4. He has changed. He finished his GED."), undefined);
  });
  it("the prison record under a numbered '§ 3553(a) factors' label of a medical motion is no rehabilitation ground (pv-042)", () => {
    const text = "---\ndocument: compassionate-release-motion\ncircuit: 5\ndate: 2025-02-03\n---\n\nMr. Cantú-Garza moves under 18 U.S.C. § 3582(c)(1)(A) for a reduction of his sentence to time served.\n\n1. Extraordinary and compelling reasons. In June 2024 Mr. Cantú-Garza was diagnosed with metastatic pancreatic cancer; his oncologist gives him months.\n\n2. The § 3553(a) factors. Mr. Cantú-Garza is sixty-six. He has served 41 months, has completed every program offered, and has no disciplinary reports.\n";
    const rules = checkBrief(new Brief(text), { circuit: null }).findings.map((f) => f.rule);
    assert.ok(!rules.includes("compassionate-release-rehabilitation"), rules.join(","));
    // …while the same record offered as the reason itself is found
    const ground = text.replace("2. The § 3553(a) factors. Mr. Cantú-Garza is sixty-six. He has served", "2. His rehabilitation is extraordinary and compelling. He has served");
    assert.ok(checkBrief(new Brief(ground), { circuit: null }).findings.some((f) => f.rule === "compassionate-release-rehabilitation"));
  });
  it("a pasted section that asks the court to impose a sentence and cites § 5H1.6 is no compassionate-release filing (pv-013)", () => {
    const section = "II. Ms. Okonkwo's Responsibility for Her Son\n\nMs. Okonkwo is the only caregiver for her fourteen-year-old son, Chidi, who has spastic quadriplegic cerebral palsy. His father died in 2019, and no relative can take him in; if she goes to prison he will be placed in foster care.\n\nSection 5H1.6 provides that family ties and responsibilities are not ordinarily relevant, but this is no ordinary case.\n\nWe ask the Court to impose three years of probation, with twelve months of home confinement.\n";
    assert.ok(!checkBrief(new Brief(section), { circuit: null }).findings.some((f) => f.rule === "compassionate-release-family"));
    // the same caregiver's plea in a motion that names compassionate release is that ground
    const motion = section.replace("We ask the Court to impose three years of probation, with twelve months of home confinement.", "Extraordinary and compelling reasons warrant compassionate release.").replace("Section 5H1.6 provides that family ties and responsibilities are not ordinarily relevant, but this is no ordinary case.\n\n", "");
    assert.ok(checkBrief(new Brief(motion), { circuit: null }).findings.some((f) => f.rule === "compassionate-release-family"));
  });
});

describe("a motion after judgment under no statute that permits it (legal audit of session 33, pr-016, ps-022)", () => {
  const reduce = "UNITED STATES DISTRICT COURT\nDISTRICT OF ARIZONA\n\nMOTION FOR REDUCTION OF SENTENCE BASED ON DEPORTABLE ALIEN STATUS\n\nComes now the defendant, pro se, and respectfully moves this Honorable Court to reduce his sentence.\n\n1. On April 30, 2007 this Court sentenced defendant to 63 months for Reentry After Deportation, 8 U.S.C. § 1326.\n\n4. Defendant asks the Court to grant a downward departure under U.S.S.G. § 5K2.0 because of his status as a deportable alien, and to reduce his sentence by at least 12 months.\n\nRespectfully submitted this 11th day of February, 2008.\n";
  it("a plea to depart in a pro se motion to reduce that names no vehicle is told a final sentence is modified only as § 3582(c) allows", () => {
    const f = checkBrief(new Brief(reduce), { circuit: null }).findings;
    const d = f.filter((x) => x.rule === "departure-after-sentencing");
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, "warning");
    assert.match(d[0].message, /^No departure after sentence is imposed outside Rule 35, § 2255, a remand or § 3582\(c\)/);
    assert.match(d[0].trace?.context ?? "", /a motion after judgment under no statute it names/);
  });
  it("not in a motion that names § 3582(c)(2), § 404 or compassionate release, nor in a sentencing memorandum's departure motion", () => {
    const c2 = reduce.replace("MOTION FOR REDUCTION OF SENTENCE BASED ON DEPORTABLE ALIEN STATUS", "MOTION FOR REDUCTION OF SENTENCE UNDER 18 U.S.C. § 3582(c)(2)");
    assert.ok(!checkBrief(new Brief(c2), { circuit: null }).findings.some((x) => x.rule === "departure-after-sentencing"));
    const memo = "MOTION FOR DOWNWARD DEPARTURE\n\nMr. Ruiz will be sentenced on May 2, 2008. He asks the Court to grant a downward departure under § 5K2.0 because of his status as a deportable alien.\n";
    assert.ok(!checkBrief(new Brief(memo), { circuit: null }).findings.some((x) => x.rule === "departure-after-sentencing"));
    // …which its opening puts after the sentence ("this Court sentenced me") is a motion after judgment, the defendant's
    const after = memo.replace("Mr. Ruiz will be sentenced on May 2, 2008.", "On February 11, 2003 this Court sentenced me to 87 months. I did not appeal.");
    assert.ok(checkBrief(new Brief(after), { circuit: null }).findings.some((x) => x.rule === "departure-after-sentencing"));
  });
});

describe("probe pv-015: a return for a purpose told after 'came'", () => {
  it("'He came to take care of his father' in a defence memorandum is the reentry-motive ground", () => {
    const text = "---\ndocument: sentencing-memorandum\ncircuit: 1\ndate: 2025-12-08\n---\n\n## II. The § 3553(a) Factors\n\nMr. Peña-Almonte crossed from the Dominican Republic by yola in May, six weeks after the stroke. It was dangerous and it was unlawful, and he has accepted responsibility for it. But he did not come to work or to hide. He came to take care of his father, and he was doing exactly that when agents found him in the clinic waiting room. The nature and circumstances of the offense under § 3553(a)(1) are those of a son answering an emergency, and the Court may give them considerable weight.\n";
    assert.deepEqual(checkBrief(new Brief(text), { circuit: null }).findings.map((f) => f.rule), ["reentry-motive"]);
  });
});

describe("probe pv: pleas below a minimum in compassionate-release motions", () => {
  const proSe = "1. Comes now Jerome Whitlock, pro se, and ask the Court for a sentence reduction under 18 U.S.C. 3582(c)(1)(A). I sent my request to the Warden on February 2, 2021.\n\n3. Under the First Step Act section 401, Congress change the 851. On my 2004 case I only did 9 months. So if I was sentence today the 851 would not even apply and my mandatory minimum would be 10 years, not 20.\n\nRespectfully submitted,\nJerome Whitlock, pro se\n";
  it("a short pasted motion whose opening asks for compassionate release puts its paragraphs in that vehicle (pv-049)", () => {
    assert.deepEqual(checkBrief(new Brief(proSe), { circuit: null }).findings.map((f) => f.rule), ["compassionate-release-mandatory-minimum"]);
    const ctx = briefContext(proseOf(proSe).prose, {});
    assert.match(ctx.at(proSe.indexOf("3. Under")).describe ?? "", /its opening asks for compassionate release; compassionate-release context/);
    // …not a file of passages, one per paragraph, whose first asks for it
    const file = `${proSe}\n${"Another passage of the file. ".repeat(1200)}\n`;
    assert.ok(!/compassionate-release context/.test(briefContext(proseOf(file).prose, {}).at(file.indexOf("3. Under")).describe ?? ""));
  });
  it("'The law has changed … Sentenced now, he would face a mandatory minimum of fifteen years' in a motion by its title (pv-014)", () => {
    const text = "# Motion for Reduction in Sentence Under 18 U.S.C. § 3582(c)(1)(A)\n\nThe law has changed twice over. Section 401 of the First Step Act reduced the enhanced minimum for two qualifying priors from life to twenty-five years. Sentenced now, he would face a mandatory minimum of fifteen years, not life.\n";
    assert.deepEqual(checkBrief(new Brief(text), { circuit: null }).findings.map((f) => f.rule), ["compassionate-release-mandatory-minimum"]);
  });
  it("a heading that names § 1B1.13 puts its section in a compassionate-release context (pv-006)", () => {
    const prose = "II. Section 1B1.13(b)(6): An Unusually Long Sentence and a Change in the Law\n\nHe has served more than seventeen years.\n";
    assert.match(briefContext(prose, {}).at(prose.indexOf("He has")).describe ?? "", /compassionate-release context/);
  });
});

describe("legal audit of session 33, round 2: the framing of a title, and a departure named as law", () => {
  it("a memorandum titled a 'Request for Variance' asks variances where its paragraphs name neither (pq-045)", () => {
    const text = (title: string) => `UNITED STATES DISTRICT COURT\nDISTRICT OF NEW MEXICO\n\n${title}\n\nMr. Armendáriz pleaded guilty to reentry of a removed alien, 8 U.S.C. § 1326(a) and (b). Sentencing is set for November 9, 2010.\n\n**B. A non-citizen with a detainer serves a harsher sentence than a citizen does.**\n\nFirst, BOP Program Statement 5100.08 assigns the Public Safety Factor "Deportable Alien" to every non-citizen with an ICE detainer. That factor bars placement in a minimum-security camp regardless of his security score.\n`;
    const sev = (t: string) => checkBrief(new Brief(t), { circuit: null }).findings.filter((f) => f.rule === "deportable-alien-status").map((f) => f.severity);
    assert.deepEqual(sev(text("DEFENDANT'S SENTENCING MEMORANDUM AND REQUEST FOR VARIANCE")), ["information"]);
    assert.deepEqual(sev(text("DEFENDANT'S SENTENCING MEMORANDUM AND MOTION FOR DOWNWARD DEPARTURE")), ["warning"]);
  });
  it("'That was a departure holding under mandatory Guidelines … the Court may therefore vary' asks a variance (po-010)", () => {
    const text = "---\ndocument: sentencing-memorandum\ncircuit: 9\ndate: 2010-08-19\n---\n\n# Sentencing Memorandum\n\nMr. Ochoa pleaded guilty to illegal reentry, 8 U.S.C. § 1326.\n\nCounsel recognizes that in Martinez-Ramos the Ninth Circuit held that a court could not depart because a defendant's status as a deportable alien makes his imprisonment harsher. That was a departure holding under mandatory Guidelines. The Court may therefore vary downward to account for the harsher conditions his detainer brings.\n";
    const f = checkBrief(new Brief(text), { circuit: null }).findings.filter((x) => x.rule === "deportable-alien-status");
    assert.deepEqual(f.map((x) => x.severity), ["information"]);
  });
});

describe("a letter to the probation officer is the defence's (probe pv-008)", () => {
  it("'Dear Officer …:' and 'Dear Probation Officer …:' open a letter; 'Dear Mr. Ruiz' does not", () => {
    assert.equal(letterWriter("VIA EMAIL\n\nMs. Andrea Delgado-Pratt\nSenior United States Probation Officer\n\nDear Officer Delgado-Pratt:\n\nThank you for the draft report.\n"), "defense");
    assert.equal(letterWriter("Dear Probation Officer Ruiz,\n\nWe object to paragraph 17.\n"), "defense");
    assert.equal(letterWriter("Dear Mr. Ruiz,\n\nWe object to paragraph 17.\n"), undefined);
  });
});

describe("a court's own order, its title in a two-column caption (legal audit of session 33, round 3, pl-005)", () => {
  const order = "UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF IDAHO\n\nUNITED STATES OF AMERICA,\n          Plaintiff,                     Case No. CR-02-0117-S-EJL\n     v.\nPEDRO ISMAEL RANGEL-ZÚÑIGA,              MEMORANDUM ORDER\n          Defendant.                     ON MOTION FOR DOWNWARD DEPARTURE\n\nPending before the Court is Defendant's Motion for Downward Departure, which asks the Court to depart because, as a deportable alien, Defendant will be ineligible for minimum-security designation and for community confinement.\n\nDated this 3rd day of March, 2003.\n";
  it("reads the title in the caption's right column", () => {
    assert.deepEqual(captionTitle(proseOf(order).prose), { text: "MEMORANDUM ORDER ON MOTION FOR DOWNWARD DEPARTURE", document: "other" });
  });
  it("a ground in a court's order is information, with no advice to the movant", () => {
    const f = checkBrief(new Brief(`---\ncircuit: 9\n---\n\n${order}`), { circuit: null }).findings.filter((x) => x.rule === "deportable-alien-status");
    assert.ok(f.length > 0);
    for (const x of f) {
      assert.equal(x.severity, "information");
      assert.match(x.instead, /^This is a court's own order or opinion/);
    }
  });
});
