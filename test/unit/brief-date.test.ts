import * as assert from "node:assert/strict";
import { briefDateOfText, citedYearNamed, eventYearNamed, docketYearNamed, latestDateNamed, manualOfText, sentencingDateOfText } from "../../src/core/brief/briefDate";
import { Brief } from "../../src/core/brief/brief";
import { checkBrief } from "../../src/core/pipeline";
import { captionCircuit } from "../../src/core/brief/briefCourt";

const TODAY = "2026-12-06";

describe("the brief's date in the forms a legal audit found unread (session 32)", () => {
  // each brief, unread, was judged by the Manual and the case law of the day Heartland ran (2026): a 2002 revocation
  // objection told Amendment 809 (2018) bound, a 2024 Sixth Circuit motion told Bricker (2025) did
  it("a place, then the date on the next line; the date before a run of spaces; a bare date line in the closing", () => {
    assert.equal(briefDateOfText("Objections.\n\nDated: New York, New York\nNovember 18, 2002\n\nRespectfully submitted,\n", TODAY), "2002-11-18");
    assert.equal(briefDateOfText("We ask for 15 months.\n\nDated: June 4, 2018                         Respectfully submitted,\n\n/s/ Naomi F. Berger\n", TODAY), "2018-06-04");
    assert.equal(briefDateOfText("Please grant my motion.\n\nJuan Perez\nReg. No. 12345-678\nMarch 11, 2024\n", TODAY), "2024-03-11");
  });
  it("'the 2014 Guidelines Manual, which was used for my sentence' names the sentencing's Manual (legal audit 36a, pr-001)", () => {
    assert.equal(manualOfText("But in the 2014 Guidelines Manual, which was used for my sentence, the Application Note says a revocation term counts only before removal.")?.edition, 2014);
    assert.equal(manualOfText("The 2018 Sentencing Guidelines Manual applies.")?.edition, 2018);
    assert.equal(manualOfText("He argues the 2014 Manual, which he says should apply, helps him.")?.edition, undefined);
  });

  it("a memo's bold '**Date:** July 27, 2006'; a transcript's title ending in the hearing's day (legal audit 36b: pk-003, pm-043)", () => {
    assert.equal(briefDateOfText("# Bench Memorandum\n\n**To:** Judge Ashworth\n**Date:** July 27, 2006\n\nYou asked for background.\n", TODAY), "2006-07-27");
    assert.equal(briefDateOfText("**TRANSCRIPT OF SENTENCING (excerpt) — Topeka, Kansas, November 2, 2017**\n\nTHE COURT: Be seated.\n", TODAY), "2017-11-02");
    // (a transcript's title with no date at its end gives none)
    assert.equal(briefDateOfText("**TRANSCRIPT OF SENTENCING**\n\nTHE COURT: Be seated.\n", TODAY), undefined);
  });

  it("'Signed November 20, 2020.' inside the declaration's sentence; 'Dated: 3-14-2022'", () => {
    assert.equal(briefDateOfText("I declare under penalty of perjury that the above is true. Signed November 20, 2020.\n", TODAY), "2020-11-20");
    assert.equal(briefDateOfText("Motion.\n\nDated: 3-14-2022\n", TODAY), "2022-03-14");
  });
  it("a memorandum 'in aid of sentencing, which is set for October 21, 2014' (legal audit of session 33, pq-049)", () => {
    assert.equal(sentencingDateOfText("**DEFENDANT'S SENTENCING MEMORANDUM**\n\nNOW COMES the Defendant and respectfully submits this memorandum in aid of sentencing, which is set for October 21, 2014.\n", TODAY), "2014-10-21");
  });
  it("a government memorandum 'in advance of sentencing on February 25, 2008'", () => {
    assert.equal(sentencingDateOfText("# Government's Sentencing Memorandum\n\nThe United States submits this memorandum in advance of sentencing on February 25, 2008.\n", TODAY, "sentencing-memorandum"), "2008-02-25");
  });
});

describe("the brief's date and edition in the forms the legal audit of session 33 found unread", () => {
  // each was read in the Manual of Dec. 2026 and told departures were abolished (pu-004, 1999; pr-003, 2018) or a 2021
  // order's § 1B1.13 note was not in the Manual (pu-048)
  it("a certificate of service's date at its sentence's end; 'Respectfully submitted May 25, 2018.'; 'SO ORDERED on June 29, 2021.'", () => {
    assert.equal(briefDateOfText("Text.\n\nI certify that a true copy of this motion was delivered to the United States Attorney's Office, El Paso Division, on April 5, 1999.\n", TODAY), "1999-04-05");
    assert.equal(briefDateOfText("Text.\n\nRespectfully submitted May 25, 2018.\n\n/s/ Counsel\n", TODAY), "2018-05-25");
    assert.equal(briefDateOfText("Text.\n\nSO ORDERED on June 29, 2021.\n", TODAY), "2021-06-29");
    assert.equal(briefDateOfText("Text.\n\nI certify that I placed a copy of this motion in the prison mail system, first-class postage prepaid, addressed to the United States Attorney's Office, 801 West Superior Avenue, Cleveland, OH 44113, on August 12, 2024.\n", TODAY), "2024-08-12");
    // a certificate line with a date that is not its end is not read as this form
    assert.equal(briefDateOfText("Text.\n\nI certify that the conviction on April 5, 1999 was his first.\n", TODAY), undefined);
  });
  it("the edition the brief's text says applies: read, said, ranked after the front matter", () => {
    assert.deepEqual(manualOfText("The parties agree that the 2016 Guidelines Manual applies and that the base offense level is 8."), { edition: 2016, said: "2016 Guidelines Manual applies" });
    assert.equal(manualOfText("On February 8, 2016, applying the 2015 Guidelines Manual, the Court sentenced him to 57 months.")?.edition, 2015);
    assert.equal(manualOfText("The Presentence Investigation Report correctly applies the November 1, 2004 Guidelines Manual.")?.edition, 2004);
    // asked for, denied, supposed, or two editions named: none
    assert.equal(manualOfText("The Court should apply the 2014 Manual under Peugh."), undefined);
    assert.equal(manualOfText("The PSR is wrong: it is not the 2016 Manual that applies, and the Court must use the 2014 Manual."), undefined);
    assert.equal(manualOfText("If the 2016 Manual applies, the range is lower."), undefined);
    assert.equal(manualOfText("The PSR used the 2016 Manual. The plea agreement used the 2015 Manual."), undefined);
    assert.equal(manualOfText("The 2016 Manual restructured § 2L1.2."), undefined);
    const b = new Brief("# Sentencing Memorandum\n\nThe parties agree that the 2016 Guidelines Manual applies.\n\nRespectfully submitted May 25, 2018.\n");
    const s = b.settings({});
    assert.equal(s.edition, 2016);
    assert.equal(s.editionFrom, "brief text");
    assert.equal(s.editionReason, `the brief's text names the 2016 Manual ("2016 Guidelines Manual applies")`);
    // the front matter's edition wins; the text's wins over the setting, which is for briefs that do not say
    assert.equal(new Brief("---\nguidelines-manual: 2018\n---\n\nThe parties agree that the 2016 Guidelines Manual applies.\n").settings({}).edition, 2018);
    assert.equal(b.settings({ manual: 2024 }).edition, 2016);
  });
});

describe("the brief's date from its text (no date in the front matter)", () => {
  it("reads a signature block's date, a declaration's, a certificate of service's, and a letter's date line", () => {
    assert.equal(briefDateOfText("# Memo\n\nText.\n\nDated: September 8, 2006\n\n/s/ Counsel\n", TODAY), "2006-09-08");
    assert.equal(briefDateOfText("Text.\n\nDATED this 4th day of October, 2007.\n", TODAY), "2007-10-04");
    // the signing idiom after "Respectfully submitted" (probe pl-034: a 2022 memorandum had been read under the 2025 Manual)
    assert.equal(briefDateOfText("Text.\n\nRESPECTFULLY SUBMITTED this 30th day of August, 2022.\n\ns/ Counsel\n", TODAY), "2022-08-30");
    assert.equal(briefDateOfText("Text.\n\nOn the 30th day of August, 2022, the court held a hearing.\n", TODAY), undefined);
    assert.equal(briefDateOfText("Text.\n\nI declare under penalty of perjury that the foregoing is true. Executed on March 2, 2010.\n", TODAY), "2010-03-02");
    assert.equal(briefDateOfText("Text.\n\nI certify that on April 17, 2014, a copy was served.\n", TODAY), "2014-04-17");
    assert.equal(briefDateOfText("Case 1:21-cr-00544 Document 37\n\n                    May 9, 2022\n\nDear Judge Hargrove:\n\nI write …\n", TODAY), "2022-05-09");
    // the signature's date wins over a date line at the top
    assert.equal(briefDateOfText("June 1, 2019\n\nText.\n\nDated: June 3, 2019\n", TODAY), "2019-06-03");
  });
  it("reads nothing from a paragraph that mentions a date, a date in the future, or one before the Guidelines", () => {
    assert.equal(briefDateOfText("# Memo\n\nHe was sentenced on April 10, 2006 to 63 months, and the Court should now reduce it.\n", TODAY), undefined);
    assert.equal(briefDateOfText("Text.\n\nDated: January 5, 2027\n", TODAY), undefined);
    assert.equal(briefDateOfText("Text.\n\nDated: March 3, 1985\n", TODAY), undefined);
    assert.equal(briefDateOfText("Date of arrest: unknown\n", TODAY), undefined);
    // a date line deep in a long brief's middle is not its date line
    assert.equal(briefDateOfText(`# Memo\n\n${"Text. ".repeat(500)}\n\nMay 9, 2022\n\n${"More. ".repeat(1000)}\n`, TODAY), undefined);
  });
  it("gives a brief whose front matter names no date the law of that day, and says where the date came from", () => {
    const b = new Brief("# Sentencing Memorandum\n\nText.\n\nDated: September 8, 2006\n");
    assert.equal(b.front.briefDate, "2006-09-08");
    assert.equal(b.front.briefDateFrom, "text");
    const s = b.settings({});
    assert.equal(s.edition, 2005);
    assert.match(s.editionReason, /the brief's date, as its signature or date line gives it \(Sept\. 8, 2006\)/);
    // front matter's own dates win
    const f = new Brief("---\nsentencing-date: 2012-03-01\n---\n\n# Memo\n\nDated: September 8, 2006\n");
    assert.equal(f.front.briefDate, undefined);
    assert.equal(f.settings({}).edition, 2011);
    // …but a signature after the sentencing dates a motion after sentence (legal audit of session 34: ph-011, ph-047)
    const m = new Brief("---\ndocument: compassionate-release-motion\nsentencing-date: 2019-01-24\n---\n\n# Motion\n\nText.\n\nDated: September 9, 2024\n");
    assert.equal(m.front.briefDate, "2024-09-09");
    assert.equal(m.settings({}).edition, 2018);
    assert.equal(m.settings({}).policyEdition, 2023);
  });
  it("reads a caption's right-hand date and a pro se declaration's closing date (probes ph-057, pr-033, pw-050)", () => {
    assert.equal(briefDateOfText("UNITED STATES OF AMERICA       :\n                               :     No. 3:16-cr-00188\nHÉCTOR MANUEL ALMONTE-REYES    :     May 16, 2022\n\n**MOTION**\n\nText.\n", TODAY), "2022-05-16");
    assert.equal(briefDateOfText("UNITED STATES OF AMERICA :\nv. : No. 3:05CR214 (JCH)\nWILFREDO ALMONTE-PEÑA : May 8, 2006\n\nMEMORANDUM\n", TODAY), "2006-05-08");
    // a hearing's date in the caption is no date of the brief
    assert.equal(briefDateOfText("UNITED STATES v. RUIZ          :     No. 3:16-cr-00188\nSentencing hearing:    May 16, 2022\n\nMEMORANDUM\n", TODAY), undefined);
    assert.equal(briefDateOfText("# Motion\n\nI am dying.\n\nI declare under penalty of perjury the above is true. March 7, 2023.\n\nManuel Ortega Zamora\n", TODAY), "2023-03-07");
  });
});

describe("the sentencing date a memorandum's introduction names (no date in the front matter or signature)", () => {
  const memo = (body: string) => `# Defendant's Sentencing Memorandum\n\n${body}\n`;
  it("reads the future and present scheduled forms near the top of a sentencing memorandum, and nothing else", () => {
    assert.equal(sentencingDateOfText(memo("Aurelio Mendoza-Vidal will be sentenced on October 14, 2009 for being found in the United States."), TODAY), "2009-10-14");
    assert.equal(sentencingDateOfText(memo("Mr. Ruiz is scheduled to be sentenced on May 29, 2002."), TODAY), "2002-05-29");
    assert.equal(sentencingDateOfText(memo("Ms. Cruz will appear for sentencing on March 21, 2002."), TODAY), "2002-03-21");
    assert.equal(sentencingDateOfText(memo("Sentencing is currently set for Sept. 3, 2015."), TODAY), "2015-09-03");
    assert.equal(sentencingDateOfText("POSITION OF DEFENDANT WITH RESPECT TO SENTENCING\n\nHe will be sentenced on June 4, 2012.\n", TODAY), "2012-06-04");
    assert.equal(sentencingDateOfText("Text.\n\nHe will be sentenced on June 4, 2012.\n", TODAY, "sentencing-memorandum"), "2012-06-04");
    // a motion after sentence recounts the day it was imposed: no guide to the motion's own law
    assert.equal(sentencingDateOfText(memo("He was sentenced on April 10, 2006 to 63 months."), TODAY), undefined);
    assert.equal(sentencingDateOfText(memo("He will be sentenced on January 5, 2027."), TODAY), undefined);
    assert.equal(sentencingDateOfText(memo(`${"Text. ".repeat(800)}\n\nHe will be sentenced on October 14, 2009.`), TODAY), undefined);
  });
  it("reads no past, moved, quoted or narrated date, and nothing outside a sentencing memorandum (review of session 30)", () => {
    // the prior's own sentencing, a date since continued, a quotation, an opinion's narration
    assert.equal(sentencingDateOfText(memo("In his 1998 state case he was set for sentencing on June 3, 1998, and received probation."), TODAY), undefined);
    assert.equal(sentencingDateOfText(memo("Sentencing is set for May 3, 2010. The Court later continued the hearing to June 14, 2010."), TODAY), undefined);
    assert.equal(sentencingDateOfText(memo("> The defendant will be sentenced on October 14, 1999, the court wrote."), TODAY), undefined);
    assert.equal(sentencingDateOfText(memo("This matter comes before the Court for sentencing on September 6, 2011."), TODAY), undefined);
    // a compassionate-release motion, a file of passages with no title, and front matter naming another document
    assert.equal(sentencingDateOfText("# Defendant's Motion for Compassionate Release\n\nHe is set for sentencing on March 3, 2010.\n", TODAY), undefined);
    assert.equal(sentencingDateOfText("The defendant's sentencing memorandum argued for a variance. He will be sentenced on June 4, 2012.\n", TODAY), undefined);
    assert.equal(sentencingDateOfText(memo("He will be sentenced on June 4, 2012."), TODAY, "compassionate-release-motion"), undefined);
  });
  it("reads it as the sentencing date (the Manual in force that day, USSG §1B1.11), says so, and yields to a signature's date and to front matter", () => {
    const b = new Brief("# Sentencing Memorandum\n\nMr. Mendoza-Vidal will be sentenced on October 14, 2009.\n\nThe Court should vary.\n");
    assert.equal(b.front.sentencingDate, "2009-10-14");
    assert.equal(b.front.sentencingDateFrom, "text");
    assert.equal(b.front.briefDate, undefined);
    const s = b.settings({});
    assert.equal(s.edition, 2008);
    assert.equal(s.editionFrom, "sentencing date");
    assert.match(s.editionReason, /the Manual in force on the sentencing date the brief's introduction names \(Oct\. 14, 2009\)/);
    const signed = new Brief("# Sentencing Memorandum\n\nHe will be sentenced on October 14, 2009.\n\nDated: September 30, 2009\n");
    assert.equal(signed.front.briefDate, "2009-09-30");
    assert.equal(signed.front.sentencingDate, undefined);
    assert.equal(new Brief("---\ndate: 2011-02-01\n---\n\n# Sentencing Memorandum\n\nHe will be sentenced on October 14, 2009.\n").front.sentencingDate, undefined);
    // a block quote's lazy continuation line is the quote's (the prose map's block-quote lines), after front matter too
    const lazy = "> In that case the court noted that the defendant\nwill be sentenced on October 14, 1999, after the plea.\n\nThe Court should vary.\n";
    assert.equal(new Brief(`# Sentencing Memorandum\n\n${lazy}`).front.sentencingDate, undefined);
    assert.equal(new Brief(`---\ndocument: sentencing-memorandum\ncircuit: 9\n---\n\n# Sentencing Memorandum\n\n${lazy}`).front.sentencingDate, undefined);
    assert.equal(new Brief(`---\ndocument: sentencing-memorandum\ncircuit: 9\n---\n\n# Sentencing Memorandum\n\n${lazy}\nHe will be sentenced on June 4, 2012.\n`).front.sentencingDate, "2012-06-04");
    // a file of passages (the scorer's layout: no title) is never dated by one passage
    const passages = new Brief("This matter comes before the Court for sentencing on September 6, 2011.\n\nHe will be sentenced on October 14, 2009, and the Court should vary.\n");
    assert.equal(passages.front.sentencingDate, undefined);
    assert.equal(passages.front.briefDate, undefined);
  });
});

describe("the brief's circuit from its caption (no circuit in the front matter)", () => {
  it("reads a letter's address to the district's judge or probation office (legal audit of session 33, pr-045)", () => {
    assert.equal(captionCircuit("LAW OFFICES OF MARTIN J. SEGAL\n\nSeptember 12, 2005\n\nMs. Denise M. Russo\nUnited States Probation Officer\nU.S. Probation Department, Eastern District of New York\n75 Clinton Street\n"), "2");
    assert.equal(captionCircuit("BY HAND\n\nHonorable Miriam T. Castellano\nUnited States District Judge\nSouthern District of Texas\n"), "5");
    // a district named with no court, judge or probation office: none
    assert.equal(captionCircuit("# Sentencing Memorandum\n\nHe was convicted in the Eastern District of New York in 2001.\n"), undefined);
  });
  it("reads a court of appeals, or a district court and its State's circuit (28 U.S.C. § 41)", () => {
    assert.equal(captionCircuit("UNITED STATES COURT OF APPEALS\nFOR THE NINTH CIRCUIT\n\nNo. 01-10219\n"), "9");
    assert.equal(captionCircuit("In the United States Court of Appeals for the District of Columbia Circuit\n"), "dc");
    assert.equal(captionCircuit("IN THE UNITED STATES DISTRICT COURT\nFOR THE WESTERN DISTRICT OF TEXAS\nEL PASO DIVISION\n"), "5");
    assert.equal(captionCircuit("UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF NEW YORK\n"), "2");
    assert.equal(captionCircuit("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF WEST VIRGINIA\n"), "4");
    assert.equal(captionCircuit("UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLUMBIA\n"), "dc");
    assert.equal(captionCircuit("UNITED STATES DISTRICT COURT\nDISTRICT OF PUERTO RICO\n"), "1");
    // an appeal names the court below too: the court of appeals decides
    assert.equal(captionCircuit("UNITED STATES COURT OF APPEALS FOR THE TENTH CIRCUIT\n\nOn Appeal from the United States District Court for the District of Utah\n"), "10");
    // the court's own line decides, whatever district the body names after it (probe pu-014)
    assert.equal(captionCircuit("IN THE UNITED STATES DISTRICT COURT\nFOR THE EASTERN DISTRICT OF PENNSYLVANIA\n\nHad he been found in the District of Arizona he would have been offered a fast-track plea.\n"), "3");
    assert.equal(captionCircuit("UNITED STATES DISTRICT COURT\nDISTRICT OF ARIZONA\n\nHe was first convicted in the Southern District of New York.\n"), "9");
    // a case number's district in the Bluebook's form (probe pv-004)
    assert.equal(captionCircuit("GOVERNMENT'S RESPONSE\n\nUnited States v. Gerardo Salcido-Ponce, Criminal No. 1:08-CR-477 (N.D. Ga.)\n\nText.\n"), "11");
    assert.equal(captionCircuit("Re: United States v. Ruiz, 04 Cr. 211 (S.D.N.Y.)\n"), "2");
    assert.equal(captionCircuit("Re: United States v. Ruiz, No. 05-cr-11 (D. Mass.)\n"), "1");
    // not a case cited with its year
    assert.equal(captionCircuit("# Memo\n\nSee United States v. Ruiz, 2008 WL 1234 (N.D. Ga. 2008).\n"), undefined);
  });
  it("reads nothing where no court is named at the top, where two circuits are, or from a district named in the body", () => {
    assert.equal(captionCircuit("# Sentencing Memorandum\n\nHad he been arrested in the District of Arizona …\n"), undefined);
    // (two districts named, neither the court's own line: "a court in the District of Arizona … the Southern District of New York")
    assert.equal(captionCircuit("United States District Judge\n\nHe was sentenced in the District of Arizona and first convicted in the Southern District of New York.\n"), undefined);
    assert.equal(captionCircuit(`# Memo\n\n${"Text. ".repeat(300)}\n\nUNITED STATES DISTRICT COURT FOR THE DISTRICT OF KANSAS\n`), undefined);
  });
  it("gives a brief whose front matter names no circuit its caption's, and says so; front matter wins", () => {
    const b = new Brief("IN THE UNITED STATES DISTRICT COURT\nFOR THE WESTERN DISTRICT OF TEXAS\n\nDEFENDANT'S OBJECTIONS\n\nText.\n");
    const s = b.settings({ circuit: "9" });
    assert.deepEqual([s.circuit, s.circuitFrom], ["5", "caption"]);
    const f = new Brief("---\ncircuit: 2\n---\n\nIN THE UNITED STATES DISTRICT COURT\nFOR THE WESTERN DISTRICT OF TEXAS\n");
    assert.deepEqual([f.settings({}).circuit, f.settings({}).circuitFrom], ["2", "front matter"]);
  });
});

describe("an undated brief: read as of today, its warnings measured against the latest date it names (legal audit of session 33, round 2)", () => {
  const memo = (dates: string, front = "") => `${front}# Sentencing Memorandum\n\nMr. Ruiz was arrested on ${dates} and pleaded guilty to illegal reentry, 8 U.S.C. § 1326.\n\nThe PSR adds 16 levels under U.S.S.G. § 2L1.2(b)(1)(A)(ii). Mr. Ruiz asks the Court to depart downward under § 5K2.0 because the prior conviction overstates his record.\n`;
  it("reads the latest full date the text names, none after today", () => {
    assert.equal(latestDateNamed("He was arrested on March 3, 2010 and sentenced on Sept. 8, 2011; the hearing is January 5, 2027.", TODAY), "2011-09-08");
    assert.equal(latestDateNamed("No date here, only 2014.", TODAY), undefined);
    // a month and a year: its first day
    assert.equal(latestDateNamed("He was arrested in June 2017 and sentenced on March 3, 2010.", TODAY), "2017-06-01");
  });
  it("a warning that holds only under later law becomes information and says why; a floor of the last two years leaves it a warning", () => {
    const run = (t: string) => { const r = checkBrief(new Brief(t), { circuit: "9" }, undefined); return [...r.findings, ...r.citations]; };
    const old = run(memo("March 3, 2010"));
    const framing = old.filter((f) => f.rule === "departure-framing");
    assert.ok(framing.length > 0);
    for (const f of framing) {
      assert.equal(f.severity, "information");
      // (that day's reading first, then today's: legal audit of session 35, px-005)
      assert.match(f.message, /^The brief gives no date\. Read as of the latest it names, Mar\. 3, 2010: .+ Read as of today: /);
    }
    const cite = old.filter((f) => f.rule === "citation-check" && f.message.includes("2L1.2(b)(1)(A)(ii)"));
    assert.equal(cite.length, 1);
    // §5K2.0, in force until Nov. 1, 2025, likewise
    assert.deepEqual(old.filter((f) => f.rule === "citation-check" && f.message.includes("§5K2.0")).map((f) => f.severity), ["information"]);
    assert.equal(cite[0].severity, "information");
    assert.match(cite[0].message, /^This brief gives no date and is read as of today; the latest date it names is Mar\. 3, 2010, and the 2009 Manual then in force has §2L1\.2\(b\)\(1\)\(A\)\(ii\)/);
    // a brief whose latest date is recent is a brief of today: its warnings stand
    const recent = new Date(Date.now() - 60 * 86400_000);
    const day = recent.toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });
    const now = run(memo(day));
    assert.ok(now.some((f) => f.rule === "departure-framing" && f.severity === "warning"));
    assert.ok(now.some((f) => f.rule === "citation-check" && f.severity === "warning"));
    // and a brief that gives its date is read as of it: no such finding at all in 2010
    const dated = run(memo("March 3, 2010", "---\ndate: 2010-06-01\n---\n\n"));
    assert.ok(!dated.some((f) => f.rule === "departure-framing" || f.rule === "citation-check"), dated.map((f) => f.rule).join(","));
  });
});

describe("an undated brief's case number and filing stamp (legal audits of session 33, round 3, and session 34)", () => {
  it("a case number's year is a floor: appellate, district and CM/ECF forms; not a public law's number", () => {
    assert.deepEqual(docketYearNamed("UNITED STATES COURT OF APPEALS\n\nNo. 06-40218\n\nUNITED STATES v. GARZA", TODAY), { date: "2006-01-01", said: "2006 (the year of its case number No. 06-40218)" });
    assert.equal(docketYearNamed("v. CR-09-01877-TUC", TODAY)?.date, "2009-01-01");
    assert.equal(docketYearNamed("Case No. 1:17-cr-00203-DAD and No. 99-10234", TODAY)?.date, "2017-01-01");
    assert.equal(docketYearNamed("Criminal No. 99-10234", TODAY)?.date, "1999-01-01");
    assert.equal(docketYearNamed("Comprehensive Crime Control Act, Pub. L. No. 98-473, 98 Stat. 1837", TODAY), undefined);
    // a number of a year to come is no case number of this century
    assert.equal(docketYearNamed("No. 45-1234", TODAY), undefined);
  });
  it("the later of a named date and a case number's year; the case number is said as such", () => {
    const run = (t: string) => { const r = checkBrief(new Brief(t), { circuit: "5" }, undefined); return [...r.findings, ...r.citations]; };
    const brief = "# Brief for Appellant\n\nNo. 06-40218\n\nHe was deported in March 2003. The district court added 16 levels under U.S.S.G. § 2L1.2(b)(1)(A)(ii).\n";
    const cite = run(brief).filter((f) => f.rule === "citation-check");
    assert.equal(cite.length, 1);
    assert.equal(cite[0].severity, "information");
    assert.match(cite[0].message, /^This brief gives no date and is read as of today; the latest date it names is 2006 \(the year of its case number No\. 06-40218\), and the 2005 Manual then in force has §2L1\.2\(b\)\(1\)\(A\)\(ii\)/);
    // its fix cites the Manual of that day, not the last that had it (2015)
    assert.equal(cite[0].fix?.newText, " (2005)");
  });
  it("a court's filing stamp dates the brief", () => {
    const t = "Appellate Case: 23-2056     Document: 010110887312     Date Filed: 07/19/2023     Page: 12\n\nNo. 23-2056\n\nBRIEF OF APPELLANT\n\nThe argument.\n";
    assert.equal(briefDateOfText(t, TODAY), "2023-07-19");
    assert.equal(briefDateOfText("Case 1:19-cr-00123-ABC Document 45 Filed 03/02/20 Page 1 of 12\n\nMOTION\n\nText.\n", TODAY), "2020-03-02");
    // a signature date wins over the stamp
    assert.equal(briefDateOfText(t + "\nDated: July 18, 2023\n", TODAY), "2023-07-18");
  });
});

describe("an undated brief's latest year of an event is a floor (legal audit of session 35, pv-026)", () => {
  it("reads 'in 2014', 'since 2019', 'of 2018'; not a release to come, nor a year after today", () => {
    assert.deepEqual(eventYearNamed("He came to Nebraska in 1993 and, after his removal in 2014, returned.", TODAY), { date: "2014-01-01", said: '2014 (the latest year it names, "his removal in 2014")' });
    assert.equal(eventYearNamed("His projected release date is in 2024.", TODAY), undefined);
    assert.equal(eventYearNamed("He will be eligible for release in 2019; he was convicted in 2011.", TODAY)?.date, "2011-01-01");
    assert.equal(eventYearNamed("Sentencing Reform Act of 1984.", TODAY), undefined);
    // a list's years (probe px-049)
    assert.deepEqual(eventYearNamed("three convictions for driving without a license (2009, 2010, 2011), each scored one point", TODAY), { date: "2011-01-01", said: '2011 (the latest year it names, "(2009, 2010, 2011)")' });
  });
  it("a citation then correct in a Manual after the floor's is information, and its fix names that Manual", () => {
    const brief = "# Sentencing Memorandum\n\nAfter his removal in 2014 he returned within months. The Court may depart for cultural assimilation under §2L1.2, comment. (n.9).\n";
    const cite = checkBrief(new Brief(brief), { circuit: "8" }, undefined).citations.filter((f) => f.rule === "citation-check");
    assert.equal(cite.length, 1);
    assert.equal(cite[0].severity, "information");
    assert.match(cite[0].message, /^This brief gives no date and is read as of today; the latest date it names is 2014 \(the latest year it names, "his removal in 2014"\), and the 2014 Manual, in force from Nov\. 1, 2014, has §2L1\.2, comment\. \(n\.9\)/);
    // (no fix: the Manual in force has no departures, and "(2014)" would keep one — ask a variance, as the message says)
    assert.equal(cite[0].fix, undefined);
  });
});

describe("an undated brief's latest cited decision is a floor (legal audit of session 34, pi-011)", () => {
  it("reads the year of a reported decision and of a Westlaw cite; not a bare year", () => {
    assert.deepEqual(citedYearNamed("See United States v. Thacker, 4 F.4th 569 (7th Cir. 2021); United States v. Booker, 543 U.S. 220 (2005).", TODAY), { date: "2021-01-01", said: "2021 (the year of a decision it cites, 4 F.4th 569 (7th Cir. 2021))" });
    assert.equal(citedYearNamed("United States v. Ruiz, 2019 WL 1234567 (S.D. Cal. 2019)", TODAY)?.date, "2019-01-01");
    assert.equal(citedYearNamed("Rodríguez, 527 F.3d 221, 225–26 (1st Cir. 2008)", TODAY)?.date, "2008-01-01");
    assert.equal(citedYearNamed("He was deported in 2019 and returned in 2021.", TODAY), undefined);
  });
});
