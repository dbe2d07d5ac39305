/**
 * The §2L1.2 calculator: offense level, criminal history category, Sentencing Table range,
 * statutory maximum, §5G1.1, zone, supervised release, early-disposition departure, notes.
 * Pure: no I/O. Input is validated by ./schema (shape) and here (what the edition allows).
 */
import { adjustments, categoryForPoints, cell, eraFor, LATEST_EDITION, minPointsOf, statuteData, statuteFor, tableRange, zoneOf, eraData } from "./data";
import { deriveEnhancements, editionPhrase, minimumPointsFromEnhancements, minimumPointsFromPriors } from "./enhancements";
import { parseRangeInput } from "./schema";
import { resolveStatute } from "./statuteFromPriors";
import { calculateWithManualChoice } from "./manualChoice";
import { criminalHistoryFromPriors, zeroPointApplies } from "./criminalHistory";
import { unverifiedEdition } from "../guidelines/editions";
import { CATEGORIES, RangeInputError, type Category, type Departure, type GuidelineRange, type InputIssue, type RangeInput, type RangeResult, type Statute, type Step, type TableRange } from "./types";

export function editionOf(input: Pick<RangeInput, "manual">): number {
  return input.manual === undefined || input.manual === "latest" ? LATEST_EDITION : input.manual;
}

/** Early disposition by edition: refuses before §5K3.1 existed. Shared with the editor. */
export function checkEarlyDisposition(levels: number, edition: number): string | undefined {
  if (levels > 0 && edition < adjustments.earlyDisposition.departure.firstEdition) {
    return `${editionPhrase(edition)} has no early-disposition provision: §5K3.1 (a departure of not more than 4 levels on the government's motion) took effect Oct. 27, 2003 (Amendment 651), and the 2003 Manual (Nov. 1, 2003) is the first edition to contain it. Use 0, or the 2003 or a later edition.`;
  }
  return undefined;
}

/** Statute and offense date together: refuses what the reference data cannot establish. */
export function checkStatuteDate(statute: RangeInput["statute"], offenseDate: string | undefined): string | undefined {
  if (statute === "1326") return undefined; // resolved from the priors first
  const s = statuteFor(statute);
  if (offenseDate && s.notBeforeDate && offenseDate < s.notBeforeDate) {
    return `an offense on ${offenseDate} predates ${s.notBeforeDate}: ${s.notBeforeReason} Check the statute in force on the offense date.`;
  }
  return undefined;
}

function fmtRange(r: { minMonths: number | null; maxMonths: number | null; life?: boolean }): string {
  if (r.minMonths === null) return "life";
  if (r.maxMonths === null) return `${r.minMonths} months to life`;
  if (r.minMonths === r.maxMonths) return `${r.minMonths} months`;
  return `${r.minMonths}–${r.maxMonths} months`;
}

interface Capped {
  range: GuidelineRange;
  rule: "none" | "a" | "b" | "c";
}

/** USSG §5G1.1: the statutory maximum and minimum applied to the Sentencing Table range. */
export function applyStatutoryLimits(r: TableRange, maxMonths: number, minMonths: number): Capped {
  const lo = r.minMonths ?? Number.POSITIVE_INFINITY;
  const hi = r.maxMonths ?? Number.POSITIVE_INFINITY;
  if (maxMonths < lo) return { range: { minMonths: maxMonths, maxMonths }, rule: "a" };
  if (minMonths > hi) return { range: { minMonths, maxMonths: minMonths }, rule: "b" };
  const nlo = Math.max(lo, minMonths);
  const nhi = Math.min(hi, maxMonths);
  const changed = nlo !== lo || nhi !== hi;
  return { range: { minMonths: nlo, maxMonths: Number.isFinite(nhi) ? nhi : null }, rule: changed ? "c" : "none" };
}

function clampLevel(level: number): number {
  return Math.min(43, Math.max(1, level));
}

/** What "sentence imposed" means in the edition (revocation terms changed three times). */
function sentenceImposedNote(edition: number): string {
  const head = `Sentence imposed: "sentenceMonths" must be the sentence imposed as ${editionPhrase(edition)} defines it`;
  if (edition <= 2002) return `${head}: if all or part of a sentence of imprisonment was probated, suspended, deferred or stayed, only the portion that was not (§2L1.2 comment. (n.1(A)(iv)) (2001–2002)). This text does not say whether a term imposed on revocation of probation counts: the Second, Fifth, Ninth and Tenth Circuits counted it (e.g., United States v. Leiva-Deras, 359 F.3d 183 (2d Cir. 2004); United States v. Moreno-Cisneros, 319 F.3d 456 (9th Cir. 2003)), and Amendment 658 (Nov. 1, 2003) made it express; check the law of the circuit.`;
  const base = `${head} (the "sentence of imprisonment" of §4A1.2 comment. (n.2) and §4A1.2(b)), including any term imposed on revocation of probation, parole or supervised release`;
  if (edition <= 2011) return `${base} (Amendment 658, 2003).`;
  if (edition <= 2015) return `${base}, but only if the revocation occurred before the defendant was deported or unlawfully remained in the United States (Amendment 764, 2012).`;
  if (edition <= 2017) return `${base}. Under this text the Ninth Circuit held that a revocation term imposed after the first order of removal does not count toward (b)(2) (United States v. Hernandez Martinez, 870 F.3d 1163 (9th Cir. 2017)); Amendment 809 (2018) later counted revocations "regardless of when the revocation occurred".`;
  return `${base}, "regardless of when the revocation occurred" (Amendment 809, 2018).`;
}

/** Runs the calculator on validated input. Throws RangeInputError for what the edition does not allow. */
export function calculateRange(input: RangeInput): RangeResult {
  const edition = editionOf(input);
  const era = eraFor(edition);
  const issues: InputIssue[] = [];
  const notes: string[] = [];

  const earlyDisposition = input.earlyDisposition ?? 0;
  const edMsg = checkEarlyDisposition(earlyDisposition, edition);
  if (edMsg) issues.push({ field: "earlyDisposition", message: edMsg });
  const stat = resolveStatute(input.statute, input.priors, input.statuteAsCharged);
  issues.push(...stat.issues);
  const dateMsg = stat.issues.length ? undefined : checkStatuteDate(stat.applied, input.offenseDate);
  if (dateMsg) issues.push({ field: "offenseDate", message: dateMsg });

  // Criminal history from the priors' facts (USSG ch. 4, pt. A): its points also decide which priors the §2L1.2 enhancements count.
  const fromPriors = "fromPriors" in input.criminalHistory ? criminalHistoryFromPriors(input, edition) : undefined;
  if (fromPriors?.issues.length) throw new RangeInputError([...issues, ...fromPriors.issues]);
  const derived = deriveEnhancements(edition, fromPriors ? fromPriors.priorsForEnhancements : input.priors, input.enhancements, stat.applied);
  issues.push(...derived.issues);
  if (issues.length) throw new RangeInputError(issues);

  // --- Offense level -----------------------------------------------------------------------
  const steps: Step[] = [];
  let total = 0;
  const add = (label: string, cite: string, levels: number) => {
    total += levels;
    steps.push({ label, cite, levels, total });
  };
  add("Base offense level", eraData.baseOffenseLevel.cite, eraData.baseOffenseLevel.levels);
  for (const e of derived.applied) add(e.label, `USSG §2L1.2${e.subsection}`, e.levels);
  for (const a of input.otherAdjustments ?? []) add(a.label?.trim() || `Chapter Three adjustment (${a.cite.trim()})`, a.cite.trim(), a.levels);

  const acc = adjustments.acceptance;
  const acceptance = input.acceptance ?? 0;
  const beforeAcceptance = total;
  const motionRule = edition >= acc.governmentMotionFromEdition;
  if (acceptance === 2) {
    add("Acceptance of responsibility", acc.twoLevelCite, -2);
  } else if (acceptance === 3) {
    if (beforeAcceptance >= acc.thirdLevelMinimumOffenseLevel) {
      add("Acceptance of responsibility", acc.threeLevelCite, -3);
      notes.push(
        motionRule
          ? `Acceptance: the third level under §3E1.1(b) applies because the offense level before §3E1.1(a) is ${beforeAcceptance} (16 or greater) and, under ${editionPhrase(edition)}, only upon the government's motion (PROTECT Act, Pub. L. 108-21, § 401(g), eff. Apr. 30, 2003); without the motion the reduction is 2 levels.`
          : `Acceptance: the third level under §3E1.1(b) applies because the offense level before §3E1.1(a) is ${beforeAcceptance} (16 or greater). ${editionPhrase(edition).replace(/^the/, "The")} predates the PROTECT Act (Pub. L. 108-21, § 401(g), eff. Apr. 30, 2003), so the third level did not yet require a government motion; it turned on the defendant's timely assistance to authorities. (A sentencing from Apr. 30, 2003 under that Manual is subject to the Act's direct amendment, which requires the motion.)`,
      );
    } else {
      add("Acceptance of responsibility", acc.twoLevelCite, -2);
      notes.push(`Acceptance: 2 levels, not 3. The third level under §3E1.1(b) is available only if the offense level before §3E1.1(a) is 16 or greater; here it is ${beforeAcceptance}.${motionRule ? " (Even at 16 or more it would also need the government's motion, PROTECT Act § 401(g), eff. Apr. 30, 2003.)" : ""}`);
    }
  }

  const departures: Departure[] = [];
  const ed = adjustments.earlyDisposition;
  if (earlyDisposition > 0 && edition >= ed.adjustment.firstEdition) {
    add("Early disposition program (government motion)", ed.adjustment.cite, -earlyDisposition);
    notes.push(`Early disposition: from Nov. 1, 2025, §3F1.1 lowers the offense level (not more than 4 levels, on the government's motion under an authorized program); it is applied with acceptance at §1B1.1(a)(5), before the Sentencing Table.`);
  }

  if (zeroPointApplies(input, edition, fromPriors)) add("Adjustment for certain zero-point offenders", "USSG §4C1.1", -2);

  const totalOffenseLevel = clampLevel(total);
  if (totalOffenseLevel !== total) notes.push(`The computed offense level ${total} is treated as level ${totalOffenseLevel} (USSG ch. 5, pt. A, comment. (n.2)).`);

  // --- Criminal history ----------------------------------------------------------------------
  const ch = fromPriors ? { points: fromPriors.points } : (input.criminalHistory as { category: Category } | { points: number });
  const category: Category = "category" in ch ? ch.category : categoryForPoints(ch.points);
  if (fromPriors) notes.push(...fromPriors.notes);
  else if ("points" in ch) notes.push(`Criminal history: ${ch.points} point${ch.points === 1 ? "" : "s"} → category ${category} (USSG ch. 5, pt. A).`);

  // Consistency: a prior that triggers an enhancement scores points (§2L1.2 comment. (n.3) from 2016).
  const minPoints = Math.max(input.priors ? minimumPointsFromPriors(input.priors) : 0, minimumPointsFromEnhancements(derived.applied));
  const givenPoints = "points" in ch ? ch.points : undefined;
  const minCategory = categoryForPoints(minPoints);
  if (!fromPriors && minPoints > 0 && (givenPoints !== undefined ? givenPoints < minPoints : CATEGORIES.indexOf(category) < CATEGORIES.indexOf(minCategory))) {
    notes.push(
      `Warning: the prior convictions listed${input.priors ? "" : " (as the enhancements require them)"} would score at least ${minPoints} criminal history points under USSG §4A1.1(a)–(c) (category ${minCategory} or higher), but criminal history is given as ${givenPoints !== undefined ? `${givenPoints} points` : `category ${category} (${minPointsOf(category)}+ points)`}. Check the criminal history${input.priors ? ", or mark priors that receive no points with \"receivesCriminalHistoryPoints\": false" : ""}.`,
    );
  }

  // --- Sentencing Table, statute, §5G1.1 -------------------------------------------------------
  const c = cell(totalOffenseLevel, category);
  const range = tableRange(c);
  const zone = zoneOf(c, edition);
  const statute = statuteFor(stat.applied);
  notes.push(...stat.notes);
  const old = statute.beforePenaltyChange && input.offenseDate && input.offenseDate < statuteData.penaltyChangeDate ? statute.beforePenaltyChange : undefined;
  const statMax = old ? old.maxMonths : statute.maxMonths;
  const statMin = statute.minMonths;
  const capped = applyStatutoryLimits(range, statMax, statMin);

  if (old) notes.push(`Statutory maximum: the offense date ${input.offenseDate} is before Sept. 13, 1994, so ${statute.cite} carries ${old.maxMonths / 12} years (${old.source}).`);
  else if (statute.beforePenaltyChange && !input.offenseDate) notes.push(`Statutory maximum: ${statute.maxMonths / 12} years under ${statute.cite} for an offense on or after Sept. 13, 1994 (it was ${statute.beforePenaltyChange.maxMonths / 12} years before); give "offenseDate" if the offense may predate that.`);
  // The maximum follows the offense date, not the Manual (Pub. L. 103-322, Sept. 13, 1994;
  // reference/guidelines/era_1995.json, Amendment 523 reason). Editions through 1999 can still
  // reach an offense before that date, so say what the range would be if it did.
  if (statute.beforePenaltyChange && !input.offenseDate && edition <= 1999) {
    const alt = applyStatutoryLimits(range, statute.beforePenaltyChange.maxMonths, statMin);
    if (alt.range.minMonths !== capped.range.minMonths || alt.range.maxMonths !== capped.range.maxMonths) {
      notes.push(`Warning: if the offense was committed before Sept. 13, 1994, ${statute.cite} carried ${statute.beforePenaltyChange.maxMonths / 12} years and the guideline range would be ${fmtRange(alt.range)} (USSG §5G1.1), not ${fmtRange(capped.range)}; give "offenseDate" to decide it.`);
    }
  }
  if (statute.fixedConsecutive) notes.push(`${statute.cite} requires imprisonment "for a period of 10 years, which sentence shall not run concurrently with any other sentence": 120 months is both the statutory minimum and maximum, so under USSG §5G1.1 the guideline sentence is 120 months.`);
  if (stat.applied === "1325(a)") notes.push(`§2L1.2 covers 8 U.S.C. § 1325(a) only for a second or subsequent offense (2-year maximum, Class E felony); a first offense is a 6-month misdemeanor with no guideline.`);
  if (capped.rule === "a") notes.push(`USSG §5G1.1(a): the statutory maximum (${statMax} months) is less than the minimum of the Sentencing Table range (${fmtRange(range)}), so ${statMax} months is the guideline sentence.`);
  if (capped.rule === "b") notes.push(`USSG §5G1.1(b): the statutory minimum (${statMin} months) is greater than the maximum of the Sentencing Table range (${fmtRange(range)}), so ${statMin} months is the guideline sentence.`);
  if (capped.rule === "c") notes.push(`USSG §5G1.1(c): the Sentencing Table range ${fmtRange(range)} is restricted to ${fmtRange(capped.range)} by the statutory ${statMin > 0 ? "minimum and maximum" : "maximum"}.`);

  // --- Early disposition as a departure (Oct. 27, 2003 – Oct. 31, 2025) -------------------------
  if (earlyDisposition > 0 && edition < ed.adjustment.firstEdition) {
    const level = clampLevel(totalOffenseLevel - earlyDisposition);
    const dc = cell(level, category);
    const dr = tableRange(dc);
    departures.push({
      label: "Early disposition program departure (government motion)",
      cite: ed.departure.cite,
      levels: -earlyDisposition,
      offenseLevel: level,
      range: dr,
      guidelineRange: applyStatutoryLimits(dr, statMax, statMin).range,
    });
    notes.push(`Early disposition: under ${editionPhrase(edition)}, §5K3.1 is a downward departure (not more than 4 levels, on the government's motion), so it is not part of the total offense level or the guideline range; the ${earlyDisposition}-level departure yields level ${level}, ${fmtRange(dr)} at category ${category}.`);
  }

  // --- Zone and supervised release ---------------------------------------------------------
  notes.push(`Zone ${zone} is read from the Sentencing Table cell (${totalOffenseLevel}/${category}) under the ${edition >= 2010 ? "zone rule in force since Nov. 1, 2010 (Amendment 738)" : "zone rule in force Nov. 1, 1992 – Oct. 31, 2010 (Amendment 462)"}.`);
  // 8 U.S.C. § 1326(b)(3) ("imprisoned for a period of 10 years"): the cell's zone cannot open a
  // non-prison option the statute forbids; the reference data is silent on a zone for a §5G1.1(b)
  // guideline sentence, so the cell's zone is reported and qualified rather than replaced.
  if (statMin > 0 && zone !== "D") {
    notes.push(`Zone ${zone} describes the Sentencing Table cell only: ${statute.cite} requires ${statMin} months of imprisonment, so the sentencing options of zone ${zone} (USSG §5C1.1) are not available; the guideline sentence is ${fmtRange(capped.range)} (USSG §5G1.1(b)).`);
  }
  const srYears = old ? old.supervisedReleaseMaxYears : statute.supervisedReleaseMaxYears;
  const srCite = old ? old.supervisedReleaseCite : statute.supervisedReleaseCite;
  const srClass = old ? old.felonyClass : statute.felonyClass;
  notes.push(`Supervised release: not more than ${srYears} year${srYears === 1 ? "" : "s"} (Class ${srClass} felony; ${srCite}).`);
  const dep = adjustments.deportableAlienSupervisedRelease;
  if (edition >= dep.firstEdition) notes.push(`${dep.cite}: "${dep.text}"`);

  if (era.textStatus.startsWith("DERIVED")) notes.push(`Source: the ${era.firstEdition}–${era.lastEdition} text of §2L1.2(b) is reconstructed from later verbatim text and the recorded amendments (no verbatim copy was available); check the figures against the printed ${edition} Manual.`);
  notes.push(...derived.notes);
  if (!fromPriors && input.priors?.some((p) => p.sentenceMonths !== undefined) && edition >= 2001) notes.push(sentenceImposedNote(edition));

  const alternative = stat.alternative ? alternativeRange(range, stat.alternative, input.offenseDate) : undefined;
  if (alternative && (alternative.guidelineRange.minMonths !== capped.range.minMonths || alternative.guidelineRange.maxMonths !== capped.range.maxMonths)) {
    notes.push(`Under ${statuteFor(stat.alternative!).cite} (statutory maximum ${alternative.statutoryMaximumMonths} months) the guideline range would be ${fmtRange(alternative.guidelineRange)} (USSG §5G1.1), not ${fmtRange(capped.range)}.`);
  }

  const unverified = unverifiedFor(edition, input, steps, !!fromPriors);
  if (unverified) {
    notes.unshift(
      `Unverified for the ${edition} Manual: Heartland has not verified the text of the ${edition} Manual (${unverified.amendments}) and computes with the ${unverified.computedWith} rules. The amendments may have changed these inputs: ${unverified.inputs.map((i) => `${i.cite} (${i.what})`).join("; ")}. Check them against the ${edition} Manual.`,
    );
  }

  return {
    manual: edition,
    ...(unverified ? { unverified } : {}),
    steps,
    totalOffenseLevel,
    criminalHistoryCategory: category,
    ...(fromPriors ? { criminalHistoryPoints: fromPriors.points, criminalHistory: { items: fromPriors.items } } : {}),
    range,
    statutoryMaximumMonths: statMax,
    guidelineRange: capped.range,
    zone,
    supervisedRelease: { maxYears: srYears },
    departures,
    notes,
    statute: {
      stated: input.statute,
      applied: stat.applied,
      ...(stat.supported ? { supportedByPriors: stat.supported } : {}),
      ...(alternative ? { alternative } : {}),
    },
  };
}

/** For an unverified edition: the rules it is computed with and the inputs of this calculation its amendments may have changed. */
function unverifiedFor(edition: number, input: RangeInput, steps: Step[], fromPriors: boolean): RangeResult["unverified"] {
  const u = unverifiedEdition(edition);
  if (!u) return undefined;
  const used = {
    always: true,
    acceptance: (input.acceptance ?? 0) > 0,
    earlyDisposition: (input.earlyDisposition ?? 0) > 0,
    criminalHistoryFromPriors: fromPriors,
    zeroPoint: steps.some((s) => s.cite === "USSG §4C1.1"),
    supervisedRelease: edition >= adjustments.deportableAlienSupervisedRelease.firstEdition,
  };
  return { edition, computedWith: u.carriesTextOf, amendments: u.amendments, inputs: u.calculatorInputs.filter((i) => used[i.when]).map((i) => ({ cite: i.cite, what: i.what })) };
}

/** The guideline range under another § 1326 subsection (the statute as charged, or as the priors support). */
function alternativeRange(range: TableRange, id: Statute, offenseDate: string | undefined): { statute: Statute; statutoryMaximumMonths: number; guidelineRange: GuidelineRange } {
  const s = statuteFor(id);
  const old = s.beforePenaltyChange && offenseDate && offenseDate < statuteData.penaltyChangeDate ? s.beforePenaltyChange : undefined;
  const max = old ? old.maxMonths : s.maxMonths;
  return { statute: id, statutoryMaximumMonths: max, guidelineRange: applyStatutoryLimits(range, max, s.minMonths).range };
}

/** Parse + calculate. Throws RangeInputError (every message names the field). */
export function computeRange(raw: unknown, today?: string): { input: RangeInput; result: RangeResult } {
  const input = parseRangeInput(raw);
  return { input, result: calculateWithManualChoice(input, today) };
}

export { fmtRange };
