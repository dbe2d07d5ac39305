/**
 * Which Guidelines Manual (USSG §1B1.11; Peugh v. United States, 569 U.S. 530 (2013)), issue 10.
 *
 * - `manual` given: that edition ("as given").
 * - otherwise the Manual in force on `sentencingDate` (else today's date), §1B1.11(a);
 * - with an `offenseDate` under an earlier Manual, the same facts are computed under both, and where
 *   the sentencing-date Manual yields a higher guideline range the offense-date Manual is used as a
 *   whole (§1B1.11(b)(1)–(2); Peugh: applying a later Manual that yields a higher range violates the
 *   Ex Post Facto Clause). Facts that matter only in one era are dropped for the other, not refused.
 * Pure: `today` is a parameter (the clock only as its default).
 */
import { calculateRange } from "./calculate";
import { FIRST_EDITION, LATEST_EDITION } from "./data";
import { textEditionOf, unverifiedEdition } from "../guidelines/editions";
import { RangeInputError, type GuidelineRange, type RangeInput, type RangeResult } from "./types";

const MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
function longDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** Edition in force on an ISO date, and whether Heartland has it. */
function inForce(iso: string): { edition: number; raw: number } {
  const y = Number(iso.slice(0, 4));
  const raw = iso.slice(5) >= "11-01" ? y : y - 1;
  return { edition: Math.min(LATEST_EDITION, Math.max(FIRST_EDITION, raw)), raw };
}

/**
 * The offense was committed under an edition older than any Heartland has (`o.raw` < FIRST_EDITION), and the
 * sentencing date's Manual stands in for it: say so, and that §1B1.11(b)(1)'s comparison with it is not made.
 */
function offenseManualMissing(offenseDate: string, o: { edition: number; raw: number }): string {
  return `the Manual in force on the offense date (${longDate(offenseDate)}) is the ${o.raw} edition (in force Nov. 1, ${o.raw} – Oct. 31, ${o.raw + 1}), which Heartland does not have, so the ${o.edition} Manual is used for the offense date too and the comparison USSG §1B1.11(b)(1) calls for (Peugh v. United States, 569 U.S. 530 (2013)) is not made — compare the ${o.raw} Manual's range by hand`;
}

function rangeText(r: GuidelineRange): string {
  if (r.minMonths === null) return "life";
  if (r.maxMonths === null) return `${r.minMonths} months to life`;
  return r.minMonths === r.maxMonths ? `${r.minMonths} months` : `${r.minMonths}–${r.maxMonths} months`;
}

/** Is range `a` higher than range `b` (higher minimum, or the same minimum and a higher maximum)? Life is highest. */
export function higherRange(a: GuidelineRange, b: GuidelineRange): boolean {
  const v = (x: number | null) => (x === null ? Number.POSITIVE_INFINITY : x);
  const amin = a.minMonths === null ? Number.POSITIVE_INFINITY : a.minMonths;
  const bmin = b.minMonths === null ? Number.POSITIVE_INFINITY : b.minMonths;
  if (amin !== bmin) return amin > bmin;
  return v(a.maxMonths) > v(b.maxMonths);
}

/** The same facts for another edition: what matters only in another era is left out, not refused. */
export function factsFor(input: RangeInput, edition: number): RangeInput {
  const out: RangeInput = { ...input, manual: edition };
  delete out.sentencingDate;
  if (input.priors) {
    out.priors = input.priors.map((p) => {
      const q = { ...p };
      if (edition < 2016 || edition > 2017) delete q.conductAfterFirstOrder;
      return q;
    });
  }
  if (input.enhancements) {
    out.enhancements = input.enhancements.map((e) => (typeof e !== "string" && (edition < 2011 || edition > 2015) ? e.subsection : e));
  }
  return out;
}

function under(edition: number, input: RangeInput): RangeResult {
  try {
    return calculateRange(factsFor(input, edition));
  } catch (e) {
    if (e instanceof RangeInputError) throw new RangeInputError(e.issues.map((i) => ({ field: i.field, message: `(under the ${edition} Manual) ${i.message}` })));
    throw e;
  }
}

/** Runs the calculator under the Manual §1B1.11 requires; the result says which and why. */
export function calculateWithManualChoice(input: RangeInput, today: string = new Date().toISOString().slice(0, 10)): RangeResult {
  if (input.manual !== undefined) {
    const r = calculateRange(input);
    const named = input.manual === "latest" ? `"latest" (the ${r.manual} Manual, the newest Heartland has)` : `the ${r.manual} Manual`;
    r.manualReason = `as given ("manual": ${named})`;
    if (input.sentencingDate || input.offenseDate) r.notes.push(`Manual: the ${r.manual} Manual is applied as given; leave "manual" out to have the Manual chosen from the dates (USSG §1B1.11).`);
    return r;
  }
  const sDate = input.sentencingDate ?? today;
  const sWhat = input.sentencingDate ? `the sentencing date, ${longDate(sDate)},` : `today's date, ${longDate(sDate)} (no "sentencingDate" given),`;
  const s = inForce(sDate);
  const sHave = s.raw === s.edition ? "" : ` (the Manual in force then is the ${s.raw} edition, which Heartland does not have; it uses the ${s.edition} Manual)`;
  const base = `USSG §1B1.11(a): the Manual in force on ${sWhat} is the ${s.edition} Manual${sHave}`;
  const o = input.offenseDate ? inForce(input.offenseDate) : undefined;
  if (!o || o.edition >= s.edition) {
    const r = under(s.edition, input);
    // An offense before FIRST_EDITION was committed under a Manual Heartland does not have: never "the same Manual" unless it is.
    const older = o && o.raw < o.edition && o.raw < s.raw;
    r.manualReason = older ? `${base}; ${offenseManualMissing(input.offenseDate!, o)}` : base;
    r.notes.unshift(
      older ? `Manual: ${r.manualReason}.` : `Manual: ${base}.${o ? ` The offense (${longDate(input.offenseDate!)}) falls under the same Manual.` : ""}`,
    );
    return r;
  }
  if (input.enhancements && !input.priors) {
    throw new RangeInputError([
      {
        field: "enhancements",
        message: `the offense date (${longDate(input.offenseDate!)}, the ${o.edition} Manual${o.raw !== o.edition ? `, standing in for the ${o.raw} edition in force then, which Heartland does not have` : ""}) and ${sWhat.slice(0, sWhat.indexOf(","))} (the ${s.edition} Manual) call for comparing the two Manuals (USSG §1B1.11(b)(1)), and §2L1.2(b) subsections differ between editions: give the prior convictions ("priors") instead of "enhancements", or name the Manual ("manual").`,
      },
    ]);
  }
  const rs = under(s.edition, input);
  const ro = under(o.edition, input);
  const comparison: NonNullable<RangeResult["manualComparison"]> = { sentencingDateManual: s.edition, sentencingDateRange: rs.guidelineRange, offenseDateManual: o.edition, offenseDateRange: ro.guidelineRange };
  if (o.raw !== o.edition) comparison.offenseDateManualInForce = o.raw;
  // An unverified edition is computed with an earlier edition's rules: the comparison cannot see what its amendments changed.
  const unv = [s.edition, o.edition].filter((e) => unverifiedEdition(e));
  const unvNote = unv.length
    ? ` (the ${unv.join(" and ")} range is computed with the ${textEditionOf(unv[0])} rules, unverified for the ${unv.join(" and ")} Manual, so this comparison cannot show a change its amendments made)`
    : "";
  // the offense date's Manual as the comparison names it: the edition in force then, or (before FIRST_EDITION) the one standing in for it
  const standIn = o.raw !== o.edition;
  const oManual = (range: string) =>
    standIn
      ? `the ${o.edition} Manual, standing in for the ${o.raw} edition in force on the offense date (${longDate(input.offenseDate!)}${range}), which Heartland does not have`
      : `the ${o.edition} Manual in force on the offense date (${longDate(input.offenseDate!)}${range})`;
  const byHand = standIn ? ` (the ${o.raw} Manual itself is not compared: compare its range by hand)` : "";
  if (higherRange(rs.guidelineRange, ro.guidelineRange)) {
    ro.manualReason = `USSG §1B1.11(b)(1) and Peugh v. United States, 569 U.S. 530 (2013): the ${s.edition} Manual (in force on ${sWhat.replace(/,$/, "")}) gives a higher range (${rangeText(rs.guidelineRange)}) than ${oManual(`: ${rangeText(ro.guidelineRange)}`)}, so the ${o.edition} Manual is used, in its entirety (§1B1.11(b)(2))${byHand}${unvNote}`;
    ro.manualComparison = comparison;
    ro.notes.unshift(`Manual: ${ro.manualReason}.`);
    return ro;
  }
  rs.manualReason = `${base}; ${oManual("")}${standIn ? "," : ""} gives ${rangeText(ro.guidelineRange) === rangeText(rs.guidelineRange) ? "the same range" : `a range no lower (${rangeText(ro.guidelineRange)})`}, so §1B1.11(b)(1) does not call for it${byHand}${unvNote}`;
  rs.manualComparison = comparison;
  rs.notes.unshift(`Manual: ${rs.manualReason}.`);
  return rs;
}
