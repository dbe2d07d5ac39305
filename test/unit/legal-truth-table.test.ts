/**
 * The legal truth table: for each rule, circuit × edition × framing × offense × vehicle → severity,
 * the binding authorities, and the key words of the message. Every row names its source; a new
 * holding or amendment is a new row. Rows cover the eleven points of the legal audit (issue 15)
 * and the date-true compassionate-release findings (issue 10).
 *
 * Sources cited by short name:
 *   seeds/000 Leiva-Deras (slip op.), seeds/002 Banuelos-Rodriguez, seeds/003 Palacios-Becerril,
 *   seeds/004 Leyva-Martinez — ../shared/seeds;
 *   ref/era_1995 (Amendment 562 n.5 as quoted by Amendment 632), ref/era_2008_2015 (Amendments 722,
 *   764), ref/era_2016 (§ 2L1.2 n.2, n.5; § 1B1.13 n.1(C)), ref/era_2025 (§ 2L1.2 n.2, n.6 history;
 *   § 1B1.13(b)(3), (b)(5), (b)(6)) — ../shared/reference/guidelines;
 *   web: the public copies listed in rules.json for each authority.
 */
import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeBrief } from "../../src/core/precedent/analyze";
import { RULE_FILES } from "../../src/core/precedent/cues";
import { butSeeInForce, datedText, ruleData } from "../../src/core/precedent/rules";
import { familyGroundOf, classifyOffense, offenseFromText, resentencingOf, saysPriorUnscored } from "../../src/core/precedent/facts";
import type { AnalysisSettings, AuthorityRef, Finding, RuleId } from "../../src/core/precedent/types";
import { editionOnDate } from "../../src/core/settings";
import { checkBrief } from "../../src/core/pipeline";
import { Brief } from "../../src/core/brief/brief";
import { editionInForceOn } from "../../src/core/guidelines/editions";

interface Row {
  /** What the row checks, with its source. */
  name: string;
  source: string;
  rule: RuleId;
  sentence: string;
  settings: AnalysisSettings;
  /** undefined = no finding (the law permits the argument). */
  severity?: "warning" | "information";
  /** Cite prefixes that must be among the binding authorities. */
  binding?: string[];
  /** Cite prefixes that must be present but NOT binding. */
  notBinding?: string[];
  /** Cite prefix of the first (lead) authority. */
  lead?: string;
  /** Words the message (or, prefixed "basis:", the basis; "instead:", the advice; "butSee:") must contain. */
  words?: string[];
  /** Words none of message/basis/instead/butSee may contain. */
  never?: string[];
  /** Text no authority citation may contain (e.g. a later edition). */
  noCite?: string[];
  /** Words the "But see" sentence (the quick fix's text) may not contain. */
  butSeeNever?: string[];
}

const S = (circuit: string | null, edition: number, extra: Partial<AnalysisSettings> = {}): AnalysisSettings => ({ circuit, edition, ...extra });

// Sentences (each makes one argument the detector finds)
const CR_A = "Mr. Lopez moves for compassionate release because the sole caregiver of his two minor children, their grandmother, died in March.";
const CR_B = "Mr. Lopez moves for compassionate release because his wife is incapacitated by a stroke and he is her only available caregiver.";
const CR_C = "Mr. Lopez moves for compassionate release because his mother is incapacitated by a stroke and he is her only available caregiver.";
const CR_D_GRANDPARENT = "Mr. Lopez moves for compassionate release because his grandmother, who raised him, is bedridden after a stroke and he is her only available caregiver.";
const CR_D_PARTNER = "Mr. Lopez moves for compassionate release because his girlfriend of twelve years has advanced multiple sclerosis and he would be her only available caregiver.";
const CR_D_GRANDCHILD = "Mr. Lopez moves for compassionate release because the caregiver of his two grandchildren, their mother, died in March and he is the only available caregiver.";
const CR_D_SIBLING = "Ms. Reyes moves for compassionate release because her brother is dying of cancer and she is the only person who can care for him.";
const CR_GENERAL = "Ms. Reyes moves for compassionate release because her husband works full time and cannot care for their three young children.";
const ALIEN = "Mr. Soto asks the Court to depart downward because, as a deportable alien, he is ineligible for a halfway house.";
const ALIEN_VARY = "Mr. Soto asks the Court to vary downward because, as a deportable alien, he is ineligible for a halfway house.";
const MINOR = "Mr. Ruiz asks the Court to depart downward because his prior conviction was minor.";
const MINOR_VARY = "Mr. Ruiz asks the Court to vary downward because his prior conviction was minor.";
const FT_VARY = "Mr. Ruiz asks the Court to vary downward because defendants in other districts receive fast-track plea offers.";
const FT_DEPART = "Mr. Ruiz asks the Court to depart downward because defendants in other districts receive fast-track plea offers.";
const REVOKED = "He argues that the enhancement should not apply because his sentence exceeded 13 months only after his probation was revoked.";
const REVOKED_AFTER =
  "He argues that the enhancement should not apply because his sentence exceeded 13 months only after his probation was revoked, and that revocation was imposed after he was deported and reentered.";
const HEWITT = "At resentencing after the vacatur of his sentence, the First Step Act's § 403 applies, so the stacked 25-year mandatory minimum for the second § 924(c) count no longer applies and the Court should impose the 5-year minimum.";
const S404_LAW = "In this motion under section 404 of the First Step Act for a reduced sentence for his crack offense, the Court may consider intervening changes in the law, including that he would no longer be a career offender today, as Concepcion v. United States, 597 U.S. 481 (2022), holds.";
const S404_LAW_2020 = "In this motion under section 404 of the First Step Act for a reduced sentence for his crack offense, the Court may consider intervening changes in the law, including that he would no longer be a career offender today.";
const S404_REHAB = "---\ndocument: sentence-reduction-motion\n---\n\n# Motion for a Reduced Sentence Under Section 404 of the First Step Act\n\nIn deciding this section 404 motion, the Court may weigh Mr. Diaz's post-sentencing rehabilitation, as Concepcion v. United States allows, and reduce his sentence.";
const DA = "Mr. Ruiz asks the Court to depart downward because, as a deportable alien, he is ineligible for a halfway house and RDAP early release.";
const DA_VARY = "Mr. Ruiz asks the Court to vary downward because, as a deportable alien, he is ineligible for a halfway house and RDAP early release.";
const TAX = "Mr. Ruiz asks the Court to depart downward because he will be deported after his sentence, so every additional month of imprisonment is an expense to taxpayers that serves no purpose.";
const TAX_VARY = "Mr. Ruiz asks the Court to vary downward because he will be deported after his sentence, so every additional month of imprisonment is an expense to taxpayers that serves no purpose.";
const ALIEN_PLAIN = "Mr. Ruiz's status as a deportable alien makes him ineligible for a halfway house and FSA time credits, so a lower sentence is warranted.";
const STACK = "He argues that the First Step Act's nonretroactive change to § 924(c) stacking is an extraordinary and compelling reason for a reduction.";
const MM_RULE35 = "Mr. Cole asks the Court to reduce his sentence below the ten-year mandatory minimum under Rule 35(b).";
const MM = "He asks the Court to reduce his sentence below the mandatory minimum under § 3582(c)(1)(A).";
const REHAB = "He asks the Court to vary downward based on his post-sentencing rehabilitation in prison.";
const POLICY = "The 16-level enhancement double counts Mr. Ruiz\u2019s prior conviction, which is already scored in his criminal history, and the Court should vary downward to avoid punishing him twice for it.";
const COVID = "Mr. Ruiz moves for compassionate release because the COVID-19 pandemic puts him at risk of infection in the crowded conditions of his facility.";
const REHAB_DEPART = "Defendant asks the Court to grant her a downward departure and modify her term of imprisonment based on post-conviction rehabilitation.";
const INNOCENT = "Mr. Ruiz moves for compassionate release because he is innocent: the government's key witness has since recanted.";
const CODEFENDANT = "Mr. Ruiz moves for compassionate release because his co-defendants, who pleaded guilty, received far lower sentences than his 30 years.";
const REHAB_RESENT = "At resentencing, Mr. Ruiz asks the Court to depart downward based on his post-sentencing rehabilitation in prison.";

const ROWS: Row[] = [
  // ---------------------------------------------------------------- 1. CR family: §1B1.13(b)(3) grounds (2023 text)
  {
    name: "(b)(3)(A): death of the caregiver of minor children is a recognised ground, 'only caregiver' not required",
    source: "ref/era_2025 § 1B1.13(b)(3)(A) (Amendment 814, Nov. 1, 2023)",
    rule: "compassionate-release-family",
    sentence: CR_A,
    settings: S("8", 2024),
    severity: "information",
    lead: "USSG § 1B1.13(b)(3)(A)",
    binding: ["USSG § 1B1.13(b)(3)(A)", "United States v. Avalos Banderas"],
    words: ["recognised ground", "does not require that the defendant be the only available caregiver", "butSee:See USSG § 1B1.13(b)(3)(A)"],
    never: ["Ordinary family hardship is not", "But see"],
  },
  {
    name: "(b)(3)(B): incapacitated spouse, defendant the only available caregiver",
    source: "ref/era_2025 § 1B1.13(b)(3)(B)",
    rule: "compassionate-release-family",
    sentence: CR_B,
    settings: S("9", 2024),
    severity: "information",
    lead: "USSG § 1B1.13(b)(3)(B)–(C)",
    words: ["only available caregiver", "spouse", "instead:Prove both elements"],
    never: ["Ordinary family hardship is not", "But see"],
  },
  {
    name: "(b)(3)(C): incapacitated parent, defendant the only available caregiver (issue 10)",
    source: "ref/era_2025 § 1B1.13(b)(3)(C)",
    rule: "compassionate-release-family",
    sentence: CR_C,
    settings: S("2", 2024),
    severity: "information",
    lead: "USSG § 1B1.13(b)(3)(B)–(C)",
    words: ["recognised ground if the defendant would be the only available caregiver", "a parent (C)"],
    never: ["But see"],
  },
  // (b)(3)(D): "any other immediate family member or an individual whose relationship with the defendant is
  // similar in kind to that of an immediate family member", a grandchild, grandparent or sibling being
  // immediate family — recognised like (A)–(C): what must be shown, never foreclosed.
  ...[
    ["grandparent who raised him, incapacitated", CR_D_GRANDPARENT, "8"],
    ["unmarried partner (a relationship similar in kind)", CR_D_PARTNER, "9"],
    ["grandchildren whose caregiver died (similar to (A))", CR_D_GRANDCHILD, "2"],
    ["sibling dying of cancer", CR_D_SIBLING, "11"],
  ].map(([what, sentence, circuit]): Row => ({
    name: `(b)(3)(D): ${what}, defendant the only available caregiver — a recognised ground; says what to prove`,
    source: "ref/era_2025 § 1B1.13(b)(3)(D) (verbatim, 2025 Manual pp. 44–49; Amendment 814, Nov. 1, 2023)",
    rule: "compassionate-release-family",
    sentence,
    settings: S(circuit, 2024),
    severity: "information",
    lead: "USSG § 1B1.13(b)(3)(D)",
    binding: ["USSG § 1B1.13(b)(3)(D)"],
    words: [
      "recognised ground if the defendant would be the only available caregiver",
      "similar in kind to that of an immediate family member",
      "a grandchild, grandparent or sibling",
      "instead:Prove the three elements of (b)(3)(D)",
      "butSee:See USSG § 1B1.13(b)(3)(D)",
    ],
    never: ["But see", "Ordinary family hardship is not", "outside § 1B1.13(b)(3)", "foreclose", "Binding in the"],
  })),
  {
    name: "2026 edition (text carried from 2025): (b)(3)(D) still recognised",
    source: "src/data/editions.json (2026 carries the 2025 text); ref/era_2025 § 1B1.13(b)(3)(D)",
    rule: "compassionate-release-family",
    sentence: CR_D_GRANDPARENT,
    settings: S("5", 2026),
    severity: "information",
    lead: "USSG § 1B1.13(b)(3)(D)",
  },
  {
    name: "general family hardship: Leyva-Martinez (persuasive); (b)(5) similar gravity; (b)(3) never cited against the movant",
    source: "seeds/004 (Leyva-Martinez); ref/era_2025 § 1B1.13(b)(5)",
    rule: "compassionate-release-family",
    sentence: CR_GENERAL,
    settings: S("8", 2024),
    severity: "information",
    lead: "United States v. Leyva-Martinez",
    words: ["outside § 1B1.13(b)(3)(A)–(D)", "(b)(5)", "butSee:But see United States v. Leyva-Martinez", "instead:similar in kind to that of an immediate family member"],
    never: ["only in the listed situations", "Binding in every federal court"],
  },
  // ---------------------------------------------------------------- issue 10: before Nov. 1, 2023
  {
    name: "2021 edition, 3d Cir.: no 2023 text cited; the circuit's law on § 1B1.13's applicability (Andrews)",
    source: "web: Andrews, 12 F.4th 255 (3d Cir. 2021) (justia, midpage); ref/era_2016 § 1B1.13 n.1(C)",
    rule: "compassionate-release-family",
    sentence: CR_C,
    settings: S("3", 2021),
    severity: "information",
    binding: ["United States v. Andrews"],
    words: ["§ 1B1.13 speaks only to motions of the Bureau of Prisons", "did not bind the court on a defendant's motion", "Third Circuit"],
    noCite: ["2023", "(b)(3)"],
    never: ["(Nov. 1, 2023)", "Leyva-Martinez", "Before Nov. 1, 2023"], // read as of the 2021 edition: the amendment is later law (audit 15 O4)
  },
  {
    name: "2021 edition, 11th Cir.: § 1B1.13 binds (Bryant); a parent's incapacitation is not in n.1(C): warning",
    source: "web: Bryant, 996 F.3d 1243 (11th Cir. 2021) (casetext, cetient); ref/era_2016 § 1B1.13 n.1(C)",
    rule: "compassionate-release-family",
    sentence: CR_C,
    settings: S("11", 2021),
    severity: "warning",
    binding: ["United States v. Bryant", "USSG § 1B1.13, comment. (n.1(C))"],
    words: ["basis:Binding in the Eleventh Circuit: § 1B1.13 governed defendants' motions (Bryant)"], // read as of the 2021 edition: no "before Nov. 1, 2023" (audit 15 O4)
    noCite: ["(Nov. 1, 2023)"],
  },
  {
    name: "2021 edition, 11th Cir.: the caregiver of minor children is listed in n.1(C)(i)",
    source: "ref/era_2016 § 1B1.13 n.1(C)(i); Bryant",
    rule: "compassionate-release-family",
    sentence: CR_A,
    settings: S("11", 2021),
    severity: "information",
    lead: "USSG § 1B1.13, comment. (n.1(C))",
    words: ["listed family circumstance"],
    never: ["But see"],
  },
  {
    name: "2021 edition, 5th Cir.: Shkambi (Apr. 7, 2021) — the pre-2023 § 1B1.13 was inapplicable on a defendant's motion (audit 6c item 8)",
    source: "web: Shkambi, No. 20-40543 (justia: 'the policy statement is inapplicable'; midpage: 993 F.3d 388)",
    rule: "compassionate-release-family",
    sentence: CR_C,
    settings: S("5", 2021),
    severity: "information",
    lead: "United States v. Shkambi",
    words: ["inapplicable", "Fifth Circuit"],
    noCite: ["(Nov. 1, 2023)"],
  },
  {
    name: "2021 edition, no circuit: the circuits differed, the Eleventh's binding Bryant is named, and it asks for the circuit (audit 13 D10)",
    source: "rules.json: the no-circuit pre-2023 outcome; Bryant, 996 F.3d 1243 (11th Cir. 2021)",
    rule: "compassionate-release-family",
    sentence: CR_C,
    settings: S(null, 2021),
    severity: "information",
    words: ["No circuit set", "in the Eleventh Circuit it bound them"],
    noCite: ["(Nov. 1, 2023)"],
  },
  {
    name: "2019 edition, 3d Cir.: Andrews (Aug. 2021) postdates the brief: the circuit's law then is not verified here",
    source: "Andrews filed Aug. 30, 2021 (justia)",
    rule: "compassionate-release-family",
    sentence: CR_C,
    settings: S("3", 2019),
    severity: "information",
    words: ["has not verified"],
    noCite: ["Andrews", "Leyva-Martinez", "2023"],
  },
  {
    name: "2016 edition: only the BOP could move — read as of the edition, the brief is not told of the First Step Act (Dec. 21, 2018) (audit 15 O4)",
    source: "ref/statutes 18 U.S.C. § 3582(c)(1)(A) before Dec. 21, 2018; First Step Act § 603(b)",
    rule: "compassionate-release-family",
    sentence: CR_GENERAL,
    settings: S("9", 2016),
    severity: "information",
    words: ["Director of the Bureau of Prisons", "the statute still lets only the Director move", "instead:guidelines-manual:"],
    never: ["First Step Act", "Dec. 21, 2018"],
    noCite: ["2023"],
  },
  // ---------------------------------------------------------------- 2. deportable-alien status depends on the offense
  {
    name: "9th Cir., § 846 case: Charry Cubillos allows the consideration; Martinez-Ramos (§ 1326) does not bind",
    source: "web: Charry Cubillos, 91 F.3d 1342 (9th Cir. 1996) (vlex, casetext, midpage); seeds/003 (Martinez-Ramos, 1058-59)",
    rule: "deportable-alien-status",
    sentence: ALIEN,
    settings: S("9", 2016, { offense: "21 U.S.C. § 846" }),
    severity: "information",
    lead: "United States v. Charry Cubillos",
    binding: ["United States v. Charry Cubillos"],
    notBinding: ["United States v. Martinez-Ramos"],
    words: ["Outside § 1326", "basis:21 U.S.C. § 846"],
    never: ["But see"],
  },
  {
    name: "9th Cir., § 1326 case: Martinez-Ramos binds against a departure",
    source: "seeds/003 (Palacios-Becerril citing Martinez-Ramos, 184 F.3d at 1058-59)",
    rule: "deportable-alien-status",
    sentence: ALIEN,
    settings: S("9", 2016, { offense: "8 U.S.C. § 1326" }),
    severity: "warning",
    lead: "United States v. Martinez-Ramos, 184 F.3d 1055, 1058-59",
    binding: ["United States v. Martinez-Ramos"],
  },
  {
    name: "9th Cir., statute not stated: warning for the § 1326 case, and the message says how to tell it",
    source: "seeds/003; Charry Cubillos",
    rule: "deportable-alien-status",
    sentence: ALIEN,
    settings: S("9", 2016),
    severity: "warning",
    words: ["basis:statute:"],
  },
  {
    name: "9th Cir., § 1326, variance: not squarely foreclosed",
    source: "Martinez-Ramos is a departure holding of the mandatory era",
    rule: "deportable-alien-status",
    sentence: ALIEN_VARY,
    settings: S("9", 2025, { offense: "8 U.S.C. § 1326" }),
    severity: "information",
  },
  {
    name: "8th Cir.: Lopez-Salas limits the ground to atypical cases (information, not a binding bar)",
    source: "web: Lopez-Salas, 266 F.3d 842 (8th Cir. 2001) (justia; studicata summary)",
    rule: "deportable-alien-status",
    sentence: ALIEN,
    settings: S("8", 2016, { offense: "21 U.S.C. § 841" }),
    severity: "information",
    lead: "United States v. Lopez-Salas",
    words: ["basis:atypical"],
  },
  {
    name: "2d Cir., drug case: Restrepo rejects collateral-consequence departures",
    source: "web: Restrepo, 999 F.2d 640 (2d Cir. 1993) (casetext)",
    rule: "deportable-alien-status",
    sentence: ALIEN,
    settings: S("2", 2003, { offense: "21 U.S.C. § 846" }),
    severity: "warning",
    binding: ["United States v. Restrepo"],
  },
  // ---------------------------------------------------------------- 3. minor prior by edition; 8. note numbers; 9. Stultz
  {
    name: "1998 Manual, 2d Cir.: comment. n.5 (Amendment 562) allows the departure in the cases it describes",
    source: "ref/era_1995 (Amendment 562, eff. Nov. 1, 1997; n.5 as quoted by Amendment 632)",
    rule: "prior-conviction-seriousness",
    sentence: MINOR,
    settings: S("2", 1998),
    severity: "information",
    lead: "USSG § 2L1.2, comment. (n.5) (Manuals from Nov. 1997)", // the 1998 edition, read as of 1999: the note's end (Nov. 1, 2001) not yet known (audit 15 O4, more forms)
    words: ["allow this departure", "one year or less"],
    never: ["But see", "is error"],
    noCite: ["Leiva-Deras", "Stultz"],
  },
  {
    name: "1995 Manual, 2d Cir.: no note and no binding holding on this edition: information",
    source: "ref/era_1995 (the note came with Amendment 562); seeds/000 (Leiva-Deras concerns the 2001 scheme)",
    rule: "prior-conviction-seriousness",
    sentence: MINOR,
    settings: S("2", 1995),
    severity: "information",
    // read as of the 1995 edition (to Oct. 31, 1996): the 1997 note (Amendment 562, Nov. 1, 1997) is later law (audit 15 O4, more forms)
    words: ["under § 2L1.2 as then in force — no departure note for the seriousness of the aggravated felony", "basis:The Manual in force has no commentary authorising this departure."],
    never: ["Amendment 562", "1997", "1995–1996"],
  },
  {
    name: "2003 Manual, 2d Cir.: a departure is error (Leiva-Deras, Stultz)",
    source: "seeds/000 Part I",
    rule: "prior-conviction-seriousness",
    sentence: MINOR,
    settings: S("2", 2003),
    severity: "warning",
    lead: "United States v. Leiva-Deras",
    binding: ["United States v. Leiva-Deras", "United States v. Stultz"],
  },
  {
    name: "2003 Manual, 2d Cir., sentenced after Booker: a variance is not what Leiva-Deras/Stultz decided: information",
    source: "seeds/000 (departure holdings under the mandatory 2001 scheme)",
    rule: "prior-conviction-seriousness",
    sentence: MINOR_VARY,
    settings: S("2", 2003, { sentencingDate: "2005-06-01" }),
    severity: "information",
    words: ["variance is open to argument"],
  },
  {
    name: "2008 and 2009 Manuals, 2d Cir.: comment. n.7 (Amendment 722) allows the departure: information quoting the note, no adverse authority",
    source: "ref/era_2008_2015 (Amendment 722, eff. Nov. 1, 2008)",
    rule: "prior-conviction-seriousness",
    sentence: MINOR,
    settings: S("2", 2008),
    severity: "information",
    words: ["A recognised departure ground", "comment. (n.7)", "substantially overstates or understates the seriousness of a prior conviction", "instead:ask for the departure under comment. (n.7)"],
    never: ["Leiva-Deras", "But see", "Binding"],
  },
  {
    name: "2009 Manual, 2d Cir.: information (n.7 allows the departure)",
    source: "ref/era_2008_2015 (Amendment 722)",
    rule: "prior-conviction-seriousness",
    sentence: MINOR,
    settings: S("2", 2009),
    severity: "information",
    words: ["comment. (n.7)"],
    never: ["(n.6)", "Leiva-Deras"],
  },
  {
    name: "2016 Manual: the seriousness note is n.5 (Amendment 802), with its three reasons",
    source: "ref/era_2016 (§ 2L1.2 n.5)",
    rule: "prior-conviction-seriousness",
    sentence: MINOR,
    settings: S("9", 2016),
    severity: "information",
    words: ["comment. (n.5)", "too remote to receive criminal history points (§ 4A1.2(e))", "time actually served"],
    never: ["n.7)", "n.6)"],
  },
  {
    name: "2020 Manual: the seriousness note is n.6 (Amendment 809 inserted n.5): information naming n.6",
    source: "ref/era_2025 (what_happened_to_departure_notes); ref/era_2016 later_changes",
    rule: "prior-conviction-seriousness",
    sentence: MINOR,
    settings: S("2", 2020),
    severity: "information",
    words: ["comment. (n.6)", "instead:comment. (n.6)'s three reasons"],
    never: ["(n.5)", "(n.7)", "Leiva-Deras"],
  },
  {
    name: "2025 Manual: departures gone; variance only",
    source: "ref/era_2025 (Amendment 836)",
    rule: "prior-conviction-seriousness",
    sentence: MINOR,
    settings: S("2", 2025),
    severity: "information",
    words: [
      "instead:n.6 (2018–2024)",
      "instead:n.5 (2016–2017)",
      "instead:n.7 (2008–2015)",
      "ends at n.5",
      "criminal conduct occurred both before and after the first order",
      "basis:Application Note 5, \"Cases in Which the Criminal Conduct Underlying a Prior Conviction Occurred Both Before and After the Defendant Was First Ordered Deported or Ordered Removed\"",
      "basis:\"For purposes of subsections (b)(2) and (b)(3), count such a conviction only under subsection (b)(2).\"",
    ],
    binding: ["USSG § 2L1.2, comment. (n.5) (Nov. 1, 2025)"],
    never: ["n.5 (2016))", "convictions sustained both before and after"],
  },
  // ---------------------------------------------------------------- 4. fast track in the Second Circuit
  {
    name: "2d Cir. variance: open question (Liriano-Blanco, Hendry); information, never a binding warning",
    source: "web: Liriano-Blanco, No. 06-2919-cr (2d Cir. Dec. 11, 2007) (vlex, justia, Federal Defenders blog); Hendry (schoenbachlaw summary)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("2", 2016),
    severity: "information",
    lead: "United States v. Liriano-Blanco",
    words: ["open question in the Second Circuit", "a court need not vary"],
    never: ["But see"],
  },
  {
    name: "2d Cir. departure: Bonnet-Grullon binds (no authority to depart)",
    source: "seeds/002 n.4 (Banuelos-Rodriguez quoting Bonnet-Grullon, 212 F.3d at 693)",
    rule: "fast-track-disparity",
    sentence: FT_DEPART,
    settings: S("2", 2016),
    severity: "warning",
    lead: "United States v. Bonnet-Grullon",
    binding: ["United States v. Bonnet-Grullon"],
  },
  {
    name: "9th Cir. variance: Banuelos-Rodriguez; Marcial-Santiago",
    source: "seeds/002 (Banuelos-Rodriguez, 215 F.3d at 978)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("9", 2016),
    severity: "warning",
    binding: ["United States v. Banuelos-Rodriguez", "United States v. Marcial-Santiago"],
  },
  // ---------------------------------------------------------------- 5. revocation by edition; 6. Fifth Circuit after reentry
  {
    name: "2016 Manual: Amendment 802's Note 2 counts any revocation term (no before-deportation limit)",
    source: "ref/era_2016 § 2L1.2 comment. (n.2)",
    rule: "revocation-sentence",
    sentence: REVOKED,
    settings: S("9", 2016),
    severity: "warning",
    lead: "USSG § 2L1.2, comment. (n.2) (Manuals from Nov. 2016)", // read as of 2017: the 2016–2017 range's end not yet known (audit 15 O4, more forms)
    words: ["basis:Amendment 802"],
    never: ["only if the revocation occurred before"],
  },
  {
    name: "2017 Manual: same",
    source: "ref/era_2016",
    rule: "revocation-sentence",
    sentence: REVOKED,
    settings: S(null, 2017),
    severity: "warning",
  },
  {
    name: "2014 Manual: Amendment 764 — counts only if the revocation preceded deportation",
    source: "ref/era_2008_2015 (Amendment 764, eff. Nov. 1, 2012)",
    rule: "revocation-sentence",
    sentence: REVOKED,
    settings: S("9", 2014),
    severity: "information",
    lead: "USSG § 2L1.2, comment. (n.1(B)(vii))",
    words: ["basis:Amendment 764"],
  },
  {
    name: "2018 Manual: 'regardless of when the revocation occurred' (Amendment 809, Nov. 1, 2018)",
    source: "ref/era_2025 § 2L1.2 comment. (n.2); ref/README (Amendment 809 eff. Nov. 1, 2018)",
    rule: "revocation-sentence",
    sentence: REVOKED,
    settings: S(null, 2018),
    severity: "warning",
    words: ["basis:regardless of when the revocation occurred"],
  },
  {
    name: "5th Cir., 2010 Manual, revocation after deportation and reentry (sentencing 2011): Bustillos-Pena allows the argument",
    source: "web: Bustillos-Pena, 612 F.3d 863 (5th Cir. 2010) (midpage; the day not found, so counted from Jan. 1, 2011)",
    rule: "revocation-sentence",
    sentence: REVOKED_AFTER,
    settings: S("5", 2010, { sentencingDate: "2011-03-01" }),
    severity: "information",
    lead: "United States v. Bustillos-Pena",
    binding: ["United States v. Bustillos-Pena"],
    words: ["does not count in the Fifth Circuit"],
    never: ["But see"],
  },
  {
    name: "5th Cir., 2005 Manual sentenced before Bustillos-Pena: the question was open; no 2010 case cited",
    source: "Bustillos-Pena decided 2010 (midpage); seeds/000 (Compian-Torres, Ruiz-Gea)",
    rule: "revocation-sentence",
    sentence: REVOKED_AFTER,
    settings: S("5", 2005, { sentencingDate: "2006-03-01" }),
    severity: "information",
    words: ["basis:Check the sentencing date"],
    noCite: ["Bustillos-Pena"],
  },
  {
    name: "5th Cir., 2009 Manual, revocation before deportation: Compian-Torres binds",
    source: "seeds/000 Part II (Compian-Torres, 320 F.3d at 516-17)",
    rule: "revocation-sentence",
    sentence: REVOKED,
    settings: S("5", 2009),
    severity: "warning",
    binding: ["United States v. Compian-Torres, 320 F.3d 514, 516-17"],
  },
  // ---------------------------------------------------------------- 7. nonretroactive changes; 10. mandatory minimums
  {
    name: "3d Cir., 2024 Manual: nonretroactive § 924(c) change foreclosed (Andrews; Rutherford, 3d Cir. 2024)",
    source: "web: Andrews, 12 F.4th 255; Rutherford, 120 F.4th 360 (3d Cir. 2024) (midpage, casetext)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("3", 2024),
    severity: "warning",
    lead: "United States v. Rutherford, 120 F.4th 360",
    binding: ["United States v. Rutherford, 120 F.4th 360", "United States v. Andrews"],
    words: ["nonretroactive change in the law is not an extraordinary and compelling reason in the Third Circuit"],
    // the 2024 Manual's last day (Oct. 31, 2025) precedes the Supreme Court's Rutherford (May 28, 2026): not named (audit 14 D4)
    never: ["No. 24-820", "May 28, 2026"],
  },
  // legal audit 9: the Third Circuit between § 1B1.13(b)(6) (Nov. 1, 2023) and Rutherford (3d Cir. Nov. 1, 2024)
  {
    name: "3d Cir., brief of Mar. 1, 2024: Andrews binds, whether (b)(6) displaces it is undecided (Rutherford, 3d Cir., came Nov. 1, 2024)",
    source: "audit 9; Rutherford, 120 F.4th 360 (3d Cir. Nov. 1, 2024); USSG § 1B1.13(b)(6) (Nov. 1, 2023)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("3", 2023, { briefDate: "2024-03-01" }),
    severity: "information",
    lead: "United States v. Andrews",
    words: ["whether USSG § 1B1.13(b)(6) (Nov. 1, 2023) displaces it was not yet decided by the court of appeals at the brief's date (Rutherford decided it later)"],
    never: ["cannot make it one (Rutherford"],
  },
  {
    name: "3d Cir., brief of June 1, 2022: Andrews binds (no Rutherford yet)",
    source: "audit 9; Andrews, 12 F.4th 255 (3d Cir. Aug. 30, 2021)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("3", 2021, { briefDate: "2022-06-01" }),
    severity: "warning",
    lead: "United States v. Andrews",
    never: ["Rutherford"],
  },
  {
    name: "2d Cir., brief of June 15, 2026: Rutherford (U.S.) is a Supreme Court decision, never 'Persuasive in the Second Circuit'",
    source: "audit 9; order list of June 8, 2026 (608 U.S.)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("2", 2025, { briefDate: "2026-06-15" }),
    severity: "information",
    lead: "Rutherford v. United States",
    words: ["A Supreme Court decision binds every federal court (what it held is unverified here)"],
    never: ["Persuasive in the Second Circuit"],
  },
  {
    name: "1st Cir., 2024 Manual: (b)(6) with its conditions (ten years served, gross disparity); the Supreme Court's Rutherford (May 28, 2026) postdates the brief (Oct. 31, 2025) and is not named (audit 14 D4)",
    source: "ref/era_2025 § 1B1.13(b)(6), (c); Rutherford v. United States, No. 24-820 (U.S. May 28, 2026)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("1", 2024),
    severity: "information",
    words: ["basis:at least 10 years served", "basis:Rutherford, 3d Cir. Nov. 1, 2024", "instead:at least ten years served"],
    never: ["Rutherford v. United States"],
    // the Supreme Court's decision (reported May 28, 2026) postdates a 2024-edition brief: not cited
    noCite: ["Rutherford v. United States"],
  },
  {
    name: "1st Cir., 2025 Manual: Rutherford v. United States (U.S. 2026) is shown, unverified and not binding",
    source: "ref/holdings (Rutherford, secondary sources only)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("1", 2025),
    severity: "information",
    notBinding: ["Rutherford v. United States"],
  },
  {
    name: "7th Cir., 2019 edition: Thacker (2021) postdates the brief: no binding warning",
    source: "Thacker, 4 F.4th 569 (7th Cir. 2021) (seeds/004)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("7", 2019),
    severity: "information",
    noCite: ["Thacker", "Rutherford"],
  },
  {
    name: "7th Cir.: Thacker",
    source: "seeds/004 (Thacker, 4 F.4th at 574)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("7", 2025),
    severity: "warning",
    binding: ["United States v. Thacker, 4 F.4th 569 (7th Cir. 2021)"],
  },
  {
    name: "below a minimum in a § 3582(c)(1)(A) motion: Rule 35(b)(4) is beside the point — not cited, not in the advice",
    source: "src/data/court-rules.json Rule 35(b)(1), (b)(4) (a government motion for substantial assistance); seeds/004 (Halvon, 26 F.4th at 570)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: MM,
    settings: S("9", 2025),
    severity: "information",
    never: ["Rule 35", "3553(e)"],
    noCite: ["Fed. R. Crim. P. 35"],
  },
  {
    name: "below a minimum under Rule 35(b): Rule 35(b)(4) allows it on the government's substantial-assistance motion; no § 3582 authority",
    source: "src/data/court-rules.json Rule 35(b)(1), (b)(2), (b)(4)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: MM_RULE35,
    settings: S("9", 2025),
    severity: "information",
    lead: "Fed. R. Crim. P. 35(b)(4)",
    binding: ["Fed. R. Crim. P. 35(b)(4)"],
    words: ["When acting under Rule 35(b), the court may reduce the sentence to a level below the minimum sentence established by statute", "government's motion", "instead:Rule 35(b)(4)", "instead:§ 3553(e)", "instead:§ 3553(f)"],
    never: ["But see", "extraordinary and compelling", "1B1.13"],
    noCite: ["Halvon", "Thacker", "1B1.13", "Leyva-Martinez"],
  },
  {
    name: "below a minimum under Rule 35(b) in the 2d Cir.: still the Rule 35(b)(4) guidance, not Halvon's § 3582 answer",
    source: "src/data/court-rules.json Rule 35(b)(4)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: "Mr. Cole asks the Court to reduce his sentence below the ten-year mandatory minimum.",
    settings: S("2", 2025, { document: "rule-35-motion" }),
    severity: "information",
    lead: "Fed. R. Crim. P. 35(b)(4)",
  },
  {
    name: "2d Cir.: a mandatory minimum does not preclude a reduction (Halvon): information naming Halvon with its pin",
    source: "seeds/004 (Halvon, 26 F.4th at 570)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: MM,
    settings: S("2", 2025),
    severity: "information",
    lead: "United States v. Halvon, 26 F.4th 566, 570",
    words: ["does not bar a compassionate-release reduction in the Second Circuit", "Binding in the Second Circuit", "instead:United States v. Brooker, 976 F.3d 228 (2d Cir. 2020)"],
    never: ["But see"],
  },
  // ---------------------------------------------------------------- 11. Pepper
  {
    name: "resentencing after vacatur: post-sentencing rehabilitation may be considered (Pepper): guidance, no adverse authority",
    source: "web: Pepper v. United States, 562 U.S. 476 (2011) (midpage); seeds/003 (departures at sentencing or resentencing)",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB,
    settings: S("9", 2016, { resentencing: true }),
    severity: "information",
    words: ["Permitted at a resentencing after vacatur", "Pepper v. United States, 562 U.S. 476 (2011)", "instead:§ 3553(a) variance"],
    never: ["does not reopen", "But see"],
  },
  {
    name: "a final sentence: rehabilitation does not reopen it (18 U.S.C. § 3582(c); Palacios-Becerril)",
    source: "seeds/003; 18 U.S.C. § 3582(c) (the statute leads since session 35: a district court's order is no better authority than the statute it applies)",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB,
    settings: S("9", 2016),
    severity: "information",
    lead: "18 U.S.C. § 3582(c)",
  },
  {
    name: "a departure at a resentencing is not a departure after sentencing",
    source: "seeds/003 (departures apply at sentencing or resentencing on remand)",
    rule: "departure-after-sentencing",
    sentence: REHAB_DEPART,
    settings: S("9", 2016, { resentencing: true }),
  },
  {
    name: "a departure motion against a final sentence: warning",
    source: "seeds/003; 18 U.S.C. § 3582(c)",
    rule: "departure-after-sentencing",
    sentence: REHAB_DEPART,
    settings: S("9", 2016),
    severity: "warning",
  },
  // ---------------------------------------------------------------- the legal audit of Dec. 3, 2026 (session 16)
  {
    name: "a § 403 argument at a resentencing after vacatur is Hewitt's ground, never the compassionate-release warning (7th Cir.)",
    source: "web: Hewitt v. United States, No. 23-1002 (U.S. June 26, 2025), as quoted at fd.org/node/7527",
    rule: "compassionate-release-mandatory-minimum",
    sentence: HEWITT,
    settings: S("7", 2025, { resentencing: true, sentencingDate: "2026-12-14" }),
    severity: "information",
    words: ["Permitted at a resentencing after vacatur", "Hewitt v. United States, No. 23-1002 (U.S. June 26, 2025)", "basis:\"has not been imposed\""],
    never: ["is not an extraordinary and compelling reason — United States v. Thacker", "But see"],
  },
  {
    name: "the same argument at a resentencing in the 3d Cir. is not Rutherford/Andrews's warning",
    source: "web: Hewitt (fd.org/node/7527)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: HEWITT,
    settings: S("3", 2025, { resentencing: true, sentencingDate: "2026-12-14" }),
    severity: "information",
    words: ["Permitted at a resentencing after vacatur"],
  },
  {
    name: "a First Step Act § 404 motion may rest on intervening changes of law (Concepcion), not the compassionate-release warning (7th Cir.)",
    source: "web: Concepcion v. United States, 142 S. Ct. 2389 (2022) (supreme.justia.com 20-1650)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: S404_LAW,
    settings: S("7", 2025),
    severity: "information",
    words: ["Concepcion v. United States, 597 U.S. 481 (2022)", "instead:covered offense under § 404(a)", "instead:committed before August 3, 2010\" (as quoted in United States v. Wirsing, No. 19-6381"],
    never: ["is not an extraordinary and compelling reason —"],
  },
  {
    name: "rehabilitation in a § 404 motion (Concepcion), not \"does not reopen a final sentence\"",
    source: "web: Concepcion (fd.org summary: behavior in prison)",
    rule: "post-sentencing-rehabilitation",
    sentence: S404_REHAB,
    settings: S("9", 2025),
    severity: "information",
    words: ["Concepcion v. United States"],
    never: ["does not reopen a final sentence"],
  },
  {
    name: "after May 28, 2026: a nonretroactive change is reported foreclosed by Rutherford (U.S.), and the advice no longer steers to § 1B1.13(b)(6) (9th Cir.)",
    source: "web: order list of June 8, 2026 (supremecourt.gov 060826ZOR); holding from secondary sources",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("9", 2025, { sentencingDate: "2026-12-14" }),
    severity: "information",
    lead: "Rutherford v. United States",
    words: ["reported to be no extraordinary and compelling reason since Rutherford v. United States", "608 U.S. ___ (2026)", "not verified here", "instead:Do not rest the motion on a nonretroactive change in the law or on § 1B1.13(b)(6)"],
  },
  {
    name: "before May 28, 2026 the same motion is judged by § 1B1.13(b)(6) as it then stood (no Rutherford (U.S.) as governing)",
    source: "ref/era_2025 § 1B1.13(b)(6)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("9", 2025, { sentencingDate: "2026-01-15" }),
    severity: "information",
    words: ["basis:§ 1B1.13(b)(6)"],
    never: ["since Rutherford v. United States"],
  },
  {
    name: "rehabilitation offered in combination with another ground is not \"rehabilitation alone\" (information, not the binding warning)",
    source: "ref/era_2025 § 1B1.13(d)",
    rule: "compassionate-release-rehabilitation",
    sentence: "---\ndocument: compassionate-release-motion\n---\n\nMr. Diaz's rehabilitation is not the sole reason; combined with his mother's incapacity it is extraordinary and compelling.\n",
    settings: S(null, 2025),
    severity: "information",
  },
  {
    name: "a motion that concedes the rule and adds grounds ('rehabilitation alone is not enough. I am not saying alone … the virus plus my asthma') is not \"rehabilitation alone\" (probe pk-028)",
    source: "28 U.S.C. § 994(t); ref/era_2025 § 1B1.13(d)",
    rule: "compassionate-release-rehabilitation",
    sentence: "---\ndocument: compassionate-release-motion\n---\n\nI have not had an incident report since 2015 and I finished RDAP. I know the law say rehabilitation alone is not enough. I am not saying alone. I am saying the virus plus my asthma plus how much I changed.\n",
    settings: S(null, 2025),
    severity: "information",
  },
  {
    name: "rehabilitation offered alone stays the binding warning",
    source: "28 U.S.C. § 994(t); ref/era_2025 § 1B1.13(d)",
    rule: "compassionate-release-rehabilitation",
    sentence: "---\ndocument: compassionate-release-motion\n---\n\nMr. Diaz's rehabilitation alone is an extraordinary and compelling reason for release.\n",
    settings: S(null, 2025),
    severity: "warning",
  },
  {
    name: "2025 Manual, 9th Cir., § 1326: an unframed request is a variance — information naming the departure holding for what it is",
    source: "ref/era_2025 (§§ 5K2.0–5K2.24 deleted); Martinez-Ramos (departure)",
    rule: "deportable-alien-status",
    sentence: ALIEN_PLAIN,
    settings: S("9", 2025, { offense: "8 U.S.C. § 1326" }),
    severity: "information",
    words: ["variance is not squarely foreclosed", "rejects the status as a departure ground — United States v. Martinez-Ramos"],
  },
  {
    // (legal audit of session 34, pn-016, pn-028: after Booker a request that does not say which it is may be the variance
    // the departure holding does not reach; the departure's warning is said in the basis)
    name: "2024 Manual, 9th Cir., § 1326: the same unframed request after Booker is read as the variance it may be, the departure's warning in the basis",
    source: "Martinez-Ramos, 184 F.3d 1055 (9th Cir. 1999); United States v. Booker, 543 U.S. 220 (2005)",
    rule: "deportable-alien-status",
    sentence: ALIEN_PLAIN,
    settings: S("9", 2024, { offense: "8 U.S.C. § 1326" }),
    severity: "information",
    words: ["variance is not squarely foreclosed", "basis:The paragraph does not say whether it asks a departure or a variance; it is read as a variance, which Booker allows. As a departure: \"Deportable-alien status is not a ground for a downward departure — United States v. Martinez-Ramos"],
  },
  {
    name: "2003 Manual, 9th Cir., § 1326, sentenced before Booker: the unframed request is the binding departure warning",
    source: "Martinez-Ramos, 184 F.3d 1055 (9th Cir. 1999)",
    rule: "deportable-alien-status",
    sentence: ALIEN_PLAIN,
    settings: S("9", 2003, { offense: "8 U.S.C. § 1326", sentencingDate: "2004-06-01" }),
    severity: "warning",
  },
  {
    name: "2025 Manual: a minor-prior VARIANCE is named as a variance, not as the deleted departure",
    source: "ref/era_2025 (Amendment 836)",
    rule: "prior-conviction-seriousness",
    sentence: MINOR_VARY,
    settings: S("5", 2025),
    severity: "information",
    lead: "United States v. Amezcua-Vasquez",
    words: ["is a § 3553(a) variance under the Manual in force", "need not (Perez-Frias"],
    never: ["No \"minor prior\" departure"],
  },
  {
    name: "2005 Manual, 5th Cir.: a post-Booker minor-prior variance is not the Second Circuit's departure holding",
    source: "seeds/000 (Leiva-Deras concerns departures)",
    rule: "prior-conviction-seriousness",
    sentence: MINOR_VARY,
    settings: S("5", 2005),
    severity: "information",
    words: ["open to argument under § 3553(a) after Booker", "persuasive outside that circuit"],
    never: ["But see", "Binding in the Fifth"],
  },
  {
    name: "7th Cir. departure: Banuelos-Rodriguez (persuasive) leads, not Ramirez (a threshold showing for variances)",
    source: "seeds/002; Ramirez, 652 F.3d 751 (7th Cir. 2011)",
    rule: "fast-track-disparity",
    sentence: FT_DEPART,
    settings: S("7", 2016),
    severity: "information",
    lead: "United States v. Banuelos-Rodriguez",
    words: ["Persuasive in the Seventh Circuit"],
    never: ["Ramirez, 652 F.3d 751 (7th Cir. 2011). Binding"],
  },
  {
    name: "a brief dated May 1, 2000 is before Banuelos-Rodriguez (June 14, 2000): full decision dates, not the year",
    source: "seeds/002 (decided June 14, 2000)",
    rule: "fast-track-disparity",
    sentence: FT_DEPART,
    settings: S("9", 2000, { sentencingDate: "2000-05-01" }),
    severity: "warning",
    // Martinez-Ramos (July 29, 1999) bound the Ninth Circuit before the en banc decision (legal audit 37b)
    lead: "United States v. Martinez-Ramos",
    noCite: ["215 F.3d 969", "212 F.3d 692"],
  },
  {
    name: "9th Cir. variance: Gonzalez-Zotelo (after Kimbrough) leads, and the message speaks of a variance",
    source: "web: Gonzalez-Zotelo, No. 08-50010 (9th Cir. Jan. 8, 2009) (docs.justia.com)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("9", 2016),
    severity: "warning",
    lead: "United States v. Gonzalez-Zotelo",
    binding: ["United States v. Gonzalez-Zotelo", "United States v. Banuelos-Rodriguez"],
    words: ["cannot alone support a variance in the Ninth Circuit", "Kimbrough"],
    never: ["not a ground for a downward departure"],
  },
  {
    name: "4th Cir. variance: Perez-Pena, named as a variance holding",
    source: "Perez-Pena, 453 F.3d 236 (4th Cir. 2006)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("4", 2016),
    severity: "warning",
    lead: "United States v. Perez-Pena",
    words: ["cannot alone support a variance in the Fourth Circuit"],
  },
  {
    name: "9th Cir. variance before Gonzalez-Zotelo (2008 sentencing): Marcial-Santiago's circuit law, without the 2009 case",
    source: "Marcial-Santiago, 447 F.3d 715 (9th Cir. 2006)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("9", 2008, { sentencingDate: "2008-06-02" }),
    severity: "warning",
    noCite: ["Gonzalez-Zotelo"],
  },
  {
    name: "2d Cir. reentry-motive VARIANCE: the findings requirement is Leiva-Deras's (Part III, citing Carrasco), named as a departure holding",
    source: "seeds/000 (Leiva-Deras Part III, citing Carrasco)",
    rule: "reentry-motive",
    sentence: "Mr. Ruiz asks the Court to vary downward because he returned only to escape the gang that had threatened to kill him.",
    settings: S("2", 2016),
    severity: "information",
    lead: "United States v. Leiva-Deras",
    words: ["variance is not foreclosed per se", "(Part III, citing Carrasco)", "basis:After Booker", "basis:Carrasco held the \"lesser harm\" and \"exceptional family circumstances\" departures unavailable"],
    // Carrasco (313 F.3d 750) was a family-circumstances and lesser-harm case, not a personal-safety one (audit 9 item 6)
    never: ["Carrasco and Leiva-Deras (Part III) concern a DEPARTURE for a personal-safety motive"],
  },
  {
    name: "a nonretroactive change under the 2023 policy statement is named as the (b)(6) question it is (9th Cir., Jan. 2026)",
    source: "ref/era_2025 § 1B1.13(b)(6)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("9", 2025, { sentencingDate: "2026-01-15" }),
    severity: "information",
    lead: "USSG § 1B1.13(b)(6)",
    words: ["A nonretroactive change in the law counts only under USSG § 1B1.13(b)(6)"],
    never: ["A reduction below a mandatory minimum is contested"],
  },
  // legal audit 37b (pd-001, pc-002): the Ninth Circuit before the en banc Banuelos-Rodriguez (June 14, 2000)
  {
    name: "9th Cir., Jan. 2000: Martinez-Ramos (July 29, 1999) forecloses a fast-track departure — a warning, the en banc decision not yet law",
    source: "ref holdings.json P01 martinez_ramos (decided 1999-07-29, forecloses, verified); authorities[banuelos_rodriguez].notes (panel opinion 173 F.3d 741, Apr. 6, 1999, withdrawn Nov. 5, 1999)",
    rule: "fast-track-disparity",
    sentence: FT_DEPART,
    settings: S("9", 1998, { briefDate: "2000-01-18" }),
    severity: "warning",
    lead: "United States v. Martinez-Ramos, 184 F.3d 1055",
    binding: ["United States v. Martinez-Ramos"],
    words: ["instead:withdrawn for rehearing en banc on Nov. 5, 1999"],
    noCite: ["215 F.3d 969"],
  },
  {
    name: "9th Cir., May 1999: the panel opinion (Apr. 6, 1999) is reported only — information, said unverified",
    source: "ref holdings.json authorities[banuelos_rodriguez].notes; P01 martinez_ramos",
    rule: "fast-track-disparity",
    sentence: FT_DEPART,
    settings: S("9", 1998, { briefDate: "1999-05-01" }),
    severity: "information",
    words: ["173 F.3d 741", "reported, not verified here"],
    never: ["Binding in the Ninth Circuit."],
  },
  // legal audit 36a (pq-006): under the 2011–2015 § 2L1.2(b)(1)(A)–(B) a prior with no criminal history points adds 12
  // (or 8) levels, not 16 (or 12) — Amendment 754 — a calculation point before the departure
  {
    name: "2011 Manual, a prior that receives no criminal history points: the count first (Amendment 754), the note still allows the departure",
    source: "ref/era_2008_2015 Amendment history: 754 (eff. Nov. 1, 2011), § 2L1.2(b)(1)(A)–(B) and comment. n.1(C)",
    rule: "prior-conviction-seriousness",
    sentence: MINOR,
    settings: S("5", 2011, { priorUnscored: true }),
    severity: "information",
    lead: "USSG § 2L1.2(b)(1)(A)–(B)",
    words: ["A prior that receives no criminal history points adds 12 levels, not 16, or 8, not 12, under the 2011–2015 § 2L1.2(b)(1)(A) and (B)", "comment. n.7"],
  },
  {
    name: "2010 Manual (before Amendment 754): a flat 16 levels — no count point, the departure note",
    source: "ref/era_2008_2015 provisions[2]: (b)(1)(A) a flat +16 and (b)(1)(B) a flat +12 before Nov. 1, 2011",
    rule: "prior-conviction-seriousness",
    sentence: MINOR,
    settings: S("5", 2010, { priorUnscored: true }),
    severity: "information",
    words: ["A recognised departure ground under the Manual in force — USSG § 2L1.2, comment. (n.7)"],
    never: ["adds 12 levels, not 16"],
  },
  // legal audit 36a (pq-018, pr-023): § 1B1.13(b)(6)'s validity on nonretroactive changes was contested — never
  // "binding in every federal court" while a circuit's earlier precedent held otherwise and had not been displaced
  {
    name: "(b)(6) in the Third Circuit before Rutherford (3d Cir.): not settled as binding there — Andrews held otherwise",
    source: "ref/era_2025 § 1B1.13(b)(6); Andrews, 12 F.4th 255 (3d Cir. 2021); Rutherford, 120 F.4th 360 (3d Cir. 2024)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("9", 2023, { briefDate: "2024-03-01" }),
    severity: "information",
    lead: "USSG § 1B1.13(b)(6)",
    binding: ["USSG § 1B1.13(b)(6)"],
    words: ["Binding in the Ninth Circuit. Its validity was open at the brief's date in the Third, Sixth, Seventh, Eighth and D.C. Circuits, where earlier precedent held otherwise."],
    never: ["Binding in every federal court"],
  },
  {
    name: "(b)(6) pleaded in the Third Circuit before Rutherford (3d Cir.): not settled as binding there, Andrews named",
    source: "audit 36a pq-018; Andrews, 12 F.4th 255 (3d Cir. 2021); Rutherford, 120 F.4th 360 (3d Cir. Nov. 2024)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: "The unusually long sentence he received, and the change in the law since, are extraordinary and compelling reasons warranting a reduction.",
    settings: S("3", 2023, { briefDate: "2024-03-01" }),
    severity: "information",
    notBinding: ["USSG § 1B1.13(b)(6)"],
    words: ["Not settled as binding in the Third Circuit at the brief's date: the Third Circuit's earlier precedent (United States v. Andrews, 12 F.4th 255 (3d Cir. 2021))"],
    never: ["Binding in every federal court", "Persuasive in the"],
  },
  {
    name: "2018–2024 Manuals: a DEPARTURE because the revocation-swollen sentence overstates the prior — the note allows it (information, no But see)",
    source: "ref/era_2016 § 2L1.2 comment. (n.5); n.6 in 2018–2024 (Amendment 809)",
    rule: "revocation-sentence",
    sentence: "Mr. Ortiz asks the Court to depart downward under Application Note 6 because his original sentence was probation and the sentence imposed exceeded two years only after his probation was revoked, so the eight-level enhancement overstates the seriousness of the prior offense.",
    settings: S("9", 2020),
    severity: "information",
    lead: "USSG § 2L1.2, comment. (n.2) (Nov. 2018",
    words: ["the Manual in force allows a departure", "n.6 (2018–2024)"],
    never: ["But see"],
  },
  {
    name: "a VARIANCE because the revocation term swelled the prior's sentence is not foreclosed by the counting rule (information)",
    source: "ref/era_2016 § 2L1.2 comment. (n.2)",
    rule: "revocation-sentence",
    sentence: "Mr. Ortiz asks the Court to vary downward under 18 U.S.C. § 3553(a) because his original sentence was only ninety days and the sentence imposed exceeded 13 months only after his probation was revoked.",
    settings: S("5", 2016),
    severity: "information",
    words: ["variance because the revocation-swollen sentence overstates the prior's seriousness is not foreclosed"],
  },
  {
    name: "the enhancement itself contested: still the binding counting rule (2018 Manual)",
    source: "ref/era_2025 § 2L1.2 comment. (n.2)",
    rule: "revocation-sentence",
    sentence: REVOKED,
    settings: S("9", 2018),
    severity: "warning",
  },
  {
    name: "a But see never inserts an opinion decided after the brief's date (2d Cir., Dec. 2003: Leiva-Deras is Feb. 2004)",
    source: "seeds/000 (Leiva-Deras decided Feb. 17, 2004)",
    rule: "revocation-sentence",
    sentence: REVOKED,
    settings: S("2", 2003, { sentencingDate: "2003-12-15" }),
    severity: "warning",
    lead: "United States v. Huerta-Moran",
    never: ["But see United States v. Leiva-Deras"],
    noCite: ["359 F.3d 183"],
  },
  {
    name: "a Rule 35(a) motion to correct an arithmetical error in the departure granted is the exception Palacios-Becerril names, not a departure after sentencing",
    source: "seeds/003 (amendment \"pursuant to Fed. R. Crim. P. 35 … or upon granting a motion pursuant to 28 U.S.C. § 2255\")",
    rule: "departure-after-sentencing",
    sentence: "---\ndocument: rule-35-motion\n---\n\n# Motion Under Rule 35\n\nWithin 14 days after sentencing, Defendant moves under Rule 35(a) to correct the sentence because the downward departure the Court granted was miscalculated by arithmetical error, and asks the Court to modify the sentence accordingly.\n",
    settings: S("9", 2016),
  },
  {
    name: "9th Cir., 2006 Manual: a minor-prior departure is not categorically forbidden (Lopez-Zamora), never the 2d Cir.'s foreclosure",
    source: "web: Lopez-Zamora, 392 F.3d 1087 (9th Cir. Dec. 29, 2004) (casetext)",
    rule: "prior-conviction-seriousness",
    sentence: MINOR,
    settings: S("9", 2006),
    severity: "information",
    lead: "United States v. Lopez-Zamora",
    words: ["not categorically forbidden in the Ninth Circuit"],
    never: ["But see"],
  },
  {
    name: "9th Cir., brief dated before Lopez-Zamora (June 2004): the 2d Cir. holding, persuasive",
    source: "seeds/000; Lopez-Zamora decided Dec. 29, 2004",
    rule: "prior-conviction-seriousness",
    sentence: MINOR,
    settings: S("9", 2003, { sentencingDate: "2004-06-01" }),
    severity: "information",
    noCite: ["392 F.3d 1087"],
  },
  {
    name: "2005 Manual: the way forward is the vehicle of its day (Rule 35(a), 7 days; § 3582(c)(1)(A) only on the Bureau of Prisons' motion)",
    source: "court-rules.json (Rule 35 history); ref/statutes § 3582(c)(1)(A) before the First Step Act",
    rule: "departure-after-sentencing",
    sentence: REHAB_DEPART,
    settings: S("9", 2005, { sentencingDate: "2006-03-01" }),
    severity: "warning",
    words: ["instead:Rule 35(a) within 7 days", "instead:only on the motion of the Director of the Bureau of Prisons"],
    never: ["within 14 days"],
  },
  {
    name: "2024 Manual: today's vehicles (Rule 35(a), 14 days; a defendant's § 3582(c)(1)(A) motion)",
    source: "Fed. R. Crim. P. 35(a) (2009); First Step Act § 603(b)",
    rule: "departure-after-sentencing",
    sentence: REHAB_DEPART,
    settings: S("9", 2024),
    severity: "warning",
    words: ["instead:Rule 35(a) within 14 days"],
  },
  // ---------------------------------------------------------------- the brief's own date (third audit, items 3 and 10)
  {
    name: "a 2021 motion against a sentence under the 2016 Manual: the defendant's own § 3582(c)(1)(A) motion, not the Bureau of Prisons' (First Step Act, Dec. 21, 2018)",
    source: "First Step Act § 603(b) (Dec. 21, 2018); Fed. R. Crim. P. 35(a) (14 days since Dec. 1, 2009)",
    rule: "departure-after-sentencing",
    sentence: "---\nmanual: 2016\ndate: 2021-03-01\n---\n\n" + REHAB_DEPART + "\n",
    settings: S("9", 2016, { briefDate: "2021-03-01" }),
    severity: "warning",
    words: ["instead:a § 3582(c)(1)(A) motion showing extraordinary and compelling reasons"],
    never: ["Director of the Bureau of Prisons", "within 7 days"],
  },
  {
    name: "a 2008 motion (2007 Manual): Rule 35(a) within 7 days, § 3582(c)(1)(A) only on the Bureau of Prisons' motion",
    source: "Fed. R. Crim. P. 35(a) (2002–2009 text); 18 U.S.C. § 3582(c)(1)(A) before the First Step Act",
    rule: "departure-after-sentencing",
    sentence: REHAB_DEPART,
    settings: S("9", 2007, { briefDate: "2008-05-01" }),
    severity: "warning",
    words: ["instead:Rule 35(a) within 7 days", "instead:only on the motion of the Director of the Bureau of Prisons"],
  },
  {
    name: "rehabilitation in a 2021 motion against a 2016 sentence: the defendant's own motion, where rehabilitation alone is not enough (§ 994(t))",
    source: "First Step Act § 603(b); 28 U.S.C. § 994(t)",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB_DEPART,
    settings: S("9", 2016, { briefDate: "2021-03-01" }),
    severity: "information",
    words: ["instead:the defendant's own since Dec. 21, 2018", "instead:994(t)"],
    never: ["only on the motion of the Director"],
  },
  {
    name: "4th Cir., sentencing in March 2007: Perez-Pena binds, and the basis no longer names Vega-Castillo (Aug. 19, 2008) before its day (audit 14 D4; it once did, with a 'decided after the brief's date' note)",
    source: "rules.json: Perez-Pena decided 2006-06-30, Vega-Castillo decided 2008-08-19",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("4", 2006, { sentencingDate: "2007-03-01" }),
    severity: "warning",
    lead: "United States v. Perez-Pena",
    words: ["basis:Marcial-Santiago (9th); Perez-Pena (4th)."],
    never: ["Vega-Castillo", "Decided after the brief's date"],
  },
  // ---------------------------------------------------------------- the D.C. Circuit and nonretroactive changes (third audit, item 7)
  {
    name: "D.C. Cir., 2023 motion on the § 924(c) stacking change: Jenkins (Oct. 11, 2022), a published opinion, binds — a warning (audit 6c item 6)",
    source: "web: Jenkins, 50 F.4th 1185, No. 21-3089 (vlex: decided Oct. 11, 2022; cetient: the question); the holding's words as Levitt & Kaizer quote them",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("dc", 2022, { briefDate: "2023-03-01" }),
    severity: "warning",
    lead: "United States v. Jenkins",
    binding: ["United States v. Jenkins"],
    words: ["nothing remotely extraordinary", "Binding in the D.C. Circuit"],
  },
  {
    name: "D.C. Cir., 2024 motion: Jenkins binds, and whether § 1B1.13(b)(6) displaces it is said to be unverified — information",
    source: "audit 6c item 6; USSG § 1B1.13(b)(6) (Nov. 1, 2023)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("dc", 2023, { briefDate: "2024-06-01" }),
    severity: "information",
    lead: "United States v. Jenkins",
    words: ["has not verified"],
  },
  {
    name: "11th Cir., 2022 motion on the § 924(c) stacking change: Bryant (May 7, 2021) binds — the pre-2023 § 1B1.13 lists no change in the law (audit 6c item 5)",
    source: "web: Bryant, 996 F.3d 1243 (vlex: May 7, 2021; cetient: the question; midpage: the holding)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("11", 2021, { briefDate: "2022-06-01" }),
    severity: "warning",
    lead: "United States v. Bryant",
    binding: ["United States v. Bryant"],
    never: ["is contested"],
  },
  {
    name: "D.C. Cir., 2022 motion before Jenkins: Jenkins is not cited",
    source: "Jenkins decided Oct. 11, 2022",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("dc", 2021, { briefDate: "2022-03-01" }),
    severity: "information",
    noCite: ["50 F.4th 1185"],
  },
  {
    name: "9th Cir., 2024 Manual: § 1B1.13(b)(6) binds in the Ninth Circuit, not 'in every federal court' — the Third Circuit held it invalid as applied (third audit, item 12b)",
    source: "ref/era_2025 § 1B1.13(b)(6); web: Rutherford, 120 F.4th 360 (3d Cir. 2024)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: "---\ndocument: compassionate-release-motion\n---\n\n" + STACK + "\n",
    settings: S("9", 2024),
    severity: "information",
    lead: "USSG § 1B1.13(b)(6)",
    words: ["Binding in the Ninth Circuit; not in the Third Circuit"],
    never: ["Binding in every federal court"],
  },
  {
    name: "9th Cir., variance asked in 2007: Marcial-Santiago (May 8, 2006), the advisory-era holding, leads — not the departure case (third audit, item 12f)",
    source: "web: Marcial-Santiago, 447 F.3d 715 (casetext); Gonzalez-Zotelo decided Jan. 8, 2009 (justia)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("9", 2006, { sentencingDate: "2007-06-01" }),
    severity: "warning",
    lead: "United States v. Marcial-Santiago",
    binding: ["United States v. Marcial-Santiago"],
    noCite: ["No. 08-50010"],
  },
  // ---------------------------------------------------------------- circuits that allowed a change in the law before Nov. 1, 2023 (third audit, item 12c)
  {
    name: "4th Cir., 2021 motion on § 924(c) stacking: McCoy (Dec. 2, 2020) permits it case by case — information leading McCoy, no But see",
    source: "web: McCoy, 981 F.3d 271 (casetext; vlex: decided Dec. 2, 2020)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("4", 2018, { briefDate: "2021-06-01" }),
    severity: "information",
    lead: "United States v. McCoy",
    binding: ["United States v. McCoy"],
    words: ["Permitted in the Fourth Circuit"],
    never: ["But see"],
  },
  {
    name: "9th Cir., 2023 motion (before Nov. 1) on § 924(c) stacking: Chen (Sept. 14, 2022) permits it with individual factors",
    source: "web: Chen, No. 20-50333 (justia: filed Sept. 14, 2022)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("9", 2021, { briefDate: "2023-03-01" }),
    severity: "information",
    lead: "United States v. Chen",
    words: ["Permitted in the Ninth Circuit in combination with individual factors"],
  },
  {
    name: "9th Cir., 2021 motion (before Chen): Chen is not cited",
    source: "Chen filed Sept. 14, 2022",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("9", 2018, { briefDate: "2021-06-01" }),
    severity: "information",
    noCite: ["48 F.4th 1092"],
  },
  {
    name: "9th Cir., 2016: the way forward is the Ninth Circuit's (no variance on the disparity alone), not 'a variance where the circuit allows it' (third audit, item 12g)",
    source: "web: Gonzalez-Zotelo (justia); USSG § 5K3.1 (Oct. 27, 2003)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("9", 2016),
    severity: "warning",
    words: ["instead:In this circuit the disparity cannot alone support a lower sentence", "instead:§ 5K3.1 from Oct. 27, 2003"],
    never: ["where the circuit allows it"],
  },
  // ---------------------------------------------------------------- a sentencing ground in a Rule 35 motion (third audit, item 8)
  {
    name: "fast-track disparity in a Rule 35 motion: information that Rule 35 is no vehicle for it (35(a) clear error, 35(b) the government's motion), no variance advice, no But see",
    source: "court-rules.json: Fed. R. Crim. P. 35(a), (b)(1) (Dec. 1, 2009 text)",
    rule: "fast-track-disparity",
    sentence: "---\ndocument: rule-35-motion\n---\n\n# Motion Under Rule 35\n\n" + FT_DEPART + "\n",
    settings: S("9", 2016, { document: "rule-35-motion" }),
    // a defendant's own Rule 35 motion on a sentencing ground is foreclosed by the rule's text and § 3582(c) (legal audits 37a, 37b)
    severity: "warning",
    words: ["A Rule 35 motion is no vehicle for this ground", "[u]pon the government's motion"],
    never: ["But see", "Ask for a § 3553(a) variance"],
  },
  {
    name: "a minor prior in a Rule 35 motion: the same vehicle information",
    source: "court-rules.json: Fed. R. Crim. P. 35",
    rule: "prior-conviction-seriousness",
    sentence: "---\ndocument: rule-35-motion\n---\n\n# Motion Under Rule 35\n\n" + MINOR + "\n",
    settings: S("9", 2016, { document: "rule-35-motion" }),
    severity: "information",
    words: ["A Rule 35 motion is no vehicle for this ground"],
    never: ["But see"],
  },
  {
    name: "fast-track disparity in a § 2255 motion: information on what § 2255(a) reaches, the way forward an ineffective-assistance claim, no But see",
    source: "28 U.S.C. § 2255 (the statute's words; Hill v. United States, 368 U.S. 424 (1962)) — audit 10 item 6: no 2018–2019 Second Circuit orders cited for it",
    rule: "fast-track-disparity",
    sentence: "---\ndocument: 2255-motion\n---\n\n# Motion to Vacate Under 28 U.S.C. § 2255\n\n" + FT_DEPART + "\n",
    settings: S("9", 2016, { document: "2255-motion" }),
    severity: "information",
    words: ["A § 2255 motion reaches", "instead:counsel was ineffective", "basis:\"is otherwise subject to collateral attack\""],
    never: ["But see", "Zayac", "Hoskins"],
  },
  {
    name: "session 24: a § 2255 ground framed as counsel's ineffectiveness gets the law on the ground at the sentencing (9th Cir. 2010: Banuelos-Rodriguez) and Strickland's two parts",
    source: "Strickland v. Washington, 466 U.S. 668, 687, 694 (1984) (https://supreme.justia.com/cases/federal/us/466/668/); seeds/002 Banuelos-Rodriguez",
    rule: "fast-track-disparity",
    sentence: "---\ndocument: 2255-motion\n---\n\n# Motion Under 28 U.S.C. § 2255\n\nMy attorney was ineffective because he did not ask for a downward departure for the disparity between my sentence and the sentences of defendants in fast-track districts.\n",
    settings: S("9", 2009, { document: "2255-motion", sentencingDate: "2010-05-03", briefDate: "2012-03-01" }),
    severity: "warning",
    binding: ["United States v. Banuelos-Rodriguez"],
    words: ["Sixth Amendment claim § 2255(a) reaches, judged by the law at the sentencing (2010-05-03): a fast-track", "basis:\"is otherwise subject to collateral attack\"", "basis:no deficient performance", "basis:more than a year has passed", "instead:Strickland v. Washington, 466 U.S. 668, 687 (1984)", "instead:(id. at 694)"],
    never: ["Frame the claim as one § 2255(a) reaches"],
  },
  {
    name: "session 27: a plea at the original sentencing to go below a statutory minimum is judged there — only § 3553(e) or the § 3553(f) safety valve goes below it — not as a compassionate-release reduction",
    source: "18 U.S.C. § 3553(e), (f) as described by Congressional Research Service, Report R41326 (Aug. 2015) (rules.json sources)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: "---\ndocument: sentencing-memorandum\n---\n\n# Defendant's Sentencing Memorandum\n\nThe Court should impose a sentence below the 60-month mandatory minimum because the minimum is far greater than necessary.\n",
    settings: S("9", 2011, { document: "sentencing-memorandum", sentencingDate: "2012-03-01" }),
    severity: "information",
    words: ["At sentencing a court may not go below a statutory minimum", "§ 3553(e)", "basis:R41326", "instead:safety-valve eligibility"],
    never: ["Thacker", "extraordinary and compelling", "3582", "Halvon"],
  },
  {
    name: "session 27: counsel's ineffectiveness said as what a reasonable attorney would have argued is the same Sixth Amendment claim, not a bare discretionary ground",
    source: "Strickland v. Washington, 466 U.S. 668, 687, 694 (1984) (https://supreme.justia.com/cases/federal/us/466/668/); seeds/002 Banuelos-Rodriguez",
    rule: "fast-track-disparity",
    sentence: "---\ndocument: 2255-motion\n---\n\n# Motion Under 28 U.S.C. § 2255\n\nA reasonable attorney would have asked for a downward departure for the disparity between my sentence and the sentences of defendants in fast-track districts.\n",
    settings: S("9", 2009, { document: "2255-motion", sentencingDate: "2010-05-03", briefDate: "2012-03-01" }),
    severity: "warning",
    binding: ["United States v. Banuelos-Rodriguez"],
    words: ["Sixth Amendment claim § 2255(a) reaches, judged by the law at the sentencing (2010-05-03): a fast-track", "instead:Strickland v. Washington, 466 U.S. 668, 687 (1984)"],
  },
  {
    name: "session 24: the same claim where the law at the sentencing allowed the ground (9th Cir. 2010, a variance for an old prior: Amezcua-Vasquez) — information, no holding against it, no But see",
    source: "United States v. Amezcua-Vasquez, 567 F.3d 1050 (9th Cir. 2009) (rules.json); Strickland v. Washington, 466 U.S. 668 (1984)",
    rule: "prior-conviction-seriousness",
    sentence: "---\ndocument: 2255-motion\n---\n\n# Motion Under 28 U.S.C. § 2255\n\nMy attorney was ineffective because he failed to argue for a downward variance on the ground that my prior conviction was nineteen years old and minor.\n",
    settings: S("9", 2009, { document: "2255-motion", sentencingDate: "2010-05-03", briefDate: "2011-01-03" }),
    severity: "information",
    words: ["(2010-05-03): Heartland knows no holding that barred the ground in the brief's circuit then", "instead:Strickland"],
    never: ["But see", "Frame the claim as one § 2255(a) reaches"],
  },
  {
    name: "session 24: 9th Cir., 2006 brief, a revocation after reentry: the binding line names what the circuit's cases decided (a revocation before the deportation), not a holding on the timing",
    source: "rules.json revocation-sentence (Moreno-Cisneros, 319 F.3d 456 (9th Cir. 2003)); the later outcomes' own words",
    rule: "revocation-sentence",
    sentence: "Mr. Diaz argues that the 18-month revocation sentence should not be counted in determining the enhancement because the revocation occurred after his deportation.",
    settings: S("9", 2005, { sentencingDate: "2006-06-02" }),
    severity: "information",
    words: ["Heartland has no verified Ninth Circuit holding", "but on facts where it came before the deportation. Binding in the Ninth Circuit."],
  },
  {
    name: "session 24 (audit 14 D4): 9th Cir. departure, Sept. 2005 — Banuelos-Rodriguez binds; Marcial-Santiago (May 2006), Perez-Pena (June 2006) and Vega-Castillo (2008) are not yet named",
    source: "seeds/002 Banuelos-Rodriguez; rules.json holdings' dates (Marcial-Santiago 2006-05-08, Perez-Pena 2006-06-30, Vega-Castillo 2008-08-19)",
    rule: "fast-track-disparity",
    sentence: FT_DEPART,
    settings: S("9", 2004, { sentencingDate: "2005-09-01" }),
    severity: "warning",
    binding: ["United States v. Banuelos-Rodriguez"],
    words: ["basis:After Booker (Jan. 12, 2005) the Ninth Circuit had not decided", "instead:argue that Banuelos-Rodriguez decided only the departure question"],
    never: ["Marcial-Santiago", "Perez-Pena", "Vega-Castillo"],
  },
  {
    name: "session 24 (audit 14 D4): 9th Cir. departure, Jan. 2007 — the list names Perez-Pena (June 30, 2006) but not Vega-Castillo (Aug. 19, 2008)",
    source: "rules.json holdings' dates",
    rule: "fast-track-disparity",
    sentence: FT_DEPART,
    settings: S("9", 2006, { sentencingDate: "2007-01-15" }),
    severity: "warning",
    words: ["basis:Marcial-Santiago (9th); Perez-Pena (4th)."],
    never: ["Vega-Castillo"],
  },
  {
    name: "session 25 (audit 14 D4): 2d Cir. fast-track variance, Jan. 2008 — Liriano-Blanco (Dec. 11, 2007) and Mejia, not yet Hendry (Apr. 9, 2008)",
    source: "rules.json holdings' dates (Liriano-Blanco 2007-12-11, Hendry 2008-04-09)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("2", 2007, { sentencingDate: "2008-01-15" }),
    severity: "information",
    words: ["basis:Liriano-Blanco (2007) calls the authority question open.", "instead:(Liriano-Blanco)"],
    never: ["Hendry"],
  },
  {
    name: "session 25 (audit 14 D4): 9th Cir. fast-track variance, Sept. 2007 — Marcial-Santiago binds; Kimbrough (Dec. 10, 2007) and Gonzalez-Zotelo (Jan. 8, 2009) are not yet named",
    source: "rules.json holdings' dates (Marcial-Santiago 2006-05-08, Gonzalez-Zotelo 2009-01-08); Kimbrough, 552 U.S. 85 (Dec. 10, 2007), as dated in rules.json",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("9", 2006, { sentencingDate: "2007-09-04" }),
    severity: "warning",
    words: ["basis:(Marcial-Santiago)."],
    never: ["Kimbrough", "Gonzalez-Zotelo"],
  },
  {
    name: "session 25 (audit 14 D4): 1st Cir. fast-track variance, Nov. 26, 2007 — Andújar-Arias binds; neither Kimbrough (Dec. 10, 2007) nor Rodríguez (June 4, 2008) is named",
    source: "rules.json holdings' dates (Andújar-Arias 2007-11-19, Rodríguez 2008-06-04)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("1", 2007, { sentencingDate: "2007-11-26" }),
    severity: "warning",
    words: ["basis:Andújar-Arias held that fast-track disparity could not form the basis for a variant sentence."],
    never: ["Kimbrough", "Rodríguez"],
  },
  {
    name: "session 25 (audit 14 D4): 1st Cir. fast-track variance, Feb. 2008 — Andújar-Arias binds and Kimbrough came after it; Rodríguez (June 4, 2008) is not yet named",
    source: "rules.json holdings' dates (Andújar-Arias 2007-11-19, Rodríguez 2008-06-04); Kimbrough as dated in rules.json",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("1", 2007, { sentencingDate: "2008-02-15" }),
    severity: "warning",
    words: ["instead:Kimbrough v. United States, 552 U.S. 85 (Dec. 10, 2007), decided after Andújar-Arias"],
    never: ["Rodríguez"],
  },
  {
    name: "session 25 (audit 14 D4): 7th Cir. fast-track variance, June 2007 — Galicia-Cardenas binds; Kimbrough (Dec. 10, 2007) is not yet named",
    source: "rules.json holdings' dates (Galicia-Cardenas 2006-03-24)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("7", 2006, { sentencingDate: "2007-06-01" }),
    severity: "warning",
    words: ["instead:Preserve the point for further review"],
    never: ["Kimbrough"],
  },
  {
    name: "session 25 (audit 14 D4): 7th Cir. fast-track variance, Jan. 2011 — Reyes-Hernandez's threshold showing; Ramirez (July 20, 2011) is not yet named",
    source: "rules.json holdings' dates (Reyes-Hernandez 2010-10-07, Ramirez 2011-07-20)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("7", 2010, { sentencingDate: "2011-01-18" }),
    severity: "information",
    words: ["instead:would have accepted its terms (Reyes-Hernandez)"],
    never: ["Ramirez"],
  },
  {
    name: "session 25 (audit 14 D4): 1st Cir. fast-track departure, 1999 — no court of appeals had decided it; Bonnet-Grullon (May 12, 2000) and Banuelos-Rodriguez (June 14, 2000) are not yet named",
    source: "rules.json holdings' dates (Bonnet-Grullon 2000-05-12, Banuelos-Rodriguez 2000-06-14)",
    rule: "fast-track-disparity",
    sentence: FT_DEPART,
    settings: S("1", 1998, { sentencingDate: "1999-06-01" }),
    severity: "information",
    words: ["basis:No court of appeals decision in Heartland's sources had decided at the brief's date"],
    never: ["Banuelos-Rodriguez", "Bonnet-Grullon"],
  },
  {
    name: "session 25 (audit 14 D4): deportable alien, 9th Cir., 1992 — no court of appeals holding in Heartland's sources before Restrepo (July 23, 1993); no case is named",
    source: "rules.json holdings' dates (Restrepo 1993-07-23, the earliest of the rule's holdings)",
    rule: "deportable-alien-status",
    sentence: ALIEN,
    settings: S("9", 1991, { sentencingDate: "1992-06-01" }),
    severity: "information",
    words: ["basis:Heartland has no verified holding, at the brief's date"],
    never: ["Restrepo", "Charry Cubillos", "Martinez-Ramos"],
  },
  {
    name: "session 25 (audit 14 D4): deportable alien, 2d Cir., 1995 — Restrepo binds; Gonzalez-Portillo (1997), Martinez-Ramos (1999) and Bautista (2001) are not yet named",
    source: "rules.json holdings' dates (Restrepo 1993-07-23, Gonzalez-Portillo 1997-08-19, Martinez-Ramos 1999-07-29, Bautista 2001-07-12)",
    rule: "deportable-alien-status",
    sentence: ALIEN,
    settings: S("2", 1994, { sentencingDate: "1995-06-01" }),
    severity: "warning",
    words: ["basis:or its collateral consequences (Restrepo (2d))."],
    never: ["Gonzalez-Portillo", "Martinez-Ramos", "Bautista"],
  },
  {
    name: "session 25 (audit 14 D4): deportable alien, 7th Cir. § 1326, 1998 — Gonzalez-Portillo binds; Martinez-Ramos (July 29, 1999) and Bautista (July 12, 2001) are not yet named",
    source: "rules.json holdings' dates (Gonzalez-Portillo 1997-08-19, Martinez-Ramos 1999-07-29, Bautista 2001-07-12)",
    rule: "deportable-alien-status",
    sentence: ALIEN,
    settings: S("7", 1997, { sentencingDate: "1998-06-01", offense: "8 U.S.C. § 1326" }),
    severity: "warning",
    words: ["basis:(Gonzalez-Portillo (7th, § 1326); Restrepo (2d))."],
    never: ["Martinez-Ramos", "Bautista"],
  },
  {
    name: "session 25 (audit 14 D4): deportable alien, 9th Cir. § 1326, 2000 — Martinez-Ramos binds; Bautista (July 12, 2001) is not yet named",
    source: "rules.json holdings' dates (Martinez-Ramos 1999-07-29, Bautista 2001-07-12)",
    rule: "deportable-alien-status",
    sentence: ALIEN,
    settings: S("9", 2000, { sentencingDate: "2000-12-01", offense: "8 U.S.C. § 1326" }),
    severity: "warning",
    words: ["basis:(Martinez-Ramos (9th, § 1326 cases); Gonzalez-Portillo (7th, § 1326); Restrepo (2d))."],
    never: ["Bautista"],
  },
  {
    name: "session 25 (audit 14 D4): deportable alien, 9th Cir. drug case, 1997 — Charry Cubillos allows it; Martinez-Ramos (July 29, 1999) is not yet named",
    source: "rules.json holdings' dates (Charry Cubillos 1996-08-06, Martinez-Ramos 1999-07-29)",
    rule: "deportable-alien-status",
    sentence: ALIEN,
    settings: S("9", 1997, { sentencingDate: "1998-03-02", offense: "21 U.S.C. § 846" }),
    severity: "information",
    words: ["basis:the Ninth Circuit held the consequences of deportable-alien status may be considered (Charry Cubillos)"],
    never: ["Martinez-Ramos"],
  },
  {
    name: "session 25 (audit 14 D4): deportable alien, D.C. Cir. drug case, 1996 — Smith allows it; Martinez-Ramos (July 29, 1999) is not yet named",
    source: "rules.json holdings' dates (Smith 1994-07-08, Martinez-Ramos 1999-07-29)",
    rule: "deportable-alien-status",
    sentence: ALIEN,
    settings: S("dc", 1995, { sentencingDate: "1996-06-03", offense: "21 U.S.C. § 846" }),
    severity: "information",
    words: ["basis:Binding in the D.C. Circuit from July 8, 1994 (Smith, a drug case)"],
    never: ["Martinez-Ramos"],
  },
  {
    name: "session 25 (audit 14 D4): deportable alien, 5th Cir., 1995 — the general note names Restrepo alone; Martinez-Ramos (1999), Bautista and Lopez-Salas (2001) are not yet named",
    source: "rules.json holdings' dates (Restrepo 1993-07-23, Martinez-Ramos 1999-07-29, Bautista 2001-07-12, Lopez-Salas 2001-09-17)",
    rule: "deportable-alien-status",
    sentence: ALIEN,
    settings: S("5", 1994, { sentencingDate: "1995-06-01" }),
    severity: "information",
    words: ["basis:Courts of appeals reject this ground (Restrepo, 2d); persuasive here."],
    never: ["Martinez-Ramos", "Bautista", "Lopez-Salas"],
  },
  {
    name: "session 25 (audit 14 D4): departure after sentence, 2001 — the statute alone (18 U.S.C. § 3582(c)); Palacios-Becerril (Mar. 24, 2006) is not yet named",
    source: "rules.json: 18 U.S.C. § 3582(c) (binding everywhere); Palacios-Becerril decided 2006-03-24 (seeds/003)",
    rule: "departure-after-sentencing",
    sentence: REHAB_DEPART,
    settings: S("9", 2000, { sentencingDate: "2001-06-01" }),
    severity: "warning",
    words: ["basis:a free-standing departure motion after judgment is none of these."],
    never: ["Palacios-Becerril"],
  },
  {
    name: "session 25 (audit 14 D4): departure after sentence, Mar. 1, 2006 — still the statute alone; Palacios-Becerril (Mar. 24, 2006) is not yet named",
    source: "rules.json: Palacios-Becerril decided 2006-03-24 (seeds/003)",
    rule: "departure-after-sentencing",
    sentence: REHAB_DEPART,
    settings: S("9", 2005, { sentencingDate: "2006-03-01" }),
    severity: "warning",
    words: ["basis:a free-standing departure motion after judgment is none of these."],
    never: ["Palacios-Becerril"],
  },
  {
    name: "session 25 (audit 14 D4): departure after sentence, 2007 — Palacios-Becerril (Mar. 24, 2006) is named from its day",
    source: "rules.json: Palacios-Becerril decided 2006-03-24 (seeds/003)",
    rule: "departure-after-sentencing",
    sentence: REHAB_DEPART,
    settings: S("9", 2006, { sentencingDate: "2007-06-01" }),
    severity: "warning",
    words: ["basis:a free-standing departure motion after judgment has no basis (Palacios-Becerril)."],
  },
  {
    name: "a Rule 35 motion known only by its title (no front matter): the same Rule 35 vehicle information",
    source: "court-rules.json: Fed. R. Crim. P. 35",
    rule: "deportable-alien-status",
    sentence: "# Defendant's Motion Under Rule 35 to Correct or Reduce Sentence\n\n" + ALIEN + "\n",
    settings: S("9", 2016, { offense: "8 U.S.C. § 1326" }),
    // a defendant's own Rule 35 motion on a sentencing ground is foreclosed by the rule's text and § 3582(c) (legal audits 37a, 37b)
    severity: "warning",
    words: ["A Rule 35 motion is no vehicle for this ground"],
  },
  // ---------------------------------------------------------------- a compassionate-release motion judged on its own date (fourth audit, items 1, 4, 9)
  {
    name: "11th Cir., motion dated 2024 against a 2019 sentence: § 1B1.13(b)(3)(C) as amended Nov. 1, 2023, not Bryant's pre-2023 warning",
    source: "Amendment 814 (Nov. 1, 2023); ref/era_2025 § 1B1.13(b)(3)(C)",
    rule: "compassionate-release-family",
    sentence: "---\ndocument: compassionate-release-motion\n---\n\n" + CR_C + "\n",
    settings: S("11", 2018, { sentencingDate: "2019-01-10", briefDate: "2024-03-01" }),
    severity: "information",
    words: ["§ 1B1.13(b)(3)(B)–(C)"],
    never: ["Ordinary family hardship"],
  },
  {
    name: "D.C. Cir., motion dated Mar. 2022: Jenkins (Oct. 11, 2022) is not cited",
    source: "web: Jenkins, No. 21-3089 (cetient: decided Oct. 11, 2022)",
    rule: "compassionate-release-family",
    sentence: "---\ndocument: compassionate-release-motion\n---\n\n" + CR_C + "\n",
    settings: S("dc", 2021, { briefDate: "2022-03-01" }),
    severity: "information",
    noCite: ["50 F.4th 1185"],
  },
  // ---------------------------------------------------------------- a revocation after deportation in the 2d and 9th Circuits (fourth audit, item 5)
  {
    name: "2d Cir., 2010: a revocation imposed after deportation and reentry — no binding 2d Cir. holding on that timing (Huerta-Moran did not reach it): information, not the binding warning",
    source: "web: Huerta-Moran (casetext: \"we need not reach the question put to us\"); Amendment 764 (ussc.gov/node/40981: \"a circuit conflict\")",
    rule: "revocation-sentence",
    sentence: REVOKED_AFTER,
    settings: S("2", 2009, { sentencingDate: "2010-04-01" }),
    severity: "information",
    words: ["circuit conflict"],
    never: ["Binding circuit precedent counts"],
  },
  {
    name: "2d Cir., 2010: a revocation before deportation — the binding warning stays",
    source: "seeds/000 (Leiva-Deras)",
    rule: "revocation-sentence",
    sentence: REVOKED,
    settings: S("2", 2009, { sentencingDate: "2010-04-01" }),
    severity: "warning",
  },
  // ---------------------------------------------------------------- the Ninth Circuit's minor-prior departure, 1997–1998 (fourth audit, item 6)
  {
    name: "9th Cir., 1996 Manual, sentencing Mar. 1998: Rios-Favela (June 25, 1997) forecloses the departure — binding warning",
    source: "web: Rios-Favela, 118 F.3d 653 (vlex); Sanchez-Rodriguez, 161 F.3d 556 (en banc) (midpage)",
    rule: "prior-conviction-seriousness",
    sentence: MINOR,
    settings: S("9", 1996, { sentencingDate: "1998-03-01" }),
    severity: "warning",
    lead: "United States v. Rios-Favela",
    binding: ["United States v. Rios-Favela"],
  },
  {
    name: "9th Cir., 1996 Manual, sentencing 1999: Sanchez-Rodriguez (en banc, Nov. 20, 1998) allows it; Rios-Favela is not cited",
    source: "web: Sanchez-Rodriguez (midpage)",
    rule: "prior-conviction-seriousness",
    sentence: MINOR,
    settings: S("9", 1996, { sentencingDate: "1999-03-01" }),
    severity: "information",
    lead: "United States v. Sanchez-Rodriguez",
    noCite: ["118 F.3d 653"],
  },
  // ---------------------------------------------------------------- rehabilitation in a motion before Nov. 1, 2023 (fourth audit, item 8)
  {
    name: "2d Cir., motion dated 2021 on rehabilitation alone: § 994(t) and the 2016 commentary n.3 — never § 1B1.13(d) or (b)(6), which came Nov. 1, 2023",
    source: "ref/era_2016 § 1B1.13 comment. (n.3); 28 U.S.C. § 994(t); Amendment 814 (Nov. 1, 2023)",
    rule: "compassionate-release-rehabilitation",
    sentence: "---\ndocument: compassionate-release-motion\n---\n\nMr. Hall seeks compassionate release based solely on his rehabilitation, which he argues is extraordinary and compelling.\n",
    settings: S("2", 2020, { briefDate: "2021-03-01" }),
    severity: "warning",
    words: ["basis:comment. (n.3)", "butSee:But see 28 U.S.C. § 994(t)"],
    never: ["§ 1B1.13(d)", "(b)(6)", "Rutherford"],
  },
  // ---------------------------------------------------------------- the pre-2023 § 1B1.13 in the circuits (fourth audit, item 10)
  {
    name: "4th Cir., motion dated 2021: McCoy (Dec. 2, 2020) — no applicable policy statement on a defendant's motion; not 'circuit law Heartland has not verified'",
    source: "web: McCoy (midpage, casetext); Long, 997 F.3d 342 (cetient) counting McCoy among the circuits",
    rule: "compassionate-release-family",
    sentence: "---\ndocument: compassionate-release-motion\n---\n\n" + CR_C + "\n",
    settings: S("4", 2020, { briefDate: "2021-03-01" }),
    severity: "information",
    lead: "United States v. McCoy",
    never: ["has not verified"],
  },
  {
    name: "D.C. Cir., motion dated Aug. 2021: Long (May 18, 2021) leads; Jenkins (2022) not cited",
    source: "web: Long (cetient: \"We, like seven other circuits, hold that this policy statement is not applicable\")",
    rule: "compassionate-release-family",
    sentence: "---\ndocument: compassionate-release-motion\n---\n\n" + CR_C + "\n",
    settings: S("dc", 2020, { briefDate: "2021-08-01" }),
    severity: "information",
    lead: "United States v. Long",
    noCite: ["50 F.4th 1185"],
  },
  {
    name: "8th Cir., motion dated Nov. 2021: Marcussen lets a court consult § 1B1.13 — not that it 'did not bind'",
    source: "rules.json Marcussen holding (as cited in Leyva-Martinez, seeds/004)",
    rule: "compassionate-release-family",
    sentence: "---\ndocument: compassionate-release-motion\n---\n\n" + CR_C + "\n",
    settings: S("8", 2020, { briefDate: "2021-11-01" }),
    severity: "information",
    lead: "United States v. Marcussen",
    words: ["may consult it"],
    never: ["it did not bind the court"],
  },
  {
    name: "11th Cir., motion dated 2021 on a parent's incapacity: Bryant's warning says what Bryant held (the pre-2023 § 1B1.13 binds; n.1(C) does not list a parent), not 'ordinary family hardship'",
    source: "web: Bryant petition appendix (supremecourt.gov): \"whether district courts reviewing defendant-filed motions … are bound by the Sentencing Commission's policy statement\"",
    rule: "compassionate-release-family",
    sentence: "---\ndocument: compassionate-release-motion\n---\n\n" + CR_C + "\n",
    settings: S("11", 2020, { briefDate: "2021-06-01" }),
    severity: "warning",
    lead: "United States v. Bryant",
    words: ["binds on a defendant's motion, and its n.1(C) does not list this family circumstance"],
    never: ["Ordinary family hardship"],
  },
  // ---------------------------------------------------------------- Carrasco (2d Cir. Dec. 20, 2002): no lesser-harm or family departure (fourth audit, item 7)
  {
    name: "2d Cir., 2003: a lesser-harm departure for reentering to care for a dying mother — Carrasco forecloses it; no variance advice before Booker",
    source: "web: Carrasco, 313 F.3d 750 (justia: \"the 'lesser harm' and 'exceptional family circumstances' grounds are unavailable\")",
    rule: "reentry-motive",
    sentence: "Mr. Ruiz asks the Court to depart downward under the lesser-harm provision because he reentered only to care for his dying mother.",
    settings: S("2", 2002, { sentencingDate: "2003-06-01" }),
    severity: "warning",
    lead: "United States v. Carrasco",
    binding: ["United States v. Carrasco"],
  },
  {
    name: "2d Cir., 2003: a personal-safety motive stays Leiva-Deras's findings requirement, not Carrasco's bar",
    source: "seeds/000 (Leiva-Deras Part III)",
    rule: "reentry-motive",
    sentence: "Mr. Ruiz asks the Court to depart downward because he returned only to escape the gang that had threatened to kill him.",
    settings: S("2", 2004, { sentencingDate: "2004-06-01" }),
    severity: "information",
    lead: "United States v. Leiva-Deras",
  },
  {
    name: "10th Cir., 2011 Manual, sentencing May 2012: a revocation after deportation and reentry — Rosales-Garcia (Feb. 7, 2012) rules for the defendant: information, not Ruiz-Gea's warning",
    source: "web: Rosales-Garcia, 667 F.3d 1348 (justia, vlex: filed Feb. 7, 2012)",
    rule: "revocation-sentence",
    sentence: REVOKED_AFTER,
    settings: S("10", 2011, { sentencingDate: "2012-05-01" }),
    severity: "information",
    lead: "United States v. Rosales-Garcia",
    binding: ["United States v. Rosales-Garcia"],
  },
  // ---------------------------------------------------------------- compassionate release below a minimum (fifth audit, items 1, 2, 4)
  {
    name: "10th Cir., 2022 motion on § 924(c) stacking: McGee (Mar. 29, 2021) permits it case by case",
    source: "web: McGee, 992 F.3d 1035 (casetext)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("10", 2010, { sentencingDate: "2011-01-10", briefDate: "2022-06-01" }),
    severity: "information",
    lead: "United States v. McGee",
    words: ["Permitted in the Tenth Circuit case by case"],
  },
  {
    name: "4th Cir., motion dated 2024 against a 2011 sentence: judged under § 1B1.13(b)(6) (Nov. 1, 2023), not the 2010 Manual's law",
    source: "ref/era_2025 § 1B1.13(b)(6); Amendment 814",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("4", 2010, { sentencingDate: "2011-01-10", briefDate: "2024-03-01" }),
    severity: "information",
    lead: "USSG § 1B1.13(b)(6)",
  },
  {
    name: "4th Cir., 2021 motion below a minimum for terminal illness: McCoy, which permits, is never the lead of a 'contested' message",
    source: "web: McCoy (casetext)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: MM,
    settings: S("4", 2010, { sentencingDate: "2011-01-10", briefDate: "2021-06-01" }),
    severity: "information",
    never: ["contested — United States v. McCoy"],
  },
  {
    name: "D.C. Cir., drug case, 2004: Smith (1994) permits the deportable-alien departure — never headed by the 9th Circuit's § 1326 case",
    source: "web: Smith, 27 F.3d 649 (casetext: \"We hold such departures permissible\")",
    rule: "deportable-alien-status",
    sentence: ALIEN,
    settings: S("dc", 2003, { offense: "21 U.S.C. § 841(a)(1)", sentencingDate: "2004-03-01" }),
    severity: "information",
    lead: "United States v. Smith",
    words: ["Permitted in the D.C. Circuit outside § 1326"],
    never: ["is not a ground for a downward departure —"],
  },
  {
    name: "8th Cir., 1999: Lopez-Salas (Sept. 17, 2001) is not yet the Eighth Circuit's binding law",
    source: "rules.json: Lopez-Salas decided 2001-09-17",
    rule: "deportable-alien-status",
    sentence: ALIEN,
    settings: S("8", 1998, { offense: "8 U.S.C. § 1326", sentencingDate: "1999-06-01" }),
    severity: "information",
    noCite: ["266 F.3d 842"],
    never: ["Binding in the Eighth Circuit: the ordinary collateral"],
  },
  {
    name: "5th Cir., § 1326, 2004: Garay (Dec. 7, 2000) forecloses the deportable-alien departure — binding warning, not 'persuasive'",
    source: "web: Garay, No. 00-40048 (cetient: \"alienage is not a basis for downward departure in this immigration case\")",
    rule: "deportable-alien-status",
    sentence: ALIEN,
    settings: S("5", 2003, { offense: "8 U.S.C. § 1326", sentencingDate: "2004-03-01" }),
    severity: "warning",
    lead: "United States v. Garay",
    binding: ["United States v. Garay"],
  },
  {
    name: "5th Cir., § 1326, 2010 variance: not squarely foreclosed, the circuit's departure holding named",
    source: "web: Garay",
    rule: "deportable-alien-status",
    sentence: ALIEN_VARY,
    settings: S("5", 2009, { offense: "8 U.S.C. § 1326", sentencingDate: "2010-03-01" }),
    severity: "information",
    words: ["variance is not squarely foreclosed"],
  },
  {
    name: "2d Cir., motion dated June 2018 below a minimum: only the Bureau of Prisons may move (the First Step Act not yet named) — information, not silence",
    source: "First Step Act § 603(b) (Dec. 21, 2018); Halvon decided Feb. 25, 2022",
    rule: "compassionate-release-mandatory-minimum",
    sentence: MM,
    settings: S("2", 2016, { briefDate: "2018-06-01" }),
    severity: "information",
    words: ["Only the Director of the Bureau of Prisons may move", "a defendant may not move himself"],
    never: ["First Step Act", "Dec. 21, 2018"], // later law, not told to a brief of June 2018 (audit 15 O4)
  },
  {
    name: "5th Cir., fast-track variance in 2012: Gomez-Herrera (Apr. 3, 2008) binds — the court need not vary; information led by the circuit's own case, not 'persuasive'",
    source: "web: Gomez-Herrera (cetient: \"we disagree and affirm\"; casemine summary)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("5", 2011, { sentencingDate: "2012-06-01" }),
    severity: "information",
    lead: "United States v. Gomez-Herrera",
    binding: ["United States v. Gomez-Herrera"],
  },
  // ---------------------------------------------------------------- no variance before Booker (fourth audit, item 2)
  {
    name: "2d Cir., sentencing June 2004: a 'variance' for a minor prior did not exist before Booker (Jan. 12, 2005) — Leiva-Deras's binding warning, not 'open to argument'",
    source: "seeds/000 (Leiva-Deras); United States v. Booker, 543 U.S. 220 (Jan. 12, 2005)",
    rule: "prior-conviction-seriousness",
    sentence: MINOR_VARY,
    settings: S("2", 2003, { sentencingDate: "2004-06-01" }),
    severity: "warning",
    never: ["open to argument"],
  },
  {
    name: "2d Cir., sentencing 2006: after Booker the variance is open to argument",
    source: "seeds/000; Booker",
    rule: "prior-conviction-seriousness",
    sentence: MINOR_VARY,
    settings: S("2", 2005, { sentencingDate: "2006-06-01" }),
    severity: "information",
    words: ["open to argument"],
  },
  // ---------------------------------------------------------------- the Eighth Circuit before Pepper (third audit, item 6)
  {
    name: "8th Cir. resentencing in 2008: circuit law (Sims (1999); Pepper's vacated 2007 opinion not cited) barred weighing post-sentencing rehabilitation — binding warning (audit 7b A3)",
    source: "web: Pepper v. United States, 562 U.S. 476 (2011) (midpage); Pepper, 570 F.3d 958 (8th Cir. 2009) (486 F.3d 408 vacated, 128 S. Ct. 871 (2008)); Sims, 174 F.3d 911 (openjurist)",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB,
    settings: S("8", 2007, { resentencing: true, sentencingDate: "2008-06-01" }),
    severity: "warning",
    lead: "United States v. Sims",
    binding: ["United States v. Sims"],
    words: ["basis:vacated and remanded in light of Gall, 128 S. Ct. 871 (2008)"],
    noCite: ["562 U.S. 476", "486 F.3d 408"],
  },
  {
    name: "8th Cir. resentencing in 2012: Pepper v. United States permits it; the Eighth Circuit's rule is gone",
    source: "web: Pepper v. United States, 562 U.S. 476 (Mar. 2, 2011)",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB,
    settings: S("8", 2011, { resentencing: true, sentencingDate: "2012-06-01" }),
    severity: "information",
    lead: "Pepper v. United States",
    noCite: ["486 F.3d 408", "174 F.3d 911"],
  },
  // ---------------------------------------------------------------- deportable-alien status before Martinez-Ramos (third audit, item 4)
  {
    name: "9th Cir., § 1326, sentencing in 1997: no Ninth Circuit bar yet (Martinez-Ramos, July 29, 1999); Charry Cubillos (1996) binds and permits — information, not a warning on Restrepo",
    source: "web: Martinez-Ramos, 184 F.3d 1055 (justia: filed July 29, 1999); Charry Cubillos, 91 F.3d 1342 (9th Cir. 1996)",
    rule: "deportable-alien-status",
    sentence: ALIEN,
    settings: S("9", 1997, { offense: "8 U.S.C. § 1326", sentencingDate: "1997-12-01" }),
    severity: "information",
    lead: "United States v. Charry Cubillos",
    notBinding: ["United States v. Restrepo"],
    never: ["Binding circuit precedent rejects"],
  },
  {
    name: "9th Cir., § 1326, sentencing in 2000: Martinez-Ramos binds — warning",
    source: "web: Martinez-Ramos (justia)",
    rule: "deportable-alien-status",
    sentence: ALIEN,
    settings: S("9", 2000, { offense: "8 U.S.C. § 1326", sentencingDate: "2000-06-01" }),
    severity: "warning",
    binding: ["United States v. Martinez-Ramos"],
  },
  // ---------------------------------------------------------------- fast-track variances before a circuit allowed them (third audit, items 1 and 2)
  {
    name: "1st Cir., Feb. 2008: Andújar-Arias (Nov. 19, 2007) forbade the variance until Rodríguez abrogated it (June 4, 2008) — binding warning",
    source: "web: Andújar-Arias, 507 F.3d 734, 739 (midpage); Rodríguez, 527 F.3d 221, 222 (midpage: \"we abrogate Andújar-Arias\")",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("1", 2007, { sentencingDate: "2008-02-01" }),
    severity: "warning",
    lead: "United States v. Andújar-Arias",
    binding: ["United States v. Andújar-Arias"],
    words: ["First Circuit", "instead:Kimbrough"],
  },
  {
    name: "1st Cir., 2009: Rodríguez permits the variance; Andújar-Arias is abrogated",
    source: "web: Rodríguez, 527 F.3d 221 (1st Cir. June 4, 2008)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("1", 2008, { sentencingDate: "2009-01-15" }),
    severity: "information",
    lead: "United States v. Rodríguez, 527 F.3d 221",
    words: ["permitted in the First Circuit, not required", "Binding in the First Circuit", "instead:never a departure"],
    never: ["Andújar-Arias", "Andujar-Arias", "But see"],
  },
  {
    name: "1st Cir., departure asked in 2010: information, and the abrogated Andújar-Arias is not cited",
    source: "web: Rodríguez (abrogating Andújar-Arias, June 4, 2008)",
    rule: "fast-track-disparity",
    sentence: FT_DEPART,
    settings: S("1", 2009, { sentencingDate: "2010-03-01" }),
    severity: "information",
    noCite: ["507 F.3d 734"],
  },
  {
    name: "1st Cir., June 2007 (before Andújar-Arias): not settled, never 'permits'",
    source: "Andújar-Arias decided Nov. 19, 2007; Rodríguez June 4, 2008",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("1", 2006, { sentencingDate: "2007-06-01" }),
    severity: "information",
    words: ["not settled for the defendant in the First Circuit"],
    never: ["This circuit permits"],
    noCite: ["507 F.3d 734", "527 F.3d 221"],
  },
  {
    name: "8th Cir., mid-2006 (after Sebastian, before Gonzalez-Alvarado, Feb. 26, 2007): not settled; Sebastian listed as binding",
    source: "web: Sebastian, 436 F.3d 913 (8th Cir. Feb. 6, 2006); Gonzalez-Alvarado (Feb. 26, 2007) as quoted in Jimenez-Perez (audit 10: the 2009 row had encoded the gap)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("8", 2005, { sentencingDate: "2006-06-01" }),
    severity: "information",
    binding: ["United States v. Sebastian"],
    noCite: ["No. 10-3757"],
  },
  {
    name: "8th Cir., 2012: Jimenez-Perez permits the variance",
    source: "web: Jimenez-Perez (Justia, court summary)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("8", 2011, { sentencingDate: "2012-03-01" }),
    severity: "information",
    lead: "United States v. Jimenez-Perez",
    words: ["permitted in the Eighth Circuit, not required"],
    never: ["But see"],
  },
  {
    name: "11th Cir., March 2007: Castro (July 12, 2006) binds — the court need not lower the sentence; no warning that a later case forecloses it",
    source: "web: Castro, 455 F.3d 1249, 1253 (vlex), as quoted in Vega-Castillo (cetient)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("11", 2006, { sentencingDate: "2007-03-01" }),
    severity: "information",
    lead: "United States v. Castro",
    binding: ["United States v. Castro"],
    noCite: ["540 F.3d 1235"],
  },
  {
    name: "11th Cir., 2009: Vega-Castillo (Aug. 19, 2008) holds the circuit to Castro after Kimbrough — binding warning",
    source: "web: Vega-Castillo, 540 F.3d 1235 (cetient)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("11", 2008, { sentencingDate: "2009-03-01" }),
    severity: "warning",
    binding: ["United States v. Vega-Castillo"],
  },
  // ---------------------------------------------------------------- a ground of the sentencing itself in a compassionate-release motion
  {
    name: "fast-track disparity in a § 3582(c)(1)(A) motion: not a departure/variance question — information on § 1B1.13, no variance advice, no But see (second audit, item 9)",
    source: "18 U.S.C. § 3582(c)(1)(A); USSG § 1B1.13; United States v. Hunter, 12 F.4th 555 (6th Cir. 2021)",
    rule: "fast-track-disparity",
    sentence: "---\ndocument: compassionate-release-motion\n---\n\nMr. Lara's sentence was longer than it would have been had he been arrested in Arizona, where a fast-track program would have offered him a four-level reduction. This unwarranted disparity is an extraordinary and compelling reason for a reduction.\n",
    settings: S("9", 2025),
    severity: "information",
    words: ["In a compassionate-release motion", "USSG § 1B1.13 names", "basis:United States v. Hunter, 12 F.4th 555 (6th Cir. 2021)", "instead:§ 3553(a)(6)"],
    never: ["Ask for a § 3553(a) variance", "But see", "Binding in the Ninth Circuit"],
  },
  {
    name: "the same ground under a compassionate-release heading of another filing is judged in that vehicle",
    source: "18 U.S.C. § 3582(c)(1)(A); USSG § 1B1.13",
    rule: "prior-conviction-seriousness",
    sentence: "# Defendant's Motion\n\n## Extraordinary and Compelling Reasons\n\nThe Court should reduce Mr. Ruiz's sentence because his prior conviction was minor and the 16-level enhancement overstated its seriousness.\n",
    settings: S("9", 2025),
    severity: "information",
    words: ["In a compassionate-release motion", "instead:direct appeal", "instead:§ 3582(c)(2)"],
    never: ["But see"],
  },
  {
    name: "the same ground in a sentencing memorandum keeps the sentencing law (no compassionate-release outcome)",
    source: "Banuelos-Rodriguez, 215 F.3d at 978",
    rule: "fast-track-disparity",
    sentence: "---\ndocument: sentencing-memorandum\n---\n\n" + FT_DEPART + "\n",
    settings: S("9", 2024),
    severity: "warning",
    lead: "United States v. Banuelos-Rodriguez",
    never: ["In a compassionate-release motion"],
  },
  // ---------------------------------------------------------------- § 2L1.2 policy critique (holdings map P10; session 18)
  {
    name: "5th Cir. after Duarte: a double-counting variance may be asked, need not be granted; Duarte named and binding",
    source: "holdings map P10: Duarte, 569 F.3d 528 (5th Cir. 2009) (casetext); Kimbrough, 552 U.S. 85 (2007)",
    rule: "reentry-guideline-policy",
    sentence: POLICY,
    settings: S("5", 2015),
    severity: "information",
    lead: "United States v. Duarte",
    binding: ["United States v. Duarte", "Kimbrough v. United States"],
    words: ["may, but need not", "instead:preserve the policy point", "butSee:But see United States v. Duarte"],
    never: ["foreclosed"],
  },
  {
    name: "2d Cir. in 2010 (after Kimbrough, before Perez-Frias): Kimbrough leads, Perez-Frias is not named (session 26: the window's own advice names Duarte alone, where the rule's named Perez-Frias with a note that it was decided later)",
    source: "holdings map P10: Perez-Frias, 636 F.3d 39 (2d Cir. Mar. 31, 2011); Kimbrough (Dec. 10, 2007)",
    rule: "reentry-guideline-policy",
    sentence: POLICY,
    settings: S("2", 2009, { briefDate: "2010-06-01" }),
    severity: "information",
    lead: "Kimbrough v. United States",
    words: ["no court must accept it", "basis:Gall v. United States", "instead:rarely reversed (Duarte, 5th Cir.)."],
    never: ["Second Circuits have rejected", "Perez-Frias"],
  },
  {
    name: "before Booker: no variance for a policy disagreement (mandatory Guidelines, § 3553(b))",
    source: "Booker, 543 U.S. 220 (Jan. 12, 2005); 18 U.S.C. § 3553(b) (as it stood before Booker)",
    rule: "reentry-guideline-policy",
    sentence: POLICY,
    settings: S("9", 2003, { briefDate: "2004-06-01" }),
    severity: "information",
    words: ["at the brief's date: the Guidelines were mandatory", "basis:18 U.S.C. § 3553(b)"],
    // audit 14 D4: a brief of 2004 is not told of Booker (Jan. 12, 2005) or Kimbrough (2007)
    never: ["Booker", "Kimbrough"],
  },
  {
    name: "6th Cir., 2022: a below-minimum motion on a terminal illness is not 'contested — Hunter' (Hunter decided change-in-law reasons only)",
    source: "audit 6c item 1: Hunter, No. 21-1275 (6th Cir. Aug. 30, 2021) (cetient; casetext summary); Thacker (room for terminal illness, as quoted in Leyva-Martinez)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: "Mr. Cole asks the Court to reduce his sentence below the ten-year mandatory minimum under § 3582(c)(1)(A) because of his terminal cancer.",
    settings: S("6", 2010, { briefDate: "2022-06-01", compassionate: true }),
    severity: "information",
    words: ["barred by no binding holding", "terminal illness", "butSee:Cf. United States v. Thacker"],
    never: ["is contested", "Binding in the Sixth Circuit"],
  },
  {
    name: "no circuit, 2022: a change-in-law message led by Thacker lists the Seventh Circuit among those where it binds",
    source: "audit 6c item 7 (audit 5 item 10.4): Thacker, 4 F.4th 569 (7th Cir. July 15, 2021)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S(null, 2010, { briefDate: "2022-06-01", compassionate: true }),
    severity: "information",
    lead: "United States v. Thacker",
    words: ["holdings to this effect bind in the Seventh, Eighth, Sixth, Third and Eleventh Circuits"],
  },
  {
    name: "5th Cir., 2007: Aguirre-Villa (Aug. 15, 2006) — a refusal to lower the sentence for the disparity is not unreasonable (audit 6c item 10)",
    source: "web: Aguirre-Villa, No. 05-50978 (cetient: the opinion and the substituted opinion); circuit5 blog (the holding)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("5", 2006, { briefDate: "2007-06-01" }),
    severity: "information",
    lead: "United States v. Aguirre-Villa",
    binding: ["United States v. Aguirre-Villa"],
    words: ["does not make the sentence unreasonable"],
  },
  {
    name: "7th Cir., 2025: Black (Mar. 11, 2025) — Thacker remains binding and § 1B1.13(b)(6) exceeds the Commission's authority (audit 6c item 9)",
    source: "web: Black, No. 24-1191 (findlaw: the opinion; midpage: decided Mar. 11, 2025)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("7", 2024, { briefDate: "2025-06-01", compassionate: true }),
    severity: "warning",
    lead: "United States v. Black",
    binding: ["United States v. Black"],
    words: ["§ 1B1.13(b)(6) does not change that"],
  },
  {
    name: "6th Cir., 2024 (after (b)(6), before Bricker): the circuit's precedent stands, and whether (b)(6) displaces it was undecided (audit 6c item 9)",
    source: "USSG § 1B1.13(b)(6) (Nov. 1, 2023); Bricker, Nos. 24-3286 et al. (6th Cir. Apr. 22, 2025)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("6", 2023, { briefDate: "2024-06-01", compassionate: true }),
    severity: "information",
    lead: "United States v. Hunter",
    words: ["not yet decided by the court of appeals", "Bricker decided it later"],
  },
  {
    name: "5th Cir., 2025: McMaryion reported (not '(b)(6) … Binding in the Fifth Circuit'); information, since the holding is read in a summary (audit 6c item 4)",
    source: "web: McMaryion, No. 21-50450 (Justia summary, Mar. 28, 2023; casetext: substituted June 22, 2023); Austin, 125 F.4th 688 (klfirm blog)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("5", 2024, { briefDate: "2025-06-01", compassionate: true }),
    severity: "information",
    words: ["was withdrawn on June 22, 2023", "McMaryion", "basis:Austin"],
    never: ["Binding in the Fifth Circuit"],
  },
  {
    name: "2002 Manual, brief of 2003 (2d and 9th Cir.): no holding on the 2001 scheme yet — never 'restricted? … the authority in force allows it — Sanchez-Rodriguez' (audit 6v item 14)",
    source: "Amendment 632 (Nov. 1, 2001); Stultz (Jan. 15, 2004); Leiva-Deras (Feb. 17, 2004); Lopez-Zamora (Dec. 29, 2004); Sanchez-Rodriguez (9th en banc 1998)",
    rule: "prior-conviction-seriousness",
    sentence: MINOR,
    settings: S("2", 2002, { sentencingDate: "2003-06-01", briefDate: "2003-09-01" }),
    severity: "information",
    words: ["No appellate holding on the 2001 graduated § 2L1.2"],
    never: ["restricted?", "authority in force allows it"],
  },
  // ---------------------------------------------------------------- COVID-19 risk (holdings map P18; session 18)
  {
    name: "8th Cir., 2022: the general threat of COVID-19 is not by itself extraordinary and compelling — Marcussen binds",
    source: "holdings map P18: Marcussen, 15 F.4th 855 (8th Cir. Oct. 7, 2021) (casetext)",
    rule: "compassionate-release-covid",
    sentence: COVID,
    settings: S("8", 2021, { briefDate: "2022-03-01", compassionate: true }),
    severity: "warning",
    lead: "United States v. Marcussen",
    binding: ["United States v. Marcussen"],
  },
  {
    name: "2024, any circuit: a general risk fails § 1B1.13(b)(1)(D)(ii) (personal risk factors) — a warning from the policy statement's text",
    source: "ref/era_2025 § 1B1.13(b)(1)(D) (Amendment 814, Nov. 1, 2023)",
    rule: "compassionate-release-covid",
    sentence: COVID,
    settings: S("9", 2023, { briefDate: "2024-03-01", compassionate: true }),
    severity: "warning",
    lead: "USSG § 1B1.13(b)(1)(D)",
    words: ["personal health risk factors and custodial status"],
  },
  {
    name: "2024: a motion that names the defendant's risk factors gets the three showings to prove (information)",
    source: "ref/era_2025 § 1B1.13(b)(1)(D)(i)–(iii)",
    rule: "compassionate-release-covid",
    sentence: "Mr. Ruiz moves for compassionate release because his diabetes and obesity put him at high risk of severe illness from COVID-19 at his facility, which has an active outbreak.",
    settings: S("9", 2023, { briefDate: "2024-03-01", compassionate: true }),
    severity: "information",
    lead: "USSG § 1B1.13(b)(1)(D)",
    words: ["three showings", "instead:Prove each clause"],
  },
  {
    name: "2020, before Marcussen: no appellate holding cited, the pre-2023 medical categories named",
    source: "Marcussen decided Oct. 7, 2021; USSG § 1B1.13, comment. (n.1(A)) (2018 Manual)",
    rule: "compassionate-release-covid",
    sentence: COVID,
    settings: S("8", 2018, { briefDate: "2020-06-01", compassionate: true }),
    severity: "information",
    words: ["no appellate holding"],
    noCite: ["Marcussen"],
  },
  {
    name: "compassionate-release motion, 9th Cir., 2024: an immigration detainer is judged as a § 3582(c)(1)(A) point (district courts: not extraordinary and compelling), not as a Martinez-Ramos departure warning",
    source: "holdings map P17: Rosas-Lozano (D. Or. July 23, 2021), Rivera (E.D.N.Y. Oct. 21, 2024) (casetext); Avalos Banderas (8th Cir. 2022)",
    rule: "deportable-alien-status",
    sentence: "Mr. Ruiz asks the Court to reduce his sentence because his immigration detainer makes him ineligible for home confinement and for First Step Act time credits, so he serves a harsher sentence than a citizen would.",
    settings: S("9", 2023, { briefDate: "2024-03-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    lead: "United States v. Rosas-Lozano",
    never: ["not a ground for a downward departure", "variance"],
  },
  {
    name: "compassionate-release motion, no circuit set, 2024: the detainer point binds nowhere — no 'binding in the Ninth, Seventh … Circuits' from the departure cases (Martinez-Ramos, Restrepo …), which decide sentencing, not this motion",
    source: "the outcome's own basis: no court of appeals holding on the point in Heartland's sources; Martinez-Ramos (9th Cir. 1999) is a departure holding",
    rule: "deportable-alien-status",
    sentence: "Mr. Ruiz asks the Court to reduce his sentence because his immigration detainer makes him ineligible for home confinement and for First Step Act time credits, so he serves a harsher sentence than a citizen would.",
    settings: S(null, 2023, { briefDate: "2024-03-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    lead: "United States v. Rosas-Lozano",
    words: ["No circuit set."],
    never: ["binding in the Ninth", "Seventh"],
  },
  {
    name: "7th Cir., 2011 Manual: a revocation imposed after deportation and reentry does not count — Lopez (Mar. 4, 2011) binds; the argument is available (audit 7b A1)",
    source: "web: Lopez, 634 F.3d 948, No. 10-1470 (cetient; justia; vlex)",
    rule: "revocation-sentence",
    sentence: "He argues that the enhancement should not apply because his probation was revoked after he was deported and reentered, and the revocation term should not be counted toward the sentence imposed.",
    settings: S("7", 2010, { sentencingDate: "2011-06-01" }),
    severity: "information",
    lead: "United States v. Lopez",
    binding: ["United States v. Lopez"],
    words: ["does not count", "argument is available"],
    never: ["Leiva-Deras"],
  },
  {
    name: "§ 2L1.2 policy critique, 2026: Perez-Frias is a below-Guidelines affirmance without a double-counting argument, and both cases concern the pre-2016 enhancement (audit 7a A7, B2)",
    source: "web: Perez-Frias (casetext; midpage: below-Guidelines sentence); Duarte (cetient); Amendment 802 (Nov. 1, 2016)",
    rule: "reentry-guideline-policy",
    sentence: POLICY,
    settings: S("9", 2025, { briefDate: "2026-03-01" }),
    severity: "information",
    words: ["basis:affirmed a below-Guidelines sentence", "basis:pre-2016 16-level enhancement"],
    never: ["Fifth and Second Circuits have rejected"],
  },
  {
    name: "4th Cir., 2005 variance: before Perez-Pena (2006) the Fourth Circuit's rule is not put in Banuelos-Rodriguez's mouth (audit 7a A8)",
    source: "Perez-Pena decided June 30, 2006; Banuelos-Rodriguez is a 9th Cir. departure holding",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("4", 2004, { briefDate: "2005-06-01" }),
    severity: "information",
    never: ["cannot alone support a variance in the Fourth Circuit"],
  },
  {
    name: "no circuit, 2025-06: § 1B1.13(b)(6) binds except where held invalid — the Third (Rutherford, Nov. 2024), Seventh (Black, Mar. 2025) and Sixth (Bricker, Apr. 2025) (audit 7a A6)",
    source: "Rutherford, 120 F.4th 360 (3d Cir. 2024); Black, No. 24-1191 (7th Cir. Mar. 11, 2025); Bricker, Nos. 24-3286 et al. (6th Cir. Apr. 22, 2025)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S(null, 2024, { briefDate: "2025-06-01", compassionate: true }),
    severity: "information",
    words: ["Binding except in the Third Circuit", "nor in the Seventh Circuit", "nor in the Sixth Circuit"],
  },
  {
    name: "no circuit, 2024-06: before Rutherford (3d Cir. Nov. 2024) no circuit had held § 1B1.13(b)(6) invalid (audit 7a A6)",
    source: "Rutherford, 120 F.4th 360 (3d Cir. 2024) (decided after the brief's date)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S(null, 2023, { briefDate: "2024-06-01", compassionate: true }),
    severity: "information",
    never: ["Binding except in the Third Circuit"],
  },
  {
    name: "2d Cir. resentencing in 1998: before § 5K2.19 the Second Circuit allowed the departure (Core, 1997) — not 'does not reopen a final sentence — Abreu-Cabrera' (audit 7b A2)",
    source: "web: Core, 125 F.3d 74 (2d Cir. Sept. 9, 1997) (justia; casetext); Amendment 602 (the circuit conflict)",
    rule: "post-sentencing-rehabilitation",
    sentence: "At resentencing, Mr. Ruiz asks the Court to depart downward based on his post-sentencing rehabilitation in prison.",
    settings: S("2", 1997, { resentencing: true, sentencingDate: "1998-06-01" }),
    severity: "information",
    lead: "United States v. Core",
    binding: ["United States v. Core"],
    never: ["does not reopen a final sentence"],
  },
  {
    name: "compassionate release, motion of 2003: rehabilitation alone fails § 994(t); § 1B1.13 (Nov. 1, 2006) is not cited (audit 7b A4)",
    source: "ref/era_2016 § 1B1.13 historical note (effective Nov. 1, 2006, Amendment 683); 28 U.S.C. § 994(t)",
    rule: "compassionate-release-rehabilitation",
    sentence: "Mr. Ruiz moves for compassionate release based solely on his rehabilitation.",
    settings: S("9", 2000, { briefDate: "2003-06-01", compassionate: true }),
    severity: "warning",
    words: ["basis:No policy statement describes such reasons, and only the Director of the Bureau of Prisons may move"],
    never: ["comment. (n.3) (2016 Manual)", "Nov. 1, 2006", "Amendment 683"], // § 1B1.13 came later: not named to a 2003 brief (audit 15 O4)
  },
  {
    name: "compassionate release, 2024: rehabilitation together with a medical condition is told it may be weighed with other reasons — not 'Rehabilitation alone is not …' (audit 7b C3)",
    source: "28 U.S.C. § 994(t); USSG § 1B1.13(d) (Nov. 1, 2023)",
    rule: "compassionate-release-rehabilitation",
    sentence: "Mr. Ruiz moves for compassionate release based on his rehabilitation, together with his serious medical condition.",
    settings: S("9", 2023, { briefDate: "2024-03-01", compassionate: true }),
    severity: "information",
    words: ["may be weighed with other extraordinary and compelling reasons"],
    never: ["Rehabilitation alone is not \"extraordinary and compelling\" —"],
  },
  {
    name: "9th Cir., 2025 Manual: a reentry motive asked as a lower sentence is a variance, and the message says the Second Circuit case is a departure case (the sample brief)",
    source: "Leiva-Deras (2d Cir. 2004) Part III; Booker (Jan. 12, 2005); Amendment 836 (Nov. 1, 2025)",
    rule: "reentry-motive",
    sentence: "Mr. Ruiz-Hernandez returned to the United States only because he feared for his life after cartel members threatened him, and that motive warrants a lower sentence.",
    settings: S("9", 2025),
    severity: "information",
    lead: "United States v. Leiva-Deras",
    notBinding: ["United States v. Leiva-Deras"],
    words: ["variance is not foreclosed", "Second Circuit departure case", "Persuasive in the Ninth Circuit"],
    never: ["departure needs findings of fact"],
  },
  // ---------------------------------------------------------------- post-sentencing rehabilitation before Pepper (audit 10 item 5)
  {
    name: "8th Cir., Rule 35 motion of 2008: Pepper v. United States (2011) is not stated as law, and Sims (a resentencing case) is not the lead for reopening a final sentence",
    source: "Pepper v. United States, 562 U.S. 476 (Mar. 2, 2011); Sims, 174 F.3d 911 (8th Cir. 1999) (a resentencing)",
    rule: "post-sentencing-rehabilitation",
    sentence: "Mr. Ruiz asks the Court to reduce his sentence because of his post-sentencing rehabilitation: he earned his GED and has had no disciplinary infractions.",
    settings: S("8", 1997, { briefDate: "2008-06-01", sentencingDate: "1998-01-01", document: "rule-35-motion" }),
    // a defendant's Rule 35 motion on rehabilitation is foreclosed by Rule 35's text and § 3582(c) (legal audit of session 34: pn-007, pf-005)
    severity: "warning",
    words: ["18 U.S.C. § 3582(c)", "no ground for a Rule 35 motion", "within 7 days after sentencing"],
    never: ["Pepper v. United States", "— United States v. Sims"],
  },
  // ---------------------------------------------------------------- deportable-alien status: each circuit's own precedent, from its date (audit 10 items 2, 4, 9)
  {
    name: "6th Cir., 1996, § 1326: Ebolum (Dec. 21, 1995) binds against the departure",
    source: "United States v. Ebolum, 72 F.3d 35 (6th Cir. 1995) (cetient.com; casetext)",
    rule: "deportable-alien-status",
    sentence: "Mr. Ruiz asks the Court to depart downward because, as a deportable alien, he is ineligible for a halfway house and RDAP early release.",
    settings: S("6", 1995, { sentencingDate: "1996-06-01", offense: "8 U.S.C. § 1326" }),
    severity: "warning",
    lead: "United States v. Ebolum, 72 F.3d 35 (6th Cir. 1995)",
    binding: ["United States v. Ebolum"],
  },
  {
    name: "6th Cir., 2010, § 1326: a variance is not squarely foreclosed; Ebolum is the circuit's departure precedent",
    source: "Ebolum (1995); Booker (2005)",
    rule: "deportable-alien-status",
    sentence: "Mr. Ruiz asks the Court to vary downward because, as a deportable alien, he is ineligible for a halfway house and RDAP early release.",
    settings: S("6", 2009, { sentencingDate: "2010-06-01", offense: "8 U.S.C. § 1326" }),
    severity: "information",
    lead: "United States v. Ebolum",
    words: ["not squarely foreclosed", "Sixth Circuit's precedent"],
  },
  {
    name: "7th Cir., 1996: before Gonzalez-Portillo (Aug. 19, 1997) no 'Seventh Circuit's precedent', and no variance before Booker",
    source: "Gonzalez-Portillo decided Aug. 19, 1997; Booker Jan. 12, 2005",
    rule: "deportable-alien-status",
    sentence: "Mr. Ruiz asks the Court to vary downward because, as a deportable alien, he is ineligible for a halfway house and RDAP early release.",
    settings: S("7", 1995, { sentencingDate: "1996-06-01", offense: "8 U.S.C. § 1326" }),
    severity: "information",
    lead: "United States v. Restrepo",
    notBinding: ["United States v. Restrepo"],
    never: ["Seventh Circuit's precedent", "variance is not squarely foreclosed"],
  },
  {
    name: "9th Cir., June 1996: before Charry Cubillos (Aug. 6, 1996) the circuit had allowed nothing yet",
    source: "Charry Cubillos, 91 F.3d 1342 (9th Cir. Aug. 6, 1996)",
    rule: "deportable-alien-status",
    sentence: "Mr. Ruiz asks the Court to depart downward because, as a deportable alien, he is ineligible for a halfway house and RDAP early release.",
    settings: S("9", 1995, { sentencingDate: "1996-06-01", offense: "8 U.S.C. § 1326" }),
    severity: "information",
    lead: "United States v. Restrepo",
    words: ["No Ninth Circuit holding"],
    never: ["had allowed", "instead:Charry Cubillos"],
  },
  {
    name: "7th Cir., 2008: Galicia-Cardenas (Mar. 24, 2006) binds against a fast-track variance until Reyes-Hernandez (audit 10 item 3); its message says it predates Kimbrough (audit 39b)",
    source: "Galicia-Cardenas, 443 F.3d 553 (opinion, cetient.com); United States v. Reyes-Sanchez, No. 05-4040 (7th Cir. Aug. 15, 2006) (order restating it)",
    rule: "fast-track-disparity",
    sentence: "Mr. Ruiz asks the Court to vary downward because he has no fast-track program available in this district.",
    settings: S("7", 2007, { sentencingDate: "2008-03-01" }),
    severity: "warning",
    lead: "United States v. Galicia-Cardenas",
    binding: ["United States v. Galicia-Cardenas"],
    words: ["before Kimbrough", "instead:decided after Galicia-Cardenas", "basis:revisited Galicia-Cardenas"],
    never: ["not settled", "Banuelos-Rodriguez, 215", "from Dec. 10, 2007 argue"],
  },
  // ---------------------------------------------------------------- fast track in 2005, after Booker and before the variance cases (audit 10 items 8, 10)
  {
    name: "9th Cir., June 2005: a variance was not yet decided — information led by the departure case, no warning on later cases",
    source: "Booker (Jan. 12, 2005); Marcial-Santiago (May 8, 2006)",
    rule: "fast-track-disparity",
    sentence: "Mr. Ruiz asks the Court to vary downward because he has no fast-track program available in this district.",
    settings: S("9", 2004, { sentencingDate: "2005-06-01" }),
    severity: "information",
    lead: "United States v. Banuelos-Rodriguez",
    words: ["not yet decided in the Ninth Circuit"],
  },
  {
    name: "2d Cir., June 2005: Mejia (Aug. 22, 2006) is not cited as law",
    source: "Mejia, 461 F.3d 158 (2d Cir. Aug. 22, 2006)",
    rule: "fast-track-disparity",
    sentence: "Mr. Ruiz asks the Court to vary downward because he has no fast-track program available in this district.",
    settings: S("2", 2004, { sentencingDate: "2005-06-01" }),
    severity: "information",
    never: ["Mejia (2006) holds"],
  },
  {
    name: "4th Cir., June 2005: no 'circuit split' on variances and no 'open in the Second Circuit' before any court of appeals ruled",
    source: "Marcial-Santiago (May 8, 2006); Perez-Pena (June 30, 2006); Liriano-Blanco (Dec. 11, 2007)",
    rule: "fast-track-disparity",
    sentence: "Mr. Ruiz asks the Court to vary downward because he has no fast-track program available in this district.",
    settings: S("4", 2004, { sentencingDate: "2005-06-01" }),
    severity: "information",
    words: ["basis:no court of appeals in Heartland's sources had yet decided whether a variance may rest on it"],
    never: ["the circuits split", "open in the Second Circuit"],
  },
  // ---------------------------------------------------------------- fast track in the Eighth Circuit, 2007–2011 (audit 10 item 1)
  {
    name: "8th Cir., 2008: a fast-track variance was impermissible — Gonzalez-Alvarado (Feb. 26, 2007) binds until Jimenez-Perez",
    source: "Jimenez-Perez, No. 10-3757 (8th Cir. Oct. 18, 2011), quoting Gonzalez-Alvarado, 477 F.3d at 651 (Sentencing Law and Policy; Justia)",
    rule: "fast-track-disparity",
    sentence: "Mr. Ruiz asks the Court to vary downward because he has no fast-track program available in this district.",
    settings: S("8", 2007, { sentencingDate: "2008-03-01" }),
    severity: "warning",
    lead: "United States v. Gonzalez-Alvarado, 477 F.3d 648, 651 (8th Cir. 2007)",
    binding: ["United States v. Gonzalez-Alvarado"],
    words: ["impermissible"],
    never: ["not settled", "Jimenez-Perez"],
  },
  {
    name: "8th Cir., 2012: after Jimenez-Perez the variance is allowed — information, Gonzalez-Alvarado not cited",
    source: "Jimenez-Perez (Oct. 18, 2011)",
    rule: "fast-track-disparity",
    sentence: "Mr. Ruiz asks the Court to vary downward because he has no fast-track program available in this district.",
    settings: S("8", 2011, { sentencingDate: "2012-03-01" }),
    severity: "information",
    never: ["Gonzalez-Alvarado", "impermissible"],
  },
  // ---------------------------------------------------------------- before any court of appeals ruled (audit 10 item 7)
  {
    name: "9th Cir., motion of June 2020: no court of appeals had ruled — no 'contested', no empty authority, no (b)(6)",
    source: "Brooker (2d Cir.) decided Sept. 25, 2020; Thacker (7th Cir.) July 15, 2021; § 1B1.13(b)(6) Nov. 1, 2023",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("9", 2019, { briefDate: "2020-06-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    words: ["No court of appeals had decided at the brief's date"],
    never: ["— .", "contested", "(b)(6)"],
  },
  {
    name: "9th Cir., motion of Jan. 2021: every court of appeals that had ruled held the policy statement inapplicable, none yet against a change in the law (audit 15 O5)",
    source: "Brooker (Sept. 25, 2020), Jones and Gunn (Nov. 20, 2020), McCoy (Dec. 2, 2020); Bryant (May 7, 2021) the first to hold it binding; Thacker (July 15, 2021)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("9", 2020, { briefDate: "2021-01-15", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    words: ["every court of appeals that had decided", "none had held it binding", "basis:Decided after the brief's date, 2021-01-15: United States v. Thacker (2021-07-15)"],
    never: ["— .", "(b)(6)", "begun to divide"],
  },
  // ------------------------------------ later law is not told to an earlier brief: `{dated …}` clauses (audit 15 O4, the rest)
  {
    name: "11th Cir., sentencing of 2012: the early-disposition advice names § 5K3.1, not § 3F1.1 (Nov. 1, 2025)",
    source: "USSG § 5K3.1 (Amendment 651, Oct. 27, 2003); § 3F1.1 (Amendment 836, Nov. 1, 2025)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("11", 2011, { sentencingDate: "2012-06-01" }),
    severity: "warning",
    words: ["instead:§ 5K3.1 from Oct. 27, 2003"],
    never: ["3F1.1", "Nov. 1, 2025"],
  },
  {
    name: "11th Cir., sentencing of Jan. 2026: § 3F1.1 (Nov. 1, 2025) is named",
    source: "USSG § 3F1.1 (Amendment 836, Nov. 1, 2025)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("11", 2025, { sentencingDate: "2026-01-15" }),
    severity: "warning",
    words: ["instead:§ 3F1.1"],
  },
  {
    name: "1st Cir., family motion of June 2021: no 'motion filed on or after Nov. 1, 2023' advice (the amended § 1B1.13 outcomes give it from that day)",
    source: "USSG § 1B1.13 as amended by Amendment 814 (Nov. 1, 2023)",
    rule: "compassionate-release-family",
    sentence: CR_GENERAL,
    settings: S("1", 2020, { briefDate: "2021-06-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    never: ["on or after Nov. 1, 2023", "(b)(3)(A)–(D)"],
  },

  {
    name: "9th Cir., innocence motion of 2019: the basis lists the pre-2023 reasons only",
    source: "USSG § 1B1.13 as amended by Amendment 814 (Nov. 1, 2023)",
    rule: "compassionate-release-innocence",
    sentence: INNOCENT,
    settings: S("9", 2018, { briefDate: "2019-06-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    never: ["abuse in custody", "from Nov. 1, 2023"],
  },
  {
    name: "9th Cir., pandemic motion of Oct. 2020: no § 1B1.13(b)(1)(D) (Nov. 1, 2023) in the advice",
    source: "USSG § 1B1.13(b)(1)(D) (Amendment 814, Nov. 1, 2023)",
    rule: "compassionate-release-covid",
    sentence: COVID,
    settings: S("9", 2018, { briefDate: "2020-10-15", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    never: ["(b)(1)(D)", "from Nov. 1, 2023"],
  },
  {
    name: "11th Cir., change-in-law motion of June 2021: the advice names no § 1B1.13(b)(6) (Nov. 1, 2023)",
    source: "USSG § 1B1.13(b)(6) (Amendment 814, Nov. 1, 2023)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("11", 2020, { briefDate: "2021-06-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "warning",
    never: ["(b)(6)", "Nov. 1, 2023"], // nor the day the amended § 1B1.13 took effect
  },
  {
    name: "9th Cir., Rule 35 motion of 2007: 7 days under Rule 35(a), no 14 days and no Dec. 1, 2009",
    source: "Fed. R. Crim. P. 35(a) (Dec. 1, 2002 – Nov. 30, 2009: 7 days; 14 days from Dec. 1, 2009), src/data/court-rules.json",
    rule: "departure-after-sentencing",
    sentence: REHAB_DEPART,
    settings: S("9", 2006, { briefDate: "2007-06-01", document: "rule-35-motion" }),
    // a defendant's own Rule 35 motion on a sentencing ground is foreclosed by the rule's text and § 3582(c) (legal audits 37a, 37b)
    severity: "warning",
    words: ["Rule 35(a) lets the court correct only", "within 7 days after sentencing, and", "basis:Fed. R. Crim. P. 35(a) (clear error, within 7 days of sentencing; under Rule 35(c) before Dec. 1, 2002)", "instead:Within 7 days of sentencing, name the clear error Rule 35(a) can correct"],
    never: ["14 days", "Dec. 1, 2009"],
  },
  {
    name: "9th Cir., Rule 35 motion of 2012: 14 days since Dec. 1, 2009",
    source: "Fed. R. Crim. P. 35(a) as amended Dec. 1, 2009, src/data/court-rules.json",
    rule: "departure-after-sentencing",
    sentence: REHAB_DEPART,
    settings: S("9", 2011, { briefDate: "2012-06-01", document: "rule-35-motion" }),
    // a defendant's own Rule 35 motion on a sentencing ground is foreclosed by the rule's text and § 3582(c) (legal audits 37a, 37b)
    severity: "warning",
    words: ["within 14 days after sentencing (7 days before Dec. 1, 2009)", "instead:Within 14 days of sentencing"],
  },
  {
    name: "9th Cir., rehabilitation motion of 2019: the pre-2023 commentary in the present tense, no court of appeals had yet ruled — no 'before Nov. 1, 2023', no 'circuits differed'",
    source: "USSG § 1B1.13 comment. (n.1) (pre-2023); Brooker (2d Cir. Sept. 25, 2020) the first appellate ruling; Amendment 814 (Nov. 1, 2023)",
    rule: "compassionate-release-rehabilitation",
    sentence: "Mr. Hall seeks compassionate release on the strength of his rehabilitation, which he argues is extraordinary and compelling.",
    settings: S("9", 2018, { briefDate: "2019-06-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    words: ["instead:the policy statement's commentary names the defendant's medical condition", "instead:no court of appeals has yet decided whether it binds a defendant's own motion"],
    never: ["Nov. 1, 2023", "differed", "differ on"],
  },
  {
    name: "9th Cir., rehabilitation motion of Oct. 2020: every court of appeals that had ruled held the policy statement inapplicable (audit 15 O5's point)",
    source: "Brooker (2d Cir. Sept. 25, 2020); Bryant (11th Cir. May 7, 2021) the first to hold it binding",
    rule: "compassionate-release-rehabilitation",
    sentence: "Mr. Hall seeks compassionate release on the strength of his rehabilitation, which he argues is extraordinary and compelling.",
    settings: S("9", 2019, { briefDate: "2020-10-15", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    words: ["instead:every court of appeals that has decided whether it binds a defendant's own motion has held that it does not"],
    never: ["Nov. 1, 2023", "differed", "differ on"],
  },
  {
    name: "9th Cir., rehabilitation motion of June 2021: after Bryant the circuits differ",
    source: "Bryant (11th Cir. May 7, 2021); Long (D.C. Cir. May 18, 2021)",
    rule: "compassionate-release-rehabilitation",
    sentence: "Mr. Hall seeks compassionate release on the strength of his rehabilitation, which he argues is extraordinary and compelling.",
    settings: S("9", 2020, { briefDate: "2021-06-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    words: ["instead:the circuits differ on whether it binds a defendant's own motion"],
    never: ["Nov. 1, 2023"],
  },
  {
    name: "9th Cir., family motion of 2007 (edition before 2018): only the Director may move at the brief's date — no First Step Act (Dec. 21, 2018)",
    source: "18 U.S.C. § 3582(c)(1)(A) before the First Step Act of 2018, § 603(b) (Dec. 21, 2018)",
    rule: "compassionate-release-family",
    sentence: CR_GENERAL,
    settings: S("9", 2006, { briefDate: "2007-06-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    words: ["at the brief's date the statute still lets only the Director move", "instead:Ask the Bureau of Prisons to move: the statute does not let the defendant move himself."],
    never: ["First Step Act", "Dec. 21, 2018", "Nov. 1, 2018", "Nov. 1, 2023"],
  },
  {
    name: "9th Cir., compassionate-release motion of 2012 on fast track: the statute as it then read, no First Step Act",
    source: "18 U.S.C. § 3582(c)(1)(A) before the First Step Act of 2018, § 603(b) (Dec. 21, 2018)",
    rule: "fast-track-disparity",
    sentence: "Mr. Ruiz asks the Court to vary downward because defendants in border districts receive fast-track plea offers that were never available to him.",
    settings: S("9", 2011, { briefDate: "2012-06-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    words: ["basis:allows a reduction only \"upon motion of the Director of the Bureau of Prisons\".", "instead:the statute does not let the defendant move himself."],
    never: ["First Step Act", "Dec. 21, 2018"],
  },
  {
    name: "9th Cir., pandemic motion of Oct. 2020: the policy statement 'names' serious medical conditions — no 'before Nov. 1, 2023'",
    source: "USSG § 1B1.13 comment. (n.1(A)) (pre-2023); Amendment 814 (Nov. 1, 2023)",
    rule: "compassionate-release-covid",
    sentence: COVID,
    settings: S("9", 2019, { briefDate: "2020-10-15", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    words: ["the policy statement names serious medical conditions"],
    never: ["Nov. 1, 2023"],
  },
  {
    name: "9th Cir., sentencing of June 2003: the early-disposition advice names no § 5K3.1 (Amendment 651, Oct. 27, 2003) before it existed",
    source: "USSG § 5K3.1 (Amendment 651, eff. Oct. 27, 2003)",
    rule: "fast-track-disparity",
    sentence: "Mr. Ruiz asks the Court to vary downward because defendants in border districts receive fast-track plea offers that were never available to him.",
    settings: S("9", 2002, { sentencingDate: "2003-06-01" }),
    severity: "warning",
    words: ["instead:ask the government to move for an early-disposition reduction where the district has a program"],
    never: ["5K3.1", "Oct. 27, 2003"],
  },
  {
    name: "2d Cir., motion of June 2022 below a minimum: a defendant's motion 'is' not bound by the pre-2023 § 1B1.13 — no 'before Nov. 1, 2023'",
    source: "Brooker (2d Cir. Sept. 25, 2020); Amendment 814 (Nov. 1, 2023)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: "Mr. Cole asks the Court to reduce his sentence below the ten-year mandatory minimum under § 3582(c)(1)(A).",
    settings: S("2", 2021, { briefDate: "2022-06-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    words: ["instead:in the Second Circuit, any extraordinary and compelling reason: a defendant's motion is not bound by"],
    never: ["Nov. 1, 2023"],
  },
  {
    name: "11th Cir., sentencing of 2007: the rule's advice does not cite DOJ's fast-track policy of Jan. 31, 2012",
    source: "holdings.json doj_fast_track_2012 (Deputy Attorney General Cole's memorandum, Jan. 31, 2012)",
    rule: "fast-track-disparity",
    sentence: "Mr. Ruiz asks the Court to vary downward because defendants in border districts receive fast-track plea offers that were never available to him.",
    settings: S("11", 2006, { sentencingDate: "2007-06-01" }),
    severity: "information",
    words: ["instead:ask the government to move for an early-disposition reduction (§ 5K3.1 from Oct. 27, 2003)."],
    never: ["Jan. 31, 2012", "every district has a § 1326 program"],
  },
  // ------------------------------------ no court of appeals held the pre-2023 § 1B1.13 binding before Bryant (audit 15 O5)
  {
    name: "1st Cir., motion of Jan. 15, 2021: no 'divide' — Brooker, Jones, Gunn and McCoy all held the policy statement inapplicable",
    source: "Brooker (2d Cir. Sept. 25, 2020); Jones (6th Cir.) and Gunn (7th Cir.) Nov. 20, 2020; McCoy (4th Cir. Dec. 2, 2020); Bryant (11th Cir. May 7, 2021)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("1", 2020, { briefDate: "2021-01-15", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    words: [
      "every court of appeals that had decided whether USSG § 1B1.13 binds a defendant's own motion had held that it does not", // no "pre-2023" before the Nov. 1, 2023 amendment (audit 15 O4, other forms)
      "basis:the Sixth (Jones, Nov. 20, 2020) and Seventh (Gunn, Nov. 20, 2020) held the same",
      "basis:no court of appeals had held it binding",
    ],
    never: ["begun to divide", "Bryant", "Shkambi", "Aruda"],
  },
  {
    name: "1st Cir., motion of Oct. 15, 2020: only Brooker had ruled — Jones and Gunn (Nov. 20, 2020) not yet named",
    source: "Brooker (2d Cir. Sept. 25, 2020); Jones and Gunn Nov. 20, 2020",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("1", 2020, { briefDate: "2020-10-15", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    words: ["every court of appeals that had decided", "basis:(2d Cir. 2020)); no court of appeals had held it binding"],
    never: ["begun to divide", "Jones", "Gunn", "McCoy"],
  },
  {
    name: "3d Cir., motion of Apr. 7, 2021: Shkambi of that day named, Aruda (Apr. 8) not; no 'divide' before Bryant",
    source: "McGee (10th Cir. Mar. 29, 2021); Shkambi (5th Cir. Apr. 7, 2021); Aruda (9th Cir. Apr. 8, 2021); Bryant (11th Cir. May 7, 2021)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("3", 2020, { briefDate: "2021-04-07", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    lead: "United States v. Tomes",
    words: ["every court of appeals that had decided", "Sixth Circuit had begun to reject", "basis:So did the Fifth (Shkambi, Apr. 7, 2021). No court of appeals had held it binding."],
    never: ["begun to divide", "Aruda", "Bryant"],
  },
  {
    name: "3d Cir., motion of Apr. 20, 2021: Shkambi and Aruda both named; still no 'divide'",
    source: "Shkambi (5th Cir. Apr. 7, 2021); Aruda (9th Cir. Apr. 8, 2021); Bryant (11th Cir. May 7, 2021)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("3", 2020, { briefDate: "2021-04-20", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    words: ["basis:So did the Fifth (Shkambi, Apr. 7, 2021) and the Ninth (Aruda, Apr. 8, 2021)."],
    never: ["begun to divide", "Bryant"],
  },
  {
    name: "3d Cir., motion of June 1, 2021: after Bryant (May 7, 2021) the courts of appeals did divide",
    source: "Bryant (11th Cir. May 7, 2021): the pre-2023 § 1B1.13 binds; Long (D.C. Cir. May 18, 2021) and seven other circuits: it does not",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("3", 2020, { briefDate: "2021-06-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    words: ["had begun to divide", "basis:the Eleventh held the policy statement binding (Bryant, May 7, 2021)"],
  },
  {
    name: "6th Cir., motion of 2022: the way forward names neither § 1B1.13(b)(6) (Nov. 2023) nor the Rutherford decisions (2024, 2026)",
    source: "§ 1B1.13(b)(6) effective Nov. 1, 2023; Rutherford (3d Cir. Nov. 1, 2024); Rutherford v. United States (May 28, 2026)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("6", 2021, { briefDate: "2022-06-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "warning",
    lead: "United States v. Hunter",
    words: ["instead:binding precedent rejects"],
    never: ["(b)(6)", "Rutherford"],
  },
  // ---------------------------------------------------------------- the Eighth Circuit and § 1B1.13(b)(6) (audit 9 notes)
  {
    name: "8th Cir., 2022-06: a nonretroactive change in the law — Crandall (Feb. 9, 2022) binds",
    source: "United States v. Crandall, 25 F.4th 582 (8th Cir. 2022) (casetext)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("8", 2021, { briefDate: "2022-06-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "warning",
    lead: "United States v. Crandall",
    binding: ["United States v. Crandall"],
  },
  {
    name: "8th Cir., 2024-06: after § 1B1.13(b)(6), Crandall's force is said to be undecided — information, not a warning",
    source: "USSG § 1B1.13(b)(6) (Nov. 1, 2023); no Eighth Circuit decision on it in the sources",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("8", 2023, { briefDate: "2024-06-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    lead: "United States v. Crandall",
    words: ["not decided by the court of appeals"],
    never: ["Supreme Court's Rutherford"],
  },
  {
    name: "8th Cir., 2026-09: the same, and the Supreme Court's Rutherford is named as reported",
    source: "Rutherford v. United States (U.S. May 28, 2026), reported",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("8", 2025, { briefDate: "2026-09-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    lead: "United States v. Crandall",
    words: ["basis:The Supreme Court's Rutherford v. United States (May 28, 2026) is reported"],
  },
  // ---------------------------------------------------------------- a career-offender change in the law (audit 9 item 9)
  {
    name: "6th Cir., 2023-06: a career-offender change in the law — McCall (en banc, Dec. 22, 2022) binds, and no § 924(c) wording",
    source: "United States v. McCall, 56 F.4th 1048 (6th Cir. 2022) (en banc) (Havis; slip opinion on cetient.com, vlex)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: "Mr. Ruiz moves for compassionate release because, if sentenced today, he would no longer be a career offender and his range would be far lower.",
    settings: S("6", 2022, { briefDate: "2023-06-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "warning",
    lead: "United States v. McCall",
    binding: ["United States v. McCall"],
    words: ["career offender"],
    never: ["924(c)", "mandatory minimum"],
  },
  {
    name: "3d Cir., 2022: a career-offender change in the law is not called a reduction below a mandatory minimum",
    source: "Andrews (3d Cir. 2021) concerns nonretroactive changes; the circuits' split (McCoy, McGee, Ruvalcaba, Chen)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: "Mr. Ruiz moves for compassionate release because, if sentenced today, he would no longer be a career offender and his range would be far lower.",
    settings: S("3", 2021, { briefDate: "2022-06-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    lead: "United States v. Andrews",
    words: ["nonretroactive change in the law", "basis:The circuits divide"],
    never: ["below a mandatory minimum is contested"],
  },
  // ---------------------------------------------------------------- innocence, trial error, co-defendants (holdings map P19; session 18)
  {
    name: "2d Cir., 2025: potential innocence is no extraordinary and compelling reason — Fernandez (June 11, 2024) binds",
    source: "holdings map P19: Fernandez, No. 22-3122 (2d Cir. June 11, 2024) (justia)",
    rule: "compassionate-release-innocence",
    sentence: "Mr. Ruiz moves for compassionate release because he is innocent: the government's key witness has since recanted.",
    settings: S("2", 2024, { briefDate: "2025-06-01", compassionate: true }),
    severity: "warning",
    lead: "United States v. Fernandez",
    binding: ["United States v. Fernandez"],
  },
  {
    name: "2d Cir., 2025: Fernandez (2d Cir.) binds, and its basis does not speak of a Supreme Court review decided a year later (audit 9 item 5)",
    source: "Fernandez v. United States decided May 28, 2026 (order list of June 8, 2026)",
    rule: "compassionate-release-innocence",
    sentence: "Mr. Ruiz moves for compassionate release because he is innocent: the government's key witness has since recanted.",
    settings: S("2", 2024, { briefDate: "2025-06-01", compassionate: true }),
    severity: "warning",
    lead: "United States v. Fernandez",
    never: ["Supreme Court reviewed", "24-556"],
  },
  {
    name: "2d Cir., 2026-09: after the Supreme Court's decision the basis names it",
    source: "Fernandez v. United States decided May 28, 2026",
    rule: "compassionate-release-innocence",
    sentence: "Mr. Ruiz moves for compassionate release because he is innocent: the government's key witness has since recanted.",
    settings: S("2", 2025, { briefDate: "2026-09-01", compassionate: true }),
    severity: "warning",
    lead: "United States v. Fernandez",
    words: ["basis:The Supreme Court reviewed the case"],
  },
  {
    name: "5th Cir., 2024: an error at sentencing is no ground for compassionate release — Escajeda (Jan. 17, 2023) binds (audit 9 item 3)",
    source: "United States v. Escajeda, 58 F.4th 184 (5th Cir. 2023), No. 21-50870 (slip opinion, ecases.us)",
    rule: "compassionate-release-innocence",
    sentence: "Mr. Ruiz moves for compassionate release because the court miscalculated his guideline range at sentencing.",
    settings: S("5", 2023, { briefDate: "2024-03-01", compassionate: true }),
    severity: "warning",
    lead: "United States v. Escajeda, 58 F.4th 184 (5th Cir. 2023)",
    binding: ["United States v. Escajeda"],
    words: ["channeled through direct appeal or 28 U.S.C. § 2255"],
    never: ["Supreme Court"],
  },
  {
    name: "5th Cir., 2022: before Escajeda no appellate holding is cited",
    source: "Escajeda decided Jan. 17, 2023",
    rule: "compassionate-release-innocence",
    sentence: "Mr. Ruiz moves for compassionate release because he is innocent: the government's key witness has since recanted.",
    settings: S("5", 2021, { briefDate: "2022-06-01", compassionate: true }),
    severity: "information",
    words: ["no appellate holding"],
    noCite: ["Escajeda"],
  },
  {
    name: "5th Cir., Jan. 10, 2023: a week before Escajeda (Jan. 17, 2023) its basis does not name it at all (audit 9 item 4b; session 26, audit 14 D4: named only from its day)",
    source: "Escajeda decided Jan. 17, 2023",
    rule: "compassionate-release-innocence",
    sentence: "Mr. Ruiz moves for compassionate release because he is innocent: the government's key witness has since recanted.",
    settings: S("5", 2022, { briefDate: "2023-01-10", compassionate: true }),
    severity: "information",
    words: ["no appellate holding"],
    never: ["Escajeda", "Decided after the brief's date"],
    noCite: ["Escajeda"],
  },
  {
    name: "9th Cir., 2023-06: innocence — Escajeda is persuasive, not binding",
    source: "Escajeda (5th Cir. Jan. 17, 2023)",
    rule: "compassionate-release-innocence",
    sentence: "Mr. Ruiz moves for compassionate release because he is innocent: the government's key witness has since recanted.",
    settings: S("9", 2022, { briefDate: "2023-06-01", compassionate: true }),
    severity: "information",
    lead: "United States v. Escajeda",
    notBinding: ["United States v. Escajeda"],
    words: ["Persuasive in the Ninth Circuit"],
  },
  {
    name: "5th Cir., 2024: a co-defendant's lower sentence is not what Escajeda decided",
    source: "Escajeda concerns attacks on the legality of a conviction or sentence",
    rule: "compassionate-release-innocence",
    sentence: "Mr. Ruiz moves for compassionate release because his co-defendants, who pleaded guilty, received far lower sentences than his 30 years.",
    settings: S("5", 2023, { briefDate: "2024-03-01", compassionate: true }),
    severity: "information",
    noCite: ["Escajeda"],
  },
  {
    name: "9th Cir., 2026-09: the Supreme Court's Fernandez is reported, its holding said to be unverified — information",
    source: "Supreme Court order list, June 8, 2026 (608 U.S. ___ (2026)); holding from a secondary source",
    rule: "compassionate-release-innocence",
    sentence: "Mr. Ruiz moves for compassionate release because he is innocent: the government's key witness has since recanted.",
    settings: S("9", 2025, { briefDate: "2026-09-01", compassionate: true }),
    severity: "information",
    lead: "Fernandez v. United States",
    words: ["reported", "not verified"],
  },
  {
    name: "9th Cir., 2023: before Fernandez (2d Cir. 2024) no appellate holding is cited",
    source: "Fernandez decided June 11, 2024",
    rule: "compassionate-release-innocence",
    sentence: "Mr. Ruiz moves for compassionate release because his co-defendants, who pleaded guilty, received far lower sentences than his 30 years.",
    settings: S("9", 2022, { briefDate: "2023-06-01", compassionate: true }),
    severity: "information",
    words: ["no appellate holding"],
    noCite: ["Fernandez"],
  },
  {
    name: "compassionate-release motion, 2d Cir., 2019: a detainer gets no departure case as its authority and no 2021–2024 order (audit 8 A1)",
    source: "Rosas-Lozano decided July 23, 2021; Restrepo (2d Cir. 1993) is a departure case",
    rule: "deportable-alien-status",
    sentence: "Mr. Ruiz asks the Court to reduce his sentence because his immigration detainer makes him ineligible for home confinement and for First Step Act time credits, so he serves a harsher sentence than a citizen would.",
    settings: S("2", 2018, { briefDate: "2019-06-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    words: ["no court holding on the point at the brief's date"],
    never: ["Restrepo", "Rosas-Lozano", "Rivera", "Avalos Banderas"],
  },
  {
    name: "compassionate-release motion, 3d Cir., 2021: Raia (Apr. 2, 2020) — the mere existence of COVID-19 cannot alone justify release (audit 8 B1)",
    source: "Raia, 954 F.3d 594 (3d Cir. 2020) (as reported by HarrisMartin; seeds/004 cites it)",
    rule: "compassionate-release-covid",
    sentence: COVID,
    settings: S("3", 2020, { briefDate: "2021-06-01", compassionate: true }),
    severity: "information",
    lead: "United States v. Raia",
    // decided on exhaustion: the COVID sentence is reasoning, never called binding (audit 9 item 7)
    notBinding: ["United States v. Raia"],
    words: ["not its holding", "basis:decided on exhaustion"],
    never: ["Binding in the Third Circuit", "legal news report"],
  },
  {
    name: "compassionate-release motion, 7th Cir., 2022: Broadfield (July 21, 2021) — vaccine availability (audit 8 B2)",
    source: "Broadfield, No. 20-2906 (7th Cir. July 21, 2021) (justia; casetext summary)",
    rule: "compassionate-release-covid",
    sentence: COVID,
    settings: S("7", 2021, { briefDate: "2022-06-01", compassionate: true }),
    severity: "information",
    lead: "United States v. Broadfield",
    words: ["can be vaccinated"],
  },
  // ---------------------------------------------------------------- revocation term, Nov. 2003–2011 Manuals: the commentary itself (audit 11 item 1)
  ...[
    ["4", 2008, "2009-06-01", "Fourth"],
    ["11", 2003, "2004-06-01", "Eleventh"],
    ["3", 2007, "2008-03-03", "Third"],
    ["dc", 2010, "2011-06-01", "District of Columbia"],
  ].map(([circuit, edition, date, name]): Row => ({
    name: `${circuit}, ${edition} Manual, sentenced ${date}: Amendment 658's note counts a revocation term — binding in every court, not "persuasive" Second Circuit law`,
    source: "ref/era_2001 § 2L1.2 commentary_2003_changes, note 1(B)(vii) as inserted by Amendment 658 (eff. Nov. 1, 2003), verbatim; ref/era_2008_2015 (the same words before Amendment 764)",
    rule: "revocation-sentence",
    sentence: REVOKED,
    settings: S(circuit as string, edition as number, { sentencingDate: date as string }),
    severity: "warning",
    lead: "USSG § 2L1.2, comment. (n.1(B)(vii)) (Manuals from Nov. 2003)",
    binding: ["USSG § 2L1.2, comment. (n.1(B)(vii)) (Manuals from Nov. 2003)"],
    words: ["Binding in every federal court", "Amendment 658, Nov. 1, 2003", "basis:includes any term of imprisonment given upon revocation of probation, parole, or supervised release"],
    never: [`Persuasive in the ${name}`],
  })),
  {
    name: "4th Cir., 2009 Manual, a revocation imposed after deportation and reentry: the 2003–2011 note is silent on timing, so no binding warning (the circuits divided; Amendment 764 settled it in 2012)",
    source: "ref/era_2001 (Amendment 658 note 1(B)(vii)); ref/era_2008_2015 (Amendment 764's \"but only if the revocation occurred before\"); Bustillos-Pena (5th Cir. 2010), Lopez (7th Cir. 2011), Ruiz-Gea (10th Cir. 2003)",
    rule: "revocation-sentence",
    sentence: REVOKED_AFTER,
    settings: S("4", 2009, { sentencingDate: "2010-12-01" }),
    severity: "information",
    lead: "USSG § 2L1.2, comment. (n.1(B)(vii)) (Manuals from Nov. 2003)",
    words: ["does not say whether", "the circuits divided", "basis:Bustillos-Pena"],
    never: ["Binding in every federal court", "Persuasive in the"],
  },
  {
    name: "4th Cir., 2009 Manual, a DEPARTURE because the revocation swelled the prior's sentence: the note decides the range, and the departure is not foreclosed by binding law here (Leiva-Deras, 2d Cir., persuasive)",
    source: "ref/era_2001 (Amendment 658 note 1(B)(vii)); seeds/000 Leiva-Deras Part II (a departure on that ground was error in the 2d Cir.)",
    rule: "revocation-sentence",
    sentence: "Mr. Ortiz asks the Court to depart downward because his original sentence was only ninety days and the sentence imposed exceeded 13 months only after his probation was revoked.",
    settings: S("4", 2009, { sentencingDate: "2010-06-01" }),
    severity: "information",
    lead: "USSG § 2L1.2, comment. (n.1(B)(vii)) (Manuals from Nov. 2003)",
    notBinding: ["United States v. Leiva-Deras"],
    words: ["basis:Leiva-Deras"],
  },
  {
    name: "4th Cir., 2002 Manual: the 2001–2002 note (before Amendment 658) is not the 2003 text — no warning from it",
    source: "ref/era_2001 (note 1(A)(iv) of the 2001–2002 text; Amendment 658 eff. Nov. 1, 2003)",
    rule: "revocation-sentence",
    sentence: REVOKED,
    settings: S("4", 2002, { sentencingDate: "2003-06-01" }),
    severity: "information",
    noCite: ["Nov. 2003–2011 Manuals"],
  },
  // ---------------------------------------------------------------- deportable-alien status: the 10th (Mendoza-Lopez), 1st (Maldonado) and 11th (Veloza) Circuits' own cases, and the lead outside § 1326 (audit 11 items 6, 3, 2)
  {
    name: "10th Cir., § 1326, 1996: Mendoza-Lopez (Oct. 25, 1993) binds against the departure",
    source: "Mendoza-Lopez, 7 F.3d 1483 (10th Cir. Oct. 25, 1993) (vlex; midpage: a § 1326(b)(1) appeal; casetext summary of the departure holding)",
    rule: "deportable-alien-status",
    sentence: DA,
    settings: S("10", 1995, { sentencingDate: "1996-06-01", offense: "8 U.S.C. § 1326" }),
    severity: "warning",
    lead: "United States v. Mendoza-Lopez, 7 F.3d 1483 (10th Cir. 1993)",
    binding: ["United States v. Mendoza-Lopez"],
    never: ["Persuasive in the Tenth Circuit"],
  },
  {
    name: "10th Cir., § 1326, 2010 variance: not squarely foreclosed; Mendoza-Lopez is the circuit's departure precedent",
    source: "Mendoza-Lopez (1993); Booker (2005)",
    rule: "deportable-alien-status",
    sentence: DA_VARY,
    settings: S("10", 2009, { sentencingDate: "2010-06-01", offense: "8 U.S.C. § 1326" }),
    severity: "information",
    lead: "United States v. Mendoza-Lopez",
    words: ["not squarely foreclosed", "Tenth Circuit's precedent"],
  },
  {
    name: "10th Cir., § 1326, June 1993 (before Mendoza-Lopez): not cited",
    source: "Mendoza-Lopez decided Oct. 25, 1993 (vlex)",
    rule: "deportable-alien-status",
    sentence: DA,
    settings: S("10", 1992, { sentencingDate: "1993-06-01", offense: "8 U.S.C. § 1326" }),
    severity: "information",
    noCite: ["Mendoza-Lopez"],
  },
  {
    name: "10th Cir., drug case, 2003: Mendoza-Lopez (a § 1326 case) does not bind",
    source: "Mendoza-Lopez: an appeal from a § 1326(b)(1) conviction (midpage)",
    rule: "deportable-alien-status",
    sentence: DA,
    settings: S("10", 2002, { sentencingDate: "2003-06-01", offense: "21 U.S.C. § 841" }),
    severity: "information",
    notBinding: ["United States v. Mendoza-Lopez"],
  },
  {
    name: "1st Cir., drug case, 2003: a departure to save taxpayers the cost of imprisoning a deportable defendant — Maldonado (Feb. 23, 2001) binds: warning",
    source: "Maldonado, 242 F.3d 1 (1st Cir. Feb. 23, 2001) (justia; cetient: question presented; studicata summary: the departure was error)",
    rule: "deportable-alien-status",
    sentence: TAX,
    settings: S("1", 2002, { sentencingDate: "2003-06-01", offense: "21 U.S.C. § 841" }),
    severity: "warning",
    lead: "United States v. Maldonado, 242 F.3d 1 (1st Cir. 2001)",
    binding: ["United States v. Maldonado"],
    words: ["Binding in the First Circuit"],
    never: ["Martinez-Ramos"],
  },
  {
    name: "1st Cir., June 2000 (before Maldonado): the taxpayer-cost departure is not yet foreclosed there; Maldonado not cited",
    source: "Maldonado decided Feb. 23, 2001 (justia)",
    rule: "deportable-alien-status",
    sentence: TAX,
    settings: S("1", 1999, { sentencingDate: "2000-06-01", offense: "21 U.S.C. § 841" }),
    severity: "information",
    noCite: ["Maldonado"],
  },
  {
    name: "1st Cir., 2010 variance on the cost of imprisonment: not squarely foreclosed; Maldonado is the circuit's departure holding",
    source: "Maldonado (2001); Booker (Jan. 12, 2005)",
    rule: "deportable-alien-status",
    sentence: TAX_VARY,
    settings: S("1", 2009, { sentencingDate: "2010-06-01", offense: "21 U.S.C. § 841" }),
    severity: "information",
    lead: "United States v. Maldonado",
    words: ["not squarely foreclosed"],
  },
  {
    name: "11th Cir., drug case, 2003: Veloza (May 21, 1996) binds — collateral consequences only if extraordinary; not a Ninth Circuit § 1326 case as the lead, no FSA credits or variance in a 2003 brief",
    source: "Veloza, 83 F.3d 380 (11th Cir. May 21, 1996) (casetext summary); Lahoud, 178 F. App'x 926 (11th Cir. 2006) (ecases.us; cetient)",
    rule: "deportable-alien-status",
    sentence: DA,
    settings: S("11", 2002, { sentencingDate: "2003-06-01", offense: "21 U.S.C. § 841" }),
    severity: "information",
    lead: "United States v. Veloza, 83 F.3d 380 (11th Cir. 1996)",
    binding: ["United States v. Veloza"],
    words: ["extraordinary in nature or degree", "Binding in the Eleventh Circuit"],
    never: ["Persuasive in the Eleventh Circuit", "FSA time credits", "variance", "First Step Act"],
  },
  {
    name: "11th Cir., § 1326, 1997: Veloza leads, binding — not Restrepo 'persuasive'",
    source: "Veloza (casetext: filed May 21, 1996)",
    rule: "deportable-alien-status",
    sentence: DA,
    settings: S("11", 1996, { sentencingDate: "1997-06-01", offense: "8 U.S.C. § 1326" }),
    severity: "information",
    lead: "United States v. Veloza",
    binding: ["United States v. Veloza"],
  },
  {
    name: "11th Cir., Mar. 1996 (before Veloza): Veloza is not cited",
    source: "Veloza filed May 21, 1996 (casetext)",
    rule: "deportable-alien-status",
    sentence: DA,
    settings: S("11", 1995, { sentencingDate: "1996-03-01", offense: "8 U.S.C. § 1326" }),
    severity: "information",
    noCite: ["Veloza"],
    never: ["Veloza"],
  },
  {
    name: "11th Cir., 2010 variance: not squarely foreclosed; Veloza is the circuit's departure precedent",
    source: "Veloza (1996); Booker (Jan. 12, 2005); Lahoud (11th Cir. 2006) applying Veloza",
    rule: "deportable-alien-status",
    sentence: DA_VARY,
    settings: S("11", 2009, { sentencingDate: "2010-06-01", offense: "21 U.S.C. § 841" }),
    severity: "information",
    lead: "United States v. Veloza",
    words: ["not squarely foreclosed"],
  },
  {
    name: "1st Cir., drug case, 2003, halfway house: the split outside § 1326, led by a drug case (Restrepo), never 'not a ground' over the Ninth Circuit's § 1326 case; Maldonado (cost of imprisonment) not cited",
    source: "Martinez-Ramos (a § 1326 holding: alienage an element); Restrepo, 999 F.2d 640 (2d Cir. 1993) (heroin case); Maldonado (taxpayer expense only)",
    rule: "deportable-alien-status",
    sentence: DA,
    settings: S("1", 2002, { sentencingDate: "2003-06-01", offense: "21 U.S.C. § 841" }),
    severity: "information",
    lead: "United States v. Restrepo",
    words: ["Outside § 1326"],
    never: ["Deportable-alien status is not a ground", "FSA time credits", "variance"],
    noCite: ["Maldonado"],
  },
  // ---------------------------------------------------------------- First Step Act § 404 before Concepcion (June 27, 2022); the Fifth Circuit's Hegwood (Aug. 8, 2019) (audit 11 item 4)
  {
    name: "5th Cir., § 404 motion of Mar. 2020: Hegwood (Aug. 8, 2019) binds — no recalculation for changes other than the Fair Sentencing Act's; Concepcion (2022) not stated as law",
    source: "Hegwood, 934 F.3d 414 (5th Cir. Aug. 8, 2019) (cite.case.law; cetient: \"the First Step Act does not allow plenary resentencing\"); Concepcion decided June 27, 2022 (supreme.justia.com 20-1650)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: S404_LAW_2020,
    settings: S("5", 2019, { briefDate: "2020-03-01", sentencingDate: "2006-06-01", document: "sentence-reduction-motion" }),
    severity: "warning",
    lead: "United States v. Hegwood, 934 F.3d 414 (5th Cir. 2019)",
    binding: ["United States v. Hegwood"],
    words: ["Fifth Circuit", "basis:plenary resentencing", "instead:Preserve"],
    never: ["142 S. Ct. 2389", "597 U.S. 481", "may consider intervening changes of law or fact, including conduct in prison —"],
    noCite: ["Concepcion"],
  },
  {
    name: "7th Cir., § 404 motion of Mar. 2020: the question was divided among the circuits — information, Concepcion (2022) not stated as law",
    source: "Concepcion decided June 27, 2022, resolving a circuit split (supreme.justia.com; fd.org: it reversed the law of the 1st, 5th, 9th and 11th Circuits)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: S404_LAW_2020,
    settings: S("7", 2019, { briefDate: "2020-03-01", sentencingDate: "2006-06-01", document: "sentence-reduction-motion" }),
    severity: "information",
    words: ["divided among the circuits"],
    never: ["142 S. Ct. 2389", "597 U.S. 481 (2022)."],
    notBinding: ["United States v. Hegwood"],
    noCite: ["Concepcion"],
  },
  {
    name: "5th Cir., § 404 motion of Mar. 2019 (before Hegwood): divided, Hegwood not cited",
    source: "Hegwood filed Aug. 8, 2019 (cetient)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: S404_LAW_2020,
    settings: S("5", 2018, { briefDate: "2019-03-01", sentencingDate: "2006-06-01", document: "sentence-reduction-motion" }),
    severity: "information",
    noCite: ["Hegwood", "Concepcion"],
  },
  {
    name: "5th Cir., § 404 motion of 2023: Concepcion (June 27, 2022) lets the court consider intervening changes of law; Hegwood no longer cited",
    source: "Concepcion v. United States, 597 U.S. 481 (2022) (supreme.justia.com 20-1650; fd.org: reverses the Fifth Circuit's law)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: S404_LAW_2020,
    settings: S("5", 2022, { briefDate: "2023-03-01", sentencingDate: "2006-06-01", document: "sentence-reduction-motion" }),
    severity: "information",
    lead: "Concepcion v. United States, 597 U.S. 481 (2022)",
    words: ["may consider intervening changes of law or fact"],
    noCite: ["Hegwood"],
  },
  {
    name: "a § 404 motion of 2018, before the First Step Act (Dec. 21, 2018): there was no such motion",
    source: "First Step Act of 2018, § 404 (enacted Dec. 21, 2018)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: S404_LAW_2020,
    settings: S("9", 2017, { briefDate: "2018-06-01", sentencingDate: "2006-06-01", document: "sentence-reduction-motion" }),
    severity: "information",
    words: ["Dec. 21, 2018"],
    noCite: ["Concepcion", "Hegwood"],
  },
  {
    name: "rehabilitation in a § 404 motion of 2020 (9th Cir.): Concepcion (2022) is not stated as law",
    source: "Concepcion decided June 27, 2022 (supreme.justia.com)",
    rule: "post-sentencing-rehabilitation",
    sentence: S404_REHAB,
    settings: S("9", 2019, { briefDate: "2020-03-01", document: "sentence-reduction-motion" }),
    severity: "information",
    never: ["142 S. Ct. 2389", "conduct in prison — Concepcion"],
    noCite: ["Concepcion"],
  },
  // ---------------------------------------------------------------- audit 14, D1: the request in the next sentence frames the ground
  {
    name: "audit 14 D1: 5th Cir., 2009: the ground in one sentence, 'A downward variance is warranted' in the next — a variance, not the foreclosed departure",
    source: "Booker, 543 U.S. 220 (2005) (holdings.json developments: booker); rules.json deportable-alien-status, framing variance",
    rule: "deportable-alien-status",
    sentence: "Mr. Garza also asks the Court to consider that, as a deportable alien, he is ineligible for halfway-house placement and will serve his sentence under harsher conditions. A downward variance is warranted on that ground.",
    settings: S("5", 2008, { briefDate: "2009-06-01", document: "sentencing-memorandum" }),
    severity: "information",
    words: ["variance is not squarely foreclosed"],
  },
  {
    name: "audit 14 D1: 2d Cir., 2005: a departure named only to set it aside ('Stultz and Leiva-Deras forbid a departure … it should vary downward') frames nothing",
    source: "Leiva-Deras, 359 F.3d 183 (2d Cir. 2004) (seeds/000); Booker (holdings.json developments: booker)",
    rule: "prior-conviction-seriousness",
    sentence: "Mr. Vasquez argues that his prior conviction for selling two bags of marijuana was minor. Although Stultz and Leiva-Deras forbid a departure on that ground, he asks the Court to vary downward because the sixteen-level enhancement overstates the seriousness of that conviction.",
    settings: S("2", 2004, { briefDate: "2005-06-01", document: "sentencing-memorandum" }),
    severity: "information",
    words: ["variance is open to argument"],
  },
  // ---------------------------------------------------------------- audit 14, D2: the change in law named in the argument's second sentence
  {
    name: "audit 14 D2: 6th Cir., 2026: the minimum named in one sentence, 'because the First Step Act would now make his minimum 15 years' in the next — the change-in-law holding (Bricker), not the § 1B1.13-ground message",
    source: "Bricker, Nos. 24-3286 et al. (6th Cir. Apr. 22, 2025); Hunter, 12 F.4th 555 (6th Cir. 2021) (holdings.json P15)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: "Mr. Adams is serving a mandatory minimum sentence of 20 years under 21 U.S.C. § 841(b)(1)(A). He asks the Court to reduce his sentence below the mandatory minimum to 15 years, because the First Step Act would now make his minimum 15 years.",
    settings: S("6", 2025, { briefDate: "2026-02-01", document: "compassionate-release-motion" }),
    severity: "warning",
    lead: "United States v. Bricker",
    never: ["medical circumstances, age, family) is barred by no binding holding"],
  },
  {
    name: "audit 14 D2: 11th Cir., 2022: the same two sentences — Bryant binds",
    source: "Bryant, 996 F.3d 1243 (11th Cir. 2021) (holdings.json P15)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: "Mr. Adams is serving a mandatory minimum sentence of 20 years under 21 U.S.C. § 841(b)(1)(A). He asks the Court to reduce his sentence below the mandatory minimum to 15 years, because the First Step Act would now make his minimum 15 years.",
    settings: S("11", 2021, { briefDate: "2022-06-01", document: "compassionate-release-motion" }),
    severity: "warning",
    lead: "United States v. Bryant",
  },
  // ---------------------------------------------------------------- audit 13, D1: every case of the "But see" sentence is dated
  {
    name: "audit 13 D1: 9th Cir., 2003 (after Martinez-Ramos, before Palacios-Becerril): the But-see inserts Martinez-Ramos only",
    source: "Palacios-Becerril, No. CR-03-52-E-BLW (D. Idaho Mar. 24, 2006) (seeds/003); Martinez-Ramos, 184 F.3d 1055 (9th Cir. July 29, 1999)",
    rule: "deportable-alien-status",
    sentence: ALIEN,
    settings: S("9", 2002, { sentencingDate: "2003-06-01" }),
    severity: "warning",
    words: ["butSee:But see United States v. Martinez-Ramos, 184 F.3d 1055 (9th Cir. 1999)"],
    butSeeNever: ["Palacios-Becerril", "2006"],
  },
  {
    name: "audit 13 D1: 9th Cir., 2007 (after Palacios-Becerril): the But-see keeps both cases",
    source: "Palacios-Becerril, No. CR-03-52-E-BLW (D. Idaho Mar. 24, 2006) (seeds/003)",
    rule: "deportable-alien-status",
    sentence: ALIEN,
    settings: S("9", 2006, { sentencingDate: "2007-06-01" }),
    severity: "warning",
    words: ["butSee:; United States v. Palacios-Becerril, No. CR-03-52-E-BLW (D. Idaho Mar. 24, 2006) (order) (observing, in denying a post-judgment motion for a departure"],
  },
  {
    name: "audit 13 D1: 9th Cir., 2010 (after Duarte, before Perez-Frias): the But-see inserts Duarte only",
    source: "Duarte, 569 F.3d 528 (5th Cir. June 1, 2009); Perez-Frias, 636 F.3d 39 (2d Cir. Mar. 31, 2011) (authorities.json)",
    rule: "reentry-guideline-policy",
    sentence: POLICY,
    settings: S("9", 2009, { sentencingDate: "2010-06-01" }),
    severity: "information",
    words: ["butSee:But see United States v. Duarte, 569 F.3d 528 (5th Cir. 2009)"],
    butSeeNever: ["Perez-Frias", "2011"],
  },
  {
    name: "audit 13 D1: 9th Cir., 2012 (after Perez-Frias): the But-see keeps both cases",
    source: "Perez-Frias, 636 F.3d 39 (2d Cir. Mar. 31, 2011) (authorities.json)",
    rule: "reentry-guideline-policy",
    sentence: POLICY,
    settings: S("9", 2011, { sentencingDate: "2012-06-01" }),
    severity: "information",
    words: ["butSee:; United States v. Perez-Frias, 636 F.3d 39 (2d Cir. 2011)"],
  },
  // ---------------------------------------------------------------- audit 13, D2: decision dates, a year alone counted from its year's end
  {
    name: "audit 13 D2: 2d Cir., compassionate-release motion of June 1, 2020: Brooker (Sept. 25, 2020) not yet decided, not cited as the circuit's law",
    source: "Brooker, 976 F.3d 228 (2d Cir. Sept. 25, 2020) (law.justia.com ca2 19-3218 slip op. caption \"DECIDED: SEPTEMBER 25, 2020\"; vlex)",
    rule: "compassionate-release-family",
    sentence: CR_GENERAL,
    settings: S("2", 2018, { briefDate: "2020-06-01", sentencingDate: "2015-03-02", document: "compassionate-release-motion" }),
    severity: "information",
    noCite: ["Brooker"],
    never: ["in the Second Circuit it was not applicable"],
  },
  {
    name: "audit 13 D2: 2d Cir., compassionate-release motion of Oct. 1, 2020: Brooker governs, binding",
    source: "Brooker, 976 F.3d 228 (2d Cir. Sept. 25, 2020) (law.justia.com; vlex)",
    rule: "compassionate-release-family",
    sentence: CR_GENERAL,
    settings: S("2", 2018, { briefDate: "2020-10-01", sentencingDate: "2015-03-02", document: "compassionate-release-motion" }),
    severity: "information",
    binding: ["United States v. Brooker"],
  },
  {
    name: "audit 13 D2: 5th Cir., sentencing Mar. 1, 2010: Bustillos-Pena (2010, day unverified) is not cited as binding law",
    source: "Bustillos-Pena, 612 F.3d 863 (5th Cir. 2010) (midpage, cetient: year only)",
    rule: "revocation-sentence",
    sentence: REVOKED_AFTER,
    settings: S("5", 2009, { sentencingDate: "2010-03-01" }),
    severity: "information",
    noCite: ["Bustillos-Pena"],
    never: ["Binding in the Fifth Circuit; the argument is available"],
  },
  {
    name: "audit 13 D2: 2d Cir. resentencing of June 1, 1995: Abreu-Cabrera (Aug. 23, 1995) not yet decided",
    source: "Abreu-Cabrera, 64 F.3d 67 (2d Cir. Aug. 23, 1995) (casetext: \"Decided August 23, 1995\"; vlex)",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB,
    settings: S("2", 1994, { sentencingDate: "1995-06-01" }),
    severity: "information",
    noCite: ["Abreu-Cabrera"],
  },
  // ---------------------------------------------------------------- audit 13, D5: the Sixth Circuit before Hunter (Tomes, Jarvis)
  {
    name: "audit 13 D5: 6th Cir., motion of July 1, 2021 (after Jarvis, before Thacker and Hunter): Jarvis binds, warning",
    source: "Jarvis, 999 F.3d 442 (6th Cir. June 3, 2021) (cetient slip op.: \"Decided and Filed: June 3, 2021\"; \"We agree and affirm\"; casetext)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("6", 2018, { briefDate: "2021-07-01", sentencingDate: "2005-03-01", document: "compassionate-release-motion" }),
    severity: "warning",
    lead: "United States v. Jarvis",
    binding: ["United States v. Jarvis"],
    never: ["none had yet held", "The first holding that such a change cannot count came on July 15, 2021"],
    noCite: ["Hunter", "Thacker"],
  },
  {
    name: "audit 13 D5: 6th Cir., motion of Apr. 1, 2021 (after Tomes, before Jarvis): information naming Tomes, never 'none had yet held'",
    source: "Tomes, 990 F.3d 500 (6th Cir. Mar. 9, 2021) (casetext summary; justia; holding-or-dicta debate: circuit6.blogspot.com)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("6", 2018, { briefDate: "2021-04-01", sentencingDate: "2005-03-01", document: "compassionate-release-motion" }),
    severity: "information",
    lead: "United States v. Tomes",
    never: ["none had yet held", "Persuasive in the Sixth Circuit"],
    noCite: ["Jarvis", "Hunter"],
  },
  {
    name: "audit 13 D5: 9th Cir., motion of July 1, 2021: the Sixth Circuit's Jarvis is named, not 'none had yet held' (the circuit's own Aruda leads since audit 15 O1)",
    source: "Jarvis (6th Cir. June 3, 2021); Thacker (7th Cir. July 15, 2021) (authorities.json); Aruda (9th Cir. Apr. 8, 2021)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("9", 2018, { briefDate: "2021-07-01", sentencingDate: "2005-03-01", document: "compassionate-release-motion" }),
    severity: "information",
    lead: "United States v. Aruda",
    notBinding: ["United States v. Jarvis"],
    words: ["basis:held in Jarvis (June 3, 2021)"],
    never: ["none had yet held"],
  },
  {
    name: "audit 13 D5: 9th Cir., motion of Jan. 4, 2021 (before Tomes): none had yet so held",
    source: "Tomes decided Mar. 9, 2021 (casetext, vlex)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("9", 2018, { briefDate: "2021-01-04", sentencingDate: "2005-03-01", document: "compassionate-release-motion" }),
    severity: "information",
    words: ["none had yet held"],
    noCite: ["Tomes", "Jarvis"],
  },
  // ---------------------------------------------------------------- audit 13, D6: the § 2L1.2 policy ground in a motion after sentence
  {
    name: "audit 13 D6: 9th Cir., Rule 35 motion of 2012: no vehicle for the policy ground, never 'Ask for the variance'",
    source: "Fed. R. Crim. P. 35(a)–(b) (src/data/court-rules.json); audit 13 b/pol_r35_9_2012",
    rule: "reentry-guideline-policy",
    sentence: POLICY,
    settings: S("9", 2011, { sentencingDate: "2012-06-01", document: "rule-35-motion" }),
    severity: "information",
    words: ["A Rule 35 motion is no vehicle for this ground"],
    never: ["Ask for the variance"],
  },
  {
    name: "audit 13 D6: 5th Cir., § 2255 motion of 2012: § 2255(a)'s grounds and the limitation period, not sentencing advice",
    source: "28 U.S.C. § 2255(a), (f); audit 13 b/pol_2255_5_2012",
    rule: "reentry-guideline-policy",
    sentence: POLICY,
    settings: S("5", 2009, { sentencingDate: "2010-06-01", briefDate: "2012-06-01", document: "2255-motion" }),
    severity: "information",
    words: ["A § 2255 motion reaches a sentence", "basis:within one year", "instead:ineffective"],
    never: ["Ask for the variance"],
  },
  {
    name: "audit 13 D6: 9th Cir., compassionate-release motion of 2022: the policy point is no § 1B1.13 reason",
    source: "18 U.S.C. § 3582(c)(1)(A); USSG § 1B1.13 (ref/era_2016)",
    rule: "reentry-guideline-policy",
    sentence: POLICY,
    settings: S("9", 2021, { sentencingDate: "2012-06-01", briefDate: "2022-06-01", document: "compassionate-release-motion", compassionate: true }),
    severity: "information",
    words: ["In a compassionate-release motion"],
    never: ["Ask for the variance"],
  },
  // ---------------------------------------------------------------- audit 13, D8: the quick fix inserts the circuit's own binding case
  {
    name: "audit 13 D8: 6th Cir., motion of 2022: the But-see names Hunter, the binding case the message names, not Thacker (7th)",
    source: "Hunter, 12 F.4th 555 (6th Cir. Aug. 30, 2021) (casetext; cetient slip op.)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("6", 2021, { briefDate: "2022-06-01", sentencingDate: "2005-03-01", document: "compassionate-release-motion" }),
    severity: "warning",
    lead: "United States v. Hunter",
    words: ["butSee:But see United States v. Hunter, 12 F.4th 555 (6th Cir. 2021)"],
    butSeeNever: ["Thacker"],
  },
  {
    name: "audit 13 D8: 8th Cir., motion of 2022: the But-see names Crandall",
    source: "Crandall, 25 F.4th 582, 586 (8th Cir. Feb. 9, 2022)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("8", 2021, { briefDate: "2022-06-01", sentencingDate: "2005-03-01", document: "compassionate-release-motion" }),
    severity: "warning",
    words: ["butSee:But see United States v. Crandall, 25 F.4th 582, 586 (8th Cir. 2022)"],
    butSeeNever: ["Thacker"],
  },
  {
    name: "audit 13 D8: 11th Cir., motion of June 1, 2021 (after Bryant, before Thacker): a But-see naming Bryant is offered",
    source: "Bryant, 996 F.3d 1243 (11th Cir. May 7, 2021)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("11", 2018, { briefDate: "2021-06-01", sentencingDate: "2005-03-01", document: "compassionate-release-motion" }),
    severity: "warning",
    words: ["butSee:But see United States v. Bryant, 996 F.3d 1243 (11th Cir. 2021)"],
  },
  // ---------------------------------------------------------------- audit 13, D7: § 1326 has no mandatory minimum
  {
    name: "audit 13 D7: 9th Cir., § 1326 resentencing of 2022 asking to go below 'the mandatory minimum': § 1326 has none; no safety-valve advice",
    source: "8 U.S.C. § 1326(a), (b) (reference statutes.json: \"imprisoned not more than\"; maxima only); audit 13 b/mm_1326_resent",
    rule: "compassionate-release-mandatory-minimum",
    sentence: "Mr. Ruiz asks the Court to impose a sentence below the mandatory minimum because of his family circumstances.",
    settings: S("9", 2021, { sentencingDate: "2022-06-01", document: "resentencing-memorandum", resentencing: true, offense: "8 U.S.C. § 1326" }),
    severity: "information",
    words: ["8 U.S.C. § 1326 carries no mandatory minimum"],
    never: ["Show safety-valve eligibility"],
  },
  // ---------------------------------------------------------------- audit 13, D10: a family motion with no circuit set, 2021–2023
  {
    name: "audit 13 D10: no circuit, family motion of June 1, 2022: each circuit's law is listed and the Eleventh Circuit's binding Bryant is named, not 'not verified'",
    source: "Bryant, 996 F.3d 1243 (11th Cir. May 7, 2021); the circuits' holdings in rules.json (Brooker … Long); audit 13 b/crf_none_2022",
    rule: "compassionate-release-family",
    sentence: CR_C,
    settings: S(null, 2021, { briefDate: "2022-06-01", compassionate: true }),
    severity: "information",
    words: ["in the Eleventh Circuit it bound them", "No circuit set", "basis:11th — binding (Bryant, May 7, 2021)"],
    never: ["circuit law Heartland has not verified"],
  },
  // ---------------------------------------------------------------- audit 13, D9: rehabilitation before the First Step Act
  {
    name: "audit 13 D9: 9th Cir., compassionate-release motion dated 2014: only the Bureau of Prisons could move; no 'defendant's own motion' split",
    source: "First Step Act of 2018, § 603(b) (Dec. 21, 2018); USSG § 1B1.13 (Amendment 683, Nov. 1, 2006); 28 U.S.C. § 994(t)",
    rule: "compassionate-release-rehabilitation",
    sentence: "Mr. Hall seeks compassionate release on the strength of his rehabilitation, which he argues is extraordinary and compelling.",
    settings: S("9", 2013, { briefDate: "2014-03-01", sentencingDate: "2005-03-01", document: "compassionate-release-motion", compassionate: true }),
    severity: "information",
    words: ["instead:Only the Director of the Bureau of Prisons could move"],
    never: ["the circuits differed on whether it bound a defendant's own motion"],
  },
  // ---------------------------------------------------------------- audit 13, D8 (fast-track, as in audit 11): the circuit's own case, not Banuelos-Rodriguez
  {
    name: "audit 13 D8: 4th Cir., fast-track variance of 2010: the But-see names Perez-Pena, not the Ninth Circuit's Banuelos-Rodriguez",
    source: "Perez-Pena, 453 F.3d 236 (4th Cir. 2006)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("4", 2009, { sentencingDate: "2010-06-01" }),
    severity: "warning",
    words: ["butSee:But see United States v. Perez-Pena, 453 F.3d 236 (4th Cir. 2006)"],
    butSeeNever: ["Banuelos-Rodriguez"],
  },
  {
    name: "audit 13 D8: 11th Cir., fast-track variance of 2007 (before Vega-Castillo): the But-see names Castro only",
    source: "Castro, 455 F.3d 1249, 1253 (11th Cir. July 12, 2006); Vega-Castillo, 540 F.3d 1235 (11th Cir. Aug. 19, 2008)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("11", 2006, { sentencingDate: "2007-06-01" }),
    severity: "information",
    words: ["butSee:But see United States v. Castro, 455 F.3d 1249, 1253 (11th Cir. 2006)"],
    butSeeNever: ["Banuelos-Rodriguez", "Vega-Castillo"],
  },
  // ---------------------------------------------------------------- audit 14 D4: no authority named before it was decided
  {
    name: "audit 14 D4: 2d Cir., 2005 Manual, sentenced 2006, revocation after reentry: only Ruiz-Gea (2003) existed — no Bustillos-Pena (2010), Lopez (2011) or Amendment 764 (2012)",
    source: "Ruiz-Gea, 340 F.3d 1181 (10th Cir. Aug. 19, 2003); Bustillos-Pena, 612 F.3d 863 (5th Cir. 2010) (midpage); Lopez, 634 F.3d 948 (7th Cir. Mar. 4, 2011)",
    rule: "revocation-sentence",
    sentence: REVOKED_AFTER,
    settings: S("2", 2005, { sentencingDate: "2006-03-01" }),
    severity: "information",
    words: ["basis:Ruiz-Gea, Aug. 19, 2003"],
    never: ["Bustillos-Pena", "Lopez", "Amendment 764", "circuit conflict"],
  },
  {
    name: "audit 14 D4: 1st Cir., 2005 Manual, sentenced 2006, revocation after reentry: the circuits had not yet divided",
    source: "Ruiz-Gea (10th Cir. 2003); Bustillos-Pena (5th Cir. 2010); Lopez (7th Cir. 2011)",
    rule: "revocation-sentence",
    sentence: REVOKED_AFTER,
    settings: S("1", 2005, { sentencingDate: "2006-03-01" }),
    severity: "information",
    words: ["basis:Ruiz-Gea"],
    never: ["Bustillos-Pena", "Lopez", "divided"],
  },
  {
    name: "audit 14 D4: 1st Cir., 2005 Manual, sentenced 2006: the warning names no 2010–2012 case",
    source: "§ 2L1.2, comment. (n.1(B)(vii)) (Amendment 658); Bustillos-Pena (2010); Lopez (2011); Rosales-Garcia (10th Cir. Feb. 7, 2012)",
    rule: "revocation-sentence",
    sentence: REVOKED,
    settings: S("1", 2005, { sentencingDate: "2006-03-01" }),
    severity: "warning",
    never: ["Bustillos-Pena", "Lopez", "Rosales-Garcia", "Amendment 764"],
  },
  {
    name: "audit 14 D4: 1st Cir., 2002 Manual, sentenced June 2003: only Compian-Torres and Moreno-Cisneros (Jan. 2003) existed",
    source: "Compian-Torres, 320 F.3d 514 (5th Cir. Jan. 29, 2003); Moreno-Cisneros, 319 F.3d 456 (9th Cir. Jan. 31, 2003); Ruiz-Gea (Aug. 19, 2003); Huerta-Moran (Nov. 26, 2003); Leiva-Deras (Feb. 17, 2004)",
    rule: "revocation-sentence",
    sentence: REVOKED,
    settings: S("1", 2002, { sentencingDate: "2003-06-01" }),
    severity: "information",
    words: ["basis:Compian-Torres, Jan. 29, 2003", "basis:Moreno-Cisneros"],
    never: ["Ruiz-Gea", "Huerta-Moran", "Leiva-Deras", "Bustillos-Pena", "Lopez", "Rosales-Garcia", "variance"],
  },
  {
    name: "audit 14 D4: 8th Cir., brief of June 2024: neither Black (Mar. 11, 2025) nor Bricker (Apr. 22, 2025) is named",
    source: "Black, No. 24-1191 (7th Cir. Mar. 11, 2025); Bricker, Nos. 24-3286 et al. (6th Cir. Apr. 22, 2025) (findlaw)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("8", 2023, { briefDate: "2024-06-01", compassionate: true }),
    severity: "information",
    lead: "United States v. Crandall",
    never: ["Black", "Bricker"],
  },
  {
    name: "audit 14 D4: 8th Cir., brief of Apr. 1, 2025: Black named with its date, Bricker not yet",
    source: "Black (7th Cir. Mar. 11, 2025); Bricker (6th Cir. Apr. 22, 2025)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("8", 2024, { briefDate: "2025-04-01", compassionate: true }),
    severity: "information",
    words: ["basis:Black, Mar. 11, 2025"],
    never: ["Bricker"],
  },
  {
    name: "audit 14 D4: 3d Cir., brief of June 2025: the Supreme Court's Rutherford (May 28, 2026) is not named",
    source: "Rutherford v. United States, No. 24-820 (U.S. May 28, 2026) (landllawgroup; so-ordered podcast)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("3", 2024, { briefDate: "2025-06-01", compassionate: true }),
    severity: "warning",
    never: ["May 28, 2026", "No. 24-820"],
  },
  {
    name: "audit 14 D4: D.C. Cir., brief of June 2024: the Third Circuit's Rutherford (Nov. 1, 2024) is not named",
    source: "Rutherford, 120 F.4th 360 (3d Cir. Nov. 1, 2024)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("dc", 2023, { briefDate: "2024-06-01", compassionate: true }),
    severity: "information",
    never: ["Rutherford"],
  },
  // ---------------------------------------------------------------- audit 14 D3: fast track after Sebastian (8th Cir. Feb. 6, 2006) and Galicia-Cardenas (7th Cir. Mar. 24, 2006)
  {
    name: "audit 14 D3: no circuit, sentenced June 2005: no court of appeals had yet decided the variance question",
    source: "Sebastian, 436 F.3d 913 (8th Cir. Feb. 6, 2006) (midpage; openjurist)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S(null, 2004, { sentencingDate: "2005-06-01" }),
    severity: "information",
    words: ["basis:had yet decided"],
    never: ["Sebastian", "Galicia-Cardenas"],
  },
  {
    name: "audit 14 D3: no circuit, sentenced Feb. 20, 2006: Sebastian had decided it, Galicia-Cardenas not yet",
    source: "Sebastian, 436 F.3d 913 (8th Cir. Feb. 6, 2006); Galicia-Cardenas, 443 F.3d 553 (7th Cir. Mar. 24, 2006) (cetient)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S(null, 2005, { sentencingDate: "2006-02-20" }),
    severity: "information",
    words: ["basis:Sebastian, 436 F.3d 913, Feb. 6, 2006"],
    never: ["had yet decided", "Galicia-Cardenas"],
  },
  {
    name: "audit 14 D3: no circuit, sentenced Apr. 1, 2006: Sebastian and Galicia-Cardenas",
    source: "Sebastian (8th Cir. Feb. 6, 2006); Galicia-Cardenas (7th Cir. Mar. 24, 2006)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S(null, 2005, { sentencingDate: "2006-04-01" }),
    severity: "information",
    words: ["basis:Sebastian", "basis:Galicia-Cardenas, 443 F.3d 553, Mar. 24, 2006"],
    never: ["had yet decided"],
  },
  {
    name: "audit 14 D12: 1st Cir., sentenced Apr. 2006 (before Andújar-Arias, Nov. 19, 2007): no 'earlier cases' of the circuit to expect",
    source: "Andújar-Arias, 507 F.3d 734 (1st Cir. Nov. 19, 2007)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("1", 2005, { sentencingDate: "2006-04-01" }),
    severity: "information",
    words: ["basis:hold no decision of the circuit's court of appeals"],
    never: ["earlier cases"],
  },
  {
    name: "audit 14 D12: 10th Cir., sentenced 2008: the circuit's earlier case (Martinez-Trujillo, Nov. 20, 2006) is expected against it",
    source: "Martinez-Trujillo, 468 F.3d 1266 (10th Cir. 2006)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("10", 2007, { sentencingDate: "2008-06-01" }),
    severity: "information",
    words: ["instead:Expect the circuit's earlier cases"],
  },
  // ---------------------------------------------------------------- audit 14 D5: Pepper's history, each step from its date
  {
    name: "audit 14 D5: 8th Cir. resentencing of 2010: Pepper II, its vacatur (128 S. Ct. 871), Pepper III (518 F.3d 949, Mar. 11, 2008) and July 2, 2009; the U.S. Reports cite marked unverified",
    source: "web: 518 F.3d 949 (ecases.us; vlex: decided Mar. 11, 2008); No. 09-1191 (elawyers: filed July 2, 2009, 'vacated, 128 S. Ct. 871 (2008)')",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB,
    settings: S("8", 2008, { resentencing: true, sentencingDate: "2010-01-01" }),
    severity: "warning",
    words: ["basis:518 F.3d 949 (8th Cir. Mar. 11, 2008) (Pepper III)", "basis:128 S. Ct. 871 (2008)", "basis:552 U.S. 1089, unverified", "basis:570 F.3d 958 (8th Cir. July 2, 2009)", "basis:later reversed, Pepper v. United States, 562 U.S. 476 (Mar. 2, 2011)"],
  },
  {
    name: "audit 14 D5: 8th Cir. resentencing of 2006: Sims binds; no Pepper (May 21, 2007) yet",
    source: "Sims, 174 F.3d 911 (8th Cir. Apr. 9, 1999); Pepper, 486 F.3d 408 (8th Cir. May 21, 2007) (vlex)",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB,
    settings: S("8", 2005, { resentencing: true, sentencingDate: "2006-01-01" }),
    severity: "warning",
    never: ["Pepper"],
  },
  // ---------------------------------------------------------------- audit 14 D6: no § 3553(a) variance advice before Booker (Jan. 12, 2005)
  {
    name: "audit 14 D6: 2d Cir., departure, sentenced 2002: Bonnet-Grullon binds; the advice is departure-era (no § 3553(a) variance before Booker)",
    source: "Bonnet-Grullon, 212 F.3d 692 (2d Cir. May 12, 2000); United States v. Booker, 543 U.S. 220 (Jan. 12, 2005)",
    rule: "fast-track-disparity",
    sentence: FT_DEPART,
    settings: S("2", 2001, { sentencingDate: "2002-06-01" }),
    severity: "warning",
    lead: "United States v. Bonnet-Grullon",
    words: ["instead:Bonnet-Grullon forecloses the departure"],
    never: ["variance", "Liriano-Blanco", "Hendry"],
  },
  {
    name: "audit 14 D6: 2d Cir., vary, sentenced 1999 (before Bonnet-Grullon): a § 5K2.0 departure, not a variance",
    source: "Bonnet-Grullon (May 12, 2000); Booker (Jan. 12, 2005)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("2", 1998, { sentencingDate: "1999-06-01" }),
    severity: "information",
    words: ["instead:USSG § 5K2.0"],
    never: ["§ 3553(a) variance", "Bonnet-Grullon"],
  },
  {
    name: "audit 14 D6: 9th Cir., vary, sentenced 1999 (before Banuelos-Rodriguez, June 14, 2000): no precedent named, departure-era advice",
    source: "Banuelos-Rodriguez, 215 F.3d 969 (9th Cir. 2000) (en banc) (seeds/002)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("9", 1998, { sentencingDate: "1999-06-01" }),
    severity: "information",
    // June 1999: the panel opinion (Apr. 6, 1999), reported, is named as such (legal audit 37b, pd-001); no en banc cite
    words: ["instead:USSG § 5K2.0", "173 F.3d 741", "reported, not verified here"],
    never: ["3553(a)", "215 F.3d 969", "Marcial-Santiago"],
  },
  {
    name: "audit 14 D6: 9th Cir., sentenced 2003: Banuelos-Rodriguez binds; no variance advice",
    source: "Banuelos-Rodriguez (June 14, 2000); Booker (Jan. 12, 2005)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("9", 2002, { sentencingDate: "2003-06-01" }),
    severity: "warning",
    lead: "United States v. Banuelos-Rodriguez",
    never: ["3553(a)", "Marcial-Santiago"],
  },
  {
    name: "audit 14 D6: revocation, 1st Cir., 2003 Manual, sentenced June 2004 (before Booker): a departure, no § 3553(a) variance",
    source: "United States v. Booker, 543 U.S. 220 (Jan. 12, 2005); § 2L1.2, comment. (n.1(B)(vii)) (Amendment 658)",
    rule: "revocation-sentence",
    sentence: REVOKED,
    settings: S("1", 2003, { sentencingDate: "2004-06-01" }),
    severity: "warning",
    words: ["instead:as a departure."],
    never: ["variance"],
  },
  {
    name: "audit 14 D6: minor prior, 9th Cir., sentenced Jan. 5, 2005 (after Lopez-Zamora, before Booker): the departure, no variance",
    source: "Lopez-Zamora (9th Cir. Dec. 29, 2004); Booker (Jan. 12, 2005)",
    rule: "prior-conviction-seriousness",
    sentence: MINOR,
    settings: S("9", 2004, { sentencingDate: "2005-01-05" }),
    severity: "information",
    words: ["instead:Ask for the departure"],
    never: ["variance"],
  },
  {
    name: "audit 14 D4: 6th Cir. family motion of Dec. 15, 2020: the circuits' pre-2023 holdings are a dated list — Ruvalcaba (Feb. 15, 2022) and the rest each only from its date, not as law of the brief's date",
    source: "the circuits' holdings in rules.json with their decision dates (Ruvalcaba, 26 F.4th 14; Jenkins, 50 F.4th 1185; …)",
    rule: "compassionate-release-family",
    sentence: CR_A,
    settings: S("6", 2018, { briefDate: "2020-12-15", compassionate: true }),
    severity: "information",
    words: ["basis:each decision only from its date (one dated after the brief was not yet law)", "basis:(Ruvalcaba, Feb. 15, 2022)", "basis:(Jones, Nov. 20, 2020)"],
  },
  {
    name: "audit 14 D4: no circuit, motion of Sept. 2021 on a nonretroactive change: the circuit split is a dated list — McCall (Dec. 22, 2022), Crandall, Ruvalcaba, Chen, Jenkins each only from its date",
    source: "the holdings' dates in authorities.json (Andrews, Hunter Aug. 30, 2021; Thacker July 15, 2021; Crandall Feb. 9, 2022; Jenkins Oct. 11, 2022; McCoy Dec. 2, 2020; McGee Mar. 29, 2021; Ruvalcaba Feb. 15, 2022; Chen Sept. 14, 2022; McCall Dec. 22, 2022)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S(null, 2020, { briefDate: "2021-09-01", compassionate: true }),
    severity: "information",
    words: ["basis:each decision only from its date", "basis:Chen, Sept. 14, 2022"],
  },
  {
    name: "audit 14 D4: a medical ground below a minimum, motion of June 2020: no Thacker (July 15, 2021) or Halvon (Feb. 25, 2022) in the message",
    source: "Thacker, 4 F.4th 569 (7th Cir. July 15, 2021); Halvon, 26 F.4th 566 (2d Cir. Feb. 25, 2022)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: "Mr. Cole moves for compassionate release below the ten-year mandatory minimum because he has terminal cancer.",
    settings: S(null, 2018, { briefDate: "2020-06-01", compassionate: true }),
    severity: "information",
    never: ["Thacker", "Halvon", "Leyva-Martinez", "Crandall", "Jenkins"],
  },
  {
    name: "audit 14 D4: a § 3582(c)(2) motion of June 2003 (9th Cir.): no Booker (Jan. 12, 2005), Hicks (2007), Dunphy (2009) or Dillon (2010); Heartland says it has no verified holding on going below the amended range",
    source: "18 U.S.C. § 3582(c)(2) (ref/statutes, text before the First Step Act); Amendment 423 (Nov. 1, 1991) to § 1B1.10; Booker decided 2005-01-12 (authorities.json)",
    rule: "fast-track-disparity",
    sentence: "Under § 3582(c)(2) and the retroactive amendment the Court should grant a lower sentence because defendants in border districts receive fast-track plea offers that were never available to Mr. Ruiz.",
    settings: S("9", 2002, { briefDate: "2003-06-01", document: "sentence-reduction-motion" }),
    severity: "information",
    words: ["Heartland has no verified holding, for a brief of this date, on whether a court could go below the amended range", "basis:if such a reduction is consistent with applicable policy statements issued by the Sentencing Commission"],
    never: ["Booker", "Hicks", "Dunphy", "Dillon", "variance"],
  },
  {
    name: "audit 14 D4: the same § 3582(c)(2) motion on Booker's day (Jan. 12, 2005) gets the dated account of the open question, as before",
    source: "Booker, 543 U.S. 220 (Jan. 12, 2005); Hicks, 472 F.3d 1167 (9th Cir. Jan. 11, 2007); Dunphy, 551 F.3d 247 (4th Cir. Jan. 5, 2009); Dillon, 560 U.S. 817 (June 17, 2010)",
    rule: "fast-track-disparity",
    sentence: "Under § 3582(c)(2) and the retroactive amendment the Court should grant a lower sentence because defendants in border districts receive fast-track plea offers that were never available to Mr. Ruiz.",
    settings: S("9", 2004, { briefDate: "2005-01-12", document: "sentence-reduction-motion" }),
    severity: "information",
    words: ["Whether a court could go below the amended range in a § 3582(c)(2) proceeding was unsettled at the brief's date"],
  },  {
    name: "audit 14 D4: a compassionate-release motion of June 2020 on a fast-track disparity (2d Cir.): no Hunter (6th Cir. Aug. 30, 2021); the pre-2023 § 1B1.13 spoke of the Director's motions; no word of the 2023 grounds",
    source: "ref/era_2016 § 1B1.13 (\"Upon motion of the Director of the Bureau of Prisons\"; n.1(A)–(D)); Hunter, 12 F.4th 555 (6th Cir. Aug. 30, 2021) (authorities.json)",
    rule: "fast-track-disparity",
    sentence: "Mr. Ruiz moves for compassionate release because defendants in other districts receive fast-track plea offers.",
    settings: S("2", 2019, { briefDate: "2020-06-01", compassionate: true }),
    severity: "information",
    words: ["basis:the policy statement then in force, USSG § 1B1.13 and its note 1, spoke of motions by the Director of the Bureau of Prisons", "basis:each decision only from its date"],
    never: ["Hunter", "2023", "abuse in custody"],
  },
  {
    name: "audit 14 D4: a compassionate-release motion of June 2017 on a minor prior: only the Director may move (the First Step Act, Dec. 21, 2018, not named: audit 15 O4); no Hunter",
    source: "18 U.S.C. § 3582(c)(1)(A) before the First Step Act (ref/statutes); First Step Act § 603(b)",
    rule: "prior-conviction-seriousness",
    sentence: "Mr. Ruiz moves for compassionate release because his prior conviction was minor.",
    settings: S("9", 2016, { briefDate: "2017-06-01", compassionate: true }),
    severity: "information",
    words: ["Only the Director of the Bureau of Prisons may move for a reduction under 18 U.S.C. § 3582(c)(1)(A)", "basis:allows a reduction only"],
    never: ["Hunter", "First Step Act", "Dec. 21, 2018"], // the Act came later: not told to a brief of June 2017 (audit 15 O4)
  },
  {
    name: "audit 14 D4: the same motion from Hunter's day (Aug. 30, 2021) names it, as before",
    source: "Hunter, 12 F.4th 555 (6th Cir. Aug. 30, 2021) (authorities.json)",
    rule: "prior-conviction-seriousness",
    sentence: "Mr. Ruiz moves for compassionate release because his prior conviction was minor.",
    settings: S("9", 2020, { briefDate: "2021-08-30", compassionate: true }),
    severity: "information",
    words: ["basis:United States v. Hunter, 12 F.4th 555 (6th Cir. 2021)"],
  },
  {
    name: "audit 14 D4: 2d Cir., departure to care for a sick mother, brief of June 2003: Carrasco (Dec. 20, 2002) binds; no Leiva-Deras (Feb. 17, 2004) and no Booker (Jan. 12, 2005) in the advice",
    source: "Carrasco, 313 F.3d 750 (2d Cir. Dec. 20, 2002) (authorities.json); Leiva-Deras, 359 F.3d 183 (2d Cir. Feb. 17, 2004) (seeds/000)",
    rule: "reentry-motive",
    sentence: "Mr. Ruiz asks the Court to depart downward because he reentered only to care for his sick mother.",
    settings: S("2", 2002, { briefDate: "2003-06-01" }),
    severity: "warning",
    lead: "United States v. Carrasco",
    words: ["instead:Preserve the point for further review"],
    never: ["Leiva-Deras", "Booker", "variance"],
  },
  {
    name: "audit 14 D4: 5th Cir., departure for a reentry motive, brief of June 2001: Heartland has no verified holding; neither Carrasco (2002) nor Leiva-Deras (2004) is named",
    source: "Carrasco (Dec. 20, 2002), Leiva-Deras (Feb. 17, 2004): the first reentry-motive decisions in Heartland's sources",
    rule: "reentry-motive",
    sentence: "Mr. Ruiz asks the Court to depart downward because he reentered out of fear for his safety from gang threats.",
    settings: S("5", 2000, { briefDate: "2001-06-01" }),
    severity: "information",
    words: ["Heartland has no verified holding, for a brief of this date"],
    never: ["Carrasco", "Leiva-Deras", "Booker", "variance"],
  },
  {
    name: "audit 14 D4: 5th Cir., the same in June 2003: only Carrasco, persuasive outside the Second Circuit",
    source: "Carrasco, 313 F.3d 750 (2d Cir. Dec. 20, 2002)",
    rule: "reentry-motive",
    sentence: "Mr. Ruiz asks the Court to depart downward because he reentered out of fear for his safety from gang threats.",
    settings: S("5", 2002, { briefDate: "2003-06-01" }),
    severity: "information",
    lead: "United States v. Carrasco",
    words: ["Persuasive in the Fifth Circuit"],
    never: ["Leiva-Deras", "Booker"],
  },
  {
    name: "audit 14 D4: 5th Cir., a policy disagreement with § 2L1.2, brief of June 2004: the mandatory Guidelines (§ 3553(b)); neither Booker (Jan. 12, 2005) nor Kimbrough (Dec. 10, 2007) is named",
    source: "18 U.S.C. § 3553(b) (ref/statutes); Booker 2005-01-12, Kimbrough 2007-12-10 (authorities.json, rules.json holdings)",
    rule: "reentry-guideline-policy",
    sentence: POLICY,
    settings: S("5", 2003, { briefDate: "2004-06-01" }),
    severity: "information",
    words: ["No variance for a policy disagreement at the brief's date: the Guidelines were mandatory", "basis:Under the mandatory Guidelines (18 U.S.C. § 3553(b))"],
    never: ["Booker", "Kimbrough", "Duarte", "Perez-Frias"],
  },
  {
    name: "audit 14 D4: 5th Cir., the same in June 2006: Kimbrough named only as what the Supreme Court later held",
    source: "Kimbrough v. United States, 552 U.S. 85 (Dec. 10, 2007)",
    rule: "reentry-guideline-policy",
    sentence: POLICY,
    settings: S("5", 2005, { briefDate: "2006-06-01" }),
    severity: "information",
    words: ["basis:it later held that it may (Kimbrough, Dec. 10, 2007)"],
    never: ["Duarte", "Perez-Frias"],
  },
  {
    name: "audit 14 D4: 5th Cir., 2001 Manual, brief of June 2002, revocation term: before Compian-Torres (Jan. 29, 2003) no court of appeals had decided it — information, no case named",
    source: "Compian-Torres, 320 F.3d 514 (5th Cir. Jan. 29, 2003); Moreno-Cisneros, 319 F.3d 456 (9th Cir. Jan. 31, 2003) (rules.json holdings)",
    rule: "revocation-sentence",
    sentence: REVOKED,
    settings: S("5", 2001, { briefDate: "2002-06-01" }),
    severity: "information",
    never: ["Compian-Torres", "Moreno-Cisneros", "Ruiz-Gea", "Huerta-Moran", "Leiva-Deras", "Booker"],
  },
  {
    name: "audit 14 D4: 9th Cir., 2002 Manual, brief of Mar. 2003: Moreno-Cisneros (Jan. 31, 2003) binds; no Ruiz-Gea, Huerta-Moran or Leiva-Deras, and the advice is the departure (mandatory Guidelines)",
    source: "Moreno-Cisneros, 319 F.3d 456 (9th Cir. Jan. 31, 2003); Ruiz-Gea (Aug. 19, 2003); Huerta-Moran (Nov. 26, 2003); Leiva-Deras (Feb. 17, 2004)",
    rule: "revocation-sentence",
    sentence: REVOKED,
    settings: S("9", 2002, { briefDate: "2003-03-01" }),
    severity: "warning",
    lead: "United States v. Moreno-Cisneros",
    words: ["basis:(Moreno-Cisneros, Jan. 31, 2003)", "instead:for a downward departure"],
    never: ["Ruiz-Gea", "Huerta-Moran", "Leiva-Deras", "Booker", "variance", "Amendment 809"],
  },
  {
    name: "audit 14 D4: 2d Cir., 2003 Manual, brief of Dec. 2003: Huerta-Moran (Nov. 26, 2003) binds; Leiva-Deras (Feb. 17, 2004) is not yet named",
    source: "Huerta-Moran, 352 F.3d 766 (2d Cir. Nov. 26, 2003); Leiva-Deras, 359 F.3d 183 (2d Cir. Feb. 17, 2004) (seeds/000)",
    rule: "revocation-sentence",
    sentence: REVOKED,
    settings: S("2", 2003, { briefDate: "2003-12-01" }),
    severity: "warning",
    lead: "United States v. Huerta-Moran",
    never: ["Leiva-Deras", "Booker"],
  },
  {
    name: "audit 14 D4: 5th Cir., 2001 Manual, brief of June 2002, revocation after reentry: neither Compian-Torres (2003) nor Ruiz-Gea (2003) is named",
    source: "Compian-Torres (Jan. 29, 2003); Ruiz-Gea, 340 F.3d 1181 (10th Cir. Aug. 19, 2003)",
    rule: "revocation-sentence",
    sentence: REVOKED_AFTER,
    settings: S("5", 2001, { briefDate: "2002-06-01" }),
    severity: "information",
    words: ["instead:invoke the rule of lenity"],
    never: ["Compian-Torres", "Ruiz-Gea", "Bustillos-Pena", "Booker"],
  },
  {
    name: "audit 14 D4: 9th Cir., 1995 Manual, brief of Mar. 1996, minor prior: Koon (June 13, 1996) is not named, and the basis no longer names Leiva-Deras or Stultz (2004)",
    source: "Koon, 518 U.S. 81 (June 13, 1996) (cases.json); Amendment 562 (Nov. 1, 1997) (ref/era_1995); Stultz (Jan. 15, 2004), Leiva-Deras (Feb. 17, 2004)",
    rule: "prior-conviction-seriousness",
    sentence: MINOR,
    settings: S("9", 1995, { briefDate: "1996-03-01" }),
    severity: "information",
    words: ["basis:Argue it under the general departure standard (§ 5K2.0)."],
    never: ["Koon", "Sanchez-Rodriguez"],
  },
  {
    name: "audit 14 D4: 2d Cir., 2003 Manual, brief of Feb. 1, 2004: Stultz (Jan. 15, 2004) binds; Leiva-Deras (Feb. 17, 2004) is not yet named",
    source: "Stultz, 356 F.3d 261 (2d Cir. Jan. 15, 2004); Leiva-Deras, 359 F.3d 183 (2d Cir. Feb. 17, 2004) (seeds/000)",
    rule: "prior-conviction-seriousness",
    sentence: MINOR,
    settings: S("2", 2003, { briefDate: "2004-02-01" }),
    severity: "warning",
    lead: "United States v. Stultz",
    words: ["basis:(Stultz, Jan. 15, 2004)"],
    never: ["Perez-Frias"],
  },
  {
    name: "audit 14 D4: 2d Cir., 2005 Manual, minor-prior variance of June 2006: Perez-Frias (Mar. 31, 2011) is not named",
    source: "Perez-Frias, 636 F.3d 39 (2d Cir. Mar. 31, 2011) (rules.json holdings)",
    rule: "prior-conviction-seriousness",
    sentence: MINOR_VARY,
    settings: S("2", 2005, { briefDate: "2006-06-01" }),
    severity: "information",
    never: ["Perez-Frias"],
  },
  // ---------------------------------------------------------------- session 26 (audit 14 D4): no authority named before its day (innocence, below a minimum, rehabilitation, minor prior)
  {
    name: "session 26 (audit 14 D4): 9th Cir., innocence, 2022 — no appellate holding, and the basis names neither Escajeda (Jan. 17, 2023) nor Fernandez (June 11, 2024)",
    source: "rules.json: Escajeda decided 2023-01-17, Fernandez (2d Cir.) 2024-06-11",
    rule: "compassionate-release-innocence",
    sentence: INNOCENT,
    settings: S("9", 2021, { briefDate: "2022-06-01", compassionate: true }),
    severity: "information",
    words: ["no appellate holding", "basis:28 U.S.C. § 2255(a) reaches a sentence \"imposed in violation of the Constitution or laws of the United States\"."],
    never: ["Escajeda", "Fernandez"],
  },
  {
    name: "session 26 (audit 14 D4): 9th Cir., a co-defendant's sentence, 2023 — Escajeda (Jan. 17, 2023) is named from its day, Fernandez (June 11, 2024) not yet",
    source: "rules.json: Escajeda decided 2023-01-17, Fernandez (2d Cir.) 2024-06-11",
    rule: "compassionate-release-innocence",
    sentence: CODEFENDANT,
    settings: S("9", 2022, { briefDate: "2023-06-01", compassionate: true }),
    severity: "information",
    words: ["no appellate holding", "basis:not cognizable under § 3582(c)(1) on Jan. 17, 2023 (Escajeda)."],
    never: ["Fernandez"],
  },
  {
    name: "session 26 (audit 14 D4): 6th Cir., Oct. 2021 — Jarvis and Hunter bind; Thacker (7th) is named, Crandall (Feb. 9, 2022) and McCall (Dec. 22, 2022) not yet",
    source: "rules.json: Jarvis 2021-06-03, Hunter 2021-08-30, Thacker 2021-07-15, Crandall 2022-02-09, McCall 2022-12-22",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("6", 2021, { briefDate: "2021-10-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "warning",
    lead: "United States v. Hunter",
    words: ["basis:(Jarvis, June 3, 2021; Hunter, 2021; so too Thacker (7th))."],
    never: ["Crandall", "McCall"],
  },
  {
    name: "session 26 (audit 14 D4): 6th Cir., June 2022 — Crandall (8th, Feb. 9, 2022) is named from its day, McCall (Dec. 22, 2022) not yet",
    source: "rules.json: Crandall 2022-02-09, McCall 2022-12-22",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("6", 2021, { briefDate: "2022-06-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "warning",
    lead: "United States v. Hunter",
    words: ["basis:so too Thacker (7th) and Crandall (8th))."],
    never: ["McCall"],
  },
  {
    name: "session 26 (audit 14 D4): 6th Cir., June 2023 — McCall (en banc, Dec. 22, 2022) is named from its day",
    source: "rules.json: McCall 2022-12-22",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("6", 2022, { briefDate: "2023-06-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "warning",
    lead: "United States v. Hunter",
    words: ["basis:McCall, en banc, Dec. 22, 2022"],
  },
  {
    name: "session 26 (audit 14 D4): 7th Cir., Aug. 2021 — Thacker (July 15, 2021) binds; Hunter (Aug. 30, 2021) and Crandall (Feb. 9, 2022) are not yet named",
    source: "rules.json: Thacker 2021-07-15, Hunter 2021-08-30, Crandall 2022-02-09",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("7", 2020, { briefDate: "2021-08-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "warning",
    lead: "United States v. Thacker",
    words: ["basis:is not extraordinary and compelling (Thacker (7th))."],
    never: ["Hunter", "Crandall"],
  },
  {
    name: "session 26 (audit 14 D4): 7th Cir., Oct. 2021 — Hunter (Aug. 30, 2021) is named from its day, Crandall (Feb. 9, 2022) not yet",
    source: "rules.json: Hunter 2021-08-30, Crandall 2022-02-09",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("7", 2021, { briefDate: "2021-10-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "warning",
    lead: "United States v. Thacker",
    words: ["basis:(Hunter (6th); Thacker (7th))."],
    never: ["Crandall"],
  },
  {
    name: "session 26 (audit 14 D4): 7th Cir., June 2022 — Crandall (Feb. 9, 2022) is named from its day",
    source: "rules.json: Crandall 2022-02-09",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("7", 2021, { briefDate: "2022-06-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "warning",
    lead: "United States v. Thacker",
    words: ["basis:(Hunter (6th); Thacker (7th); Crandall (8th))."],
  },
  {
    name: "session 26 (audit 14 D4): 8th Cir., June 2022 — Crandall binds; McCall (Dec. 22, 2022) is not yet named",
    source: "rules.json: Crandall 2022-02-09, McCall 2022-12-22",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("8", 2021, { briefDate: "2022-06-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "warning",
    lead: "United States v. Crandall",
    words: ["basis:so too Hunter (6th) and Thacker (7th)."],
    never: ["McCall"],
  },
  {
    name: "session 26 (audit 14 D4): 8th Cir., June 2023 — McCall (Dec. 22, 2022) is named from its day",
    source: "rules.json: McCall 2022-12-22",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("8", 2022, { briefDate: "2023-06-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "warning",
    lead: "United States v. Crandall",
    words: ["basis:so too Hunter and McCall (6th) and Thacker (7th)."],
  },
  {
    name: "session 26 (audit 14 D4): 4th Cir., 2021-01-15 — McCoy alone; no circuit is said to disagree before Jarvis (June 3, 2021)",
    source: "rules.json: Jarvis 2021-06-03, Thacker 2021-07-15, Hunter and Andrews 2021-08-30, Crandall 2022-02-09",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("4", 2020, { briefDate: "2021-01-15", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    lead: "United States v. McCoy",
    words: ["basis:with the defendant's individual circumstances."],
    never: ["Jarvis", "Thacker", "Hunter", "Crandall", "Andrews", "disagree", "Nov. 1, 2023"],
  },
  {
    name: "session 26 (audit 14 D4): 4th Cir., June 20, 2021 — Jarvis (June 3, 2021) disagrees; Thacker (July 15, 2021) not yet",
    source: "rules.json: Jarvis 2021-06-03, Thacker 2021-07-15",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("4", 2020, { briefDate: "2021-06-20", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    lead: "United States v. McCoy",
    words: ["basis:another circuit disagrees (Jarvis (6th))."],
    never: ["Thacker", "Hunter", "Crandall", "Andrews"],
  },
  {
    name: "session 26 (audit 14 D4): 4th Cir., Aug. 1, 2021 — Jarvis and Thacker (July 15, 2021) disagree; Hunter and Andrews (Aug. 30, 2021) not yet",
    source: "rules.json: Thacker 2021-07-15, Hunter and Andrews 2021-08-30",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("4", 2020, { briefDate: "2021-08-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    lead: "United States v. McCoy",
    words: ["basis:other circuits disagree (Jarvis (6th), Thacker (7th))."],
    never: ["Hunter", "Crandall", "Andrews"],
  },
  {
    name: "session 26 (audit 14 D4): 4th Cir., Oct. 2021 — Hunter and Andrews (Aug. 30, 2021) disagree; Crandall (Feb. 9, 2022) not yet",
    source: "rules.json: Hunter and Andrews 2021-08-30, Crandall 2022-02-09",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("4", 2021, { briefDate: "2021-10-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    lead: "United States v. McCoy",
    words: ["basis:other circuits disagree (Hunter (6th), Thacker (7th), Andrews (3d))."],
    never: ["Crandall"],
  },
  {
    name: "session 26 (audit 14 D4): 4th Cir., June 2022 — Crandall (Feb. 9, 2022) is named from its day",
    source: "rules.json: Crandall 2022-02-09",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("4", 2021, { briefDate: "2022-06-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    lead: "United States v. McCoy",
    words: ["basis:other circuits disagree (Hunter (6th), Thacker (7th), Crandall (8th), Andrews (3d))."],
  },
  {
    name: "session 26 (audit 14 D4): 10th Cir., 2021-04-15 — McGee alone; no circuit is said to disagree before Jarvis (June 3, 2021)",
    source: "rules.json: Jarvis 2021-06-03, Thacker 2021-07-15, Hunter and Andrews 2021-08-30, Crandall 2022-02-09",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("10", 2020, { briefDate: "2021-04-15", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    lead: "United States v. McGee",
    words: ["basis:(McGee) on an individualized basis."],
    never: ["Jarvis", "Thacker", "Hunter", "Crandall", "Andrews", "disagree", "Nov. 1, 2023"],
  },
  {
    name: "session 26 (audit 14 D4): 10th Cir., June 20, 2021 — Jarvis (June 3, 2021) disagrees; Thacker (July 15, 2021) not yet",
    source: "rules.json: Jarvis 2021-06-03, Thacker 2021-07-15",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("10", 2020, { briefDate: "2021-06-20", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    lead: "United States v. McGee",
    words: ["basis:another circuit disagrees (Jarvis (6th))."],
    never: ["Thacker", "Hunter", "Crandall", "Andrews"],
  },
  {
    name: "session 26 (audit 14 D4): 10th Cir., Aug. 1, 2021 — Jarvis and Thacker (July 15, 2021) disagree; Hunter and Andrews (Aug. 30, 2021) not yet",
    source: "rules.json: Thacker 2021-07-15, Hunter and Andrews 2021-08-30",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("10", 2020, { briefDate: "2021-08-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    lead: "United States v. McGee",
    words: ["basis:other circuits disagree (Jarvis (6th), Thacker (7th))."],
    never: ["Hunter", "Crandall", "Andrews"],
  },
  {
    name: "session 26 (audit 14 D4): 10th Cir., Oct. 2021 — Hunter and Andrews (Aug. 30, 2021) disagree; Crandall (Feb. 9, 2022) not yet",
    source: "rules.json: Hunter and Andrews 2021-08-30, Crandall 2022-02-09",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("10", 2021, { briefDate: "2021-10-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    lead: "United States v. McGee",
    words: ["basis:other circuits disagree (Hunter (6th), Thacker (7th), Andrews (3d))."],
    never: ["Crandall"],
  },
  {
    name: "session 26 (audit 14 D4): 10th Cir., June 2022 — Crandall (Feb. 9, 2022) is named from its day",
    source: "rules.json: Crandall 2022-02-09",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("10", 2021, { briefDate: "2022-06-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    lead: "United States v. McGee",
    words: ["basis:other circuits disagree (Hunter (6th), Thacker (7th), Crandall (8th), Andrews (3d))."],
  },
  {
    name: "session 26 (audit 14 D4): 9th Cir., Oct. 2020 — Brooker alone; McCoy (Dec. 2, 2020), McGee and Bryant not yet named as law (Tomes, Jarvis, Thacker only as what came later)",
    source: "rules.json: Brooker 2020-09-25, McCoy 2020-12-02, McGee 2021-03-29, Bryant 2021-05-07",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("9", 2020, { briefDate: "2020-10-15", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    words: ["basis:(United States v. Brooker, 976 F.3d 228 (2d Cir. 2020)); no court of appeals had held it binding. The first appellate decisions"],
    never: ["McCoy", "McGee", "Bryant"],
  },
  {
    name: "session 26 (audit 14 D4): 9th Cir., Jan. 2021 — McCoy (Dec. 2, 2020) is named from its day; McGee (Mar. 29, 2021) and Bryant (May 7, 2021) not yet",
    source: "rules.json: McCoy 2020-12-02, McGee 2021-03-29, Bryant 2021-05-07",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("9", 2020, { briefDate: "2021-01-20", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    words: ["basis:the Fourth held the same and let courts weigh the First Step Act's changes case by case (McCoy, Dec. 2, 2020); no court of appeals had held it binding. The first"],
    never: ["McGee", "Bryant"],
  },
  {
    name: "session 26 (audit 14 D4): 9th Cir., Mar. 15, 2021 — Tomes (Mar. 9, 2021) is named; McGee (Mar. 29, 2021), Bryant and Jarvis not yet",
    source: "rules.json: Tomes 2021-03-09, McGee 2021-03-29, Bryant 2021-05-07, Jarvis 2021-06-03",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("9", 2020, { briefDate: "2021-03-15", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    words: ["basis:(McCoy, Dec. 2, 2020); no court of appeals had held it binding. The Sixth Circuit rejected", "basis:Tomes (Mar. 9, 2021; holding or dicta is debated)."],
    never: ["McGee", "Bryant", "Jarvis"],
  },
  {
    name: "session 26 (audit 14 D4): 9th Cir., Apr. 15, 2021 — McGee (Mar. 29, 2021) is named from its day; Bryant (May 7, 2021) and Jarvis not yet",
    source: "rules.json: McGee 2021-03-29, Bryant 2021-05-07, Jarvis 2021-06-03",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("9", 2020, { briefDate: "2021-04-15", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    words: ["basis:Tenth (McGee, Mar. 29, 2021) let courts weigh"],
    never: ["Bryant", "Jarvis"],
  },
  {
    name: "session 26 (audit 14 D4): 9th Cir., May 20, 2021 — Bryant (May 7, 2021) is named from its day; Jarvis (June 3, 2021) not yet",
    source: "rules.json: Bryant 2021-05-07, Jarvis 2021-06-03",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("9", 2020, { briefDate: "2021-05-20", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    words: ["basis:(Bryant, May 7, 2021)", "basis:Tomes (Mar. 9, 2021; holding or dicta is debated)."],
    never: ["Jarvis"],
  },
  {
    name: "session 26 (audit 14 D4): 9th Cir., June 20, 2021 — Jarvis (June 3, 2021) is named from its day",
    source: "rules.json: Jarvis 2021-06-03",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("9", 2020, { briefDate: "2021-06-20", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    words: ["basis:held in Jarvis (June 3, 2021)"],
  },
  {
    name: "session 26 (audit 14 D4): a medical ground below a minimum, Mar. 2021 — no \"Cf. Thacker\" (July 15, 2021) before its day",
    source: "rules.json: Thacker 2021-07-15",
    rule: "compassionate-release-mandatory-minimum",
    sentence: MM,
    settings: S("9", 2020, { briefDate: "2021-03-01", compassionate: true }),
    severity: "information",
    never: ["Thacker"],
    butSeeNever: ["Thacker"],
  },
  {
    name: "session 26 (audit 14 D4): 9th Cir. resentencing, 1997 (before Core, Sept. 9, 1997) — no court of appeals case is named",
    source: "rules.json: Core 1997-09-09; Amendment 602 (Nov. 1, 2000)",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB_RESENT,
    settings: S("9", 1996, { resentencing: true, sentencingDate: "1997-06-01" }),
    severity: "information",
    words: ["No court of appeals holding on a departure for post-sentencing rehabilitation at a resentencing at the brief's date", "later barred it, from Nov. 1, 2000", "basis:Amendment 602 later added § 5K2.19"],
    never: ["Core", "Rhodes", "Sims", "Rudolph", "Bradstreet"],
  },
  {
    name: "session 26 (audit 14 D4): 9th Cir. resentencing, Jan. 1998 — Core (Sept. 9, 1997) alone",
    source: "rules.json: Core 1997-09-09, Rhodes 1998-06-19",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB_RESENT,
    settings: S("9", 1997, { resentencing: true, sentencingDate: "1998-01-15" }),
    severity: "information",
    words: ["had been allowed by the Second Circuit (Core, 1997)"],
    never: ["Rhodes", "Sims", "Rudolph", "Bradstreet"],
  },
  {
    name: "session 26 (audit 14 D4): 9th Cir. resentencing, Dec. 1998 — Rhodes (June 19, 1998) and Core; Sims (Apr. 9, 1999) not yet",
    source: "rules.json: Rhodes 1998-06-19, Sims 1999-04-09",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB_RESENT,
    settings: S("9", 1998, { resentencing: true, sentencingDate: "1998-12-01" }),
    severity: "information",
    words: ["allowed by the D.C. and Second Circuits (Rhodes, 1998; Core, 1997)"],
    never: ["Sims", "Rudolph", "Bradstreet"],
  },
  {
    name: "session 26 (audit 14 D4): 9th Cir. resentencing, June 1999 — Sims (Apr. 9, 1999) named from its day; Rudolph (Sept. 14, 1999) not yet",
    source: "rules.json: Sims 1999-04-09, Rudolph 1999-09-14",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB_RESENT,
    settings: S("9", 1998, { resentencing: true, sentencingDate: "1999-06-01" }),
    severity: "information",
    words: ["barred in the Eighth (Sims, 1999)"],
    never: ["Rudolph", "Bradstreet"],
  },
  {
    name: "session 26 (audit 14 D4): 9th Cir. resentencing, Dec. 1999 — Rudolph (Sept. 14, 1999) named from its day; Bradstreet (Mar. 27, 2000) not yet",
    source: "rules.json: Rudolph 1999-09-14, Bradstreet 2000-03-27",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB_RESENT,
    settings: S("9", 1999, { resentencing: true, sentencingDate: "1999-12-01" }),
    severity: "information",
    words: ["allowed in the D.C., Second and Sixth Circuits (Rhodes, 1998; Core, 1997; Rudolph, 1999)"],
    never: ["Bradstreet"],
  },
  {
    name: "session 26 (audit 14 D4): 9th Cir. resentencing, June 2000 — Bradstreet (Mar. 27, 2000) named from its day",
    source: "rules.json: Bradstreet 2000-03-27",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB_RESENT,
    settings: S("9", 1999, { resentencing: true, sentencingDate: "2000-06-01" }),
    severity: "information",
    words: ["Bradstreet, 2000"],
  },
  {
    name: "session 26 (audit 14 D4): 2d Cir. resentencing, Jan. 1998 — Core binds; no other circuit yet",
    source: "rules.json: Core 1997-09-09, Rhodes 1998-06-19",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB_RESENT,
    settings: S("2", 1997, { resentencing: true, sentencingDate: "1998-01-15" }),
    severity: "information",
    lead: "United States v. Core",
    binding: ["United States v. Core"],
    words: ["basis:had allowed the departure (Core (2d, Sept. 9, 1997))."],
    never: ["Rhodes", "Sims", "Rudolph", "Bradstreet"],
  },
  {
    name: "session 26 (audit 14 D4): 2d Cir. resentencing, Dec. 1998 — Rhodes (June 19, 1998) named from its day",
    source: "rules.json: Rhodes 1998-06-19, Sims 1999-04-09",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB_RESENT,
    settings: S("2", 1998, { resentencing: true, sentencingDate: "1998-12-01" }),
    severity: "information",
    lead: "United States v. Core",
    words: ["basis:(Rhodes (D.C., June 19, 1998); Core (2d, Sept. 9, 1997))."],
    never: ["Sims", "Rudolph", "Bradstreet"],
  },
  {
    name: "session 26 (audit 14 D4): 2d Cir. resentencing, June 1999 — Sims (Apr. 9, 1999) named from its day",
    source: "rules.json: Sims 1999-04-09, Rudolph 1999-09-14",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB_RESENT,
    settings: S("2", 1998, { resentencing: true, sentencingDate: "1999-06-01" }),
    severity: "information",
    lead: "United States v. Core",
    words: ["basis:the Eighth Circuit held otherwise (Sims, Apr. 9, 1999)."],
    never: ["Rudolph", "Bradstreet"],
  },
  {
    name: "session 26 (audit 14 D4): 2d Cir. resentencing, Dec. 1999 — Rudolph (Sept. 14, 1999) named from its day; Bradstreet not yet",
    source: "rules.json: Rudolph 1999-09-14, Bradstreet 2000-03-27",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB_RESENT,
    settings: S("2", 1999, { resentencing: true, sentencingDate: "1999-12-01" }),
    severity: "information",
    lead: "United States v. Core",
    words: ["basis:Rudolph (6th, Sept. 14, 1999)"],
    never: ["Bradstreet"],
  },
  {
    name: "session 26 (audit 14 D4): D.C. Cir. resentencing, Dec. 1998 — Rhodes binds; Sims (Apr. 9, 1999) not yet",
    source: "rules.json: Rhodes 1998-06-19, Sims 1999-04-09",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB_RESENT,
    settings: S("dc", 1998, { resentencing: true, sentencingDate: "1998-12-01" }),
    severity: "information",
    lead: "United States v. Rhodes",
    words: ["basis:(Rhodes (D.C., June 19, 1998); Core (2d, Sept. 9, 1997))."],
    never: ["Sims", "Rudolph", "Bradstreet"],
  },
  {
    name: "session 26 (audit 14 D4): D.C. Cir. resentencing, June 1999 — Sims named from its day; Rudolph not yet",
    source: "rules.json: Sims 1999-04-09, Rudolph 1999-09-14",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB_RESENT,
    settings: S("dc", 1998, { resentencing: true, sentencingDate: "1999-06-01" }),
    severity: "information",
    lead: "United States v. Rhodes",
    words: ["basis:(Sims, Apr. 9, 1999)"],
    never: ["Rudolph", "Bradstreet"],
  },
  {
    name: "session 26 (audit 14 D4): D.C. Cir. resentencing, Dec. 1999 — Rudolph named from its day; Bradstreet (Mar. 27, 2000) not yet",
    source: "rules.json: Rudolph 1999-09-14, Bradstreet 2000-03-27",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB_RESENT,
    settings: S("dc", 1999, { resentencing: true, sentencingDate: "1999-12-01" }),
    severity: "information",
    lead: "United States v. Rhodes",
    words: ["basis:Rudolph (6th, Sept. 14, 1999)"],
    never: ["Bradstreet"],
  },
  {
    name: "session 26 (audit 14 D4): 6th Cir. resentencing, Dec. 1999 — Rudolph binds; Bradstreet (Mar. 27, 2000) not yet",
    source: "rules.json: Rudolph 1999-09-14, Bradstreet 2000-03-27",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB_RESENT,
    settings: S("6", 1999, { resentencing: true, sentencingDate: "1999-12-01" }),
    severity: "information",
    lead: "United States v. Rudolph",
    words: ["basis:the Eighth Circuit held otherwise (Sims, Apr. 9, 1999)."],
    never: ["Bradstreet"],
  },
  {
    name: "session 26 (audit 14 D4): 6th Cir. resentencing, June 2000 — Bradstreet (Mar. 27, 2000) named from its day",
    source: "rules.json: Bradstreet 2000-03-27",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB_RESENT,
    settings: S("6", 1999, { resentencing: true, sentencingDate: "2000-06-01" }),
    severity: "information",
    lead: "United States v. Rudolph",
    words: ["basis:Bradstreet (1st)"],
  },
  {
    name: "session 26 (audit 14 D4): 9th Cir. resentencing, 2008 — § 5K2.19 barred the departure; Pepper v. United States (Mar. 2, 2011) only as what came later",
    source: "rules.json: Pepper v. United States 2011-03-02; era_2025 (§ 5K2.19 added Nov. 1, 2000, deleted Nov. 1, 2012)",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB,
    settings: S("9", 2007, { resentencing: true, sentencingDate: "2008-06-01" }),
    severity: "information",
    lead: "USSG \u00a7 5K2.19",
    words: ["§ 5K2.19 (Nov. 1, 2000, Amendment 602) barred", "later let courts consider it", "basis:Pepper v. United States (Mar. 2, 2011) later let"],
    never: ["Before Pepper"],
  },
  {
    name: "session 26 (audit 14 D4): a final sentence, 2005 — the statute alone (18 U.S.C. § 3582(c)); Palacios-Becerril (Mar. 24, 2006) not yet",
    source: "rules.json: Palacios-Becerril decided 2006-03-24 (seeds/003)",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB,
    settings: S("9", 2004, { sentencingDate: "2005-06-01" }),
    severity: "information",
    words: ["basis:no ground to reopen a final sentence (18 U.S.C. § 3582(c));"],
    never: ["Palacios-Becerril"],
  },
  {
    name: "session 26 (audit 14 D4): a final sentence, 2007 — Palacios-Becerril (Mar. 24, 2006) named from its day",
    source: "rules.json: Palacios-Becerril decided 2006-03-24 (seeds/003)",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB,
    settings: S("9", 2006, { sentencingDate: "2007-06-01" }),
    severity: "information",
    words: ["basis:(Palacios-Becerril, persuasive)"],
  },
  {
    name: "session 26 (audit 14 D4): a final sentence, 2024 — the default, reached only from Nov. 1, 2023, names Palacios-Becerril and Pepper",
    source: "rules.json: Palacios-Becerril 2006-03-24; Pepper v. United States 2011-03-02",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB,
    settings: S("9", 2023, { sentencingDate: "2024-06-01" }),
    severity: "information",
    words: ["basis:Pepper v. United States, 562 U.S. 476 (2011), lets the court consider it"],
  },
  {
    name: "session 26 (audit 14 D4): § 404 motion, 2021 — Concepcion (June 27, 2022) only as what the Court later held",
    source: "rules.json: Concepcion v. United States 2022-06-27",
    rule: "post-sentencing-rehabilitation",
    sentence: S404_REHAB,
    settings: S("9", 2020, { briefDate: "2021-06-01", document: "sentence-reduction-motion" }),
    severity: "information",
    words: ["basis:the circuits differed on what else the court could weigh. The Supreme Court later held"],
  },
  {
    name: "session 26 (audit 14 D4): 2025 Manual, a departure asked — the 2025 outcome (before the default) names Amezcua-Vasquez, Duarte and Perez-Frias",
    source: "rules.json: Amezcua-Vasquez 2009, Duarte 2009, Perez-Frias 2011-03-31; Amendment 836 (Nov. 1, 2025)",
    rule: "prior-conviction-seriousness",
    sentence: MINOR,
    settings: S("9", 2025),
    severity: "information",
    words: ["No \"minor prior\" departure from Nov. 1, 2025", "Perez-Frias, 2d Cir. 2011"],
  },
  {
    name: "session 26 (audit 14 D4): a Manual before 1995 (outside the editions Heartland has) — the default names no case",
    source: "editions.json: firstEdition 1995; rules.json: Leiva-Deras 2004-02-17, Amezcua-Vasquez 2009, Perez-Frias 2011-03-31",
    rule: "prior-conviction-seriousness",
    sentence: MINOR,
    settings: S("9", 1993, { sentencingDate: "1994-06-01" }),
    severity: "information",
    words: ["Heartland has no verified holding for this Manual"],
    never: ["Leiva-Deras", "Amezcua-Vasquez", "Duarte", "Perez-Frias", "Amendment 836"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): 9th Cir. § 1326, sentenced 2003 — the pre-Booker advice (a departure, the only route) and Martinez-Ramos alone as the \"But see\"",
    source: "rules.json: Martinez-Ramos 1999-07-29, Palacios-Becerril 2006-03-24; Booker 2005-01-12",
    rule: "deportable-alien-status",
    sentence: ALIEN,
    settings: S("9", 2002, { sentencingDate: "2003-06-01", offense: "8 U.S.C. § 1326" }),
    severity: "warning",
    lead: "United States v. Martinez-Ramos",
    words: ["instead:the only route under the mandatory Guidelines", "butSee:But see United States v. Martinez-Ramos, 184 F.3d 1055 (9th Cir. 1999)"],
    never: ["Booker", "Palacios-Becerril", "variance"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): 9th Cir. § 1326, sentenced June 2005 (after Booker, before Palacios-Becerril) — the variance advice, Martinez-Ramos alone as the \"But see\"",
    source: "rules.json: Martinez-Ramos 1999-07-29, Palacios-Becerril 2006-03-24; Booker 2005-01-12",
    rule: "deportable-alien-status",
    sentence: ALIEN,
    settings: S("9", 2004, { sentencingDate: "2005-06-01", offense: "8 U.S.C. § 1326" }),
    severity: "warning",
    words: ["instead:after Booker, Jan. 12, 2005", "butSee:Martinez-Ramos"],
    never: ["Palacios-Becerril"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): 9th Cir. variance, sentenced June 2005 — Martinez-Ramos alone as the \"But see\"",
    source: "rules.json: Martinez-Ramos 1999-07-29, Palacios-Becerril 2006-03-24",
    rule: "deportable-alien-status",
    sentence: ALIEN_VARY,
    settings: S("9", 2004, { sentencingDate: "2005-06-01", offense: "8 U.S.C. § 1326" }),
    severity: "information",
    words: ["butSee:Martinez-Ramos"],
    never: ["Palacios-Becerril"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): 6th Cir. § 1326, sentenced 2003 — the pre-Booker advice, no Booker",
    source: "rules.json: Ebolum 1995-12-21; Booker 2005-01-12",
    rule: "deportable-alien-status",
    sentence: ALIEN,
    settings: S("6", 2002, { sentencingDate: "2003-06-01", offense: "8 U.S.C. § 1326" }),
    severity: "warning",
    lead: "United States v. Ebolum",
    words: ["instead:the only route under the mandatory Guidelines", "butSee:Ebolum"],
    never: ["Booker", "Palacios-Becerril"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): no circuit, sentenced 1998 — the rule's \"But see\" (Martinez-Ramos, July 29, 1999) is not yet law: no sentence (the runtime drops it)",
    source: "rules.json: Martinez-Ramos 1999-07-29, Palacios-Becerril 2006-03-24",
    rule: "deportable-alien-status",
    sentence: ALIEN,
    settings: S(null, 1997, { sentencingDate: "1998-06-01" }),
    severity: "information",
    never: ["Booker", "Palacios-Becerril", "Martinez-Ramos"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): no circuit, sentenced 2003 — Martinez-Ramos without Palacios-Becerril (the runtime drops the later clause)",
    source: "rules.json: Martinez-Ramos 1999-07-29, Palacios-Becerril 2006-03-24",
    rule: "deportable-alien-status",
    sentence: ALIEN,
    settings: S(null, 2002, { sentencingDate: "2003-06-01" }),
    severity: "information",
    words: ["butSee:Martinez-Ramos"],
    never: ["Booker", "Palacios-Becerril"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): 2d Cir., 2003 Manual, Jan. 20, 2004 (after Stultz, before Leiva-Deras) — Stultz alone in the advice and the \"But see\", no Booker",
    source: "rules.json: Stultz 2004-01-15, Leiva-Deras 2004-02-17; Booker 2005-01-12",
    rule: "prior-conviction-seriousness",
    sentence: MINOR,
    settings: S("2", 2003, { sentencingDate: "2004-01-20" }),
    severity: "warning",
    words: ["instead:foreclosed in the Second Circuit (Stultz)", "butSee:But see United States v. Stultz, 356 F.3d 261 (2d Cir. 2004)."],
    never: ["Leiva-Deras", "Booker", "variance"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): 2d Cir., 2003 Manual, June 2004 (before Booker) — the departure foreclosed; no variance advice",
    source: "rules.json: Stultz 2004-01-15, Leiva-Deras 2004-02-17; Booker 2005-01-12",
    rule: "prior-conviction-seriousness",
    sentence: MINOR,
    settings: S("2", 2003, { sentencingDate: "2004-06-01" }),
    severity: "warning",
    words: ["instead:foreclosed in the Second Circuit (Leiva-Deras; Stultz)", "butSee:Leiva-Deras"],
    never: ["Booker", "variance"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): no circuit, 2003 Manual, Jan. 20, 2004 — Stultz as persuasive, no Leiva-Deras, no \"But see\"",
    source: "rules.json: Stultz 2004-01-15, Leiva-Deras 2004-02-17",
    rule: "prior-conviction-seriousness",
    sentence: MINOR,
    settings: S(null, 2003, { sentencingDate: "2004-01-20" }),
    severity: "information",
    words: ["instead:as the Second Circuit held (Stultz, Jan. 15, 2004"],
    never: ["Leiva-Deras", "Booker"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): 9th Cir., 2003 Manual, June 2004 — the departure advice, no Booker",
    source: "rules.json: Stultz 2004-01-15, Leiva-Deras 2004-02-17; Booker 2005-01-12",
    rule: "prior-conviction-seriousness",
    sentence: MINOR,
    settings: S("9", 2003, { sentencingDate: "2004-06-01" }),
    severity: "information",
    words: ["instead:Ask for the departure"],
    never: ["Booker", "variance"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): 1996 Manual, 1998 — the § 5K2.0 advice; no Stultz, Leiva-Deras or Booker",
    source: "rules.json: Stultz 2004-01-15, Leiva-Deras 2004-02-17; Amendment 562 (Nov. 1, 1997)",
    rule: "prior-conviction-seriousness",
    sentence: MINOR,
    settings: S(null, 1996, { sentencingDate: "1998-06-01" }),
    severity: "information",
    words: ["instead:the general departure standard (§ 5K2.0)", "instead:the Commission later recognised the ground"],
    never: ["Stultz", "Leiva-Deras", "Booker"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): 1995 Manual, early 1996 — the § 5K2.0 advice; no later case",
    source: "rules.json: Stultz 2004-01-15, Leiva-Deras 2004-02-17",
    rule: "prior-conviction-seriousness",
    sentence: MINOR,
    settings: S(null, 1995, { sentencingDate: "1996-03-01" }),
    severity: "information",
    words: ["instead:the general departure standard (§ 5K2.0)"],
    never: ["Stultz", "Leiva-Deras", "Booker", "Koon"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): 5th Cir., 2002 Manual, June 2003 — the departure advice of the mandatory era; the \"But see\" is the circuit's Compian-Torres, not the rule's Leiva-Deras (the runtime)",
    source: "rules.json: Compian-Torres 2003-01-29, Moreno-Cisneros 2003-01-31, Leiva-Deras 2004-02-17; Booker 2005-01-12",
    rule: "revocation-sentence",
    sentence: REVOKED,
    settings: S("5", 2002, { sentencingDate: "2003-06-01" }),
    severity: "warning",
    words: ["instead:the Guidelines were mandatory at the brief's date", "butSee:But see United States v. Compian-Torres"],
    never: ["Leiva-Deras", "Booker", "Bustillos-Pena"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): no circuit, 2002 Manual, Dec. 2003 — no \"But see\" before Leiva-Deras (the runtime drops the rule's sentence)",
    source: "rules.json: Huerta-Moran 2003-11-26, Leiva-Deras 2004-02-17",
    rule: "revocation-sentence",
    sentence: REVOKED,
    settings: S(null, 2002, { sentencingDate: "2003-12-01" }),
    severity: "information",
    words: ["instead:the Guidelines were mandatory at the brief's date"],
    never: ["Booker"],
    butSeeNever: ["Leiva-Deras", "Moreno-Cisneros", "But see"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): 9th Cir., 2003 Manual, June 2004 (before Booker) — the departure advice, not the rule's (Booker, Bustillos-Pena)",
    source: "rules.json: Moreno-Cisneros 2003-01-31, Bustillos-Pena 2010; Booker 2005-01-12",
    rule: "revocation-sentence",
    sentence: REVOKED,
    settings: S("9", 2003, { sentencingDate: "2004-06-01" }),
    severity: "warning",
    words: ["instead:the Guidelines were mandatory at the brief's date", "butSee:Moreno-Cisneros"],
    never: ["Booker", "Bustillos-Pena"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): 9th Cir., 2006 Manual, 2007 — the variance advice without Bustillos-Pena (2010)",
    source: "rules.json: Moreno-Cisneros 2003-01-31, Bustillos-Pena 2010",
    rule: "revocation-sentence",
    sentence: REVOKED,
    settings: S("9", 2006, { sentencingDate: "2007-06-01" }),
    severity: "warning",
    words: ["instead:the time actually served as a § 3553(a) variance."],
    never: ["Bustillos-Pena"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): 5th Cir., a revocation after reentry, 2004 Manual, June 2004 — the mandatory-era advice, no Booker",
    source: "rules.json: Ruiz-Gea 2003-08-19, Bustillos-Pena 2010; Booker 2005-01-12",
    rule: "revocation-sentence",
    sentence: REVOKED_AFTER,
    settings: S("5", 2003, { sentencingDate: "2004-06-01" }),
    severity: "information",
    words: ["instead:the Guidelines were mandatory at the brief's date"],
    never: ["Booker"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): 5th Cir., a revocation after reentry, 2006 Manual, 2007 — the variance advice (Bustillos-Pena only as what came later, in the basis)",
    source: "rules.json: Bustillos-Pena 2010; Booker 2005-01-12",
    rule: "revocation-sentence",
    sentence: REVOKED_AFTER,
    settings: S("5", 2006, { sentencingDate: "2007-06-01" }),
    severity: "information",
    words: ["instead:Argue the timing", "instead:the time actually served as a § 3553(a) variance.", "basis:it came later"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): no circuit, 2002 Manual, 2007 — advice without Bustillos-Pena (2010, counted from Jan. 1, 2011) or later Manuals",
    source: "rules.json: Bustillos-Pena 2010; Amendment 658 (Nov. 1, 2003)",
    rule: "revocation-sentence",
    sentence: REVOKED,
    settings: S(null, 2002, { sentencingDate: "2007-06-01" }),
    severity: "information",
    words: ["instead:Amendment 658", "instead:as a § 3553(a) variance."],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): 2d Cir., 1998 Manual, 1999 (before Bonnet-Grullon) — no \"But see\" (the rule's names Banuelos-Rodriguez and Bonnet-Grullon, both 2000)",
    source: "rules.json: Bonnet-Grullon 2000-05-12, Banuelos-Rodriguez 2000-06-14",
    rule: "fast-track-disparity",
    sentence: FT_DEPART,
    settings: S("2", 1998, { sentencingDate: "1999-06-01" }),
    severity: "information",
    words: ["instead:Under the mandatory Guidelines at the brief's date"],
    never: ["Banuelos-Rodriguez", "Bonnet-Grullon", "Booker"],
    butSeeNever: ["But see"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): 2d Cir., 1998 Manual, 2001 — Bonnet-Grullon as the \"But see\" (no Banuelos-Rodriguez)",
    source: "rules.json: Bonnet-Grullon 2000-05-12",
    rule: "fast-track-disparity",
    sentence: FT_DEPART,
    settings: S("2", 1998, { sentencingDate: "2001-06-01" }),
    severity: "warning",
    words: ["butSee:But see United States v. Bonnet-Grullon, 212 F.3d 692, 693 (2d Cir. 2000)."],
    butSeeNever: ["Banuelos-Rodriguez"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): 1st Cir., 1998 Manual, 1999 — the mandatory-era departure advice (the rule's says 'a § 3553(a) variance'), no \"But see\"",
    source: "rules.json: Bonnet-Grullon 2000-05-12, Banuelos-Rodriguez 2000-06-14; Booker 2005-01-12",
    rule: "fast-track-disparity",
    sentence: FT_DEPART,
    settings: S("1", 1998, { sentencingDate: "1999-06-01" }),
    severity: "information",
    words: ["instead:Under the mandatory Guidelines at the brief's date"],
    never: ["Banuelos-Rodriguez", "Bonnet-Grullon", "3553(a)"],
    butSeeNever: ["But see"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): no circuit, 1998 Manual, June 1, 2000 (after Bonnet-Grullon, before Banuelos-Rodriguez) — Bonnet-Grullon alone, in the advice and the \"But see\"",
    source: "rules.json: Bonnet-Grullon 2000-05-12, Banuelos-Rodriguez 2000-06-14",
    rule: "fast-track-disparity",
    sentence: FT_DEPART,
    settings: S(null, 1998, { sentencingDate: "2000-06-01" }),
    severity: "information",
    words: ["instead:(Bonnet-Grullon, May 12, 2000), persuasive here", "butSee:But see United States v. Bonnet-Grullon"],
    never: ["Banuelos-Rodriguez", "3553(a)"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): 3d Cir., 1998 Manual, June 1, 2000 — Bonnet-Grullon alone as the \"But see\"",
    source: "rules.json: Bonnet-Grullon 2000-05-12, Banuelos-Rodriguez 2000-06-14",
    rule: "fast-track-disparity",
    sentence: FT_DEPART,
    settings: S("3", 1998, { sentencingDate: "2000-06-01" }),
    severity: "information",
    words: ["butSee:But see United States v. Bonnet-Grullon"],
    never: ["Banuelos-Rodriguez"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): reentry motive, 2d Cir., June 2004 (after Leiva-Deras, before Booker) — departure advice, no variance or Booker",
    source: "rules.json: Leiva-Deras 2004-02-17; Booker 2005-01-12",
    rule: "reentry-motive",
    sentence: "Mr. Ruiz asks the Court to depart downward because he returned only to escape the gang that had threatened to kill him.",
    settings: S("2", 2003, { sentencingDate: "2004-06-01" }),
    severity: "information",
    words: ["instead:a ground for departure under the Guidelines then in force (mandatory at the brief's date)"],
    never: ["Booker", "variance"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): reentry motive, 9th Cir., June 2004 — departure advice, no variance or Booker",
    source: "rules.json: Leiva-Deras 2004-02-17; Booker 2005-01-12",
    rule: "reentry-motive",
    sentence: "Mr. Ruiz asks the Court to depart downward because he returned only to escape the gang that had threatened to kill him.",
    settings: S("9", 2003, { sentencingDate: "2004-06-01" }),
    severity: "information",
    words: ["instead:where the circuit allows one; ask for specific findings of fact"],
    never: ["Booker", "variance"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): departure after sentencing, no circuit, 2003 — 'But see 18 U.S.C. § 3582(c).' without Palacios-Becerril (the runtime drops the later clause)",
    source: "rules.json: Palacios-Becerril 2006-03-24",
    rule: "departure-after-sentencing",
    sentence: REHAB_DEPART,
    settings: S(null, 2002, { sentencingDate: "2003-06-01" }),
    severity: "warning",
    words: ["butSee:But see 18 U.S.C. § 3582(c)."],
    never: ["Palacios-Becerril"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): departure after sentencing, 2d Cir., 2003 — the circuit's Abreu-Cabrera as the \"But see\", no Palacios-Becerril",
    source: "rules.json: Abreu-Cabrera 1995-08-23, Palacios-Becerril 2006-03-24",
    rule: "departure-after-sentencing",
    sentence: REHAB_DEPART,
    settings: S("2", 2002, { sentencingDate: "2003-06-01" }),
    severity: "warning",
    words: ["butSee:Abreu-Cabrera"],
    never: ["Palacios-Becerril"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): post-sentencing rehabilitation, no circuit, 2003 — no \"But see\" (the rule's is led by Palacios-Becerril, 2006)",
    source: "rules.json: Palacios-Becerril 2006-03-24",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB_DEPART,
    settings: S(null, 2002, { sentencingDate: "2003-06-01" }),
    severity: "information",
    never: ["Palacios-Becerril"],
    butSeeNever: ["But see"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): post-sentencing rehabilitation, 8th Cir., June 2005 — the circuit's Sims as the \"But see\", no Palacios-Becerril",
    source: "rules.json: Sims 1999-04-09, Palacios-Becerril 2006-03-24",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB_DEPART,
    settings: S("8", 2002, { sentencingDate: "2005-06-01" }),
    severity: "information",
    words: ["butSee:But see United States v. Sims"],
    never: ["Palacios-Becerril"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): a nonretroactive change, Mar. 2024 (before Rutherford, 3d Cir. Nov. 1, 2024) — the (b)(6) advice names no Rutherford",
    source: "rules.json: Rutherford (3d Cir.) 2024-11-01, Rutherford v. United States 2026-05-28",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S(null, 2025, { briefDate: "2024-03-01" }),
    severity: "information",
    words: ["instead:at least ten years served, a gross disparity."],
    never: ["Rutherford"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): a nonretroactive change, June 2025 — the advice names Rutherford (3d Cir.), not the Supreme Court's decision (May 28, 2026)",
    source: "rules.json: Rutherford (3d Cir.) 2024-11-01, Rutherford v. United States 2026-05-28",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S(null, 2025, { briefDate: "2025-06-01" }),
    severity: "information",
    words: ["instead:(Rutherford, 3d Cir. 2024)."],
    never: ["Supreme Court's Rutherford", "May 28, 2026"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): a nonretroactive change, 2020 (before Thacker), 6th Cir. — no Thacker \"But see\" (the runtime drops the rule's sentence)",
    source: "rules.json: Thacker 2021-07-15",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("6", 2018, { briefDate: "2020-06-01" }),
    severity: "information",
    butSeeNever: ["Thacker"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): rehabilitation alone, Mar. 2024 — the advice names no Rutherford",
    source: "rules.json (compassionate-release-mandatory-minimum): Rutherford (3d Cir.) 2024-11-01, Rutherford v. United States 2026-05-28",
    rule: "compassionate-release-rehabilitation",
    sentence: "---\ndocument: compassionate-release-motion\n---\n\nMr. Diaz's rehabilitation alone is an extraordinary and compelling reason for release.\n",
    settings: S(null, 2025, { briefDate: "2024-03-01" }),
    severity: "warning",
    words: ["instead:a gross disparity from a change in the law."],
    never: ["Rutherford"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): rehabilitation with another reason, June 2025 — Rutherford (3d Cir.), not the Supreme Court's decision",
    source: "rules.json (compassionate-release-mandatory-minimum): Rutherford (3d Cir.) 2024-11-01, Rutherford v. United States 2026-05-28",
    rule: "compassionate-release-rehabilitation",
    sentence: "---\ndocument: compassionate-release-motion\n---\n\nMr. Diaz's rehabilitation is not the sole reason; combined with his mother's incapacity it is extraordinary and compelling.\n",
    settings: S(null, 2025, { briefDate: "2025-06-01" }),
    severity: "information",
    words: ["instead:(Rutherford, 3d Cir. 2024)."],
    never: ["Supreme Court's decision", "unverified here"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): § 2L1.2 policy, no circuit, 2008 (after Kimbrough, before Duarte) — no Duarte or Perez-Frias in the advice or the \"But see\"",
    source: "rules.json: Kimbrough 2007-12-10, Duarte 2009-06-01, Perez-Frias 2011-03-31",
    rule: "reentry-guideline-policy",
    sentence: POLICY,
    settings: S(null, 2008, { sentencingDate: "2008-06-01" }),
    severity: "information",
    words: ["instead:reviewed only for abuse of discretion"],
    never: ["Duarte", "Perez-Frias"],
    butSeeNever: ["But see"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): § 2L1.2 policy, 3d Cir., 2010 (after Duarte, before Perez-Frias) — Duarte alone",
    source: "rules.json: Duarte 2009-06-01, Perez-Frias 2011-03-31",
    rule: "reentry-guideline-policy",
    sentence: POLICY,
    settings: S("3", 2008, { sentencingDate: "2010-06-01" }),
    severity: "information",
    words: ["instead:rarely reversed (Duarte, 5th Cir.).", "butSee:But see United States v. Duarte"],
    never: ["Perez-Frias"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): § 2L1.2 policy, 5th Cir., 2010 — Duarte alone, no Perez-Frias",
    source: "rules.json: Duarte 2009-06-01, Perez-Frias 2011-03-31",
    rule: "reentry-guideline-policy",
    sentence: POLICY,
    settings: S("5", 2008, { sentencingDate: "2010-06-01" }),
    severity: "information",
    lead: "United States v. Duarte",
    words: ["instead:rarely reversed (Duarte, 5th Cir.)."],
    never: ["Perez-Frias"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): COVID risk, 3d Cir., June 2021 (after Raia, before Marcussen) — no \"But see\" (the rule's is Marcussen, Oct. 7, 2021)",
    source: "rules.json: Raia 2020-04-02, Marcussen 2021-10-07",
    rule: "compassionate-release-covid",
    sentence: COVID,
    settings: S("3", 2018, { briefDate: "2021-06-01" }),
    severity: "information",
    lead: "United States v. Raia",
    never: ["Marcussen"],
    butSeeNever: ["But see"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): COVID risk, 3d Cir., Jan. 2022 — Marcussen as the \"But see\" from its day",
    source: "rules.json: Raia 2020-04-02, Marcussen 2021-10-07",
    rule: "compassionate-release-covid",
    sentence: COVID,
    settings: S("3", 2021, { briefDate: "2022-01-10" }),
    severity: "information",
    words: ["butSee:But see United States v. Marcussen"],
  },
  {
    name: "session 26 (audit 14 D4, fallbacks): innocence, no circuit, June 2023 (after Escajeda, before Fernandez) — no \"But see\" (the rule's is Fernandez, June 11, 2024)",
    source: "rules.json: Escajeda 2023-01-17, Fernandez (2d Cir.) 2024-06-11",
    rule: "compassionate-release-innocence",
    sentence: INNOCENT,
    settings: S(null, 2022, { briefDate: "2023-06-01" }),
    severity: "information",
    lead: "United States v. Escajeda",
    never: ["Fernandez"],
    butSeeNever: ["But see"],
  },
  // ---------------------------------------------------------------- legal audit 15
  {
    name: "audit 15 D1: 1st Cir., sentenced June 2003 (before Booker): a departure, never 'vary' or a § 3553(a) variance, and no § 3F1.1 or 2012 DOJ policy",
    source: "Booker, 543 U.S. 220 (Jan. 12, 2005); Banuelos-Rodriguez, 215 F.3d 969 (9th Cir. 2000) (en banc); USSG § 5K3.1 effective Oct. 27, 2003 (Amendment 651; ref/era_2025 deletion note)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("1", 2002, { sentencingDate: "2003-06-01" }),
    severity: "information",
    lead: "United States v. Banuelos-Rodriguez",
    words: ["instead:needed a downward departure", "instead:§ 5K2.0"],
    never: ["VARY", "variance", "3F1.1", "2012", "5K3.1"],
  },
  {
    name: "audit 15 D1: 8th Cir., sentenced June 2004 (after § 5K3.1, before Booker): the early-disposition departure on the government's motion, no variance",
    source: "USSG § 5K3.1 (Oct. 27, 2003, Amendment 651); Booker (Jan. 12, 2005)",
    rule: "fast-track-disparity",
    sentence: FT_DEPART,
    settings: S("8", 2003, { sentencingDate: "2004-06-01" }),
    severity: "information",
    words: ["instead:USSG § 5K3.1", "instead:government's motion"],
    never: ["VARY", "variance", "3F1.1", "2012"],
  },
  {
    name: "audit 15 D1: 11th Cir., sentenced June 2003 (no circuit case yet): departure advice, never a § 3553(a) variance",
    source: "Booker (Jan. 12, 2005); Castro, 455 F.3d 1249 (11th Cir. July 12, 2006)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("11", 2002, { sentencingDate: "2003-06-01" }),
    severity: "information",
    words: ["instead:needed a downward departure"],
    never: ["variance", "3F1.1", "2012", "Castro"],
  },
  {
    name: "audit 15 D1: 10th Cir., sentenced 2016: the post-Booker outcome (Lopez-Macias) is unchanged",
    source: "Lopez-Macias, 661 F.3d 485 (10th Cir. 2011)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("10", 2015, { sentencingDate: "2016-06-01" }),
    severity: "information",
    lead: "United States v. Lopez-Macias",
  },
  {
    name: "audit 15 D2: a § 403 argument at a resentencing of 2021 (before Hewitt, June 26, 2025): not 'Permitted', Hewitt only as what came later",
    source: "First Step Act of 2018, Pub. L. 115-391, § 403(b) (Dec. 21, 2018); Hewitt v. United States, No. 23-1002 (U.S. June 26, 2025) (fd.org/node/7527)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: HEWITT,
    settings: S("7", 2020, { resentencing: true, sentencingDate: "2021-06-01" }),
    severity: "information",
    words: ["not settled by the Supreme Court at the brief's date", "basis:decided later (Hewitt"],
    never: ["Permitted", "But see"],
  },
  {
    name: "audit 15 D2: the same argument at a resentencing of 2003 (before the First Step Act): the statutory-minimum exceptions, no Hewitt",
    source: "18 U.S.C. § 3553(e), (f) (CRS Report R41326); First Step Act (Dec. 21, 2018); Hewitt (June 26, 2025)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: HEWITT,
    settings: S("7", 2002, { resentencing: true, sentencingDate: "2003-06-01" }),
    severity: "information",
    words: ["3553(e)", "3553(f)"],
    never: ["Hewitt", "Permitted"],
  },
  {
    name: "audit 15 D3: 5th Cir., motion of June 2026: the Supreme Court's Rutherford (May 28, 2026), not McMaryion's 'meet (b)(6)'s terms'",
    source: "Rutherford v. United States, No. 24-820 (U.S. May 28, 2026) (landllawgroup; so-ordered podcast; order list 060826zor)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("5", 2025, { briefDate: "2026-06-15", compassionate: true }),
    severity: "information",
    lead: "Rutherford v. United States",
    never: ["McMaryion", "meet its terms"],
  },
  {
    name: "audit 15 D3: 5th Cir., motion of June 2024: McMaryion's outcome before Rutherford is unchanged",
    source: "McMaryion, 64 F.4th 257 (5th Cir. 2023) (withdrawn June 22, 2023) (justia)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("5", 2023, { briefDate: "2024-06-01", compassionate: true }),
    severity: "information",
    words: ["McMaryion"],
    never: ["Rutherford v. United States"],
  },
  {
    name: "audit 15 D4: 8th Cir., sentenced 2013: the advice says every district has had a § 1326 fast-track program since DOJ's policy of Jan. 31, 2012",
    source: "DOJ, Department Policy on Early Disposition or \"Fast-Track\" Programs (Deputy Attorney General Cole, Jan. 31, 2012) (documentine mirror; sentencing.typepad.com, Jan. 2012); Jimenez-Perez (8th Cir. Oct. 18, 2011)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("8", 2012, { sentencingDate: "2013-03-01" }),
    severity: "information",
    lead: "United States v. Jimenez-Perez",
    words: ["instead:Jan. 31, 2012", "instead:met the criteria and was offered the program"],
  },
  {
    name: "audit 15 D4: 8th Cir., sentenced Dec. 2011 (after Jimenez-Perez, before the DOJ policy): no word of the 2012 policy",
    source: "Jimenez-Perez (8th Cir. Oct. 18, 2011); DOJ policy (Jan. 31, 2012)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("8", 2011, { sentencingDate: "2011-12-15" }),
    severity: "information",
    lead: "United States v. Jimenez-Perez",
    never: ["2012", "Cole"],
  },
  {
    name: "audit 15 D4: 9th Cir., sentenced 2016: the warning's advice names the 2012 DOJ policy",
    source: "Gonzalez-Zotelo (9th Cir. 2009); DOJ policy (Jan. 31, 2012)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("9", 2015, { sentencingDate: "2016-06-01" }),
    severity: "warning",
    words: ["instead:Jan. 31, 2012"],
  },
  {
    name: "audit 15 D5: 9th Cir., motion of June 1, 2026 (after Rutherford, before the order list of June 8): no 'confirmed by the Court's order list'",
    source: "Rutherford v. United States, No. 24-820 (U.S. May 28, 2026) (secondary sources); order list of June 8, 2026 (supremecourt.gov 060826zor)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("9", 2025, { briefDate: "2026-06-01", compassionate: true }),
    severity: "information",
    lead: "Rutherford v. United States",
    words: ["reported by secondary sources and not verified here"],
    never: ["order list", "June 8, 2026", "608 U.S."],
  },
  {
    name: "audit 15 D5: 9th Cir., motion of June 15, 2026: the order list is named",
    source: "order list of June 8, 2026 (supremecourt.gov 060826zor)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("9", 2025, { briefDate: "2026-06-15", compassionate: true }),
    severity: "information",
    words: ["order list", "basis:June 8, 2026"],
  },
  {
    name: "audit 15 D5: innocence, 2d Cir., motion of June 1, 2026: Fernandez (U.S.) without the later order list",
    source: "Fernandez, No. 22-3122 (2d Cir. June 11, 2024); Fernandez v. United States, No. 24-556 (U.S. 2026) (secondary); order list of June 8, 2026",
    rule: "compassionate-release-innocence",
    sentence: INNOCENT,
    settings: S("2", 2025, { briefDate: "2026-06-01", compassionate: true }),
    severity: "warning",
    lead: "United States v. Fernandez",
    never: ["order list", "June 8, 2026", "608 U.S."],
  },
  {
    name: "audit 15 D5: innocence, 9th Cir., motion of June 1, 2026: the Supreme Court's Fernandez as reported, without the later order list",
    source: "Fernandez v. United States, No. 24-556 (U.S. 2026) (secondary); order list of June 8, 2026",
    rule: "compassionate-release-innocence",
    sentence: INNOCENT,
    settings: S("9", 2025, { briefDate: "2026-06-01", compassionate: true }),
    severity: "information",
    lead: "Fernandez v. United States",
    never: ["order list", "June 8, 2026", "608 U.S."],
  },
  {
    name: "audit 15 D6: 4th Cir., motion of Jan. 2024 under § 1B1.13(b)(6): the circuits whose precedent rejects such reasons include the 3d (Andrews) and D.C. (Jenkins), not only the 6th/7th/8th",
    source: "Andrews, 12 F.4th 255 (3d Cir. Aug. 30, 2021); Jenkins, 50 F.4th 1185 (D.C. Cir. Oct. 11, 2022); USSG § 1B1.13(b)(6) (Nov. 1, 2023; ref/era_2025)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("4", 2023, { briefDate: "2024-01-15", compassionate: true }),
    severity: "information",
    lead: "USSG § 1B1.13(b)(6)",
    words: ["basis:Andrews, 2021", "basis:Jenkins, 2022"],
    never: ["Rutherford", "Bricker", "Black"],
  },
  // ---------------------------------------------------------------- legal audit 15, open items fixed (session 27)
  {
    name: "audit 15 O1: 2d Cir., motion of June 1, 2021 (a change in the law): the circuit's own Brooker leads, binding, not the Eleventh Circuit's Bryant",
    source: "United States v. Brooker, 976 F.3d 228 (2d Cir. Sept. 25, 2020) (justia 19-3218; Long, 997 F.3d 342 (D.C. Cir. 2021), counting it); Bryant, 996 F.3d 1243 (11th Cir. May 7, 2021)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("2", 2020, { briefDate: "2021-06-01", compassionate: true }),
    severity: "information",
    lead: "United States v. Brooker",
    binding: ["United States v. Brooker"],
    notBinding: ["United States v. Bryant"],
    words: ["In the Second Circuit USSG § 1B1.13 is not applicable to a defendant's own motion", "Binding in the Second Circuit", "instead:under Brooker"],
    never: ["Persuasive in the Second Circuit", "Thacker", "pre-2023"], // the amendment of Nov. 1, 2023 is not named to a brief of June 2021 (audit 15 O4, other forms)
  },
  {
    name: "audit 15 O1: 5th Cir., motion of June 1, 2021: Shkambi (Apr. 7, 2021) leads",
    source: "United States v. Shkambi, 993 F.3d 388 (5th Cir. Apr. 7, 2021) (justia 20-40543: \"the policy statement is inapplicable\")",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("5", 2020, { briefDate: "2021-06-01", compassionate: true }),
    severity: "information",
    lead: "United States v. Shkambi",
    binding: ["United States v. Shkambi"],
    words: ["inapplicable to a defendant's own motion", "Binding in the Fifth Circuit"],
    never: ["Persuasive in the Fifth Circuit"],
  },
  {
    name: "audit 15 O1: 7th Cir., motion of June 1, 2021 (before Thacker, July 15, 2021): Gunn leads, Thacker not named",
    source: "United States v. Gunn, 980 F.3d 1178 (7th Cir. Nov. 20, 2020) (casetext); Thacker, 4 F.4th 569 (7th Cir. July 15, 2021)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("7", 2020, { briefDate: "2021-06-01", compassionate: true }),
    severity: "information",
    lead: "United States v. Gunn",
    binding: ["United States v. Gunn"],
    words: ["not binding on a defendant's own motion"],
    never: ["Thacker", "Persuasive in the Seventh Circuit"],
  },
  {
    name: "audit 15 O1: 9th Cir., motion of June 1, 2021: Aruda (Apr. 8, 2021) leads",
    source: "United States v. Aruda, 993 F.3d 797 (9th Cir. Apr. 8, 2021) (per curiam) (vlex)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("9", 2020, { briefDate: "2021-06-01", compassionate: true }),
    severity: "information",
    lead: "United States v. Aruda",
    binding: ["United States v. Aruda"],
    words: ["not an \"applicable policy statement\" for a defendant's own motion"],
  },
  {
    name: "audit 15 O1: D.C. Cir., motion of June 1, 2021: Long (May 18, 2021) leads",
    source: "United States v. Long, 997 F.3d 342 (D.C. Cir. May 18, 2021) (cetient: \"We, like seven other circuits, hold that this policy statement is not applicable …\")",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("dc", 2020, { briefDate: "2021-06-01", compassionate: true }),
    severity: "information",
    lead: "United States v. Long",
    binding: ["United States v. Long"],
  },
  {
    name: "audit 15 O1: D.C. Cir., motion of May 1, 2021 (before Long): no circuit case, Long not named",
    source: "Long (D.C. Cir. May 18, 2021)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("dc", 2020, { briefDate: "2021-05-01", compassionate: true }),
    severity: "information",
    never: ["Long,", "D.C. Circuit USSG § 1B1.13", "pre-2023"],
  },
  {
    name: "audit 15 O1: 7th Cir., motion of Aug. 1, 2021 (after Thacker): Thacker's warning is unchanged",
    source: "Thacker, 4 F.4th 569 (7th Cir. July 15, 2021)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("7", 2020, { briefDate: "2021-08-01", compassionate: true }),
    severity: "warning",
    lead: "United States v. Thacker",
  },
  {
    name: "audit 15 O1: 2d Cir., a ground § 1B1.13 names (medical) below a minimum, June 2021: unchanged, Brooker not listed",
    source: "Halvon (2d Cir. Feb. 25, 2022) not yet decided; Brooker listed only for a change-in-law argument",
    rule: "compassionate-release-mandatory-minimum",
    sentence: MM,
    settings: S("2", 2020, { briefDate: "2021-06-01", compassionate: true }),
    severity: "information",
    noCite: ["Brooker"],
  },
  {
    name: "audit 15 O3: a departure asked for under the Nov. 1, 2026 Manual: the edition in force is read as the 2025 text, unverified — never 'The Nov. 1, 2025 Manual has no departures' as if it were the brief's",
    source: "src/data/editions.json (2026: carriesTextOf 2025, unverified; 91 Fed. Reg. 24088 (May 4, 2026)); ref/era_2025 (§§ 5K2.0–5K2.24 deleted, Amendment 836)",
    rule: "departure-framing",
    sentence: "Mr. Ruiz asks the Court to depart downward under USSG § 5K2.0 because his family depends on him.",
    settings: S("9", 2026, { sentencingDate: "2026-12-01" }),
    severity: "warning",
    lead: "USSG §§ 5K2.0–5K2.24 [Deleted]",
    words: ["The Manual in force, Nov. 1, 2026, is read here as the Nov. 1, 2025 text", "Heartland has not verified the 2026 text", "basis:Heartland reads the Nov. 1, 2026 Manual as the Nov. 1, 2025 text, unverified"],
    never: ["The Nov. 1, 2025 Manual has no departures"],
  },
  {
    name: "audit 15 O3: the same request under the Nov. 1, 2025 Manual is unchanged",
    source: "ref/era_2025 (§§ 5K2.0–5K2.24 deleted, Amendment 836)",
    rule: "departure-framing",
    sentence: "Mr. Ruiz asks the Court to depart downward under USSG § 5K2.0 because his family depends on him.",
    settings: S("9", 2025, { sentencingDate: "2025-12-01" }),
    severity: "warning",
    words: ["The Nov. 1, 2025 Manual has no departures (§ 5K1.1 and § 3F1.1 remain"],
    never: ["2026"],
  },
  {
    name: "audit 15 O3: a § 2255 motion under the 2026 Manual: the motion's own ground, with the 2026 caveat",
    source: "src/data/editions.json (2026 unverified)",
    rule: "departure-framing",
    sentence: "Mr. Ruiz asks the Court to depart downward under USSG § 5K2.0 because his family depends on him.",
    settings: S("9", 2026, { document: "2255-motion", sentencingDate: "2026-12-01", briefDate: "2027-03-01" }),
    severity: "information",
    words: ["read here as the Nov. 1, 2025 text", "and a § 2255 motion is no occasion for a variance either"],
    never: ["The Nov. 1, 2025 Manual has no departures"],
  },
  {
    name: "audit 15 O2: 5th Cir., motion of May 1, 2023 (before the withdrawal of June 22, 2023): McMaryion as it then stood — no withdrawal, no Jean or Austin, no (b)(6)",
    source: "McMaryion, No. 21-50450 (5th Cir. Mar. 28, 2023) (justia summary; cetient); substituted opinion of June 22, 2023 (casetext mcmaryion-4); USSG § 1B1.13(b)(6) eff. Nov. 1, 2023",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("5", 2022, { briefDate: "2023-05-01", compassionate: true }),
    severity: "information",
    words: ["The Fifth Circuit said on Mar. 28, 2023", "McMaryion"],
    never: ["withdrawn", "June 22, 2023", "Jean", "Austin", "(b)(6)"],
  },
  {
    name: "audit 15 O2: 5th Cir., motion of Jan. 15, 2024: withdrawn and substituted, (b)(6) in force, but no Jean (July 15, 2024) or Austin (2025)",
    source: "casetext mcmaryion-4 (June 22, 2023); Jean, 108 F.4th 275 (5th Cir. July 15, 2024) (casetext jean-45); Austin, 125 F.4th 688 (5th Cir. 2025) (klfirm)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("5", 2023, { briefDate: "2024-01-15", compassionate: true }),
    severity: "information",
    words: ["was withdrawn on June 22, 2023", "instead:meet its terms"],
    never: ["Jean", "Austin", "Later:"],
  },
  {
    name: "audit 15 O2: 5th Cir., motion of Sept. 1, 2024: Jean (July 15, 2024) named, Austin (2025) not",
    source: "Jean, 108 F.4th 275 (5th Cir. July 15, 2024) (casetext jean-45); Austin (5th Cir. 2025)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("5", 2023, { briefDate: "2024-09-01", compassionate: true }),
    severity: "information",
    words: ["basis:Jean, 108 F.4th 275 (5th Cir. July 15, 2024)"],
    never: ["Austin", "Later:"],
  },
  {
    name: "audit 15 O2: 5th Cir., motion of June 1, 2025: Austin as a 2025 decision whose day is not verified — check whether it came by the brief's date",
    source: "Austin, 125 F.4th 688 (5th Cir. 2025) (klfirm; casemine): day not found in Heartland's sources",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("5", 2024, { briefDate: "2025-06-01", compassionate: true }),
    severity: "information",
    words: ["basis:decided in 2025 on a day Heartland has not verified", "basis:check whether it was decided by the brief's date", "instead:if it was decided by the brief's date, Austin"],
    never: ["Later:"],
  },
  {
    name: "audit 15 O4: reentry motive, 2d Cir., sentenced June 2007: no word that the lesser-harm departure 'no longer exists from Nov. 1, 2025'",
    source: "ref/era_2025 (§§ 5K2.0–5K2.24 deleted Nov. 1, 2025, Amendment 836); Leiva-Deras (2d Cir. 2004)",
    rule: "reentry-motive",
    sentence: "Mr. Flores asks the Court to vary downward because he returned to the United States to escape gang members who had threatened to kill him.",
    settings: S("2", 2006, { sentencingDate: "2007-06-01" }),
    severity: "information",
    words: ["instead:present it as a § 3553(a)(1) variance"],
    never: ["2025", "no longer exists"],
  },
  {
    name: "audit 15 O4: reentry motive, 2d Cir., sentenced Dec. 2025: the lesser-harm departure's deletion is said",
    source: "ref/era_2025 (§ 5K2.11 deleted Nov. 1, 2025, Amendment 836)",
    rule: "reentry-motive",
    sentence: "Mr. Flores asks the Court to vary downward because he returned to the United States to escape gang members who had threatened to kill him.",
    settings: S("2", 2025, { sentencingDate: "2025-12-01" }),
    severity: "information",
    words: ["instead:no longer exists from Nov. 1, 2025"],
  },
  {
    name: "audit 15 O4: deportable alien, 8th Cir., sentenced June 2016: no FSA time credits 'since Dec. 21, 2018' in the advice",
    source: "First Step Act of 2018, Pub. L. 115-391 (Dec. 21, 2018), 18 U.S.C. § 3632(d)(4)(E)",
    rule: "deportable-alien-status",
    sentence: "Because Mr. Soto is a deportable alien, he will serve his sentence under harsher conditions, and he asks the Court to depart downward on that basis.",
    settings: S("8", 2015, { sentencingDate: "2016-06-01" }),
    severity: "information",
    words: ["instead:no drug-program early release, a detainer)"],
    never: ["First Step Act", "FSA", "2018"],
  },
  {
    name: "audit 15 O4: deportable alien, 8th Cir., sentenced June 2019: the FSA credits are named",
    source: "First Step Act (Dec. 21, 2018), 18 U.S.C. § 3632(d)(4)(E)",
    rule: "deportable-alien-status",
    sentence: "Because Mr. Soto is a deportable alien, he will serve his sentence under harsher conditions, and he asks the Court to depart downward on that basis.",
    settings: S("8", 2018, { sentencingDate: "2019-06-01" }),
    severity: "information",
    words: ["instead:no FSA time credits"],
  },
  {
    name: "audit 15 O4: minor prior, 1st Cir., sentenced June 2007 (2006 Manual): no list of the 2008–2025 notes or the 2025 Manual",
    source: "ref/era_2008_2015 (n.7 from Nov. 1, 2008), ref/era_2016 (n.5), ref/era_2025 (Amendment 836)",
    rule: "prior-conviction-seriousness",
    sentence: "The Court should depart downward because the sixteen-level enhancement overstates the seriousness of Mr. Garcia's 1998 conviction for selling $20 of marijuana.",
    settings: S("1", 2006, { sentencingDate: "2007-06-01" }),
    severity: "information",
    words: ["instead:Manuals from Nov. 1, 2001 in the Second Circuit: Leiva-Deras and Stultz bar the departure"],
    never: ["2008", "2015", "2016", "2018", "2024", "2025", "n.6", "n.7"],
  },
  // ------------------------------------ audit 15 O4, other forms (session 28, law28): dates later than the brief outside the from/until pattern
  {
    name: "O4 other forms: 9th Cir., resentencing of June 2003 (2002 Manual): § 5K2.19 is cited as in force — no 'deleted Nov. 1, 2012' in the message or the citation",
    source: "ref/era_2016 and ref/era_2025 (§ 5K2.19 historical note: effective Nov. 1, 2000, Amendment 602; deleted effective Nov. 1, 2012, Amendment 768)",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB_RESENT,
    settings: S("9", 2002, { briefDate: "2003-06-01", resentencing: true }),
    severity: "warning",
    lead: "USSG § 5K2.19",
    binding: ["USSG § 5K2.19"],
    words: ["barred by USSG § 5K2.19 (Nov. 1, 2000, Amendment 602) — USSG § 5K2.19. Binding in every federal court."],
    never: ["2012", "deleted", "768"],
    noCite: ["deleted", "2012", "768"],
  },
  {
    name: "O4 other forms: 2d Cir., resentencing of June 2007 (2006 Manual): Pepper is told as later law, § 5K2.19's deletion (Nov. 1, 2012) is not",
    source: "ref/era_2016 (§ 5K2.19 deleted effective Nov. 1, 2012, Amendment 768); Pepper v. United States, 562 U.S. 476 (Mar. 2, 2011)",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB_RESENT,
    settings: S("2", 2006, { briefDate: "2007-06-01", resentencing: true }),
    severity: "information",
    words: ["basis:Pepper v. United States (Mar. 2, 2011) later let a resentencing court consider post-sentencing rehabilitation."],
    never: ["2012", "deleted", "768"],
    noCite: ["deleted", "2012"],
  },
  {
    name: "O4 other forms: 9th Cir., resentencing of Dec. 2012 under the 2011 Manual: § 5K2.19 is cited with its deletion (Nov. 1, 2012, Amendment 768), and binds no court after Pepper (legal audit of session 33, pu-009, pu-023, pu-047)",
    source: "ref/era_2016 (§ 5K2.19 deleted effective Nov. 1, 2012, Amendment 768); Pepper v. United States, 562 U.S. 476 (Mar. 2, 2011)",
    rule: "post-sentencing-rehabilitation",
    sentence: REHAB_RESENT,
    settings: S("9", 2011, { briefDate: "2012-12-01", resentencing: true }),
    severity: "information",
    lead: "Pepper v. United States",
    binding: ["Pepper v. United States"],
    notBinding: ["USSG § 5K2.19 (deleted Nov. 1, 2012, Amendment 768)"],
  },
  {
    name: "O4 other forms: a sentencing of June 2019 below a minimum: the safety valve as the First Step Act left it, without the CRS report's update of July 5, 2022",
    source: "First Step Act of 2018 (Dec. 21, 2018); CRS Report R41326, updated July 5, 2022 (rules.json sources; no earlier post-Act version read)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: "---\ndocument: sentencing-memorandum\n---\n\n# Defendant's Sentencing Memorandum\n\nThe Court should impose a sentence below the 60-month mandatory minimum because the minimum is far greater than necessary.\n",
    settings: S("9", 2018, { document: "sentencing-memorandum", sentencingDate: "2019-06-01" }),
    severity: "information",
    words: ["basis:since the First Step Act of Dec. 21, 2018 also Maritime Drug Law Enforcement Act offenses, with a broader criminal-history criterion)."],
    never: ["July 5, 2022", "R41326", "Congressional Research Service"],
  },
  {
    name: "O4 other forms: a sentencing of June 2023 below a minimum: the CRS report as updated July 5, 2022 is cited",
    source: "CRS Report R41326, updated July 5, 2022 (rules.json sources)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: "---\ndocument: sentencing-memorandum\n---\n\n# Defendant's Sentencing Memorandum\n\nThe Court should impose a sentence below the 60-month mandatory minimum because the minimum is far greater than necessary.\n",
    settings: S("9", 2022, { document: "sentencing-memorandum", sentencingDate: "2023-06-01" }),
    severity: "information",
    words: ["basis:(Congressional Research Service, Report R41326, updated July 5, 2022)."],
  },
  {
    name: "O4 other forms: 11th Cir., family motion of May 6, 2021 (the day before Bryant): no Bryant, no 'governed defendants' motions', no 'pre-2023'",
    source: "United States v. Bryant, 996 F.3d 1243 (11th Cir. May 7, 2021) (rules.json holdings: casetext, cetient); the outcome requires Bryant",
    rule: "compassionate-release-family",
    sentence: CR_C,
    settings: S("11", 2020, { briefDate: "2021-05-06", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    words: ["in the Eleventh Circuit at the brief's date is circuit law Heartland has not verified"],
    never: ["Bryant", "governed defendants' motions", "pre-2023", "Nov. 1, 2023"],
    noCite: ["Bryant"],
  },
  {
    name: "O4 other forms: 11th Cir., family motion of June 2021: Bryant binds; § 1B1.13 as it then stood, not 'the pre-2023 § 1B1.13'",
    source: "United States v. Bryant, 996 F.3d 1243 (11th Cir. May 7, 2021); USSG § 1B1.13 as amended Nov. 1, 2023 (Amendment 814) came later",
    rule: "compassionate-release-family",
    sentence: CR_C,
    settings: S("11", 2020, { briefDate: "2021-06-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "warning",
    lead: "United States v. Bryant",
    binding: ["United States v. Bryant"],
    words: ["In the Eleventh Circuit § 1B1.13 binds on a defendant's motion", "basis:Binding in the Eleventh Circuit: § 1B1.13 governed defendants' motions (Bryant)", "instead:Under the policy statement in the Eleventh Circuit"],
    never: ["pre-2023", "Nov. 1, 2023"],
  },
  {
    name: "O4 other forms: 3d Cir., family motion of Dec. 2021: the circuits' holdings on § 1B1.13 as a dated list, with no 'pre-2023' in the list or the advice",
    source: "Andrews, 12 F.4th 255 (3d Cir. Aug. 30, 2021); Amendment 814 (Nov. 1, 2023)",
    rule: "compassionate-release-family",
    sentence: CR_C,
    settings: S("3", 2021, { briefDate: "2021-12-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    lead: "United States v. Andrews",
    words: ["basis:Circuit law on § 1B1.13, each decision only from its date", "instead:Under the law at the brief's date argue the circumstances"],
    never: ["pre-2023", "Nov. 1, 2023"],
  },
  {
    name: "O4 other forms: 2d Cir., motion of June 2020 below a minimum (no change in the law): neither Halvon (Feb. 25, 2022) nor Brooker (Sept. 25, 2020) is cited",
    source: "United States v. Brooker, 976 F.3d 228 (2d Cir. Sept. 25, 2020); United States v. Halvon, 26 F.4th 566 (2d Cir. Feb. 25, 2022) (rules.json holdings); the outcome requires Halvon",
    rule: "compassionate-release-mandatory-minimum",
    sentence: MM,
    settings: S("2", 2019, { briefDate: "2020-06-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    never: ["Brooker", "Halvon", "pre-2023"],
    noCite: ["Brooker", "Halvon"],
  },
  {
    name: "O4 other forms: 2d Cir., motion of June 2022 below a minimum: Halvon allows it; the advice cites Brooker for § 1B1.13 as it then stood, not 'the pre-2023 § 1B1.13'",
    source: "Halvon (2d Cir. Feb. 25, 2022); Brooker (2d Cir. Sept. 25, 2020); Amendment 814 (Nov. 1, 2023)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: MM,
    settings: S("2", 2021, { briefDate: "2022-06-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    lead: "United States v. Halvon",
    words: ["instead:in the Second Circuit, any extraordinary and compelling reason: a defendant's motion is not bound by § 1B1.13, United States v. Brooker, 976 F.3d 228 (2d Cir. 2020)"],
    never: ["pre-2023", "Nov. 1, 2023"],
  },
  {
    name: "O4 other forms: 2d Cir., motion of June 2024 below a minimum: after the amendment the advice says 'the pre-2023 § 1B1.13' and 'before Nov. 1, 2023'",
    source: "Halvon; Brooker; USSG § 1B1.13 as amended Nov. 1, 2023 (Amendment 814)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: MM,
    settings: S("2", 2023, { briefDate: "2024-06-01", compassionate: true, document: "compassionate-release-motion" }),
    severity: "information",
    lead: "United States v. Halvon",
    words: ["instead:in the Second Circuit before Nov. 1, 2023, any extraordinary and compelling reason: a defendant's motion was not bound by the pre-2023 § 1B1.13, United States v. Brooker"],
  },
  {
    name: "O4 other forms: 9th Cir., Rule 35 motion of June 2001: Rule 35(b)'s words are said to be quoted from the rule as amended Dec. 1, 2002, its earlier text unverified",
    source: "src/data/court-rules.json (no verified text of Rule 35 before Dec. 1, 2002 but the words of 35(c)); ../shared/reference holds no Rule 35 text",
    rule: "departure-after-sentencing",
    sentence: REHAB_DEPART,
    settings: S("9", 2000, { briefDate: "2001-06-01", document: "rule-35-motion" }),
    // a defendant's own Rule 35 motion on a sentencing ground is foreclosed by the rule's text and § 3582(c) (legal audits 37a, 37b)
    severity: "warning",
    words: ["Rule 35(b) reduces a sentence only \"[u]pon the government's motion\"", "basis:Rule 35(b)'s words are quoted from the rule as amended Dec. 1, 2002; Heartland has no verified text of Rule 35(b) as in force before that day."],
  },
  {
    name: "O4 other forms: 9th Cir., Rule 35 motion of June 2007: no note on Rule 35(b)'s earlier text",
    source: "Fed. R. Crim. P. 35(b) as amended Dec. 1, 2002",
    rule: "departure-after-sentencing",
    sentence: REHAB_DEPART,
    settings: S("9", 2006, { briefDate: "2007-06-01", document: "rule-35-motion" }),
    // a defendant's own Rule 35 motion on a sentencing ground is foreclosed by the rule's text and § 3582(c) (legal audits 37a, 37b)
    severity: "warning",
    never: ["no verified text of Rule 35(b)", "as amended Dec. 1, 2002"],
  },
  {
    name: "O4 other forms: Rule 35(b) motion of June 2001 below a minimum: the Rule 35(b)(4) quotation is marked as the rule of Dec. 1, 2002, the earlier text unverified",
    source: "src/data/court-rules.json; Fed. R. Crim. P. 35(b)(4) as amended Dec. 1, 2002 (casetext)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: MM_RULE35,
    settings: S("9", 2000, { briefDate: "2001-06-01", document: "rule-35-motion" }),
    severity: "information",
    lead: "Fed. R. Crim. P. 35(b)(4)",
    words: ["basis:Heartland has no verified text of Rule 35(b) as in force before that day."],
  },
  // ---------------------------------------------------------------- legal audit 16
  {
    name: "audit 16 F1: 4th Cir., sentenced June 2008 (after Kimbrough, Dec. 10, 2007): Perez-Pena still leads, but as decided before Kimbrough, its survival unverified, and the way forward argues Kimbrough; the basis no longer calls the 9th Circuit's cases 'Binding circuit precedent'",
    source: "ref holdings.json P01: Perez-Pena 'Pre-Kimbrough; later 4th Cir. treatment after Kimbrough was not verified'; Kimbrough, 552 U.S. 85 (Dec. 10, 2007)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("4", 2007, { sentencingDate: "2008-06-01" }),
    severity: "warning",
    lead: "United States v. Perez-Pena",
    binding: ["United States v. Perez-Pena"],
    notBinding: ["United States v. Banuelos-Rodriguez"],
    words: ["decided before Kimbrough v. United States, 552 U.S. 85 (2007)", "basis:no later Fourth Circuit decision on whether Perez-Pena survives Kimbrough", "instead:argue that Kimbrough lets the court weigh the disparity"],
    never: ["Binding circuit precedent rejects", "Vega-Castillo", "Gonzalez-Zotelo"],
  },
  {
    name: "audit 16 F1: 4th Cir., sentencing in Dec. 2026: the same Kimbrough caveat and advice (with the 2012 DOJ policy and § 3F1.1)",
    source: "ref holdings.json P01 (Perez-Pena status note); doj_fast_track_2012",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("4", 2025, { sentencingDate: "2026-12-06" }),
    severity: "warning",
    lead: "United States v. Perez-Pena",
    words: ["decided before Kimbrough", "basis:survives Kimbrough", "instead:argue that Kimbrough", "instead:every district has a fast-track program", "basis:reaffirmed after Kimbrough by Gonzalez-Zotelo"],
    never: ["Binding circuit precedent rejects"],
  },
  {
    name: "audit 16 F1: 4th Cir., sentenced Mar. 2007 (before Kimbrough): unchanged — no Kimbrough caveat",
    source: "Perez-Pena (June 30, 2006); Kimbrough (Dec. 10, 2007)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("4", 2006, { sentencingDate: "2007-03-01" }),
    severity: "warning",
    lead: "United States v. Perez-Pena",
    never: ["Kimbrough"],
  },
  {
    name: "audit 16 F2: 11th Cir. fast-track variance, Dec. 2026: the basis lists the 9th and 4th Circuits' cases beside Vega-Castillo, and no longer calls them all 'Binding circuit precedent'",
    source: "ref holdings.json P01 binding_in (each case binds only in its own circuit)",
    rule: "fast-track-disparity",
    sentence: FT_VARY,
    settings: S("11", 2025, { sentencingDate: "2026-12-06" }),
    severity: "warning",
    lead: "United States v. Vega-Castillo",
    binding: ["United States v. Vega-Castillo"],
    notBinding: ["United States v. Banuelos-Rodriguez", "United States v. Perez-Pena"],
    words: ["basis:Circuit precedent, binding only in the circuit that decided it, rejects"],
    never: ["Binding circuit precedent"],
  },
  {
    name: "audit 16 F2: 2d Cir. deportable-alien departure, 2003: Restrepo binds; Martinez-Ramos (9th) and Gonzalez-Portillo (7th) are not called binding circuit precedent",
    source: "ref holdings.json P06 binding_in",
    rule: "deportable-alien-status",
    sentence: ALIEN,
    settings: S("2", 2002, { sentencingDate: "2003-06-01" }),
    severity: "warning",
    binding: ["United States v. Restrepo"],
    words: ["basis:binding only in the circuit that decided it"],
    never: ["Binding circuit precedent"],
  },
  {
    name: "audit 16 F2: 7th Cir. § 924(c) stacking motion, 2022: Thacker binds; Hunter (6th) and Crandall (8th) are not called binding circuit precedent",
    source: "ref holdings.json P15 binding_in (Thacker 7th; Hunter 6th; Crandall 8th)",
    rule: "compassionate-release-mandatory-minimum",
    sentence: STACK,
    settings: S("7", 2021, { briefDate: "2022-06-01", document: "compassionate-release-motion" }),
    severity: "warning",
    binding: ["United States v. Thacker"],
    words: ["basis:binding only in the circuit that decided it"],
    never: ["Binding circuit precedent"],
  },
];

function findingOf(row: Row): Finding | undefined {
  const all = analyzeBrief(row.sentence, row.settings);
  return all.find((f) => f.rule === row.rule);
}

function field(f: Finding, w: string): [string, string] {
  for (const k of ["basis", "instead", "butSee"] as const) if (w.startsWith(k + ":")) return [f[k], w.slice(k.length + 1)];
  return [f.message, w];
}

describe("legal truth table (issue 15; issue 10: findings true to the date)", () => {
  for (const row of ROWS) {
    it(`${row.rule}: ${row.name} [${row.source}]`, () => {
      const f = findingOf(row);
      if (row.severity === undefined) {
        assert.equal(f, undefined, f ? `${f.severity}: ${f.message}` : "");
        return;
      }
      assert.ok(f, `no ${row.rule} finding for: ${row.sentence}`);
      assert.equal(f.severity, row.severity, f.message);
      const binding = f.authorities.filter((a) => a.binding).map((a) => a.cite);
      for (const b of row.binding ?? []) assert.ok(binding.some((c) => c.startsWith(b)), `${b} not binding in ${JSON.stringify(binding)}`);
      for (const b of row.notBinding ?? []) {
        const a: AuthorityRef | undefined = f.authorities.find((x) => x.cite.startsWith(b));
        assert.ok(a, `${b} missing`);
        assert.equal(a.binding, false, b);
      }
      if (row.lead) assert.ok(f.authorities[0]?.cite.startsWith(row.lead), `lead ${f.authorities[0]?.cite}`);
      for (const w of row.words ?? []) {
        const [text, word] = field(f, w);
        assert.ok(text.includes(word), `"${word}" not in: ${text}`);
      }
      for (const w of row.never ?? []) for (const text of [f.message, f.basis, f.instead, f.butSee]) assert.ok(!text.includes(w), `"${w}" in: ${text}`);
      for (const w of row.noCite ?? []) for (const a of f.authorities) assert.ok(!a.cite.includes(w), `cites ${a.cite}`);
      for (const w of row.butSeeNever ?? []) assert.ok(!f.butSee.includes(w), `"${w}" in the But-see: ${f.butSee}`);
    });
  }

  it("no finding uses an authority against the movant that supports the movant", () => {
    for (const row of ROWS) {
      const f = findingOf(row);
      if (!f) continue;
      // a warning's lead never permits the argument
      if (f.severity === "warning") assert.notEqual(f.authorities[0]?.effect, "permits", `${row.name}: ${f.authorities[0]?.cite}`);
      // "But see" names no authority that permits the argument in this finding
      if (f.butSee.startsWith("But see")) {
        for (const a of f.authorities.filter((x) => x.effect === "permits")) {
          const name = a.cite.split(",")[0];
          assert.ok(!f.butSee.includes(name), `${row.name}: But see cites ${name}, which permits the argument`);
        }
      }
    }
  });

  it("every truth-table row names a source, and every rule has rows", () => {
    const rules = new Set(ROWS.map((r) => r.rule));
    for (const id of ["compassionate-release-family", "deportable-alien-status", "prior-conviction-seriousness", "fast-track-disparity", "revocation-sentence", "compassionate-release-mandatory-minimum", "post-sentencing-rehabilitation", "departure-after-sentencing"])
      assert.ok(rules.has(id as RuleId), id);
    for (const r of ROWS) assert.ok(r.source.length > 5, r.name);
  });
});

describe("the audit's data points (issue 15, items 8–11)", () => {
  const all = (id: RuleId) => {
    const r = ruleData(id);
    return [...r.holdings, ...(r.guidelineText ?? [])];
  };
  it("item 9: Stultz — the prior was 16 years old (now read in the opinion); not 'committed at age 16'", () => {
    const stultz = all("prior-conviction-seriousness").find((h) => h.authority === "stultz")!;
    assert.ok(stultz.statusNote?.includes("this prior conviction was 16 years old") && !stultz.statusNote.includes("Not verified"), stultz.statusNote);
    assert.ok(!stultz.holding.includes("age 16"));
  });
  it("item 11: Trenkler did not address minimums; Avalos Banderas is verified with its pins (seeds/004)", () => {
    const trenkler = all("compassionate-release-mandatory-minimum").find((h) => h.authority === "trenkler")!;
    assert.notEqual(trenkler.effect, "permits");
    assert.ok(trenkler.holding.includes("did not address"));
    const ab = all("compassionate-release-family").find((h) => h.authority === "avalos_banderas")!;
    assert.equal(ab.verified, true);
    assert.equal(ab.pinVerified, true);
  });
  it("item 11: pins the seed opinions quote are verified and shown", () => {
    const f = analyzeBrief(MM, S("2", 2025, {}));
    assert.deepEqual(f.map((x) => x.severity), ["information"]); // Halvon allows it in the 2d Cir.: said, with the pin
    assert.equal(f[0].authorities[0].cite, "United States v. Halvon, 26 F.4th 566, 570 (2d Cir. 2022) (per curiam)");
    const g = analyzeBrief(MM, S("9", 2025));
    const halvon = g[0].authorities.find((a) => a.cite.startsWith("United States v. Halvon"))!;
    assert.equal(halvon.cite, "United States v. Halvon, 26 F.4th 566, 570 (2d Cir. 2022) (per curiam)");
    assert.equal(halvon.pinVerified, true);
    for (const a of g[0].authorities) assert.ok(!a.cite.includes("pin cite not verified") || !a.pinVerified, a.cite);
  });
  it("item 10: Rule 35(b)(4) goes below a statutory minimum — said in a Rule 35(b) finding, not in a § 3582(c)(1)(A) one", () => {
    const r = ruleData("compassionate-release-mandatory-minimum");
    assert.ok(!r.instead.includes("Rule 35"), r.instead);
    const o = r.outcomes.find((x) => x.vehicle === "rule-35")!;
    assert.ok(o.instead?.includes("Rule 35(b)(4)") && o.message?.includes("Fed. R. Crim. P. 35(b)(4)"));
    assert.equal([...r.holdings, ...(r.guidelineText ?? [])].find((h) => h.cite.startsWith("Fed. R. Crim. P. 35(b)(4)"))?.vehicle, "rule-35");
    for (const o of r.outcomes) if (o.vehicle !== "rule-35") assert.ok(!(o.instead ?? "").includes("Rule 35") && !(o.message ?? "").includes("Rule 35") && !o.basis.includes("Rule 35"), o.basis);
  });
  it("item 2: the 2025 § 2L1.2 n.5 is quoted verbatim from the 2025 Manual, with its number as printed", () => {
    const n5 = all("prior-conviction-seriousness").find((h) => h.cite === "USSG § 2L1.2, comment. (n.5) (Nov. 1, 2025)")!;
    assert.ok(n5.text?.startsWith("5. Cases in Which the Criminal Conduct Underlying a Prior Conviction Occurred Both Before and After the Defendant Was First Ordered Deported or Ordered Removed.—"), n5.text);
    assert.ok(n5.holding.includes("\"There may be cases in which the criminal conduct underlying a prior conviction occurred both before and after the defendant was ordered deported or ordered removed from the United States for the first time. For purposes of subsections (b)(2) and (b)(3), count such a conviction only under subsection (b)(2).\""));
    assert.deepEqual(n5.editions, [2025, 2099]);
    const n6 = all("prior-conviction-seriousness").find((h) => h.cite.startsWith("USSG § 2L1.2, comment. (n.6)"))!;
    assert.ok(!n6.holding.includes("convictions sustained"), n6.holding);
  });
  it("item 3: § 1B1.13(b)(3)(D) is quoted verbatim (2025 Manual), with its 'similar in kind' clause", () => {
    const d = all("compassionate-release-family").find((h) => h.cite.startsWith("USSG § 1B1.13(b)(3)(D)"))!;
    assert.equal(d.verified, true);
    assert.ok(d.text?.includes("an individual whose relationship with the defendant is similar in kind to that of an immediate family member, when the defendant would be the only available caregiver for such family member or individual"));
    assert.ok(d.text?.includes("as well as a grandchild, grandparent, or sibling of the defendant"));
  });
  it("item 8: no advice names n.5 as the 2018+ seriousness note", () => {
    const i = ruleData("prior-conviction-seriousness").instead;
    assert.ok(i.includes("n.6 (2018–2024)"), i);
  });
  it("item 7: the rehabilitation advice states (b)(6)'s conditions and the Third Circuit's holding", () => {
    const i = ruleData("compassionate-release-rehabilitation").instead;
    assert.ok(i.includes("ten years served") && i.includes("Third Circuit"), i);
  });
});

describe("facts: offense, vehicle, §1B1.13(b)(3) ground", () => {
  it("classifies the offense from front matter", () => {
    assert.deepEqual(classifyOffense("21 U.S.C. § 846"), { kind: "other", cite: "21 U.S.C. § 846", from: "front matter" });
    assert.equal(classifyOffense("8 U.S.C. § 1326(b)(2)")?.kind, "1326");
    assert.equal(classifyOffense("1326(a)")?.kind, "1326");
    assert.equal(classifyOffense("illegal reentry")?.kind, "1326");
    assert.equal(classifyOffense("  "), null);
  });
  it("reads the offense of conviction from the brief's text", () => {
    assert.equal(offenseFromText("Mr. Ortega pleaded guilty to conspiracy to distribute methamphetamine, in violation of 21 U.S.C. § 846.")?.cite, "21 U.S.C. § 846");
    assert.equal(offenseFromText("He pled guilty to illegal reentry after removal.")?.kind, "1326");
    // the offense the phrase names first, not a statute a later sentence cites; an offense named in words (legal audit 36a: pq-008, pr-035)
    assert.equal(offenseFromText("Mr. Marroquín pleaded guilty to illegal reentry. JA 21. He would be excluded from residential reentry centers under 18 U.S.C. § 3624(c).")?.kind, "1326");
    const worded = offenseFromText("Mr. Zelaya pleaded guilty to conspiracy to distribute cocaine. The district court calculated a range of 57–71 months.");
    assert.equal(worded?.kind, "other");
    assert.equal(worded?.cite, "conspiracy to distribute cocaine");
    assert.equal(offenseFromText("He was convicted of violating 8 U.S.C. § 1326(a) and (b)(2).")?.kind, "1326");
    assert.equal(offenseFromText("The statute is 21 U.S.C. § 846."), null); // no conviction phrase
    // a motion after judgment names the sentence this Court imposed and its offense in words (legal audit of session 32,
    // ps-022: Martinez-Ramos, a § 1326 holding, had been applied to a methamphetamine case)
    assert.deepEqual(offenseFromText("1. On February 11, 2003 this Court sentenced me to 87 months for possession with intent to distribute methamphetamine. I did not appeal."), { kind: "other", cite: "possession with intent to distribute methamphetamine", from: "text" });
    assert.equal(offenseFromText("On April 30, 2007 this Court sentenced defendant to 63 months for Reentry After Deportation, 8 U.S.C. § 1326.")?.kind, "1326");
    assert.equal(offenseFromText("Mr. Montaño-Ruiz pleaded guilty without a plea agreement to being found in the United States after deportation, 8 U.S.C. § 1326.")?.kind, "1326");
    // words only after "this Court sentenced": a prior's offense named in words is no offense of conviction
    assert.equal(offenseFromText("In 2009 the state court sentenced him to 3 years for possession with intent to distribute cocaine."), null);
    assert.equal(offenseFromText("On May 2, 2011 this Court sentenced him to 46 months."), null);
  });
  it("reads the vehicle: resentencing after vacatur or remand", () => {
    assert.equal(resentencingOf({ document: "resentencing-memorandum" }, ""), true);
    assert.equal(resentencingOf({}, "The Court of Appeals vacated the sentence and remanded for resentencing."), true);
    assert.equal(resentencingOf({}, "He asks for a reduction of his final sentence."), false);
    assert.equal(resentencingOf({ document: "compassionate-release-motion" }, "resentencing after the sentence was vacated"), false);
  });
  it("names the §1B1.13(b)(3) ground", () => {
    assert.equal(familyGroundOf(CR_A), "A");
    assert.equal(familyGroundOf(CR_B), "B");
    assert.equal(familyGroundOf(CR_C), "C");
    assert.equal(familyGroundOf("He moves for release because his brother is incapacitated and he is the only available caregiver."), "D");
    assert.equal(familyGroundOf(CR_D_GRANDPARENT), "D");
    assert.equal(familyGroundOf(CR_D_PARTNER), "D");
    assert.equal(familyGroundOf(CR_D_GRANDCHILD), "D");
    assert.equal(familyGroundOf(CR_D_SIBLING), "D");
    assert.equal(familyGroundOf("He asks for release because his step mother is incapacitated and he is the only available caregiver."), "D");
    assert.equal(familyGroundOf("He asks for release because his registered partner is incapacitated and he is the only available caregiver."), "B");
    assert.equal(familyGroundOf("He asks for release because his mother, who raised him, is incapacitated and he is her only caregiver."), "C");
    // the only caregiver of a named relative: the ground, even without a word for the incapacity (the finding says what to prove)
    assert.equal(familyGroundOf("He asks for release because he is the only available caregiver for his grandfather."), "D");
    // conditions that incapacitate, named by the disease
    assert.equal(familyGroundOf("His father suffers from advanced Parkinson's disease, and he is the only person who can care for him."), "C");
    assert.equal(familyGroundOf("His wife has multiple sclerosis and cannot walk."), "B");
    assert.equal(familyGroundOf(CR_GENERAL), "general");
    assert.equal(familyGroundOf("His children miss him and his wife works two jobs."), "general");
  });
  it("reads the vehicle: a Rule 35(b) reduction, never a compassionate-release motion", async () => {
    const { rule35Of } = await import("../../src/core/precedent/facts");
    assert.equal(rule35Of("he asks the court to reduce his sentence below the minimum under rule 35(b)."), true);
    assert.equal(rule35Of("he asks the court to reduce his sentence below the minimum.", "rule-35-motion"), true);
    assert.equal(rule35Of("he asks the court to reduce his sentence below the minimum.", "compassionate-release-motion"), false);
    assert.equal(rule35Of("unlike a rule 35(b) motion, a motion under § 3582(c)(1)(a) may be filed by the defendant, and he asks for a reduction below the minimum."), false);
  });
});

describe("the hover names the facts the finding turned on", () => {
  it("offense, vehicle, ground and the date authorities are cited by", async () => {
    const { explainFinding } = await import("../../src/core/precedent/explainFinding");
    const [f] = analyzeBrief(CR_A, S("8", 2024, { offense: "21 U.S.C. § 846" }));
    const text = explainFinding(f);
    assert.ok(text.includes("*Facts read from the brief:* offense not § 1326; not a resentencing; ground: § 1B1.13(b)(3)(A) (caregiver of a minor child); authorities decided by 2025-10-31"), text);
  });
});

describe("facts: the offense of conviction, not a prior", () => {
  it("skips a prior conviction and prefers § 1326 when the brief names it as the offense", () => {
    assert.equal(
      offenseFromText("In 2005 he pleaded guilty to possession with intent to distribute, 21 U.S.C. § 841(a)(1).\n\nMr. Soto pleaded guilty to illegal reentry, 8 U.S.C. § 1326(a).")?.kind,
      "1326",
    );
    assert.equal(offenseFromText("His prior conviction was under 21 U.S.C. § 841. He later pled guilty to reentry after removal in violation of 8 U.S.C. § 1326.")?.kind, "1326");
    assert.equal(offenseFromText("Mr. Ortega comes before the Court for sentencing on one count of conspiracy, 21 U.S.C. § 846.")?.cite, "21 U.S.C. § 846");
  });
});

describe("facts: dated pleas", () => {
  it("a dated plea to the instant offense is the offense; a reentry brief's earlier drug plea does not hide § 1326", () => {
    assert.equal(offenseFromText("On March 3, 2024, Mr. Ortega pleaded guilty to conspiracy to distribute methamphetamine, 21 U.S.C. § 846.")?.cite, "21 U.S.C. § 846");
    assert.equal(
      offenseFromText("In 2005 he pleaded guilty to possession with intent to distribute, 21 U.S.C. § 841(a)(1), and was removed.\n\nIn 2024 he pleaded guilty to illegal reentry.")?.kind,
      "1326",
    );
  });
});

describe("facts: resentencing phrases", () => {
  it("'at resentencing', 'on remand', a vacated sentence are a resentencing; a plea for a new sentence is not", () => {
    assert.equal(resentencingOf({}, "At resentencing, Mr. Pepper asks the Court to consider his rehabilitation."), true);
    assert.equal(resentencingOf({}, "After the Ninth Circuit vacated his sentence, he has completed a GED."), true);
    assert.equal(resentencingOf({}, "He asks the Court to reduce his final sentence because of his rehabilitation."), false);
  });
  it("3d Cir.: a change in the law other than § 924(c) / the First Step Act is information, not Andrews' binding bar", () => {
    const s = "The unusually long sentence he received, and the change in the law since, are extraordinary and compelling reasons warranting a reduction.";
    assert.deepEqual(analyzeBrief(s, S("3", 2024)).map((f) => `${f.rule}:${f.severity}`), ["compassionate-release-mandatory-minimum:information"]);
  });
});

describe("a compassionate-release or § 3582(c)(2) motion without its date is read as of today, not of its sentencing (legal audit of session 34)", () => {
  it("an Amendment 782 motion of a 2009 sentence is told Dillon, not that the question was open", () => {
    const text = "---\ndocument: sentence-reduction-motion\ncircuit: 11\nsentencing-date: 2009-03-05\nguidelines-manual: 2014\n---\n# Motion for Sentence Reduction Under 18 U.S.C. § 3582(c)(2) and Amendment 782\n\nMr. Ruiz asks the Court to reduce his sentence below the amended range because of his rehabilitation in prison: he has completed the drug program and earned his GED.\n";
    const fs = checkBrief(new Brief(text), {}, undefined).findings.filter((f) => f.rule === "post-sentencing-rehabilitation");
    assert.ok(fs.length > 0);
    for (const f of fs) {
      assert.match(f.message, /Dillon v\. United States, 560 U\.S\. 817 \(2010\)/);
      assert.doesNotMatch(f.message, /unsettled/);
    }
  });
  it("a compassionate-release motion of a 2017 sentence is not told only the Bureau of Prisons may move", () => {
    const text = "---\ndocument: compassionate-release-motion\ncircuit: 2\nsentencing-date: 2017-06-22\nguidelines-manual: 2016\n---\n# Motion for Compassionate Release\n\nMr. Lopez moves for compassionate release because his mother is incapacitated by a stroke and he is her only available caregiver.\n";
    const fs = checkBrief(new Brief(text), {}, undefined).findings.filter((f) => f.rule === "compassionate-release-family");
    assert.equal(fs.length, 1);
    assert.doesNotMatch(fs[0].message, /only the Director/i);
    assert.match(fs[0].message, /USSG § 1B1\.13\(b\)\(3\)\(B\)–\(C\) \(Nov\. 1, 2023\)/);
  });
});

describe("the family ground a brief names elsewhere, and the mandatory era told as history (legal audits of session 34)", () => {
  it("a closing paragraph that names only the relief takes the one (b)(3) ground the brief names; the parent's son as only caregiver is (C)", async () => {
    const { briefFamilyGround, familyGroundOf } = await import("../../src/core/precedent/facts");
    assert.equal(familyGroundOf("the incapacitation of vincent ferrante, for whom his son is the only available caregiver, is an extraordinary and compelling reason."), "C");
    const brief = "His mother suffered a stroke in March and is incapacitated; he is her only available caregiver.\n\nFor these reasons, I ask the Court to reduce my sentence to time served so I can take care of my mother.";
    assert.equal(briefFamilyGround(brief), "C");
    assert.equal(briefFamilyGround(brief + "\n\nThe caregiver of his two minor children, their grandmother, died in May; they have no other caregiver."), undefined);
    const text = "---\ndocument: compassionate-release-motion\ncircuit: 5\ndate: 2024-01-22\n---\n# Motion for Compassionate Release\n\nMy mother had a stroke in 2023 and is incapacitated. I am her only available caregiver.\n\nFor these reasons, I ask the Court to reduce my sentence to time served so I can take care of my mother.\n";
    const fs = checkBrief(new Brief(text), {}, undefined).findings.filter((f) => f.rule === "compassionate-release-family");
    assert.ok(fs.length >= 1);
    for (const f of fs) assert.doesNotMatch(f.message, /outside § 1B1\.13\(b\)\(3\)\(A\)–\(D\)/, f.message);
  });
  it("a variance argued against a departure holding of the mandatory era is read as the variance", () => {
    const para = "In United States v. Bautista, 258 F.3d 602 (7th Cir. 2001), the Seventh Circuit reversed a departure for the consequences of removal on a resident alien. That decision came under a mandatory regime in which departures required a factor outside the heartland. After Booker the Court is not asking whether alienage takes the case out of the heartland; it is asking what sentence is \"sufficient, but not greater than necessary.\" The statutory exclusion from time credits makes a nominal 46-month term materially harsher for Mr. Espinoza than for a citizen.";
    const fs = analyzeBrief(`---\ncircuit: 7\ndate: 2021-05-03\ndocument: sentencing-memorandum\n---\n# Defendant's Sentencing Memorandum\n\n${para}\n`, S("7", 2018, { briefDate: "2021-05-03", document: "sentencing-memorandum", offense: "8 U.S.C. § 1326" })).filter((f) => f.rule === "deportable-alien-status");
    assert.ok(fs.length >= 1);
    for (const f of fs) assert.equal(f.severity, "information", f.message);
  });
});

describe("facts: a revocation after removal", () => {
  it("reads 'after' + removal or reentry words within a few words", async () => {
    const { saysAfterRemoval } = await import("../../src/core/precedent/facts");
    assert.equal(saysAfterRemoval("the revocation was imposed after his 2008 deportation and return"), true);
    assert.equal(saysAfterRemoval("his probation was revoked after he had been removed"), true);
    // the sentence as it stood when he was removed (legal audit of session 33, round 2, pq-034)
    assert.equal(saysAfterRemoval("The text looks to the conviction as it stood at the time of removal."), true);
    assert.equal(saysAfterRemoval("the sentence imposed at the time of deportation was 60 days"), true);
    assert.equal(saysAfterRemoval("the sentence imposed was 60 days"), false);
    assert.equal(saysAfterRemoval("his probation was revoked before he was deported"), false);
    assert.equal(saysAfterRemoval("his sentence exceeded 13 months only after his probation was revoked"), false);
  });
  it("a brief that tells the revocation came after the removal, in words or by its years, asks the post-removal question in every paragraph (legal audit of session 34, pn-058)", async () => {
    const { revokedAfterRemoval } = await import("../../src/core/precedent/facts");
    assert.equal(revokedAfterRemoval("Original sentence: 120 days. It became two years only in 2006, when the state court revoked community supervision for failure to report. He had been deported in 2005."), true);
    assert.equal(revokedAfterRemoval("His probation was revoked in 2004 and he served two years. He was deported in 2006."), false);
    // deported again after the revocation: the later removal follows the revocation
    assert.equal(revokedAfterRemoval("He was deported in 2005. In 2006 his probation was revoked, and he was deported again in 2008."), false);
    assert.equal(revokedAfterRemoval("Reading the note to cover a revocation occurring after removal would be wrong."), true);
    assert.equal(revokedAfterRemoval("He was deported in 2005 and returned in 2009."), false);
    const memo = "---\ncircuit: 5\nsentencing-date: 2011-04-19\ndocument: sentencing-memorandum\n---\n# Defendant's Sentencing Memorandum\n\nThe 16 levels rest on a 2004 conviction. Original sentence: 120 days and community supervision. It became two years only in 2006, when the state court revoked community supervision. He had been deported in 2005.\n\nThe revocation term should not count toward the sentence imposed under § 2L1.2(b)(1)(A), and the 16-level enhancement should not apply.\n";
    const r = checkBrief(new Brief(memo), {}, undefined).findings.filter((f) => f.rule === "revocation-sentence");
    assert.ok(r.length > 0);
    for (const f of r) {
      assert.equal(f.severity, "information");
      assert.match(f.message, /does not count in the Fifth Circuit under the pre-2012 § 2L1\.2 — United States v\. Bustillos-Pena, 612 F\.3d 863 \(5th Cir\. 2010\)/);
    }
  });
  it("on appeal, an objection to the range's calculation is told the review of a miscalculated range, not of a refusal to depart (legal audit of session 34, ps-014, pi-032)", () => {
    const text = "---\ncircuit: 9\ndate: 2012-03-01\nguidelines-manual: 2011\ndocument: appellate-brief\n---\n# Brief for Appellant\n\nThe district court erred in counting the revocation term toward the sentence imposed, and the 16-level enhancement under § 2L1.2(b)(1)(A) should not have applied.\n";
    const f = analyzeBrief(text, S("9", 2011, { document: "appellate-brief", briefDate: "2012-03-01" })).find((x) => x.rule === "revocation-sentence")!;
    assert.ok(f.instead.startsWith("On appeal: a miscalculated range is a significant procedural error (Gall v. United States, 552 U.S. 38, 51 (2007))"), f.instead);
    assert.ok(!f.instead.includes("refusal to depart"), f.instead);
  });
  it("3d Cir. fast-track variance: the Seventh and Tenth Circuits' threshold rules are named only from their dates (legal audit of session 33, round 3, pm-051)", () => {
    const s = "Mr. Ruiz asks the Court to vary downward because a defendant with his record arrested in Arizona would have received a fast-track offer, an unwarranted disparity under § 3553(a)(6).";
    const basis = (date: string) => analyzeBrief(s, S("3", 2009, { sentencingDate: date })).find((f) => f.rule === "fast-track-disparity")!.basis;
    assert.doesNotMatch(basis("2010-03-22"), /Reyes-Hernandez|Lopez-Macias|outcomes above/);
    assert.match(basis("2011-01-10"), /Reyes-Hernandez, 624 F\.3d 405, 417 \(7th Cir\. 2010\)/);
    assert.doesNotMatch(basis("2011-01-10"), /Lopez-Macias/);
    assert.match(basis("2012-06-01"), /Lopez-Macias, 661 F\.3d 485 \(10th Cir\. 2011\)/);
  });
  it("2016–2017 Manuals: a revocation imposed after the first removal order is a question the 2016 note did not settle (legal audit of session 33, round 3, pl-041)", () => {
    // ref/era_2016: comment. (n.2) "includes any term of imprisonment given upon revocation …"; "regardless of when the
    // revocation occurred" came with Amendment 809 (Nov. 1, 2018)
    const s = "The revocation term should not count: his probation was revoked three years after his first removal order, and the enhancement reaches only the sentence imposed before that order.";
    const [f] = analyzeBrief(s, S("10", 2016, { sentencingDate: "2017-06-02" }));
    assert.equal(f.rule, "revocation-sentence");
    assert.equal(f.severity, "information");
    assert.match(f.message, /does not say whether a revocation imposed after the first order of removal counts/);
    assert.doesNotMatch(f.message, /Amendment 809/);
    const [g] = analyzeBrief(s, S("10", 2018, { sentencingDate: "2019-06-03" }));
    assert.equal(g.severity, "warning");
  });
  it("5th Cir., 2010 Manual (sentencing 2011): 'revoked after his removal and return' is Bustillos-Pena's case", () => {
    const s = "He argues that the enhancement should not apply because his sentence exceeded 13 months only because his probation was revoked after his 2007 removal and return.";
    const [f] = analyzeBrief(s, S("5", 2010, { sentencingDate: "2011-03-01" }));
    assert.equal(f.severity, "information");
    assert.ok(f.authorities[0].cite.startsWith("United States v. Bustillos-Pena"));
  });
});

describe("rules.json outcomes are well-formed", () => {

  it("every amendment named with its date carries the date of its development entry (Amendment 764 is Nov. 1, 2012, not 2011)", async () => {
    const text = readFileSync(join(__dirname, "../../../src/data/rules.json"), "utf8");
    const dates = new Map<string, string>();
    for (const m of text.matchAll(/"name": "USSG Amendment (\d+) \(eff\. (\w+\.? \d+, \d{4})\)/g)) dates.set(m[1], m[2]);
    assert.ok(dates.size >= 8, "the developments name their amendments");
    let checked = 0;
    for (const m of text.matchAll(/Amendment (\d+),? ((?:Nov\.|November) 1, \d{4})|((?:Nov\.|November) 1, \d{4})[^."]{0,80}\(Amendment (\d+)\)/g)) {
      const n = m[1] ?? m[4];
      const day = (m[2] ?? m[3]).replace("November", "Nov.");
      if (!dates.has(n)) continue;
      checked++;
      assert.equal(day, dates.get(n), `Amendment ${n}: ${m[0]}`);
    }
    assert.ok(checked >= 7, `${checked} dated mentions checked`);
  });
  it("every lead and requires names an authority of its rule; every quick-fix sentence starts with a signal", async () => {
    const { RULES } = await import("../../src/core/precedent/rules");
    for (const r of RULES) {
      const cites = [...r.holdings, ...(r.guidelineText ?? [])].map((h) => h.cite);
      for (const o of r.outcomes) {
        for (const p of [o.lead, o.requires]) if (p) assert.ok(cites.some((c) => c.startsWith(p)), `${r.id}: ${p}`);
        if (o.butSee) assert.ok(/^(But see|See|Cf\.) /.test(o.butSee), `${r.id}: ${o.butSee}`);
        // an outcome whose quick fix is "See …" (supporting) is never a warning
        if (o.butSee?.startsWith("See ")) assert.notEqual(o.level, "warning", r.id);
      }
    }
  });
});

describe("the vehicle: an appellate brief gets the appeal's way forward (audit 6v item 1)", () => {
  const FT = "The district court erred by refusing to vary downward because defendants in other districts receive fast-track plea offers that were never available to Mr. Ruiz; the disparity warranted a lower sentence.";
  it("by its title: the standard of review and preservation, not the sentencing court's advice; the law stays the circuit's", () => {
    const [f] = analyzeBrief(`---\ncircuit: 9\nguidelines-manual: 2015\n---\n# Brief for Appellant\n\n${FT}\n`, S("9", 2015));
    assert.equal(f.rule, "fast-track-disparity");
    assert.equal(f.severity, "warning");
    assert.ok(f.instead.startsWith("On appeal: a discretionary refusal to depart is not reviewable"), f.instead);
    assert.ok(f.instead.includes("Puckett v. United States, 556 U.S. 129 (2009)"), f.instead);
    assert.ok(!f.instead.includes("ask the government to move"), f.instead);
  });
  it("the same paragraph in a sentencing memorandum keeps the sentencing court's advice", () => {
    const [f] = analyzeBrief(`---\ncircuit: 9\nguidelines-manual: 2015\ndocument: sentencing-memorandum\n---\n\n${FT}\n`, S("9", 2015, { document: "sentencing-memorandum" }));
    assert.ok(!f.instead.startsWith("On appeal"), f.instead);
  });
  it("an appeal from a sentence under the Nov. 1, 2025 Manual is not told about refusals to depart, which that Manual has no more (audit 16, open item 4)", () => {
    const body = "The district court erred in refusing to vary downward because defendants in other districts receive fast-track plea offers.";
    const brief = (m: number) => `---\ncircuit: 9\ndate: 2026-08-01\nguidelines-manual: ${m}\ndocument: appellate-brief\n---\n# Brief for Appellant\n\n${body}\n`;
    const [f25] = analyzeBrief(brief(2025), S("9", 2025, { document: "appellate-brief", briefDate: "2026-08-01" }));
    assert.ok(f25.instead.startsWith("On appeal from a sentence under the Nov. 1, 2025 Manual, which has no departures"), f25.instead);
    assert.ok(!f25.instead.includes("refusal to depart"), f25.instead);
    // a sentence under an earlier Manual, appealed in 2026, still had departures
    const [f24] = analyzeBrief(brief(2024), S("9", 2024, { document: "appellate-brief", briefDate: "2026-08-01" }));
    assert.ok(f24.instead.includes("a discretionary refusal to depart is not reviewable"), f24.instead);
  });
  it("an undated appeal whose case number is of 2007 is given the appeal's law of 2007, and told so, not the 2025 Manual's (legal audit of session 34, pg-002, pg-024)", () => {
    const text = "IN THE UNITED STATES COURT OF APPEALS FOR THE FIFTH CIRCUIT\n\nNo. 07-40118\n\nBRIEF FOR APPELLANT\n\nThe district court erred in refusing to depart downward because defendants in other districts receive fast-track plea offers.\n";
    const [f] = checkBrief(new Brief(text), {}, undefined).findings.filter((x) => x.rule === "fast-track-disparity");
    assert.ok(f.instead.startsWith("The brief gives no date; as of the latest it names, 2007 (the year of its case number No. 07-40118): On appeal: a discretionary refusal to depart is not reviewable"), f.instead);
    assert.ok(!f.instead.includes("2025 Manual"), f.instead);
  });
  it("a defendant's memorandum on the government's Rule 35(b) motion is read as that motion, not as his own (legal audit of session 35, pu-035)", () => {
    const text = "# Defendant's Memorandum in Support of Government's Motion to Reduce Sentence Under Fed. R. Crim. P. 35(b)\n\nSince he was sentenced, Mr. Ruiz has earned his GED and completed the drug program, and he asks the Court to weigh this rehabilitation in reducing his sentence.\n";
    const [f] = checkBrief(new Brief(`---\ncircuit: 9\ndate: 2014-03-01\n---\n${text}`), {}, undefined).findings.filter((x) => x.rule === "post-sentencing-rehabilitation");
    assert.equal(f.severity, "information");
    assert.ok(f.message.startsWith("On the government's Rule 35(b) motion"), f.message);
    const [g] = checkBrief(new Brief(`---\ncircuit: 9\ndate: 2014-03-01\n---\n${text.replace(" in Support of Government's Motion to Reduce Sentence Under Fed. R. Crim. P. 35(b)", "'s Motion to Reduce Sentence Under Fed. R. Crim. P. 35")}`), {}, undefined).findings.filter((x) => x.rule === "post-sentencing-rehabilitation");
    assert.equal(g.severity, "warning");
    // a pro se motion "under Rule 35(b)" with no government motion is the defendant's own: only the government moves under (b) (legal audit 36b, pb-035)
    const [h] = checkBrief(new Brief(`---\ncircuit: 5\ndate: 2013-02-25\n---\n# Motion for Reduction of Sentence Pursuant to Fed. R. Crim. P. 35(b)\n\nI respectfully ask this Court to reduce my sentence under Rule 35(b). Since I was sentenced I earned my GED and finished the drug program, and I ask the Court to recognize that change and lower my sentence.\n`), {}, undefined).findings.filter((x) => x.rule === "post-sentencing-rehabilitation");
    assert.equal(h.severity, "warning");
    assert.ok(h.message.includes("Rule 35(b) reduces a sentence only \"[u]pon the government's motion\""), h.message);
  });
  it("a pasted section of a First Step Act § 404 motion, named in its opening, is judged as that motion (legal audit of session 35, pv-034)", () => {
    const text = "---\ncircuit: 4\ndate: 2023-01-10\n---\n\nThe government concedes that Mr. Ruiz has a covered offense and is eligible for relief under § 404(b) of the First Step Act.\n\nSince his sentencing in 2009 he has earned his GED and completed the drug program, and the Court should weigh this rehabilitation in reducing his sentence to time served.\n";
    const [f] = checkBrief(new Brief(text), {}, undefined).findings.filter((x) => x.rule === "post-sentencing-rehabilitation");
    assert.ok(f.message.startsWith("In a First Step Act § 404 proceeding the court may consider intervening changes of law or fact"), f.message);
  });
  it("the one (b)(3) subsection a motion cites by letter rules its family paragraphs (legal audit of session 35, px-019, pl-020)", () => {
    const text = "---\ndocument: compassionate-release-motion\ncircuit: 4\ndate: 2024-05-01\n---\n\n# Motion for Compassionate Release\n\nThe policy statement recognizes the incapacitation of the defendant's spouse when the defendant would be the only available caregiver. U.S.S.G. § 1B1.13(b)(3)(B).\n\nNo one else can provide that care. The couple's son is stationed abroad, and Mrs. Ruiz's sister must return home in June, so Mr. Ruiz asks to be released to care for his wife.\n";
    const fs = checkBrief(new Brief(text), {}, undefined).findings.filter((x) => x.rule === "compassionate-release-family");
    assert.ok(fs.length >= 1);
    for (const f of fs) assert.ok(f.message.includes("§ 1B1.13(b)(3)(B)") && !f.message.includes("(b)(3)(D)") && !f.message.startsWith("Family hardship outside"), f.message);
  });
  it("a family paragraph that denies the death or incapacity, or names no care, is hardship even where the brief cites (A) as the standard (legal audit of session 35, pl-007)", () => {
    const text = "---\ncircuit: 8\ndate: 2024-02-01\n---\n\n# Bench Memorandum\n\n**The motion.** Defendant moves for compassionate release under 18 U.S.C. § 3582(c)(1)(A)(i). He says his wife works two jobs and cannot adequately supervise their three children.\n\n**Governing standard.** U.S.S.G. § 1B1.13(b)(3)(A) recognizes the death or incapacitation of the caregiver of the defendant's minor child.\n\n**Analysis.** The children's mother is not dead or incapacitated; she is their caregiver, and the motion's family circumstances are ordinary hardship.\n";
    const fs = checkBrief(new Brief(text), {}, undefined).findings.filter((x) => x.rule === "compassionate-release-family" && !x.message.includes("1B1.13(b)(3)(A) recognizes"));
    assert.ok(fs.length >= 1);
    for (const f of fs) assert.ok(!f.message.startsWith("A recognised ground"), f.message);
  });
  it("a § 2255 motion's rehabilitation offered for the resentencing its legal ground would bring is no § 2255 ground warned (probe px-051); as the ground for vacatur it is (pf-031)", () => {
    const fm = "---\ndocument: 2255-motion\ncircuit: 6\ndate: 2020-02-18\n---\n\n";
    const atResentencing = `${fm}Count Two must be vacated because conspiracy is no crime of violence after Davis.\n\nOn Count One alone the advisory range at re-sentencing is 63 to 78 months. Given his rehabilitation since the original sentence, the Court should impose a sentence of time served.\n`;
    const [f] = checkBrief(new Brief(atResentencing), {}, undefined).findings.filter((x) => x.rule === "post-sentencing-rehabilitation");
    assert.equal(f.severity, "information");
    const asGround = `${fm}His rehabilitation is extraordinary, and the Court should vacate the sentence and resentence him in light of it.\n`;
    const [g] = checkBrief(new Brief(asGround), {}, undefined).findings.filter((x) => x.rule === "post-sentencing-rehabilitation");
    assert.equal(g.severity, "warning");
  });
  it("an undated brief's information note whose law differs at the latest day it names says both (legal audit of session 35: pv-057, pv-014)", () => {
    const text = "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF MICHIGAN\n\nNo. 15-cr-20144\n\n# Defendant's Sentencing Memorandum\n\nMr. Ruiz asks the Court for a lower sentence because he returned to care for his dying mother.\n";
    const [f] = checkBrief(new Brief(text), {}, undefined).findings.filter((x) => x.rule === "reentry-motive");
    assert.equal(f.severity, "information");
    // (session 36, legal audit 36b pm-010: that day's reading frames the unframed plea as today's does — after Booker, the
    // variance it may be — so both days read alike and the note is said once; before, 2015 was told the departure's findings
    // requirement and today the variance)
    assert.ok(f.message.startsWith("A reentry-motive variance is not foreclosed"), f.message);
    // a plea for a departure by name still reads differently on the two days (2015: the departure; today: no departures)
    const [d] = checkBrief(new Brief(text.replace("asks the Court for a lower sentence", "asks the Court to depart downward")), {}, undefined).findings.filter((x) => x.rule === "departure-framing");
    assert.ok(d.message.startsWith("The brief gives no date. Read as of the latest it names, 2015 (the year of its case number 15-cr-20144): Heartland finds nothing here to warn of. Read as of today: "), d.message);
    // dated, the note is that day's alone
    const [g] = checkBrief(new Brief(`---\ndate: 2015-06-01\n---\n${text}`), {}, undefined).findings.filter((x) => x.rule === "reentry-motive");
    assert.ok(!g.message.startsWith("The brief gives no date"), g.message);
  });
  it("a compassionate-release ground on appeal: abuse of discretion on the record below", () => {
    const text = "---\ncircuit: 11\ndate: 2024-03-01\ndocument: appellate-brief\n---\n# Brief for Appellant\n\nThe district court abused its discretion in denying compassionate release because Mr. Ruiz's mother is incapacitated and he is her only available caregiver.\n";
    const [f] = analyzeBrief(text, S("11", 2023, { document: "appellate-brief", briefDate: "2024-03-01" }));
    assert.equal(f.rule, "compassionate-release-family");
    assert.ok(f.instead.startsWith("On appeal from the ruling on a § 3582(c)(1)(A) motion"), f.instead);
  });
});

describe("the vehicle: motions after judgment (audit 6v items 2–6, 11, 12)", () => {
  const FT = "The Court should grant a lower sentence because defendants in border districts receive fast-track plea offers that were never available to Mr. Ruiz, an unwarranted disparity.";
  const C2 = (doc: string, title: string, body: string) => `---\ncircuit: 9\nguidelines-manual: 2023\nsentencing-date: 2019-03-01\ndate: 2024-03-01\ndocument: ${doc}\n---\n# ${title}\n\n${body}\n`;
  const settings = (doc: string) => S("9", 2023, { document: doc, sentencingDate: "2019-03-01", briefDate: "2024-03-01" });
  it("a title naming § 3582(c)(2) is a sentence-reduction motion, not compassionate release, even with 'Sentence Reduction Under'", async () => {
    const { documentFromTitle } = await import("../../src/core/precedent/context");
    assert.equal(documentFromTitle("Motion for Sentence Reduction Under 18 U.S.C. § 3582(c)(2)"), "sentence-reduction-motion");
    assert.equal(documentFromTitle("Motion for Reduction in Sentence Under 18 U.S.C. § 3582(c)(1)(A)"), "compassionate-release-motion");
  });
  it("§ 3582(c)(2): a sentencing ground is no departure or variance there (Dillon, § 1B1.10(a)(3)), not the sentencing court's warning", () => {
    const [f] = analyzeBrief(C2("sentence-reduction-motion", "Motion for Sentence Reduction Under 18 U.S.C. § 3582(c)(2)", FT), settings("sentence-reduction-motion"));
    assert.equal(f.rule, "fast-track-disparity");
    assert.equal(f.severity, "information");
    assert.ok(f.message.startsWith("A § 3582(c)(2) motion reaches only a retroactive guideline amendment") && f.message.includes("Dillon v. United States, 560 U.S. 817 (2010)"), f.message);
  });
  it("§ 2255: a departure asked for after judgment is answered with § 2255(a), not 'use Rule 35, § 2255 …'", () => {
    const body = "Mr. Ruiz was sentenced on March 1, 2019, and his sentence is final. He now asks the Court to modify his sentence by granting a downward departure under § 5K2.0.";
    const f = analyzeBrief(C2("2255-motion", "Motion Under 28 U.S.C. § 2255", body), settings("2255-motion")).find((x) => x.rule === "departure-after-sentencing")!;
    assert.ok(f.message.startsWith("A § 2255 motion grants no departure"), f.message);
  });
  it("§ 2255: a plea for compassionate release is told that this motion cannot grant it", () => {
    const body = "The Court should grant compassionate release because Mr. Ruiz's mother is incapacitated and he is her only available caregiver.";
    const [f] = analyzeBrief(C2("2255-motion", "Motion Under 28 U.S.C. § 2255", body), settings("2255-motion"));
    assert.equal(f.rule, "compassionate-release-family");
    assert.ok(f.message.startsWith("A § 2255 motion cannot grant compassionate release"), f.message);
  });
  it("2025 Manual, § 2255: departure-framing does not advise a variance", () => {
    const body = "The Court should vacate the sentence and grant a downward departure under § 5K2.0 because of Mr. Ruiz's family circumstances.";
    const text = "---\ncircuit: 9\nguidelines-manual: 2025\ndate: 2026-06-01\ndocument: 2255-motion\n---\n# Motion Under 28 U.S.C. § 2255\n\n" + body + "\n";
    const f = analyzeBrief(text, S("9", 2025, { document: "2255-motion", briefDate: "2026-06-01" })).find((x) => x.rule === "departure-framing")!;
    assert.equal(f.severity, "information");
    assert.ok(!f.instead.includes("Ask for a variance"), f.instead);
  });
});

describe("the vehicle: below a mandatory minimum outside a compassionate-release motion (audit 6v items 3, 7)", () => {
  it("at a resentencing a terminal illness is no way below the minimum: § 3553(e)/(f), not 'contested — Thacker'", () => {
    const text = "---\ncircuit: 9\nguidelines-manual: 2021\nsentencing-date: 2022-03-01\ndate: 2024-03-01\nstatute: 21 U.S.C. § 846\ndocument: resentencing-memorandum\n---\n# Defendant's Resentencing Memorandum\n\nAt resentencing the Court should grant a reduction below the ten-year mandatory minimum because of Mr. Ruiz's terminal cancer.\n";
    const [f] = analyzeBrief(text, S("9", 2021, { document: "resentencing-memorandum", resentencing: true, sentencingDate: "2022-03-01", briefDate: "2024-03-01", offense: "21 U.S.C. § 846" }));
    assert.equal(f.rule, "compassionate-release-mandatory-minimum");
    assert.ok(f.message.startsWith("At a sentencing or resentencing a court may not go below a statutory minimum") && !f.message.includes("contested"), f.message);
  });
  it("in a § 3582(c)(2) motion: nothing below the amended range (Dillon) and a minimum-based sentence is not lowered (Koons)", () => {
    const text = "---\ncircuit: 9\nguidelines-manual: 2023\ndate: 2024-03-01\ndocument: sentence-reduction-motion\n---\n# Motion to Reduce Sentence Pursuant to 18 U.S.C. § 3582(c)(2) and Amendment 821\n\nUnder § 3582(c)(2) and Amendment 821 the Court should reduce Mr. Ruiz's sentence below the ten-year mandatory minimum because the amended range is lower.\n";
    const [f] = analyzeBrief(text, S("9", 2023, { document: "sentence-reduction-motion", briefDate: "2024-03-01" }));
    assert.equal(f.rule, "compassionate-release-mandatory-minimum");
    assert.ok(f.message.includes("Dillon v. United States, 560 U.S. 817 (2010)") && f.message.includes("Koons"), f.message);
  });
});

describe("fast track in the 4th and 11th Circuits, and before Castro (audit 6c item 2, audit 6v item 9)", () => {
  const DEPART = "Mr. Ruiz asks the Court to depart downward because defendants in other districts receive fast-track plea offers.";
  it("a departure in the 4th / 11th: the circuit's variance holding, said to be one", () => {
    for (const [c, lead] of [["4", "United States v. Perez-Pena"], ["11", "United States v. Vega-Castillo"]]) {
      const [f] = analyzeBrief(DEPART, S(c, 2014));
      assert.equal(f.severity, "warning");
      assert.ok(f.authorities[0].cite.startsWith(lead), f.message);
      assert.ok(f.message.includes("a variance holding") && !f.message.includes("not a ground for a downward departure"), f.message);
    }
  });
  it("11th Cir., 2003: Castro (2006) is not yet the law, and Banuelos-Rodriguez is never given Castro's § 3553(a)(6) words", () => {
    const [f] = analyzeBrief(DEPART, S("11", 2002, { sentencingDate: "2003-06-01", briefDate: "2003-09-01" }));
    assert.equal(f.severity, "information");
    assert.ok(!f.message.includes("§ 3553(a)(6) does not require it"), f.message);
    assert.ok(!f.instead.startsWith("In this circuit"), f.instead);
  });
});

describe("revocation sentence in a § 2255 motion (audit 6v item 5)", () => {
  it("the § 2255(a) grounds and Folk, with ineffective assistance as the route — not 'Binding in every federal court' and variance advice", () => {
    const text = "---\ncircuit: 9\nguidelines-manual: 2021\ndate: 2024-03-01\nstatute: 8 U.S.C. § 1326\ndocument: 2255-motion\n---\n# Motion Under 28 U.S.C. § 2255\n\nThe Court should vacate the sentence and grant a lower sentence because the enhancement should not apply: the revocation term should not be counted toward the sentence imposed for the prior.\n";
    const [f] = analyzeBrief(text, S("9", 2021, { document: "2255-motion", briefDate: "2024-03-01", offense: "8 U.S.C. § 1326" }));
    assert.equal(f.rule, "revocation-sentence");
    assert.equal(f.severity, "information");
    assert.ok(f.basis.includes("United States v. Folk") && f.instead.startsWith("Frame the miscount as ineffective assistance"), f.basis);
  });
});

describe("the government's filing: the message keeps its law, not the defence's closing advice (audit 6v item 15)", () => {
  it("'Prove the incapacitation …' is cut from a family finding in a Government's Response", () => {
    const text = "---\ncircuit: 11\ndate: 2024-03-01\n---\n# Government's Response in Opposition to Defendant's Motion for Compassionate Release\n\nDefendant moves for compassionate release because his mother is incapacitated by a stroke and he is her only available caregiver.\n";
    const [f] = analyzeBrief(text, S("11", 2023, { briefDate: "2024-03-01" }));
    assert.equal(f.rule, "compassionate-release-family");
    assert.ok(f.message.endsWith("or of a parent (C)."), f.message);
    assert.ok(!f.message.includes("Prove"), f.message);
  });
  it("a citation's periods are not sentence ends: 'U.S.C. § 3582' stays", async () => {
    const { withoutMovantAdvice } = await import("../../src/core/precedent/analyze");
    assert.equal(withoutMovantAdvice("Under 18 U.S.C. § 3582(c)(1)(A) the ground counts. Prove it."), "Under 18 U.S.C. § 3582(c)(1)(A) the ground counts.");
    assert.equal(withoutMovantAdvice("No advice here."), "No advice here.");
  });
});

describe("§ 3582(c)(2) before Dillon and Koons (audit 7a A3, A4)", () => {
  const C2 = (date: string, body: string) => `---\ncircuit: 9\ndate: ${date}\ndocument: sentence-reduction-motion\n---\n# Motion to Reduce Sentence Pursuant to 18 U.S.C. § 3582(c)(2) and Amendment 706\n\n${body}\n`;
  it("2008, 9th Cir.: the question was open (Hicks held Booker applies); Dillon is named as the later settlement, not as the law", () => {
    const body = "The Court should grant a lower sentence because defendants in border districts receive fast-track plea offers that were never available to Mr. Ruiz, an unwarranted disparity.";
    const [f] = analyzeBrief(C2("2008-06-01", body), S("9", 2007, { document: "sentence-reduction-motion", briefDate: "2008-06-01" }));
    assert.ok(f.message.startsWith("Whether a court could go below the amended range in a § 3582(c)(2) proceeding was unsettled"), f.message);
  });
  it("2015: a below-minimum request is answered without Koons (2018)", () => {
    const body = "Under § 3582(c)(2) and Amendment 782 the Court should reduce Mr. Ruiz's sentence below the ten-year mandatory minimum because the amended range is lower.";
    const [f] = analyzeBrief(C2("2015-06-01", body), S("9", 2014, { document: "sentence-reduction-motion", briefDate: "2015-06-01" }));
    assert.equal(f.rule, "compassionate-release-mandatory-minimum");
    assert.ok(!f.message.includes("Koons") && f.message.includes("Dillon"), f.message);
  });
});

describe("dated advice: the appeal's standard of review and Folk as of the brief's date (audit 7a A1, A2, A5)", () => {
  const FT = "The district court erred by refusing to vary downward because defendants in other districts receive fast-track plea offers that were never available to Mr. Ruiz; the disparity warranted a lower sentence.";
  it("a 2003 appellate brief is not told of Gall (2007) or Puckett (2009)", () => {
    const [f] = analyzeBrief(`---\ncircuit: 9\ndate: 2003-09-01\n---\n# Brief for Appellant\n\n${FT}\n`, S("9", 2002, { briefDate: "2003-09-01" }));
    assert.ok(f.instead.startsWith("On appeal under the mandatory Guidelines") && !f.instead.includes("Gall") && !f.instead.includes("Puckett"), f.instead);
  });
  it("a 2008 appellate brief gets Gall but not Puckett; a 2010 one both", () => {
    const [a] = analyzeBrief(`---\ncircuit: 9\ndate: 2008-06-01\n---\n# Brief for Appellant\n\n${FT}\n`, S("9", 2007, { briefDate: "2008-06-01" }));
    assert.ok(a.instead.includes("Gall v. United States") && !a.instead.includes("Puckett"), a.instead);
    const [b] = analyzeBrief(`---\ncircuit: 9\ndate: 2010-06-01\n---\n# Brief for Appellant\n\n${FT}\n`, S("9", 2009, { briefDate: "2010-06-01" }));
    assert.ok(b.instead.includes("Puckett v. United States, 556 U.S. 129 (2009)"), b.instead);
  });
  it("a 2020 appeal from a compassionate-release ruling names no 2021 case", () => {
    const text = "---\ncircuit: 2\ndate: 2020-09-01\ndocument: appellate-brief\n---\n# Brief for Appellant\n\nThe district court abused its discretion in denying compassionate release because Mr. Ruiz's mother is incapacitated and he is her only available caregiver.\n";
    const [f] = analyzeBrief(text, S("2", 2018, { document: "appellate-brief", briefDate: "2020-09-01" }));
    assert.ok(!f.instead.includes("Saladino") && !f.instead.includes("Andrews"), f.instead);
  });
  it("a 2019 § 2255 motion on a revocation miscount is not given Folk (Apr. 3, 2020)", () => {
    const text = "---\ncircuit: 3\nguidelines-manual: 2016\ndate: 2019-06-01\nstatute: 8 U.S.C. § 1326\ndocument: 2255-motion\n---\n# Motion Under 28 U.S.C. § 2255\n\nThe Court should vacate the sentence and grant a lower sentence because the enhancement should not apply: the revocation term should not be counted toward the sentence imposed for the prior.\n";
    const [f] = analyzeBrief(text, S("3", 2016, { document: "2255-motion", briefDate: "2019-06-01", offense: "8 U.S.C. § 1326" }));
    assert.equal(f.rule, "revocation-sentence");
    assert.ok(!f.basis.includes("Folk"), f.basis);
  });
});

describe("a later Supreme Court decision reported to limit a text (audit 9 item 2)", () => {
  const text = (date: string) => `---\ncircuit: 2\nguidelines-manual: 2025\ndate: ${date}\ndocument: compassionate-release-motion\n---\n# Motion for Compassionate Release\n\n${STACK}\n`;
  const b6 = (date: string) => {
    const f = analyzeBrief(text(date), S("2", 2025, { document: "compassionate-release-motion", briefDate: date, compassionate: true })).find((x) => x.rule === "compassionate-release-mandatory-minimum")!;
    return f.authorities.find((a) => a.cite === "USSG § 1B1.13(b)(6) (Nov. 1, 2023)")!;
  };
  it("from May 28, 2026 § 1B1.13(b)(6) is shown with Rutherford's reported limit; before, without it", () => {
    assert.ok(b6("2026-06-15").holding.startsWith("(Reported limited since May 28, 2026: Rutherford v. United States, No. 24-820 (U.S.), is reported to hold (b)(6) invalid to the extent it counts Congress's nonretroactive change to § 924(c)"), b6("2026-06-15").holding);
    assert.ok(!b6("2025-06-15").holding.includes("Reported limited"), b6("2025-06-15").holding);
  });
});

describe("§ 2255's one-year limitation (AEDPA, Apr. 24, 1996) in every § 2255 finding (audit 11 item 5)", () => {
  // sources: 28 U.S.C. § 2255 ¶ 6, as quoted in the United States' merits brief in Clay v. United States, No. 01-1500
  // (justice.gov); AEDPA, Pub. L. 104-132 (Apr. 24, 1996), and the one-year grace period, as Rogers v. United States,
  // 180 F.3d 349 (1st Cir. 1999) describes them (midpage)
  const ALIEN_2255 = "Mr. Ruiz moves under § 2255 because his counsel failed to ask for a downward departure because, as a deportable alien, he is ineligible for a halfway house.";
  const text = (sentenced: string, date: string) => `---\ncircuit: 9\nsentencing-date: ${sentenced}\ndate: ${date}\ndocument: 2255-motion\n---\n\n${ALIEN_2255}\n`;
  const find = (sentenced: string, date: string, edition: number) =>
    analyzeBrief(text(sentenced, date), S("9", edition, { document: "2255-motion", sentencingDate: sentenced, briefDate: date })).find((x) => x.rule === "deportable-alien-status")!;
  it("a motion of 2012 on a 1993 sentence: the basis states the one-year limit and that, on the brief's dates, the motion is timely only under a later start or tolling", () => {
    const f = find("1993-06-01", "2012-06-01", 1992);
    assert.ok(f, "finding");
    assert.ok(f.basis.includes("within one year of the latest of"), f.basis);
    assert.ok(f.basis.includes("Apr. 24, 1997"), f.basis);
    assert.ok(f.basis.includes("On the brief's dates (sentenced 1993-06-01; motion dated 2012-06-01)"), f.basis);
    assert.ok(f.basis.includes("equitable tolling"), f.basis);
    assert.equal(f.severity, "information");
  });
  it("a motion within a year of sentencing: the limit is stated, no lateness note", () => {
    const f = find("2011-06-01", "2012-03-01", 2010);
    assert.ok(f.basis.includes("within one year of the latest of"), f.basis);
    assert.ok(!f.basis.includes("On the brief's dates"), f.basis);
  });
  it("a motion of 1995, before AEDPA: no one-year limit is stated", () => {
    const f = find("1993-06-01", "1995-06-01", 1992);
    assert.ok(!f.basis.includes("one year"), f.basis);
    assert.ok(!f.basis.includes("On the brief's dates"), f.basis);
  });
  it("a 1993 sentence and a motion of Feb. 1997: within the grace year after Apr. 24, 1996, so no lateness note", () => {
    const f = find("1993-06-01", "1997-02-01", 1992);
    assert.ok(f.basis.includes("within one year of the latest of"), f.basis);
    assert.ok(!f.basis.includes("On the brief's dates"), f.basis);
  });
});

describe("audit 13 D2: every decision date is a full ISO date, or a year alone named here and counted from its year's end", () => {
  const YEAR_ONLY = new Set(["bustillos_pena", "lipman"]);
  const authorities = JSON.parse(readFileSync(join(__dirname, "../../../src/data/authorities.json"), "utf8")).authorities as Record<string, { decided: string | null; notes: string }>;
  const rules = JSON.parse(readFileSync(join(__dirname, "../../../src/data/rules.json"), "utf8")).rules as { id: string; holdings: { authority?: string; decided?: string }[] }[];
  it("authorities.json", () => {
    for (const [id, a] of Object.entries(authorities)) {
      if (a.decided === null) continue;
      if (YEAR_ONLY.has(id)) assert.match(a.decided, /^\d{4}$/, id);
      else assert.match(a.decided, /^\d{4}-\d{2}-\d{2}$/, `${id}: ${a.decided}`);
    }
  });
  it("rules.json holdings", () => {
    for (const r of rules)
      for (const h of r.holdings) {
        if (h.decided === undefined) continue;
        if (h.authority && YEAR_ONLY.has(h.authority)) assert.match(h.decided, /^\d{4}$/, r.id);
        else assert.match(h.decided, /^\d{4}-\d{2}-\d{2}$/, `${r.id} ${h.authority}: ${h.decided}`);
        if (h.authority && authorities[h.authority]?.decided) assert.equal(h.decided, authorities[h.authority].decided, `${r.id} ${h.authority}`);
      }
  });
});

describe("audit 13 D1: the But-see sentence keeps only the cases decided by the brief's date", () => {
  const ref = (cite: string) => ({ cite }) as AuthorityRef;
  const S2 = "But see United States v. A, 1 F.3d 1 (9th Cir. 1999) (a; b); accord United States v. B, 2 F.3d 2 (2d Cir. 2006); id. at 3 (c).";
  it("drops a later case after the lead, with an id. that refers to it", () => {
    assert.equal(butSeeInForce(S2, [ref("United States v. A, 1 F.3d 1")]), "But see United States v. A, 1 F.3d 1 (9th Cir. 1999) (a; b).");
  });
  it("keeps the sentence whole when every case is in force", () => {
    assert.equal(butSeeInForce(S2, [ref("United States v. A, 1 F.3d 1"), ref("United States v. B, 2 F.3d 2")]), S2);
  });
  it("drops the whole sentence when its lead is not in force; keeps a clause naming no case", () => {
    assert.equal(butSeeInForce(S2, [ref("United States v. B, 2 F.3d 2")]), "");
    assert.equal(butSeeInForce("But see 18 U.S.C. § 3582(c); United States v. B, 2 F.3d 2 (2d Cir. 2006) (x).", []), "But see 18 U.S.C. § 3582(c).");
  });
});

describe("dated clauses of a rule's text (audit 15 O4)", () => {
  it("keeps a clause from its day, before its end, and drops it otherwise", () => {
    const t = "Argue it{dated from=2025-11-01|; the departure no longer exists}.{dated until=2008-11-01| Old.}{dated from=2016-11-01 until=2018-11-01| Mid.}";
    assert.equal(datedText(t, "2007-06-01"), "Argue it. Old.");
    assert.equal(datedText(t, "2017-01-01"), "Argue it. Mid.");
    assert.equal(datedText(t, "2025-11-01"), "Argue it; the departure no longer exists.");
    assert.equal(datedText("no markers", "2000-01-01"), "no markers");
  });
  it("every marker in rules.json is well formed (none left for a reader to see)", () => {
    const raw = readFileSync(join(__dirname, "../../../src/data/rules.json"), "utf8");
    const n = (raw.match(/\{dated /g) ?? []).length;
    const ok = (raw.match(/\{dated(?: from=\d{4}-\d\d-\d\d)?(?: until=\d{4}-\d\d-\d\d)?\|[^{}]*\}/g) ?? []).length;
    assert.ok(n > 0);
    assert.equal(ok, n);
    for (const d of ["1990-01-01", "2010-01-01", "2026-12-01"]) assert.ok(!datedText(raw, d).includes("{dated"));
  });
});

describe("audit 15 O4, other forms: an authority's citation and holding, and every finding's text, true to the brief's date", () => {
  const authorityOf = (f: Finding | undefined, prefix: string) => f?.authorities.find((a) => a.cite.startsWith(prefix));
  const rehab = (edition: number, briefDate: string) =>
    analyzeBrief(REHAB_RESENT, S("9", edition, { briefDate, resentencing: true })).find((f) => f.rule === "post-sentencing-rehabilitation");
  it("§ 5K2.19 (Nov. 1, 2000 – Oct. 31, 2012): before its deletion the citation and holding name none; from Nov. 1, 2012 both do (ref/era_2016, era_2025: Amendment 768)", () => {
    for (const [edition, date] of [[2002, "2003-06-01"], [2006, "2007-06-01"], [2011, "2012-10-31"]] as const) {
      const a = authorityOf(rehab(edition, date), "USSG § 5K2.19");
      assert.ok(a, date);
      assert.equal(a.cite, "USSG § 5K2.19", date);
      assert.ok(!/2012|deleted|768/.test(a.holding), `${date}: ${a.holding}`);
      assert.ok(a.holding.includes("makes post-sentencing rehabilitative efforts not an appropriate basis"), a.holding);
    }
    const later = authorityOf(rehab(2011, "2012-11-01"), "USSG § 5K2.19");
    assert.equal(later?.cite, "USSG § 5K2.19 (deleted Nov. 1, 2012, Amendment 768)");
    assert.ok(later?.holding.includes(") Before Nov. 1, 2012 the policy statement made"), later?.holding);
    // from Pepper (Mar. 2, 2011) it is said to be no limit, and it binds no court (legal audit of session 33, pu-009)
    assert.ok(later?.holding.startsWith("(Not a limit on the court since Pepper v. United States, 562 U.S. 476 (Mar. 2, 2011)"), later?.holding);
    assert.equal(later?.binding, false);
    assert.equal(authorityOf(rehab(2006, "2007-06-01"), "USSG § 5K2.19")?.binding, true);
  });
  it("§ 2L1.2 n.1(B)(vii) (2003–2011 Manuals): a brief before Nov. 1, 2012 is not told that the circuits divided 'until Amendment 764 (Nov. 1, 2012)'", () => {
    const f = analyzeBrief(REVOKED, S("9", 2006, { sentencingDate: "2007-06-01", document: "sentencing-memorandum" })).find((x) => x.rule === "revocation-sentence");
    const a = authorityOf(f, "USSG § 2L1.2, comment. (n.1(B)(vii)) (Manuals from Nov. 2003)");
    assert.ok(a, "the note is among the authorities");
    assert.ok(a.holding.endsWith("The note does not say whether a revocation imposed after the defendant's deportation and reentry counts."), a.holding);
    assert.ok(!a.holding.includes("2012"), a.holding);
  });
  it("Rule 35(b)(4) quoted to a Rule 35(b) motion of 2001: marked as the rule of Dec. 1, 2002, the earlier text unverified (court-rules.json)", () => {
    const f = analyzeBrief(MM_RULE35, S("9", 2000, { briefDate: "2001-06-01", document: "rule-35-motion" })).find((x) => x.rule === "compassionate-release-mandatory-minimum");
    const a = authorityOf(f, "Fed. R. Crim. P. 35(b)(4)");
    assert.ok(a?.holding.startsWith("(Quoted from the rule as amended Dec. 1, 2002; Heartland has no verified text of Rule 35(b) as in force before that day.)"), a?.holding);
    const g = analyzeBrief(MM_RULE35, S("9", 2006, { briefDate: "2007-06-01", document: "rule-35-motion" })).find((x) => x.rule === "compassionate-release-mandatory-minimum");
    assert.ok(authorityOf(g, "Fed. R. Crim. P. 35(b)(4)")?.holding.startsWith("\"When acting under Rule 35(b)"));
  });
  // every rule's first two examples, as compassionate-release motions in each circuit (and none), on days from the First
  // Step Act to Dec. 2026: no text names the 2023 amendment before it was made, and no `{dated …}` marker reaches a reader
  const examples = RULE_FILES.flatMap((r) => r.examples.flag.slice(0, 2));
  const texts = (f: Finding) => [f.message, f.basis, f.instead, f.butSee, ...f.authorities.flatMap((a) => [a.cite, a.holding])].join("\n");
  const findings = (date: string) =>
    examples.flatMap((sentence) =>
      [null, "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "dc"].flatMap((circuit) =>
        analyzeBrief(sentence, S(circuit, editionOnDate(date, "").edition, { briefDate: date, compassionate: true, document: "compassionate-release-motion" })),
      ),
    );
  it("no finding of a motion dated before Nov. 1, 2023 says 'pre-2023' (it names an amendment not yet made)", function () {
    // (six dates × every rule and circuit: about a second alone, more on a loaded machine)
    this.timeout(20_000);
    for (const date of ["2019-06-01", "2020-10-15", "2021-01-15", "2021-06-01", "2022-06-01", "2023-10-31"]) {
      const fs = findings(date);
      assert.ok(fs.length > 100, `${date}: ${fs.length} findings`);
      const bad = fs.filter((f) => texts(f).includes("pre-2023")).map((f) => `${f.rule} ${f.circuit}: ${texts(f).slice(0, 200)}`);
      assert.deepEqual(bad, [], date);
    }
  });
  it("from Nov. 1, 2023 the earlier policy statement is still called the pre-2023 § 1B1.13 where a finding speaks of it; no marker is left anywhere", () => {
    const after = findings("2024-06-01");
    assert.ok(after.some((f) => texts(f).includes("pre-2023 § 1B1.13")));
    for (const date of ["2001-06-01", "2012-06-01", "2019-06-01", "2021-06-01", "2024-06-01", "2026-12-01"]) for (const f of findings(date)) assert.ok(!texts(f).includes("{dated"), `${date} ${f.rule}`);
  });
});

describe("audit 15 O4, more forms: later decisions, later deletions and edition ranges not told to an earlier brief", () => {
  const authorityOf = (f: Finding | undefined, prefix: string) => f?.authorities.find((a) => a.cite.startsWith(prefix));
  const motion = (circuit: string, edition: number, briefDate: string) =>
    analyzeBrief(CR_C, S(circuit, edition, { briefDate, compassionate: true, document: "compassionate-release-motion" })).find((f) => f.rule === "compassionate-release-family");
  it("Ruvalcaba, Marcussen and Jenkins are quoted without Leyva-Martinez (D. Neb. Sept. 13, 2023) before its day, with it from then (seeds/004; ref holdings.json)", () => {
    for (const [circuit, prefix] of [["1", "United States v. Ruvalcaba"], ["8", "United States v. Marcussen"], ["dc", "United States v. Jenkins"]] as const) {
      for (const date of ["2022-11-01", "2023-09-12"]) {
        const a = authorityOf(motion(circuit, 2022, date), prefix);
        assert.ok(a, `${prefix} ${date}`);
        assert.ok(!/Leyva-Martinez|2023/.test(a.holding), `${date}: ${a.holding}`);
        assert.ok(!a.holding.includes("()") && !a.holding.includes(" ."), a.holding);
      }
      const later = authorityOf(motion(circuit, 2022, "2023-09-13"), prefix);
      assert.ok(later?.holding.includes("United States v. Leyva-Martinez, No. 8:21CR232 (D. Neb. Sept. 13, 2023)"), later?.holding);
    }
  });
  it("Trenkler's quotation names Leyva-Martinez only from Sept. 13, 2023", () => {
    const mm = (date: string) =>
      analyzeBrief(MM, S("1", 2022, { briefDate: date, compassionate: true, document: "compassionate-release-motion" })).find((f) => f.rule === "compassionate-release-mandatory-minimum");
    const before = authorityOf(mm("2023-01-15"), "United States v. Trenkler");
    assert.ok(before, "Trenkler");
    assert.ok(!before.holding.includes("Leyva-Martinez"), before.holding);
    assert.ok(before.holding.includes("(47 F.4th at 48). It did not address reductions below a mandatory minimum."), before.holding);
    assert.ok(authorityOf(mm("2023-10-01"), "United States v. Trenkler")?.holding.includes("as quoted in Leyva-Martinez"));
  });
  it("Martinez-Ramos is held without Palacios-Becerril (D. Idaho Mar. 24, 2006) before its day (seeds/003, DATED: March 24, 2006)", () => {
    const alien = (date: string, edition: number) => analyzeBrief(ALIEN, S("9", edition, { sentencingDate: date })).find((f) => f.rule === "deportable-alien-status");
    const before = authorityOf(alien("2003-06-01", 2002), "United States v. Martinez-Ramos");
    assert.ok(before, "Martinez-Ramos");
    assert.ok(!/Palacios|2006/.test(before.holding), before.holding);
    assert.ok(before.holding.endsWith("so the Commission considered it."), before.holding);
    assert.ok(authorityOf(alien("2007-06-01", 2006), "United States v. Martinez-Ramos")?.holding.includes("Palacios-Becerril"));
  });
  it("§ 2L1.2 n.6 (2018–2024 Manuals): its deletion by Amendment 836 (Nov. 1, 2025) is not told before that day; the note's cite names no end before the next Manual", () => {
    const minor = (edition: number, extra: Partial<AnalysisSettings>) => analyzeBrief(MINOR, S("9", edition, extra)).find((f) => f.rule === "prior-conviction-seriousness");
    for (const date of ["2019-06-01", "2025-10-31"]) {
      const a = authorityOf(minor(date < "2024-11-01" ? 2018 : 2024, { sentencingDate: date }), "USSG § 2L1.2, comment. (n.6)");
      assert.ok(a, date);
      assert.ok(!/836|2025|deleted/.test(a.holding), `${date}: ${a.holding}`);
      assert.equal(a.cite, "USSG § 2L1.2, comment. (n.6) (Manuals from Nov. 2018)");
    }
    const after = authorityOf(minor(2024, { sentencingDate: "2025-06-01", briefDate: "2025-12-01", resentencing: true }), "USSG § 2L1.2, comment. (n.6)");
    assert.ok(after?.holding.includes("deleted with the other departure notes by Amendment 836 (eff. Nov. 1, 2025)"), after?.holding);
    assert.equal(after?.cite, "USSG § 2L1.2, comment. (n.6) (Nov. 2018–2024 Manuals)");
  });
  it("an edition range's end is named only from the day the next text took effect: § 1B1.13 n.1(C) (Nov. 2016–2022), § 2L1.2 n.1(B)(vii) (Nov. 2003–2011)", () => {
    const fam = authorityOf(motion("9", 2018, "2019-05-01"), "USSG § 1B1.13, comment. (n.1(C))");
    assert.equal(fam?.cite, "USSG § 1B1.13, comment. (n.1(C)) (Manuals from Nov. 2016)");
    const famLater = analyzeBrief(CR_C, S("9", 2022, { sentencingDate: "2022-06-01", briefDate: "2024-06-01", resentencing: true })).find((f) => f.rule === "compassionate-release-family");
    for (const a of famLater?.authorities ?? []) assert.ok(!a.cite.includes("Manuals from Nov. 2016"), a.cite);
    const rev = (edition: number, date: string) => analyzeBrief(REVOKED, S("9", edition, { sentencingDate: date, document: "sentencing-memorandum" })).find((x) => x.rule === "revocation-sentence");
    const f = rev(2006, "2007-06-01");
    assert.ok(f && !`${f.message}\n${f.basis}`.includes("2003–2011"), f?.message);
    assert.equal(authorityOf(f, "USSG § 2L1.2, comment. (n.1(B)(vii))")?.cite, "USSG § 2L1.2, comment. (n.1(B)(vii)) (Manuals from Nov. 2003)");
  });

  // The general check: every rule's first two examples, in each circuit (and none), as six kinds of filing, on dates from
  // 1996 to 2026. A full date ("Sept. 13, 2023", "eff. Nov. 1, 2025") later than the brief's, or an edition range whose
  // end the brief's date did not yet know ("Nov. 2016–2022 Manuals": known from Nov. 1 of the year after it), in any
  // text a finding shows — message, basis, advice, "But see", every authority's citation and holding — must be told as
  // later law (TOLD_LATER within 300 characters before it or 120 after; a dated list that says "only from its date"; the
  // runtime's "Decided after the brief's date" note after it), or be listed in KNOWN_LATER as recorded and not yet fixed.
  const MONTH: Record<string, string> = { Jan: "01", January: "01", Feb: "02", February: "02", Mar: "03", March: "03", Apr: "04", April: "04", May: "05", June: "06", July: "07", Aug: "08", August: "08", Sept: "09", September: "09", Oct: "10", October: "10", Nov: "11", November: "11", Dec: "12", December: "12" };
  const FULL_DATE = /\b(Jan|January|Feb|February|Mar|March|Apr|April|May|June|July|Aug|August|Sept|September|Oct|October|Nov|November|Dec|December)\.? (\d{1,2}), (\d{4})\b/g;
  const RANGE_END = /\b(\d{4})(?:–| and | to )(\d{4}) Manuals\b|\b(\d{4})–(\d{4}) § ?\d|Nov\. 1, \d{4} – Oct\. 31, (\d{4})/g;
  const TOLD_LATER = ["later", "came with", "came to", "not yet law", "as in force before that day"];
  /** Recorded, not fixed (CHANGELOG, audit 15 O4, more forms — open): [rule, the date or range as written]. */
  const KNOWN_LATER: [RuleId, string, string][] = [
  ];
  const kinds: Partial<AnalysisSettings>[] = [{ document: "sentencing-memorandum" }, { resentencing: true }, { compassionate: true, document: "compassionate-release-motion" }, { document: "rule-35-motion" }, { document: "2255-motion" }, {}];
  const laterMentions = (date: string) => {
    const out: { rule: RuleId; said: string; text: string }[] = [];
    for (const sentence of RULE_FILES.flatMap((r) => r.examples.flag.slice(0, 2)))
      for (const circuit of [null, "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "dc"])
        for (const kind of kinds)
          for (const f of analyzeBrief(sentence, S(circuit, editionOnDate(date, "").edition, { briefDate: date, ...kind }))) {
            for (const text of [f.message, f.basis, f.instead, f.butSee, ...f.authorities.flatMap((a) => [a.cite, a.holding])]) {
              const hits: { at: number; said: string }[] = [];
              for (const m of text.matchAll(FULL_DATE)) if (`${m[3]}-${MONTH[m[1]]}-${m[2].padStart(2, "0")}` > date) hits.push({ at: m.index!, said: m[0] });
              for (const m of text.matchAll(RANGE_END)) if (`${Number(m[2] ?? m[4] ?? Number(m[5]) - 1) + 1}-11-01` > date) hits.push({ at: m.index!, said: m[0] });
              for (const h of hits) {
                const near = text.slice(Math.max(0, h.at - 300), h.at + h.said.length + 120);
                if (TOLD_LATER.some((w) => near.includes(w)) || text.slice(0, h.at).includes("only from its date") || text.slice(h.at).includes("(Decided after the brief's date")) continue;
                out.push({ rule: f.rule, said: h.said, text });
              }
            }
          }
    return out;
  };
  const DATES = ["1996-06-01", "1998-06-01", "2001-06-01", "2003-06-01", "2005-06-01", "2007-06-01", "2009-06-01", "2011-06-01", "2014-06-01", "2017-06-01", "2019-06-01", "2021-06-01", "2022-06-01", "2023-06-01", "2024-06-01", "2025-06-01"];
  it("no finding tells a brief a date or an edition range's end later than its own date, unless it says the law came later (or the item is recorded as open)", function () {
    this.timeout(120_000);
    const found = new Set<string>();
    const bad: string[] = [];
    for (const date of DATES)
      for (const h of laterMentions(date)) {
        const k = KNOWN_LATER.find(([rule, said]) => rule === h.rule && said === h.said);
        if (k) found.add(`${k[0]}|${k[1]}`);
        else bad.push(`${date} ${h.rule}: "${h.said}" in …${h.text.slice(Math.max(0, h.text.indexOf(h.said) - 100), h.text.indexOf(h.said) + 60)}…`);
      }
    assert.deepEqual([...new Set(bad)], []);
    for (const [rule, said] of KNOWN_LATER) assert.ok(found.has(`${rule}|${said}`), `${rule}: "${said}" no longer occurs (remove it from KNOWN_LATER)`);
  });
  it("the general check finds the forms it is for (a later decision quoted in a holding, a later deletion, an open range's end)", () => {
    const probe = (text: string, date: string) => {
      const hits = [...text.matchAll(FULL_DATE)].filter((m) => `${m[3]}-${MONTH[m[1]]}-${m[2].padStart(2, "0")}` > date).length + [...text.matchAll(RANGE_END)].filter((m) => `${Number(m[2] ?? m[4] ?? Number(m[5]) - 1) + 1}-11-01` > date).length;
      return hits;
    };
    assert.ok(probe("(as quoted in United States v. Leyva-Martinez, No. 8:21CR232 (D. Neb. Sept. 13, 2023))", "2022-06-01") > 0);
    assert.ok(probe("deleted with the other departure notes by Amendment 836 (eff. Nov. 1, 2025)", "2019-06-01") > 0);
    assert.ok(probe("USSG § 1B1.13, comment. (n.1(C)) (Nov. 2016–2022 Manuals)", "2019-05-01") > 0);
    assert.equal(probe("USSG § 1B1.13, comment. (n.1(C)) (Nov. 2016–2022 Manuals)", "2023-11-01"), 0);
    assert.ok(probe("The Manual in force (Nov. 1, 1997 – Oct. 31, 2001)", "1998-06-01") > 0);
    assert.ok(probe("USSG § 2L1.2, comment. (n.2) (Nov. 2016 and 2017 Manuals)", "2018-10-31") > 0);
    assert.equal(probe("USSG § 2L1.2, comment. (n.2) (Manuals from Nov. 2016)", "2017-06-01"), 0);
  });
});

describe("the law of the filing its title names (session 29, probes pk and pl)", () => {
  it("a resentencing memorandum named only by its title is judged at a resentencing (Pepper), not as a final sentence", () => {
    const text = "# Defendant's Memorandum for Resentencing\n\nSince his original sentencing Mr. Tolliver earned his GED and completed RDAP, and that rehabilitation warrants a lower sentence.\n";
    const [f] = analyzeBrief(text, S("7", 2015, { sentencingDate: "2016-09-14" }));
    assert.equal(f.rule, "post-sentencing-rehabilitation");
    assert.match(f.message, /^Permitted at a resentencing after vacatur — Pepper v\. United States/);
    // the same under front matter that says only sentencing-memorandum (the title refines it)
    const fm = `---\ndocument: sentencing-memorandum\n---\n\n${text}`;
    const [g] = analyzeBrief(fm, S("7", 2015, { sentencingDate: "2016-09-14", document: "sentencing-memorandum" }));
    assert.match(g.message, /^Permitted at a resentencing after vacatur/);
  });
  it("a First Step Act § 404 motion named by its title is judged by the § 404 outcome and its lead (Concepcion), not as compassionate release", () => {
    const text = "MOTION FOR SENTENCE REDUCTION UNDER SECTION 404 OF THE FIRST STEP ACT\n\nIn fifteen years of custody he has completed more than 40 programs, including the 500-hour RDAP and a paralegal certificate, and he has worked as a GED tutor since 2012.\n";
    const [f] = analyzeBrief(text, S("4", 2021, { briefDate: "2022-07-21" }));
    assert.equal(f.rule, "post-sentencing-rehabilitation");
    assert.match(f.message, /^In a First Step Act § 404 proceeding .* — Concepcion v\. United States, 597 U\.S\. 481/);
  });
  it("rehabilitation 'not offered \"alone\"', joined by another ground, is told it may be weighed in combination — not warned that it is not enough alone (legal audit of session 32, pt-006, pt-060)", () => {
    const motion = (p: string) => `---\ndocument: compassionate-release-motion\ncircuit: 1\ndate: 2024-03-01\n---\n\n# Motion for Compassionate Release\n\n${p}\n`;
    const sev = (p: string) => analyzeBrief(motion(p), S("1", 2023, { document: "compassionate-release-motion", briefDate: "2024-03-01" })).filter((f) => f.rule === "compassionate-release-rehabilitation").map((f) => f.severity);
    assert.deepEqual(sev("Rehabilitation is the center of this motion, and it is not offered \"alone.\" It is joined by an act that put his life at risk for an officer of the institution, which § 1B1.13(b)(5) reaches."), ["information"]);
    // …while a motion that rests on rehabilitation alone, quoting the statute's "alone", is still warned
    assert.deepEqual(sev("Section 994(t) says rehabilitation \"alone\" is not enough, but what Mr. Sims has done in prison is so far beyond the ordinary that it stands on its own."), ["warning"]);
    // a pro se movant who says he is not asking for release on rehabilitation alone, or a reply that makes it central "so
    // long as it is not the only one" (legal audit of session 33, pu-018, pu-042, pr-048)
    assert.deepEqual(sev("My rehabilitation is extraordinary: twelve years without a write-up, a degree, and a job training others. I am not asking the Court to let me go because of rehabilitation alone."), ["information"]);
    assert.deepEqual(sev("Rehabilitation may be — and here is — the central reason for relief, so long as it is not the only one alone."), ["information"]);
    // (legal audit of session 33, round 3: pk-048, pm-044, pm-008)
    assert.deepEqual(sev("This rehabilitation does not stand alone. Mr. Wendt has diabetes, kidney disease and a heart attack behind him. The combination is the extraordinary and compelling reason: a model of rehabilitation, sustained over decades, in an old and ill man."), ["information"]);
    assert.deepEqual(sev("Mr. Wendt's rehabilitation alone would carry this motion, but here it is one circumstance among several, to be weighed with his age and the time served."), ["information"]);
  });
  it("a sentence that describes the other district's § 5K3.1 departure and asks to vary is a variance: the First Circuit's Rodríguez, not the departure bar (legal audit of session 32, ps-001)", () => {
    const text = "---\ndocument: sentencing-memorandum\ncircuit: 1\ndate: 2008-09-15\n---\n\n# Sentencing Memorandum\n\nHad he been arrested in San Diego, the United States Attorney there would have offered him a four-level departure under USSG § 5K3.1 in exchange for a quick plea; the Court should vary to eliminate that disparity.\n";
    const [f] = analyzeBrief(text, S("1", 2007, { document: "sentencing-memorandum", briefDate: "2008-09-15" }));
    assert.match(f.message, /permitted in the First Circuit, not required — United States v\. Rodríguez, 527 F\.3d 221/);
  });
  it("rehabilitation in a Fourth Circuit § 404 motion of Sept. 2020: Chambers (Apr. 23, 2020) binds and permits the variance; before it, circuit law was divided (legal audit of session 32, pt-040)", () => {
    const text = "# Motion for Imposition of a Reduced Sentence Under Section 404 of the First Step Act\n\nSince his original sentencing he has had no disciplinary infractions, completed the Challenge Program and an associate degree, and mentored new arrivals; a reduced sentence should reflect that record.\n";
    const [f] = analyzeBrief(text, S("4", 2018, { briefDate: "2020-09-14" }));
    assert.equal(f.rule, "post-sentencing-rehabilitation");
    assert.match(f.message, /^Permitted in the Fourth Circuit at the brief's date: a First Step Act § 404 court may vary .* — United States v\. Chambers, 956 F\.3d 667 \(4th Cir\. 2020\)/);
    const [g] = analyzeBrief(text, S("4", 2018, { briefDate: "2020-03-01" }));
    assert.ok(!/Chambers/.test(g.message), g.message);
    const [h] = analyzeBrief(text, S("7", 2018, { briefDate: "2020-09-14" }));
    assert.ok(!/Chambers/.test(h.message), h.message);
  });
  it("a challenge to § 2L1.2's revocation commentary under Kisor (3d Cir., 2022) is a question of the circuit's law on deference, not a warning that the commentary binds everywhere (session 32)", () => {
    const text = "# Defendant's Sentencing Memorandum\n\nUnder Kisor and United States v. Nasir, 17 F.4th 459 (3d Cir. 2021) (en banc), the commentary's instruction to add the revocation term gets no deference, and the revocation term should not count toward the sentence imposed under § 2L1.2(b)(2).\n";
    const [f] = analyzeBrief(text, S("3", 2021, { briefDate: "2022-05-02" }));
    assert.equal(f.rule, "revocation-sentence");
    assert.equal(f.severity, "information");
    assert.match(f.message, /Third Circuit's law on deference to Guidelines commentary after Kisor v\. Wilkie, 588 U\.S\. 558 \(2019\)/);
    assert.ok(!/Binding in every federal court/.test(f.message));
    // before Kisor (June 26, 2019) the commentary's rule stands as it was
    const [g] = analyzeBrief(text, S("3", 2018, { briefDate: "2019-03-01" }));
    assert.equal(g.severity, "warning");
  });
  it("a § 404 motion's plea under the Fair Sentencing Act's changed minimum is told § 404(b)'s own words, not only Concepcion's 'intervening changes' (session 31's open item)", () => {
    const text = "# Motion for a Reduced Sentence Under Section 404 of the First Step Act\n\nMr. Jones was convicted of possessing with intent to distribute 50 grams of crack cocaine, which carried a ten-year mandatory minimum in 2008. Section 2 of the Fair Sentencing Act raised the threshold to 280 grams, so the mandatory minimum no longer applies to his offense, and the Court may now reduce his sentence below the former 120-month minimum.\n";
    const [f] = analyzeBrief(text, S("4", 2022, { briefDate: "2023-03-01" }));
    assert.equal(f.rule, "compassionate-release-mandatory-minimum");
    assert.equal(f.severity, "information");
    assert.match(f.message, /^In a First Step Act § 404 proceeding the court may "impose a reduced sentence as if" sections 2 and 3 of the Fair Sentencing Act of 2010 were in effect .* — Concepcion v\. United States, 597 U\.S\. 481/);
  });
  it("a government's sentencing memorandum under front matter that says only sentencing-memorandum is not told its own opposition is foreclosed (audit 16, open item 1)", () => {
    const text = "---\ndocument: sentencing-memorandum\ncircuit: 9\n---\n# Government's Sentencing Memorandum\n\nThe United States opposes the requested variance because defendants in other districts receive fast-track plea offers only when they meet the program's criteria, and Mr. Ruiz did not.\n";
    const found = analyzeBrief(text, S("9", 2018, { document: "sentencing-memorandum", briefDate: "2019-05-01" }));
    assert.ok(found.every((x) => x.severity !== "warning"), JSON.stringify(found.map((x) => [x.rule, x.severity])));
  });
});

describe("citation-check: the editions a message names, as the brief's date knows them (audit 16 and 17, open item)", () => {
  // ../shared/reference/README.md (§2L1.2's changes: 1997, 2001, 2011, 2012, 2016, 2018, 2025), era_2008_2015.json
  // (Amendments 722, 740, 787), era_2025.json's historical notes (§3F1.1 by Amendment 836, Nov. 1, 2025; §5K3.1 by
  // Amendment 651, Oct. 27, 2003; the § 5K2 deletions), era_2016.json (§1B1.13 added by Amendment 683, Nov. 1, 2006)
  const citationsOf = (front: string, body: string) => checkBrief(new Brief(`---\ncircuit: 9\n${front}\n---\n\n# Memorandum\n\n${body}\n`), {}).citations;
  const MONTHS: Record<string, number> = { Jan: 1, Feb: 2, Mar: 3, Apr: 4, May: 5, June: 6, July: 7, Aug: 8, Sept: 9, Oct: 10, Nov: 11, Dec: 12 };
  /** Full dates later than `date`, and years (of an edition, an amendment, a range's end) later than the Manual in force on it. */
  const later = (message: string, date: string): string[] => {
    const out: string[] = [];
    const full = /\b(Jan|Feb|Mar|Apr|May|June|July|Aug|Sept|Oct|Nov|Dec)\.? (\d{1,2}), (\d{4})/g;
    for (const m of message.matchAll(full)) if (`${m[3]}-${String(MONTHS[m[1]]).padStart(2, "0")}-${m[2].padStart(2, "0")}` > date) out.push(m[0]);
    for (const m of message.replace(full, "").matchAll(/\b(19[89]\d|20[0-3]\d)\b/g)) if (Number(m[1]) > editionInForceOn(date)) out.push(m[0]);
    return out;
  };
  const CITES = [
    "USSG §2L1.2(b)(1)(C)", "USSG §2L1.2(b)(1)(A)(vii)", "USSG §2L1.2(b)(2)", "USSG §2L1.2(b)(2)(A)", "USSG §2L1.2(b)(3)", "USSG §2L1.2(b)(4)", "USSG §2L1.2(c)",
    "USSG §2L1.2, comment. (n.5)", "USSG §2L1.2, comment. (n.6)", "USSG §2L1.2, comment. (n.7)", "USSG §2L1.2, comment. (n.8)", "USSG §2L1.2, comment. (n.9)", "USSG §2L1.2, comment. (n.1(B)(vii))", "USSG §2L1.2, comment. (n.1(C))",
    "USSG §3F1.1", "USSG §5K3.1", "USSG §5K2.22", "USSG §1B1.13", "USSG §1B1.13(b)(6)", "USSG §1B1.13, comment. (n.1(C))",
  ];
  const DATES = ["1996-06-01", "1998-06-01", "2001-06-01", "2003-06-01", "2004-03-01", "2007-06-01", "2009-06-01", "2011-06-01", "2013-06-01", "2015-06-01", "2017-06-01", "2019-06-01", "2022-06-01", "2024-06-01", "2025-06-01"];
  const BODY = CITES.map((c, i) => `Point ${i + 1} rests on ${c}.`).join("\n\n");
  it("a brief of 2004 under the 2003 Manual is not told of the 2016–2025 Manuals (§ 2L1.2(b)(2)(A)) nor of Amendment 722 (n.9)", () => {
    const found = citationsOf("sentencing-date: 2004-03-01", "The enhancement under USSG §2L1.2(b)(2)(A) does not apply. See also USSG §2L1.2, comment. (n.9).");
    assert.equal(found.length, 2);
    assert.match(found[0].message, /^§2L1\.2\(b\)\(2\)\(A\) is not in the 2003 Guidelines Manual\. No edition Heartland has \(1995–2003\) contains it\./);
    assert.match(found[1].message, /^§2L1\.2, comment\. \(n\.9\) is not in the 2003 Guidelines Manual: there the Application Notes ended with Note 6 \(Heartland's sources record no further note in this Manual\)\./);
    for (const f of found) assert.deepEqual(later(f.message, "2004-03-01"), [], f.message);
  });
  it("a § 2255 motion of 2019 under the 2003 Manual is told the editions up to 2018, and a brief with no date all of them", () => {
    const [f] = citationsOf("guidelines-manual: 2003\ndate: 2019-06-01", "The enhancement under USSG §2L1.2(b)(2)(A) does not apply.");
    assert.match(f.message, /It appears in the 2016–2018 Manuals\./);
    const [g] = citationsOf("guidelines-manual: 2003", "The enhancement under USSG §2L1.2(b)(2)(A) does not apply.");
    assert.match(g.message, /It appears in the 2016–2025 Manuals\./);
  });
  it("§ 3F1.1 in a brief of 2011: not in its Manual, §5K3.1 covers the subject; no word of Amendment 836 (Nov. 1, 2025)", () => {
    const [f] = citationsOf("sentencing-date: 2011-03-01", "The government moved under USSG §3F1.1.");
    assert.match(f.message, /^§3F1\.1 is not in the 2010 Guidelines Manual\. There, the subject is covered by §5K3\.1\./);
    assert.ok(!/836|2025|2024/.test(f.message), f.message);
    assert.equal(f.fix?.newText, "5K3.1");
  });
  it("no citation-check message names a date, or an edition, later than the brief's date (20 citations × 15 dates, by sentencing date and by a later brief date)", function () {
    this.timeout(60_000);
    const bad: string[] = [];
    let told = 0;
    for (const date of DATES) {
      for (const front of [`sentencing-date: ${date}`, `guidelines-manual: 1995\ndate: ${date}`])
        for (const f of citationsOf(front, BODY)) {
          told++;
          const l = later(f.message, date);
          if (l.length) bad.push(`${front.replace("\n", ", ")}: ${l.join(", ")} in ${f.message}`);
        }
    }
    assert.deepEqual(bad, []);
    assert.ok(told > 200, `only ${told} findings`);
  });
});

describe("legal audit 19: the rule pages (docs/rules/<rule>.md) and the data they are built from", () => {
  const all = (id: RuleId) => {
    const r = ruleData(id);
    return [...r.holdings, ...(r.guidelineText ?? [])];
  };
  const page = (id: string) => readFileSync(join(__dirname, "../../../docs/rules", `${id}.md`), "utf8");
  const head = (id: string) => page(id).slice(0, page(id).indexOf("## Where the law stands"));
  it("R1 Leyva-Martinez on family hardship: a denial on the weighing ('hard to say … extraordinary at all'), not a holding that it is not extraordinary and compelling (seeds/004)", () => {
    const lm = all("compassionate-release-family").find((h) => h.authority === "leyva_martinez")!;
    assert.ok(!/^A spouse working .* were not extraordinary and compelling/.test(lm.holding), lm.holding);
    assert.ok(lm.holding.includes("hard to say the situation is extraordinary at all") && lm.holding.includes("very inmate has a family they leave behind"), lm.holding);
    const cs = ruleData("compassionate-release-family").currentStatus;
    assert.ok(!cs.includes("Ordinary family hardship from incarceration is not extraordinary and compelling (Leyva-Martinez"), cs);
  });
  it("R2 Leyva-Martinez on rehabilitation: the order restates the policy statement's commentary (n.3); the motion rested on the children (seeds/004)", () => {
    const lm = all("compassionate-release-rehabilitation").find((h) => h.authority === "leyva_martinez")!;
    assert.ok(lm.holding.includes("commentary") && lm.holding.includes("\"is not, by itself, an extraordinary and compelling reason"), lm.holding);
  });
  it("R3 Palacios-Becerril on deportable-alien status: said in the alternative, after the order denied the motion for want of a vehicle (seeds/003)", () => {
    const pb = all("deportable-alien-status").find((h) => h.authority === "palacios_becerril")!;
    assert.ok(pb.holding.includes("in the alternative"), pb.holding);
  });
  it("R4 Avalos Banderas on removal to Mexico: no pin (1062 is the burden-of-proof page Leyva-Martinez quotes, not this point) and no note saying Leyva-Martinez quotes it", () => {
    const ab = all("deportable-alien-status").find((h) => h.authority === "avalos_banderas")!;
    assert.equal(ab.cite, "United States v. Avalos Banderas, 39 F.4th 1059 (8th Cir. 2022)");
    assert.ok(!ab.statusNote?.includes("both propositions as quoted"), ab.statusNote);
  });
  it("R5 Fernandez (2d Cir. 2024) reviewed a grant under the pre-Nov. 1, 2023 policy statement (holdings.json P19: era cr_fsa_pre_2023)", () => {
    const f = all("compassionate-release-innocence").find((h) => h.authority === "fernandez_2d")!;
    assert.equal(f.era, "cr_fsa_pre_2023");
  });
  it("R6 the hand-written heads say what is flagged, not what the law is: no holding, no 'belong to … § 2255' for every circuit", () => {
    for (const id of ["compassionate-release-covid", "compassionate-release-innocence", "reentry-guideline-policy"]) {
      const h = head(id);
      assert.ok(!/\bhold(s)?\b|\bheld\b|belong to a direct appeal/.test(h), `${id}: ${h}`);
      assert.ok(h.includes("Where the law stands"), `${id} points to the law section`);
    }
  });
  it("R7 post-sentencing-rehabilitation's not-flagged example no longer restates the deleted § 5K2.19 as if in force", () => {
    assert.ok(!head("post-sentencing-rehabilitation").includes("are not an appropriate basis for a downward departure"), head("post-sentencing-rehabilitation"));
  });
  it("open item, now fixed: Palacios-Becerril's § 5K2.19 point is in the alternative on the post-sentencing and after-sentencing pages and in the \"But see\" (seeds/003: \"even if Defendant had filed this motion as a § 2255 motion …\")", () => {
    for (const id of ["post-sentencing-rehabilitation", "departure-after-sentencing"] as const) {
      const pb = all(id).find((h) => h.authority === "palacios_becerril")!;
      assert.ok(pb.holding.startsWith("Denied a post-judgment motion for a downward departure") && pb.holding.includes("in the alternative it observed that, even on a timely § 2255 motion, post-conviction rehabilitation"), `${id}: ${pb.holding}`);
      assert.ok(!pb.holding.includes("in any event not a departure ground"), `${id}: ${pb.holding}`);
      for (const d of ruleData(id).developments) assert.ok(!d.effect.includes("§ 5K2.19 rationale of Palacios-Becerril"), `${id}: ${d.effect}`);
      assert.ok(!page(id).includes("was in any event not a departure ground under § 5K2.19"), id);
    }
    const bs = ruleData("post-sentencing-rehabilitation").butSee;
    assert.ok(!bs.includes("(post-conviction rehabilitation is not a basis for a departure once sentence is imposed"), bs);
    assert.ok(bs.includes("(observing, in denying a post-judgment motion for a departure because a final sentence can be changed only under Rule 35"), bs);
    assert.ok(page("post-sentencing-rehabilitation").includes(bs), "the page's \"But see\" is the data's");
  });
  it("open item, now fixed: the family page does not put the 8th Cir. among circuits treating the pre-2023 § 1B1.13 as guidance only — Marcussen allowed consulting it; \"not binding\" is the Leyva-Martinez district court's (ref holdings.json P18; seeds/004)", () => {
    const cs = ruleData("compassionate-release-family").currentStatus;
    assert.ok(!/guidance only, 8th \(Marcussen\)/.test(cs), cs);
    assert.ok(cs.includes("The 8th allowed a district court to consult it") && cs.includes("\"allowing that practice\""), cs);
    assert.ok(!/guidance only[^.]*Marcussen/.test(page("compassionate-release-family")), "page");
    const m = all("compassionate-release-family").find((h) => h.authority === "marcussen")!;
    assert.ok(m.holding.startsWith("Allowed a district court to consult"), m.holding);
    for (const o of ruleData("compassionate-release-family").outcomes.filter((x) => x.lead === "United States v. Marcussen")) {
      assert.ok(!/not binding|guidance only/.test(o.message ?? ""), o.message);
      assert.ok(o.basis.includes("8th — a court may consult it (Marcussen"), o.basis);
    }
  });
  it("open item, now fixed (law32): on the deportable-alien page and in its findings Palacios-Becerril is not an application of Martinez-Ramos — the order denied a post-judgment motion for want of a procedure and made the § 1326 point only in the alternative (seeds/003: \"even if Defendant had filed this motion as a § 2255 motion …\")", () => {
    const r = ruleData("deportable-alien-status");
    const mr = all("deportable-alien-status").find((h) => h.authority === "martinez_ramos")!;
    assert.ok(!/applied in/.test(mr.holding), mr.holding);
    assert.ok(mr.holding.includes("{dated from=2006-03-24| (cited, in the alternative, by United States v. Palacios-Becerril") && mr.holding.includes("in denying a post-judgment motion for a departure"), mr.holding);
    assert.ok(!/applied in Palacios-Becerril/.test(r.currentStatus), r.currentStatus);
    assert.ok(r.currentStatus.includes("observed in the alternative, in denying a post-judgment motion for a departure") && r.currentStatus.includes("(Palacios-Becerril, D. Idaho Mar. 24, 2006; persuasive only)"), r.currentStatus);
    assert.ok(!r.butSee.endsWith("(D. Idaho Mar. 24, 2006) (order)."), r.butSee);
    assert.ok(r.butSee.includes("United States v. Palacios-Becerril, No. CR-03-52-E-BLW (D. Idaho Mar. 24, 2006) (order) (observing, in denying a post-judgment motion for a departure because a final sentence can be changed only under Rule 35, a § 3742 remand or § 2255, that deportable-alien status of an alien convicted of a § 1326 offense is not an appropriate basis for a downward departure)."), r.butSee);
    const p = page("deportable-alien-status");
    assert.ok(!/applied in (United States v\. )?Palacios-Becerril/.test(p), "page");
    assert.ok(p.includes(r.butSee), "the page's \"But see\" is the data's");
    // the findings: a 9th Cir. § 1326 brief after the order (its hover, its quick fix) and one before it (no word of the order)
    const [f] = analyzeBrief(ALIEN, S("9", 2006, { sentencingDate: "2007-06-01", offense: "8 U.S.C. § 1326" }));
    assert.equal(f.rule, "deportable-alien-status");
    const fm = f.authorities.find((a) => a.cite.startsWith("United States v. Martinez-Ramos"))!;
    assert.ok(!/applied in/.test(fm.holding) && fm.holding.includes("(cited, in the alternative, by United States v. Palacios-Becerril"), fm.holding);
    assert.ok(f.butSee.includes("(order) (observing, in denying a post-judgment motion for a departure"), f.butSee);
    for (const s of [f.message, f.basis, f.instead, f.butSee]) assert.ok(!/applied in/.test(s), s);
    const [g] = analyzeBrief(ALIEN, S("9", 2002, { sentencingDate: "2003-06-01", offense: "8 U.S.C. § 1326" }));
    const gm = g.authorities.find((a) => a.cite.startsWith("United States v. Martinez-Ramos"))!;
    assert.ok(!gm.holding.includes("Palacios-Becerril") && !g.butSee.includes("Palacios-Becerril"), `${gm.holding} | ${g.butSee}`);
  });
});

describe("a prior told to receive no criminal history points (facts.ts saysPriorUnscored; legal audit 36a, pq-006)", () => {
  it("reads the fact of the case, not the rule told or the lower count already taken", () => {
    assert.equal(saysPriorUnscored("Because the sentence was imposed more than fifteen years before the instant offense, the conviction received no criminal history points. ROA.203."), true);
    assert.equal(saysPriorUnscored("The conviction is so old it scores no criminal history points at all."), true);
    assert.equal(saysPriorUnscored("The PSR applied a 12-level increase under U.S.S.G. § 2L1.2(b)(1)(A) because Mr. Ochoa was removed after a conviction that does not receive criminal-history points."), false);
    assert.equal(saysPriorUnscored("It moved the sixteen-level increase down to twelve only for priors too old to score criminal history points."), false);
    assert.equal(saysPriorUnscored("He has three criminal history points."), false);
  });
});
