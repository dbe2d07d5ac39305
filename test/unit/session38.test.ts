/**
 * Session 38: the blind probe py's misses mended in general form — a section pasted on its own whose heading names the
 * client is counsel's, "fled" names a motive, a prison disciplinary record is no minor prior, a motive section's family
 * facts are no compassionate-release ground.
 */
import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Brief } from "../../src/core/brief/brief";
import { checkBrief } from "../../src/core/pipeline";
import { headingsOf, pastedDefenceSection } from "../../src/core/precedent/context";
import { namedEventAfter, servedYearsNamed } from "../../src/core/brief/briefDate";

const findings = (text: string, circuit = "9") => checkBrief(new Brief(text), { circuit: circuit as "9" }, undefined).findings;
const rules = (text: string, circuit = "9") => [...new Set(findings(text, circuit).map((f) => f.rule))].sort();

/** The py-006 shape: a pasted section of a sentencing memorandum, no title, caption or signature. */
const MOTIVE_SECTION = "## III. Why Mr. Ochoa-Rentería Came Back\n\nIn September 2014, Mr. Ochoa-Rentería's sister called him in Morelia to tell him that their mother, Rosa, had been diagnosed with stage IV pancreatic cancer and had been moved to hospice care at the family's home in Salem. The doctors gave her weeks. He had been removed in 2013, after a conviction for possession of methamphetamine, and he knew what returning would mean. He came anyway.\n\nHe crossed through the Arizona desert and reached Salem on October 21, 2014. For the next nine days he did what a son does: he sat with his mother, fed her ice chips, and slept on the floor beside her bed. The hospice nurse's letter (Exhibit 3) describes him as \"the one she asked for at night.\" Rosa Ochoa died on October 30. After the funeral Mr. Ochoa-Rentería stayed to help his father, who is 74 and does not drive, settle her affairs. He was stopped for a broken taillight in January 2015 and has been in custody since.\n\nNone of this excuses the offense, and Mr. Ochoa-Rentería does not claim that it does. But it matters under § 3553(a). The nature and circumstances of an offense include *why* it was committed, and a man who returns to be present at his mother's deathbed is not the same as one who returns to sell drugs or to evade a prior sentence. His reason for returning reduces his culpability, and it bears directly on the need for deterrence: the thing that drew him back is gone. He has told his father and his sisters that he will not return, and they have agreed to visit him in Michoacán instead (see letters, Exhibits 4–6).\n\nThe advisory range here is 10 to 16 months. Mr. Ochoa-Rentería has already served nearly five months, in a county jail far from the family he came to help. Given the circumstances that brought him back, a sentence of time served is sufficient, but not greater than necessary, to serve the purposes of sentencing. Judges in this District have recognized that a defendant's compassionate motive for returning can justify a sentence below the range; this is the paradigm case for it.\n";

describe("session 38: a section pasted on its own whose heading names the client is counsel's (probe py-006)", () => {
  it("reads the heading, the courtesy title and the absence of a court's or the government's voice", () => {
    const read = (t: string) => pastedDefenceSection(t, headingsOf(t));
    assert.equal(read(MOTIVE_SECTION), true);
    // a heading that names no client by a courtesy title
    assert.equal(read(MOTIVE_SECTION.replace("Why Mr. Ochoa-Rentería Came Back", "The Motive for Reentry")), false);
    // a court ruling, or the government speaking, in the text
    assert.equal(read(MOTIVE_SECTION + "\nThe Court finds that a sentence of 12 months is sufficient.\n"), false);
    assert.equal(read(MOTIVE_SECTION + "\nThe government opposes any variance.\n"), false);
    // the section must open with its heading
    assert.equal(read("Some text first.\n\n" + MOTIVE_SECTION), false);
  });
  it("the motive is read as counsel's argument, and the family facts of a motive section are no compassionate-release ground", () => {
    assert.deepEqual(rules(MOTIVE_SECTION).filter((r) => r !== "departure-framing"), ["reentry-motive"]);
    const f = findings(MOTIVE_SECTION).find((x) => x.rule === "reentry-motive");
    assert.ok(f?.trace?.context.includes("the defence is the author (a pasted section that speaks for the client)"), f?.trace?.context);
  });
});

describe("legal audit 38a: a motion whose one ground is the children's caregiver (A) is read so in every paragraph (py-041)", () => {
  const MOTION = "---\ndocument: compassionate-release-motion\ncircuit: 11\ndate: 2022-07-11\nguidelines-manual: 2021\n---\n\n# UNITED STATES DISTRICT COURT, MIDDLE DISTRICT OF FLORIDA, ORLANDO DIVISION\n\nUNITED STATES OF AMERICA v. BRANDON KEITH ELLISON — Case No. 6:17-cr-00205\n\n## DEFENDANT'S MOTION FOR REDUCTION IN SENTENCE UNDER 18 U.S.C. § 3582(c)(1)(A)\n\n### I. Introduction\n\nBrandon Ellison is serving a 100-month sentence for conspiracy to distribute oxycodone. The mother of his two children, Ashley Ruiz, who has cared for them alone since his arrest, has been rendered incapable of caring for them by rapidly progressing multiple sclerosis. Mr. Ellison asks the Court to reduce his sentence to time served so that he can assume their care.\n\n### II. Exhaustion\n\nMr. Ellison submitted a request to the Warden of FCI Coleman Low on April 18, 2022. The Warden denied it on May 9, 2022.\n\n### III. The Governing Standard in This Circuit\n\nIn *United States v. Bryant*, 996 F.3d 1243 (11th Cir. 2021), the Eleventh Circuit held that U.S.S.G. § 1B1.13 is an applicable policy statement that governs all motions under § 3582(c)(1)(A), including those filed by defendants, and that district courts may not find extraordinary and compelling reasons outside those the policy statement describes. Mr. Ellison's motion therefore rests on the policy statement itself, which identifies as extraordinary and compelling \"[t]he death or incapacitation of the caregiver of the defendant's minor child or minor children.\" § 1B1.13 cmt. n.1(C)(i).\n\n### IV. Ms. Ruiz Is Incapacitated\n\nMs. Ruiz, 34, was diagnosed with relapsing-remitting multiple sclerosis in 2016. In 2021 her disease converted to a secondary progressive form. Her neurologist's letter (Exhibit A) reports that she now uses a wheelchair, has lost much of the function of her right hand, and suffers severe fatigue and cognitive symptoms; he states that she is \"unable to provide the daily physical care and supervision that two school-age children require.\" In March 2022 she moved into her mother's one-bedroom apartment in an assisted-living community that does not permit minor residents.\n\n### V. There Is No Other Caregiver\n\nThe children, Mason (12) and Kaylee (9), have been staying with a neighbor on an emergency basis. The Department of Children and Families has told the neighbor that she must either be licensed as a foster parent or the children will be placed in licensed care (Exhibit C). Mr. Ellison's parents are deceased; his only sibling is serving in the Army in Germany. Ms. Ruiz's mother is 71 and herself lives in assisted living.\n\n### VI. Section 3553(a)\n\nMr. Ellison has served 62 months, about 72 percent of his sentence with good-conduct credit. He has a clean disciplinary record and a minimum PATTERN score. He will live in the family's Kissimmee home with the children and has a job offer as a warehouse supervisor. The balance of his sentence can be served as home confinement on supervised release.\n\n### VII. Conclusion\n\nThe Court should reduce Mr. Ellison's sentence to time served, with a special condition of home confinement for the first twelve months of supervised release.\n\n/s/ Sandra M. Quintana\nCounsel for Defendant\n";
  it("the caregiver's own mother and the defendant's deceased parents are no parent's incapacity the 2016 note left out", () => {
    const f = findings(MOTION, "11").filter((x) => x.rule === "compassionate-release-family");
    const lineOf = (at: number) => MOTION.slice(0, at).split("\n").length;
    assert.deepEqual(f.map((x) => [lineOf(x.start), x.severity]), [[16, "information"], [28, "information"], [32, "information"]]);
    for (const x of f) assert.ok(x.message.startsWith("A listed family circumstance under the policy statement, which binds courts in the Eleventh Circuit"), x.message);
  });
});

describe("session 38: a pasted section that speaks for the client, and what its reading exposed", () => {
  it("a section whose text names the client by a courtesy title and asks as counsel (\"We do not ask the Court to excuse\") is counsel's (pz-056)", () => {
    const SECTION = "## B. The reason he returned\n\nThe Court knows from the PSR that Mr. Ramírez-Olguín was removed in 2011 after a conviction for possession of a small amount of methamphetamine. What the PSR does not fully convey is why he came back.\n\nIn September 2012 his daughter Kayla, who is a United States citizen and was then nine years old, was removed from her mother's home in Kansas City, Kansas, after her mother was arrested on a drug charge. The Department for Children and Families placed Kayla in a foster home in Olathe. A DCF caseworker, Ms. Brandt, called Mr. Ramírez in Chihuahua and told him that if a parent did not come forward within the statutory period, the agency would move toward a permanency plan other than reunification. Her letter to the Court is Exhibit C.\n\nMr. Ramírez had no lawful way back. He crossed in October. He found work, rented a two-bedroom apartment, and enrolled in the parenting classes DCF required; the certificates are at Exhibit D. He appeared at every hearing in the child-in-need-of-care case, and it was at the courthouse, after the January 2013 review hearing, that he was arrested. Kayla remains in foster care.\n\nWe do not ask the Court to excuse the offense. Mr. Ramírez knew he was not permitted to return and he has admitted that he did. But his return was an act of a father trying to keep his child from being placed permanently with strangers. That motive is part of \"the nature and circumstances of the offense\" under 18 U.S.C. § 3553(a)(1), and it sets this case apart from the typical reentry prosecution. It also makes clear that the goals of specific deterrence and protection of the public are not served by a lengthy term: he did not come back to commit crimes, and he committed none.\n\nFor this reason, the Court should vary below the advisory range of 15 to 21 months and impose a sentence of time served, which will be approximately six months at the time of sentencing, so that the DCF case can proceed to a placement decision while he is still able to take part.\n";
    assert.equal(pastedDefenceSection(SECTION, headingsOf(SECTION)), true);
    assert.deepEqual(rules(SECTION, "10").filter((r) => r !== "departure-framing"), ["reentry-motive"]);
    // a court's "we ask whether" is no counsel's request
    assert.equal(pastedDefenceSection("## B. The reason he returned\n\nMr. Ramírez returned in 2012. We ask whether the district court erred.\n", headingsOf("## B. The reason he returned\n\nMr. Ramírez returned in 2012. We ask whether the district court erred.\n")), false);
  });
  it("a revocation term conceded (\"does not object to the eight-level increase. The PSR correctly counts the two-year term …\") is no revocation argument (pv-047)", () => {
    const SECTION = "B. Time in State Custody After ICE Located Him\n\nMr. Herrera-Ocampo does not object to the eight-level increase under § 2L1.2(b)(3)(B). The PSR correctly counts the two-year term the Adams County court imposed when it revoked his probation in March 2019; since the 2018 amendment to Application Note 2, a revocation term counts toward the sentence imposed regardless of when the revocation occurred, and with it the sentence imposed reaches two years. We raise a different point.\n\nICE located Mr. Herrera-Ocampo on October 2, 2018, when an officer interviewed him at the Adams County Detention Facility, where he was being held on the probation violation. ICE lodged a detainer that day. He remained in state custody, first on the violation and then on the revocation sentence, until he was paroled to the detainer on August 9, 2019, and he was charged in this case a week later. The Bureau of Prisons will not credit any of those ten months toward his federal sentence, because they were credited to the state term. See 18 U.S.C. § 3585(b).\n\nApplication Note 6 to § 2L1.2 addresses exactly this situation. Where a defendant is located by immigration authorities while serving time in state custody, the Court may consider a departure to reflect all or part of the time served from the date he was located until his federal sentence begins, if the Bureau will not credit it. The note directs the Court to consider whether the defendant engaged in further criminal conduct after reentering, the seriousness of that conduct, and his other history. Mr. Herrera-Ocampo's probation violation was a failure to report and a positive test for marijuana; there was no new offense.\n\nWe ask the Court to depart downward to account for the ten months, from the low end of 24 months to a sentence of 14 months, or to vary to the same result under § 3553(a).";
    assert.deepEqual(rules(SECTION, "10").filter((r) => r === "revocation-sentence"), []);
  });
  it("a section that concedes the calculation and asks a variance gets no warning that the revocation term counts (legal audit 38a, py-032)", () => {
    const SECTION = "### II. The Eight-Level Enhancement Overstates the Prior Offense Because It Rests on a Revocation Term\n\nThe Presentence Report applies an eight-level increase under § 2L1.2(b)(2)(B) because, before his first removal, Mr. Tzul-Chávez was convicted of a felony \"for which the sentence imposed was two years or more.\" We do not dispute that the enhancement is correctly calculated. We ask the Court to vary because the way the prior sentence came to reach two years says little about the seriousness of the offense itself.\n\nThe prior is a 2011 Hall County conviction for theft by receiving stolen property—a used chainsaw and a leaf blower, worth about $700. The state court sentenced Mr. Tzul-Chávez to two years of probation. In 2012, he was arrested for driving without a license, and the court revoked probation and imposed a term of two years' imprisonment, of which he served about eleven months before being paroled to an immigration detainer and removed.\n\nThe Guidelines count that revocation term as part of the \"sentence imposed.\" See § 2L1.2 cmt. n.2 (incorporating § 4A1.2). But the enhancement's purpose is to grade prior offenses by their seriousness, and the Commission chose sentence length as a proxy for that seriousness. Here the proxy fails. The judge who actually assessed the theft offense concluded that it warranted no imprisonment at all. The later two-year term reflected his failure to comply with probation—conduct already punished once by the revocation court, and conduct that is not what § 2L1.2(b)(2) is designed to measure.\n\nWithout the revocation term, the prior would be \"any other felony\" under § 2L1.2(b)(2)(D), and the increase would be four levels, not eight. The resulting range would be 10 to 16 months rather than 18 to 24 months. Mr. Tzul-Chávez asks the Court to treat the enhancement accordingly and to impose a sentence of 12 months and one day. That sentence would still account fully for the prior felony; it simply would not double-count a revocation for a traffic offense as though it were evidence that the underlying theft was serious.\n";
    const f = findings(SECTION, "8").filter((x) => x.rule === "revocation-sentence");
    assert.ok(f.length > 0);
    assert.deepEqual([...new Set(f.map((x) => x.severity))], ["information"]);
  });
  it("an assimilation section's family ties are no compassionate-release ground (pv-026)", () => {
    const SECTION = "III. A Departure for Cultural Assimilation Is Warranted Under Application Note 9\n\nApplication Note 9 to § 2L1.2 allows a downward departure where the defendant formed his cultural ties primarily with this country by living here continuously from childhood, those ties were the primary reason for his reentry, and the departure will not increase the risk to the public. The note directs the Court to seven considerations. Each favors Mr. Xoc-Ical.\n\n(1) and (2): He was five when his mother brought him from Alta Verapaz to Lexington, Nebraska, in 1993. He attended Lexington public schools from kindergarten through graduation from Lexington High School in 2006, where he wrestled for three years.\n\n(3) and (4): He lived in Nebraska continuously for twenty-one years, until his removal in 2014. He was outside the country for about seven months before he returned.\n\n(5): His mother, three siblings, his partner, and their two daughters all live in Lexington; four of them are citizens. His only relatives in Guatemala are elderly great-aunts he has met once. He speaks Q'eqchi' poorly and Spanish as a second language; English is the language he thinks in.\n\n(6): His record is a 2012 conviction for driving under suspension and a 2013 third-offense DUI, for which he served nine months in county jail before ICE took custody.\n\n(7): He has committed no offense since his return; he was found when he was stopped for a broken taillight on the way to his night shift at the beef plant.\n\nEvery piece of evidence points the same direction: Mr. Xoc-Ical is, in every respect but the legal one, a Nebraskan. He returned because Lexington is home and he has no other. We ask the Court to depart three levels.";
    assert.deepEqual(rules(SECTION, "8").filter((r) => r.startsWith("compassionate")), []);
  });
});

describe("legal audit 38a: the law of the day a cited holding was decided, and the circuit's own holding at that day", () => {
  it("a brief that cites McGee is read as of Mar. 29, 2021, the day McGee was decided, and McGee leads there (py-023)", () => {
    const brief = "# Motion for Compassionate Release Under 18 U.S.C. § 3582(c)(1)(A)\n\nMr. Dorsey is serving mandatory life. Were he sentenced today, the First Step Act would make his minimum 25 years. He asks the Court to reduce his sentence below the mandatory minimum. See United States v. McGee, 992 F.3d 1035 (10th Cir. 2021).\n";
    const f = findings(brief, "10").filter((x) => x.rule === "compassionate-release-mandatory-minimum");
    assert.ok(f.length > 0, "a finding");
    assert.ok(f.every((x) => x.message.includes("Mar. 29, 2021 (the day of a decision it cites, 992 F.3d 1035 (10th Cir. 2021))")), f.map((x) => x.message).join(" | "));
    assert.ok(f.every((x) => !x.message.includes("United States v. Tomes, 990 F.3d 500 (6th Cir. 2021). Persuasive in the Tenth Circuit")), f.map((x) => x.message).join(" | "));
  });
  it("a holding on compassionate release before the Nov. 1, 2023 policy statement does not allow a plea of a brief after it", () => {
    const brief = "---\ndocument: compassionate-release-motion\ncircuit: 10\ndate: 2024-06-01\n---\n\n# Motion for Compassionate Release\n\nMr. Soto asks the Court to reduce his sentence to time served even though that is below the mandatory minimum of 120 months.\n";
    const f = findings(brief, "10").filter((x) => x.rule === "compassionate-release-mandatory-minimum");
    assert.ok(f.length > 0, "a finding");
    assert.ok(f.every((x) => !x.message.includes("Allowed at the brief's date by the authority in force — United States v. McGee")), f.map((x) => x.message).join(" | "));
  });
});

describe("legal audit 38a: where no circuit is set, the circuits listed are those of holdings to this effect on the brief's offense (py-029)", () => {
  it("a drug case is not told the § 1326-only holdings' circuits, and the list is not read as the lead's", () => {
    const brief = "---\ndocument: sentencing-memorandum\noffense: 21 U.S.C. § 841(a)(1)\ndate: 2015-06-01\n---\n\n# Sentencing Memorandum\n\nMr. Zepeda asks the Court to depart downward because, as a deportable alien, he will be ineligible for a halfway house and will serve his sentence under harsher conditions.\n";
    const f = checkBrief(new Brief(brief), {}, undefined).findings.filter((x) => x.rule === "deportable-alien-status");
    assert.equal(f.length, 1);
    assert.ok(f[0].message.includes("No circuit set: holdings to this effect bind in the Second and Seventh Circuits, and holdings that limit it in the Eighth Circuit (Lopez-Salas) and the Eleventh Circuit (Veloza);"), f[0].message);
  });
});

describe("legal audit 38a: a § 2255 motion whose ground is rehabilitation is warned though it cites Pepper (py-019)", () => {
  it("Pepper read as if it applied on collateral review does not make the ground a resentencing's", () => {
    const MOTION = "MEMORANDUM OF LAW IN SUPPORT OF MY MOTION UNDER 28 U.S.C. § 2255\n\nCase No. 8:12-cr-00419 — Movant: Luis Alberto Quiñones\n\nGROUND ONE: MY REHABILITATION SINCE SENTENCING\n\n1. On January 2013 the Court sentence me to 121 months for conspiracy with cocaine. I did not appeal because my lawyer say I waive it. I am filing this in less than one year from the judgment.\n\n2. I am asking the Court to reduce my sentence because I am not the same man that you sentence. When I came to prison I was using drugs every day since I was 15 years old and I did not know how to read good in English or Spanish.\n\n3. Since I am in FCI Coleman Low I do these things:\n   - I finish the GED in 2013 (certificate attached).\n   - I complete the Drug Education class and I am on the waiting list for RDAP.\n   - I work in the kitchen as a cook, 7 days, my supervisor write a letter for me.\n   - I take Parenting, Anger Management, and Spanish-English classes, 14 certificates all together.\n   - I have ZERO incident reports.\n\n4. In the case Pepper v. United States (2011) the Supreme Court say the judge can look at the rehabilitation of the person after the sentence and give less time. The Court say it is the most up to date picture of the defendant. I ask the Court to look at my picture now.\n\n5. My daughter Yesenia is 8 years and she write me every week. My mother is sick with the kidneys. I want to be out to help them and to work. I have a job letter from my uncle in Lakeland for landscaping.\n\n6. I know that I made a big mistake and I take responsibility. But the prison help me to change and I show it every day. 121 months was what the judge think I need in 2013 but today I am different person and I ask the Court to give me a new sentence of 87 months, or what the Court think is fair.\n\nI declare under penalty of perjury that the foregoing is true and correct.\n\nExecuted on September 3, 2014.\n\nLuis Alberto Quiñones\nReg. No. 57803-018\n";
    const f = findings(MOTION, "11").filter((x) => x.rule === "post-sentencing-rehabilitation");
    assert.ok(f.length > 0, "a finding");
    assert.ok(f.some((x) => x.severity === "warning" && x.message.startsWith("Rehabilitation after sentence is no ground for a § 2255 motion")), f.map((x) => x.severity + " " + x.message.slice(0, 80)).join(" | "));
  });
});

describe("session 38: a letter whose first paragraph asks for compassionate release is such a motion (pz-050)", () => {
  const LETTER = "Dear Judge,\n\nI am writting you this letter to ask for Compassionate Release under the First Step Act 18 U.S.C. 3582(c)(1)(A). My name is Jerome Tyrell Banks and my case number is 13 CR 584. You sentenced me to 180 months in 2015 for the armed bank robbery at the Chase on Cicero Ave. I have served 9 years.\n\nI want to say first that I am not trying to say what I did was okay. It was not. I scared those tellers half to death and I think about that lady Ms. Ramos that was crying on the video at my trial every day. I wrote her a letter through the victim notification but I dont know if she got it.\n\nThe reason I am asking for release is because I am not the same person who did that robbery. When I came in I was 23 and I had a 7th grade reading level and I was angry at everybody. Since then I got my GED in 2016. I completed over 40 programs, the certificates are with this letter. I did the Challenge Program at USP Thomson, the RDAP (500 hour) program, Victim Impact, Anger Management, Parenting, and I have taken college classes through the Second Chance Pell program and I have 21 credits now with a B average. I work as a GED tutor for the education dept and the teacher Ms. Allen wrote a letter for me too. I have not had a shot (incident report) since 2017, thats over 5 years.\n\nI know the law says rehabilitation by itself is not enough. But I read that the judge can look at everything together, and I am asking you to look at my whole record and what I have done with my time. I didnt just sit in my cell. I made myself into somebody who can be a productive member of society, and I help other guys here do the same thing. Three of the guys I tutored passed there GED this year.\n\nI put my request to the warden here at FCI Oxford in March and he denied it in April saying I dont meet the criteria, the denial is attached.\n\nIf you release me I will live with my aunt in Bellwood and I have a job lined up at a warehouse through a reentry program called Safer Foundation. I will stay away from the people I used to be around. I have a daughter who is 11 now and I want to be a father to her.\n\nThank you for taking time to read this Judge. I pray you will see that I have changed.\n\nRespectfully,\n\nJerome T. Banks #45128-424\nFCI Oxford\nP.O. Box 1000\nOxford, WI 53952\n";
  it("its rehabilitation plea is read in that vehicle", () => {
    const f = findings(LETTER, "7").filter((x) => x.rule === "compassionate-release-rehabilitation");
    assert.ok(f.length > 0, "a finding");
    assert.ok(f[0].trace?.context.includes("its opening asks for compassionate release"), f[0].trace?.context);
  });
  it("a letter that names compassionate release only later is not read so from its opening", () => {
    const other = LETTER.replace("I am writting you this letter to ask for Compassionate Release under the First Step Act 18 U.S.C. 3582(c)(1)(A).", "I am writting you this letter about my case.");
    const f = findings(other, "7");
    assert.ok(f.every((x) => !x.trace?.context.includes("its opening asks for compassionate release")));
  });
});

describe("session 38: \"This motion does not ask the Court to revisit … in light of any later change in the law\" disclaims that ground (pz-045)", () => {
  it("the section's rehabilitation is read, and no change-in-law plea", () => {
    const SECTION = "---\ndocument: compassionate-release-motion\ncircuit: 3\n---\n\n" + "## II. The Extraordinary and Compelling Reason: Mr. Simms's Transformation\n\nThis motion does not ask the Court to revisit the length of Mr. Simms's sentence in light of any later change in the law. It rests on what Mr. Simms has done with the nineteen years he has spent in custody, and on the circumstances that make that record exceptional.\n\nThe policy statement permits the Court to consider rehabilitation \"in combination with other circumstances,\" USSG § 1B1.13(d), and treats as extraordinary and compelling any circumstance or combination of circumstances \"similar in gravity\" to those the Commission listed, § 1B1.13(b)(5). The combination here is this:\n\n**First**, the rehabilitation itself. Mr. Simms came into custody at 20 with a history of violence on the street and in the D.C. Jail. He has had no violent incident report since 2009 and no incident report of any kind since 2013. He earned his GED, then completed a bachelor's degree in 2021 through a Second Chance Pell program offered by a partner university. He is a certified peer specialist.\n\n**Second**, the way he has used it. Since 2016 he has been a lead facilitator in the violence-interruption program at USP Canaan, a program that depends on men with credibility among other prisoners to defuse conflicts before they turn into stabbings. The program's coordinator, a BOP psychologist, credits him with mediating more than forty disputes, including two that staff believed would lead to gang retaliation (Ex. 4). The warden — not a defense witness — has written that Mr. Simms \"has made this institution safer for staff and inmates alike\" (Ex. 5). That is a contribution few prisoners are in a position to make, and fewer still choose to.\n\n**Third**, what awaits him. A District of Columbia credible-messenger violence-interruption program has offered him employment on release doing the same work in the neighborhoods where he once did harm (Ex. 7).\n\nRehabilitation of this kind, demonstrated over nearly two decades and recognized by the very officials charged with keeping him confined, is not the ordinary good conduct of a prisoner who has learned to do his time. Considered together, these circumstances are extraordinary and compelling.\n";
    const r = rules(SECTION, "3");
    assert.ok(r.includes("compassionate-release-rehabilitation"), r.join());
    assert.ok(!r.includes("compassionate-release-mandatory-minimum"), r.join());
  });
});

describe("audit 38b: a provision that exists only from its Manual's day raises an undated brief's floor", () => {
  it("§ 1B1.13(b)(6) from Nov. 1, 2023; § 3F1.1 from Nov. 1, 2025; never a floor alone", () => {
    assert.equal(namedEventAfter("The sentence is unusually long under USSG § 1B1.13(b)(6).", "2018-12-21", "2026-12-07")?.date, "2023-11-01");
    assert.equal(namedEventAfter("The government did not move under § 3F1.1.", "2009-09-14", "2026-12-07")?.date, "2025-11-01");
    assert.equal(namedEventAfter("The old note to § 1B1.13 listed family circumstances.", "2018-12-21", "2026-12-07"), undefined);
    assert.equal(new Brief("The sentence is unusually long under USSG § 1B1.13(b)(6).").front.namedDateFloor, undefined);
  });
});

describe("legal audit 38a: \"His motion rests on a single, uncommon fact: the extraordinary nature of his rehabilitation\" is rehabilitation alone (py-046)", () => {
  it("is warned under § 994(t)", () => {
    const brief = "---\ndocument: compassionate-release-motion\ncircuit: 9\ndate: 2024-03-01\n---\n\n# Motion to Reduce Sentence (18 U.S.C. § 3582(c)(1)(A)(i))\n\nRaymond Thackery has served fourteen years of a 300-month sentence. He moves for a reduction to time served. His motion rests on a single, uncommon fact: the extraordinary nature of his rehabilitation.\n\nHe has been diagnosed with advanced heart failure.\n";
    const f = findings(brief, "9").filter((x) => x.rule === "compassionate-release-rehabilitation");
    assert.deepEqual(f.map((x) => x.severity), ["warning"]);
  });
});

describe("audit 38c: a letter's own count of time served dates it (pi-015, pz-050)", () => {
  it("the year it says the sentence was imposed plus the years served since", () => {
    assert.deepEqual(servedYearsNamed("You sentenced me to 180 months in 2015 for the robbery. I have served 9 years.", "2026-12-07"), { date: "2024-01-01", said: "2024 (sentenced in 2015, \"have served 9 years\")" });
    assert.equal(servedYearsNamed("You sentenced me on June 6, 2014 to 210 months. I have served over eight years.", "2026-12-07")?.date, "2022-01-01");
    // either part missing, or a count that would pass today: no floor
    assert.equal(servedYearsNamed("You sentenced me to 180 months in 2015.", "2026-12-07"), undefined);
    assert.equal(servedYearsNamed("I have served 9 years.", "2026-12-07"), undefined);
    assert.equal(servedYearsNamed("He was sentenced in 2020 and has served 12 years.", "2026-12-07"), undefined);
  });
  it("a letter so dated gets the way forward of its day, not that only the Bureau of Prisons could move", () => {
    const letter = "Dear Judge,\n\nI am writing to ask for Compassionate Release under 18 U.S.C. 3582(c)(1)(A). You sentenced me to 180 months in 2015. I have served 9 years.\n\nThe reason I am asking for release is because I am not the same person. I got my GED, I completed over 40 programs and I tutor other men. My rehabilitation alone is extraordinary and compelling.\n";
    const f = findings(letter, "7").filter((x) => x.rule === "compassionate-release-rehabilitation");
    assert.ok(f.length > 0, "a finding");
    assert.ok(f.every((x) => !x.instead.includes("only on the motion of the Director") && !x.instead.includes("no court of appeals has yet decided")), f.map((x) => x.instead).join(" | "));
  });
});

describe("session 38 trace: the days a cited provision raises a brief's floor are the verified texts' own", () => {
  const guideline = (id: string) => JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "src", "data", "guidelines", `${id}.json`), "utf8")) as { versions: { from: string; historicalNote: string; guideline: { id: string }[] }[] };
  it("§ 3F1.1 from Nov. 1, 2025, its historical note's day (Amendment 836)", () => {
    assert.equal(namedEventAfter("under § 3F1.1", "2000-01-01", "2026-12-07")?.date, "2025-11-01");
    assert.ok(guideline("3F1.1").versions.some((v) => v.historicalNote.includes("Effective November 1, 2025 (amendment 836)")));
  });
  it("§ 1B1.13(b)'s numbered subsections from Nov. 1, 2023, the first version that has them (Amendment 814)", () => {
    assert.equal(namedEventAfter("under USSG § 1B1.13(b)(6)", "2000-01-01", "2026-12-07")?.date, "2023-11-01");
    const v = guideline("1B1.13").versions.filter((x) => x.guideline.some((g) => g.id === "b"));
    assert.ok(v.length > 0 && v.every((x) => Number(x.from) >= 2023), v.map((x) => x.from).join());
    assert.ok(v.some((x) => x.historicalNote.includes("November 1, 2023 (amendment 814)")), v.map((x) => x.historicalNote).join(" | "));
  });
});
